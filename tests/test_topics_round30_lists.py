"""Agenda lists of round 30 in layouts of their own: bullet lines opened by an asterisk, a header
whose verb of listing stands between ``şöyle`` and the colon (``konular şöyle sıralandı:``), bullet
lines followed by the list's predicate on a lowercase line, the entries of a week's programme headed
by weekdays (``Salı: X``), an agenda noun that heads the last item right before the cue
(``dış politika gündemi ele alındı``), and the object of a gapped clause set against the list by
``ise`` (``X'i, 24 Mart'ta ise Y'yi ele alacak``). Inputs are sentences written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurulun gündeminde şu başlıklar yer alıyor:\n* Sel riskine karşı alınacak önlemler\n* Kanalların temizlenmesi",
         ["Sel riskine karşı alınacak önlemler", "Kanalların temizlenmesi"]),
        ("Toplantıda görüşülen konular şunlar:\n\n* Okul servislerinin denetimi,\n* Kavşak düzenlemeleri.",
         ["Okul servislerinin denetimi", "Kavşak düzenlemeleri"]),
    ],
)
def test_an_asterisk_opening_a_line_after_a_colon_is_a_bullet(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda görüşülen konular şöyle sıralandı:\n- Sel riskine karşı alınacak önlemler,\n- Kanalların temizlenmesi.",
         ["Sel riskine karşı alınacak önlemler", "Kanalların temizlenmesi"]),
        ("Kurulda ele alınan başlıklar şu şekilde sıralandı: okul servislerinin denetimi ve kavşak düzenlemeleri.",
         ["okul servislerinin denetimi", "kavşak düzenlemeleri"]),
    ],
)
def test_a_verb_of_listing_between_soyle_and_the_colon(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda;\n- Libya'daki son durum,\n- Kıbrıs'ta çözüm arayışları\nkonularında kapsamlı bir şekilde görüşüldü.",
         ["Libya'daki son durum", "Kıbrıs'ta çözüm arayışları"]),
        ("Görüşmede;\n• enerji işbirliği,\n• ticaret hacmi\nele alındı.", ["enerji işbirliği", "ticaret hacmi"]),
    ],
)
def test_a_lowercase_line_after_bullet_lines_is_the_lists_predicate(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meclis yoğun bir haftaya giriyor.\n\nGenel Kurulun bu haftaki gündemi:\n\nSalı: Bütçe kanun teklifinin ilk bölümü\n"
         "Çarşamba: Maden Kanunu'nda değişiklik öngören teklif",
         ["Bütçe kanun teklifinin ilk bölümü", "Maden Kanunu'nda değişiklik öngören teklif"]),
        ("Meclis yoğun bir haftaya giriyor.\n\nKomisyonun bu haftaki gündemi:\nPazartesi: Tarım destekleri\nCuma: Su havzalarının korunması",
         ["Tarım destekleri", "Su havzalarının korunması"]),
    ],
)
def test_a_weekday_heading_an_entry_of_a_weeks_programme_is_no_word_of_the_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda kıyı erozyonu ve enerji gündemi ele alındı.", ["kıyı erozyonu", "enerji gündemi"]),
        ("Kabinede ekonomi gündemi görüşüldü.", ["ekonomi gündemi"]),
    ],
)
def test_an_agenda_noun_heading_the_last_item_before_the_cue_is_no_boundary(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Toplantıda kurulun gündemi ele alındı.",
        "Toplantıda gündem ele alındı.",
    ],
)
def test_a_bodys_agenda_before_the_cue_names_no_topic(text):
    assert topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heyetler, ilk oturumda ticaret hacmini, ikinci oturumda ise enerji projelerini görüşecek.",
         ["ticaret hacmi", "enerji projeleri"]),
        ("Kurul, ayın 20'sinde bütçe taslağını, 27 Mart'ta ise imar planını ele alacak.",
         ["bütçe taslağı", "imar planı"]),
    ],
)
def test_the_object_of_a_gapped_clause_before_ise_is_another_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurul, ayın 20'sinde toplanacak, 27 Mart'ta ise imar planını ele alacak.", ["imar planı"]),
    ],
)
def test_a_clause_before_ise_without_an_object_adds_no_item(text, expected):
    assert topics(text) == expected
