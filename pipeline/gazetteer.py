"""Fast look-up of multi-word names (countries, organizations, titles, ...) in running text.

Every list-driven stage uses this one matcher, so the rules for Turkish names live in
one place:

- comparison is on Turkish-folded words, so ``TÜRKİYE``, ``Türkiye`` and ``türkiye`` meet;
- an apostrophe suffix after the name belongs to the mention (``İtalya'dan``);
- with ``inflected=True`` the last word may also carry a suffix written without an
  apostrophe, as common nouns do (``bakanlarının`` for ``bakanları``);
- words of a name may be joined by spaces or hyphens (``Bosna Hersek`` = ``Bosna-Hersek``);
- acronyms (an all-capitals entry such as ``AB``) only match in capitals, and with
  ``proper=True`` a name only matches when its first letter is a capital;
- entries listed as ``ambiguous`` (``Mali``, ``Sudan``: also ordinary words) are skipped at
  the start of a sentence unless an apostrophe suffix shows that they are names.

Matching is leftmost-longest over a dictionary of word tuples: linear in the text,
independent of the size of the lexicon.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable

from pipeline.text import APOSTROPHES, Word, is_all_caps, is_capitalized, iter_sentence_starts, suffix_end, words

#: The longest suffix (in letters) accepted on an inflected last word: ``-larından`` is 8.
MAX_UNMARKED_SUFFIX = 9


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    start: int
    end: int  #: end of the mention, suffix included
    name_end: int  #: end of the name itself, before any suffix
    key: str  #: the identifier the entry was registered with
    entry: str  #: the entry's own spelling

    @property
    def has_suffix(self) -> bool:
        return self.end > self.name_end


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    surface: str
    gaps: tuple[str, ...]
    acronym: bool
    ambiguous: bool
    last_word_length: int


class Gazetteer:
    def __init__(
        self,
        entries: Iterable[tuple[str, str]],
        *,
        proper: bool = True,
        inflected: bool = False,
        ambiguous: Iterable[str] = (),
    ) -> None:
        """``entries`` are (spelling, key) pairs; several spellings may share a key."""
        self.proper = proper
        self.inflected = inflected
        ambiguous_folded = {tuple(w.folded for w in words(name)) for name in ambiguous}
        self._exact: dict[tuple[str, ...], _Entry] = {}
        self._by_head: dict[tuple[str, ...], list[tuple[str, _Entry]]] = {}
        self.max_words = 1
        for surface, key in entries:
            parts = words(surface)
            if not parts:
                continue
            folded = tuple(w.folded for w in parts)
            gaps = tuple(surface[a.end : b.start] for a, b in zip(parts, parts[1:]))
            acronym = is_all_caps(surface) and len(surface) <= 8
            entry = _Entry(key, surface, gaps, acronym, folded in ambiguous_folded, len(parts[-1].text))
            self._exact.setdefault(folded, entry)
            if inflected:
                self._by_head.setdefault(folded[:-1], []).append((folded[-1], entry))
            self.max_words = max(self.max_words, len(folded))
        for candidates in self._by_head.values():
            candidates.sort(key=lambda pair: -len(pair[0]))

    def __len__(self) -> int:
        return len(self._exact)

    def find(self, text: str, text_words: list[Word] | None = None) -> list[GazetteerMatch]:
        text_words = words(text) if text_words is None else text_words
        sentence_starts = list(iter_sentence_starts(text))
        matches: list[GazetteerMatch] = []
        i = 0
        while i < len(text_words):
            word = text_words[i]
            if word.start > 0 and text[word.start - 1] in APOSTROPHES:
                i += 1  # the suffix of a previous name, not a name
                continue
            match = self._longest_at(text, text_words, i, sentence_starts)
            if match is None:
                i += 1
                continue
            matches.append(match)
            while i < len(text_words) and text_words[i].start < match.end:
                i += 1
        return matches

    def _longest_at(
        self, text: str, text_words: list[Word], i: int, sentence_starts: list[int]
    ) -> GazetteerMatch | None:
        for n in range(min(self.max_words, len(text_words) - i), 0, -1):
            span = text_words[i : i + n]
            folded = tuple(w.folded for w in span)
            entry = self._exact.get(folded)
            if entry is None and self.inflected:
                entry = self._inflected_entry(folded)
            if entry is None or not self._accepts(text, span, entry, sentence_starts):
                continue
            name_end = min(span[-1].end, span[-1].start + entry.last_word_length)
            return GazetteerMatch(span[0].start, suffix_end(text, span[-1].end), name_end, entry.key, entry.surface)
        return None

    def _inflected_entry(self, folded: tuple[str, ...]) -> _Entry | None:
        last = folded[-1]
        for entry_last, entry in self._by_head.get(folded[:-1], ()):
            if last.startswith(entry_last) and len(last) - len(entry_last) <= MAX_UNMARKED_SUFFIX:
                return entry
        return None

    def _accepts(self, text: str, span: list[Word], entry: _Entry, sentence_starts: list[int]) -> bool:
        for gap_index, (left, right) in enumerate(zip(span, span[1:])):
            gap = text[left.end : right.start]
            if gap != entry.gaps[gap_index] and not _is_name_joint(gap):
                return False
        first = span[0].text
        if entry.acronym:
            return all(is_all_caps(w.text) for w in span)
        if self.proper and not is_capitalized(first):
            return False
        if entry.ambiguous and _at_sentence_start(span[0].start, sentence_starts):
            return suffix_end(text, span[-1].end) > span[-1].end
        return True


def _is_name_joint(gap: str) -> bool:
    """Words of one name are separated by spaces or a hyphen, never by a line break."""
    return "\n" not in gap and gap.strip() in ("", "-", "–", "‑")


def _at_sentence_start(offset: int, sentence_starts: list[int]) -> bool:
    index = bisect.bisect_right(sentence_starts, offset) - 1
    return index >= 0 and sentence_starts[index] == offset
