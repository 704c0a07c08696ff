"""Years and days that belong to a name, not to an event (pure functions on text).

- A place or an institution named after a date: ``29 Ekim Caddesi``, ``19 Mayıs Üniversitesi'nde``,
  ``30 Ağustos Zafer Meydanı``: the date is followed by capitalized words ending in a head word
  of ``data/date_name_heads.tsv``.
- A year that spans two calendar years: ``2031-2032 eğitim öğretim yılı``, ``2027-2028 mali yılında``:
  one school or fiscal year named by its two calendar years, not two event years. A span of years
  stays (``2003-2024 döneminde``, ``2020-2024 yıllarında``), and so does a season in which something
  happened (``2012-2013 sezonunda kazanılan kupa``: the names dev set lists both years of such a season).
"""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_noun_endings
from pipeline.lang.tr.text import APOSTROPHES, turkish_lower

#: The capitalized words of a name, and "ve" inside it ("30 Ağustos Zafer ve Barış Parkı").
_NAME_WORD = re.compile(f" ([A-ZÇĞİÖŞÜ][^\\W\\d_]*(?:[{APOSTROPHES}][^\\W\\d_]+)?|ve)(?![^\\W_])")
#: How many words a name may hold between the date and its head.
MAX_NAME_WORDS = 4
#: Two years joined by a dash or slash, up to three lower-case words (``eğitim-öğretim``), and ``yıl``
#: in the possessive of a compound (``yılı``, ``yılının``; not the plural ``yıllarında``).
_ONE_YEAR_OVER_TWO = re.compile(
    r"(?:1\d|20)\d\d\s?[-–/]\s?(?:(?:1\d|20)\d\d|\d\d)(?:\s+[a-zçğıöşü]+(?:-[a-zçğıöşü]+)?){0,3}"
    r"\s+yılı(?:n(?:ın|da|a|dan))?(?![^\W_])"
)


def names_a_place(text: str, offset: int, heads: frozenset[str]) -> bool:
    """Whether the words right after ``offset`` (the end of a date) end in the head of a place's or an
    institution's name (``heads``: folded) before a word that is not part of a name."""
    for _ in range(MAX_NAME_WORDS + 1):
        word = _NAME_WORD.match(text, offset)
        if word is None:
            return False
        folded = turkish_lower(re.sub(f"[{APOSTROPHES}]", "", word.group(1)))
        if any(_is_inflected(folded, head) for head in heads):
            return True
        offset = word.end()
    return False


def names_one_year(text: str, start: int) -> bool:
    """Whether the two years at ``start`` name one school or fiscal year: ``2031-2032 eğitim öğretim yılının``."""
    return _ONE_YEAR_OVER_TWO.match(text, start) is not None


def _is_inflected(folded: str, head: str) -> bool:
    """``caddesinde`` is ``caddesi`` with endings; ``sokakçı`` is no form of ``sokak``."""
    return folded.startswith(head) and (folded == head or spells_noun_endings(folded[len(head) :]))
