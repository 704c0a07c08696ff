"""Date and money readings of round 30. Dates: a day's adjective dates a writer's piece (``dünkü yazısında``); a day
of a relative month without its genitive (``gelecek ay 5'inde``).
Inputs are sentences written for these tests."""

import pytest

import pipeline


def dates(text: str, published: str = "2026-03-10") -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


def amounts(text: str) -> list[tuple]:
    return [(m.amount, m.currency, m.approximate) for m in pipeline.extract(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yazar dünkü yazısında faizleri eleştirdi.", ["2026-03-09"]),
        ("Bugünkü köşe yazımda göç sorununu anlattım.", ["2026-03-10"]),
        ("Ekonomist, dünkü makalesinde bütçeyi değerlendirdi.", ["2026-03-09"]),
    ],
)
def test_a_days_adjective_dates_a_writers_piece(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurul gelecek ay 5'inde toplanacak.", ["2026-04-05"]),
        ("Seçimler geçen ay 20'sinde yapıldı.", ["2026-02-20"]),
        ("Yeni tarife önümüzdeki ay 1'inden itibaren geçerli olacak.", ["2026-04-01"]),
        ("Geçen ay 5 kişi hayatını kaybetti.", ["2026-02"]),
    ],
)
def test_a_day_of_a_relative_month_without_its_genitive(text, expected):
    assert dates(text) == expected
