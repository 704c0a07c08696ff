"""Clues about the words of one article that the title finder reads (``TextClues``): which
words are names, which sentence openers only an organization's mention takes in."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from pipeline.extensions import doc_analysis
from pipeline.lang.tr.text import Word, is_all_caps, is_capitalized


def proper_words(doc: Doc, words: list[Word], capitalized: list[int], entity_words: set[int]) -> set[str]:
    """Folded words that are names: written capitalized (``capitalized``: their indices) inside
    a sentence, or part of a mention another stage found."""
    sentence_starts = set(doc_analysis(doc).sentence_starts.tolist())
    known = {words[i].folded for i in capitalized if words[i].start not in sentence_starts}
    known.update(words[i].folded for i in entity_words)
    return known


#: a case ending that shows the word is a common noun in a sentence, not the first word of a name:
#: a dative or accusative after a buffer (``Törene``, ``Açıklamayı``), a genitive, locative, ablative
_CASE_AT_OPENER = re.compile(r"(?:[yn][ae]|y[ıiuü]|n?[ıiuü]n|[dt][ae]n?|n[dt][ae]n?)$")


def glued_openers(doc: Doc, words: list[Word], openers: frozenset[int], organizations: list[tuple[int, int]],
                   other_words: set[int]) -> frozenset[int]:
    """The first words of organizations' mentions of several words that open a sentence, stand in
    a case, belong to no other stage's mention and are never capitalized inside a sentence:
    ``Törene CHP Parti Meclis Üyesi`` read as the organization ``Törene CHP Parti`` gives no title
    ``Törene ...``; ``Vodafone Türkiye``, one word named alone, keeps its name."""
    sentence_starts = set(doc_analysis(doc).sentence_starts.tolist())
    inside = {w.folded for w in words if is_capitalized(w.text) and w.start not in sentence_starts}
    index_at = {w.start: i for i, w in enumerate(words)}
    word_starts = [w.start for w in words]
    glued = set()
    for start, end in organizations:
        i = index_at.get(start)
        if i is None or i + 1 >= len(words) or words[i + 1].start >= end:
            continue
        if any(k in other_words for k in range(i, bisect.bisect_left(word_starts, end))):
            continue  # ``Vodafone Türkiye``: a name and a country, both found
        word = words[i]
        if start in openers and not is_all_caps(word.text) and len(word.folded) > 4 and word.folded not in inside \
                and _CASE_AT_OPENER.search(word.folded):
            glued.add(start)
    return frozenset(glued)
