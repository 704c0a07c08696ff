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
independent of the size of the lexicon. On a Doc's words (``candidates.DocWords``) a search
visits only the words where an entry may start, found for every gazetteer in one pass.
"""

from __future__ import annotations

import bisect
import re
import functools
from itertools import compress, count
from typing import Iterable, Iterator, NamedTuple

from pipeline.lexicons import candidates
from pipeline.lang.tr.morphology import SOFTENED_TO_HARD
from pipeline.lang.tr.text import APOSTROPHES, Word, is_all_caps, is_capitalized, sentence_starts, suffix_end, words

#: The longest suffix (in letters) accepted on an inflected last word: ``-larından`` is 8.
MAX_UNMARKED_SUFFIX = 9
#: How many distinct words an inflected gazetteer remembers the one-word-entry test of.
INFLECTED_MEMO_SIZE = 200_000


class GazetteerMatch(NamedTuple):
    """A NamedTuple rather than a frozen dataclass: every search of every stage makes them,
    and a tuple is made several times faster."""

    start: int
    end: int  #: end of the mention, suffix included
    name_end: int  #: end of the name itself, before any suffix
    key: str  #: the identifier the entry was registered with
    entry: str  #: the entry's own spelling

    @property
    def has_suffix(self) -> bool:
        return self.end > self.name_end


class _Entry(NamedTuple):
    """A NamedTuple: coreference builds a gazetteer of the article's people for every article."""

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
        in_candidate_pass: bool = True,
    ) -> None:
        """``entries`` are (spelling, key) pairs; several spellings may share a key.
        ``in_candidate_pass=False`` for a gazetteer built per article (it would make the
        candidate pass forget its memo)."""
        self.proper = proper
        self.inflected = inflected
        ambiguous_folded = {tuple(w.folded for w in words(name)) for name in ambiguous}
        self._exact: dict[tuple[str, ...], _Entry] = {}
        lengths: dict[str, set[int]] = {}
        for surface, key in entries:
            parts = words(surface)
            if not parts:
                continue
            folded = tuple([w.folded for w in parts])
            gaps = tuple([surface[a.end : b.start] for a, b in zip(parts, parts[1:])]) if len(parts) > 1 else ()
            acronym = is_all_caps(surface) and len(surface) <= 8
            entry = _Entry(key, surface, gaps, acronym, folded in ambiguous_folded, len(parts[-1].text))
            known = self._exact.setdefault(folded, entry)
            if known.acronym and not acronym and known.key == key:
                # ``ROKETSAN`` and ``Roketsan`` in one row: the row is not only an acronym
                self._exact[folded] = entry
            elif known.key == key and known.gaps != gaps and all(_is_name_joint(g) for g in known.gaps):
                # ``DHKP-C`` and ``DHKP/C`` in one row: a hyphen or space joins any name's words,
                # so the spelling with another mark between them is the one to keep
                self._exact[folded] = entry
            lengths.setdefault(folded[0], set()).add(len(folded))
        # Only the entry lengths that start with a given word are tried there, longest first.
        self._lengths_by_first_word = {word: tuple(sorted(n, reverse=True)) for word, n in lengths.items()}
        #: the lengths ``_longest_at`` tries at a first word: with ``inflected`` also 1 (a one-word
        #: entry under an unmarked suffix: bakan|ları), and (1,) at a word that opens no entry
        self._tried_lengths = self._lengths_by_first_word
        if inflected:
            self._tried_lengths = {
                word: tried if 1 in tried else (*tried, 1) for word, tried in self._lengths_by_first_word.items()
            }
        self._unlisted_lengths = (1,) if inflected else ()
        self.max_words = max((len(folded) for folded in self._exact), default=1)
        # With inflected entries a word may also be a one-word entry under a suffix, and a last
        # word may be an entry's last word under one: these sets rule most words out cheaply.
        self._one_word_entries = {folded[0] for folded in self._exact if len(folded) == 1}
        self._one_word_heads = {word[:3] for word in self._one_word_entries}  # stems are >= 2 letters
        self._last_words = {folded[-1] for folded in self._exact}
        self._inflected_words: dict[str, bool] = {}
        self._entry_stems_of: dict[str, tuple[str, ...]] = {}
        #: the first words of entries of several words (``("avrupa",)``, ``("avrupa", "birliği")``
        #: of a three-word entry): a longer match is only tried after one
        self._openings = {folded[:n] for folded in self._exact for n in range(1, len(folded))}
        self._candidate_number = candidates.register(self) if in_candidate_pass else None

    def __len__(self) -> int:
        return len(self._exact)

    def find(self, text: str, text_words: list[Word] | None = None) -> list[GazetteerMatch]:
        text_words = words(text) if text_words is None else text_words
        sentence_starts = _SentenceStarts(text)
        folded = candidates.folded_words(text_words)  # a Doc's words keep theirs: sliced for the keys
        matches: list[GazetteerMatch] = []
        matched_to = 0  # words starting before this offset are inside the last match
        for i in self._start_candidates(text_words, folded):
            word = text_words[i]
            if word.start < matched_to:
                continue
            if self.proper and word.text.islower():
                continue  # a name starts with a capital, an acronym is in capitals: no upper-case letter, no match
            if word.start > 1 and text[word.start - 1] in APOSTROPHES and text[word.start - 2].isalnum():
                continue  # the suffix of a previous name, not a name (an opening quote opens one: 'Suriye')
            match = self._longest_at(text, text_words, folded, i, sentence_starts)
            if match is not None:
                matches.append(match)
                matched_to = match.end
        return matches

    def may_start(self, folded: str) -> bool:
        """Whether an entry may start at a word folded so (most words start none)."""
        return folded in self._lengths_by_first_word or (self.inflected and self._is_inflected_one_word_entry(folded))

    def _start_candidates(self, text_words: list[Word], folded: list[str]) -> list[int]:
        """Indices of the words where an entry may start: a Doc's words know them from the
        candidate pass; other word lists are walked (``folded``: their folded forms)."""
        if self._candidate_number is not None and isinstance(text_words, candidates.DocWords):
            found = text_words.candidates(self._candidate_number)
            if found is not None:
                return found
        # the test of each word at C level (a per-article gazetteer walks every word)
        starting = self.may_start if self.inflected else self._lengths_by_first_word.__contains__
        return list(compress(count(), map(starting, folded)))

    def _longest_at(
        self, text: str, text_words: list[Word], folded: list[str], i: int, sentence_starts: "_SentenceStarts"
    ) -> GazetteerMatch | None:
        """The longest entry at word ``i`` (``folded``: the words' folded forms). The lengths
        tried there are in decreasing order, a one-word entry (most) last."""
        word = text_words[i]
        lengths = self._tried_lengths.get(word.folded, self._unlisted_lengths)
        if not lengths:
            return None
        if lengths[0] > 1:
            longest = self._opening_words(folded, i, lengths[0]) + 1
            available = len(text_words) - i
            for n in lengths:
                if n == 1:
                    break
                if n > longest or n > available:
                    continue  # no entry opens with these words (neither spelled so nor inflected), or too few words
                span = text_words[i : i + n]
                entry = self._lookup(tuple(folded[i : i + n]))
                if entry is None or not self._accepts(text, span, entry, sentence_starts):
                    continue
                last = span[-1]
                name_end = min(last.end, last.start + entry.last_word_length)
                return _new_match((word.start, suffix_end(text, last.end), name_end, entry.key, entry.surface))
            if lengths[-1] != 1:
                return None
        entry = self._lookup((word.folded,))
        if entry is None or not self._accepts_one(text, word, entry, sentence_starts):
            return None
        name_end = min(word.end, word.start + entry.last_word_length)
        return _new_match((word.start, suffix_end(text, word.end), name_end, entry.key, entry.surface))

    def _opening_words(self, folded: list[str], i: int, most: int) -> int:
        """How many words from ``i`` on (fewer than ``most``, at least the first: an entry of
        ``most`` > 1 words opens with it) open a longer entry: only entries of at most one word
        more can match there."""
        count, last = 1, min(most - 1, len(folded) - i)
        while count < last and tuple(folded[i : i + count + 1]) in self._openings:
            count += 1
        return count

    def _lookup(self, folded: tuple[str, ...]) -> _Entry | None:
        """The entry spelled so; with ``inflected``, also one whose last word is a stem of the
        text's last word (longest stem first)."""
        entry = self._exact.get(folded)
        if entry is not None or not self.inflected:
            return entry
        head = folded[:-1]
        for stem in self._entry_stems(folded[-1]):
            entry = self._exact.get((*head, stem))
            if entry is not None:
                return entry
        return None

    def _entry_stems(self, word: str) -> tuple[str, ...]:
        """The stems of ``word`` (``_stems``, longest first) that end some entry."""
        known = self._entry_stems_of.get(word)
        if known is None:  # words repeat: each is worked out once (the memo is bounded)
            if len(self._entry_stems_of) >= INFLECTED_MEMO_SIZE:
                self._entry_stems_of.clear()
            known = self._entry_stems_of[word] = tuple(stem for stem in _stems(word) if stem in self._last_words)
        return known

    def _is_inflected_one_word_entry(self, word: str) -> bool:
        known = self._inflected_words.get(word)
        if known is None:  # words repeat: each is worked out once (the memo is bounded)
            if len(self._inflected_words) >= INFLECTED_MEMO_SIZE:
                self._inflected_words.clear()
            known = self._inflected_words[word] = self._has_entry_stem(word)
        return known

    def _has_entry_stem(self, word: str) -> bool:
        if word[:3] not in self._one_word_heads and word[:2] not in self._one_word_heads:
            return False  # no entry starts so: most words leave here
        return any(stem in self._one_word_entries for stem in _stems(word))

    def _accepts(self, text: str, span: list[Word], entry: _Entry, sentence_starts: "_SentenceStarts") -> bool:
        if len(span) > 1:  # most matches are of one word: no gaps
            for gap_index, (left, right) in enumerate(zip(span, span[1:])):
                gap = text[left.end : right.start]
                if gap != entry.gaps[gap_index] and (not _is_name_joint(gap) or right.text[:1].islower()):
                    return False  # ``Türk iş insanları``: a joint written otherwise joins no lowercase word (Türk-İş)
        first = span[0].text
        if entry.acronym:  # ``CTF-151``: numbers in an acronym are neither capitals nor lowercase
            return all(is_all_caps(w.text) or w.text.isdigit() for w in span) and is_all_caps(span[0].text)
        if self.proper and not is_capitalized(first) and not _number_before_name(span):
            return False
        if entry.ambiguous and sentence_starts.opens_sentence(span[0].start):
            return suffix_end(text, span[-1].end) > span[-1].end
        return True

    def _accepts_one(self, text: str, word: Word, entry: _Entry, sentence_starts: "_SentenceStarts") -> bool:
        """``_accepts`` of a one-word span."""
        if entry.acronym:
            return is_all_caps(word.text)
        if self.proper and not word.text[:1].isupper():
            return False
        if entry.ambiguous and sentence_starts.opens_sentence(word.start):
            return suffix_end(text, word.end) > word.end
        return True


_new_match = functools.partial(tuple.__new__, GazetteerMatch)  # a match made at C level


def _number_before_name(span: list[Word]) -> bool:
    """``112 Acil Servis``: a name may open with a number when a capitalized word follows it."""
    return len(span) > 1 and span[0].text.isdigit() and is_capitalized(span[1].text)


def _is_name_joint(gap: str) -> bool:
    """Words of one name are separated by spaces or a hyphen, never by a line break."""
    return "\n" not in gap and gap.strip() in ("", "-", "–", "‑")


#: shorter stems ending in a soft consonant are words of their own more often than softened ones
MIN_SOFTENED_STEM = 5
#: the dative or genitive after a softened consonant (``Başbakanlığa``, ``Başbakanlığın``); not the
#: possessive's vowel (``Bakanlığı`` is no ``Bakanlık`` with a suffix)
_CASE_AFTER_SOFTENED = re.compile(r"[ae]|[ıiuü]n")


def _stems(word: str) -> Iterator[str]:
    """The word without an unmarked suffix of 1 to MAX_UNMARKED_SUFFIX letters, longest stem first;
    a stem ending in a softened consonant before a vowel is tried hardened too."""
    for length in range(len(word) - 1, max(len(word) - MAX_UNMARKED_SUFFIX, 2) - 1, -1):
        stem = word[:length]
        yield stem
        if length >= MIN_SOFTENED_STEM and stem[-1] in SOFTENED_TO_HARD and _CASE_AFTER_SOFTENED.fullmatch(word, length):
            yield stem[:-1] + SOFTENED_TO_HARD[stem[-1]]  # ``Başbakanlığa``: ``Başbakanlık``


class _SentenceStarts:
    """Sentence starts of a text, found only if an ambiguous entry asks (most texts never do)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: tuple[int, ...] | None = None

    def opens_sentence(self, offset: int) -> bool:
        if self._starts is None:  # remembered per text: the searches of one article share them
            self._starts = sentence_starts(self.text)
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and self._starts[index] == offset


def with_uninflected(matches: list[GazetteerMatch], uninflected: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """The matches of an inflected gazetteer, and those of an uninflected one that carry no
    suffix and that none of the former covers (``gündem`` alone, not inside ``gündem
    maddelerini``), in text order."""
    starts = [m.start for m in matches]  # inflected matches do not overlap: one bisect finds a cover
    free = [
        m
        for m in uninflected
        if m.end == m.name_end
        and ((before := bisect.bisect_left(starts, m.end) - 1) < 0 or matches[before].end <= m.start)
    ]
    return sorted(matches + free, key=lambda m: m.start)
