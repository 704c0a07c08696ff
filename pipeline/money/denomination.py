"""``X cinsinden`` / ``X bazında``: a currency named before the amounts it counts.

``Kanada doları cinsinden 5 milyar`` has no currency after the number; the sentence said it first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pipeline.lang.tr.numbers import NumberPhrase
from pipeline.lang.tr.text import turkish_lower
from pipeline.money.amounts import Amount, Currency


@dataclass(frozen=True, slots=True)
class Denomination:
    start: int  #: after "cinsinden"
    end: int  #: the end of its sentence
    currency: Currency
    head: str  #: the first letters of the currency's last word: "dola" for "Kanada doları"


def denominated(text: str, group: list[Amount], number: NumberPhrase, scopes: list[Denomination]) -> list[Amount]:
    """Amounts in the scope of ``X cinsinden``: a scaled number without a currency (``5 milyar``) is
    in X, and so is one written with X's generic name (``150 milyon frank`` after ``İsviçre frangı``)."""
    scope = next((d for d in scopes if d.start <= number.start < d.end), None)
    if scope is None:
        return group
    if not group:
        if number.scale == 1:
            return []  # a count or a year, not an amount
        return [Amount(number, number.value, number.start, number.end, scope.currency, "")]
    return [
        replace(amount, currency=scope.currency)
        if turkish_lower(text[amount.number.end : amount.end].strip()).startswith(scope.head) else amount
        for amount in group
    ]  # fmt: skip
