"""Names read where a word of the name lexicons stands: a listed given name opens a full name
(with the initials said before it: ``M. K. Ayşe Kaya``), and a listed surname standing alone is
a mention by surname (``Kaya``).

These two passes of ``PersonStage`` (``pipeline.persons.component``) read no title or other cue,
only the lists, so they are kept apart from the stage's wiring of its many passes."""

from __future__ import annotations

from pipeline.lang.tr.text import Word
from pipeline.persons.families import opens_family_list
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import kin_before_name
from pipeline.persons.names import NameReader
from pipeline.persons.surname_given_names import add_second_given_before
from pipeline.persons.word_spans import claim

#: what stands between an initial and the word after it: its dot, and a space unless glued
_AFTER_INITIAL = (". ", ".")


def names_from_given_names(words: list[Word], capitalized: list[int], reader: NameReader, given_names: set[str],
                           turkish_given_names: set[str]) -> list[PersonMention]:
    """The names that a listed given name opens, each claimed as it is read."""
    mentions = []
    for i in capitalized:
        word = words[i]
        if i in reader.blocked or word.folded not in given_names \
                or kin_before_name(reader.text, words, i, turkish_given_names, given_names):
            continue
        first = _initials_before(reader.text, words, i, reader.blocked)
        mention = reader.from_given_name(first)
        if mention is not None and first == i:  # ``Barış Alper Yılmaz``
            add_second_given_before(reader.text, words, mention, i, reader)
        if mention is not None:
            claim(reader, words, mention)
            mentions.append(mention)
    return mentions


def lone_surnames(words: list[Word], capitalized: list[int], reader: NameReader, found: list[PersonMention],
                  surnames: set[str], opening_surnames: frozenset[str]) -> list[PersonMention]:
    """The listed surnames said alone, each claimed as it is read; ``found``: the mentions read so far."""
    mentions = []
    for i in capitalized:  # a lone surname is written with a capital (``NameReader._usable``)
        if i in reader.blocked or opens_family_list(reader.text, words, reader, i, found):
            continue  # (``Selim ve Orhan Kalkan``: a family's given name, read with its surname later)
        mention = reader.lone_surname(i, surnames, opening_surnames)
        if mention is not None:
            claim(reader, words, mention)
            mentions.append(mention)
    return mentions


def _initials_before(text: str, words: list[Word], index: int, blocked: set[int]) -> int:
    """The first of the initials said right before the given name at ``index`` (``L. Ayşe
    Kaya``, ``M. K. Ayşe Kaya``, glued ``Y.Kemal Aydın``): the name starts there; ``index`` when there are none."""
    while index > 0 and index - 1 not in blocked and len(words[index - 1].text) == 1 \
            and words[index - 1].text.isupper() and text[words[index - 1].end : words[index].start] in _AFTER_INITIAL \
            and text[words[index - 1].start - 1 : words[index - 1].start] in ("", " ", "\n"):
        index -= 1
    return index
