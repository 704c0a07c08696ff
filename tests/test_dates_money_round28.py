"""Date and money readings of round 28 (second pool): a year in the genitive owning the month or day
after it (``2024'ün ağustos ayında``). Inputs are sentences written for these tests."""

import pytest

import pipeline


def dates(text: str) -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published="2026-03-10").dates]


def amounts(text: str) -> list[tuple]:
    return [(m.amount, m.currency, m.approximate) for m in pipeline.extract(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soygun, 2024'ün ağustos ayında yapılmıştı.", ["2024-08"]),
        ("Fabrika 2019'un Mart ayında kapandı.", ["2019-03"]),
        ("Satışlar 2023'ün haziranında düştü.", ["2023-06"]),
        ("Kaza, 2022'nin 14 Ekim'inde oldu.", ["2022-10-14"]),
        ("Kaza 2021 yılının 3 Mayıs'ında oldu.", ["2021-05-03"]),
        ("Üretim 2025'in Ocak-Eylül döneminde arttı.", ["2025-01", "2025-09"]),
    ],
)
def test_a_year_in_the_genitive_owns_the_month_or_day_after_it(text, expected):
    assert dates(text) == expected
