"""What is no event date (round 19, pools 1-6): a month told of every year (``her yıl``), ``bugün`` saying
what a thing is now (not being somewhere that day), a number after ``ilk`` or ``son`` (a rank)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a thing is now, before its noun: nowadays
        ("Bir zamanlar okul olan ve bugün kütüphane olan bina ziyaret edildi.", []),
        ("Bugün arşiv olarak kullanılan köşk onarılacak.", []),
        # being somewhere that day, said by the speakers: the day
        ("Başkan, \"Bugün Çamlıca Mahallesi'ndeyiz, yolları konuşacağız\" dedi.", ["2026-01-22"]),
        ("Vekil, \"Bugün buradayız\" diye konuştu.", ["2026-01-22"]),
        # as of today, and those here with us today: the day
        ("Bugün itibarıyla yürürlükte olan tarife açıklandı.", ["2026-01-22"]),
        ("\"Bugün aramızda olan herkese teşekkür ederim\" dedi.", ["2026-01-22"]),
    ],
)
def test_bugun_says_now_or_that_day(text, expected):
    assert [d.value for d in pipeline.extract(text, published="2026-01-22").dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakan, listede ilk 1000'e giren şirketleri andı.", []),  # a rank
        ("Kulüp son 1500'e girdi.", []),
        ("Dernek 1998'de kuruldu.", ["1998"]),
    ],
)
def test_a_number_after_ilk_or_son_is_a_rank(text, expected):
    assert [d.value for d in pipeline.extract(text, published="2026-01-22").dates] == expected
