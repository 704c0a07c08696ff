"""Agenda items of round 30 whose clauses looked like edges: a ``-DIğI`` clause set off by a comma
before a second relative clause of the same noun (one item), a relative day said before an item
(``önümüzdeki salı``), a repeat adverb of an action noun (``yeniden yapılanma``), a court weighing
requests (a ruling, no agenda) and a body's agenda opening the text (``Genel Kurulun bu haftaki
gündemi:``). Inputs are sentences written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Görüşmede, fırkateynin görevleri ile Avrupa Konseyinin geçen ay kabul ettiği, ambargoyu genişleten kararın uygulanması ele alındı.",
         ["fırkateynin görevleri", "Avrupa Konseyinin geçen ay kabul ettiği, ambargoyu genişleten kararın uygulanması"]),
        ("Toplantıda, limanın kapasitesi ile bakanlığın geçen yıl hazırladığı, yatırımları hızlandıran planın sonuçları ele alındı.",
         ["limanın kapasitesi", "bakanlığın geçen yıl hazırladığı, yatırımları hızlandıran planın sonuçları"]),
    ],
)
def test_a_comma_between_two_relative_clauses_of_one_noun_stays_inside_the_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meclis, önümüzdeki salı seçim kanunu teklifinin ilk 4 maddesini görüşecek.", ["seçim kanunu teklifinin ilk 4 maddesi"]),
        ("Meclis, önümüzdeki salı günü seçim kanunu teklifinin ilk 4 maddesini görüşecek.", ["seçim kanunu teklifinin ilk 4 maddesi"]),
        ("Kurul, gelecek perşembe kira artışlarına ilişkin raporu görüşecek.", ["kira artışlarına ilişkin rapor"]),
    ],
)
def test_a_relative_weekday_before_the_item_says_when(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda limanların durumu ve yeniden yapılanmanın maliyeti ele alındı.", ["limanların durumu", "yeniden yapılanmanın maliyeti"]),
        ("Toplantıda ulaşım ağı ve yeniden imar süreci ele alındı.", ["ulaşım ağı", "yeniden imar süreci"]),
    ],
)
def test_a_repeat_adverb_before_an_action_noun_stays_in_the_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Duruşmaya, şirketin yönetim kurulu başkanı Ali Kaya ile diğer sanıklar katıldı. "
        "Mahkeme heyeti, avukatların taleplerini değerlendirerek duruşmayı 22 Nisan'a erteledi.",
        "Duruşmaya, şirketin yönetim kurulu başkanı Ali Kaya katıldı. Hakim, tarafların taleplerini değerlendirdi.",
    ],
)
def test_a_court_weighing_requests_rules_no_agenda(text):
    assert topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Genel Kurulun bu haftaki gündemi:\nSalı: Maden kanunu teklifinin ilk bölümü\nÇarşamba: Kültür Anlaşması",
         ["Maden kanunu teklifinin ilk bölümü", "Kültür Anlaşması"]),
        ("Genel Kurulun bu haftaki gündemi:\nSalı: Maden kanunu teklifinin ilk bölümü\n"
         "Çarşamba: Türkiye ile Moğolistan arasındaki Kültür Anlaşması'nın onaylanmasının uygun bulunduğuna dair kanun teklifi",
         ["Maden kanunu teklifinin ilk bölümü",
          "Türkiye ile Moğolistan arasındaki Kültür Anlaşması'nın onaylanmasının uygun bulunduğuna dair kanun teklifi"]),
    ],
)
def test_a_named_bodys_agenda_opening_the_text_names_its_sittings(text, expected):
    assert topics(text) == expected
