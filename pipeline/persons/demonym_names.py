"""Persons introduced by their nationality: ``Kolombiyalı Ingrit Lorena Valencia``, ``Fransız
Sebastien Loeb'un``, ``Moğol Batbayar Ganzorig'i``. Sport and world news name foreign players,
drivers and officials this way, and their names are mostly ones the name lists do not know.

A nationality adjective (a demonym, no case ending of its own) followed after one space by two
to four capitalized name words is a person when the run ends there: at a case suffix, a comma,
a lowercase word or the end of the line; not when the run goes on into the head of a thing's name
(``Alman Goethe Enstitüsü``), stands in a title-case headline, holds an acronym or opens
with an ordinal (``Alman Birinci Televizyon Kanalı``). A lone
capitalized word after a nationality (``Alman Siemens``, ``İtalyan Juventus``) is left alone: a
company or a club is named that way too.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import Word, is_all_caps
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader
from pipeline.lexicons.candidates import word_index_at
from pipeline.persons.word_spans import word_at

#: an ordinal number word (``Birinci``, ``Üçüncü``)
_ORDINAL = re.compile(r"[ıiuü]nc[ıiuü]$")
#: name words read after a nationality
_MIN_WORDS, _MAX_WORDS = 2, 4


def names_after_demonyms(text: str, words: list[Word], reader: NameReader,
                         demonym_ends: set[int]) -> list[PersonMention]:
    """``demonym_ends``: where the nationality adjectives found in the text end."""
    found = []
    # the words said one space after a nationality, in order
    after = sorted(i for i in (word_at(words, end + 1) for end in demonym_ends) if i is not None)
    for i in after:
        word = words[i]
        if i == 0 or text[words[i - 1].end : word.start] != " " or words[i - 1].end not in demonym_ends:
            continue
        units = reader.name_run(i, _MAX_WORDS)
        if not _MIN_WORDS <= len(units) <= _MAX_WORDS or reader.in_title_case_line(i):
            continue
        if any(is_all_caps(words[k].text) or _ORDINAL.search(words[k].folded) for unit in units for k in unit):
            continue  # an acronym; ``Alman Birinci Televizyon Kanalı``: an ordinal opens no name
        last = units[-1][-1]
        if reader.run_goes_on(last):
            continue  # ``Alman Goethe Enstitüsü``, or more capitals than a name holds
        mention = reader.units_mention(units)
        if mention is not None:
            found.append(mention)
    return found


def hyphen_partners(text: str, words: list[Word], reader: NameReader,
                    mentions: list[PersonMention]) -> list[PersonMention]:
    """``Jan Novak-Piotr Kowalski``: two capitalized words glued by a hyphen to a person's name
    found otherwise name the partner (a driver and co-driver, a doubles pair), whatever the lists
    know of them; the word before them is no capitalized one (a longer run says something else)."""
    starts = {m.start for m in mentions}
    found = []
    if "-" not in text and "‐" not in text:
        return found
    for i in sorted(i for i in (word_at(words, start) for start in starts) if i is not None and i >= 2):
        if words[i].start not in starts or text[words[i - 1].end : words[i].start] not in ("-", "‐"):
            continue
        first = i - 2
        if text[words[first].end : words[i - 1].start] != " " or reader.in_title_case_line(first):
            continue
        if first > 0 and text[words[first - 1].end : words[first].start] == " " \
                and words[first - 1].text[:1].isupper() and first - 1 not in reader.blocked:
            continue
        if any(is_all_caps(words[k].text) for k in (first, i - 1)):
            continue
        mention = reader.two_words(first)
        if mention is not None:
            found.append(mention)
    return found


def slash_partners(text: str, words: list[Word], reader: NameReader,
                   mentions: list[PersonMention]) -> list[PersonMention]:
    """``Ekin Bahıtlı/Eylül Benli``: a doubles pair written with a slash; two capitalized words on
    the other side of the slash from a person's full name found otherwise name the partner,
    whatever the lists know of them. The words must stand alone there: no capitalized word
    before the pair's first or after its last (a longer run says something else)."""
    if "/" not in text:
        return []
    index_at = word_index_at(words)
    found = []
    for mention in mentions:
        first = index_at.get(mention.start)
        if first is None or len(mention.words) < 2:
            continue
        last = first + len(mention.words) - 1
        candidates = []
        if last + 2 < len(words) and text[words[last].end : words[last + 1].start] == "/":
            candidates.append(last + 1)  # the partner after the name
        if first >= 2 and text[words[first - 1].end : words[first].start] == "/":
            candidates.append(first - 2)  # the partner before it
        for start in candidates:
            if _pair_stands_alone(text, words, reader, start):
                partner = reader.two_words(start)
                if partner is not None:
                    found.append(partner)
    return found


def _pair_stands_alone(text: str, words: list[Word], reader: NameReader, start: int) -> bool:
    end = start + 1
    if end >= len(words) or text[words[start].end : words[end].start] != " " or reader.in_title_case_line(start):
        return False
    if any(is_all_caps(words[k].text) or not words[k].text[:1].isupper() for k in (start, end)):
        return False
    before_capital = start > 0 and text[words[start - 1].end : words[start].start] == " " \
        and words[start - 1].text[:1].isupper() and words[start - 1].start not in reader.sentence_openers
    after_capital = end + 1 < len(words) and text[words[end].end : words[end + 1].start] == " " \
        and words[end + 1].text[:1].isupper()
    return not before_capital and not after_capital
