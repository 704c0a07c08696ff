"""Players named by what only a player does: ``X Y'nin kendi kalesine attığı gol``, ``X Y'nin
kendi ağlarına gönderdiği top``. An own goal is a player's, never a club's; two capitalized
words in the genitive right before ``kendi kalesine`` or ``kendi ağlarına`` are the player's
full name, whether or not the name lists know its words (foreign players)."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import APOSTROPHES, Word
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader

_OWN_GOAL = re.compile(r" kendi (?:kalesine|ağlarına|filelerine)\b")


def own_goal_scorers(text: str, words: list[Word], reader: NameReader) -> list[PersonMention]:
    """Mentions of the two-word names said in the genitive before an own goal."""
    mentions = []
    if " kendi " not in text:
        return mentions
    for i in range(1, len(words) - 1):
        word = words[i]
        apostrophe = word.end
        if text[apostrophe : apostrophe + 1] not in APOSTROPHES or not _OWN_GOAL.match(text, words[i + 1].end):
            continue
        if words[i + 1].start != apostrophe + 1 or not spells_case(words[i + 1].folded, "gen"):
            continue
        if text[words[i - 1].end : word.start] != " " or i >= 2 and words[i - 2].text[:1].isupper() \
                and text[words[i - 2].end : words[i - 1].start] == " ":
            continue  # the name's start is told: two words, nothing capitalized before them
        mention = reader.two_words(i - 1)
        if mention is not None:
            mentions.append(mention)
    return mentions
