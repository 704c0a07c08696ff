"""Operations named in quotation marks or by a code name with a number. Inputs are short
sentences written for these tests."""

import pytest

import pipeline
from pipeline.lang.tr.text import is_suffix_after_apostrophe


def missions(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "MISSION"]


@pytest.mark.parametrize(
    "text, offset, expected",
    [
        ("Ankara'nın", 6, True),
        ("'Kartal' operasyonu", 7, False),
        ("'Kartal'.", 7, False),
        ("Ankara", 2, False),
    ],
)
def test_an_apostrophe_before_lower_case_letters_opens_a_suffix(text, offset, expected):
    assert is_suffix_after_apostrophe(text, offset) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jandarma 'Kartal-5' operasyonunda üç şüpheli yakalandı.", ["Kartal-5"]),
        ("Ordu 'Yıldırım Kılıcı' harekâtını başlattı.", ["Yıldırım Kılıcı"]),
        ('Polis "Huzur" Operasyonu ile beş kişiyi yakaladı.', ["Huzur"]),
        ("Vali 'Dicle'nin Kalkanı' operasyonunu anlattı.", ["Dicle'nin Kalkanı"]),
        ("Polis 'Sessiz Gece' adlı operasyonda iki kişiyi yakaladı.", ["Sessiz Gece"]),
        ("Jandarma 'Toprak-7' adı verilen operasyonu tamamladı.", ["Toprak-7"]),
    ],
)
def test_a_quoted_name_before_an_operation_word_is_an_operation(text, expected):
    assert missions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bakan 'Hazırız' dedi ve operasyonu anlattı.",
        "Şirket 'Yeni Dönem' kampanyasını başlattı.",
    ],
)
def test_a_quoted_name_before_another_word_is_no_operation(text):
    assert missions(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jandarma Kar Kalkanı-14 operasyonlarını sürdürüyor. Bölgede jandarma ekipleri var.", ["Kar Kalkanı-14"]),
        ("Kar Kalkanı-14 operasyonları sürüyor.", ["Kar Kalkanı-14"]),
        ("Valilik, Yayla-3 operasyonunda beş kişinin yakalandığını bildirdi.", ["Yayla-3"]),
    ],
)
def test_a_code_name_with_a_number_before_an_operation_word_is_an_operation(text, expected):
    assert missions(text) == expected


def test_a_name_before_a_naming_phrase_and_another_word_is_no_operation():
    assert missions("Şirket 'Yeni Dönem' adlı kampanyayı başlattı.") == []
