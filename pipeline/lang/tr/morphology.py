"""A small Turkish suffix stripper: matching keys for inflected nouns, case endings, clause ends.

No statistical analyser is available offline, so this module knows just enough Turkish
nominal morphology to compare words on their stems:

- ``match_key`` (and ``Stemmer.key``, which prefers the stems of known words) peels inflectional suffixes (plural, possessive, case, ``-ki``) as long as
  vowel harmony and the buffer consonants allow, and returns the shortest stem it reaches,
  with a final softened consonant hardened again (``güvenliğine`` -> ``güvenlik``). It
  over-strips on purpose (``enerji`` -> ``enerj``): the key is only ever compared with
  other keys, so ``düzensiz göçle`` and ``düzensiz göç`` meet, and so do ``sınır
  yönetimi`` and ``sınır yönetiminin``. Derivational suffixes (``-lik``, ``-leş``,
  ``-sel``) are kept: ``gençlik`` is not ``genç``.
- ``case_suffix_length`` finds a given case ending at the end of a word, for trimming a
  list item to its nominative form (``güvenliğine`` -> ``güvenliği``).
- ``is_finite_verb`` and friends (``verb_forms``) recognise verb forms that close a clause
  (finite verbs, ``-DIğInI`` complements, ``-ArAk`` converbs), which a noun phrase never contains.

Words are expected Turkish-folded (``pipeline.lang.tr.text.turkish_lower``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable

from pipeline.memo import Memo

BACK_VOWELS = "aıou"
FRONT_VOWELS = "eiöü"
VOWELS = BACK_VOWELS + FRONT_VOWELS
#: The four-way high vowel that follows each vowel (``ev-i``, ``kol-u``, ``göz-ü``, ``kız-ı``).
_HIGH_VOWEL_AFTER = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}
#: A stem's last consonant softened before a vowel-initial suffix -> its hard spelling at the stem's
#: end (``birliği`` -> ``birlik``, ``kanadı`` -> ``kanat``, ``süreci`` -> ``süreç``).
SOFTENED_TO_HARD = {"ğ": "k", "d": "t", "b": "p", "c": "ç"}
#: the ones hardened again in keys: a final ``d`` is as often the stem's own (``ad``, ``milad``)
_HARDENED = {soft: hard for soft, hard in SOFTENED_TO_HARD.items() if soft != "d"}
MIN_STEM = 3  # shorter stems are guesses: gıda is not gı-da, Sudan not su-dan

#: Suffix templates: ``A`` is the two-way vowel (a/e), ``I`` the four-way one (ı/i/u/ü),
#: ``D`` is d or t. The first letter says what the stem must end in: a vowel-initial suffix
#: follows a consonant, a ``y``/``n``/``s`` buffer follows a vowel.
_PLURAL = ("lAr",)
_POSSESSIVE = ("I", "sI", "In", "ImIz", "mIz", "lArI")  # -Im and -(I)nIz left out: yönetim, deniz
_CASES = {
    "gen": ("In", "nIn"),
    "acc": ("I", "yI", "nI"),
    "dat": ("A", "yA", "nA"),
    "loc": ("DA", "nDA"),
    "abl": ("DAn", "nDAn"),
    "ins": ("lA", "ylA"),
}
_RELATIVE = ("ki",)
_ALL_SUFFIXES = tuple(dict.fromkeys(_PLURAL + _POSSESSIVE + sum(_CASES.values(), ()) + _RELATIVE))


def last_vowel(word: str) -> str | None:
    for char in reversed(word):
        if char in VOWELS:
            return char
    return None


def high_vowel_after(vowel: str) -> str:
    """The high vowel a suffix takes after ``vowel`` (``ı`` after ``a``, ``ü`` after ``ö``)."""
    return _HIGH_VOWEL_AFTER[vowel]


def _realize(template: str, stem: str) -> tuple[str, ...]:
    """The surface forms of a suffix template after ``stem`` under vowel harmony."""
    return _realized(template, last_vowel(stem))


@lru_cache(maxsize=None)  # a few templates times the eight vowels
def _realized(template: str, vowel: str | None) -> tuple[str, ...]:
    """``_realize`` after a stem whose last vowel is ``vowel``: it depends on nothing else."""
    if vowel is None:
        return ()
    forms = [""]
    for symbol in template:
        if symbol == "A":
            letters = "a" if vowel in BACK_VOWELS else "e"
        elif symbol == "I":
            letters = _HIGH_VOWEL_AFTER[vowel]
        elif symbol == "D":
            letters = "dt"
        else:
            letters = symbol
        forms = [form + letter for form in forms for letter in letters]
        if symbol in "AI":
            vowel = letters  # harmony continues from the suffix's own vowel
    return tuple(forms)


#: After these a suffix's ``D`` is written ``t`` (``mayısta``, ``ağustostan``).
VOICELESS = "fstkçşhp"


def suffix_after(stem: str, template: str) -> str:
    """The one form a suffix template takes after ``stem``: ``A``/``I`` by vowel harmony, ``D`` as
    ``t`` after a voiceless consonant (``mayıs`` + ``DA`` -> ``ta``, ``eylül`` + ``DAn`` -> ``den``);
    "" after a stem without a vowel. (``_realize`` gives every form of ``D``: it recognizes.)"""
    written = "t" if stem[-1:] in VOICELESS else "d"
    for form in _realize(template, stem):
        if all(letter == written for letter, symbol in zip(form, template) if symbol == "D"):
            return form
    return ""


def _all_forms(template: str) -> tuple[str, ...]:
    """Every surface form of a template, whatever the stem (candidates to check harmony on)."""
    forms = [""]
    for symbol in template:
        letters = {"A": "ae", "I": "ıiuü", "D": "dt"}.get(symbol, symbol)
        forms = [form + letter for form in forms for letter in letters]
    return tuple(forms)


@lru_cache(maxsize=None)
def _one_syllable_nouns() -> frozenset[str]:
    from pipeline.resources import read_words  # the word list of data/, read once on first use

    return frozenset(read_words("one_syllable_nouns.tsv"))


def _stem_may_take(stem: str, template: str) -> bool:
    """Phonotactics of the suffix boundary.

    A vowel-initial suffix follows a consonant, a ``y``/``s``/``m`` buffer a vowel; the
    ``n`` of the accusative, dative, locative and ablative only follows a third-person
    possessive (``toplantısı-nda``), so a high vowel; ``-lA`` (written ``ile``) follows a
    consonant and ``-ki`` a locative or genitive (``Karadeniz'de-ki``).
    """
    if len(stem) < MIN_STEM or last_vowel(stem) is None:
        return False
    return _boundary_fits(stem, template)


def _boundary_fits(stem: str, template: str) -> bool:
    """``_stem_may_take`` of a stem of at least ``MIN_STEM`` letters with a vowel."""
    if len(template) == 1 and sum(char in VOWELS for char in stem) < 2:
        # a lone vowel after one syllable is too often the word's own (doğu, doğa), but for the
        # listed nouns (krizi, göçü, planı: data/one_syllable_nouns.tsv)
        return stem in _one_syllable_nouns() or stem[-1:] == stem[-2:-1] and stem[:-1] in _one_syllable_nouns()
    ends_in_vowel = stem[-1] in VOWELS
    if template[0] in "AI" or template == "lA":
        return not ends_in_vowel
    if template in ("nI", "nA", "nDA", "nDAn"):
        return stem[-1] in "ıiuü"
    if template[0] in "ynsm":
        return ends_in_vowel
    if template == "ki":
        return stem.endswith(("da", "de", "ta", "te", "n"))
    return True


def strip_suffix(word: str, templates: tuple[str, ...]) -> list[str]:
    """Every stem left by removing one suffix of ``templates`` from the end of ``word``."""
    return list(_stripped[word, templates])


def _strip_suffix(key: tuple[str, tuple[str, ...]]) -> tuple[str, ...]:
    word, templates = key
    stems = []
    for template, form in _forms_by_last_letter(templates).get(word[-1:], ()):
        if len(form) < len(word) and word.endswith(form):
            stem = word[: -len(form)]
            if _stem_may_take(stem, template) and form in _realize(template, stem):
                stems.append(stem)
                if len(template) == 1 and stem[-1:] == stem[-2:-1] and stem[:-1] in _one_syllable_nouns():
                    stems.append(stem[:-1])  # "zammı": the noun "zam", its consonant doubled before the vowel
    return tuple(stems)


#: (word, templates) -> the stems ``strip_suffix`` leaves, for up to 200,000 of them: the
#: stem keys, cases and possessives of the stages ask of the same word forms again and again
_stripped = Memo(_strip_suffix, 200_000)


_FORMS = {template: _all_forms(template) for template in _ALL_SUFFIXES}


@lru_cache(maxsize=None)
def _forms_by_last_letter(templates: tuple[str, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """(template, form) of every form of ``templates``, in their order, by the form's last
    letter: a word is only compared with the forms it can end in (start-up, stem look-ups)."""
    by_letter: dict[str, list[tuple[str, str]]] = {}
    for template in templates:
        for form in _FORMS[template]:
            by_letter.setdefault(form[-1], []).append((template, form))
    return {letter: tuple(pairs) for letter, pairs in by_letter.items()}


#: every form of every suffix template -> (template, the last vowels of the stems that take the
#: form in it) of each template written so: peeling the suffixes off a new word looks up its last
#: letters (a few look-ups) and reads each stem's last vowel once, where ``strip_suffix`` compares
#: the word with each form ending in its letter and reads the stem's vowels for each
_READINGS_OF_FORM: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
for _template in _ALL_SUFFIXES:
    for _form in _FORMS[_template]:
        _vowels = frozenset(vowel for vowel in VOWELS if _form in _realized(_template, vowel))
        _READINGS_OF_FORM[_form] = (*_READINGS_OF_FORM.get(_form, ()), (_template, _vowels))
_FORM_LENGTHS = sorted({len(form) for form in _READINGS_OF_FORM})


def _peeled(word: str) -> tuple[str, ...]:
    """The stems ``strip_suffix(word, _ALL_SUFFIXES)`` leaves (as a set: in another order)."""
    peeled = []
    for length in _FORM_LENGTHS:
        if length > len(word) - MIN_STEM:
            break  # the stem would be too short
        readings = _READINGS_OF_FORM.get(word[-length:])
        if readings is None:
            continue
        stem = word[:-length]
        vowel = last_vowel(stem)
        if vowel is not None and any(
            vowel in vowels and _boundary_fits(stem, template) for template, vowels in readings
        ):
            peeled.append(stem)
    return tuple(peeled)


#: word -> ``_peeled(word)``, for up to 200,000 words: every new word of an article is peeled
_peeled_stems = Memo(_peeled, 200_000)


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """Every stem reachable by peeling suffixes (the word itself included), softening undone."""
    seen = {word}
    frontier = [word]
    while frontier:
        for stem in _peeled_stems[frontier.pop()]:
            if stem not in seen:
                seen.add(stem)
                frontier.append(stem)
    return frozenset(stem[:-1] + _HARDENED[stem[-1]] if stem[-1] in _HARDENED else stem for stem in seen)


def match_key(word: str) -> str:
    """The comparison key of a folded word: its shortest stem."""
    return min(stems(word), key=lambda stem: (len(stem), stem))


class Stemmer:
    """Stem keys that prefer a known word where a form has two readings: with ``bakan``
    known, ``bakanın`` is ``bakan-ın`` and not ``baka-nın``."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        self.known = frozenset(match_key(word) for word in vocabulary)
        #: ``key(word)``, asked of every word of every article: a memo that fills itself, so a
        #: word seen before costs no Python call
        self.key: Callable[[str], str] = _KeyMemo(self.known).__getitem__


class _KeyMemo(dict):
    """Word form -> its stem key under a ``Stemmer``'s known words, filled on first use."""

    def __init__(self, known: frozenset[str]) -> None:
        super().__init__()
        self.known = known

    def __missing__(self, word: str) -> str:
        candidates = stems(word) & self.known
        key = self[word] = max(candidates, key=lambda stem: (len(stem), stem)) if candidates else match_key(word)
        return key


def ends_softened(stem: str) -> bool:
    """Whether a stem ends in a consonant softened before a vowel (``balıkçılığ``, ``süreç`` as
    ``sürec``): without its suffix it is no word as written."""
    return stem[-1:] in _HARDENED


def case_suffix_length(word: str, case: str) -> int:
    """Length of the ``case`` ending (``gen``, ``acc``, ``dat``, ...) at the end of ``word``; 0 if none."""
    stems = strip_suffix(word, _CASES[case])
    # the longest ending that fits: after a possessive the case takes its n (yenilenmesi-nin)
    return len(word) - len(min(stems, key=len)) if stems else 0


def case_after(stem: str, suffix: str) -> str:
    """The case (``gen``, ``acc``, ``dat``, ``loc``, ``abl``, ``ins``) that ``suffix`` spells after
    ``stem`` (``fidan`` + ``ın``: ``gen``), or "" when it spells none (``deki``)."""
    word = stem + suffix
    return next((case for case, templates in _CASES.items() if stem in strip_suffix(word, templates)), "")


def has_case(word: str, case: str) -> bool:
    """Whether ``case`` is the word's most likely case: the one with the longest ending, so
    that ``üzerinde`` is a locative and not ``üzerind-e``."""
    return case in _likely_cases(word)


@lru_cache(maxsize=65536)  # the topic stage asks several cases of the same words
def _likely_cases(word: str) -> frozenset[str]:
    lengths = {name: case_suffix_length(word, name) for name in _CASES}
    longest = max(lengths.values())
    return frozenset(name for name, length in lengths.items() if length == longest) if longest > 0 else frozenset()


_THIRD_PERSON_POSSESSIVE = ("I", "sI", "lArI")
_ANY_CASE = sum(_CASES.values(), ())


def is_unmistakable_accusative(word: str) -> bool:
    """An accusative that no nominative word can be read as: ``-yI`` after a vowel
    (``mücadeleyi``), ``-nI`` after a third-person possessive (``birliğini``, ``ekonomisini``);
    not a bare ``-I`` (``sorunu`` may be ``sorun-u``, ``kıyı`` is a word of its own)."""
    if strip_suffix(word, ("yI",)):
        return True
    return any(
        strip_suffix(stem, _THIRD_PERSON_POSSESSIVE) or _drops_vowel_before_possessive(stem)
        for stem in strip_suffix(word, ("nI",))
    )


def _drops_vowel_before_possessive(word: str) -> bool:
    """``hacmi``, ``şehri``, ``ağzı``, ``ismi``, ``kaybı``: a one-syllable stem ending in two
    consonants, then a high vowel: a noun that loses its last vowel before the possessive
    (``hacim``, ``şehir``), which the lone-vowel rule of ``strip_suffix`` does not read."""
    stem = word[:-1]
    return (
        word[-1:] in "ıiuü" and len(stem) >= MIN_STEM and sum(char in VOWELS for char in stem) == 1
        and stem[-1] not in VOWELS and stem[-2] not in VOWELS
    )  # no harmony check: the loans among them keep a front vowel after a back one (hacmi)


def has_compound_head(word: str, plural: bool = False) -> bool:
    """Whether the word ends in a third-person possessive, with or without a case after it:
    the mark of the head of a compound (``güvenlik konuları``, ``konularının``); with
    ``plural``, only a plural head (``konuları``, not ``konusu``)."""
    candidates = [word, *strip_suffix(word, _ANY_CASE)]
    possessives = ("lArI",) if plural else _THIRD_PERSON_POSSESSIVE
    return any(strip_suffix(candidate, possessives) for candidate in candidates)


# the clause-end predicates live in verb_forms; they are still imported from here
from pipeline.lang.tr.verb_forms import (  # noqa: E402,F401
    is_finite_verb, is_denominal_past, is_passive_participle, is_participle, is_complement_clause, is_converb,
    is_nominalized_verb, is_verbal_noun_of, is_past_of, is_verbal_noun_in_dative, is_relative_participle,
    has_verb_form, is_passive_past, is_whether_pair, ends_in_past, is_while_converb, is_first_person_plural,
    ends_in_an_after_consonant, is_clause_verb_form, is_demonstrative_pronoun,
)
