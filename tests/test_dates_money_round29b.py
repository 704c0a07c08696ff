"""Date and money readings of round 29, second part. Dates: a weekday with a case glued to it before a postposition
of time (``perşembeye kadar``, ``cumartesiden itibaren``, ``pazartesiden bu yana``). Inputs are sentences written
for these tests."""

import pytest

import pipeline


def dates(text: str, published: str = "2026-03-10") -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bazı dersler perşembeye kadar uzaktan yapılacak.", ["2026-03-12"]),
        ("Başvurular cumartesiden itibaren alınacak.", ["2026-03-14"]),
        ("Köprü pazartesiden bu yana trafiğe kapalı.", ["2026-03-09"]),
        ("Santral çarşambadan beri elektrik üretmiyor.", ["2026-03-04"]),
        ("Müzakerelerin gelecek pazara kadar sürmesi bekleniyor.", ["2026-03-15"]),
    ],
)
def test_a_weekday_with_a_glued_case_before_a_postposition_is_a_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Köylüler sabah pazara kadar yürüdü.",  # as far as the market
        "Başvurular perşembeden kadar alınacak.",  # an ablative before kadar: no time it runs to
        "Başvurular salıye kadar alınacak.",  # not the ending salı takes
    ],
)
def test_a_glued_case_that_does_not_fit_is_no_day(text):
    assert dates(text) == []
