"""Date and money readings of round 28 (second pool). Dates: a year in the genitive owning the month or
day after it (``2024'ün ağustos ayında``); a verbal noun before a verb of proposing or agreeing, and a place
one is invited to, still to come; one year for the days of a range; ``bugünkü Resmi Gazete``; months in lower
case with a glued case. Money: endings glued on ``yen`` and ``won``; a distributive before a scale word
(``250'şer bin``); ``-dan başlıyor`` a lower bound; a currency name several countries share (``riyal``) in the
currency of the country its sentence names. Inputs are sentences written for these tests."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vali, yolun 31 Mart'a kadar bitirilmesini hedeflediklerini söyledi.", ["2026-03-31"]),
        ("Vali, yolun 20 Nisan'da açılmasını planladıklarını söyledi.", ["2026-04-20"]),
        ("Vali, yolun 20 Nisan'da açılmasını öngördüklerini söyledi.", ["2026-04-20"]),
        ("Vekil, oylamanın şubat ayında yapılmasını önerdi.", ["2027-02"]),
        ("Kulüpler, sezonun ocak ayında başlatılması konusunda uzlaştı.", ["2027-01"]),
        ("Liderler, zirvenin 2 Mayıs'ta yapılması yönünde karar aldı.", ["2026-05-02"]),
    ],
)
def test_a_verbal_noun_before_a_verb_of_intending_or_proposing_is_still_to_come(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Başbakan, mevkidaşını şubatta Ankara'ya davet etti.", ["2027-02"]),
        ("Vali, bakanı 20 Nisan'da İzmir'e davet etti.", ["2026-04-20"]),
    ],
)
def test_a_date_before_a_place_one_is_invited_to_is_still_to_come(text, expected):
    assert dates(text) == expected


def test_a_date_before_a_plain_past_verb_stays_past():
    assert dates("Vekil şubat ayında Ankara'ya geldi.") == ["2026-02"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sayım 6-12 Mart tarihleri arasında yapıldı.", ["2026-03-06", "2026-03-12"]),
        ("Oylama 8, 9 ve 11 Mart'ta yapıldı.", ["2026-03-08", "2026-03-09", "2026-03-11"]),
    ],
)
def test_the_days_of_one_range_share_one_year(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurs 28 Aralık-3 Ocak tarihleri arasında verildi.", ["2025-12-28", "2026-01-03"]),
        ("Kurs 28 Aralık-3 Ocak tarihleri arasında verilecek.", ["2026-12-28", "2027-01-03"]),
    ],
)
def test_a_range_over_the_new_year_keeps_its_two_years(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tebliğ bugünkü Resmi Gazete'de yayımlandı.", ["2026-03-10"]),
        ("Atama kararları dünkü Resmî Gazete'de yayımlandı.", ["2026-03-09"]),
        ("Kanun yarınki Resmi Gazete'de yayımlanacak.", ["2026-03-11"]),
    ],
)
def test_a_day_adjective_dates_the_official_gazette(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sergi nisanda açıldı.", ["2025-04"]),
        ("Seçim kasımda yapılacak.", ["2026-11"]),
        ("Kongre ekimde yapılacak.", ["2026-10"]),
        ("Fuar aralıkta düzenlenecek.", ["2026-12"]),
        ("Okullar ocakta açılacak, sınavlar şubatta yapılacak.", ["2027-01", "2027-02"]),
    ],
)
def test_a_month_in_lower_case_with_a_glued_case(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Köylüler ekimde kullanılacak tohumu aldı.",  # sowing: the verb to come closes no clause of the month
        "Faiz bu aralıkta kalacak.",  # an interval after a determiner
        "Kur 30-32 aralıkta dalgalanacak.",  # an interval after a number
        "İşçiler ocakta çalıştı.",  # a mine, told in the past: no month named elsewhere
    ],
)
def test_a_month_that_is_also_a_noun_needs_a_verb_to_come_closing_its_clause(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banka 2 milyar yenlik kredi açtı.", [(2_000_000_000, "JPY", False)]),
        ("Bağış 40 milyon yene ulaştı.", [(40_000_000, "JPY", False)]),
        ("Ödeme 40 milyon yenle yapıldı.", [(40_000_000, "JPY", False)]),
        ("Fon 8 milyar wonluk yatırım yaptı.", [(8_000_000_000, "KRW", False)]),
    ],
)
def test_a_short_currency_name_takes_the_case_endings_glued(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text", ["Belediye 40 yeni otobüs aldı.", "Takım rakibini 3-1 yendi.", "Firma 5 yenilik tanıttı."],
)
def test_a_short_currency_name_with_a_vowel_or_verb_ending_is_another_word(text):
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sporculara 250'şer bin lira prim verilecek.", [(250_000, "TRY", False)]),
        ("Ailelere 100'er bin TL yardım yapıldı.", [(100_000, "TRY", False)]),
        ("Ailelere yüzer bin lira yardım yapıldı.", [(100_000, "TRY", False)]),
        ("Kulüplere 1,5'er milyon lira ödendi.", [(1_500_000, "TRY", False)]),
        ("Kulüplere 2'şer milyar 500 milyon lira ödendi.", [(2_500_000_000, "TRY", False)]),
    ],
)
def test_a_distributive_after_digits_goes_on_through_the_scale_word(text, expected):
    assert amounts(text) == expected


def test_yuzer_without_a_scale_word_is_a_verb():
    assert amounts("Tahta suda yüzer, 5 lira eder.") == [(5, "TRY", False)]


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("Biletler 900 liradan başlıyor.", True),
        ("Villalar 3 milyon dolardan başlayan fiyatlarla satışta.", True),
        ("Bilet satışı 900 liradan başladı.", False),  # the price it opened at
    ],
)
def test_the_lowest_price_a_range_starts_from_is_approximate(text, approximate):
    [(_, _, hedged)] = amounts(text)
    assert hedged is approximate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İran bütçeye 40 trilyon riyal ekledi.", [(40_000_000_000_000, "IRR", False)]),
        ("İranlı bakan 40 trilyon riyalin eksildiğini söyledi.", [(40_000_000_000_000, "IRR", False)]),
        ("Katar 9 milyar riyal ayırdı.", [(9_000_000_000, "QAR", False)]),
        ("Pakistan 7 milyar rupi borçlandı.", [(7_000_000_000, "PKR", False)]),
        ("Türkmenistan 2 milyar manat harcadı.", [(2_000_000_000, "TMT", False)]),
    ],
)
def test_a_shared_currency_name_takes_the_currency_of_the_country_its_sentence_names(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şirket 9 milyar riyal ayırdı.", [(9_000_000_000, "SAR", False)]),
        ("İran ve Katar 9 milyar riyal konuştu.", [(9_000_000_000, "SAR", False)]),  # two countries: the name's own
        ("Suriye'ye 10 milyon lira yardım gönderildi.", [(10_000_000, "TRY", False)]),  # lira is not shared
    ],
)
def test_a_shared_currency_name_keeps_its_code_where_no_one_country_is_named(text, expected):
    assert amounts(text) == expected


def test_the_bounds_of_one_figure_share_the_currency_whatever_their_scales():
    record = pipeline.extract("Projelere en az 250 bin, en fazla 3 milyon lira destek verilecek.", published="2026-03-10")
    assert [(m.amount, m.currency) for m in record.money] == [(250000, "TRY"), (3000000, "TRY")]


def test_two_counts_of_other_scales_share_no_currency():
    record = pipeline.extract("Nüfusu 2 milyon, bütçesi 3 milyar dolar.", published="2026-03-10")
    assert [(m.amount, m.currency) for m in record.money] == [(3000000000, "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biletler 750 ile 2 bin 500 lira arasında satılıyor.", [750, 2500]),
        ("Fiyatlar 2 ile 3 milyon lira arasında.", [2000000, 3000000]),
    ],
)
def test_the_lower_end_of_a_range_borrows_the_scale_only_where_it_fits(text, expected):
    assert [m.amount for m in pipeline.extract(text, published="2026-03-10").money] == expected
