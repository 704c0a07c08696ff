"""A day of the month counted from publication (``ayın 20'sinde``, ``geçen ayın 5'inde``) and a
month in the genitive before a part of it (``ağustosun son haftasında``). Inputs are sentences
written for these tests; the publication date is 2026-03-10."""

import pytest

import pipeline

PUBLISHED = "2026-03-10"


def date_values(text: str) -> list[str]:
    return [d.value for d in pipeline.extract(text, published=PUBLISHED).dates]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Festival ayın 20'sinde başlıyor.", "2026-03-20"),
        ("Geçen ayın 5'inde yapılan seçimde parti yüzde 30 oy aldı.", "2026-02-05"),
        ("Başvurular gelecek ayın 15'inde sona erecek.", "2026-04-15"),
    ],
)
def test_a_day_of_a_month_counted_from_publication_is_a_date(text, value):
    assert date_values(text) == [value]


def test_a_day_of_every_month_is_no_date():
    assert date_values("Kira her ayın 15'inde ödeniyor.") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Festival ağustosun son haftasında başlayacak.", "2026-08"),
        ("Çalışmalar haziranın sonunda bitecek.", "2026-06"),
    ],
)
def test_a_month_in_the_genitive_before_a_part_of_it_is_that_month(text, value):
    assert date_values(text) == [value]
