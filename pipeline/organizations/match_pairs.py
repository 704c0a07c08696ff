"""Clubs named by their town in a match's name: ``Sivas-Malatya maçında``, ``Ordu- Samsun
müsabakasında``.

Sports writing names a match by its two sides joined by a hyphen or a dash, then a noun of a
match in the compound's possessive (``maçı``, ``karşılaşması``, ``buluşması``); a Turkish
province or district there stands for its club (``Galatasaray-Denizli karşılaşması``: Denizlispor),
as the article writes it; a listed club there (``Beşiktaş``, also a district) is the club. Both
sides must be such: places of other countries are left to the locations stage
(``Ankara-Washington mücadelesi`` is no match).
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.lang.tr.text import turkish_lower
from pipeline.names.finder import ArticleText
from pipeline.names.shape import NameSpan
from pipeline.resources import read_tsv

#: the stems of those nouns: most articles hold none, and a search for them is cheaper than the pattern's
MATCH_STEMS = ("maç", "karşılaşma", "müsabaka", "mücadele", "buluşma", "randevu", "derbi", "eşleşme")
#: nouns of a match, as their possessive begins (``maçında``, ``karşılaşmasında``, ``derbisi``)
MATCH_NOUNS = ("maçı", "maçın", "karşılaşması", "müsabakası", "mücadelesi", "buluşması", "randevusu",
               "derbisi", "eşleşmesi")
_SIDE = r"[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+"
#: two capitalized words joined by a hyphen or a dash (a space either side or none), then a word
_PAIR = re.compile(rf"(?<![\w'’-])({_SIDE}) ?[-–] ?({_SIDE}) ([a-zçğıöşü]+)")
#: the kinds of a Turkish place that may name a club
PLACE_KINDS = frozenset({"province", "district"})


class MatchPairs:
    def __init__(self, locations: str, is_club: Callable[[str], bool]) -> None:
        self.towns = frozenset(turkish_lower(row["name"]) for row in read_tsv(locations)
                               if row["country"] == "TR" and row["kind"] in PLACE_KINDS)
        self.is_club = is_club  #: whether a word is a listed club's name (``Galatasaray``)

    def find(self, article: ArticleText) -> list[NameSpan]:
        """The sides of the names of matches, each a Turkish town or a listed club (both, or no
        match: ``Ankara-Washington mücadelesi``), as names of their own."""
        spans: list[NameSpan] = []
        text = article.text
        if not any(stem in text for stem in MATCH_STEMS):
            return spans
        starts = {word.start: index for index, word in enumerate(article.words)}
        for pair in _PAIR.finditer(text):
            sides = (1, 2)
            if not pair.group(3).startswith(MATCH_NOUNS) or not all(
                    turkish_lower(pair.group(side)) in self.towns or self.is_club(pair.group(side)) for side in sides):
                continue
            for side in sides:
                start, end = pair.span(side)
                if start in starts:
                    spans.append(NameSpan(starts[start], starts[start], start, end, end, "", "", start, pair.group(side)))
        return spans
