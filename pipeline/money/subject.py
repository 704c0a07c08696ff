"""The ``subject`` of an amount: the noun phrase the amount is the value of, where the sentence's
form shows it. The predicate form puts it before the amount (``toplam ticaret hacmi yaklaşık 7 milyar
dolar``, ``toplam değeri 17,8 milyar dolara ulaştı``); an attributive currency puts it after
(``1,5 milyar euroluk bir yatırım planı``). The cue words come from ``data/money_subject_words.tsv``.
"""

from __future__ import annotations

from pipeline.lang.tr.endings import POSSESSIVES, ends_in, spells, spells_case
from pipeline.lang.tr.morphology import has_verb_form
from pipeline.lang.tr.text import Word
from pipeline.money.amounts import Amount
from pipeline.money.words import ends_clause, next_word, word_fits, word_index_before

#: The head of a subject is a possessed noun (hacmi, yatırımları, toplamımız, değeri): ``POSSESSIVES``.
#: A modifier of the head carries no case suffix: ülkelerdeki, ülkelerle, Türkiye'nin end the phrase.
_CASE_MARKED = ("loc", "abl", "loc_ki", "gen", "ins", "plural")
SUBJECT_MAX_WORDS = 3


class SubjectReader:
    """Reads the subject of an amount with the cue words of each role (``predicate``, ``reach``,
    ``joining``) of the money stage's subject-word table."""

    def __init__(self, subject_words: dict[str, list[tuple[str, ...]]]) -> None:
        self.subject_words = subject_words
        self.joining = {word for (word,) in subject_words["joining"]}

    def read(self, text: str, text_words: list[Word], start: int, amount: Amount) -> str | None:
        """The noun phrase the amount measures, where the sentence's form shows it."""
        index = next_word(text, text_words, amount.end)
        suffix = amount.currency_suffix
        if spells(suffix, "attributive"):  # "1,5 milyar euroluk bir yatırım planı"
            return self._after(text, text_words, index) if index is not None else None
        if index is None:  # punctuation or the end of the text follows
            predicate = not suffix and ends_clause(text, amount.end)
        elif not suffix:  # "8,9 milyar dolar tutarında"
            predicate = self._is_cue(text_words[index], "predicate")
        else:  # "17,8 milyar dolara ulaştı"
            predicate = spells_case(suffix, "dat") and self._is_cue(text_words[index], "reach")
        return self._before(text, text_words, start) if predicate else None

    def _is_cue(self, word: Word, role: str) -> bool:
        return any(word_fits(word.folded, expected) for (expected,) in self.subject_words[role])

    def _before(self, text: str, text_words: list[Word], start: int) -> str | None:
        """``toplam ticaret hacmi`` in ``... toplam ticaret hacmi yaklaşık 7 milyar dolar``: a possessed
        head noun right before the amount (``ise`` may come between) and up to two bare modifiers."""
        index = word_index_before(text_words, start)
        end = start
        if index >= 0 and text_words[index].folded == "ise" and not text[text_words[index].end : end].strip():
            end = text_words[index].start
            index -= 1
        phrase: list[Word] = []
        while index >= 0 and len(phrase) < SUBJECT_MAX_WORDS:
            word = text_words[index]
            gap = text[word.end : (phrase[0].start if phrase else end)]
            if gap.strip() or "\n" in gap or not self._is_plain_word(text, word):
                break
            if not phrase and not ends_in(word.folded, *POSSESSIVES):
                return None
            if phrase and ends_in(word.folded, *_CASE_MARKED):
                break
            phrase.insert(0, word)
            index -= 1
        return text[phrase[0].start : phrase[-1].end] if phrase else None

    def _after(self, text: str, text_words: list[Word], index: int) -> str | None:
        """``yatırım planı`` in ``1,5 milyar euroluk bir yatırım planı``: the noun the amount qualifies."""
        if text_words[index].folded == "bir":
            index = next_word(text, text_words, text_words[index].end)
        phrase: list[Word] = []
        while index is not None and len(phrase) < 2 and self._is_plain_word(text, text_words[index]):
            # a case ending ends the phrase, a dative too (ödemeye, yatırıma)
            if ends_in(text_words[index].folded, *_CASE_MARKED, "vowel_dative"):
                break
            phrase.append(text_words[index])
            index = next_word(text, text_words, text_words[index].end)
        if len(phrase) == 2 and not _is_head_noun(phrase[1]):
            phrase.pop()
        return text[phrase[0].start : phrase[-1].end] if phrase else None

    def _is_plain_word(self, text: str, word: Word) -> bool:
        """A lower-case word of letters with no apostrophe suffix, not a joining word."""
        glued = word.start > 0 and not text[word.start - 1].isspace()
        return (
            word.text.isalpha() and word.text[0].islower() and not glued and len(word.text) > 1
            and word.folded not in self.joining
        )  # fmt: skip


def _is_head_noun(word: Word) -> bool:
    """A possessed noun ending a compound (``planı``), not a verb (``yaptı``, ``dağıtıldığını``)."""
    return ends_in(word.folded, *POSSESSIVES) and not has_verb_form(word.folded)  # ``ihracat yaptı``: a verb
