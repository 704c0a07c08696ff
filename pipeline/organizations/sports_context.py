"""Clubs named like a place (rows flagged ``sports_context``): kept only where the article is about sport."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import APOSTROPHES, turkish_lower, words
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND, ArticleText
from pipeline.names.holding import Holders
from pipeline.names.shape import HeadNouns

SPORTS_CONTEXT = "sports_context"
#: words only sport writes: a match, a goal, a score and its verb, the games, a transfer, a jersey
#: (``maçta``, ``golü``, ``2-0 yendi``, ``futbolcu``, ``transfer oldu``, ``formasını giydi``; not a
#: transfer of money or technology: ``teknoloji transferi``)
_SPORT_WORDS = re.compile(r"(?<![^\W\d_])(?:maç(?:ı|ta|tan|ın|ında|ları|larda)?|gol(?:ü|le|ler|lerle|ünü)?|"
                          r"(?:futbol|basketbol|voleybol|hentbol)\w*|forma(?:sı|sını|sıyla)?|"
                          r"transfer (?:oldu|olan|olarak|etti|eden|edildi|edilen|dönemi|bedeli|ücreti)|"
                          r"\d{1,3}-\d{1,3}(?:['’]\w+)? (?:yendi|mağlup|berabere|kazandı|kaybetti|yenildi|galip))(?![^\W\d_])")
SPORTS_KINDS = {"sports", "league"}
#: kinds of a listed body whose acronym may open a competition's name as its organizer
#: (``UEFA Şampiyonlar Ligi``, ``CEV Kupası``); a company there is a sponsor (``THY Avrupa Ligi``)
ORGANIZER_KINDS = {"sports", "ngo"}
CLUB_WORD = " Kulübü"
#: the word that closes an amateur club's name, folded, with the space before it (``Yeşilköy Spor``)
CLUB_CLOSING = " spor"


class SportsContext:
    def __init__(self, catalogue: Catalogue, heads: HeadNouns) -> None:
        self.catalogue = catalogue
        self.heads = heads
        # the row a flagged one stands for shares its English name: a club's, or the company a
        # team is named after (``Efes``: ``Anadolu Efes``) where no club row has that name
        unflagged = sorted(catalogue.rows.items(), key=lambda item: item[1].kind in SPORTS_KINDS)
        full_by_english = {row.entity.name_en: key for key, row in unflagged if SPORTS_CONTEXT not in row.flags}
        self._full_club_names = {key: full_by_english.get(row.entity.name_en) for key, row in catalogue.rows.items()
                                 if SPORTS_CONTEXT in row.flags}

    def in_their_context(self, article: ArticleText, matches: list[GazetteerMatch],
                         sides: frozenset[int] = frozenset()) -> list[GazetteerMatch]:
        """Rows flagged ``sports_context`` (``Beşiktaş``, a club and a district) count only when
        the article names another club or a league without that flag (or an ``-spor`` club), or
        says the club (``Beşiktaş Kulübü``), or names a match by its sides (``sides``: the starts of
        ``Ordu-Beşiktaş`` in ``Ordu-Beşiktaş maçı``), or writes words only sport writes (a match, a
        goal, a score and its verb: ``Chelsea, Liverpool'u 2-0 yendi``)."""
        def flags(match: GazetteerMatch) -> frozenset[str]:
            row = self.catalogue.rows.get(match.key)
            return row.flags if row is not None else frozenset()

        def sporting(match: GazetteerMatch) -> bool:
            if match.start in sides:
                return True
            if article.text[match.start : match.name_end].endswith(CLUB_WORD):
                return True  # ``Beşiktaş Kulübü``: a club by its own words
            row = self.catalogue.rows.get(match.key)
            if row is None:
                return self.heads.is_one_word_name_text(match.entry)
            return row.kind in SPORTS_KINDS and SPORTS_CONTEXT not in row.flags

        if not any(sporting(m) for m in matches) and not _SPORT_WORDS.search(article.text):
            return [m for m in matches if SPORTS_CONTEXT not in flags(m)]
        keys = {m.key for m in matches}
        kept = []
        for match in matches:
            if SPORTS_CONTEXT in flags(match):
                suffix = article.text[match.name_end : match.end]
                said_as_club = article.text[match.start : match.name_end].endswith(CLUB_WORD)  # ``Kulübünün``
                if not said_as_club and (_has_locative_suffix(suffix) or suffix and suffix[0] not in APOSTROPHES):
                    continue  # ``Beşiktaş'ta yaşayan``: the place; ``Roman``: another word
                # ``Beşiktaş`` beside ``BJK``: the club under its full name (same English name)
                full = self._full_club_names.get(match.key)
                if full in keys:
                    match = GazetteerMatch(match.start, match.end, match.name_end, full, match.entry)
            kept.append(match)
        return kept


def outside_club_names(matches: list[GazetteerMatch], kind_of) -> list[GazetteerMatch]:
    """``Sarıçam Gençlerbirliği Spor``: a listed club after the first word of a longer found name
    is a word of another club's name (an amateur club of a district named after a famous one),
    no mention of the listed club."""
    found = Holders((m.start + 1, m.name_end) for m in matches if m.key.startswith(FOUND))
    return [m for m in matches if m.key.startswith(FOUND) or kind_of(m.key) not in SPORTS_KINDS
            or not found.hold(m.start, m.name_end)]


def joined_club_spellings(found: dict) -> dict[str, str]:
    """``Bucak Gençlik Spor`` beside ``Bucak Gençlikspor``: a found club's name closed by ``Spor``
    as a word is the club the article also writes with ``-spor`` joined (the found key of the one
    -> the other's)."""
    by_name = {turkish_lower(entity.name): key for key, entity in found.items()}
    joined = {}
    for key, entity in found.items():
        name = turkish_lower(entity.name)
        if name.endswith(CLUB_CLOSING) and by_name.get(name[: -len(CLUB_CLOSING)] + "spor", key) != key:
            joined[key] = by_name[name[: -len(CLUB_CLOSING)] + "spor"]
    return joined


def _has_locative_suffix(written: str) -> bool:
    """``'ta``, ``'daki`` after a club's name (``Beşiktaş'ta``): the place, not the club."""
    return written[:1] != "" and written[0] in APOSTROPHES and spells_case(written[1:], "loc", relative=True)


def with_organizers(text: str, matches: list[GazetteerMatch], catalogue: Catalogue) -> list[GazetteerMatch]:
    """``UEFA Şampiyonlar Ligi``, ``CEV Kupası``: a listed competition whose name opens with a listed
    sporting body's acronym names that body too, the one that runs it (a sponsor's name there,
    ``THY Avrupa Ligi``, names no company)."""
    added = []
    for match in matches:
        row = catalogue.rows.get(match.key)
        if row is None or row.kind != "league":
            continue
        for word in words(text[match.start : match.name_end])[:-1]:  # ``Avrupa CEV Kupası``
            key = catalogue.key_of(word.text) if word.text.isupper() else None
            organizer = catalogue.rows.get(key) if key is not None else None
            if organizer is not None and organizer.kind in ORGANIZER_KINDS and organizer.entity.acronym == word.text:
                start = match.start + word.start
                added.append(GazetteerMatch(start, start + len(word.text), start + len(word.text), key, word.text))
                break
    return matches + added
