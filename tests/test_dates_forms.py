"""How news writes dates: a heading in capitals says "MAYIS AYI" as running text says "mayıs ayı",
and a session named "Kasım Ayı Meclis Toplantısı" is held that month; a weekday in lower case is a day
even without "günü"; a month that is also a name is a month before an event noun."""

import pytest

import pipeline


def dates(text: str, published: str | None = "2026-01-22") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MECLİS MART AYI OTURUMU YAPILDI\n\nÜyeler toplandı.", [("MART AYI", "2026-03")]),
        ("ARALIK AYINDA İHRACAT ARTTI\n\nRakamlar açıklandı.", [("ARALIK AYINDA", "2025-12")]),
        ("EKİM AYI SONUNDA SATIŞLAR DÜŞTÜ\n\nRakamlar açıklandı.", [("EKİM AYI SONUNDA", "2025-10")]),
    ],
)
def test_a_month_with_ay_in_a_heading_in_capitals(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meclis Şubat Ayı Toplantıları'nın ilk oturumu başladı.", [("Şubat Ayı", "2025-02")]),
        ("Meclisin Mart Ayı Birleşimi yapıldı.", [("Mart Ayı", "2025-03")]),
    ],
)
def test_a_session_named_by_its_month_is_held_that_month(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heyet salı Ankara'ya geldi.", [("salı", "2026-01-20")]),
        ("Bakan, perşembe iki heyeti ağırlayarak görüşmeleri başlattı.", [("perşembe", "2026-01-22")]),
        ("Kurul cumartesi yeniden toplanacak.", [("cumartesi", "2026-01-24")]),
    ],
)
def test_a_weekday_alone_in_lower_case_is_a_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Esnaf pazar yerinde tezgâh açtı.",  # pazar: market
        "Cemaat cuma namazından sonra dağıldı.",  # cuma: the Friday prayer
        "Sel Çarşamba ilçesini vurdu.",  # capitalized and alone: a town
    ],
)
def test_an_ambiguous_or_capitalized_weekday_alone_is_no_day(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faiz Kasım toplantısında düşürüldü.", [("Kasım", "2025-11")]),
        ("Oran Nisan toplantısında artırılacak.", [("Nisan", "2026-04")]),
    ],
)
def test_a_month_that_is_also_a_name_before_an_event_noun_is_a_month(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text", ["Nisan Kaya toplantıya katıldı.", "Kasım yeni evine taşındı.", "Tarlada ekim zamanı geldi."]
)
def test_a_month_that_is_also_a_name_or_word_stays_no_month_without_a_cue(text):
    assert dates(text) == []
