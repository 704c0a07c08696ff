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


def test_a_date_outside_last_week_is_kept():
    assert values("Heyet geçen hafta, 3 Ocak'ta başlayan görüşmeleri sürdürdü.") == ["2026-01-03"]


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
