"""Dates: numbers inside money amounts, parts of a year, ranges of months.
Inputs are short sentences written for these tests."""

import pytest

import pipeline


def values(text: str, published: str | None = None) -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    "text",
    [
        "Ekim ayında elmanın kilosunu 1850 liradan sattılar.",
        "Kasım ayında fiyat 1990 TL ile 2020 TL arasında olacak.",
    ],
)
def test_a_price_in_the_sentence_gives_a_month_no_year(text):
    assert values(text) == [None]


def test_a_repeated_price_is_no_year():
    text = "Un 2020 TL'den satıldı. Sonra yine 2020 TL'den satıldı."
    assert values(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2022 sonunda pay yüzde 2 idi.", ["2022"]),
        ("2024 başında fiyatlar düştü.", ["2024"]),
        ("Çalışma 2023 ortasına kadar sürecek.", ["2023"]),
    ],
)
def test_a_part_of_a_year_names_the_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ocak-Eylül 2023 döneminde satışlar arttı.", ["2023-01", "2023-09"]),
        ("Ekim-Mart 2023 arasında kar yağdı.", ["2023-03"]),
    ],
)
def test_a_range_of_months_gives_its_ends(text, expected):
    assert values(text) == expected
