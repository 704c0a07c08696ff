"""Two capitalized words inside a sentence whose second is a surname the lists know: a person,
whether or not the lists know the first word as a given name (``Lale Aldemir``, ``Ingrid Altıner``).

The given-name lists leave out names that are also everyday words (``Lale``, ``Bahar``, ``Barış``)
and cannot hold every foreign given name. Inside a sentence, a capital on such a word already
says it is part of a name; a surname right after it, ending the capitalized run, says whose.
The surname may come from the lists of lone surnames or from the wider list of surnames that
may not stand alone (``data/surnames_confirming.tsv``): here they only confirm.

The converse holds for the given names that are everyday words (``data/given_names_second.tsv``:
``Barış``, ``Nur``, ``Pınar``, ``Can``): capitalized inside a sentence and followed by one more
capitalized word that ends the run, that word is their surname even when no list knows it
(``Barış Ekinci'nin``, ``Nur Akyel'e``, ``Can Dalkıran,``), unless it is a common word the article
writes in lowercase too or a noun in its possessive (``Barış Süreci'nin``, ``Nur Camii``).

Left alone: a word that opens a sentence (``Dün Tekin``), capitals in a headline, a run of three
capitalized words or more (a body's or a place's name), a surname with a place's case ending,
a quoted pair (a work's title)."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import ends_in
from pipeline.lang.tr.text import Word, is_all_caps, suffix_end, turkish_lower
from pipeline.names.openers import is_vowel_accusative, lowercase_words_of
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader

#: titles said after a given name (``Barbaros Reis``, ``Enver Paşa``): no surname, and such a pair more
#: often names what commemorates a historical figure (a ship, a street) than a person of the news
TITLES_AFTER_NAMES = {"reis", "paşa", "ağa", "sultan", "han", "hatun", "bey", "hanım", "efendi"}
#: ``Lo Aldemir``: a two-letter word before a surname is a particle or an abbreviation, no given name
MIN_GIVEN_LETTERS = 3
#: the ending of a surname made of a noun and ``oğlu`` (``Kayaoğlu``), which the possessive test below keeps
_OGLU = "oğlu"
_QUOTES = "\"“”«»‘’'"
#: a sentence opener this long in a case is a common noun's (``Maçta``; ``Ada`` may be a name)
MIN_OPENER_LETTERS = 5
#: after a name opening a sentence: a comma, or the topic's ``ise``, before the holder's office
_TOPIC_GAP = re.compile(r", | ise ")
_CLAUSE_BREAK = re.compile(r"[,.;:!?\n]")
#: the most words of an office said before ``olarak`` (``TCDD Genel Müdür Yardımcısı``)
MAX_OFFICE_WORDS = 6


def surname_confirmed_names(text: str, words: list[Word], capitalized: list[int], reader: NameReader,
                            surnames: set[str]) -> list[PersonMention]:
    found = []
    capital = set(capitalized)
    where: dict[str, list[int]] | None = None  # read at the first pair that gets that far
    for first in capitalized:
        second = first + 1
        if second not in capital or not _lone_pair(text, words, first, capital, _case_opener(words, first - 1, reader)):
            continue
        if not _confirms(words[second], surnames) and not _after_everyday_given_name(words, first, reader):
            continue
        if not _may_be_given_name(words, first, reader, _office_said_after(text, words, second, reader)) \
                or is_all_caps(words[second].text):
            continue
        if where is None:
            where = _capitalized_by_form(words, capitalized)
        if _said_alone_before(words, first, where):
            continue  # ``Lale ve Lale Aldemir``: a variant of a thing named before, no given name
        if reader.has_spatial_suffix(second) or _quoted(text, words, first):
            continue  # ``Yağmur Altıner'de``: a place; ``"Bahar Tekin"``: a title
        mention = reader.two_words(first)
        if mention is not None:
            found.append(mention)
            reader.blocked.update((first, second))
    return found


def _confirms(word: Word, surnames: set[str]) -> bool:
    return word.folded in surnames and word.folded not in TITLES_AFTER_NAMES


def _after_everyday_given_name(words: list[Word], first: int, reader: NameReader) -> bool:
    """Word ``first`` is a given name that is an everyday word too and the word after it may be an
    unlisted surname: not a word the article writes in lowercase, no head of a thing's name, not
    ending in a possessive's vowel (``Süreci``, ``Pınarı``; ``-oğlu`` is a surname's)."""
    given, surname = words[first], words[first + 1]
    folded = surname.folded
    if given.folded not in reader.second_given or len(folded) < MIN_GIVEN_LETTERS:
        return False
    if folded in (reader.listed_given or reader.given_names) or folded in reader.stopwords \
            or reader.thing_head_at(first + 1):
        return False  # ``Barış Can``: two given names (``Can Atalay``: a given name only the public lists hold
        # is a surname here); ``Nur Vakfı``: a body
    if folded[-1] in "ıiuü" and not folded.endswith(_OGLU):
        return False
    return turkish_lower(surname.text) not in lowercase_words_of(words)


def _may_be_given_name(words: list[Word], first: int, reader: NameReader, opening: bool = False) -> bool:
    """Inside a sentence (``opening``: or opening it), in running text, a word of three letters
    or more, not in capitals."""
    word = words[first]
    return len(word.text) >= MIN_GIVEN_LETTERS and (opening or word.start not in reader.sentence_openers) \
        and not is_all_caps(word.text) and not reader.in_title_case_line(first)


def _office_said_after(text: str, words: list[Word], second: int, reader: NameReader) -> bool:
    """``Abdulvahit Fidan, BOTAŞ Genel Müdürü olarak atandı``, ``... Solak ise TCDD Genel Müdür
    Yardımcısı olarak``: after the pair, a comma or ``ise`` and an office read as a title right
    before ``olarak``, in the same clause: the pair opening the sentence is the office holder's name."""
    gap = _TOPIC_GAP.match(text, words[second].end)
    if gap is None or second + 2 >= len(words):
        return False
    office = second + 1 if words[second + 1].start >= gap.end() else second + 2  # after ``ise``
    for i in range(office, min(office + MAX_OFFICE_WORDS, len(words))):
        if i not in reader.blocked or i > office and _CLAUSE_BREAK.search(text, words[i - 1].end, words[i].start):
            return False
        if text.startswith(" olarak ", words[i].end):
            return True
    return False


def _lone_pair(text: str, words: list[Word], first: int, capital: set[int], opener_before: bool = False) -> bool:
    """Words ``first`` and ``first + 1`` joined by a space, no capitalized word or number joined to
    either side (``opener_before``: the capitalized word before only opens the sentence)."""
    second = first + 1
    if text[words[first].end : words[second].start] != " ":
        return False
    before = first > 0 and not opener_before and (first - 1 in capital or words[first - 1].text[0].isdigit()) \
        and text[words[first - 1].end : words[first].start] in (" ", "-")  # ``7 Lale Aldemir``: a product
    after = second + 1 < len(words) and (second + 1 in capital or words[second + 1].text[0].isdigit()) \
        and text[words[second].end : words[second + 1].start] in (" ", "-")  # ``Lale Aldemir-2024 tatbikatı``
    return not before and not after


def _case_opener(words: list[Word], i: int, reader: NameReader) -> bool:
    """``Konserde Barış Manço``, ``Açıklamayı Deniz Baykal yaptı``: a sentence's first word that no
    name list knows, in a case of place, source, direction or object, opens the sentence, no name."""
    if i < 0 or words[i].start not in reader.sentence_openers:
        return False
    folded = words[i].folded
    if len(folded) < MIN_OPENER_LETTERS or folded in reader.given_names or folded in reader.surnames:
        return False
    return ends_in(folded, "loc", "abl", "vowel_dative", "loc_after_possessive") or is_vowel_accusative(words[i])


def _quoted(text: str, words: list[Word], first: int) -> bool:
    start, end = words[first].start, suffix_end(text, words[first + 1].end)
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    return bool(before) and bool(after) and before in _QUOTES and after in _QUOTES


def _capitalized_by_form(words: list[Word], capitalized: list[int]) -> dict[str, list[int]]:
    """The indices of the capitalized words by folded form, in text order."""
    where: dict[str, list[int]] = {}
    for index in capitalized:
        where.setdefault(words[index].folded, []).append(index)
    return where


def _said_alone_before(words: list[Word], first: int, where: dict[str, list[int]]) -> bool:
    """Whether the first word stands earlier in the text, capitalized, without the surname after it
    (a person is introduced by the full name first). ``where``: the capitalized words by form,
    so that only the word's own earlier occurrences are read, not every word before it."""
    folded, surname = words[first].folded, words[first + 1].folded
    return any(words[i + 1].folded != surname for i in where[folded] if i < first)
