"""Named military exercises: a code name with a number before a capitalized head, a quoted name
that holds its own head, and generic words before an operation's name. Inputs are short
sentences written for these tests."""

import pytest

import pipeline


def missions(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.acronym) for e in pipeline.extract(text).entities if e.type == "MISSION"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ege'de Kuzey Yıldızı-2024 Tatbikatı dün başladı.", [("Kuzey Yıldızı-2024 Tatbikatı", None)]),
        ("Kararlı Kalkan 2024 Tatbikatına on iki ülke katıldı.", [("Kararlı Kalkan 2024 Tatbikatı", None)]),
        ("Ege'de Kuzey Yıldızı-2024 Müşterek Tatbikatı dün başladı.", [("Kuzey Yıldızı-2024", None)]),
        ("Ege'de Kuzey Yıldızı-2024 (KY-24) Müşterek Tatbikatı başladı.", [("Kuzey Yıldızı-2024", "KY-24")]),
    ],
)
def test_a_code_name_with_a_number_before_a_capitalized_exercise_word_is_an_exercise(text, expected):
    assert missions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Birlik, Ekim 2019 Tatbikatı için hazırlandı.",
        "Okullarda Genel Deprem Tatbikatı yapıldı.",
    ],
)
def test_a_month_before_the_year_or_no_number_makes_no_exercise(text):
    assert missions(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Donanma "Kararlı Kalkan 2024 Tatbikat"ı ile hazırlığını sınadı.', ["Kararlı Kalkan 2024 Tatbikatı"]),
        ('Donanma "Kararlı Kalkan-2024 Tatbikatı" ile hazırlığını sınadı.', ["Kararlı Kalkan-2024 Tatbikatı"]),
        ('Okulda "Genel Deprem Tatbikatı" yapıldı.', []),
        ("Üste '2024 yılı Kış Dönemi Tatbikatı' başladı.", []),
    ],
)
def test_a_quoted_exercise_name_holding_its_own_head_needs_a_number(text, expected):
    assert [name for name, _ in missions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Olası Zap Operasyonu gündemde.", ["Zap Operasyonu"]),
        ("Bakan, muhtemel Zap Harekatı hakkında konuştu.", ["Zap Harekatı"]),
    ],
)
def test_a_word_of_likelihood_before_an_operation_is_no_part_of_its_name(text, expected):
    assert [name for name, _ in missions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dört ülkenin jetleri Anadolu Kartalı Tatbikatına katıldı.", ["Anadolu Kartalı Tatbikatı"]),
        ("Uçaklar Anadolu Kartalı Eğitimi için Konya'ya indi.", ["Anadolu Kartalı Tatbikatı"]),
        ("Mavi Vatan doktrini tartışıldı.", []),
    ],
)
def test_recurring_exercises_are_listed_with_their_head_word(text, expected):
    assert [name for name, _ in missions(text)] == expected


def test_a_plural_opening_the_sentence_is_no_word_of_the_code_name():
    assert missions("Askerler Kararlılık-2026 tatbikatına katıldı.") == [("Kararlılık-2026", None)]
