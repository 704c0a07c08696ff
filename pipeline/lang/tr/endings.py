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

from pipeline.lang.tr.morphology import VOWELS

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
    "plural": f"l{_LOW}r",
    "poss3": f"s?{_HIGH}",  # ``planı``, ``ekonomisi``
    "poss3_plural": f"l{_LOW}r{_HIGH}",  # ``Savaşları``
    "poss1_plural": f"{_HIGH}?m{_HIGH}z",  # ``ülkemiz``
    "poss2_plural": f"{_HIGH}?n{_HIGH}z",
    "attributive": f"l{_HIGH}k",  # ``-lık``: ``5 milyar dolarlık``
    "vowel_dative": f"[yn]{_LOW}",  # a dative whose buffer shows it: ``ödemeye``, ``yatırıma``
    "adjective": f"s{_LOW}l",  # ``-sAl``: ``küresel``, ``bölgesel``
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
        return True
    # the possessive ``-sı`` follows a vowel (``Kilise-si``); ``Nobumitsu`` is a foreign name
    return folded.endswith(("sı", "si", "su", "sü")) and folded[-3] in VOWELS
