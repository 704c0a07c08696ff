"""Operations named in quotation marks: ``'Kartal-5' operasyonunda``, ``"Yıldırım" Harekâtı'na``.

A quoted name right before a one-word mission head (``data/mission_heads.tsv``), in lower case
or capitalized and with any case ending, names an operation; the name is what the quotation
marks hold. Apostrophes inside the quotation that open a suffix (``'Dicle'nin Kalkanı'``)
do not close it (``is_suffix_after_apostrophe``).
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import APOSTROPHES, is_suffix_after_apostrophe, turkish_lower, words
from pipeline.names.finder import ArticleText
from pipeline.names.shape import NameSpan
from pipeline.resources import read_tsv

#: an opening quote at a line's start or after a space or bracket, a capital or digit after it.
#: The quote comes first and the character before it is checked behind it (``(?<![^\s(].)``:
#: not a character other than a space or ``(``, right before the quote), so that the regex
#: engine jumps from quote to quote instead of testing a look-behind at every offset of the
#: article (8x faster; the same matches as ``(?:(?<=\s)|(?<=^)|(?<=\())`` before the quote)
_OPENING = re.compile(f"[\"“‘{APOSTROPHES}](?<![^\\s(].)(?=[A-ZÇĞİÖŞÜ0-9])")
_CLOSING = f"\"”{APOSTROPHES}"
#: what a quoted name holds at most: a few words, no sentence punctuation
MAX_NAME_CHARACTERS = 50
MAX_NAME_WORDS = 5
_NOT_IN_NAME = re.compile(r"[.!?:;,\n\"“”«»()]")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def operation_heads(table: str) -> tuple[str, ...]:
    """The one-word heads of missions, folded (``operasyonu``, ``harekâtı``, ``misyonu``)."""
    return tuple(
        turkish_lower(row["head"].strip())
        for row in read_tsv(table)
        if " " not in row["head"].strip() and not (row.get("role") or "").strip()
    )


def quoted_operations(article: ArticleText, heads: tuple[str, ...]) -> list[NameSpan]:
    """Quoted names followed by a mission head: the span runs from the name to the head's end."""
    text = article.text
    found = []
    for opening in _OPENING.finditer(text):
        start = opening.end()
        close = _closing_quote(text, start)
        if close is None:
            continue
        name = text[start:close]
        head = _WORD_AFTER.match(text, close + 1)
        if head is None or not turkish_lower(head.group(1)).startswith(heads):
            continue
        count = len(words(name))
        if not 1 <= count <= MAX_NAME_WORDS:
            continue
        first = article.first_word_from(start)
        found.append(NameSpan(first, first + count - 1, opening.start(), close, head.end(1), "", "", written=name))
    return found


def _closing_quote(text: str, start: int) -> int | None:
    """Where the quotation opened before ``start`` closes, within a short name."""
    for offset in range(start, min(len(text), start + MAX_NAME_CHARACTERS)):
        character = text[offset]
        if character in _CLOSING and not is_suffix_after_apostrophe(text, offset):
            return offset
        if _NOT_IN_NAME.match(character):
            return None
    return None
