"""Joints inside the capitalized qualifiers of an office that are no edge of the title phrase: a
body's short name in parentheses, commas listing the fields in a body's name, ``ile`` pairing the
two sides of an office's field. Read by ``pipeline.persons.title_qualifiers``."""

from __future__ import annotations

from pipeline.lang.tr.endings import is_compound_head
from pipeline.lang.tr.text import Word, is_capitalized
from pipeline.persons.title_phrases import TextClues

#: ``Kosova ile Sırbistan Arasındaki``: ``ile`` pairs the two sides of what an office's field is between
PAIRED = "ile"
BETWEEN = "arasında"


def parenthesized_body(text: str, word: Word, clues: TextClues) -> bool:
    """Whether ``word`` alone fills parentheses and is an organization's mention (``(Frontex)``): the
    body's short name, said after its name in full as an acronym is, though not in capitals."""
    return word.start > 0 and text[word.start - 1] == "(" and text[word.end : word.end + 1] == ")" \
        and clues.organizations.get(word.start) == word.end


def listed_in_body_name(text: str, text_words: list[Word], j: int, start: int, first: int,
                         given_names: set[str]) -> bool:
    """Whether word ``j``, before a comma, is one of three or more capitalized words listed with
    commas in a body's name whose head the qualifiers already passed (``Türkiye Süt, Et, Gıda
    Sanayicileri ve Üreticileri Birliği``). One comma alone may set off a name said before the
    office (``Ali Kaya, Esnaf ve Sanatkârlar Odası Başkanı``)."""
    if not any(is_compound_head(text_words[k].folded) and is_capitalized(text_words[k].text)
               for k in range(start, first)):
        return False
    k, m = j, j
    while k > 0 and text[text_words[k - 1].end : text_words[k].start] == ", ":
        k -= 1
    while m + 1 < first and text[text_words[m].end : text_words[m + 1].start] == ", ":
        m += 1
    run = text_words[k : m + 1]
    return len(run) > 2 and all(is_capitalized(w.text) and w.folded not in given_names for w in run)


def pair_between(text: str, text_words: list[Word], ile: int, first: int) -> bool:
    """Whether ``ile`` at word ``ile`` pairs two capitalized words and the word after the second says
    what lies between them (``Arasındaki``, ``Arasında``), before the office head at ``first``."""
    return 0 < ile and ile + 2 < first and is_capitalized(text_words[ile - 1].text) \
        and is_capitalized(text_words[ile + 1].text) and text_words[ile + 2].folded.startswith(BETWEEN) \
        and is_capitalized(text_words[ile + 2].text) \
        and text[text_words[ile - 1].end : text_words[ile + 2].start] == f" {PAIRED} {text_words[ile + 1].text} "
