"""A month told of every year (``her yıl``) is no event date (round 19, pool 6)."""

import pytest

import pipeline


def values(text: str, published: str | None = "2025-12-10") -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    "text",
    [
        "Uzmanlar, her yıl kasım ayında başlayıp marta kadar süren soğuk algınlığı dönemine dikkat çekti.",
        "Her yılın ocak ayında kira artışları gündeme geliyor.",
        "Köyde her sene ağustosta hasat şenliği yapılır.",
    ],
)
def test_a_month_of_every_year_is_no_date(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her yıl olduğu gibi bu yıl da şenlik ağustos ayında yapıldı.", ["2025", "2025-08"]),
        ("Her yıl düzenlenen fuar. Fuar bu kez kasım ayında açıldı.", ["2025-11"]),
        ("Tören her yıl yapılıyor; 2024 Mayıs ayında da yapıldı.", ["2024-05"]),
    ],
)
def test_a_month_of_this_year_or_with_its_year_is_still_a_date(text, expected):
    assert values(text) == expected
