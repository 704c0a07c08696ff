"""Date and money readings of round 30. Dates: a day's adjective dates a writer's piece (``dünkü yazısında``).
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
