"""The values the money stage passes around: a currency and an amount found in text."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.lang.tr.numbers import NumberPhrase


@dataclass(frozen=True, slots=True)
class Currency:
    code: str
    kind: str  # word, fixed, shared, code, symbol


@dataclass(frozen=True, slots=True)
class Amount:
    number: NumberPhrase
    value: int | float
    start: int  # of the mention: a currency sign before the number, or the number
    end: int  # after the currency and its suffix
    currency: Currency
    currency_suffix: str  # folded, without apostrophe: "lık" in "dolarlık", "" when none
    #: the figure whose currency and verb this one shares ("3,4 milyon, ithalat 2,9 milyon avroyu aştı")
    gapped_before: "Amount | None" = None
