"""One pass over an article's words that finds where an entry of any gazetteer may start.

Every list-driven stage searches the whole article with its own gazetteers (countries, the
catalogues of missions, organizations and locations, office and person titles, demonyms, topic
cues, ...). Each search used to walk every word of the article and ask its gazetteer whether
an entry starts there: about a dozen walks per article, most words starting nothing.

Instead, every gazetteer registers here when it is built, and the words of a Doc
(``DocWords``, made once by the analysis stage) are looked up once: a per-process memo maps a
folded word to the gazetteers that may start an entry at it (its first word, or with an
inflected gazetteer a one-word entry under a suffix), so the pass costs one dictionary
look-up per word. A gazetteer's search then visits only its candidate words
(``Gazetteer.find``), with the same rules as before: the candidates are exactly the words the
full walk would have stopped at, so the matches are the same.

Word lists that are not a Doc's (a phrase, a window of text) are walked in full as before.
"""

from __future__ import annotations

import weakref
from itertools import compress, count
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from pipeline.lexicons.gazetteer import Gazetteer

#: How many distinct folded words the memo remembers (then it starts again).
MEMO_SIZE = 200_000

_registered: list[weakref.ref] = []  # gazetteer number -> the gazetteer (while it lives)
_memo: dict[str, tuple[int, ...]] = {}  # folded word -> numbers of the gazetteers that may start there


#: the registered gazetteers read for a word not in the memo (made at the first such word
#: after a gazetteer registers): first word of an entry -> the numbers of the gazetteers with
#: such an entry, and, by the first two or three letters of their one-word entries, (number,
#: gazetteer) of the inflected ones, which also start at a one-word entry under a suffix
_first_words: dict[str, tuple[int, ...]] | None = None
_inflected_by_head: dict[str, list[tuple[int, weakref.ref]]] = {}


def register(gazetteer: "Gazetteer") -> int:
    """The number of a new gazetteer in the candidate pass. The memo forgets what it knew,
    which did not ask the new gazetteer (gazetteers are built when a pipeline loads)."""
    _registered.append(weakref.ref(gazetteer, _forget))
    _forget()
    return len(_registered) - 1


def _forget(_dead: weakref.ref | None = None) -> None:
    """Start the memo and the index again: a gazetteer registered, or one died (a dropped
    pipeline's), whose numbers they would still give."""
    global _first_words
    _memo.clear()
    _first_words = None


def _index_gazetteers() -> dict[str, tuple[int, ...]]:
    global _first_words
    first_words: dict[str, list[int]] = {}
    _inflected_by_head.clear()
    for number, reference in enumerate(_registered):
        gazetteer = reference()
        if gazetteer is None:
            continue
        for word in gazetteer._lengths_by_first_word:
            first_words.setdefault(word, []).append(number)
        if gazetteer.inflected:
            for head in gazetteer._one_word_heads:
                _inflected_by_head.setdefault(head, []).append((number, reference))
    _first_words = {word: tuple(numbers) for word, numbers in first_words.items()}
    return _first_words


def _starting_here(folded: str) -> tuple[int, ...]:
    """The numbers of the gazetteers that may start an entry at a word folded so (``may_start``),
    in increasing order: those with an entry opening with the word, and the inflected ones
    that have it as a one-word entry under a suffix."""
    if len(_memo) >= MEMO_SIZE:
        _memo.clear()
    listed = (_first_words if _first_words is not None else _index_gazetteers()).get(folded, ())
    inflected = []
    # only the inflected gazetteers with a one-word entry opening as the word does can have one
    # under a suffix (``Gazetteer._has_entry_stem`` asks the same of its own heads): a new word
    # asks a few of them, not each (most new words of an article start none)
    asked = dict(_inflected_by_head.get(folded[:3], ()))  # number -> gazetteer
    asked.update(_inflected_by_head.get(folded[:2], ()))
    for number, reference in sorted(asked.items()):
        gazetteer = reference()
        if gazetteer is not None and number not in listed and gazetteer._is_inflected_one_word_entry(folded):
            inflected.append(number)
    found = _memo[folded] = tuple(sorted(listed + tuple(inflected))) if inflected else listed
    return found


class DocWords(list):
    """The words of a Doc's text (``pipeline.lang.tr.text.Word``), a plain list to every
    reader, with the candidate starts of every registered gazetteer found in one pass
    (``find_candidates``, by the analysis stage; else at the first search). The words of a
    Doc never change once listed: what is read off them is kept (``word_starts``)."""

    __slots__ = ("_starts", "_known", "_word_starts", "_index_at", "_capitalized", "_folded")

    def __init__(self, text_words: Iterable = ()) -> None:
        super().__init__(text_words)
        self._starts: dict[int, list[int]] | None = None
        self._known = 0  # gazetteers registered when the pass ran
        self._word_starts: list[int] | None = None
        self._index_at: dict[int, int] | None = None
        self._capitalized: list[int] | None = None
        self._folded: list[str] | None = None

    def find_candidates(self) -> None:
        starts: dict[int, list[int]] = {}
        folded = folded_words(self)
        # the memo read for every word at C level; most words start no entry (an empty tuple)
        found = list(map(_memo.get, folded))
        if None in found:  # words not seen before (no tuple equals None)
            found = [_starting_here(word) if numbers is None else numbers for numbers, word in zip(found, folded)]
        # only the words that start something are visited in Python
        for index, numbers in zip(compress(count(), found), compress(found, found)):
            for number in numbers:
                if number in starts:
                    starts[number].append(index)
                else:
                    starts[number] = [index]
        self._starts, self._known = starts, len(_registered)

    def candidates(self, number: int) -> list[int] | None:
        """Indices of the words where the gazetteer ``number`` may start an entry, in text
        order; None for a gazetteer registered after the pass (the caller walks every word)."""
        if self._starts is None:
            self.find_candidates()
        if number >= self._known:
            return None
        return self._starts.get(number, [])

    def __reduce__(self):  # the candidates are found again where it is unpickled
        return (DocWords, (list(self),))


# Several stages find words by offset (a bisection over the starts, or a dict from a start to
# the word's index), each over the article's words: the lists of a Doc's words are made once.

def word_starts(text_words: list) -> list[int]:
    """The start offsets of the words, in order (not to be changed by the caller: a Doc's
    words share one list)."""
    if isinstance(text_words, DocWords):
        if text_words._word_starts is None:
            text_words._word_starts = [word.start for word in text_words]
        return text_words._word_starts
    return [word.start for word in text_words]


def words_folded_as(text_words: list, forms: frozenset[str]) -> list[int]:
    """Indices of the words whose folded form is one of ``forms``, in order: each word tested
    at C level, so a rule that starts at a few function words visits only those."""
    return list(compress(count(), map(forms.__contains__, folded_words(text_words))))


def folded_words(text_words: list) -> list[str]:
    """The folded forms of the words, in order (not to be changed by the caller)."""
    if isinstance(text_words, DocWords):
        if text_words._folded is None:
            text_words._folded = [word.folded for word in text_words]
        return text_words._folded
    return [word.folded for word in text_words]


def word_index_at(text_words: list) -> dict[int, int]:
    """Start offset -> index of the word starting there (not to be changed by the caller)."""
    if isinstance(text_words, DocWords):
        if text_words._index_at is None:
            text_words._index_at = {start: index for index, start in enumerate(word_starts(text_words))}
        return text_words._index_at
    return {word.start: index for index, word in enumerate(text_words)}


def capitalized_words(text_words: list) -> list[int]:
    """Indices of the words written with a capital (where names are read), in order (not to
    be changed by the caller)."""
    if isinstance(text_words, DocWords):
        if text_words._capitalized is None:
            text_words._capitalized = _capitalized(text_words)
        return text_words._capitalized
    return _capitalized(text_words)


_text_of, _first_letter = attrgetter("text"), itemgetter(slice(0, 1))


def _capitalized(text_words: list) -> list[int]:
    # ``word.text[:1].isupper()`` of every word, at C level
    return list(compress(count(), map(str.isupper, map(_first_letter, map(_text_of, text_words)))))
