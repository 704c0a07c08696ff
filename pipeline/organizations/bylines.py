"""A columnist's byline before the outlet's name (``Ayşe Demir Yeniçağ Gazetesi``), and a person's
name before a place's office (``Vali Mehmet Ali Karaoğlan Samsun Valiliği'nde``): the person's name
is no word of the body's; the name found by its head noun begins after it."""

from __future__ import annotations

import dataclasses

from pipeline.names.finder import ArticleText
from pipeline.names.shape import NameSpan
from pipeline.organizations.offices import POST_HEADS

#: the words of a person's name left after its known given names (a middle name, the surname)
MAX_NAME_WORDS_LEFT = 3
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


def without_holder(article: ArticleText, span: NameSpan, given_names: set[str], places: frozenset[str]) -> NameSpan:
    """``Kütahya Valisi Mehmet Ali Karaoğlan Samsun Valiliği'nde``: a surname after given names (in
    the run or right before it) and then a place opening the name of a post's office (``POST_HEADS``):
    the office's name begins at the place (``Samsun Valiliği``)."""
    found = article.blanked_words
    if found[span.last].folded not in POST_HEADS:
        return span
    first = span.first
    while first < span.last and found[first].folded in given_names:
        first += 1
    named_before = first > span.first or span.first > 0 and found[span.first - 1].folded in given_names \
        and article.text[found[span.first - 1].end : span.start] == " "
    # the surname closes the person's name (a given name too, or after a given name the lists lack:
    # ``Ayşe Nur Temel Sivas``)
    place = next((i for i in range(first if first > span.first else first + 1, first + MAX_NAME_WORDS_LEFT)
                  if i < span.last and found[i].folded in places), None)
    if not named_before or place is None:
        return span
    start = found[place].start
    written = article.text[start : span.name_end] if span.written else ""
    return dataclasses.replace(span, first=place, start=start, written=written)
