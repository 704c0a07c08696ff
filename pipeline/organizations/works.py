"""A quoted title of a work is no organization, whatever its last word: ``"Saatleri Ayarlama
Enstitüsü" romanını``, ``"Masumiyet Müzesi" romanı`` name novels, ``"Hastane" dizisinde`` a
series. The closing quote stands before a lowercase noun of a work in the compound's possessive
(``romanı``, ``filminde``, ``kitabının``, ``oyununu``).
"""

from __future__ import annotations

import re

from pipeline.lexicons.gazetteer import GazetteerMatch

#: the stems of the nouns of works, before the compound's possessive (``kitab-ı``, ``oyun-u``)
WORK_STEMS = ("roman", "kitab", "film", "dizi", "oyun", "eser", "şarkı", "türkü", "albüm", "belgesel", "öykü",
              "hikaye", "hikâye", "şiir", "tiyatro", "opera", "senaryo")
_CASE = r"(?:[ıiuü]n|[ae]|d[ae](?:ki)?|d[ae]n|[ıiuü]|l[ae])"
#: the compound's possessive, a case after its ``n`` or not (``romanı``, ``romanını``, ``filminde``)
_POSSESSIVE = rf"(?:s?[ıiuü]|l[ae]r[ıi])(?:n{_CASE}|yl[ae])?"
#: the rest of the quoted title after a mention, its closing quote, then the work's noun
_QUOTED_WORK_AFTER = re.compile(
    rf"[^“”\"«»\n]*[”\"»] (?:{'|'.join(WORK_STEMS)}){_POSSESSIVE}(?![a-zçğıöşü])")
_OPENING_QUOTES = "“\"«"
_QUOTES = "“”\"«»"


def outside_quoted_works(text: str, matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """The mentions that stand in no quoted title of a work."""
    return [m for m in matches if not in_quoted_work(text, m.start, m.end)]


def in_quoted_work(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside quotes that a work's noun follows."""
    opening = max(text.rfind(quote, 0, start) for quote in _QUOTES)
    if opening < 0 or text[opening] not in _OPENING_QUOTES or "\n" in text[opening:start]:
        return False
    if opening > 0 and not (text[opening - 1].isspace() or text[opening - 1] in "(["):
        return False  # a closing ASCII quote glued to the word before it
    return _QUOTED_WORK_AFTER.match(text, end) is not None
