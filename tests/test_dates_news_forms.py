"""Date forms seen in other projects' test suites and in real news (issue 18): relative and
written-out days, a month named with "yılı", time stamps, named weeks, references back to a date
written before, the year before or after the one written last, weekdays without "günü"."""

import pytest

import pipeline


def dates(text: str, published: str | None = "2026-01-22") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pipeline.extract(text, published=published).dates]


def values(text: str, published: str | None = "2026-01-22") -> list[str | None]:
    return [value for _, value in dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazı mayıs sonuna kadar sürecek.", ["2026-05"]),
        ("Fabrika 3 yıl 4 ay sonra açılacak.", ["2029-05"]),
        ("Dernek 2 yıl 1 ay önce kuruldu.", ["2023-12"]),
        ("Köprü iki yıl altı ay sonra bitecek.", ["2028-07"]),
    ],
)
def test_relative_forms(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tam" (exactly) before a counted offset: the day, an anniversary
        ("Vali, bundan tam bir yıl önce açılan hastaneyi gezdi.", ["2025-01-22"]),
        ("Kurul tam iki ay önce toplanmıştı.", ["2025-11-22"]),
        ("Fabrika tam üç gün sonra açılacak.", ["2026-01-25"]),
        # without it, the precision of the unit
        ("Vali, bir yıl önce açılan hastaneyi gezdi.", ["2025"]),
    ],
)
def test_exactly_counted_offsets_give_the_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a week is no date of an event: the annotations of real news list none
        "Heyet haftaya Ankara'ya gelecek.",
        "Heyet gelecek hafta gelecek.",
        "Bakanlık bu hafta raporu açıkladı.",
    ],
)
def test_a_week_is_not_listed(text):
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Heyet bu hafta sonu Kahire'ye gidecek.",
        "Bakan geçen hafta sonunda İzmir'deydi.",
        "Maç gelecek hafta sonu oynanacak.",
    ],
)
def test_a_weekend_is_no_week(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sözleşme 09.Temmuz.2019 günü imzalandı.", ["2019-07-09"]),
        ("Kayıt 27-Mart-2011 tarihinde açıldı.", ["2011-03-27"]),
        ("Karar 19 Eylül, 2018 tarihinde verildi.", ["2018-09-19"]),
        ("Tören 12-06-2017 günü yapıldı.", ["2017-06-12"]),
        ("Fuar 14-15-16 Mayıs tarihlerinde kurulacak.", ["2026-05-14", "2026-05-15", "2026-05-16"]),
        ("Görüşmeler 6, 7 ve 8 Nisan günlerinde yapılacak.", ["2026-04-06", "2026-04-07", "2026-04-08"]),
        ("Seçim 11 ve 25 Mayıs günlerinde yapılacak.", ["2026-05-11", "2026-05-25"]),
        ("Sel 4 Ağustos 2021de başladı.", ["2021-08-04"]),  # the case glued without the apostrophe
        ("Kooperatif 2019dan beri üretiyor.", ["2019"]),
    ],
)
def test_written_day_forms(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veriler 2023 yılı Kasım ayına ait.", ["2023-11"]),
        ("Satışlar 2024 yılının Mayıs ayında arttı.", ["2024-05"]),
    ],
)
def test_a_month_named_with_yili_is_one_month(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole year's span is the year; a shorter one its first and last month, as "Ocak-Eylül 2023"
        ("Gelirler 2023 yılı Ocak-Aralık dönemi boyunca arttı.", ["2023"]),
        ("Gelirler 2023 yılı Ocak-Eylül döneminde arttı.", ["2023-01", "2023-09"]),
    ],
)
def test_a_range_of_months_after_yili_is_read_in_that_year(text, expected):
    assert values(text) == expected


def test_a_year_after_a_comma_that_counts_people_is_no_year():
    assert values("Şenliğe 7 Haziran, 3000 kişi katıldı.", published="2026-07-01") == ["2026-06-07"]


@pytest.mark.parametrize(
    "text",
    [
        "Ajans 02.11.2025 14:05\n\nBakan açıklama yaptı.",
        "Güncelleme: 9 Şubat 2025 18:40\nMeclis toplandı.",
        "Yayınlanma tarihi: 3 Mart 2025\nMeclis toplandı.",
        "Haber merkezi, 21 Ocak 2026, 09:30 - Meclis toplandı.",
        "Sel felaketi büyüyor | Video\n\n21.01.2026 | 11:47\n\nYağışlar sürüyor.",
        "Kulüp yeni hocasını açıkladı\n\n21 Ocak 2026 Çarşamba 16:21\n\nİmza töreni yapıldı.",
    ],
)
def test_time_stamps_are_no_events(text):
    assert values(text) == []


def test_a_day_with_saat_is_an_event_not_a_stamp():
    assert values("Meclis 4 Şubat 2026 saat 14:00'te toplanacak.") == ["2026-02-04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heyet bu Pazartesi gelecek.", ["2026-01-19"]),  # the Monday of the week of publication
        ("Kurul gelecek hafta Çarşamba günü toplanacak.", ["2026-01-28"]),
        ("Geçen hafta Cumartesi günü yarış yapıldı.", ["2026-01-17"]),
        ("Fuar bu Haziran ayında açılacak.", ["2026-06"]),
        ("Ocak 2019'da kuruldu. Aynı yıl ikinci şubeyi açtı.", ["2019-01", "2019"]),
        ("Heyet 4 Mart'ta geldi ve aynı gün döndü.", ["2025-03-04", "2025-03-04"]),
        ("Satışlar 2024 yılının son ayında arttı.", ["2024-12"]),
    ],
)
def test_named_weeks_weekdays_and_references_back(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Aynı yıl fabrika açıldı.",  # nothing before it to point back to
        "Kurul 2019'da kuruldu, aynı gün toplandı.",  # a year says no day
        "Heyet 4 Mart'ta geldi.\n\nAynı gün başka bir toplantı yapıldı.",  # a day in another paragraph
    ],
)
def test_references_back_without_a_fitting_date_give_nothing(text):
    assert "aynı" not in " ".join(mention.casefold() for mention, _ in dates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dernek 2011'de kuruldu, ertesi yıl kapandı.", ["2011", "2012"]),
        ("Kâr 2025 yılında arttı. Bir önceki yıl zarar vardı.", ["2025", "2024"]),
        ("Fidanlar 2019'da dikildi, bir sonraki sene meyve verdi.", ["2019", "2020"]),
        ("Satış 2025'te düştü, bir önceki yılın aynı haftasına göre az.", ["2025"]),  # a base of comparison
        ("Önceki yıllarda da benzer kararlar alındı.", []),
    ],
)
def test_the_year_before_or_after_the_one_written_last(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", ["Yeni bir haftaya başlarken söz verdi.", "Son 3 haftaya odaklandık."])
def test_haftaya_after_a_modifier_is_the_noun(text):
    assert values(text) == []


def test_a_weekday_right_after_a_named_week_needs_no_gunu():
    assert values("Kurul bu hafta Perşembe toplanacak.") == ["2026-01-22"]


def test_a_weekday_alone_without_gunu_is_still_no_date():
    assert values("Ekonomi haftası Cuma namazından sonra başlar.") == []


def test_a_weekday_night_is_that_day():
    assert values("Telefon görüşmesi salı gecesi yapıldı.") == ["2026-01-20"]


@pytest.mark.parametrize(
    "text",
    [
        "Heyet 3-4 Şubat 2026'da ve 15.03.2026 tarihinde Ankara'daydı.",
        "2025 yılı Ekim ayında başlayan görüşmeler Mart 2026'da, üç gün önce ve 2 hafta sonra sürdü.",
        "Geçen yıl 8 Ağustos'ta, aynı gün ve gelecek Cuma günü 1995 Bosna Barışı anıldı.",
        "Takım 2019/20 sezonunda ve 2021-2022 yıllarında şampiyon oldu.",
    ],
)
def test_an_anchor_is_tried_only_with_the_patterns_that_open_as_it_does(text):
    """At a digit the word patterns cannot match, nor the digit patterns at a word: trying only
    the others finds the same candidates as trying every pattern everywhere."""
    stage = pipeline.load().get_pipe("trnews_dates")
    every_pattern = [
        (match.start(), match.end(), kind)
        for anchor in stage.anchor.finditer(text)
        for kind, pattern, _ in stage.patterns
        if (match := pattern.match(text, anchor.start()))
    ]
    chosen: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(every_pattern, key=lambda found: (found[0], -found[1])):
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, kind))
    assert [(c.start, c.end, c.kind) for c in stage._candidates(text)] == chosen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ligde 2025-26 sezonu cuma günü başlıyor.", ["2025", "2026"]),
        ("Takım 2019/20 sezonunda şampiyon oldu.", ["2019", "2020"]),
        ("Fındıkta 2023/24 satış sezonu kapandı.", ["2023", "2024"]),
        ("Ligde 2023-25 sezonu diye bir şey yok.", []),
    ],
)
def test_a_season_with_a_two_digit_second_year_gives_both_years(text, expected):
    assert [v for v in values(text) if v and len(v) == 4] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fındıkta 2023/24 satış sezonu başında fiyatlar açıklandı.", ["2023"]),
        ("Ligde 2024-25 sezonunun sonunda iki takım düştü.", ["2025"]),
        ("Ligde 2024-2025 sezonu sonunda iki takım düştü.", ["2025"]),
        ("Takım 2024-2025 sezonunun başından beri yenilmedi.", ["2024"]),
        # a season's part other than its start or end: both years
        ("Ligde 2024-2025 sezonunun ilk yarısı bitti.", ["2024", "2025"]),
    ],
)
def test_the_start_or_end_of_a_season_lies_in_one_of_its_years(text, expected):
    assert [v for v in values(text) if v and len(v) == 4] == expected
