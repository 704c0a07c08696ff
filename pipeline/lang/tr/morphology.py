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
- ``is_clause_end`` and friends recognise verb forms that close a clause (finite verbs,
  ``-DIğInI`` complements, ``-ArAk`` converbs), which a noun phrase never contains.

Words are expected Turkish-folded (``pipeline.lang.tr.text.turkish_lower``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

BACK_VOWELS = "aıou"
FRONT_VOWELS = "eiöü"
VOWELS = BACK_VOWELS + FRONT_VOWELS
#: The four-way high vowel that follows each vowel (``ev-i``, ``kol-u``, ``göz-ü``, ``kız-ı``).
_HIGH_VOWEL_AFTER = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}
#: Consonants softened before a vowel-initial suffix, hardened again in keys (``süreci`` -> ``süreç``).
_HARDENED = {"ğ": "k", "c": "ç", "b": "p"}
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


def _realize(template: str, stem: str) -> tuple[str, ...]:
    """The surface forms of a suffix template after ``stem`` under vowel harmony."""
    vowel = last_vowel(stem)
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


def _all_forms(template: str) -> tuple[str, ...]:
    """Every surface form of a template, whatever the stem (candidates to check harmony on)."""
    forms = [""]
    for symbol in template:
        letters = {"A": "ae", "I": "ıiuü", "D": "dt"}.get(symbol, symbol)
        forms = [form + letter for form in forms for letter in letters]
    return tuple(forms)


def _stem_may_take(stem: str, template: str) -> bool:
    """Phonotactics of the suffix boundary.

    A vowel-initial suffix follows a consonant, a ``y``/``s``/``m`` buffer a vowel; the
    ``n`` of the accusative, dative, locative and ablative only follows a third-person
    possessive (``toplantısı-nda``), so a high vowel; ``-lA`` (written ``ile``) follows a
    consonant and ``-ki`` a locative or genitive (``Karadeniz'de-ki``).
    """
    if len(stem) < MIN_STEM or last_vowel(stem) is None:
        return False
    if len(template) == 1 and sum(char in VOWELS for char in stem) < 2:
        return False  # a lone vowel after one syllable is too often the word's own: doğu, doğa
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
    stems = []
    for template, form in _forms_by_last_letter(templates).get(word[-1:], ()):
        if len(form) < len(word) and word.endswith(form):
            stem = word[: -len(form)]
            if _stem_may_take(stem, template) and form in _realize(template, stem):
                stems.append(stem)
    return stems


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


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """Every stem reachable by peeling suffixes (the word itself included), softening undone."""
    seen = {word}
    frontier = [word]
    while frontier:
        for stem in strip_suffix(frontier.pop(), _ALL_SUFFIXES):
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
    return any(strip_suffix(stem, _THIRD_PERSON_POSSESSIVE) for stem in strip_suffix(word, ("nI",)))


def has_compound_head(word: str, plural: bool = False) -> bool:
    """Whether the word ends in a third-person possessive, with or without a case after it:
    the mark of the head of a compound (``güvenlik konuları``, ``konularının``); with
    ``plural``, only a plural head (``konuları``, not ``konusu``)."""
    candidates = [word, *strip_suffix(word, _ANY_CASE)]
    possessives = ("lArI",) if plural else _THIRD_PERSON_POSSESSIVE
    return any(strip_suffix(candidate, possessives) for candidate in candidates)


_FINITE_VERB = re.compile(
    r"(?:"
    r"[dt][ıiuü]l[ae]r"  # -DI past plural (görüştüler); a bare -DI is too often a noun's -I (ticareti)
    r"|[ıiuü]?yor(?:um|sun|uz|lar|du|muş)?"  # -Iyor present: yer alıyor
    r"|[ae]c[ae]k(?:t[ıi]r|lar|ler)?"  # -AcAk future: değerlendirilecek
    r"|m[ıiuü]ş(?:t[ıiuü]r?|lar|ler)?"  # -mIş: görüşmüş, yapmıştı
    r")$"
)
_COMPLEMENT = re.compile(r"(?:[dt][ıiuü]ğ|[dt][ıiuü]kl[ae]r|[ae]c[ae]ğ|[ae]c[ae]kl[ae]r)[ıiuü]n[ıiuüae]$")
_CONVERB = re.compile(r"[ae]r[ae]k$")
_NOMINALIZED = re.compile(r"(?:m[ae]s[ıi]|[ae]c[ae]ğ[ıi]|[dt][ıiuü]ğ[ıiuü])(?:n[ıiuüae]|n[ıi]n)?$")


def is_finite_verb(word: str) -> bool:
    """A finite verb form (only meaningful at the end of a clause: ``atılacak adımlar`` is a participle)."""
    return len(word) >= 5 and bool(_FINITE_VERB.search(word))


_PASSIVE_PARTICIPLE = re.compile(r"(?:[ıiuü][ln]|[ln])[ae]n$")


def is_passive_participle(word: str) -> bool:
    """``alınan``, ``düzenlenen``: a relative clause's verb, followed by the noun it describes."""
    return len(word) >= 5 and bool(_PASSIVE_PARTICIPLE.search(word))


#: The verb that closes a relative clause: -(y)An (``hedefleyen``, ``düzenlenen``), -AcAk
#: (``yapılacak``), -DIğI (``düzenlediği``), and in the first and second person plural
#: (``izleyeceğimiz``, ``yaptığınız``); -An only after y, l or n, where nouns rarely end
#: so (``Sudan``, ``liman`` are not participles).
_PARTICIPLE = re.compile(r"(?:y[ae]n|[ln][ae]n|[ae]c[ae]k|[dt][ıiuü]ğ[ıiuü]|(?:[dt][ıiuü]|[ae]c[ae])ğ[ıiuü][mn][ıiuü]z)$")


def is_participle(word: str) -> bool:
    """``düzenlenen``, ``hedefleyen``, ``yapılacak``, ``düzenlediği``, ``izleyeceğimiz``: a relative clause's verb."""
    return len(word) >= 5 and bool(_PARTICIPLE.search(word))


def is_complement_clause(word: str) -> bool:
    """``olduğunu``, ``olacağını``: the verb of an object clause, which closes it."""
    return bool(_COMPLEMENT.search(word))


def is_converb(word: str) -> bool:
    """``-ArAk`` adverbial verb forms (``vererek``, ``yaparak``)."""
    return len(word) >= 6 and bool(_CONVERB.search(word))


def is_nominalized_verb(word: str) -> bool:
    """``alınması``, ``alınacağını``: a verb turned into a noun, whose subject is in the genitive."""
    return bool(_NOMINALIZED.search(word))


def is_verbal_noun_of(word: str, verb_stems: frozenset[str]) -> bool:
    """``bulunması``, ``olması`` for the stems ``bulun``, ``ol``: the -mA/-mAk noun of one of these verbs."""
    match = re.match(r"^(.+?)m[ae](?:k|s[ıi])?(?:n[ıi]n?|n[ae])?$", word)
    return bool(match) and match.group(1) in verb_stems


def is_past_of(word: str, verb_stems: frozenset[str]) -> bool:
    """``yaptı``, ``etti``, ``belirttiler`` for the stems ``yap``, ``et``, ``belirt``: the -DI past of one of these verbs."""
    match = re.match(r"^(.+?)[dt][ıiuü](?:l[ae]r)?$", word)
    return bool(match) and match.group(1) in verb_stems


_VERBAL_NOUN_DATIVE = re.compile(r"m[ae]y[ae]$")
_RELATIVE_PARTICIPLE = re.compile(r"[dt][ıiuü](?:ğ|kl[ae]r)[ıiuü]$")


def is_verbal_noun_in_dative(word: str) -> bool:
    """``düşürmeye``, ``gelmeye``: the -mA verbal noun in the dative."""
    return bool(_VERBAL_NOUN_DATIVE.search(word))


def is_relative_participle(word: str) -> bool:
    """-DIğI, -DIklArI (``alındığı``, ``aldıkları``): a relative clause before a noun, a reported
    fact before a verb (``ele alındığı bildirildi``)."""
    return bool(_RELATIVE_PARTICIPLE.search(word))


#: a verb form at the end of a word (past, future, progressive, reported past), or the -DIğ
#: participle anywhere in it (``dağıtıldığını``)
_VERB_FORM = re.compile(r"(?:[dt][ıiuü]|[ae]c[ae]k|[ıiuü]yor|m[ıiuü]ş)$|[dt][ıiuü]ğ")


def has_verb_form(word: str) -> bool:
    """Whether the word shows a verb's tense or a -DIğ participle (``yaptı``, ``yapılacak``,
    ``dağıtıldığını``): a loose test, for telling a verb from the possessed noun it follows
    (``dolarlık ihracat yaptı``)."""
    return bool(_VERB_FORM.search(word))


#: -DI at the end of a word (``bildirildi``, ``söyledi``): loose, a noun's possessive ends so too
#: (``ticareti``); read as a verb where a verb is expected (right after -DIğI)
_PAST = re.compile(r"[dt][ıiuü]$")
#: -(y)ken after a tense (``bulunulurken``, ``görüşürken``; not ``gereken``)
_WHILE = re.compile(r"(?:[ıiuüae]r|yor|m[ıiuü]ş|[ae]c[ae]k|[dt][ıiuü]r)ken$")
#: the first person plural of a finite verb (``görüştük``, ``değerlendiriyoruz``, ``görüşeceğiz``)
_FIRST_PERSON_PLURAL = re.compile(r"(?:[dt][ıiuü]k|[ıiuü]yoruz|[ae]c[ae]ğ[ıi]z|m[ıiuü]şt[ıiuü]k)$")
#: -An after a consonant (``çıkan``, ``gelen``): a participle, or as often a noun's last letters
_AN_AFTER_CONSONANT = re.compile(r"[^aeıioöuü][ae]n$")
#: -DIğI / -AcAğI (and their plurals) with an optional case, no noun after them: the verb of a
#: content clause (``düşeceği``, ``kullanıldığını``)
_CLAUSE_VERB = re.compile(r"(?:[dt][ıiuü]ğ|[ae]c[ae]ğ|[dt][ıiuü]kl[ae]r|[ae]c[ae]kl[ae]r)[ıiuü](?:n[ıiuüae]|n[ıi]n)?$")


#: the passive past (``düzenlendi``, ``yapıldı``, ``gerçekleştirildi``): -Il/-In before -DI; long
#: enough that ``kendi``, ``efendi`` are not read so
_PASSIVE_PAST = re.compile(r"(?:[ıiuü][ln]|[ae]n|[ae]l)[dt][ıiuü]$")


def is_passive_past(word: str) -> bool:
    """``düzenlendi``, ``yapıldı``: a finite passive verb in the past (a noun in the possessive
    rarely ends in -ldI/-ndI after a vowel)."""
    return len(word) >= 7 and _PASSIVE_PAST.search(word) is not None


_IP_CONVERB = re.compile(r"[ıiuü]?p$")
_NEGATIVE_CLAUSE = re.compile(r"m[ae](?:d[ıiuü]ğ|d[ıiuü]kl[ae]r|y[ae]c[ae]ğ|z)")


def is_whether_pair(first: str, second: str) -> bool:
    """``görüşülüp görüşülmeyeceği``, ``edip etmediği``: a verb in -Ip and its negative,
    "whether or not" (the stems compared on the first letter, as ``ed-``/``et-`` soften)."""
    return (
        len(first) >= 4
        and _IP_CONVERB.search(first) is not None
        and first[0] == second[0]
        and _NEGATIVE_CLAUSE.search(second) is not None
    )


def ends_in_past(word: str) -> bool:
    """Whether the word ends in -DI (a loose test: ``ticareti`` does too)."""
    return _PAST.search(word) is not None


def is_while_converb(word: str) -> bool:
    """``bulunulurken``, ``görüşürken``: the -(y)ken form of a verb, a clause of its own."""
    return _WHILE.search(word) is not None


def is_first_person_plural(word: str) -> bool:
    """``görüştük``, ``değerlendiriyoruz``: a verb whose subject is "we"."""
    return _FIRST_PERSON_PLURAL.search(word) is not None


def ends_in_an_after_consonant(word: str) -> bool:
    """``çıkan``, ``gelen``: -An after a consonant, a participle where a verb is expected
    (after the noun of a phrasal verb); alone, as often a noun (``liman``)."""
    return _AN_AFTER_CONSONANT.search(word) is not None


def is_clause_verb_form(word: str) -> bool:
    """``düşeceği``, ``kullanıldığını``: -DIğI or -AcAğI (plural, case optional), the verb of a
    content clause (also ``gelecek``'s forms: callers set such nouns aside)."""
    return _CLAUSE_VERB.search(word) is not None


#: bu, şu, o under a case, in the plural or not, with the pronominal n (``bunu``, ``onları``,
#: ``şunlardan``, ``onun``); not a noun that starts so (``bunalım``, ``onay``)
_DEMONSTRATIVE_PRONOUN = re.compile(r"^(?:bu|şu|o)(?:nlar|n)(?:[ıiu]n|[ıiua]|d[ae]n?|l[ae])?$")


def is_demonstrative_pronoun(word: str) -> bool:
    """Whether the word is an inflected demonstrative pronoun (``bunu``, ``onları``, ``onun``)."""
    return bool(_DEMONSTRATIVE_PRONOUN.match(word))
