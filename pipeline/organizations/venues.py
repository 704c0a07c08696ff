"""A name before a venue word: the venue's (a place), unless the name is a body's own.

``Volkswagen Arena``, ``Ülker Spor Salonu`` name places after a sponsor, no organization;
``Kaya Lisesi Spor Salonu`` is the school's hall, and the school is named.
"""

from __future__ import annotations

from typing import Callable

from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText

#: words that make a name before them a venue's (``Volkswagen Arena``, ``Ülker Spor Salonu``)
VENUE_WORDS = {"Arena", "Stadyumu", "Stadı", "Stadium", "Park", "Parkı", "Spor", "Salonu", "Tesisleri"}


def outside_venues(
    article: ArticleText, matches: list[GazetteerMatch], ends_in_head_noun: Callable[[ArticleText, GazetteerMatch], bool]
) -> list[GazetteerMatch]:
    """The mentions that name no venue: a sponsor's name before a venue word goes, a name
    ending in a head noun stays (``Lisesi``, ``Belediyesi``: the body owns the hall)."""
    return [m for m in matches if not names_a_venue(article, m) or ends_in_head_noun(article, m)]


def names_a_venue(article: ArticleText, match: GazetteerMatch) -> bool:
    """Whether a venue word follows the mention, written without a suffix."""
    if match.end != match.name_end:
        return False
    following = article.text[match.end : match.end + 20].split(" ", 2)
    return len(following) > 1 and following[0] == "" and following[1].split("'")[0].split("’")[0] in VENUE_WORDS
