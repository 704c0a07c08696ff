"""Ordinary words among capitalized ones, by the stem keys of the words public corpora write in
lowercase (``data/lowercase_words.tsv``): a noun with a glued plural or possessive after an
office is no name (``Gözlemci Devletlerden``), and a listed surname that is no such word may open a
sentence alone (``Putin dün ...``)."""

from __future__ import annotations

from pipeline.lang.tr.endings import read_noun_tail
from pipeline.lang.tr.morphology import match_key

#: the shortest listed surname read alone at a sentence's start (``Modi``, ``Lula``: the public
#: figures' list holds them; a short word the lowercase list may lack is too often one: ``Kira``)
MIN_OPENING_SURNAME = 5


class EverydayWords:
    """The stem keys of the words public corpora write in lowercase, and what they tell of a word."""

    def __init__(self, words: set[str]) -> None:
        self.keys = frozenset(map(match_key, words))

    def opening_surnames(self, surnames: set[str], given_names: set[str]) -> frozenset[str]:
        """Listed surnames that are no everyday word nor a given name (``Putin``; not ``Kim``, a word,
        nor ``Kerem`` or ``Erdoğan``, given names too): alone, they may open a sentence."""
        if not self.keys:
            return frozenset()
        return frozenset(s for s in surnames if len(s) >= MIN_OPENING_SURNAME and s not in given_names
                         and not self.is_word(s))

    def is_word(self, folded: str) -> bool:
        """Whether the word's stem key is among the lowercase words."""
        return match_key(folded) in self.keys

    def inflected_word(self, folded: str, *name_lists: set[str]) -> bool:
        """An ordinary word with a suffix glued on (its stem key among the lowercase words and no
        longer than the word itself), the word in none of ``name_lists``."""
        key = match_key(folded)
        return key != folded and key in self.keys and not any(folded in names for names in name_lists)

    def noun_with_glued_suffix(self, folded: str, *name_lists: set[str]) -> bool:
        """An ordinary noun with a plural or a possessive glued on, which a name takes after an
        apostrophe only (``Devletlerden``, ``Ücreti``; ``Kaya``, ``Gül`` are no such words)."""
        key = match_key(folded)
        if not self.inflected_word(folded, *name_lists) or not folded.startswith(key):
            return False
        tail = read_noun_tail(folded[len(key) :])
        return tail is not None and bool(tail.group("plural") or tail.group("possessive"))

    def names_a_thing(self, folded_words: list[str], given_names: set[str], surnames: set[str]) -> bool:
        """Capitalized ordinary words whose last takes a plural or possessive glued on, as a name
        never does (``Gözlemci Devletlerden``, ``Öğrenci Ücreti``, ``Seçme Sınavı Sistemini``): a
        thing's name after an office or role, no person's."""
        *before, last = folded_words
        return self.noun_with_glued_suffix(last, given_names, surnames) and all(
            word not in given_names and word not in surnames and (self.is_word(word) or self.inflected_word(word))
            for word in before)
