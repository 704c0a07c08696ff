"""A currency written once for two parallel figures of a sentence (gapping): the first figure takes the
second's currency and shares its verb's hedge; a bare item of a list between two figures of one scale and
currency takes both; a count in the same shape stays out."""

import pytest

import pipeline


def amounts(text: str) -> list[tuple[float, str, bool]]:
    return [(m.amount, m.currency, m.approximate) for m in pipeline.extract(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şirketin cirosu 7 milyar, net kârı ise 2 milyar dolar oldu.",
         [(7_000_000_000, "USD", False), (2_000_000_000, "USD", False)]),
        ("İhracat 3,4 milyon, ithalat 2,9 milyon avroyu aştı.",
         [(3_400_000, "EUR", True), (2_900_000, "EUR", True)]),
        ("Satış ocakta 4,1 milyar lira, şubatta 3,9, martta 4,4 milyar lira oldu.",
         [(4_100_000_000, "TRY", False), (3_900_000_000, "TRY", False), (4_400_000_000, "TRY", False)]),
    ],
)  # fmt: skip
def test_the_first_figure_takes_the_currency_written_after_the_second(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kentin nüfusu 4 milyon, yıllık bütçesi 9 milyar lira.",  # another scale: a count
        "Yolcu sayısı 12 milyon oldu. Gelir 8 milyon liraya ulaştı.",  # another sentence
        "Fabrika 5 milyon adet üretti, 6 milyon lira kazandı.",  # the first figure names its unit
        "Gelir 4 milyar lira, 12, 9 milyar dolar.",  # the figures around the bare number differ in currency
    ],
)
def test_a_figure_that_is_no_amount_stays_out(text):
    left_out = {4_000_000, 12_000_000, 5_000_000, 12_000_000_000}
    assert not left_out & {amount for amount, _, _ in amounts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mahallede pide 15, lahmacun 20 lira oldu.", [(15, "TRY", False), (20, "TRY", False)]),
        ("Girişte yetişkinler 60, çocuklar ise 30 lira ödüyor.", [(60, "TRY", False), (30, "TRY", False)]),
    ],
)  # fmt: skip
def test_a_small_price_after_its_noun_takes_the_currency_of_the_next(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zam oranı yüzde 7, bilet 25 lira oldu.",  # a rate
        "Salona 7 kişi, bahçeye 25 lira girdi.",  # a count names its noun after it
        "Madde 7, fıkra 25 uyarınca 900 lira ceza kesildi.",  # an article of a law
    ],
)
def test_a_small_number_that_is_no_price_stays_out(text):
    assert 7 not in {amount for amount, _, _ in amounts(text)}
