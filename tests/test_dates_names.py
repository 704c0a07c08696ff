"""Dates that belong to names (places, one school year over two calendar years), years read
from a season, an "as of" or a weekday, and a title's year restated by the body: the classes met
on real news (names dev set)."""

import pytest

import pipeline
from pipeline.dates.names import names_a_place, names_an_event, names_one_year

HEADS = frozenset({"caddesi", "meydanı", "üniversitesi", "sokak"})


def values(text: str, published: str | None = "2026-01-22") -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("after_the_date", "expected"),
    [
        (" Caddesi üzerinde", True),
        (" Caddesi'nde", True),
        (" Caddesinde", True),
        (" Zafer Meydanı", True),
        (" Zafer ve Barış Meydanı'na", True),
        (" Üniversitesi Rektörü", True),
        (" Sokak", True),
        (" Sokakçılar Derneği", False),  # a longer word only starting like a head
        (" Pazartesi günü", False),
        (" yerel seçimlerinde", False),
        ("'te Caddesi", False),  # the date carries a suffix: the name would not follow it so
        (" Bir İki Üç Dört Beş Caddesi", False),  # too far for one name
    ],
)
def test_a_date_followed_by_the_head_of_a_places_name(after_the_date, expected):
    text = "29 Ekim" + after_the_date
    assert names_a_place(text, len("29 Ekim"), HEADS) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Tören 19 Mayıs Caddesi üzerinde yapıldı.",
        "Öğrenciler 9 Eylül Üniversitesi'nde toplandı.",
        "Kalabalık 30 Ağustos Zafer Meydanı'nı doldurdu.",
        "Yeni site 2000 Evler Mahallesi'nde yükselecek.",
        "Vali 23 Nisan Şehitleri için dua etti.",
    ],
)
def test_a_place_named_after_a_date_is_no_date(text):
    assert values(text) == []


def test_the_date_of_an_event_on_a_street_named_after_a_date_stays():
    assert values("Yürüyüş 3 Mart'ta 19 Mayıs Caddesi'nde yapılacak.") == ["2026-03-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2031-2032 eğitim öğretim yılının ilk dersi", True),
        ("2031-2032 eğitim-öğretim yılında", True),
        ("2027/2028 mali yılı bütçesi", True),
        ("2027-28 yılı", True),
        ("2020-2024 yıllarında", False),  # a span of years
        ("2003-2024 döneminde", False),
        ("2012-2013 sezonunda", False),  # a season in which something happened
    ],
)
def test_one_school_or_fiscal_year_over_two_calendar_years(text, expected):
    assert names_one_year(text, 0) is expected


def test_the_two_years_of_a_school_year_are_no_event_years():
    assert values("Veliler 2031-2032 eğitim öğretim yılının başlamasını bekliyor.") == []


def test_a_span_of_years_keeps_both_years():
    assert values("Kurum 2020-2024 döneminde büyüdü.") == ["2020", "2024"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Çay 2019 sezonunda iyi fiyat buldu.", ["2019"]),
        ("Borç stoku 2030 itibarıyla azalacak.", ["2030"]),
        ("Borç stoku 2022 itibariyle azaldı.", ["2022"]),
        ("Şirket 2000'den itibaren büyüdü.", ["2000"]),
    ],
)
def test_a_year_with_a_season_or_as_of(text, expected):
    assert values(text) == expected


SCHOOL_YEAR = "2031-2032 eğitim öğretim yılı başlıyor. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 15 Eylül is a Monday in 2031 and a Wednesday in 2032; the text writes both years
        (SCHOOL_YEAR + "Dersler 15 Eylül Pazartesi günü başlayacak.", ["2031-09-15"]),
        (SCHOOL_YEAR + "Kayıtlar 15 Eylül Çarşamba günü bitecek.", ["2032-09-15"]),
        (SCHOOL_YEAR + "Dersler 15 Eylül Pazar günü başlayacak.", [None]),  # no written year fits
        ("Dersler 15 Eylül Pazartesi günü başlayacak.", [None]),  # no year written at all
    ],
)
def test_without_publication_the_weekday_picks_among_the_years_the_text_writes(text, expected):
    assert values(text, published=None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title's year is the body's "Nisan 2019" said shortly
        ("2019'da ihale yapıldı\n\nİhalesi Nisan 2019'da yapılan yol açıldı.", ["2019-04"]),
        # the body writes the year alone too: it stays
        ("2019'da ihale yapıldı\n\nİhalesi Nisan 2019'da yapılan yol 2019 yılında bitti.", ["2019", "2019-04", "2019"]),
        # not a title of its own (no blank line after the first line): the year stays
        ("Yolun ihalesi 2019'da yapıldı.\nİhalesi Nisan 2019'da yapılan yol açıldı.", ["2019", "2019-04"]),
    ],
)
def test_a_title_year_that_the_body_dates_more_finely(text, expected):
    assert values(text, published=None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bakanlar 2030 Enerji Vizyonu belgesini imzaladı.",
        'Kurul "2024-2028 Bölgesel Kalkınma Yol Haritası" hazırlanmasını istedi.',
        "Belediye 2025-2029 Stratejik Planı'nı kabul etti.",
    ],
)
def test_the_years_of_a_plans_name_are_its_horizon_not_events(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Askerler Anadolu Kartalı-2025 tatbikatına katıldı.",
        'Komutanlar "Kış-2024 Ortak Harp Oyunu" gözlemci gününe katıldı.',
        "Şirket YEKA RES-2026 ihalesini kazandı.",
    ],
)
def test_a_year_joined_to_a_word_by_a_dash_is_part_of_a_name(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gala gecesi Yıldız 1923 Sineması'nda yapıldı.",
        "Oyun Kent 1950 Tiyatrosu sahnesinde oynandı.",
        "Konuklar Liman 1881 Oteli'nde kaldı.",
    ],
)
def test_a_hall_or_hotel_named_with_a_year_is_no_date(text):
    assert values(text) == []


def test_a_span_of_years_before_a_name_that_is_no_plan_stays():
    assert values("Ekip 2019-2021 Avrupa Şampiyonası'nda yarıştı.") == ["2019", "2021"]


EVENT_NOUNS = ("deprem", "seçim", "darbe")


@pytest.mark.parametrize(
    ("after_the_date", "expected"),
    [
        (" depremleri", True),
        (" DEPREMLERİNİN 3. YILI", True),  # a heading in capitals
        (" yerel seçimlerinin ardından", True),
        (" darbe girişimi", True),
        (" günü yapılan seçimde", False),  # the noun comes too late
        (" Depremleri", False),  # capitalized: not this kind of name
        (" tarihinde", False),
    ],
)
def test_a_day_and_month_before_an_event_noun_name_the_event(after_the_date, expected):
    text = "6 Şubat" + after_the_date
    assert names_an_event(text, len("6 Şubat"), EVENT_NOUNS) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event's name takes the year the text gives that day
        ("17 AĞUSTOS DEPREMİ ANILDI\n\nKent, 17 Ağustos 1999'da sarsıldı.", ["1999-08-17", "1999-08-17"]),
        # a day with a suffix is the day of this year's commemoration
        ("Kent, 17 Ağustos 1999 depremini 17 Ağustos'ta andı.", ["1999-08-17", "2025-08-17"]),
        # no year written for that day: a past event named so may be of any year before
        ("Kurul, 14 Mayıs seçimlerinin ardından toplandı.", [None]),
        # a coming one is the next
        ("Partiler 14 Mayıs seçimlerine hazırlanacak.", ["2026-05-14"]),
    ],
)
def test_an_event_named_by_its_day_takes_the_year_the_text_gives_it(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazı 5 Ocak 2014'te başladı ve 3 Mart'ta bitti.", ["2014-01-05", "2014-03-03"]),
        ("Fuar 2019 yılında 3 Mart'ta açıldı.", ["2019", "2019-03-03"]),
        # the written day lies in the past, the other in the future: its year says nothing of it
        ("Dava 6 Ekim 2014'te yaşanan olaylar yüzünden açıldı ve 26 Nisan'da görülecek.", ["2014-10-06", None]),
    ],
)
def test_without_publication_a_day_borrows_the_year_of_its_sentence_in_the_same_tense(text, expected):
    assert values(text, published=None) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a vote just held (a Sunday up to two months before publication) is that one
        ("28 Mayıs seçimi geride kaldı.", "2023-06-05", ["2023-05-28"]),
        ("Parti, 28 Mayıs seçimlerinin ardından kongreye gidiyor.", "2023-07-10", ["2023-05-28"]),
        # long after it, any year's vote
        ("Parti, 28 Mayıs seçimlerinin ardından kongreye gitti.", "2023-11-10", [None]),
        # a day that was no Sunday that year: another year's vote (an anniversary)
        ("29 Mart seçimlerinin yıl dönümünde tören düzenlendi.", "2017-04-03", [None]),
        # a disaster is remembered by its day: never the nearest one
        ("4 Şubat depremi unutulmadı.", "2024-02-10", [None]),
    ],
)
def test_a_vote_named_by_its_day(text, published, expected):
    assert values(text, published) == expected
