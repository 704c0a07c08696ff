"""The words of the person stage's character spans (cached word starts), and claiming a found name's words."""

from __future__ import annotations

import bisect

from pipeline.lang.tr.text import Word
from pipeline.lexicons.candidates import word_starts
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader


def claim(reader: NameReader, words: list[Word], mention: PersonMention) -> None:
    """Block the words of ``mention`` for the readings after it."""
    reader.blocked.update(word_indices(words, [(mention.start, mention.end)]))


#: (words, their start offsets) of the last call: ``claim`` runs once per name found, and
#: rebuilding the starts each time made the stage quadratic in the article's length
_last_word_starts: tuple[list[Word], list[int]] = ([], [])


def _word_starts(words: list[Word]) -> list[int]:
    global _last_word_starts
    cached_words, starts = _last_word_starts
    if cached_words is not words or len(starts) != len(words):
        starts = word_starts(words)
        _last_word_starts = (words, starts)
    return starts


def word_at(words: list[Word], offset: int) -> int | None:
    """Index of the word that starts at ``offset``, if one does."""
    starts = _word_starts(words)
    index = bisect.bisect_left(starts, offset)
    return index if index < len(starts) and starts[index] == offset else None


def word_indices(words: list[Word], spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the words that start inside any of the spans."""
    starts = _word_starts(words)
    indices: set[int] = set()
    for start, end in spans:
        indices.update(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))
    return indices
