"""A relative time said before an agenda item (``bu hafta``, ``gelecek ay``, ``önümüzdeki salı
günü``): when the meeting takes the item up, no part of it (used by ``pipeline.topics.item_words``
and ``pipeline.topics.items``)."""

from __future__ import annotations

from pipeline.lang.tr.morphology import is_clause_verb_form, is_participle
from pipeline.topics.clauses import Token

#: "gelecek" (the future; "gelecek hafta": next week) is a noun of a clause verb's shape
LEXICALIZED = ("gelece",)


def is_clause_verb(token: Token) -> bool:
    return not token.capitalized and is_clause_verb_form(token.folded) and not token.folded.startswith(LEXICALIZED)


WEEKDAYS = {"pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"}
#: "bu hafta X", "gelecek ay X görüşülecek", "önümüzdeki salı X": when, before the item
_TIME_DIRECTIONS, _TIME_UNITS = {"bu", "gelecek", "geçen", "önümüzdeki", "geçtiğimiz"}, {"hafta", "ay", "yıl", "sene", *WEEKDAYS}


def relative_time_at(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``bu hafta``, ``gelecek ay`` opens the words ``start:end`` before the item they time (not
    where a participle of the item may take them: ``gelecek hafta yapılacak seçim``, ``geçen yıl yürüttükleri
    projeler``, ``geçen hafta Ankara'yı ziyaret eden X ile Y arasındaki görüşme``; a word ending like ``-An``
    is taken for one)."""
    return relative_time_length(tokens, start, end) > 0


def relative_time_length(tokens: list[Token], start: int, end: int) -> int:
    """How many words ``relative_time_at`` finds: two, or three with a weekday's ``günü``
    (``önümüzdeki salı günü X``); 0 when none."""
    length = 3 if start + 2 < end and tokens[start + 1].folded in WEEKDAYS and tokens[start + 2].folded == "günü" else 2
    found = start + length < end and tokens[start].folded in _TIME_DIRECTIONS and tokens[start + 1].folded in _TIME_UNITS \
        and not any(is_participle(t.folded) or is_clause_verb(t) or t.folded.endswith(("an", "en"))
                    for t in tokens[start + length : end])
    return length if found else 0
