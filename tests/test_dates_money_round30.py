"""Date and money readings of round 30. Dates: a day's adjective dates a writer's piece (``dünkü yazısında``); a day
of a relative month without its genitive (``gelecek ay 5'inde``); a count from the day written before it through a
participle clause (``18 Ağustos'ta meydana gelen kazadan 3 gün sonra``), in months (``2 ay sonra``), and before a past verb
from a relative day (``Geçen salı ... 3 gün sonra başladı``); a count after a name in the ablative counts from its event
(``Fukuşima'dan 15 yıl sonra``: no value). Money: ``fazlaya ilişkin`` (the part of a claim over an amount) is no
hedge; ``-e kadar yükseldikten sonra`` names the point reached; a rate a word or two after its currency pair is in the
pair's quote currency (``Dolar/TL haftayı 36,92 seviyesinde``).
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 Ağustos 2024'te meydana gelen kazadan 3 gün sonra sürücü tutuklandı.", ["2024-08-18", "2024-08-21"]),
        ("5 Şubat 2025'te Bolu'da yaşanan selden 2 gün sonra yol açıldı.", ["2025-02-05", "2025-02-07"]),
    ],
)
def test_a_count_from_a_day_through_a_participle_clause(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanık 12 Mart 2025'te tutuklandı, 2 ay sonra tahliye edildi.", ["2025-03-12", "2025-05-12"]),
        ("Fabrika 31 Ocak 2025'te kapandı, bir ay sonra yeniden açıldı.", ["2025-01-31", "2025-02-28"]),
    ],
)
def test_a_count_of_months_from_a_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Geçen salı etkili olan hortumun ardından ekipler enkaz kaldırma çalışmalarına 3 gün sonra başladı.",
            ["2026-03-03", "2026-03-06"],
        ),
        ("Üç ay sonra ikinci ameliyat yapıldı.", [None]),
    ],
)
def test_a_count_before_a_past_verb_from_a_relative_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eşkıya'dan otuz yıl sonra sinema yine aynı tartışmada.", [None]),
        ("Fukuşima'dan 15 yıl sonra Japonya reaktörlerini yeniden açıyor.", [None]),
        ("Tatbikat 26 Nisan'da yapılacak, değerlendirme ise Tatbikat'tan 3 gün sonra.", ["2026-04-26", "2026-04-29"]),
    ],
)
def test_a_count_from_a_name_in_the_ablative_counts_from_its_event(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mahkeme, talep edilen 500 bin liranın fazlaya ilişkin kısmını reddetti.", [(500000, "TRY", False)]),
        ("Davacı, 2 milyon liranın fazlaya dair haklarını saklı tuttu.", [(2000000, "TRY", False)]),
        ("Şirket 500 bin liradan fazla zarar etti.", [(500000, "TRY", True)]),
    ],
)
def test_fazlaya_iliskin_is_no_hedge(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brent petrol dün 86,40 dolara kadar yükseldikten sonra bugün 84,15 dolardan işlem görüyor.",
            [(86.4, "USD", False), (84.15, "USD", False)],
        ),
        ("Kira 45 bin liraya kadar çıktıktan sonra geriledi.", [(45000, "TRY", False)]),
    ],
)
def test_kadar_before_a_converb_in_diktan_names_the_point_reached(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dolar/TL haftayı 36,92 seviyesinde kapattı.", [(36.92, "TRY", False)]),
        ("EUR/TRY güne 40,15'ten başladı.", [(40.15, "TRY", False)]),
        ("Dolar/TL haftayı yüzde 0,5'ten fazla artışla kapattı.", []),
    ],
)
def test_a_rate_a_word_or_two_after_its_currency_pair(text, expected):
    assert amounts(text) == expected
