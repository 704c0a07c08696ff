"""Military ranks misspelled in the text (``Korgenaral`` for ``Korgeneral``): news dumps carry
typos, and a rank read as a name word both loses the title and glues the rank to the name
(``Korgenaral Ali Kaya``). A capitalized word of seven letters or more one edit away from a
one-word rank of the lexicon, with the same first letter, right before a known given name, is
that rank; the title is written as the lexicon spells it."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from pipeline.lang.tr.text import Word, is_all_caps, is_capitalized, turkish_lower
from pipeline.persons.title_phrases import TitleEntry, TitlePhrase
from pipeline.schema import Title

MIN_LETTERS = 7


class MisspelledRanks:
    """The one-word ranks of the title lexicon and the words the name lists know, gathered once
    (per article they cost a walk over the lexicon and a union of the name lists)."""

    def __init__(self, entries: dict[str, TitleEntry], known_words: set[str], given_names: set[str]) -> None:
        """``entries``: the title lexicon by folded key; ``known_words``: words the lists know
        (a known word is no typo)."""
        self.ranks = {key: entry for key, entry in entries.items()
                      if entry.kind == "rank" and " " not in key and len(key) >= MIN_LETTERS}
        self.known_words = known_words
        self.given_names = given_names

    def find(self, text: str, words: list[Word], capitalized: list[int], taken_starts: set[int]) -> list[TitlePhrase]:
        """``capitalized``: indices of the capitalized words (a rank is written with a capital);
        ``taken_starts``: starts of words other readings hold."""
        ranks, known_words, given_names = self.ranks, self.known_words, self.given_names
        phrases = []
        for i in capitalized:
            if i + 1 >= len(words):
                break
            word, following = words[i], words[i + 1]
            if len(word.folded) < MIN_LETTERS or is_all_caps(word.text) \
                    or word.start in taken_starts or word.folded in known_words or word.folded in ranks:
                continue
            if text[word.end : following.start] != " " or following.folded not in given_names \
                    or not is_capitalized(following.text):
                continue
            entry = next((e for key, e in ranks.items()
                          if key[0] == word.folded[0] and Levenshtein.distance(key, word.folded, score_cutoff=1) <= 1), None)
            if entry is None:
                continue
            phrase = TitlePhrase(start=word.start, end=word.end, entry=entry, plural=False, capitalized=True)
            phrase.title = Title(title=entry.title, role=entry.role, portfolio=entry.portfolio,
                                 country="TR" if entry.turkish else None, title_en=entry.title_en)
            phrase.words = [turkish_lower(entry.title)]
            phrases.append(phrase)
        return phrases
