"""The given name of a person found by surname alone, read where the text says the full name.

A roster line, a list of players or a player's action name a foreign player by surname
(``Okoro 12``, ``Okoro'nun golü``); the running text often gives the full name once
(``takımda en skorer isim Tobi Okoro oldu``), with a given name no list knows. A capitalized
word written right before such a surname, after a space, is the person's given name, so the
person is named in full (the gold lists people by the fullest name the article gives). Left
alone: a word that another stage took (a club, a country, a title), a word the article
also writes in lowercase (a common noun), a word that only opens a
sentence (unless the lists know it as a given name), a word in capitals or with a case
suffix, a surname (``Zelenskiy Putin'e``: two people), and a surname said after two
different words (two people of one family)."""

from __future__ import annotations

import re

from pipeline.lang.tr.text import APOSTROPHES, Word, is_all_caps, is_capitalized, turkish_lower
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import CASE_AFTER_POSSESSIVE
from pipeline.names.openers import lowercase_words_of
from pipeline.persons.names import NameReader

#: a word's lowercase letters and then a capital: two words written without their space
#: (``McKissic``, ``DeAndre`` keep a capital after one or two letters)
_GLUED = re.compile(r"[a-zçğıöşü]{3,}[A-ZÇĞİÖŞÜ]")


def given_names_of_surnames(text: str, words: list[Word], reader: NameReader,
                            mentions: list[PersonMention]) -> list[PersonMention]:
    """Mentions of ``given name + surname`` for the people found by surname alone."""
    lone = {m.words[0] for m in mentions if len(m.words) == 1}
    lone -= {m.words[-1] for m in mentions if len(m.words) > 1}  # the full name is known already
    lowercase = lowercase_words_of(words)  # a word the article also writes in lowercase is a common one
    lone -= lowercase
    if not lone:
        return []
    # ``Zelenskiy Putin'e``: a found person's surname (or a listed one) before it is no given name
    # (the listed ones asked of each word, not copied: the lists are long)
    found_surnames = {m.words[-1] for m in mentions}
    before: dict[str, set[str]] = {}  # each lone surname -> the words said right before it
    places: dict[str, list[int]] = {}
    for i in range(1, len(words)):
        word = words[i]
        if word.folded not in lone or i in reader.blocked or not is_capitalized(word.text) \
                or is_all_caps(word.text):
            continue
        given = words[i - 1]
        if text[given.end : word.start] != " " or given.folded in found_surnames \
                or given.folded in reader.surnames and given.folded not in reader.given_names or given.folded in lowercase \
                or not _given_name_word(text, words, i - 1, reader):
            continue
        before.setdefault(word.folded, set()).add(turkish_lower(given.text))
        places.setdefault(word.folded, []).append(i - 1)
    found = []
    for surname, givens in before.items():
        if len(givens) != 1:
            continue  # two people share the surname: which one the lone mention is, is unsaid
        for first in places[surname]:
            if first in reader.blocked or first + 1 in reader.blocked:
                continue
            mention = reader.two_words(first)
            if mention is not None:
                reader.blocked.update((first, first + 1))
                found.append(mention)
    return found


def _given_name_word(text: str, words: list[Word], i: int, reader: NameReader) -> bool:
    word = words[i]
    if not is_capitalized(word.text) or not word.text[0].isalpha() or is_all_caps(word.text) \
            or i in reader.blocked or word.folded in reader.stopwords or word.folded in reader.function_words \
            or CASE_AFTER_POSSESSIVE.search(word.folded):
        return False
    if text[word.end : word.end + 1] in APOSTROPHES or text[word.start - 1 : word.start] in APOSTROPHES \
            or _GLUED.search(word.text):
        return False  # ``BaşkanıDonald``: two words glued by a lost space
    return word.start not in reader.sentence_openers or word.folded in reader.given_names


def add_second_given_before(text: str, words: list[Word], mention: PersonMention, index: int,
                            reader: NameReader) -> None:
    """``Barış Alper Yılmaz``: a given name that is an everyday word too (``data/given_names_second.tsv``),
    capitalized right before the listed given name at ``index`` that opens a full name, and not
    inside a longer run of capitals (``Mavi Deniz Ali Kaya``: a ship's name before), is the
    name's first given name."""
    before = index - 1
    if len(mention.words) < 2 or before < 0 or before in reader.blocked or words[before].folded not in reader.second_given \
            or not is_capitalized(words[before].text) or is_all_caps(words[before].text) \
            or text[words[before].end : words[index].start] != " ":
        return
    if before > 0 and is_capitalized(words[before - 1].text) and text[words[before - 1].end : words[before].start] == " " \
            and words[before - 1].start not in reader.sentence_openers:
        return
    word = words[before]
    mention.start, mention.name = word.start, f"{word.text} {mention.name}"
    mention.words = [word.folded, *mention.words]
