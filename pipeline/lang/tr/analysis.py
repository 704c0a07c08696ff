"""What every stage reads about the words of a Turkish text, computed in one pass.

``analyze(text)`` gives, per word (``text.words``: runs of letters and digits):

- its offsets and Turkish-folded form;
- ``keys``: the stem key (``morphology.match_key``: inflectional suffixes peeled, so that
  ``güvenliğine`` and ``güvenlik`` meet);
- ``suffixes`` and ``cases``: the case suffix written after an apostrophe (``İtalya'dan`` ->
  ``dan``) and its reading (``abl``; ``gen``, ``acc``, ``dat``, ``loc``, ``ins``; empty when there
  is no apostrophe suffix or it is no plain case ending, ``'deki``);
- ``opens_sentence``: whether the word is the first of its sentence or line;

and for the text, ``sentence_starts`` (``text.iter_sentence_starts``). Everything is a list or
a NumPy array of plain values, so it can be stored on a Doc and serialized with it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from pipeline.lang.tr.morphology import case_after, match_key
from pipeline.lexicons.candidates import folded_words, word_starts
from pipeline.memo import Memo
from pipeline.lang.tr.text import (
    APOSTROPHES,
    Word,
    sentence_starts,
    sentence_openings,
    suffix_end,
    turkish_lower,
    words,
)

_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")


@dataclass
class Analysis:
    starts: np.ndarray  # int32, one per word
    ends: np.ndarray
    folded: list[str]
    keys: list[str]
    suffixes: list[str]
    cases: list[str]
    opens_sentence: np.ndarray  # bool
    sentence_starts: np.ndarray  # int32

    def words(self, text: str) -> list[Word]:
        return [
            Word(start, end, text[start:end], folded)
            for start, end, folded in zip(self.starts.tolist(), self.ends.tolist(), self.folded)
        ]

    def to_dict(self) -> dict:
        return dict(vars(self))

    @classmethod
    def from_dict(cls, values: dict) -> "Analysis":
        return cls(**values)


@lru_cache(maxsize=65536)  # word forms repeat: most look-ups are cached
def suffix_case(stem: str, suffix: str) -> str:
    """The case an apostrophe suffix spells (``Fidan'ın`` -> ``gen``), or "" when none does."""
    return case_after(stem, suffix) if suffix else ""


#: the stem key of each folded word (``match_key``, which never changes for a word form),
#: remembered for up to 200,000 forms: every word of every article asks
_stem_keys = Memo(match_key, 200_000)
stem_key = _stem_keys.__getitem__


def analyze(text: str, text_words: list[Word] | None = None, lemmas: list[str | None] | None = None) -> Analysis:
    """The analysis of ``text``; ``lemmas`` (one per word, from a statistical analyser such as
    Stanza) replace the stem keys where given."""
    text_words = words(text) if text_words is None else text_words
    # a Doc's words keep these two lists for the later stages (the candidate pass right after
    # reads the folded forms): made once, here
    starts, folded = word_starts(text_words), folded_words(text_words)
    ends = [w.end for w in text_words]
    # the apostrophe suffixes, looked up from the apostrophes (a few per article), not per word
    suffixes, cases = [""] * len(text_words), [""] * len(text_words)
    for apostrophe in _APOSTROPHE.finditer(text):
        index = bisect.bisect_left(ends, apostrophe.start())
        if index < len(ends) and ends[index] == apostrophe.start():
            suffix = turkish_lower(text[apostrophe.end() : suffix_end(text, apostrophe.start())])
            suffixes[index] = suffix
            cases[index] = suffix_case(folded[index], suffix) if suffix else ""
    keys = list(map(stem_key, folded))
    if lemmas is not None:
        keys = [turkish_lower(lemma) if lemma else key for key, lemma in zip(keys, lemmas)]
    openings = sentence_openings(text)
    return Analysis(
        starts=np.array(starts, dtype=np.int32),
        ends=np.array(ends, dtype=np.int32),
        folded=folded,
        keys=keys,
        suffixes=suffixes,
        cases=cases,
        opens_sentence=np.array([start in openings for start in starts], dtype=bool),
        sentence_starts=np.array(sentence_starts(text), dtype=np.int32),
    )
