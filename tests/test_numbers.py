import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.tr.numbers import find_number_phrases, is_ordinal_word, parse_turkish_number

UNITS = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]
SCALES = [(10**12, "trilyon"), (10**9, "milyar"), (10**6, "milyon"), (10**3, "bin")]


def below_thousand_in_words(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [] if not hundreds else ["yüz"] if hundreds == 1 else [UNITS[hundreds], "yüz"]
    return words + [w for w in (TENS[rest // 10], UNITS[rest % 10]) if w]


def in_words(n: int) -> str:
    """How a Turkish writer spells n: 1000 is "bin", not "bir bin"."""
    words = []
    for scale, name in SCALES:
        group, n = divmod(n, scale)
        if group:
            words += ([] if group == 1 and name == "bin" else below_thousand_in_words(group)) + [name]
    return " ".join(words + below_thousand_in_words(n))


def with_thousand_dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def test_dots_group_thousands():
    assert parse_turkish_number("1.250.000") == 1_250_000


def test_comma_is_the_decimal_mark():
    assert parse_turkish_number("8,9") == 8.9


def test_thousands_and_decimals_together():
    assert parse_turkish_number("1.250,75") == 1250.75


def test_a_lone_comma_group_is_read_the_turkish_way():
    assert parse_turkish_number("1,250") == 1.25


def test_english_style_when_unambiguous():
    assert parse_turkish_number("1,250.5") == 1250.5
    assert parse_turkish_number("1,250,000") == 1_250_000


def test_scale_word_after_decimal_digits():
    assert parse_turkish_number("8,9 milyar") == 8_900_000_000


def test_decimal_scale_amounts_are_exact_integers():
    assert parse_turkish_number("273,4 milyar") == 273_400_000_000


def test_mixed_scales():
    assert parse_turkish_number("2 milyar 300 milyon") == 2_300_000_000
    assert parse_turkish_number("5 bin 500") == 5_500


def test_number_words():
    assert parse_turkish_number("iki yüz elli milyon") == 250_000_000


def test_half_after_a_number():
    assert parse_turkish_number("bir buçuk milyar") == 1_500_000_000


def test_half_alone():
    assert parse_turkish_number("yarım milyon") == 500_000


def test_bin_alone_is_a_thousand():
    assert parse_turkish_number("bin") == 1000


def test_scale_abbreviation():
    assert parse_turkish_number("2,5 mlr") == 2_500_000_000


def test_two_numbers_side_by_side_are_not_one():
    assert parse_turkish_number("2025 400") is None


def test_rising_scales_are_not_one_number():
    assert parse_turkish_number("5 bin 3 milyon") is None


def test_digits_glued_to_letters_are_no_number():
    assert find_number_phrases("F16 ve 5G") == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("birlik ve onur", []),  # a number word inside a word is none
        ("dörtlü masa (3)", ["3"]),  # "dört" inside a word; "ikişer" is a number of its own (2 each)
        ("iki-üç gün", ["iki", "üç"]),
        ("B12 ile 7", ["7"]),
    ],
)
def test_a_number_starts_where_no_letter_stands_before_it(text, numbers):
    assert [text[p.start : p.end] for p in find_number_phrases(text)] == numbers


def test_numbers_in_running_text_with_offsets():
    text = "Toplam 26 milyar 434 milyon dolar ile rekor kırıldı."
    [phrase] = find_number_phrases(text)
    assert (text[phrase.start : phrase.end], phrase.value) == ("26 milyar 434 milyon", 26_434_000_000)


@given(st.integers(min_value=0, max_value=10**15))
def test_any_amount_in_digits_with_thousand_dots_reads_back(n):
    assert parse_turkish_number(with_thousand_dots(n)) == n


@given(st.integers(min_value=1, max_value=10**15 - 1))
def test_any_amount_in_words_reads_back(n):
    assert parse_turkish_number(in_words(n)) == n


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from(SCALES))  # fmt: skip
def test_any_decimal_with_a_scale_word_reads_back(whole, tenth, scale):
    value, name = scale
    assert parse_turkish_number(f"{whole},{tenth} {name}") == (whole * 10 + tenth) * value // 10


@given(st.text())
def test_random_text_never_raises(text):
    find_number_phrases(text)
    parse_turkish_number(text)


# --- issue 18: spelled decimals, zero, mixed scales -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("altı virgül dört milyar", 6_400_000_000),
        ("on iki virgül beş", 12.5),
        ("üç yüz nokta sıfır yedi", 300.07),
        ("kırk nokta otuz beş", 40.35),
        ("sıfır", 0),
        ("sıfır virgül beş milyon", 500_000),
        ("3 trilyon 125,6 milyar", 3_125_600_000_000),
        ("1 milyar 2,5 milyon", 1_002_500_000),
    ],
)
def test_spelled_decimals_zero_and_mixed_scales(text, value):
    assert parse_turkish_number(text) == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("dört virgül", [4]),  # a point with nothing after it is punctuation talk, not a fraction
        ("7 trilyon 12,5 kişi", [7_000_000_000_000, 12.5]),  # a decimal group after a scale needs a smaller scale
        ("sıfır iki", [0, 2]),  # zero starts no larger number
        ("bu nokta önemli", []),
    ],
)
def test_open_ends_are_given_back(text, values):
    assert [phrase.value for phrase in find_number_phrases(text)] == values


@pytest.mark.parametrize(
    "word, ordinal",
    [("ikinci", True), ("üçüncü", True), ("dördüncü", True), ("altıncı", True), ("yirminci", True),
     ("sonuncu", False), ("genci", False), ("önce", False)],
)
def test_ordinal_words_in_letters(word, ordinal):
    assert is_ordinal_word(word) is ordinal
