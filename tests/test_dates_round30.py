"""Round 30 (dates): a day something takes effect from under a past verb, counted weeks, weekdays of a clause to
come, a programme's day headers, a list of weekdays after a named week."""

import pytest

import pipeline

#: a Tuesday
PUBLISHED = "2026-03-10"


def values(text: str, published: str = PUBLISHED) -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şirket, yeni tarifeyi 1 Nisan'dan geçerli olmak üzere açıkladı.", ["2026-04-01"]),
        ("Kurum, elektrik fiyatını 1 Nisan'dan itibaren yüzde 20 artırdı.", ["2026-04-01"]),
        ("Birlik, süt fiyatını 16 Mart tarihinden itibaren yükseltti.", ["2026-03-16"]),
        # a guard: the nearest year is also the past one for a day already behind
        ("Yeni ücretler 1 Ocak'tan itibaren uygulandı.", ["2026-01-01"]),
    ],
)
def test_a_day_taking_effect_is_the_nearest_under_a_past_verb(text, expected):
    assert values(text) == expected


def test_a_day_named_in_a_verbal_noun_agreed_on_is_to_come():
    assert values("Taraflar, inşaatın eylül ayında bitirilmesinde uzlaştı.") == ["2026-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Köprü 2 hafta önce trafiğe kapatıldı.", ["2026-02-24"]),
        ("Fabrika üç hafta sonra üretime başlayacak.", ["2026-03-31"]),
        ("Kurul görevini iki hafta sonra yapılacak kongreye kadar sürdürecek.", ["2026-03-24"]),
    ],
)
def test_a_count_of_weeks_from_publication_is_a_day(text, expected):
    assert values(text) == expected


def test_a_count_of_weeks_counts_from_the_day_before_it():
    text = "Kongre 18 Nisan'da yapılacak, çoğunluk sağlanamazsa bir hafta sonra toplanacak."
    assert values(text) == ["2026-04-18", "2026-04-25"]


def test_an_offset_counts_from_a_day_written_with_its_weekday():
    text = "Final 8 Mart Pazar günü oynandı, ödül töreni 3 gün sonra yapılacak."
    assert values(text) == ["2026-03-08", "2026-03-11"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Kurul perşembe günü yeniden toplanacak.", "2026-03-12", ["2026-03-19"]),
        ("Başvurular en geç cuma akşamına kadar yapılmalı.", PUBLISHED, ["2026-03-13"]),
        ("Dilekçelerin perşembeye kadar verilmesi gerekiyor.", PUBLISHED, ["2026-03-12"]),
        # a guard: to come when a past verb reported it, the day may be today
        ("Açıklamada, heyetin pazartesi Kahire'ye gideceği bildirilmişti.", "2026-03-09", ["2026-03-09"]),
    ],
)
def test_a_weekday_to_come_lies_ahead(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Pazartesi: Kabine toplanacak.\nÇarşamba: Meclis toplanacak.", "2026-03-09", ["2026-03-09", "2026-03-11"]),
        ("- Cuma: Dışişleri Bakanı Brüksel'e gidecek.", PUBLISHED, ["2026-03-13"]),
        # a guard: a heading's day said with "günü" is today's too, not next week's
        ("Pazartesi günü: Kabine toplanacak.", "2026-03-09", ["2026-03-09"]),
    ],
)
def test_a_weekday_heading_a_line_is_a_day(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Meclis bu hafta salı, çarşamba ve perşembe günleri toplanacak.", "2026-03-16",
         ["2026-03-17", "2026-03-18", "2026-03-19"]),
        ("Komisyon gelecek hafta pazartesi ve salı günleri toplanacak.", PUBLISHED, ["2026-03-16", "2026-03-17"]),
    ],
)
def test_weekdays_before_a_plural_after_a_named_week_are_its_days(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Meclis salı, çarşamba ve perşembe günleri toplanıyor.",
        "Çarşı her perşembe günleri kuruluyor.",
    ],
)
def test_weekdays_before_a_plural_alone_are_every_week(text):
    """A guard: read without the lookahead the grammar had, a plural without a named week stays every week's."""
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurum, ocak ayına ilişkin dış ticaret verilerini açıklayacak.", ["2026-01"]),
        ("Bakanlık, Şubat'a ait istihdam rakamlarını yayımlayacak.", ["2026-02"]),
    ],
)
def test_a_month_the_figures_concern_is_already_over(text, expected):
    assert values(text) == expected


def test_a_month_a_plan_concerns_is_still_to_come():
    """A guard: only figures make a month concerned a period already over."""
    assert values("Bakan, ekim ayına ilişkin planları açıklayacak.") == ["2026-10"]


def test_last_years_harvest_is_last_year():
    assert values("Geçen yılki hasatta verim düştü.") == ["2025"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ödemeler nisanın ikinci yarısında yapılacak.", ["2026-04"]),
        ("Tesisin mayısın ikinci haftasında açılması bekleniyor.", ["2026-05"]),
        ("Hasat ağustosun üçüncü haftasında başlayacak.", ["2026-08"]),
    ],
)
def test_an_ordinal_part_of_a_month_in_the_genitive_names_the_month(text, expected):
    assert values(text) == expected


def test_a_relative_month_restated_by_a_day_right_after_it_is_the_day():
    assert values("Kongre önümüzdeki ay 18 Nisan'da Ankara'da toplanacak.") == ["2026-04-18"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Esnaf bugün en çok neden şikâyet ediyor?", []),
        # guards: a question about what happened or will happen that day, or a question after a colon
        ("Meclis bugün toplanacak mı?", ["2026-03-10"]),
        ("Şirket yeni modelini bugün tanıtıyor: Beklenen özellikler neler?", ["2026-03-10"]),
    ],
)
def test_bugun_in_a_question_of_the_present_is_nowadays(text, expected):
    assert values(text) == expected
