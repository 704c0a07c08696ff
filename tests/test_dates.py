import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline


def dates(text: str, published: str | None = "2026-01-22") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pipeline.extract(text, published=published).dates]


def values(text: str, published: str | None = "2026-01-22") -> list[str | None]:
    return [value for _, value in dates(text, published)]


def test_tomorrow_is_the_day_after_publication():
    assert dates("Toplantı yarın İstanbul'da yapılacak.") == [("yarın", "2026-01-23")]


def test_yesterday_is_the_day_before_publication():
    assert values("Bakan dün Ankara'daydı.") == ["2026-01-21"]


def test_last_year_is_a_year():
    assert values("Geçen yıl ihracat arttı.") == ["2025"]


def test_next_month_is_a_month():
    assert values("Zirve önümüzdeki ay yapılacak.") == ["2026-02"]


def test_next_week_is_an_iso_week():
    assert values("Heyet gelecek hafta gelecek.") == ["2026-W05"]


def test_relative_dates_without_publication_date_stay_unresolved():
    assert dates("Toplantı yarın yapılacak.", published=None) == [("yarın", None)]


def test_counted_offset_with_number_words():
    assert values("Anlaşma iki gün önce imzalandı.") == ["2026-01-20"]


def test_year_and_month_with_ayinda():
    assert dates("Görevi 2025 Ekim ayında devraldı.") == [("2025 Ekim ayında", "2025-10")]


def test_month_then_year():
    assert values("Görev süresi Ekim 2026 sonuna kadar uzatıldı.") == ["2026-10"]


def test_full_date_with_suffix():
    assert dates("Zirve 15 Mart 2026'da toplanacak.") == [("15 Mart 2026'da", "2026-03-15")]


def test_day_and_month_take_the_year_nearest_publication():
    assert values("Görüşme 8 Aralık’ta yapılmıştı.", published="2025-01-23") == ["2024-12-08"]


def test_day_range_gives_both_days():
    assert values("Ziyaret 3-4 Şubat tarihlerinde yapıldı.", published="2026-02-04") == ["2026-02-03", "2026-02-04"]


def test_range_across_months_shares_the_year():
    assert values("Komuta 8 Ocak-8 Temmuz 2026 tarihleri arasında yürütülecek.") == ["2026-01-08", "2026-07-08"]


def test_numeric_date():
    assert values("Karar 15.03.2026 tarihinde alındı.") == ["2026-03-15"]


def test_event_year_with_suffix():
    assert dates("EBRD, 2023'te rekor yatırım yaptı.") == [("2023'te", "2023")]


def test_event_year_with_yilinda():
    assert values("Misyon 2004 yılında kuruldu.") == ["2004"]


def test_year_range():
    assert values("1992-1995 Bosna Savaşı sona erdi.") == ["1992", "1995"]


def test_month_alone_with_ayinda():
    assert values("Aralık ayında rekor kırıldı.", published="2026-01-06") == ["2025-12"]


def test_month_word_in_its_case_forms_is_part_of_the_mention():
    text = "Parti Ekim ayındaki seçimi kaybetti. Haziran ayı içinde kongresini yapacak."
    assert dates(text, published="2026-01-06") == [("Ekim ayındaki", "2025-10"), ("Haziran ayı içinde", "2026-06")]


def test_last_year_and_a_month_together():
    assert dates("Geçen yıl Mayıs’ta rekor kırıldı.", published="2026-01-06") == [("Geçen yıl Mayıs’ta", "2025-05")]


def test_last_year_and_a_day_together():
    assert dates("Anlaşma geçen yıl 14 Eylül'de imzalandı.") == [("geçen yıl 14 Eylül'de", "2025-09-14")]


def test_genitive_relative_year_before_a_day():
    assert values("Tören geçen senenin 3 Ekim'inde düzenlendi.") == ["2025-10-03"]


def test_month_in_a_future_clause_is_the_coming_one():
    # the nearest November to 2026-01-22 is the last one, but the clause speaks of what is planned
    assert values("Yeni terminalin Kasım ayında hizmete girmesi planlanıyor.") == ["2026-11"]


def test_day_in_a_past_clause_is_the_last_one():
    # 20 Temmuz 2026 is nearer to 2026-01-22, but the signing has happened
    assert values("Anlaşma 20 Temmuz'da imzalandı.") == ["2025-07-20"]


def test_the_verb_right_after_the_date_sets_its_tense():
    text = "Bakan, 10 Temmuz'da yapılan toplantıda yeni bir zirve düzenleneceğini söyledi."
    assert values(text) == ["2025-07-10"]


def test_a_noun_ending_like_a_past_verb_sets_no_tense():
    assert values("Kasım ayında kredi faizleri düşecek.") == ["2026-11"]  # "kredi" is no "-di" past


def test_a_noun_before_a_comma_sets_no_tense():
    assert values("Kasım ayında parti, yeni genel başkanını seçecek.") == ["2026-11"]  # "parti," is no "-ti" past


def test_lower_case_month_with_ayinda_is_a_month():
    assert values("Zam oranı aralık ayında belli oldu.", published="2026-01-06") == ["2025-12"]


def test_last_week_restated_by_a_date_in_parentheses_is_one_date():
    assert dates("Heyet geçen hafta (14 Ocak) Bakü'ye gitti.") == [("14 Ocak", "2026-01-14")]


def test_weekday_after_a_day_names_that_day():
    assert dates("Dernek 12 Mart Perşembe günü bir panel düzenleyecek.") == [("12 Mart", "2026-03-12")]


def test_last_week_and_a_date_outside_it_are_both_kept():
    assert values("Heyet geçen hafta, 3 Ocak'ta başlayan görüşmeleri sürdürdü.") == ["2026-W03", "2026-01-03"]


def test_without_publication_date_a_month_borrows_the_sentence_year():
    assert values("Şubat depremleri nedeniyle 2023 yılı zor geçti.", published=None) == ["2023-02", "2023"]


def test_weekday_in_a_future_sentence_is_the_next_one():
    assert values("Bakan Cuma günü Brüksel'e gidecek.") == ["2026-01-23"]  # published on a Thursday


def test_weekday_in_a_past_sentence_is_the_last_one():
    assert values("Bakan Pazartesi günü Brüksel'deydi.") == ["2026-01-19"]


def test_month_names_that_are_ordinary_words_are_not_dates_alone():
    assert dates("Aralık büyüdükçe Kasım Bey endişelendi.") == []


def test_given_name_is_not_a_month():
    assert dates("Toplantıya Eylül Yılmaz da katıldı.") == []


def test_counts_percentages_and_money_are_not_dates():
    assert dates("Yüzde 48 artışla 2000'den fazla kişi 2795 sayılı karara göre 2025 milyon dolar aldı.") == []


def test_publication_stamp_line_is_not_a_date():
    text = "Bakanlar İstanbul'da\n\n18 Ekim 2024 16:10\n\nToplantı yarın sürecek."
    assert dates(text, published="2024-10-18") == [("yarın", "2024-10-19")]


def test_leading_date_line_is_not_a_date():
    assert dates("date 2026-01-22 Platform yarın toplanacak.", published=None) == [("yarın", "2026-01-23")]


def test_an_event_on_the_publication_day_is_a_date():
    assert values("Fidan 19-20 Ekim tarihlerinde Lüksemburg'da olacak.", published="2025-10-19") == [
        "2025-10-19", "2025-10-20"
    ]  # fmt: skip


def test_last_named_month_is_before_publication():
    assert dates("Geçtiğimiz Temmuz ayında ihracat arttı.", published="2000-06-15") == [
        ("Geçtiğimiz Temmuz ayında", "1999-07")
    ]  # fmt: skip


def test_next_named_weekday_is_after_publication():
    assert values("Kurul önümüzdeki Cuma toplanacak.") == ["2026-01-23"]


def test_year_range_with_ile_before_arasinda():
    assert values("1995 ile 2003 yılları arasında görev yaptı.") == ["1995", "2003"]


def test_year_naming_an_event():
    assert values("1974 Kıbrıs Barış Harekâtı anıldı.") == ["1974"]


def test_year_of_a_plans_horizon_is_no_date():
    assert dates("Bakanlık Türkiye 2053 Vizyonu'nu açıkladı.") == []


def test_decades_are_not_years():
    assert dates("2000'li yıllarda ekonomi büyüdü.") == []


def test_distributive_count_is_no_year():
    assert dates("Sanıklar için 1500'er yıl hapis istendi.") == []


def test_bu_sabah_is_the_publication_day():
    assert values("Polis bu sabah iki adrese baskın düzenledi.", published="2026-01-22") == ["2026-01-22"]


def test_every_passing_year_is_no_date():
    assert dates("Ticaret her geçen yıl artıyor.") == []


def test_prayer_is_no_weekday():
    assert dates("Cuma namazı sonrası açıklama yaptı.") == []


def test_leap_day_takes_the_nearest_leap_year():
    assert values("Toplantı 29 Şubat günü yapıldı.", published="2025-03-01") == ["2024-02-29"]


def test_impossible_dates_are_dropped():
    assert dates("Toplantı 31 Şubat 2026'da yapılacak.") == []


PIECES = ["3", "31", "-", "4", "Şubat", "Aralık", "ayında", "2025", "2023'te", "yılında", "yarın", "geçen", "yıl",
          "iki", "gün", "önce", "Cuma", "günü", "15.03.2026", "’ta", "\n", ".", "16:10", "date", "2026-01-22"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join), st.sampled_from([None, "2026-01-22", "2024-02-29"])
)
def test_date_like_word_salad_never_raises_and_offsets_hold(text, published):
    if not text.strip():
        return
    record = pipeline.extract(text, published=published)
    for mention in record.dates:
        assert text[mention.start : mention.end] == mention.text


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_random_text_never_raises(text):
    if text.strip():
        pipeline.extract(text, published="2026-01-22")


# --- issue 18: forms seen in other projects' suites and in real news ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heyet haftaya Ankara'ya gelecek.", ["2026-W05"]),
        ("Bakanlık bu hafta raporu açıkladı.", ["2026-W04"]),
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


def test_a_range_of_months_after_yili_keeps_the_year():
    assert dates("Gelirler 2023 yılı Ocak-Eylül döneminde arttı.")[0] == ("2023 yılı", "2023")


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
