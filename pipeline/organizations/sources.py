"""News outlets that an article names as its source: ``Kaynak: AA``, ``Kaynak: Yerel Haber /
Ayşe Kaya``.

A line that opens with ``Kaynak:`` names the outlet the article comes from, a media
organization whether a list knows it or not (``Kaynak: Kent Postası``); what follows a slash
or a dash on that line is a reporter's name or a desk (``AA / Ali Veli - Ekonomi``). The name
is a short run of capitalized words; a plural common noun (``Ajanslar``, ``Haberler``) names
no outlet.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import is_all_caps, suffix_end
from pipeline.names.finder import ArticleText
from pipeline.names.shape import NameSpan

#: The longest outlet name (in words) read after ``Kaynak:``.
MAX_SOURCE_WORDS = 4
#: ``Kaynak: X`` on a line of its own; X ends at a slash, a dash after a space, a bar or the line's end
_SOURCE_LINE = re.compile(r"(?m)^[ \t]*Kaynak ?: *\(?(?P<name>[^\n/|()]+?)\)?[ \t]*(?:(?:/|\||\s[-–]).*)?$")
_PLURAL = re.compile(r"(?:lar|ler)$")


def find_source_outlets(article: ArticleText) -> list[NameSpan]:
    """The outlets named on ``Kaynak:`` lines, as names found in the text."""
    spans = []
    for line in _SOURCE_LINE.finditer(article.text):
        start, end = line.span("name")
        inside = article.words_between(start, end)
        if not inside or len(inside) > MAX_SOURCE_WORDS or not all(w.text[:1].isupper() or w.text[:1].isdigit()
                                                                  or _joined_by_dot(article.text, w.start)
                                                                  for w in inside):
            continue
        if len(inside) == 1 and not is_all_caps(inside[0].text) and _PLURAL.search(inside[0].folded):
            continue  # ``Kaynak: Ajanslar``: no outlet named
        first = article.first_word_from(start)
        spans.append(NameSpan(first, first + len(inside) - 1, start, end, suffix_end(article.text, end), "", "",
                              written=article.text[start:end]))
    return spans


def _joined_by_dot(text: str, start: int) -> bool:
    """``Eskisehir.net``: a lowercase part after a dot belongs to the outlet's web name."""
    return start > 0 and text[start - 1] == "."
