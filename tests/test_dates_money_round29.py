"""Date and money readings of round 29. Dates: a present (``başlıyor``, ``olabilir``) or a quote's end closes a
date's clause before a reporting verb; a day set as a date (``14 Nisan olarak belirlendi``) is to come;
a relative year or a year before a month with a glued case (``geçen yıl ağustosta``, ``2024 yılı nisanda``), and
``geçen ekim``; the first day of a list shares the event noun (``17 Ağustos ve 12 Kasım depremlerinde``);
``1000'e 1000`` and a year after a name's numeral (``Denizkurdu-II 2026``) no year; a count of days from the day
written before it (``7 Mart'taki saldırıdan 2 gün sonra``); a month labelling figures never to come; nouns in -tIk with the plural (``istatistikleri``) are no past
participle; ``cuma günkü``; meetings a day's adjective dates (``bugünkü panelinde``); a weekday given up
(``salı yerine``) or a weekly slot (``salı akşamı kuşağında``) is no day. Money: ``geçen yıl`` after an amount
is no hedge; the estimated cost (``yaklaşık maliyeti``) hedges in any order; a scale word with -lIk after a
sign (``€200 milyonluk``). Inputs are sentences written for these tests."""

import pytest

import pipeline


def dates(text: str, published: str = "2026-03-10") -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


def amounts(text: str) -> list[tuple]:
    return [(m.amount, m.currency, m.approximate) for m in pipeline.extract(text).money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurum, 3 Nisan'da dış ticaret istatistiklerini açıklayacak.", ["2026-04-03"]),
        ("Belediye 5 Nisan'da evsel atıkları toplayacak.", ["2026-04-05"]),
        ("Yönetmen, 20 Mart'ta filmin kritiklerini okuyacak.", ["2026-03-20"]),
    ],
)
def test_a_noun_in_tik_with_the_plural_is_no_past_participle(text, expected):
    assert dates(text, published="2026-03-03") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meclisin cuma günkü toplantısında bütçe kabul edildi.", ["2026-03-06"]),
        ("Kurulun pazartesi günkü oturumunda tasarı görüşüldü.", ["2026-03-09"]),
    ],
)
def test_a_weekday_with_gunku_is_that_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakan, bugünkü panelinde enerji fiyatlarını değerlendirdi.", ["2026-03-10"]),
        ("Vali, dünkü forumda göç konusunu anlattı.", ["2026-03-09"]),
        ("Rektör, yarınki çalıştayda konuşacak.", ["2026-03-11"]),
        ("Büyükelçi dünkü kabulde gazetecilerle sohbet etti.", ["2026-03-09"]),
        ("Profesör, dünkü sempozyumda bir bildiri sundu.", ["2026-03-09"]),
        ("Bugünkü kabul oranı yüzde on.", []),
    ],
)
def test_a_days_adjective_dates_a_meeting(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantı salı yerine perşembe günü yapılacak.", ["2026-03-12"]),
        ("Dizi salı akşamı kuşağında yayınlanacak.", []),
        ("Yarışma cuma akşamı yayın kuşağına taşındı.", []),
    ],
)
def test_a_weekday_given_up_or_a_weekly_slot_is_no_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bütçenin 5 milyar lirası geçen yıl harcandı.", [(5_000_000_000, "TRY", False)]),
        ("Fonun 300 milyon lirası geçtiğimiz ay dağıtıldı.", [(300_000_000, "TRY", False)]),
        ("İhracat 5 milyar doları geçen ay aştı.", [(5_000_000_000, "USD", True)]),
        ("İhracat 5 milyar doları geçti.", [(5_000_000_000, "USD", True)]),
    ],
)
def test_a_time_after_an_amount_is_no_hedge(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yaklaşık maliyeti 120 milyon lira olan ihaleye 5 firma katıldı.", [(120_000_000, "TRY", True)]),
        ("Köprü, 420 milyon lira yaklaşık maliyetli projeyle yapılacak.", [(420_000_000, "TRY", True)]),
        ("Okul 42 milyon avro yaklaşık maliyetle yapılacak.", [(42_000_000, "EUR", True)]),
        ("İhalenin yaklaşık maliyeti 420 milyon lira.", [(420_000_000, "TRY", True)]),
        ("Maliyeti 120 milyon lira olan ihaleye 5 firma katıldı.", [(120_000_000, "TRY", False)]),
    ],
)
def test_the_estimated_cost_hedges_in_any_order(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şirket €200 milyonluk kredi aldı.", [(200_000_000, "EUR", False)]),
        ("Şirket $500 milyonluk tahvil sattı.", [(500_000_000, "USD", False)]),
        ("Fon $1,5 milyarlık yatırım yaptı.", [(1_500_000_000, "USD", False)]),
        ("Şirket €200 milyon kredi aldı.", [(200_000_000, "EUR", False)]),
    ],
)
def test_a_scale_word_with_lik_after_a_sign_keeps_its_scale(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Başkan, "Yeni tarife 1 Nisan\'da yürürlüğe giriyor" dedi.', ["2026-04-01"]),
        ('"Hazirandan itibaren kesinti kaçınılmaz olabilir" dedi.', ["2026-06"]),
        ("Sezon 15 Mayıs'ta fiilen başlıyor.", ["2026-05-15"]),
        ('Antrenör, "Final 20 Mayıs\'ta" dedi.', ["2026-05-20"]),
        ('Antrenör, "Final 20 Mayıs\'ta oynandı" dedi.', ["2025-05-20"]),
    ],
)
def test_a_present_or_a_quotes_end_closes_the_dates_clause(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Genel kurul tarihi 14 Nisan olarak belirlendi.", ["2026-04-14"]),
        ("Seçim tarihi 3 Mayıs olarak kararlaştırıldı.", ["2026-05-03"]),
        ("Erken kayıt ücretinin 20 Mart'a kadar 9 bin lira olduğunu hatırlatan Kaya konuştu.", ["2026-03-20"]),
    ],
)
def test_a_day_set_as_a_date_or_stated_is_not_pulled_into_the_past(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fabrika geçen yıl ağustosta kapandı.", ["2025-08"]),
        ("Proje geçen yıl nisanda başladı.", ["2025-04"]),
        ("Proje 2024 yılı nisanda başladı.", ["2024-04"]),
        ("Yasa bu yıl ocakta yürürlüğe girdi.", ["2026-01"]),
        ("Meclis planı geçen ekim onaylamıştı.", ["2025-10"]),
        ("Bu ocak kapatıldı.", []),
    ],
)
def test_a_year_before_a_month_with_a_glued_case_gives_one_month(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 Ağustos ve 12 Kasım depremlerinde binlerce kişi öldü.", ["1999-08-17", "1999-11-12"]),
        ("6 Şubat, 17 Ağustos ve 12 Kasım depremleri anıldı.", ["2023-02-06", "1999-08-17", "1999-11-12"]),
    ],
)
def test_the_first_day_of_a_list_shares_the_event_noun_of_the_last(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taraflar esirleri 1000'e 1000 formülüyle takas edecek.", []),
        ("Kulüp 2015'te 2 bin taraftar topladı.", ["2015"]),
    ],
)
def test_a_number_in_the_dative_before_the_same_number_is_no_year(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 Mart'taki saldırıdan 2 gün sonra zanlı yakalandı.", ["2026-03-07", "2026-03-09"]),
        ("Tatbikat 26 Nisan'da yapılacak, değerlendirme ise tatbikattan 3 gün sonra yapılacak.", ["2026-04-26", "2026-04-29"]),
        ("Roman 16 Şubat'ta satışa sunuldu; yayınevi 3 gün sonra ikinci baskıyı yaptı.", ["2026-02-16", "2026-02-19"]),
        ("Bakanlık 2025 yılında ilk dilimi ödedi, ikinci dilim ise 3 gün sonra ödenecek.", ["2025", "2026-03-13"]),
        ("Toplantı 5 Mart'ta yapıldı; depremden 2 gün sonra kurul yeniden toplandı.", ["2026-03-05", None]),
        ("2011'de kurulan dernek 5 yıl sonra kapandı.", ["2011", None]),
    ],
)
def test_a_count_of_days_counts_from_the_day_written_before_it(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denizkurdu-II 2026 Tatbikatı Ege'de başladı.", []),
        ("Kartal-III 2025 Tatbikatı sona erdi.", []),
    ],
)
def test_a_year_after_a_names_roman_numeral_is_part_of_the_name(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurum, şubat ayı bülten verilerini perşembe günü yayımlayacak.", ["2026-02", "2026-03-12"]),
        ("Kurum, Mart ayı enflasyon rakamlarını nisanda açıklayacak.", ["2026-03", "2026-04"]),
        ("Nisan ayında veri merkezi açılacak.", ["2026-04"]),
    ],
)
def test_a_month_labelling_figures_is_never_to_come(text, expected):
    assert dates(text) == expected
