"""Date readings of round 28: a year before an event noun in lower case (``1999 depreminde``,
``1961 tarihli``); a day and month naming an event of public knowledge (``12 Eylül darbesi``) take
its year, and a past-only event named by a day the text dates nowhere takes none; ``geçen yılki``
and ``geçen ayki`` before an event noun. Inputs are sentences written for these tests."""

import pytest

import pipeline


def dates(text: str) -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published="2026-03-10").dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1999 depreminde binlerce kişi öldü.", ["1999"]),
        ("1987 referandumunda siyasi yasaklar kalktı.", ["1987"]),
        ("1950 seçimlerinin sonucu belliydi.", ["1950"]),
        ("Kitabın 1961 tarihli ilk baskısı satıldı.", ["1961"]),
        ("2001 krizinde bankalar battı.", ["2001"]),
    ],
)
def test_a_year_before_an_event_noun_is_its_year(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text", ["Başkan 2000 toplantıda konuştu.", "Sahada 1500 seyirci vardı."],
)
def test_a_count_before_a_noun_is_no_year(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yazar, yeni kitabında 12 Eylül darbesini anlatıyor.", ["1980-09-12"]),
        ("12 Eylül'de darbe olduğunda ben ilkokula gidiyordum.", ["1980-09-12"]),
        ("15 Temmuz darbe girişimi hâlâ konuşuluyor.", ["2016-07-15"]),
        ("17 Ağustos depremi anıldı.", ["1999-08-17"]),
    ],
)
def test_a_day_naming_a_known_event_takes_its_year(text, expected):
    assert dates(text) == expected


def test_the_same_day_without_the_event_noun_is_a_day_near_publication():
    assert dates("15 Temmuz Demokrasi ve Milli Birlik Günü törenleri yapılacak.") == ["2026-07-15"]


def test_a_past_only_event_named_by_a_day_the_text_dates_nowhere_gets_no_year():
    assert dates("Belgesel, 9 Mart depremini anlatıyor.") == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geçen yılki seçimde kaybetti.", ["2025"]),
        ("Bakırhan'ın geçen ayki sözleri tartışıldı.", ["2026-02"]),
        ("Konu önümüzdeki yılki zirvede ele alınacak.", ["2027"]),
    ],
)
def test_a_month_or_year_adjective_in_ki_dates_an_event_noun(text, expected):
    assert dates(text) == expected


def test_a_year_adjective_before_no_event_is_no_date():
    assert dates("Geçen yılki enflasyon yüksekti.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sergi 30 Nisan'a kadar uzatıldı.", ["2026-04-30"]),
        ("Konser 20 Haziran'a alındı.", ["2026-06-20"]),
    ],
)
def test_a_day_something_is_moved_to_lies_ahead(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Müze pazartesi hariç her gün açık olacak.",
        "Vakalar genellikle nisan ayında başlıyor, haziran ve temmuzda zirve yapıyor.",
    ],
)
def test_a_day_of_every_week_and_a_month_of_habit_are_no_dates(text):
    assert dates(text) == []


def test_a_weekday_said_with_tomorrow_is_ahead_whatever_the_verb():
    assert dates("Okullar yarın ve perşembe günü tatil edildi.") == ["2026-03-11", "2026-03-12"]
