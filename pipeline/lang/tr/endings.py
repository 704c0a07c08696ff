"""Case endings read from their letters alone, without the stem.

``morphology.case_after`` reads a suffix after a known stem and checks vowel harmony and the
buffer consonants against it. A suffix written after an apostrophe often follows a stem that
harmony says nothing about (``ABD'nin``: the letters are read ``a-be-de``; ``Biden'a``,
``Macron'dan``), so the stages read those suffixes by their letters: any vowel of the right
height, the buffer consonant optional. The same readings, at the end of a word, are a loose
test for a case ending written without an apostrophe (``Görüşmede``).

    spells_case("nın", "gen")                    # True  (ABD'nin, Fidan'ın)
    spells_case("deki", "loc", relative=True)    # True  (Saraçhane'deki)
    ends_in_case("toplantıda", "loc", "abl")     # True
"""

from __future__ import annotations

import re
from functools import lru_cache

_HIGH = "[ıiuü]"  # the four-way vowel
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


@lru_cache(maxsize=None)
def _pattern(cases: tuple[str, ...], relative: bool) -> re.Pattern[str]:
    alternatives = "|".join(CASE_ENDINGS[case] for case in cases)
    return re.compile(f"(?:{alternatives})" + (f"(?:{RELATIVE})?" if relative else ""))


def spells_case(suffix: str, *cases: str, relative: bool = False) -> bool:
    """Whether the whole ``suffix`` (folded, as written after an apostrophe) is an ending of one
    of ``cases``; with ``relative``, also followed by ``-ki``."""
    return _pattern(cases, relative).fullmatch(suffix) is not None


@lru_cache(maxsize=None)
def _final_pattern(cases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(CASE_ENDINGS[case] for case in cases)})$")


def ends_in_case(word: str, *cases: str) -> bool:
    """Whether the folded ``word`` ends in the letters of an ending of one of ``cases``
    (a loose test: ``Kanada`` ends in ``da`` too; callers ask it of words they know are no names)."""
    return _final_pattern(cases).search(word) is not None
