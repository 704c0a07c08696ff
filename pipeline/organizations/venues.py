"""A name before a venue word: the venue's (a place), unless the name is a body's own.

``Volkswagen Arena``, ``Ülker Spor Salonu`` name places after a sponsor, no organization;
``Kaya Lisesi Spor Salonu`` is the school's hall, and the school is named. A square, street or
quarter named after a body is a place too (``Kızılay Meydanı'nda``: Ankara's square).
"""

from __future__ import annotations

from typing import Callable

from pipeline.lang.tr.text import turkish_lower
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText

#: words that make a name before them a venue's (``Volkswagen Arena``, ``Ülker Spor Salonu``)
VENUE_WORDS = {"Arena", "Stadyumu", "Stadı", "Stadium", "Park", "Parkı", "Spor", "Salonu", "Tesisleri"}
#: the nouns of a town's places, in the compound's possessive, a case ending glued on or not
#: (``Kızılay Meydanında``, ``Kızılay Caddesi'nde``, ``Kızılay Durağı``)
TOWN_PLACE_NOUNS = ("meydanı", "caddesi", "bulvarı", "sokağı", "durağı", "istasyonu", "mahallesi")


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
    if len(following) < 2 or following[0] != "":
        return False
    word = following[1].split("'")[0].split("’")[0]
    return word in VENUE_WORDS or word[:1].isupper() and turkish_lower(word).startswith(TOWN_PLACE_NOUNS)
