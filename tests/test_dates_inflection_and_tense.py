"""Date words in any inflection and the hints that fix a year: a month with a case glued to it
(``haziranda``), the case forms of relative phrases (``gelecek yıldan``), a weekday naming a day
(``9 Mart Pazartesi``), ``beri`` / ``bu yana`` (since), a day something is put off to (``12 Mayıs'a
ertelendi``), an era named by its first day (``28 Şubat süreci``) and an active participle's clause
(``10 Ocak'ta devralan``)."""

import pytest

import pipeline
from pipeline.dates.inflection import case_forms, glued_case_fits, written_as_a_month_elsewhere

PUBLISHED = "2026-01-22"  # a Thursday


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause is in the past, but 2 Şubat is a Monday in 2026 only
        ("Kurul, sonraki oturumu 2 Şubat Pazartesi günü yapma kararı aldı.", [("2 Şubat", "2026-02-02")]),
        ("Dernek 29 Aralık Pazartesi günü kuruldu.", [("29 Aralık", "2025-12-29")]),
        ("Vakıf 4 Kasım Salı günü bir tören düzenlemişti.", [("4 Kasım", "2025-11-04")]),
        # no year near publication fits the weekday: the tense decides as before
        ("Heyet 2 Şubat Cuma günü gelecek.", [("2 Şubat", "2026-02-02")]),
    ],
)
def test_a_weekday_after_a_day_picks_its_year(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İhracat haziranda yüzde 4 geriledi.", [("haziranda", "2025-06")]),
        ("Kira artışları eylülden beri sürüyor.", [("eylülden", "2025-09")]),
        ("Sergi mayısta açılacak.", [("mayısta", "2026-05")]),
        ("Başvurular şubata kadar uzatılacak.", [("şubata", "2026-02")]),
        ("Fuar Temmuzda yapılacak.", [("Temmuzda", "2026-07")]),
    ],
)
def test_a_month_with_a_case_glued_to_it(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Marta Kos kente geldi.",  # a capitalized dative form is a given name
        "Madenciler ocakta mahsur kaldı.",  # ocak: a mine, and the text names no January
        "Çiftçiler ekimde yeni tohum kullandı.",  # ekim: sowing
    ],
)
def test_a_glued_form_that_is_no_month(text):
    assert dates(text) == []


def test_an_ambiguous_month_glued_is_a_month_where_the_text_names_it_elsewhere():
    text = "Bakanlık ocak ayı verilerini açıkladı. Satışlar ocakta yüzde 3 arttı."
    assert dates(text) == [("ocak ayı", "2026-01"), ("ocakta", "2026-01")]


@pytest.mark.parametrize(
    ("month", "suffix", "fits"),
    [("haziran", "da", True), ("mayıs", "ta", True), ("mayıs", "da", False), ("eylül", "den", True),
     ("eylül", "dan", False), ("mart", "taki", True), ("temmuz", "a", True), ("Mart", "a", False)],
)  # fmt: skip
def test_glued_case_fits_by_harmony_and_voicing(month, suffix, fits):
    assert glued_case_fits(month, suffix) is fits


@pytest.mark.parametrize(
    ("text", "named"),
    [("Satış 5 Ocak günü başladı.", True), ("Veriler ocak ayında geldi.", True), ("Ocak 2025 verisi", True),
     ("Ocak'ta toplandılar.", False), ("Ocak başında kömür yandı.", False)],
)  # fmt: skip
def test_written_as_a_month_elsewhere(text, named):
    assert written_as_a_month_elsewhere(text, "ocak") is named


def test_case_forms_of_a_relative_phrase():
    assert case_forms("geçen yıl") == ["geçen yılda", "geçen yıldan"]
    assert case_forms("gelecek sene") == ["gelecek senede", "gelecek seneden"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yeni tarife gelecek yıldan itibaren uygulanacak.", [("gelecek yıldan", "2027")]),
        ("Fiyatlar geçen aydan beri sabit.", [("geçen aydan", "2025-12")]),
        # a base of comparison is no event
        ("Kâr geçen yıldan daha yüksek oldu.", []),
        ("Satışlar geçen yılın aynı dönemine göre arttı.", []),
        ("Gelirler geçen yıla göre yüzde 8 yükseldi.", []),
        # a part of the period after its genitive is a time in that period, at the period's precision
        ("Kafe zinciri bu yılın ilk üç ayında on şube açtı.", [("bu yılın ilk üç ayında", "2026")]),
        ("Fiyatlar geçen yılın sonunda arttı.", [("geçen yılın sonunda", "2025")]),
        ("Zam geçen ayın sonunda geldi.", [("geçen ayın sonunda", "2025-12")]),
        ("Fiyatlar geçen yılın sonuna göre yüzde 5 arttı.", []),
    ],
)
def test_case_forms_of_relative_phrases(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" puts a day or month without a year in the past, whatever the verb's tense
        ("Fiyatlar Kasım'dan bu yana artıyor.", [("Kasım'dan", "2025-11")]),
        ("Grev 3 Aralık'tan beri sürüyor.", [("3 Aralık'tan", "2025-12-03")]),
    ],
)
def test_since_puts_the_date_in_the_past(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an active participle closes the day's clause: not the main verb's future after it, the nearest year
        (
            "Görevi 10 Ocak'ta devralan ülke, görevi 30 Ocak'ta devredecek.",
            [("10 Ocak'ta", "2026-01-10"), ("30 Ocak'ta", "2026-01-30")],
        ),
        ("Kurul 15 Aralık'ta başlayan görüşmeleri sürdürecek.", [("15 Aralık'ta", "2025-12-15")]),
        # a noun ending like one, before the verb it makes, does not: the future stays
        ("Varlıklar 15 Kasım'da beyan edilecek.", [("15 Kasım'da", "2026-11-15")]),
    ],
)
def test_an_active_participle_shows_no_tense(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day ten days back read as to come: this year's, not next year's
        ("Komisyonun 12 Ocak'ta planlanan toplantısı ertelendi.", [("12 Ocak'ta", "2026-01-12")]),
        ("Komisyonun 28 Aralık'ta planlanan toplantısı ertelendi.", [("28 Aralık'ta", "2025-12-28")]),
        # more than a month back: the coming one
        ("Komisyonun 12 Kasım'da planlanan toplantısı yapılacak.", [("12 Kasım'da", "2026-11-12")]),
    ],
)
def test_a_day_a_few_weeks_back_is_not_moved_a_year_ahead(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a need (-DIğI of gerek) is no past: the nearest December, not the last one
        ("Teklifin aralık ayında oylanması gerektiğini söyledi.", "2025-11-26", "2025-12"),
        ("Vergilerin Mart ayında ödenmesi gerekiyor.", "2025-04-10", "2025-03"),
    ],
)
def test_a_need_shows_no_tense(text, published, expected):
    assert [value for _, value in dates(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # put off to a day: that day lies ahead even though the verb is past
        ("Mahkeme davayı 15 Ocak'a erteledi.", [("15 Ocak'a", "2027-01-15")]),
        ("Heyet duruşmayı 10 Mart tarihine bıraktı.", [("10 Mart", "2026-03-10")]),
        ("Hakim davayı Salı gününe erteledi.", [("Salı gününe", "2026-01-27")]),
        # postponed on a day (a locative): the past as before
        ("Toplantı 15 Ocak'ta ertelendi.", [("15 Ocak'ta", "2026-01-15")]),
    ],
)
def test_a_day_something_is_put_off_to_is_to_come(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Konuşmacı 12 Mart sürecini eleştirdi.", [("12 Mart", None)]),
        ("Tarihçi 27 Mayıs dönemini bir kitapta inceledi.", [("27 Mayıs", None)]),
        # the era's day dated elsewhere in the text gives its year
        ("27 Mayıs 1960'ta ordu yönetime el koydu. 27 Mayıs dönemi uzun tartışıldı.",
         [("27 Mayıs 1960'ta", "1960-05-27"), ("27 Mayıs", "1960-05-27")]),
        # a span of months before "dönemi" is no era: its first and last month (tests/test_dates_page_spans.py)
        ("Ocak-Kasım döneminde üretim arttı.", [("Ocak-Kasım", "2025-01"), ("Ocak-Kasım", "2025-11")]),
    ],
)  # fmt: skip
def test_an_era_named_by_its_first_day_gets_no_guessed_year(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurul bugün toplandı.", [("bugün", "2026-01-22")]),
        ("Fuar bugün saat 10.00'da açılacak.", [("bugün", "2026-01-22")]),
        ("Bakan, bugün imzalanan protokolü anlattı.", [("bugün", "2026-01-22")]),
        ("Bugün iki yeni fidanlık açtık ve ağaç diktik.", [("Bugün", "2026-01-22")]),
        ("Vali bugün 3. Sanayi Fuarı'nın açılışını yaptı.", [("bugün", "2026-01-22")]),  # an ordinal's dot
        # a state, no event: "bugün" means nowadays
        ("Bu kasabanın nüfusu bugün on iki bin.", []),
        ("Bugün her köyde bir sağlık ocağı var.", []),
    ],
)
def test_bugun_is_today_only_with_a_verb_of_something_happening(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of looking back, of the point reached or of a contrast with the past: nowadays,
        # whatever the verb
        ("Bugün geriye dönüp baktığımızda köyün çok değiştiğini görüyoruz.", []),
        ("Bugün bakıldığında bu kararın ne kadar doğru olduğu anlaşılıyor.", []),
        ("Bugün geldiğimiz noktada tersanelerimiz kendi gemilerini üretiyor.", []),
        ("Bugün gelinen noktada ilçede her mahalleye doğalgaz ulaştı.", []),
        ("Bugün artık dışarıdan motor satın alan bir şirket değiliz.", []),
        ("Eski vali bugün hâlâ ilçenin en sevilen isimlerinden biri olarak anılıyor.", []),
        # "bugün itibarıyla" is as of today
        ("Bugün itibarıyla artık yeni otopark ücretleri geçerli olacak.", [("Bugün", "2026-01-22")]),
        # without such a word, an event today
        ("Belediye bugün yeni otopark ücretlerini açıkladı.", [("bugün", "2026-01-22")]),
    ],
)
def test_bugun_with_a_word_of_nowadays_is_no_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Kazı çalışmalarının yıl sonuna kadar bitmesi bekleniyor.", PUBLISHED, [("yıl sonuna", "2026")]),
        ("Bu ödemeler ay sonuna kadar sürecek.", PUBLISHED, [("ay sonuna", "2026-01")]),
        # an end the clause says is past: the last period's
        ("İşsizlik yıl sonunda yüzde 9 oldu.", PUBLISHED, [("yıl sonunda", "2025")]),
        # a start still to come: the next period's; a start past: this one's
        ("Yeni tarife yıl başında uygulanacak.", "2026-06-10", [("yıl başında", "2027")]),
        ("Yeni tarife yıl başında uygulandı.", "2026-06-10", [("yıl başında", "2026")]),
        ("Her yıl sonunda bir rapor hazırlanır.", PUBLISHED, []),
    ],
)
def test_the_end_or_start_of_the_current_year_or_month(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Festival 3 ile 5 Şubat arasında yapılacak.",
         [("3 ile 5 Şubat", "2026-02-03"), ("3 ile 5 Şubat", "2026-02-05")]),
        ("Sergi 10 ila 12 Şubat tarihlerinde açık kalacak.",
         [("10 ila 12 Şubat", "2026-02-10"), ("10 ila 12 Şubat", "2026-02-12")]),
        # "ile" as "with": no range
        ("Bakan 3 ile 5 Şubat'ta gelen heyetleri ağırlayacak.", [("5 Şubat'ta", "2026-02-05")]),
        # two months before "ayları": an ambiguous first month is a month too
        ("Bakım Ocak ve Şubat aylarında yapılacak.", [("Ocak", "2026-01"), ("Şubat aylarında", "2026-02")]),
        ("Kurs Mart ve Nisan aylarında açılacak.", [("Mart", "2026-03"), ("Nisan aylarında", "2026-04")]),
        # a season of a year: the year
        ("Tünel 2027 sonbaharında açılacak.", [("2027 sonbaharında", "2027")]),
        ("2019 kışı çok sert geçti.", [("2019 kışı", "2019")]),
        ("Önceki gece çıkan yangın söndürüldü.", [("Önceki gece", "2026-01-20")]),
    ],
)  # fmt: skip
def test_day_ranges_month_pairs_seasons(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İki gün önce açılan sergi kapandı.", [("İki gün önce", "2026-01-20")]),
        ("Müdür, bundan iki yıl önce açılan köprüyü gezdi.", [("iki yıl önce", "2024")]),
        ("Müdür, bundan tam iki yıl önce açılan köprüyü gezdi.", [("iki yıl önce", "2024-01-22")]),
        ("Öte yandan üç gün sonra yeni bir oturum yapılacak.", [("üç gün sonra", "2026-01-25")]),
        # counted from another event: no value
        ("Yangından iki gün sonra yardım ulaştı.", [("iki gün sonra", None)]),
        ("Kongreden yaklaşık dört ay sonra yönetim değişti.", [("dört ay sonra", None)]),
        ("2011 yılında kurulan dernek 5 yıl sonra kapandı.", [("2011 yılında", "2011"), ("5 yıl sonra", None)]),
    ],
)
def test_a_counted_offset_counts_from_publication_only_when_nothing_else_anchors_it(text, expected):
    assert dates(text) == expected
