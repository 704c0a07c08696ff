"""A columnist's byline before the outlet's name (``Ayşe Demir Yeniçağ Gazetesi``): the person's
name is no word of the outlet's; the name found by its head noun begins after it."""

from __future__ import annotations

import dataclasses

from pipeline.names.finder import ArticleText
from pipeline.names.shape import NameSpan

#: heads of an outlet's name that a byline stands before
OUTLET_HEADS = frozenset({"Gazetesi", "Dergisi", "Televizyonu", "Radyosu"})


def without_byline(article: ArticleText, span: NameSpan, given_names: set[str]) -> NameSpan:
    """The outlet's name after a person's name that opens the run: one or more given names and
    a surname, with at least one word of the outlet's own left before its head."""
    if span.head not in OUTLET_HEADS:
        return span
    found = article.blanked_words
    first = span.first
    while first < span.last and found[first].folded in given_names:
        first += 1
    if first + 1 >= span.last and first - 1 > span.first:
        first -= 1  # a surname that is a given name too (``Mehmet Ali Aydın``)
    outlet = first + 1  # the surname closes the person's name
    if first == span.first or outlet >= span.last:
        return span
    start = found[outlet].start
    written = article.text[start : span.name_end] if span.written else ""
    return dataclasses.replace(span, first=outlet, start=start, written=written)
