"""Players named by what only a player does with the ball: ``X'in golüyle``, ``X Y'nin
asistinde``, ``X'in uzaktan attığı basketle``, ``X'in kafa vuruşu``. A goal, an assist, a
basket, a shot or a block is a player's; the capitalized words in the genitive before such a
word (a few lowercase words may stand between) are the player's name, whether or not the name
lists know them: sport reports name foreign players by surname alone (``Novak'ın``). A club
said in the genitive (``Galatasaray'ın golü``) is an organization the stages before have read,
and its words are no longer free to be a name."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import APOSTROPHES, Word, is_all_caps, is_capitalized
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader

#: the nouns of a player's action, in any case or possessive form (``golüyle``, ``basketleriyle``,
#: ``asistinde``, ``vuruşunda``, ``smacıyla``, ``şutu``, ``köşe atışında``, ``isabetle``, ``pasında``)
_ACTION = re.compile(r"(?:gol|asist|basket|smaç|smac|şut|vuruş|atış|isabet|blok|pas[ıi])")
#: lowercase words that may stand between the genitive and the action (``uzaktan attığı``)
_MAX_BETWEEN = 4
#: words of a name said before the genitive word (``Berk Ali Uğurlu'nun``)
_MAX_NAME_WORDS = 3


def players_by_actions(text: str, words: list[Word], reader: NameReader) -> list[PersonMention]:
    """Mentions of the names said in the genitive before a player's action."""
    mentions = []
    for i in range(len(words) - 2):
        suffix = words[i + 1]
        if text[words[i].end : words[i].end + 1] not in APOSTROPHES or suffix.start != words[i].end + 1 \
                or not spells_case(suffix.folded, "gen") or not _action_follows(text, words, i + 1):
            continue
        first = _name_start(text, words, i, reader)
        if first is None:
            continue
        mention = reader.two_words(first, i - first + 1)
        if mention is not None:
            reader.blocked.update(range(first, i + 1))
            mentions.append(mention)
    return mentions


def _action_follows(text: str, words: list[Word], suffix: int) -> bool:
    """Whether a player's action follows the genitive suffix at ``suffix``, after at most a few
    lowercase words and no punctuation."""
    for j in range(suffix + 1, min(suffix + 2 + _MAX_BETWEEN, len(words))):
        if text[words[j - 1].end : words[j].start] != " " or not words[j].text.islower():
            return False
        if _ACTION.match(words[j].folded):
            return True
    return False


def _name_start(text: str, words: list[Word], last: int, reader: NameReader) -> int | None:
    """The first word of the name that ends at word ``last``: the capitalized words right before
    it, a sentence's first word only when the lists know it as a given name (``Maçta Ali'nin``:
    the opener is no name word)."""
    if not _name_word(words[last]) or last in reader.blocked:
        return None
    first = last
    while first > 0 and last - first + 1 < _MAX_NAME_WORDS and text[words[first - 1].end : words[first].start] == " " \
            and _name_word(words[first - 1]) and first - 1 not in reader.blocked \
            and (words[first - 1].start not in reader.sentence_openers or words[first - 1].folded in reader.given_names):
        first -= 1
    return first


def _name_word(word: Word) -> bool:
    return is_capitalized(word.text) and word.text[0].isalpha() and not (len(word.text) > 1 and is_all_caps(word.text))
