"""Word positions and currency-name forms for the money stage (pure functions on text and words)."""

from __future__ import annotations

import bisect
import itertools

from pipeline.lang.tr.endings import without_compound_possessive
from pipeline.lang.tr.text import Word, turkish_lower

def bare_compounds(name: str) -> list[str]:
    """``Kanada doları`` -> ``Kanada dolar``, ``İsviçre frangı`` -> ``İsviçre frank``, ``Rus rublesi`` ->
    ``Rus ruble``: the forms the suffixes -lık and -dan attach to; none for one-word names."""
    head, _, last = name.rpartition(" ")
    bare = without_compound_possessive(last)  # dolar|ı, frang|ı, ruble|si
    if not head or bare == last:
        return []
    forms = [f"{head} {bare}"]
    if bare.endswith("ng"):  # frang|ı may be frank softened before the vowel (dong|u is not)
        forms.append(f"{head} {bare[:-1]}k")
    return forms


def skip_spaces(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] == " ":
        offset += 1
    return offset


def word_fits(folded: str, expected: str) -> bool:
    """Whether a folded word is the pattern word ``expected`` (``aş*``: any word starting ``aş``)."""
    return folded.startswith(expected[:-1]) if expected.endswith("*") else folded == expected


def words_match(span: list[Word], pattern: tuple[str, ...]) -> bool:
    return len(span) == len(pattern) and all(word_fits(word.folded, expected) for word, expected in zip(span, pattern))


def only_spaces(text: str, span: list[Word], end: int) -> bool:
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(span)] + [text[span[-1].end : end]]
    return all(gap.strip() == "" and "\n" not in gap for gap in gaps)


def word_index_before(text_words: list[Word], offset: int) -> int:
    """Index of the last word ending at or before ``offset`` (-1 when none)."""
    return bisect.bisect_right(text_words, offset, key=lambda word: word.end) - 1


def next_word(text: str, text_words: list[Word], offset: int) -> int | None:
    """Index of the word right after ``offset`` with only spaces between, else None."""
    index = word_index_before(text_words, offset) + 1
    if index >= len(text_words) or text[offset : text_words[index].start] != " " * (text_words[index].start - offset):
        return None
    return index


def ends_clause(text: str, offset: int) -> bool:
    rest = text[offset : offset + 2].lstrip(" ")
    return not rest or rest[0] in ",.;:!?)\n"


def hedged_subject(subject: str | None, hedges: list) -> tuple[str | None, bool]:
    """``yaklaşık maliyeti 900 milyon avro``: a hedge (one of ``hedges``, words folded) opening the subject
    hedges the amount; the subject is the rest (``maliyeti``)."""
    words = subject.split() if subject else []
    for hedge in hedges:
        n = len(hedge.words)
        if len(words) > n and tuple(turkish_lower(word) for word in words[:n]) == hedge.words:
            return " ".join(words[n:]), True
    return subject, False
