"""Hedges that make an amount approximate (``data/money_hedges.tsv``): ``yaklaşık`` before the
number, ``civarında`` or ``-i aşan`` after the currency.

A table per position, longest hedge first (``yaklaşık olarak`` before ``yaklaşık``). The money
stage compares the words next to each amount with the hedges; the hedges a word can belong
to there (the last word of a hedge before the number, the first of one after the currency)
are listed once per word form, so most amounts, next to no hedge word, compare none. A threshold
noun between the currency and a hedge after it (``40 milyar lira eşiğini aştı``) carries the case; one in the
nominative (``9 milyon liralık satış eşiği aşıldı``) only a hedge that needs none (the passive); an attributive
currency (``3 bin dolarlık önemli direnç sınırına yaklaştı``) may stand two words before it. A hedge followed by a verb
of movement in a form that tells it happened (``kira 45 bin liraya kadar çıktı``, ``kur 31 liraya kadar gerileyince``:
the rows ``reached``) names the point reached: no hedge (``100 bin liraya kadar ceza`` is a bound). A hedge word
that names a time with the noun after it (``Bütçenin 5 milyar lirası geçen yıl harcandı``: the rows ``time``) is none, as
is one in a set phrase (``500 bin liranın fazlaya ilişkin kısmı``, the part of a claim over it: the rows ``idiom``).
"""

from __future__ import annotations

import re
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

    def __init__(
        self, hedges: list[Hedge], next_to_amount: int, reached: tuple[Hedge, ...] = (), timed: tuple[Hedge, ...] = (),
        idioms: tuple[Hedge, ...] = (),
    ) -> None:
        self.hedges = sorted(hedges, key=lambda hedge: -len(hedge.words))  # longest first
        self._next_to_amount = next_to_amount  # the hedge word next to the amount: -1 the last, 0 the first
        #: a hedge and a verb of movement after it, the verb's stem last ("kadar çık"): the point reached
        self.reached = reached
        #: a hedge word that names a time with the noun after it ("geçen yıl"): no hedge
        self.timed = timed
        #: a hedge word in a set phrase that is no hedge ("fazlaya ilişkin": the excess part of a claim)
        self.idioms = idioms
        #: folded word -> the hedges (in table order) whose word next to the amount it is
        self.fitting = Memo(self._fitting, MEMO_SIZE)

    def starts_at(self, text_words: list[Word], index: int, case_written: bool) -> bool:
        """Whether a hedge of this table starts at word ``index`` (one that needs a case only after one)."""
        if self.reached and self._reached_at(text_words, index):
            return False
        if any(words_match(text_words[index : index + len(idiom.words)], idiom.words) for idiom in self.idioms):
            return False
        for hedge in self.fitting[text_words[index].folded]:
            span = text_words[index : index + len(hedge.words)]
            if words_match(span, hedge.words) and (case_written or not hedge.needs_suffix):
                return True
        return False

    def hedged_from(
        self, text: str, text_words: list[Word], index: int, case_written: bool, thresholds: tuple[str, ...],
        attributive: bool = False,
    ) -> bool:
        """Whether a hedge starts at word ``index`` right after a currency, or after a threshold noun there
        and up to ``THRESHOLD_GAP`` words of its clause (``40 milyar lira eşiğini çoktan aştı``); after an
        attributive currency (``dolarlık``) the threshold noun may come up to ``THRESHOLD_GAP`` words later.
        A time named there is passed over (``5 milyar lirası geçen yıl harcandı``: last year, not "more than";
        ``5 milyar doları geçen ay aştı``)."""
        timed = next((len(phrase.words) for phrase in self.timed
                      if words_match(text_words[index : index + len(phrase.words)], phrase.words)), 0)  # fmt: skip
        if timed:
            index += timed
            if index >= len(text_words) or not only_spaces(text, text_words[index - timed : index + 1], text_words[index].end):
                return False
        if self.starts_at(text_words, index, case_written):
            return True
        last = min(index + 1 + (THRESHOLD_GAP if attributive else 0), len(text_words))
        for noun in range(index, last):
            if noun > index and not only_spaces(text, text_words[index : noun + 1], text_words[noun].end):
                return False  # the clause ends first
            threshold = passed_threshold(text_words[noun].folded, thresholds)
            if threshold:  # after "dolarlık" the noun has no possessive: "sınırı" is an accusative
                return self._hedged_after_threshold(text, text_words, noun, threshold == _CASE or attributive)
        return False

    def _hedged_after_threshold(self, text: str, text_words: list[Word], noun: int, in_case: bool) -> bool:
        for at in range(noun + 1, min(noun + 2 + THRESHOLD_GAP, len(text_words))):
            if not only_spaces(text, text_words[noun : at + 1], text_words[at].end):
                return False  # the clause ends first
            if self.starts_at(text_words, at, in_case):  # a threshold noun in a case carries it
                return True
        return False

    def _reached_at(self, text_words: list[Word], index: int) -> bool:
        """``kadar çıktı``: a hedge, then a verb of movement in a form that tells it happened."""
        for phrase in self.reached:
            span = text_words[index : index + len(phrase.words)]
            if (
                len(span) == len(phrase.words) and words_match(span[:-1], phrase.words[:-1])
                and span[-1].folded.startswith(phrase.words[-1])
                and _HAPPENED.fullmatch(span[-1].folded, len(phrase.words[-1])) is not None
            ):  # fmt: skip
                return True
        return False

    def _fitting(self, folded: str) -> tuple[Hedge, ...]:
        return tuple(hedge for hedge in self.hedges if word_fits(folded, hedge.words[self._next_to_amount]))


#: How many words may stand between a threshold noun and the hedge after it ("eşiğini çoktan aştı").
THRESHOLD_GAP = 2
#: The accusative, dative and genitive endings a threshold noun carries ("eşiğini", "sınırına", "barajının"),
#: the dative also without the possessive ("3 bin dolarlık sınıra").
_THRESHOLD_CASES = ("nı", "ni", "nu", "nü", "a", "e", "ın", "in", "un", "ün")


#: The nominative of a threshold noun with its possessive ("barajı", "eşiği"): before a passive ("aşıldı").
_THRESHOLD_NOMINATIVE = ("ı", "i", "u", "ü")
_CASE, _NOMINATIVE = "case", "nominative"
#: After the stem of a verb of movement, the forms that tell the movement happened: the past (çıktı,
#: geriledi, düştüğü), the participle (yükselen, gerileyen), the converbs (çıkarak, gerileyince, yükseldikten sonra)
#: and -miş (inmişti); not a possibility or a plan (çıkabilir, yükselecek), nor a noun of the stem (indirim).
_HAPPENED = re.compile(
    r"(?:[dt][ıiuü](?:ğ[^\W\d_]*|l[ae]r|k(?:[dt][ae]n)?)?|y?[ae]n|y?[ae]r[ae]k|y?[ıiuü]nc[ae]|m[ıiuü]ş[^\W\d_]*)"
)


def passed_threshold(folded: str, thresholds: tuple[str, ...]) -> str | None:
    """Whether a word is a threshold noun in a case a hedge after it can govern (``eşiğini``, not
    ``seviyesinde``: ``_CASE``) or in the nominative (``barajı``: ``_NOMINATIVE``); None when it is neither."""
    if not any(word_fits(folded, stem) for stem in thresholds):
        return None
    if folded.endswith(_THRESHOLD_CASES):
        return _CASE
    return _NOMINATIVE if folded.endswith(_THRESHOLD_NOMINATIVE) else None
