"""Relative clauses that a comma sets inside one agenda item (used by ``pipeline.topics.phrases``):
``BM Güvenlik Konseyinin geçen yıl aldığı, görev süresini uzatan kararın uygulanması`` is one
item, two clauses stacked before the noun they describe."""

from __future__ import annotations

from pipeline.lang.tr.morphology import is_relative_participle
from pipeline.lang.tr.text import INTERROGATIVES
from pipeline.topics.clauses import Sentence


def stacked_relative_clause(sentence: Sentence, comma: int, end: int) -> bool:
    """``Konseyin geçen yıl aldığı, görev süresini uzatan karar``: a bare ``-DIğI`` participle
    before a comma is a first relative clause of a noun that a second one (an ``-An``
    participle before the next mark, ``uzatan`` too) also describes; the comma is inside one item.
    Not after an indirect question (``kaynakların ne şekilde kullanıldığı, yapılan harcamalar``): that
    clause names a matter of its own."""
    before = sentence.tokens[comma - 1]
    if before.capitalized or sentence.depths[comma - 1] or not is_relative_participle(before.folded):
        return False
    opening = next((i for i in range(comma - 1, 0, -1) if sentence.marks[i].strip()), 0)
    if any(token.folded in INTERROGATIVES for token in sentence.tokens[opening:comma]):
        return False
    following = range(comma, min(end, next((i for i in range(comma + 1, end) if sentence.marks[i].strip()), end)))
    return any(not sentence.tokens[i].capitalized and sentence.tokens[i].folded.endswith(("an", "en")) and len(sentence.tokens[i].folded) >= 5
               and i + 1 < end for i in following)

