"""Date forms of news pages, second pool (issue 18): spans of months, a year before or after which,
an offset told in the past, a day from which a rule holds, a year ending a line."""

import pytest

import pipeline


def values(text: str, published: str | None = "2026-03-10") -> list[str | None]:
    return [d.value for d in pipeline.extract(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Kooperatifin satışları Ocak-Nisan döneminde yüzde 9 arttı.", "2025-06-02", ["2025-01", "2025-04"]),
        ("Fabrika üretimi geçen yılın Şubat-Ekim döneminde düştü.", "2026-03-10", ["2025-02", "2025-10"]),
        ("Belediye gelirleri 2024 yılının Mart-Haziran döneminde yükseldi.", "2026-03-10", ["2024-03", "2024-06"]),
        # without a publication date: the year the text writes for the span's last month
        ("Satışlar Nisan 2022'de geriledi. Mart-Nisan döneminde ise ithalat arttı.", None,
         ["2022-04", "2022-03", "2022-04"]),
        ("Vergi gelirleri Mart-Mayıs döneminde arttı.", None, [None]),
    ],
)  # fmt: skip
def test_a_span_of_months_gives_its_first_and_last_month(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bölgedeki turist sayısı geçen yılın Ocak-Aralık dönemi boyunca rekor kırdı.", ["2025"]),
        ("Limanın yük hacmi 2023 yılının Ocak-Aralık döneminde ikiye katlandı.", ["2023"]),
        ("İlçenin ihracatı Ocak-Aralık 2022 döneminde azaldı.", ["2022"]),
    ],
)
def test_a_span_of_all_twelve_months_is_the_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kira artışları 2015 sonrası dönemde hızlandı.", ["2015"]),
        ("Üretim 2019 sonrasında ise yavaşladı.", ["2019"]),
        ("Köydeki evlerin çoğu 1970 öncesinde yapıldı.", ["1970"]),
    ],
)
def test_a_year_before_or_after_which_is_a_date(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # later than a time of the story, told in the past: no day counted from today
        ("İşsizlik oranı 18 ay sonra ilk kez yüzde 8'in altına indi.", [None]),
        ("Hasta ilk ameliyattan kurtuldu, dört ay sonra ikinci ameliyat yapıldı.", [None]),
        # still to come: counted from publication
        ("Yeni hastane binası iki yıl sonra hizmete girecek.", ["2028"]),
        ("Bakan, ihalenin üç gün sonra yapılacağını söyledi.", ["2026-03-13"]),
        ("Aile iki ay önce başka bir ilçeye taşındı.", ["2026-01"]),
    ],
)
def test_an_offset_after_which_the_clause_is_past_counts_from_the_story(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yeni otopark ücretleri bugünden itibaren uygulanıyor.", ["2026-03-10"]),
        ("Sahil yolu yarından itibaren trafiğe kapatılacak.", ["2026-03-11"]),
    ],
)
def test_a_day_from_which_something_holds_is_that_day(text, expected):
    assert values(text) == expected


def test_a_year_ending_a_line_names_nothing_on_the_next():
    text = "Kurul kararları\n\n14 March Monday, 2022\nMeclis üyeleri bütçeyi onayladı."
    assert values(text, "2022-03-14") == []


def test_a_year_before_a_capitalized_name_on_its_line_still_names_it():
    assert values("Belediye, 2019 Bahar Şenliği için hazırlık yaptı.") == ["2019"]
