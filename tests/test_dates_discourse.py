"""Dates read against the rest of the text: a day or month written without its year where the
text writes it with one elsewhere, a lead paragraph that is no title (invented sentences), and the
spans that hold no date (money amounts)."""

import pytest

import pipeline
from pipeline.dates.stamps import Spans, masked


def values(text: str, published: str | None) -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the clause's verb is a later future one: alone the day would be the coming 3 Ekim
        (
            "Görevi 3 Ekim'de devralan ülke, görevi 17 Ekim'de devredecek. "
            "Ülke görevi 3 Ekim 2025 itibarıyla almıştı.",
            "2025-10-16",
            ["2025-10-03", "2025-10-17", "2025-10-03"],
        ),
        # a forecast made earlier about the month that the text dates with its year
        (
            "Uzmanlar haziran ayında açık vereceğini tahmin etmişti. "
            "2025 yılı Haziran ayı verileri açıklandı.",
            "2025-08-12",
            ["2025-06", "2025-06"],
        ),
        # without a publication date a day takes the year written for it elsewhere
        (
            "Duruşmalar 27 ve 30 Aralık 2022'de görüldü. Mahkeme 30 Aralık'taki duruşmada karar verdi.",
            None,
            ["2022-12-27", "2022-12-30", "2022-12-30"],
        ),
    ],
)
def test_a_day_or_month_takes_the_year_the_text_writes_for_it(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month compared with the same month of another year: without a publication date no year
        ("Bütçe açığı şubat ayında arttı. Şubat 2023'te ise açık azalmıştı.", None, [None, "2023-02"]),
        # with one, the written year is not the one nearest publication: the month stays this year's
        (
            "Bütçe açığı şubat ayında arttı. Şubat 2023'te ise açık azalmıştı.",
            "2024-03-10",
            ["2024-02", "2023-02"],
        ),
        # an anniversary: the day of the event's year is not the day of its commemoration
        (
            "Deprem 17 Ağustos 1999'da oldu. Kurbanlar 17 Ağustos'ta anıldı.",
            "2025-08-20",
            ["1999-08-17", "2025-08-17"],
        ),
    ],
)
def test_a_year_written_for_another_time_is_not_taken(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead paragraph (it ends in a full stop): its year is the body's own, even when the body dates it finely
        ("Gelirler 2021'de arttı. Açık da büyüdü.\n\nAralık 2021'de gelirler yükseldi.", ["2021", "2021-12"]),
        # a headline ends without one: its year is the body's date said shortly
        ("Gelirler 2021'de arttı\n\nAralık 2021'de gelirler yükseldi.", ["2021-12"]),
        ("Gelirler 2021'de rekor kırdı!\n\nAralık 2021'de gelirler yükseldi.", ["2021-12"]),
    ],
)
def test_only_a_headline_is_a_title(text, expected):
    assert values(text, published=None) == expected


@pytest.mark.parametrize(
    ("start", "end", "overlaps"),
    [(0, 5, False), (5, 11, True), (12, 14, True), (20, 22, True), (25, 30, False), (40, 50, False)],
)
def test_spans_overlap(start, end, overlaps):
    # (10, 24) holds (12, 15); (30, 40) ends where a range starts
    assert Spans([(30, 40), (10, 24), (12, 15)]).overlap(start, end) is overlaps


def test_masked_writes_the_digits_of_the_spans_only():
    text = "Ekim 2024 ayında 1750 lira, 2025 yılında 300 lira"
    spans = [(17, 26), (41, 49), (17, 21)]  # repeated and nested spans
    assert masked(text, spans) == "Ekim 2024 ayında ____ lira, 2025 yılında ___ lira"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a publication date a day borrows its sentence's year when that year is a date's
        ("Kurul 2019 yılında kuruldu ve 5 Mart'ta toplandı.", ["2019", "2019-03-05"]),
        # not the horizon of a plan nor a number in a place's name
        ("Bakanlık, 2040 Vizyonu kapsamında 22-24 Ekim tarihlerinde bir forum düzenledi.", [None, None]),
        ("Kurul temmuz ayı toplantısını 1453 Çırpıcı Tesisleri salonunda yaptı.", [None]),
    ],
)
def test_a_day_borrows_only_a_year_read_as_a_dates(text, expected):
    assert values(text, published=None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a publication date a later day of the story keeps the year of the last day written in full
        ("Dava 3 Mart 2019'da açıldı.\n\nMahkeme 18 Nisan'da kararını verdi.", ["2019-03-03", "2019-04-18"]),
        ("Sanık 5 Ekim 2021'de yakalandı. Avukatı 9 Kasım'da itiraz etti.", ["2021-10-05", "2021-11-09"]),
        # not a day before it in that year: the story may have gone on into the next one
        ("Dava 3 Mart 2019'da açıldı.\n\nMahkeme 18 Ocak'ta kararını verdi.", ["2019-03-03", None]),
        # nor a day told in another tense than that of the day written in full
        ("Kurul 3 Mart 2019'da toplandı.\n\nRapor 18 Nisan'da açıklanacak.", ["2019-03-03", None]),
        # a date with no verb of its own (a post's date line) gives its year to the days of its month
        ("Bakanlık duyurdu (@kurumhesabi) 5 Temmuz 2017\n\nBurslar 12 Temmuz'da yatırılacak.",
         ["2017-07-05", "2017-07-12"]),
        ("Bakanlık duyurdu (@kurumhesabi) 5 Temmuz 2017\n\nBurslar 12 Ağustos'ta yatırılacak.",
         ["2017-07-05", None]),
    ],
)
def test_a_day_keeps_the_year_of_the_story(text, expected):
    assert values(text, published=None) == expected
