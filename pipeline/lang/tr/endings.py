"""Case endings read from their letters alone, without the stem.

``morphology.case_after`` reads a suffix after a known stem and checks vowel harmony and the
buffer consonants against it. A suffix written after an apostrophe often follows a stem that
harmony says nothing about (``ABD'nin``: the letters are read ``a-be-de``; ``Biden'a``,
``Macron'dan``), so the stages read those suffixes by their letters: any vowel of the right
height, the buffer consonant optional. The same readings, at the end of a word, are a loose
test for a case ending written without an apostrophe (``Görüşmede``).

    spells_case("nın", "gen")                    # True  (ABD'nin, Fidan'ın)
    spells_case("deki", "loc", relative=True)    # True  (Saraçhane'deki)
    ends_in("toplantıda", "loc", "abl")          # True
    ends_in("planı", "poss3")                    # True

``ENDINGS`` adds the other nominal endings the stages read this way (plural, possessives,
``-lIk``); ``is_compound_head`` reads a possessive or plural that makes a word the head of a
named thing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.tr.morphology import VOWELS, high_vowel_after, last_vowel

HIGH_VOWELS = "ıiuü"
_HIGH = f"[{HIGH_VOWELS}]"  # the four-way vowel
_LOW = "[ae]"  # the two-way vowel
_D = "[dt]"  # d, or t after a voiceless consonant

#: each case's ending as letters, with its buffer consonant (``n`` after a possessive, ``y``
#: after a vowel) optional: ``Fidan'ın`` and ``Ankara'nın``, ``Roma'ya``, ``Paris'e`` and
#: ``Kurulu'na``
CASE_ENDINGS = {
    "gen": f"n?{_HIGH}n",
    "dat": f"[yn]?{_LOW}",
    "loc": f"n?{_D}{_LOW}",
    "abl": f"n?{_D}{_LOW}n",
}
#: ``-ki`` after a locative makes it an adjective (``Saraçhane'deki``)
RELATIVE = "ki"
#: the case endings and the other nominal endings, by name
ENDINGS = {
    **CASE_ENDINGS,
    "ins": f"y?l{_LOW}",  # ile written as a suffix: ``dolarla``, ``Roma'yla``
    "loc_ki": f"n?{_D}{_LOW}{RELATIVE}",  # ``Ankara'daki``
    "loc_after_possessive": f"nd{_LOW}",  # ``toplantısında``: the n shows a possessive before it
    "abl_after_possessive": f"nd{_LOW}n",
    "equ_after_possessive": f"{_HIGH}nc{_LOW}",  # ``Müdürlüğünce``, ``Bakanlıklarınca``: by the body
    "plural": f"l{_LOW}r",
    "poss3": f"s?{_HIGH}",  # ``planı``, ``ekonomisi``
    "poss3_plural": f"l{_LOW}r{_HIGH}",  # ``Savaşları``
    "poss1": f"{_HIGH}?m",  # ``mevkidaşım``: a loose test, as ``yönetim`` ends so too
    "poss1_plural": f"{_HIGH}?m{_HIGH}z",  # ``ülkemiz``
    "poss2_plural": f"{_HIGH}?n{_HIGH}z",
    "attributive": f"l{_HIGH}k",  # ``-lık``: ``5 milyar dolarlık``
    "vowel_dative": f"[yn]{_LOW}",  # a dative whose buffer shows it: ``ödemeye``, ``yatırıma``
    "adjective": f"s{_LOW}l",  # ``-sAl``: ``küresel``, ``bölgesel``
    "with": f"l{_HIGH}",  # ``-lI``: ``öncelikli``, ``önemli`` end like a possessive
    "without": f"s{_HIGH}z",  # ``-sIz``: ``acımasız``, ``güvensiz``
    # a possessive, its ``n`` and a locative, ablative or genitive: ``Merkezinde``, ``Salonunun``
    "case_after_possessive": f"{_HIGH}n(?:{_D}{_LOW}n?|{_HIGH}n)",
}
POSSESSIVES = ("poss3", "poss3_plural", "poss1_plural", "poss2_plural")


@lru_cache(maxsize=None)
def _pattern(cases: tuple[str, ...], relative: bool) -> re.Pattern[str]:
    alternatives = "|".join(CASE_ENDINGS[case] for case in cases)
    return re.compile(f"(?:{alternatives})" + (f"(?:{RELATIVE})?" if relative else ""))


def spells_case(suffix: str, *cases: str, relative: bool = False) -> bool:
    """Whether the whole ``suffix`` (folded, as written after an apostrophe) is an ending of one
    of ``cases``; with ``relative``, also followed by ``-ki``."""
    return _pattern(cases, relative).fullmatch(suffix) is not None


@lru_cache(maxsize=None)
def _final_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(ENDINGS[name] for name in names)})$")


def ends_in(word: str, *names: str) -> bool:
    """Whether the folded ``word`` ends in the letters of one of the ``ENDINGS`` ``names``
    (a loose test: ``Kanada`` ends in ``da`` too; callers ask it of words they know are no names)."""
    return _final_pattern(names).search(word) is not None


@lru_cache(maxsize=65536)  # asked of the same words many times (topic words of several kinds)
def without_ending(word: str, *names: str) -> str:
    """The folded ``word`` without the longest of the ``ENDINGS`` ``names`` it ends in (the
    ending that starts leftmost); the word itself when it ends in none."""
    match = _final_pattern(names).search(word)
    return word[: match.start()] if match else word


def spells(suffix: str, name: str) -> bool:
    """Whether the whole ``suffix`` is the ending ``name`` of ``ENDINGS`` (``lık``: ``attributive``)."""
    return _pattern_of(name).fullmatch(suffix) is not None


@lru_cache(maxsize=None)
def _pattern_of(name: str) -> re.Pattern[str]:
    return re.compile(ENDINGS[name])


#: ``-lIğI`` with an optional case after it (``Yardımcılığı``, ``Başkanlığında``): an office or a body
_ABSTRACT_POSSESSIVE = re.compile(rf"l{_HIGH}ğ{_HIGH}(?:n{_D}{_LOW}n?|n{_HIGH}n|n{_LOW}|n{_HIGH})?$")
MIN_COMPOUND_HEAD = 7  # shorter words with these endings are as often names (``Ordu``, ``Nobu``)


def is_compound_head(folded: str) -> bool:
    """A long capitalized word with a possessive or plural written without an apostrophe is the
    head of a named thing (``Kilisesi``, ``Savaşları``, ``Başkanlığı``), never part of a person's
    name, since names take their suffixes after an apostrophe."""
    if len(folded) < MIN_COMPOUND_HEAD:
        return False
    if _ABSTRACT_POSSESSIVE.search(folded):
        return True  # ``Yardımcılığı``, ``Başkanlığı``: an office or a body, never a name
    if folded.endswith(("ları", "leri")):
        return not folded.endswith("oğulları")  # ``Hatimoğulları``: "sons of", a family name
    # the possessive ``-sı`` follows a vowel (``Kilise-si``) and takes its harmony (``Köprü-sü``;
    # a stem's last vowel is its last letter, so loanwords keep it too): ``Nobumitsu``, ``Hiroyasu``
    # are foreign names
    return folded.endswith(("sı", "si", "su", "sü")) and folded[-3] in VOWELS \
        and high_vowel_after(folded[-3]) == folded[-1]


#: what may follow a noun's stem to the end of its word: plural (and anything after it) |
#: possessive, optionally with a case (or ``-ylA``, ``-mIz``) | a bare case | ``-(I)m(Iz)``
#: (``Bakanım``, ``Bakanımız``: "my/our minister")
_NOUN_TAIL = re.compile(
    rf"^(?:(?P<plural>l{_LOW}r.*)"
    rf"|(?P<possessive>s?{_HIGH})(?:n(?:{_HIGH}n|{_LOW}|{_HIGH}|d{_LOW}n?|c{_LOW})|yl{_LOW}|m{_HIGH}z.*)?"
    rf"|(?:{_HIGH}n|{_LOW}|{_D}{_LOW}n?|l{_LOW}|c{_LOW}|{_HIGH}?m(?:{_HIGH}z.*)?))?$"
)


#: what a possessive of the speaker leaves after the stem or the possessive (``Bakanım``, ``Bakanımız``)
_SPEAKERS_POSSESSIVE = re.compile(rf"{_HIGH}?m")


def speakers_possessive(tail: re.Match[str]) -> bool:
    """Whether a noun tail read by ``read_noun_tail`` is the speaker's possessive alone
    (``Yardımcımız``, ``Adayım``), with no third-person possessive before it."""
    return not tail.group("plural") and not tail.group("possessive") \
        and _SPEAKERS_POSSESSIVE.match(tail.group(0)) is not None


def tail_has_case(tail: re.Match[str]) -> bool:
    """Whether a singular noun tail read by ``read_noun_tail`` ends in a case (``Bakanının``,
    ``Bakana``, ``Bakanıyla``), not in the bare possessive (``Bakanı``) or the speaker's
    (``Bakanımız``)."""
    if tail.group("plural"):
        return False
    rest = tail.group(0)[len(tail.group("possessive") or "") :]
    return bool(rest) and _SPEAKERS_POSSESSIVE.match(rest) is None


def read_noun_tail(rest: str) -> re.Match[str] | None:
    """The reading of ``rest``, the folded letters after a noun's stem to the end of its word
    (``lar``, ``sı``, ``ına``, ``dan``, ``ımız``, ``""``): a match whose groups ``plural`` and
    ``possessive`` hold those endings when present; None when ``rest`` is no such ending
    (``Bakanlığı``: ``lığı`` after ``Bakan``)."""
    return _NOUN_TAIL.match(rest)


#: a third-person possessive not after ``l``, ``c``, ``ç``, ``s`` (``Müşaviri``, ``Sorumlusu``):
#: adjectives in ``-lI`` and ``-CI`` (``Emekli``) end so too
_HEAD_POSSESSIVE = re.compile(rf"(?<![lcçs])s?{_HIGH}$")


def ends_in_head_possessive(folded: str) -> bool:
    """Whether ``folded`` ends in a possessive that makes it the head of a phrase of its own
    (``Müşaviri``), not in the ``-lI`` or ``-CI`` of an adjective (``Emekli``)."""
    return _HEAD_POSSESSIVE.search(folded) is not None


#: ``-lIk``, its ``k`` softened to ``ğ`` before a vowel (``Cumhurbaşkanlığı``)
_ABSTRACT_START = re.compile(rf"^l{_HIGH}[kğ]")


def begins_with_lik(rest: str) -> bool:
    """Whether the letters after a stem begin with ``-lIk`` (``lığı``, ``lık``): the abstract
    noun, the body of an office (``Cumhurbaşkanlığı``)."""
    return _ABSTRACT_START.match(rest) is not None


#: one nominal ending as it is written on a noun without an apostrophe: -lIk (dolar|lık, lira|lığa),
#: plural, possessive or accusative (doları, euro|yu), dative, locative, ablative, genitive,
#: instrumental, -ki, and the copula (avro|ydu, dolar|dır, lira|ymış, dolar|ken)
_NOUN_ENDING = (
    rf"l{_HIGH}[kğ]|l{_LOW}r|[syn]?{_HIGH}|[yn]?{_LOW}|n?{_D}{_LOW}n?|n?{_HIGH}n|y?l{_LOW}|ki"
    rf"|y?{_D}{_HIGH}r?|y?m{_HIGH}ş|y?s{_LOW}|y?ken"
)
_NOUN_ENDINGS = re.compile(f"(?:{_NOUN_ENDING}){{1,4}}")


def spells_noun_endings(letters: str) -> bool:
    """Whether the folded ``letters`` written right after a noun are, to their end, a chain of
    nominal endings (``ın``, ``luk``, ``lığa``, ``ndan``, ``ydu``): not ``vision`` after ``Euro``,
    nor ``ıman`` after ``rand`` (a longer word that only begins with the noun's letters)."""
    return _NOUN_ENDINGS.fullmatch(letters) is not None


#: the possessive of a compound's last word, after at least three letters (dolar|ı, ruble|si)
_COMPOUND_POSSESSIVE = re.compile(rf"(?<=[^\W\d_]{{3}})(?:s?{_HIGH})$")


def without_compound_possessive(word: str) -> str:
    """``word`` without the possessive that marks it the head of a compound (``doları`` ->
    ``dolar``, ``rublesi`` -> ``ruble``); unchanged when it has none or is too short for one."""
    return _COMPOUND_POSSESSIVE.sub("", word)


#: a case ending right after the plural ``-lAr``: its vowel is ``ı`` or ``i`` by harmony with the
#: plural's (``Milletlerin``, ``Milletlere``, ``Milletlerden``, ``Milletlerle``)
_CASE_AFTER_PLURAL = re.compile(rf"^(?:[ıi]n|{_LOW}|{_D}{_LOW}n?|[ıi]|l{_LOW})$")


def spells_case_after_plural(suffix: str) -> bool:
    """Whether the whole ``suffix`` (written without an apostrophe) is a case ending as it
    follows a plural: genitive, dative, locative, ablative, accusative, ``-lA``."""
    return _CASE_AFTER_PLURAL.match(suffix) is not None


_HIGH_VOWEL_AFTER = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}
#: a plural that carries the third-person possessive (``Yardımcıları``, ``Üyeleri``)
_PLURAL_POSSESSIVE = re.compile(rf"^l{_LOW}r{_HIGH}")


def with_possessive(word: str) -> str:
    """``word`` (written in lowercase or title case) with the third-person possessive, by vowel
    harmony: ``Yardımcı`` -> ``Yardımcısı``, ``Başkan`` -> ``Başkanı``, ``Üye`` -> ``Üyesi``."""
    vowel = next((c for c in reversed(word) if c in _HIGH_VOWEL_AFTER), "a")
    return word + ("s" if word[-1:] in VOWELS else "") + _HIGH_VOWEL_AFTER[vowel]


def plural_is_possessed(plural: str) -> bool:
    """Whether a plural ending read after a stem carries the possessive (``ları``, ``lerine``)."""
    return _PLURAL_POSSESSIVE.match(plural) is not None


_BACK_VOWELS = "aıou"


def plural_of_possessed(folded: str) -> str | None:
    """The plural of a folded compound head in the third-person possessive, possessive kept:
    ``bakanlığı`` -> ``bakanlıkları``, ``belediyesi`` -> ``belediyeleri``, ``kurulu`` ->
    ``kurulları`` (the ``ğ`` a vowel softened is ``k`` again before ``-lAr``); None for a word
    with no such possessive. Stems whose vowel drops (``vakfı``, ``vakıfları``) are not undone."""
    if not ends_in(folded, "poss3") or len(folded) < 4:
        return None
    stem = folded[:-2] if folded[-2] == "s" and folded[-3] in VOWELS else folded[:-1]
    if stem.endswith("ğ"):
        stem = stem[:-1] + "k"
    vowel = next((c for c in reversed(stem) if c in VOWELS), "a")
    return stem + ("ları" if vowel in _BACK_VOWELS else "leri")


#: the conditional ``-sA`` after the aorist, its negative or the present (``düşerse``,
#: ``olursa``, ``gelmezse``, ``geliyorsa``), in harmony: a finite verb, never a name word
_CONDITIONAL_VERB = re.compile(r"(?:(?:[aıou]r|maz|yor)sa|(?:[eiöü]r|mez|yor)se)$")
#: shorter words with these letters are as often foreign names (``Morse``)
MIN_CONDITIONAL_VERB = 7


def is_conditional_verb(folded: str) -> bool:
    """``Düşerse`` (a film's name, ``Kral Düşerse``): a verb in the conditional."""
    return len(folded) >= MIN_CONDITIONAL_VERB and _CONDITIONAL_VERB.search(folded) is not None


#: the progressive or the future of a verb, with a plural or copula after it (``kazanacak``,
#: ``geliyor``, ``başlıyorlar``): no name ends so (``Kim Kazanacak?`` in a headline's capitals);
#: no verb stem ends in ``b``: ``-bacak`` is the noun ``bacak`` (``Karabacak``, ``Akbacak``: surnames)
_PROGRESSIVE_OR_FUTURE = re.compile(r"(?:[ıiuü]yor|[ae]yor|(?<!b)[ae]c[ae]k)(?:lar|ler|t[ıi]r|d[ıu])?$")


MIN_BARE_PAST = 5  #: ``Geldi``, ``Yendi``


def is_bare_past_verb(folded: str) -> bool:
    """``Kazandı``, ``Geldi``: a verb's past ``-DI`` in harmony with the stem's last vowel. Only a
    hint where a verb is expected (a title-case headline's last words): a noun's possessive after
    ``d`` or ``t`` looks the same (``Ahmedi``), which is why ``is_finite_verb`` leaves it out."""
    stem_vowel = last_vowel(folded[:-2])
    return len(folded) >= MIN_BARE_PAST and folded[-2] in "dt" and stem_vowel is not None \
        and high_vowel_after(stem_vowel) == folded[-1]


def is_progressive_or_future_verb(folded: str) -> bool:
    """``Kazanacak``, ``Geliyor``: a finite verb in the progressive or the future."""
    return len(folded) >= MIN_CONDITIONAL_VERB and _PROGRESSIVE_OR_FUTURE.search(folded) is not None


#: the conditional after any tense or a passive stem (``görüşülecekse``, ``ele alınırsa``,
#: ``görüşüldüyse``, ``görüşülse``): for a word already known to be a verb, so without the
#: harmony and length guards that keep names out of ``is_conditional_verb``
_CONDITIONAL_OF_A_VERB = re.compile(r"(?:[ae]c[ae]k|[ıiuüae]r|m[ıiuü]ş|[dt][ıiuü]y|[ıiuü][ln]|yor)s[ae]$")


def is_conditional_of_a_verb(folded: str) -> bool:
    """Whether a verb form ends in the conditional ``-sA``."""
    return _CONDITIONAL_OF_A_VERB.search(folded) is not None


#: the locative after a possessive (with its pronominal n) or a plural: ``ifadelerinde``,
#: ``doğrultusunda``, ``açıklamalarda``; not a bare -DA, which many nouns end in (``nokta``)
_MARKED_LOCATIVE = re.compile(rf"(?:l{_LOW}r|{_HIGH}n){_D}{_LOW}$")


def is_marked_locative(folded: str) -> bool:
    """``X'in ifadelerinde``, ``X hedefi doğrultusunda``: where or in line with what, never a noun phrase's head."""
    return len(folded) >= 6 and _MARKED_LOCATIVE.search(folded) is not None


#: converbs of manner besides -ArAk: -mAdAn ("kaybetmeden", without losing) and -ArcAsInA
#: ("anımsatırcasına", as if recalling)
_MANNER_CONVERB = re.compile(rf"(?:m{_LOW}{_D}{_LOW}n|(?:{_LOW}|{_HIGH})rc{_LOW}s{_HIGH}n{_LOW})$")


def is_manner_converb(folded: str) -> bool:
    """``kaybetmeden``, ``anımsatırcasına``: a converb saying how the main verb's action is done."""
    return len(folded) >= 7 and _MANNER_CONVERB.search(folded) is not None


#: the copula that closes a nominal predicate: the past ``-(y)DI`` and the evidential ``-(y)mIş``
#: after a vowel (``güvenliğiydi``, ``meselesiydi``: the buffer ``y`` tells it from a verb's past,
#: ``belirledi``) or a plural, and the present ``-DIr`` (``güvenliğidir``, ``dönüşümdür``)
_COPULA_AFTER_VOWEL = re.compile(
    rf"(?:(?<=[aeıioöuü])y{_D}{_HIGH}|(?<=[aeıioöuü])ym{_HIGH}ş|{_D}{_HIGH}r"
    # and the past after a plural (``gelişmelerdi``), not after an aorist's (``yaparlardı``: a verb)
    rf"|(?<=(?<![aeıioöuü]r)l[ae]r)[dt][ıi])$"
)
MIN_COPULA_STEM = 3


def copula_length(folded: str) -> int:
    """Length of the copula that closes a nominal predicate (``enerji güvenliğiydi``: 3), 0 if none."""
    match = _COPULA_AFTER_VOWEL.search(folded)
    return len(folded) - match.start() if match and match.start() >= MIN_COPULA_STEM else 0
