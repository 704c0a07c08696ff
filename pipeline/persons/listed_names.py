"""Names in a list of people: capitalized words that stand where the list's other items are
names found otherwise. A line of two or three capitalized words between lines that are each
a person's name (an indictment's list of suspects, ``AYŞE KAPLAN`` on one line, ``ŞAZİME SENA
AYATA`` on the next), or two capitalized words between two names in a list set off by commas
(``Ayşe Kaplan, Şazime Ayata, Ali Kaya``): the list says what they are, whatever the name
lists know of the words."""

from __future__ import annotations

import bisect
from operator import attrgetter

from pipeline.lang.tr.text import Word, line_spans, turkish_lower
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader
from pipeline.lexicons.candidates import word_index_at, word_starts
from pipeline.resources import read_tsv

_END = attrgetter("end")

#: name words of a list item that the list alone makes a name
_ITEM_WORDS = (2, 3)


def names_in_lists(text: str, words: list[Word], reader: NameReader,
                   mentions: list[PersonMention]) -> list[PersonMention]:
    starts = word_starts(words)
    found = _names_in_line_lists(text, words, starts, reader, mentions)
    found += _names_in_comma_lists(text, words, starts, reader, mentions + found)
    return found + _names_before_closing_name(text, words, reader, mentions + found)


def _names_in_line_lists(text: str, words: list[Word], starts: list[int], reader: NameReader,
                         mentions: list[PersonMention]) -> list[PersonMention]:
    lines = line_spans(text)
    filling = {(m.start, m.end) for m in mentions}
    is_name_line = [span in filling for span in lines]
    found = []
    for number, (start, end) in enumerate(lines):
        if is_name_line[number]:
            continue
        neighbours = is_name_line[max(0, number - 2) : number] + is_name_line[number + 1 : number + 3]
        if sum(neighbours) < 2 or not (number > 0 and is_name_line[number - 1]
                                        or number + 1 < len(lines) and is_name_line[number + 1]):
            continue
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if last - first not in _ITEM_WORDS or words[last - 1].end != end \
                or any(text[words[i].end : words[i + 1].start] != " " for i in range(first, last - 1)):
            continue
        mention = reader.two_words(first, last - first)
        if mention is not None:
            found.append(mention)
    return found


def _names_in_comma_lists(text: str, words: list[Word], starts: list[int], reader: NameReader,
                          mentions: list[PersonMention]) -> list[PersonMention]:
    """Items of two or three capitalized words set off by commas between two names found
    otherwise (``Ayşe Kaplan, Şazime Ayata, Nurhan Esen ve Ali Kaya``: each item is a name); a
    lone capitalized word between two such full names is one too (a stage name: ``Ali Kaya,
    Ezhel ve Veli Demir``)."""
    ending_at = {m.end: m for m in mentions}
    starting_at = {m.start: m for m in mentions}
    found = []
    # only the words right after a mention's end are read (not a test of every word)
    for end in sorted(ending_at):
        i = bisect.bisect_left(words, end, key=_END) + 1
        if i >= len(words) - 1 or words[i - 1].end != end or text[words[i - 1].end : words[i].start] != ", ":
            continue
        items: list[tuple[int, int]] = []  # (first word, word count) of each item
        while i < len(words) and words[i].start not in starting_at:
            count = _item_length(text, words, i)
            if count == 0:
                break
            items.append((i, count))
            following = i + count
            if following + 1 >= len(words):
                break
            gap = text[words[following - 1].end : words[following].start]
            if gap == " " and words[following].folded == "ve" \
                    and text[words[following].end : words[following + 1].start] == " ":
                following += 1  # the last item: ``..., Şazime Ayata ve Ali Kaya``
                i = following
                break
            if gap != ", ":
                break
            i = following
        if not items or i >= len(words) or words[i].start not in starting_at:
            continue
        closing = starting_at[words[i].start]
        for first, count in items:
            if count == 1 and (len(items) > 1 or len(ending_at[end].words) < 2 or len(closing.words) < 2):
                continue
            mention = reader.two_words(first, count) if count > 1 else reader.single_word(first)
            if mention is not None:
                found.append(mention)
    return found


def _names_before_closing_name(text: str, words: list[Word], reader: NameReader,
                               mentions: list[PersonMention]) -> list[PersonMention]:
    """``Pemra Özgen, Ekin Bahıtlı ve Naz Karagöz``: two or more items of two or three capitalized
    words, set off by commas and closed by ``ve`` and a full name found otherwise, are names too
    (the list's last item says what its items are), whatever the name lists know of their words."""
    index_at = word_index_at(words)
    found = []
    for mention in mentions:
        closing = index_at.get(mention.start)
        if closing is None or closing < 3 or len(mention.words) < 2 or words[closing - 1].folded != "ve" \
                or text[words[closing - 2].end : words[closing].start] != " ve ":
            continue
        items: list[tuple[int, int]] = []  # (first word, word count), last item first
        end = closing - 2
        while end >= 0:
            count = _item_ending_at(text, words, end)
            if count == 0:
                break
            items.append((end - count + 1, count))
            before = end - count
            if before < 0 or text[words[before].end : words[before + 1].start] != ", ":
                break
            end = before
        first = items[-1][0] if items else 0
        opens_longer_run = first > 0 and text[words[first - 1].end : words[first].start] == " " \
            and words[first - 1].text[:1].isupper()
        if len(items) < 2 or opens_longer_run:
            continue  # ``Ali Kaya ve Veli Demir``: one item says nothing of the list's kind
        for start, count in items:
            name = reader.two_words(start, count)
            if name is not None:
                found.append(name)
    return found


def _item_ending_at(text: str, words: list[Word], last: int) -> int:
    """How many capitalized words (two or three, joined by single spaces) end at word ``last``;
    0 unless one more word before them is not one of them."""
    count = 0
    while last - count >= 0 and words[last - count].text[:1].isupper() and count < max(_ITEM_WORDS):
        count += 1
        if last - count < 0 or text[words[last - count].end : words[last - count + 1].start] != " " \
                or not words[last - count].text[:1].isupper():
            return count if count in _ITEM_WORDS else 0
    return 0


def _item_length(text: str, words: list[Word], i: int) -> int:
    """How many words (one to three) a list item that starts at word ``i`` holds: capitalized
    words joined by single spaces, up to the comma or the ``ve`` after them; 0 when it is none."""
    count = 0
    while i + count < len(words) and count <= max(_ITEM_WORDS) and words[i + count].text[:1].isupper():
        count += 1
        after = i + count
        if after >= len(words):
            return 0
        gap = text[words[after - 1].end : words[after].start]
        if gap == ", " or gap == " " and words[after].folded == "ve":
            return count if count <= max(_ITEM_WORDS) else 0
        if gap != " ":
            return 0
    return 0


#: ``surnames_public_figures.tsv`` column ``alone``: a surname that is an everyday word, alone only with a suffix
SUFFIXED_ONLY = "suffixed"


def public_figure_surnames(table: str | None) -> tuple[set[str], set[str]]:
    """The folded surnames of the public figures' list read alone, and those read alone only with a
    suffix after an apostrophe (``Özel'in``, ``Yavaş'ın``: everyday words, which take none)."""
    rows = list(read_tsv(table)) if table else []
    return ({turkish_lower(row["name"]) for row in rows if row.get("alone") != SUFFIXED_ONLY},
            {turkish_lower(row["name"]) for row in rows if row.get("alone") == SUFFIXED_ONLY})
