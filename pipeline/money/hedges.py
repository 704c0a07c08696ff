"""Hedges that make an amount approximate (``data/money_hedges.tsv``): ``yaklaşık`` before the
number, ``civarında`` or ``-i aşan`` after the currency.

A table per position, longest hedge first (``yaklaşık olarak`` before ``yaklaşık``). The money
stage compares the words next to each amount with the hedges; the hedges a word can belong
to there (the last word of a hedge before the number, the first of one after the currency)
are listed once per word form, so most amounts, next to no hedge word, compare none. A threshold
noun between the currency and a hedge after it (``40 milyar lira eşiğini aştı``) carries the case.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.memo import Memo
from pipeline.lang.tr.text import Word
from pipeline.money.words import only_spaces, word_fits, words_match

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

    def starts_at(self, text_words: list[Word], index: int, case_written: bool) -> bool:
        """Whether a hedge of this table starts at word ``index`` (one that needs a case only after one)."""
        for hedge in self.fitting[text_words[index].folded]:
            span = text_words[index : index + len(hedge.words)]
            if words_match(span, hedge.words) and (case_written or not hedge.needs_suffix):
                return True
        return False

    def hedged_from(
        self, text: str, text_words: list[Word], index: int, case_written: bool, thresholds: tuple[str, ...]
    ) -> bool:
        """Whether a hedge starts at word ``index`` right after a currency, or after a threshold noun there
        and up to ``THRESHOLD_GAP`` words of its clause (``40 milyar lira eşiğini çoktan aştı``)."""
        if self.starts_at(text_words, index, case_written):
            return True
        if not passed_threshold(text_words[index].folded, thresholds):
            return False
        for at in range(index + 1, min(index + 2 + THRESHOLD_GAP, len(text_words))):
            if not only_spaces(text, text_words[index : at + 1], text_words[at].end):
                return False  # the clause ends first
            if self.starts_at(text_words, at, True):  # the threshold noun carries the case
                return True
        return False

    def _fitting(self, folded: str) -> tuple[Hedge, ...]:
        return tuple(hedge for hedge in self.hedges if word_fits(folded, hedge.words[self._next_to_amount]))


#: How many words may stand between a threshold noun and the hedge after it ("eşiğini çoktan aştı").
THRESHOLD_GAP = 2
#: The accusative, dative and genitive endings a threshold noun carries ("eşiğini", "sınırına", "barajının").
_THRESHOLD_CASES = ("nı", "ni", "nu", "nü", "na", "ne", "ın", "in", "un", "ün")


def passed_threshold(folded: str, thresholds: tuple[str, ...]) -> bool:
    """Whether a word is a threshold noun in a case a hedge after it can govern (``eşiğini``, not ``seviyesinde``)."""
    return folded.endswith(_THRESHOLD_CASES) and any(word_fits(folded, stem) for stem in thresholds)
