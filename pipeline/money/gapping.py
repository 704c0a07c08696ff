"""A currency left out of the first of two parallel figures (gapping), pure functions on text.

Turkish writes the currency once for two figures of one sentence: ``geliri 5 milyar, gideri 4 milyar
dolar oldu``, ``ihracat 3,4 milyon, ithalat 2,9 milyon avroyu aştı``. The first
figure ends in a scale word and a comma (the noun left out), and the next figure, a few words on in
the same sentence, has the same scale word and a currency: the first is in that currency, and the
verb (with its hedge, ``aştı``) is shared. A count in the same shape (``nüfusu 2 milyon, bütçesi
3 milyar dolar``) has another scale and stays out, unless the two are the bounds of one figure (``en az
250 bin, en fazla 3 milyon lira``). Small prices each after its noun share the currency
the same way (``ekmek 8, simit 12,5 lira oldu``).

A bare figure between two figures of one scale and currency in a list drops both: ``ocakta 4,1 milyar
lira, şubatta 3,9, martta 4,4 milyar lira``: 3,9 milyar lira.

A figure written with its currency and left without a verb shares the hedge after the next one, its
parallel in the same sentence: ``ekmek 10 lira, simit ise 15 lira civarındaydı`` (both about).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from pipeline.lang.tr.numbers import NumberPhrase, number_words, plain
from pipeline.money.amounts import Amount

#: Between the two figures: a comma right after the first, then up to five words, no sentence end.
_GAP = re.compile(r",\s+(?:[^\s.;:!?]+\s+){0,5}")
#: Between the figures of a list: a comma right after the first, then up to two words.
_LIST_GAP = re.compile(r",\s+(?:[^\s.;:!?]+\s+){0,2}")
#: Between two small prices: a comma, the second one's noun (in lower case), ``ise`` at most.
_PRICE_GAP = re.compile(r",\s+[a-zçğıöşü][^\W\d_]*(?:\s+ise)?\s+")
#: A noun in lower case right before the first of them (its word alone, not a number's).
_NOUN_BEFORE = re.compile(r"(?<![^\W_])[a-zçğıöşü][^\W\d_]*\s+$")
#: Words before a number that make it no price: a rate (``yüzde 8``), a time, a rank, an article of a law.
_NOT_A_PRICE_NOUN = frozenset({"yüzde", "binde", "saat", "puan", "madde", "sayı", "numara", "no", "sıra", "yaş"})
#: The bounds of one figure said as a pair: ``en az X, en fazla Y lira``, ``en düşük X, en yüksek Y``
_LOWER_BOUND = re.compile(r"(?<![^\W_])(?:en az|en düşük|asgari)\s+$")
_UPPER_BOUND = re.compile(r",?\s+(?:en fazla|en çok|en yüksek|azami)\s+")
#: The attributive suffix on a currency: the figure qualifies the noun after it ("liralık ödenek")
_ATTRIBUTIVE = ("lık", "lik", "luk", "lük")
#: Scales that name money far more often than counts in a gapped pair (million and up).
_MIN_SCALE = 1_000_000


def shares_the_next_currency(text: str, first: NumberPhrase, second: NumberPhrase) -> bool:
    """Whether ``first`` (without a currency) is a figure whose currency is the one of ``second``."""
    if first.scale == second.scale == 1:
        return is_a_price_pair(text, first, second)
    if first.scale > 1 and second.scale > 1 and _LOWER_BOUND.search(text, max(0, first.start - 20), first.start) \
            and _UPPER_BOUND.fullmatch(text, first.end, second.start):
        return True  # "en az 250 bin, en fazla 3 milyon lira": two bounds of one figure, any scales
    return (
        first.scale >= _MIN_SCALE and first.scale == second.scale
        and _GAP.fullmatch(text, first.end, second.start) is not None
    )  # fmt: skip


def is_a_price_pair(text: str, first: NumberPhrase, second: NumberPhrase) -> bool:
    """Two small figures, each right after its noun, the currency written after the second only: ``ekmek 8,
    simit 12,5 lira``, ``yetişkinler 40, çocuklar ise 20 liradan``. A noun in lower case stands right
    before each (a count has its noun after it: ``8 kişi, 12 lira``)."""
    noun = _NOUN_BEFORE.search(text, max(0, first.start - 30), first.start)
    return (
        first.value < 10_000 and noun is not None and noun.group().rstrip() not in _NOT_A_PRICE_NOUN
        and _PRICE_GAP.fullmatch(text, first.end, second.start) is not None
    )  # fmt: skip


def between_two_figures(text: str, before_end: int, scale: int, bare: NumberPhrase, after: NumberPhrase) -> bool:
    """Whether ``bare`` (a number without a scale word) is an item of a list between a figure ending at
    ``before_end`` with ``scale`` and the figure ``after`` with the same scale (their currency, one, is
    checked by the caller): the list left that scale and currency out of ``bare``."""
    return (
        bare.scale == 1 and scale == after.scale >= _MIN_SCALE and bare.value < 1000
        and _LIST_GAP.fullmatch(text, before_end, bare.start) is not None
        and _LIST_GAP.fullmatch(text, bare.end, after.start) is not None
    )  # fmt: skip


def gapped_amount(
    text: str, numbers: list[NumberPhrase], i: int, amount_of: Callable[[NumberPhrase], Amount | None]
) -> Amount | None:
    """Number ``i`` (without a currency of its own) as a figure whose currency, and scale, a list leaves out:
    ``3,4 milyon, ithalat 2,9 milyon avroyu aştı``; ``4,1 milyar lira, şubatta 3,9, martta 4,4 ...``.
    ``amount_of`` reads the figure a number opens, if any. The figure shares the next one's verb and hedge."""
    first, following = numbers[i], amount_of(numbers[i + 1])
    if following is None:
        return None
    if shares_the_next_currency(text, first, numbers[i + 1]):
        return Amount(first, first.value, first.start, first.end, following.currency, "", following)
    before = amount_of(numbers[i - 1]) if i > 0 else None
    if before is not None and before.currency == following.currency:
        scale = before.number.scale
        if between_two_figures(text, before.end, scale, first, numbers[i + 1]):
            value = plain(Decimal(str(first.value)) * scale)
            return Amount(first, value, first.start, first.end, following.currency, "", following)
    return None


#: A bare number's scale word with the possessive (and a case) of a part: ``7 milyonunu``, ``3 milyarı``
_SCALE_OF_PART = re.compile(r"\s+(?P<scale>bin|milyon|milyar|trilyon)[ıiuü](?:n[ıiuü]|n[dt][ae]n?|n[ae]|n[ıiuü]n)?(?![^\W\d_])")
#: the genitive after a currency (``doların``, ``lirasının``, ``avronun``): the whole the next figure is part of
_GENITIVE = re.compile(r"(?:s?[ıiuü])?n?[ıiuü]n")


#: A figure qualifying a noun in the genitive: ``7,4 milyar liralık (toplam) ödeneğin`` (the whole the next figure is
#: part of); ``için`` ends so but is no genitive
_QUALIFIED_GENITIVE = re.compile(r"\s+(?:[a-zçğıöşü]+\s+)?(?!için\s)[a-zçğıöşü]+[ıiuü]n\s+")
#: A pronoun or ``bu`` with a noun of an amount pointing back to the figure before it: ``bunun 640 milyonu``
_POINTING_BACK = re.compile(r"(?<![^\W_])(?:[Bb]unun|[Bb]u\s+(?:tutar|miktar|rakam)ın)(?:\s+de|\s+da)?\s+$")
#: A participle of passing a threshold after the part: a count (``5 milyonu aşkın kişi``), no share of the figure
_COUNT_PAST = re.compile(r"\s+(?:aşkın|aşan|geçen|bulan)\s+[a-zçğıöşü]")
#: At most one sentence end between that figure and ``bunun``: the figure of the same sentence or the one before
_ONE_SENTENCE_BACK = re.compile(r"[^.!?;\n]*(?:[.!?;]\s+[^.!?;\n]*)?")


def part_of_amount(text: str, whole: Amount | None, number: NumberPhrase) -> Amount | None:
    """``17 milyon doların 7 milyonunu``, ``10 milyar lirasının 3 milyarı``: a bare number right after a
    figure in the genitive, its scale word in the possessive, is a part of that figure, in its currency; so is
    one after a figure qualifying a noun in the genitive (``7,4 milyar liralık ödeneğin 1,1 milyarı``) and one
    after ``bunun`` that points back to the figure of its sentence or the one before (``Proje 2 milyar dolara
    mal olacak. Bunun 640 milyonunu banka karşılayacak``). The figure must be the number right before: a bare
    ``1,1 milyarı`` takes no currency from far away, nor does a count (``5 milyonu aşkın kişi``) without one."""
    if whole is None or number.scale != 1:
        return None
    between = text[whole.end : number.start]
    pointing_back = _points_back(between)
    if not pointing_back and not _written_with_the_whole(whole, between):
        return None
    scale = _SCALE_OF_PART.match(text, number.end)
    if scale is None or (pointing_back and _COUNT_PAST.match(text, scale.end())):
        return None  # "Bunun 5 milyonu aşkın kişiye ulaşması": a count past a threshold, "bunun" the subject's
    value = plain(Decimal(str(number.value)) * number_words()[scale.group("scale")].value)
    if value >= whole.value:
        return None
    return Amount(number, value, number.start, scale.end(), whole.currency, "")


def _written_with_the_whole(whole: Amount, between: str) -> bool:
    """Whether the figure ``whole``, ``between`` before the part, owns it: in the genitive right before it
    (``17 milyon doların 7 milyonunu``) or qualifying a noun in the genitive (``7,4 milyar liralık ödeneğin``)."""
    if _GENITIVE.fullmatch(whole.currency_suffix):
        return between.isspace()
    return whole.currency_suffix in _ATTRIBUTIVE and _QUALIFIED_GENITIVE.fullmatch(between) is not None


def _points_back(between: str) -> bool:
    """Whether ``between`` (from the figure before to the part) ends in ``bunun`` and holds at most one sentence end."""
    back = _POINTING_BACK.search(between)
    return back is not None and _ONE_SENTENCE_BACK.fullmatch(between, 0, back.start()) is not None


def shares_the_hedge_after(text: str, first: Amount, second: Amount) -> bool:
    """Whether ``first``, right before a comma, is the verbless parallel of ``second`` a few words on, in the
    same currency and case: the hedge after ``second`` (``15 lira civarındaydı``) is said of both."""
    return (
        first.currency == second.currency and first.currency_suffix == second.currency_suffix
        and text[first.end : first.end + 1] == "," and _GAP.fullmatch(text, first.end, second.start) is not None
    )  # fmt: skip
