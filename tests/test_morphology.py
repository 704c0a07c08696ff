import pytest

from pipeline.lang.tr.after_stem import spells_verb_ending
from pipeline.lang.tr.morphology import (
    _ALL_SUFFIXES,
    Stemmer,
    _peeled,
    case_suffix_length,
    ends_in_an_after_consonant,
    ends_in_past,
    has_case,
    has_compound_head,
    is_clause_verb_form,
    is_demonstrative_pronoun,
    is_first_person_plural,
    is_participle,
    is_unmistakable_accusative,
    is_while_converb,
    match_key,
    strip_suffix,
    suffix_after,
)


def test_inflected_forms_share_the_key_of_their_noun():
    assert match_key("göçle") == match_key("göç") == match_key("göçün")


def test_a_compound_head_shares_its_key_with_its_inflections():
    assert match_key("yönetimi") == match_key("yönetiminin") == match_key("yönetimine")


def test_softened_consonants_are_hardened_in_the_key():
    assert match_key("güvenliğine") == match_key("güvenlik")
    assert match_key("süreçlerinde") == match_key("süreci")


def test_derivational_suffixes_are_kept():
    assert match_key("gençlik") != match_key("genç")


def test_vowel_harmony_rules_out_false_suffixes():
    assert match_key("sanayi") == match_key("sanayisi") == "sanayi"


def test_case_ending_after_a_possessive_takes_its_n():
    assert case_suffix_length("yenilenmesinin", "gen") == 3
    assert case_suffix_length("güvenliğine", "dat") == 2


def test_the_longest_case_ending_decides_the_case():
    assert has_case("üzerinde", "loc") and not has_case("üzerinde", "dat")


def test_a_possessive_marks_the_head_of_a_compound():
    assert has_compound_head("konularının") and not has_compound_head("konular")


def test_a_known_word_decides_between_two_readings():
    assert match_key("bakanın") != match_key("bakan")  # baka-nın, as far as suffixes tell
    assert Stemmer(["bakan"]).key("bakanın") == Stemmer(["bakan"]).key("bakan")


def test_a_lone_vowel_after_one_syllable_is_part_of_the_word():
    assert match_key("doğu") != match_key("doğa")


def test_an_accusative_is_read_only_where_no_nominative_fits():
    assert is_unmistakable_accusative("tedarikini")
    assert is_unmistakable_accusative("mücadeleyi")
    assert not is_unmistakable_accusative("sorunu") and not is_unmistakable_accusative("kıyı")


@pytest.mark.parametrize("word, accusative", [
    ("hacmini", True),  # hacim -> hacmi -> hacmini: the vowel dropped before the possessive
    ("şehrini", True),
    ("ağzını", True),
    ("ismini", True),
    ("kaybını", True),
    ("hacmi", False),  # the possessive alone: no case
    ("kıyını", False),  # a vowel before -nI, no dropped one: kıyı is a word of its own
])
def test_a_dropped_vowel_noun_reads_as_accusative_before_ni(word: str, accusative: bool):
    assert is_unmistakable_accusative(word) is accusative


def test_participles_end_relative_clauses_but_names_in_an_do_not_look_like_them():
    assert is_participle("düzenlenen") and is_participle("hedefleyen") and is_participle("yapılacak")
    assert not is_participle("sudan") and not is_participle("liman")


def test_participles_in_the_first_and_second_person_plural_end_relative_clauses_too():
    assert is_participle("izleyeceğimiz") and is_participle("yaptığınız") and is_participle("görüştüğümüz")
    assert not is_participle("denizimiz")


@pytest.mark.parametrize(
    ("word", "reading", "expected"),
    [
        ("bildirildi", ends_in_past, True),
        ("söyledi", ends_in_past, True),
        ("söyledik", ends_in_past, False),
        ("bulunulurken", is_while_converb, True),
        ("görüşecekken", is_while_converb, True),
        ("gereken", is_while_converb, False),
        ("görüştük", is_first_person_plural, True),
        ("değerlendiriyoruz", is_first_person_plural, True),
        ("görüşeceğiz", is_first_person_plural, True),
        ("görüştü", is_first_person_plural, False),
        ("çıkan", ends_in_an_after_consonant, True),
        ("gelen", ends_in_an_after_consonant, True),
        ("söyleyen", ends_in_an_after_consonant, True),
        ("kuaen", ends_in_an_after_consonant, False),
        ("düşeceği", is_clause_verb_form, True),
        ("kullanıldığını", is_clause_verb_form, True),
        ("yaptıklarının", is_clause_verb_form, True),
        ("kullanıldı", is_clause_verb_form, False),
    ],
)
def test_verb_forms_read_from_the_end_of_a_word(word, reading, expected):
    assert reading(word) is expected


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        ("üyor", True),  # görüş|üyor
        ("tüler", True),  # görüş|tüler
        ("ecek", True),  # görüş|ecek
        ("müştü", True),  # görüş|müştü
        ("ürler", True),  # görüş|ürler
        ("mek", True),  # görüş|mek
        ("üp", True),  # görüş|üp
        ("ü", False),  # görüş|ü: the noun, an opinion
        ("ler", False),  # görüş|ler
        ("te", False),  # görüş|te
        ("meler", False),  # görüş|meler: the noun, talks
    ],
)
def test_a_verb_ending_after_a_stem_that_is_also_a_noun(suffix, expected):
    assert spells_verb_ending(suffix) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("bunu", True), ("onları", True), ("şunlardan", True), ("onun", True), ("bunalım", False), ("onay", False)],
)
def test_demonstrative_pronouns_under_a_case(word, expected):
    assert is_demonstrative_pronoun(word) is expected


@pytest.mark.parametrize(
    ("stem", "template", "form"),
    [
        ("mayıs", "DA", "ta"),  # voiceless s: the D is written t
        ("ağustos", "DAn", "tan"),
        ("eylül", "DAn", "den"),  # front vowel, voiced l
        ("haziran", "DAki", "daki"),
        ("mart", "A", "a"),
        ("bu hafta", "DA", "da"),  # the last word of a phrase takes it
    ],
)
def test_a_suffix_takes_one_form_after_a_stem(stem, template, form):
    assert suffix_after(stem, template) == form



@pytest.mark.parametrize(
    "word",
    ["güvenliğine", "toplantısında", "bakanlarının", "evdeki", "enerjisiyle", "kurullarından", "kapıya", "ki", "su"],
)
def test_peeling_by_the_last_letters_leaves_the_stems_every_suffix_form_leaves(word):
    """The stem keys peel suffixes by looking up the word's last letters: the same stems as
    comparing the word with every form of every suffix."""
    assert set(_peeled(word)) == set(strip_suffix(word, _ALL_SUFFIXES))
