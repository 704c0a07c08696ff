"""Date and money readings of round 29, second part. Dates: a weekday with a case glued to it before a postposition
of time (``perşembeye kadar``, ``cumartesiden itibaren``, ``pazartesiden bu yana``). Money: a part of a figure written
after it without a currency (``7,4 milyar liralık ödeneğin 1,1 milyarı``, ``bunun 640 milyonunu``); a tariff in cents written with a space
(``3,45 ABD doları sent``: 0.0345, as ``euro/cent`` is read). Inputs are sentences written for these tests."""

import pytest

import pipeline


def dates(text: str, published: str = "2026-03-10") -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


def amounts(text: str) -> list[tuple]:
    return [(m.amount, m.currency) for m in pipeline.extract(text).money]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplam 5,2 milyar liralık bütçenin 1,3 milyarı eğitime gidecek.", [(5_200_000_000, "TRY"), (1_300_000_000, "TRY")]),
        ("Fon 10 milyar avroluk toplam kaynağın 2,5 milyarını kullandı.", [(10_000_000_000, "EUR"), (2_500_000_000, "EUR")]),
        ("Köprü 3 milyar dolara mal olacak. Bunun 800 milyonunu banka karşılayacak.",
         [(3_000_000_000, "USD"), (800_000_000, "USD")]),
        ("Yatırım 2 milyar 500 milyon lira olup bunun 700 milyonunun bu yıl harcanacağı açıklandı.",
         [(2_500_000_000, "TRY"), (700_000_000, "TRY")]),
        ("Kredi 600 milyon dolar. Bu tutarın 200 milyonu hibe olacak.", [(600_000_000, "USD"), (200_000_000, "USD")]),
    ],
)
def test_a_part_of_the_figure_before_takes_its_currency(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplam 5,2 milyar liralık bütçe onaylandı. 1,3 milyarı eğitime gidecek.", [(5_200_000_000, "TRY")]),
        ("Köprü 3 milyar dolara mal olacak. Bakan açıklama yaptı. Bunun 800 milyonunu banka karşılayacak.",
         [(3_000_000_000, "USD")]),
        ("Hat 3 milyar liraya yapılacak. Bunun 2 milyonu aşkın yolcuya hizmet vermesi bekleniyor.", [(3_000_000_000, "TRY")]),
        ("Kentte 4 milyonu aşkın kişi yaşıyor.", []),
        ("Şirket 2 milyar liralık yatırım için 1 milyarı ayırdı.", [(2_000_000_000, "TRY")]),
    ],
)
def test_a_bare_part_far_from_a_figure_or_a_count_is_no_money(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İhalede kilovatsaat başına 2,85 ABD doları sent teklif edildi.", [(0.0285, "USD")]),
        ("Elektrik kilovatsaat başına 3,9 avro sente satılacak.", [(0.039, "EUR")]),
        ("Alım fiyatı 5,1 dolar sent olarak belirlendi.", [(0.051, "USD")]),
        ("Bilet 14 dolar 60 sent.", [(14.6, "USD")]),
        ("Fabrika 8 dolar sentetik elyaf için ödedi.", [(8, "USD")]),
    ],
)
def test_a_price_in_cents_after_its_currency_counts_hundredths(text, expected):
    assert amounts(text) == expected
