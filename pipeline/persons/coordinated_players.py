"""Players named in a coordination that a match report closes with what they did together:
``Novak, Brandt ve Okoro ile farkı açtı``, ``Lindqvist ve Haskins ile üst üste sayı buldu``,
``Obi ve Teodorescu'nun basketleriyle``. A list of one or two capitalized words each, set off
by commas and ``ve``, is a list of players when right after its last item comes ``ile`` and,
a few lowercase words or a score later, a word of play (points, a run, an attack, the gap in
the score), or when its last item is in the genitive before a player's action
(``pipeline.persons.sport_actions``). Sport reports name foreign players by surname alone, so
every item is a name whether or not the name lists know it. An item holding a word another
stage took (a club, a country) keeps the list from being one of players; an item that is a
person found before stays that person's."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import APOSTROPHES, Word, is_capitalized
from pipeline.lexicons.candidates import words_folded_as
from pipeline.names.openers import lowercase_words_of
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader
from pipeline.persons.sport_actions import action_follows, name_word
from pipeline.persons.word_spans import word_indices

#: what players do together in a match report, said a few words after ``ile`` (``sayı``,
#: ``sayılarla``, ``seri``, ``farkı``, ``atak``, ``dış atışlarla``, ``basketlerle``, ``golle``; ``etkili
#: olan``, ``cevap veren``: the side that scored through them; ``öne geçti``, ``beraberliği``,
#: ``eşitliği``: a goal that changed the score)
_PLAY = re.compile(r"(?:sayı|seri|fark|atak|atış|basket|gol|blok|smaç|skor|isabet|turnike|üçlük|ribaund|etkili|cevap|"
                   r"öne|beraberli|eşitli)")
#: lowercase words (or a score such as ``6-0'lık``) between ``ile`` and the word of play
_MAX_BETWEEN = 4
#: ``X ve Y ile ilgili``: what the list is about, not who played with whom
_NOT_TOGETHER = {"ilgili", "ilişkili", "bağlantılı"}
#: the conjunction that closes a list of players
_AND = frozenset({"ve"})
#: name words of one item (``Burak Can``)
_MAX_ITEM_WORDS = 2


def players_in_coordinations(text: str, words: list[Word], reader: NameReader,
                             mentions: list[PersonMention]) -> list[PersonMention]:
    """Mentions of the items of such lists that no reading found before."""
    covered: set[int] | None = None  # read only when a list may close here
    found = []
    for v in words_folded_as(words, _AND):
        if v == 0 or v + 1 >= len(words) or _gap(text, words, v - 1, v) != " " \
                or _gap(text, words, v, v + 1) != " " or not _may_close(text, words, v):
            continue
        if covered is None:
            covered = word_indices(words, [(m.start, m.end) for m in mentions])
        last = _last_item(text, words, v + 1, reader, covered)
        if last is None or not _closed_by_play(text, words, last[-1]):
            continue
        items = [last]
        end = v - 1  # the word that ends the item before ``ve``
        while True:
            item = _item_ending_at(text, words, end, reader, covered)
            if item is None:
                if len(items) < 2:
                    items = []  # ``Obi ve Galatasaray ile``: a club in the pair, no list of players
                break  # ``Ekip, Obi, Brandt ve Okoro ile``: the team before its players
            items.append(item)
            before = item[0] - 1
            if before < 1 or _gap(text, words, before, item[0]) != ", ":
                break
            end = before
        for item in items:
            if item[0] in covered:
                continue
            mention = reader.two_words(item[0], len(item))
            if mention is not None:
                reader.blocked.update(item)
                covered.update(item)
                found.append(mention)
    return found


def _may_close(text: str, words: list[Word], v: int) -> bool:
    """Whether the item after ``ve`` (one or two words) may end where ``_closed_by_play`` holds:
    an apostrophe after one of those words, or ``ile`` after it."""
    for last in (v + 1, v + 2):
        if last < len(words) and (text[words[last].end : words[last].end + 1] in APOSTROPHES
                                  or last + 1 < len(words) and words[last + 1].folded == "ile"):
            return True
    return False


def _last_item(text: str, words: list[Word], first: int, reader: NameReader, covered: set[int]) -> list[int] | None:
    """The item after ``ve``: one or two name words, the case suffix (if any) on the last."""
    item = [first]
    while len(item) < _MAX_ITEM_WORDS and not _has_suffix(text, words[item[-1]]) and item[-1] + 1 < len(words) \
            and _gap(text, words, item[-1], item[-1] + 1) == " " and name_word(words[item[-1] + 1]) \
            and not _closed_by_play(text, words, item[-1]):
        item.append(item[-1] + 1)
    return item if _usable(words, item, reader, covered) else None


def _item_ending_at(text: str, words: list[Word], end: int, reader: NameReader,
                    covered: set[int]) -> list[int] | None:
    """The item whose last word is ``end`` (no case suffix, no more than two name words)."""
    if _has_suffix(text, words[end]):
        return None
    first = end
    while first > 0 and _gap(text, words, first - 1, first) == " " and name_word(words[first - 1]) \
            and (first - 1 in covered) == (end in covered):
        first -= 1
    item = list(range(first, end + 1))
    if len(item) > _MAX_ITEM_WORDS and end not in covered:
        return None  # a longer run of capitals: a body's or a place's name
    return item if _usable(words, item, reader, covered) else None


def _usable(words: list[Word], item: list[int], reader: NameReader, covered: set[int]) -> bool:
    if all(i in covered for i in item):
        return True
    lowercase = lowercase_words_of(words)  # a word the article also writes in lowercase is a common one
    return all(name_word(words[i]) and i not in reader.blocked and words[i].folded not in reader.stopwords
               and words[i].folded not in lowercase
               and not (words[i].start in reader.sentence_openers and words[i].folded in reader.function_words)
               for i in item)


def _closed_by_play(text: str, words: list[Word], last: int) -> bool:
    """Whether word ``last`` ends the list: ``ile`` and a word of play soon after it, or a
    genitive before a player's action."""
    end = words[last].end
    if text[end : end + 1] in APOSTROPHES:
        suffix = last + 1
        return suffix < len(words) and words[suffix].start == end + 1 and spells_case(words[suffix].folded, "gen") \
            and action_follows(text, words, suffix)
    ile = last + 1
    if ile >= len(words) or words[ile].folded != "ile" or _gap(text, words, last, ile) != " " \
            or ile + 1 < len(words) and words[ile + 1].folded in _NOT_TOGETHER:
        return False
    for j in range(ile + 1, min(ile + 2 + _MAX_BETWEEN, len(words))):
        word = words[j]
        if is_capitalized(word.text) or _gap(text, words, j - 1, j).strip(" -'’") != "":
            return False
        if _PLAY.match(word.folded):
            return True
    return False


def _has_suffix(text: str, word: Word) -> bool:
    return text[word.end : word.end + 1] in APOSTROPHES




def _gap(text: str, words: list[Word], left: int, right: int) -> str:
    return text[words[left].end : words[right].start]


