"""A day and month with a case glued to the month (``24 Ekimde``), two months sharing one case
(``haziran ve temmuzda``), and the year of a day of the same month as the last date written in full."""

import pytest

import pipeline
from pipeline.dates.inflection import glued_case_fits

PUBLISHED = "2026-01-22"  # a Thursday


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurul kararını 14 Ekimde duyurdu.", [("14 Ekimde", "2025-10-14")]),
        ("Festival 6 Haziranda başlayacak.", [("6 Haziranda", "2026-06-06")]),
        ("Kayıtlar 2 Marttan itibaren alınacak.", [("2 Marttan", "2026-03-02")]),
        ("Sergi 20 Nisana kadar açık kalacak.", [("20 Nisana", "2026-04-20")]),
        ("Kongre 9-11 Mayısta yapılacak.", [("9-11 Mayısta", "2026-05-09"), ("9-11 Mayısta", "2026-05-11")]),
        ("Oturumlar 4 ve 5 Aralıkta sürdü.", [("4 ve 5 Aralıkta", "2025-12-04"), ("4 ve 5 Aralıkta", "2025-12-05")]),
    ],
)
def test_a_day_and_month_with_a_case_glued_to_the_month(text, expected):
    assert dates(text) == expected


def test_a_glued_ending_against_harmony_is_no_date():
    assert dates("Kurul 14 Ekimda toplandı.") == []


def test_a_capitalized_dative_is_a_month_after_a_day():
    assert glued_case_fits("Mart", "a", after_day=True)
    assert not glued_case_fits("Mart", "a")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Satışlar mayıs ve haziranda geriledi.", [("mayıs", "2025-05"), ("haziranda", "2025-06")]),
        ("Kurum mart ve nisanda iki indirim bekliyor.", [("mart", "2026-03"), ("nisanda", "2026-04")]),
        ("Hasat ekim ve kasımda yapıldı.", [("ekim", "2025-10"), ("kasımda", "2025-11")]),
        (
            "İhracat temmuz, ağustos ve eylül aylarında arttı.",
            [("temmuz", "2025-07"), ("ağustos", "2025-08"), ("eylül aylarında", "2025-09")],
        ),
    ],
)
def test_months_in_lower_case_sharing_one_case_or_ayları(text, expected):
    assert dates(text) == expected


def test_a_lower_case_word_before_and_no_month_after_is_no_pair():
    assert dates("Tarlada ekim ve dikim yapıldı.") == []


def test_a_day_of_the_same_month_as_the_last_full_date_takes_its_year():
    text = "Kurulun kararı 18 Mart 2024 günü açıklanacak. Enflasyon verisi 5 Mart'ta açıklanacak."
    assert dates(text, published=None) == [("18 Mart 2024", "2024-03-18"), ("5 Mart'ta", "2024-03-05")]
