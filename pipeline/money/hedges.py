"""Hedges that make an amount approximate (``data/money_hedges.tsv``): ``yaklaşık`` before the
number, ``civarında`` or ``-i aşan`` after the currency.

A table per position, longest hedge first (``yaklaşık olarak`` before ``yaklaşık``). The money
stage compares the words next to each amount with the hedges; the hedges a word can belong
to there (the last word of a hedge before the number, the first of one after the currency)
are listed once per word form, so most amounts, next to no hedge word, compare none.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.memo import Memo
from pipeline.money.words import word_fits

#: How many word forms a table remembers the fitting hedges of (then it starts again).
MEMO_SIZE = 100_000


@dataclass(frozen=True, slots=True)
class Hedge:
    words: tuple[str, ...]  # folded; the last may end in "*" (any ending)
    needs_suffix: bool


class HedgeTable:
    """The hedges of one position, and those a word next to an amount may belong to."""

    def __init__(self, hedges: list[Hedge], next_to_amount: int) -> None:
        self.hedges = sorted(hedges, key=lambda hedge: -len(hedge.words))  # longest first
        self._next_to_amount = next_to_amount  # the hedge word next to the amount: -1 the last, 0 the first
        #: folded word -> the hedges (in table order) whose word next to the amount it is
        self.fitting = Memo(self._fitting, MEMO_SIZE)

    def _fitting(self, folded: str) -> tuple[Hedge, ...]:
        return tuple(hedge for hedge in self.hedges if word_fits(folded, hedge.words[self._next_to_amount]))
