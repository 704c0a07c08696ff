"""Families. Given names that share the surname said once at the end of a list: ``Ayşe, Elif ve Can Mert
Yılmaz`` names three people, ``Ayşe Yılmaz``, ``Elif Yılmaz`` and ``Can Mert Yılmaz`` (a family,
the victims of one event, siblings). Turkish writes the surname once and lists the given names
before it, joined by commas and a final ``ve`` (or commas only: ``Ayşe, Elif, Can Yılmaz``).

The list is read only before a full name some other reading found (``Mert Yılmaz``), and only
when every item is one capitalized word no other stage took, said without a case ending, and no
known surname (``Kaya, Ali ve Can Demir`` is no family). An item no list knows as a given name
counts only in a list of two items or more, and so does a list without ``ve``.

And a relative named after someone said by surname in the genitive (``Erdoğan'ın eşi Emine
Erdoğan``): two people, though they share the surname."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import (
    APOSTROPHES, Word, after_apostrophe, before_apostrophe, is_all_caps, is_capitalized, suffix_end, turkish_lower,
)
from pipeline.persons.name_words import display_name
from pipeline.persons.mention import PersonMention
from pipeline.persons.named_people import PERSON_NOUNS
from pipeline.persons.names import NameReader
from pipeline.persons.title_edges import MODIFIERS
from pipeline.lexicons.candidates import word_index_at

_AND = "ve"
#: stems of the words that say who someone is to the person named before (``Genel Müdür Ali Kaya ve
#: Yardımcısı Cevdet Akçay``, ``Vali Ali Kaya ve Eşi Ayşe Kaya``): capitalized after a full name,
#: they are no given name of the name after them
_RELATION_STEMS = (*MODIFIERS, *PERSON_NOUNS)


def shared_surname_mentions(text: str, words: list[Word], reader: NameReader,
                            mentions: list[PersonMention]) -> list[PersonMention]:
    """The list items before each full name, as mentions of their own; the full name may take in
    one more given name that stands right after ``ve`` (``ve Berkuk Emre Koca``)."""
    index_at = word_index_at(words)
    ends = {m.end for m in mentions}
    full_names = {m.start for m in mentions if len(m.words) >= 2}
    found: list[PersonMention] = []
    for mention in mentions:
        first = index_at.get(mention.start)
        if first is None or len(mention.words) < 2 or first < 2:
            continue
        head = first
        if _is_item(text, words, reader, first - 1, unknown_surname_ok=True) and _gap(text, words, first - 1) == " " \
                and (_is_and(text, words, first - 2) or _gap(text, words, first - 2) == ", ") \
                and not _is_relation(words[first - 1].folded, reader):
            head = first - 1  # ``ve Berkuk Emre Koca``: an unknown given name before a known one
        items, said_with_and = _items_before(text, words, reader, head)
        if any(_names_someone(words[i].folded, reader, mentions) for i in items):
            items = []  # ``Erdoğan ve Özgür Özel``: a surname said alone, no family's given name
        if _list_goes_on(text, words, index_at.get(mention.end - 1, first + len(mention.words) - 1), full_names,
                         reader.stopwords):
            items = []  # ``Kültür, Karacailyas, Şakir Gülmen ve Evren Mahalle``: the surname closes a family's list
        known = all(words[i].folded in reader.given_names for i in items)
        listed = items and len(items) >= (1 if known and said_with_and else 2)
        if head < first and (listed or _after_full_name(text, words, head, ends)):
            mention.start = words[head].start
            mention.name = display_name(f"{words[head].text} {mention.name}")
            mention.words = [words[head].folded, *mention.words]
        if not listed:
            continue
        surname = mention.name.split()[-1]
        for i in items:
            word = words[i]
            found.append(PersonMention(word.start, suffix_end(text, word.end), display_name(f"{word.text} {surname}"),
                                       [word.folded, mention.surname]))
    return found


def opens_family_list(text: str, words: list[Word], reader: NameReader, i: int,
                      mentions: list[PersonMention]) -> bool:
    """Word ``i`` is a given name said bare before ``ve`` and a full name found (``Selim ve Orhan
    Kalkan``): an item of a family's list (``shared_surname_mentions``), no lone surname. A public
    figure's surname, or the surname of a person named elsewhere, stays one (``Erdoğan ve Özgür Özel``)."""
    folded = words[i].folded
    if folded not in reader.given_names or _names_someone(folded, reader, mentions) or not _is_and(text, words, i + 1) \
            or _gap(text, words, i) != " " or not _is_item(text, words, reader, i, unknown_surname_ok=True):
        return False
    after = words[i + 2].start if i + 2 < len(words) else -1
    full = next((m for m in mentions if m.start == after and len(m.words) >= 2), None)
    # ``Ahmet Yıldız, Mehmet ve Ali Kaya``: a list of full names, the lone word one of them; but
    # ``Hanife Kalkan, Selim ve Orhan Kalkan``: the full name before shares the surname, one family
    return full is not None and not (i and _gap(text, words, i - 1) == ", " and any(
        m.end == words[i - 1].end and m.surname != full.surname for m in mentions))


def _is_relation(folded: str, reader: NameReader) -> bool:
    """``Yardımcısı``, ``Eşi``, ``Oğlu``: a word of office or kinship, unless the lists hold it as a
    given name (``Genç``)."""
    return folded not in reader.given_names and folded.startswith(_RELATION_STEMS)


def _list_goes_on(text: str, words: list[Word], last: int, full_names: set[int], stopwords: set[str]) -> bool:
    """More capitalized items after the full name that ends at word ``last`` (``, Evren`` or ``ve
    Evren``): the list is one of places or things, which a family's shared surname never precedes.
    Another full name there (``full_names``: where they start) goes on a list of people (``Meral ve
    Yavuzer Çetinkaya, Ahmet Gülhan``); so does a word of institutions after the comma, which opens the
    next part of the sentence (``Meral ve Yavuzer Çetinkaya, Bakanlık adına Ali Kaya``)."""
    after = last + 1
    if after < len(words) and words[after].folded == _AND and text[words[last].end : words[after].start] == " ":
        after += 1
    elif text[words[last].end : words[after].start if after < len(words) else len(text)] != ", ":
        return False
    return after < len(words) and is_capitalized(words[after].text) and words[after].start not in full_names \
        and words[after].folded not in stopwords


def _names_someone(folded: str, reader: NameReader, mentions: list[PersonMention]) -> bool:
    """A public figure's surname (``Erdoğan``), or the surname of a person found elsewhere."""
    return folded in reader.public_figures or any(m.surname == folded for m in mentions)


def _items_before(text: str, words: list[Word], reader: NameReader, head: int) -> tuple[list[int], bool]:
    """Indices of ``A, B ve`` (or ``A, B,``) before word ``head``, and whether ``ve`` joins the last."""
    said_with_and = head >= 2 and _is_and(text, words, head - 1)
    i = head - 2 if said_with_and else head - 1
    if i < 0 or not _is_item(text, words, reader, i) or _gap(text, words, i) != (" " if said_with_and else ", "):
        return [], said_with_and
    items = [i]
    while i >= 2 and _gap(text, words, i - 1) == ", " and _is_item(text, words, reader, i - 1):
        i -= 1
        items.append(i)
    previous = i - 1
    if previous >= 0 and is_capitalized(words[previous].text) and _gap(text, words, previous) == " " and not (
            words[previous].start in reader.sentence_openers and words[previous].folded not in reader.given_names):
        return [], said_with_and  # ``Ahmet Yıldız, Mehmet ve ...``: the first item ends a longer name
    return sorted(items), said_with_and


def _after_full_name(text: str, words: list[Word], head: int, ends: set[int]) -> bool:
    """``Ayşe Kaya ve Berkuk Emre Koca``: the item before ``ve`` (or a comma) ends a full name
    found, so the list is one of full names and its last item starts at ``head``."""
    joint = head - 2 if _is_and(text, words, head - 1) else head - 1
    return joint >= 0 and words[joint].end in ends and (joint < head - 1 or _gap(text, words, joint) == ", ")


def _is_and(text: str, words: list[Word], i: int) -> bool:
    return 0 <= i < len(words) - 1 and words[i].text == _AND and _gap(text, words, i) == " "


def _is_item(text: str, words: list[Word], reader: NameReader, i: int, unknown_surname_ok: bool = False) -> bool:
    """One capitalized word no other reading took, said bare: a given name of the list."""
    if i < 0:
        return False
    word = words[i]
    if not is_capitalized(word.text) or is_all_caps(word.text) or not word.text.isalpha() or len(word.text) < 2:
        return False
    if i in reader.blocked or word.folded in reader.stopwords:
        return False
    if before_apostrophe(text, word.end) or after_apostrophe(text, word.start):
        return False
    if word.start in reader.sentence_openers and word.folded not in reader.given_names:
        return False
    return unknown_surname_ok or word.folded not in reader.surnames or word.folded in reader.given_names


def _gap(text: str, words: list[Word], i: int) -> str:
    """What stands between word ``i`` and the next."""
    return text[words[i].end : words[i + 1].start] if i + 1 < len(words) else ""


#: a child or relative said by the given name alone with the age in parentheses (``kızları Elif (12)``,
#: ``oğlu Mert (8) ve kızı Zeynep (5)``): local news names a minor so, the family's surname said before
#: or kept back; the kin noun in its possessive announces the name
_KIN_WITH_AGE = re.compile(
    r"(?<![\w'’])(?:kızı|kızları|oğlu|oğulları|çocuğu|çocukları|torunu|torunları|yeğeni|yeğenleri|kardeşi|kardeşleri) "
    r"(?P<name>[A-ZÇĞİÖŞÜ][a-zçğıöşü]+) \(\d{1,2}\)")


def kin_named_with_ages(text: str, words: list[Word], reader: NameReader) -> list[PersonMention]:
    """``eşi Ayten Kılıç (45) ve kızları Elif (12)``: a listed given name said alone after a kin noun,
    with an age in parentheses, is a person named by the given name (``Elif``), as ``Minik Elif`` is."""
    index_at = word_index_at(words)
    found = []
    for match in _KIN_WITH_AGE.finditer(text):
        i = index_at.get(match.start("name"))
        if i is not None and i not in reader.blocked and words[i].folded in reader.given_names:
            found.append(PersonMention(words[i].start, words[i].end, display_name(words[i].text), [words[i].folded]))
    return found


#: a relative of someone named in the genitive right before (``Erdoğan'ın eşi Emine Erdoğan``)
_RELATIVE_OF = re.compile(
    r"\s+(?:eşi|hanımı|kızı|oğlu|annesi|babası|kardeşi|ağabeyi|abisi|ablası|torunu|damadı|gelini|yeğeni)\s+$"
)


def names_a_relative(text: str, lone: PersonMention, full: PersonMention) -> bool:
    """``Erdoğan'ın eşi Emine Erdoğan``: a surname said alone in the genitive, then a kin noun
    in the possessive and a full name with that surname: two people of one family, the one
    said by surname not the relative."""
    return full.start > lone.end and _RELATIVE_OF.fullmatch(text, lone.end, full.start) is not None \
        and _genitive_after_apostrophe(text, lone)


def _genitive_after_apostrophe(text: str, mention: PersonMention) -> bool:
    """Whether the mention ends in a genitive after an apostrophe (``Erdoğan'ın``, ``Gül'ün``)."""
    apostrophe = max(text.rfind(a, mention.start, mention.end) for a in APOSTROPHES)
    return apostrophe > 0 and spells_case(turkish_lower(text[apostrophe + 1 : mention.end]), "gen")
