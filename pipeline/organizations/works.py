"""A quoted title of a work is no organization, whatever its last word: ``"Saatleri Ayarlama
Enstitüsü" romanını``, ``"Masumiyet Müzesi" romanı`` name novels, ``"Hastane" dizisinde`` a
series. The closing quote stands before a lowercase noun of a work in the compound's possessive
(``romanı``, ``filminde``, ``kitabının``, ``oyununu``).

Unquoted, a name that no list holds is a work's title where the noun of a work follows it
(``Orhan Pamuk'un Masumiyet Müzesi romanı``) or where its author's name in the genitive opens
it (``Tanpınar'ın Saatleri Ayarlama Enstitüsü``): a body found by its head noun is never said
to be a writer's. A place's genitive (``İstanbul'un Arkeoloji Müzesi``) and a listed body's
(``Koç Holding'in X Vakfı``) leave the name a body's.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import after_apostrophe
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND, ArticleText, Spans

#: the stems of the nouns of works, before the compound's possessive (``kitab-ı``, ``oyun-u``)
WORK_STEMS = ("roman", "kitab", "film", "dizi", "oyun", "eser", "şarkı", "türkü", "albüm", "belgesel", "öykü",
              "hikaye", "hikâye", "şiir", "tiyatro", "opera", "senaryo")
_CASE = r"(?:[ıiuü]n|[ae]|d[ae](?:ki)?|d[ae]n|[ıiuü]|l[ae])"
#: the compound's possessive, a case after its ``n`` or not (``romanı``, ``romanını``, ``filminde``)
_POSSESSIVE = rf"(?:s?[ıiuü]|l[ae]r[ıi])(?:n{_CASE}|yl[ae])?"
#: the rest of the quoted title after a mention, its closing quote, then the work's noun
_QUOTED_WORK_AFTER = re.compile(
    rf"[^“”\"«»\n]*[”\"»] (?:{'|'.join(WORK_STEMS)}){_POSSESSIVE}(?![a-zçğıöşü])")
#: the noun of a work right after a name (``Masumiyet Müzesi romanı``)
_WORK_AFTER = re.compile(rf" (?:{'|'.join(WORK_STEMS)}){_POSSESSIVE}(?![a-zçğıöşü])")
_OPENING_QUOTES = "“\"«"
_QUOTES = "“”\"«»"


def outside_works(article: ArticleText, matches: list[GazetteerMatch], places: frozenset[str],
                  reserved: list[tuple[int, int]]) -> list[GazetteerMatch]:
    """The mentions that stand in no quoted title of a work and name no unquoted one (see the
    module text); ``reserved``: the countries' mentions, genitives of no author."""
    text = article.text
    owners = Spans(reserved + [(m.start, m.name_end) for m in matches])
    return [m for m in matches if not in_quoted_work(text, m.start, m.end) and not (
        m.key.startswith(FOUND) and (_WORK_AFTER.match(text, m.name_end) or _after_author(article, m, places, owners)))]


def _after_author(article: ArticleText, match: GazetteerMatch, places: frozenset[str], owners: Spans) -> bool:
    """``Tanpınar'ın Saatleri Ayarlama Enstitüsü``: a capitalized name, no place's nor a
    mention's, with the genitive after its apostrophe right before the match."""
    index = article.first_word_from(match.start) - 2
    if index < 0:
        return False
    name, suffix = article.blanked_words[index], article.blanked_words[index + 1]
    return after_apostrophe(article.text, suffix.start) and spells_case(suffix.folded, "gen") \
        and article.text[suffix.end : match.start] == " " and name.text[:1].isupper() \
        and name.folded not in places and not owners.overlaps(name.start, name.end)


def in_quoted_work(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside quotes that a work's noun follows."""
    opening = max(text.rfind(quote, 0, start) for quote in _QUOTES)
    if opening < 0 or text[opening] not in _OPENING_QUOTES or "\n" in text[opening:start]:
        return False
    if opening > 0 and not (text[opening - 1].isspace() or text[opening - 1] in "(["):
        return False  # a closing ASCII quote glued to the word before it
    return _QUOTED_WORK_AFTER.match(text, end) is not None
