"""The Turkish language layer's readings that the stages share: case endings read from their
letters, apostrophe suffixes, sentence ends."""

import pytest

from pipeline.lang.tr.endings import (
    begins_with_lik,
    ends_in,
    ends_in_head_possessive,
    plural_is_possessed,
    read_noun_tail,
    spells_case,
    spells_case_after_plural,
    spells_noun_endings,
    without_compound_possessive,
    without_ending,
    with_possessive,
)
from pipeline.lang.tr.numbers import is_ordinal_suffix
from pipeline.lang.tr.text import (
    COORDINATORS,
    LIST_COORDINATORS,
    after_apostrophe,
    before_apostrophe,
    sentence_at,
    sentence_bounds,
    sentence_end,
)


@pytest.mark.parametrize(
    ("suffix", "cases", "expected"),
    [
        ("ın", ("gen",), True),  # Fidan'ın
        ("nin", ("gen",), True),  # ABD'nin: no harmony with the acronym's letters
        ("dan", ("abl",), True),  # Roma'dan
        ("ten", ("abl",), True),  # Paris'ten
        ("nden", ("abl",), True),  # Kurulu'nden
        ("de", ("abl",), False),
        ("ya", ("dat", "loc", "abl"), True),  # Ankara'ya
        ("na", ("dat",), True),  # Kurulu'na: the n after a possessive
        ("ta", ("dat", "loc", "abl"), True),
        ("ın", ("dat", "loc", "abl"), False),
        ("", ("dat", "loc", "abl"), False),
    ],
)
def test_an_apostrophe_suffix_spells_a_case_by_its_letters(suffix, cases, expected):
    assert spells_case(suffix, *cases) is expected


@pytest.mark.parametrize(("suffix", "expected"), [("de", True), ("deki", True), ("ndaki", True), ("ki", False)])
def test_a_locative_may_carry_the_relative_ki(suffix, expected):
    assert spells_case(suffix, "loc", relative=True) is expected


@pytest.mark.parametrize(
    ("word", "expected"), [("görüşmede", True), ("toplantıdan", True), ("başkanlığında", True), ("görüşme", False)]
)
def test_a_word_ending_in_a_locative_or_ablative(word, expected):
    assert ends_in(word, "loc", "abl") is expected


@pytest.mark.parametrize(
    ("word", "stem"),
    [("kabulde", "kabul"), ("toplantısına", "toplantısı"), ("kabulün", "kabul"), ("kabul", "kabul")],
)
def test_a_case_ending_comes_off_a_word_the_stemmer_did_not_know(word, stem):
    assert without_ending(word, "loc", "abl", "loc_ki", "dat", "gen", "ins") == stem


def test_apostrophes_around_a_suffix():
    text = "Bakan Fidan'ın açıklaması"
    assert before_apostrophe(text, text.index("'"))
    assert after_apostrophe(text, text.index("ın"))
    assert not after_apostrophe(text, 0)
    assert not before_apostrophe(text, len(text))


def test_the_sentence_around_an_offset_ends_before_its_full_stop():
    text = "Heyet Roma'ya gitti. Bakan 5 milyon dolar verdi. Sonra döndü."
    offset = text.index("5 milyon")
    assert text[slice(*sentence_bounds(text, offset, offset + 1))].strip() == "Bakan 5 milyon dolar verdi"
    assert text[offset : sentence_end(text, offset)] == "5 milyon dolar verdi"


def test_a_sentence_read_for_its_year_also_ends_at_a_full_stop_without_a_space():
    text = "Toplantı 2025 yılında yapıldı.Ekim ayında yeniden toplanacak."
    assert sentence_at(text, text.index("ayında")) == "Ekim ayında yeniden toplanacak."


def test_ile_joins_two_sides_but_is_no_list_coordinator():
    assert "ile" in COORDINATORS and "ile" not in LIST_COORDINATORS
    assert {"ve", "veya"} <= LIST_COORDINATORS


@pytest.mark.parametrize(
    ("rest", "plural", "possessive"),
    [
        ("", None, None),  # Bakan
        ("lar", "lar", None),  # Bakanlar
        ("ı", None, "ı"),  # Bakanı
        ("sına", None, "sı"),  # Sekreterisine: the possessive with its dative
        ("dan", None, None),  # Bakandan
        ("ımız", None, "ı"),  # Bakanımız: "our minister", read as ı + mız
    ],
)
def test_what_follows_a_nouns_stem(rest, plural, possessive):
    reading = read_noun_tail(rest)
    assert (reading.group("plural"), reading.group("possessive")) == (plural, possessive)


@pytest.mark.parametrize("rest", ["lığı", "cı", "xyz"])
def test_letters_that_are_no_ending_of_a_nouns_stem(rest):
    assert read_noun_tail(rest) is None


@pytest.mark.parametrize(
    ("word", "expected"), [("müşaviri", True), ("sorumlusu", True), ("emekli", False), ("kurmay", False)]
)
def test_a_possessive_that_heads_a_phrase_is_no_adjectives_ending(word, expected):
    assert ends_in_head_possessive(word) is expected


@pytest.mark.parametrize(("rest", "expected"), [("lığı", True), ("lık", True), ("lar", False), ("ı", False)])
def test_the_abstract_lik_after_a_stem(rest, expected):
    assert begins_with_lik(rest) is expected


@pytest.mark.parametrize(
    ("letters", "expected"),
    [
        ("ın", True), ("luk", True), ("lığa", True), ("ya", True), ("ndan", True), ("ydu", True), ("dı", True),
        ("lıktı", True), ("dır", True), ("ken", True), ("yla", True), ("ları", True),
        ("vision", False), ("ıman", False), ("evu", False), ("ına", True),
    ],
)  # fmt: skip
def test_letters_after_a_noun_that_are_its_endings_to_the_end(letters, expected):
    assert spells_noun_endings(letters) is expected


@pytest.mark.parametrize(
    ("word", "bare"), [("doları", "dolar"), ("rublesi", "ruble"), ("frangı", "frang"), ("won", "won"), ("su", "su")]
)
def test_the_possessive_comes_off_a_compounds_last_word(word, bare):
    assert without_compound_possessive(word) == bare


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [("in", True), ("e", True), ("den", True), ("i", True), ("le", True), ("nin", False), ("un", False)],
)
def test_a_case_ending_after_a_plural(suffix, expected):
    assert spells_case_after_plural(suffix) is expected


@pytest.mark.parametrize(
    ("word", "names", "expected"),
    [
        ("merkezinde", ("case_after_possessive",), True),
        ("salonunun", ("case_after_possessive",), True),
        ("merkezde", ("case_after_possessive",), False),
        ("öncelikli", ("with",), True),
        ("önemli", ("with",), True),
        ("talebi", ("with",), False),
        ("müdürlüklerince", ("equ_after_possessive",), True),
        ("bakanlığınca", ("equ_after_possessive",), True),
        ("bakanlığına", ("equ_after_possessive",), False),
    ],
)
def test_word_final_endings_by_name(word, names, expected):
    assert ends_in(word, *names) is expected


@pytest.mark.parametrize(
    ("suffix", "expected"), [("üncü", True), ("inci", True), ("nci", True), ("ncı", True), ("de", False)]
)
def test_the_ordinal_suffix_after_a_number(suffix, expected):
    assert is_ordinal_suffix(suffix) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("Yardımcı", "Yardımcısı"), ("Başkan", "Başkanı"), ("Üye", "Üyesi"), ("Müdür", "Müdürü"), ("Sözcü", "Sözcüsü")],
)
def test_with_possessive_follows_vowel_harmony(word, expected):
    assert with_possessive(word) == expected


@pytest.mark.parametrize("plural, possessed", [("ları", True), ("lerine", True), ("lar", False), ("ler", False)])
def test_a_plural_carries_the_possessive_when_a_high_vowel_follows(plural, possessed):
    assert plural_is_possessed(plural) is possessed
