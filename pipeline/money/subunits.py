"""Sub-units of a currency (``data/currencies.tsv``, kind ``subunit``: ``kuruş``, ``sent``, ``cent``), pure readings
on text: hundredths after an amount (``3 dolar 50 sent``), a price counted in them (``3,25 euro/cent``, ``3,45 ABD
doları sent``), and a sub-unit of one currency alone (``35 kuruş indirim``)."""

from __future__ import annotations

from decimal import Decimal

from pipeline.lang.tr.endings import spells_noun_endings
from pipeline.lang.tr.numbers import NumberPhrase, plain
from pipeline.lang.tr.text import APOSTROPHES, folded_word_at, turkish_lower
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.money.amounts import Amount, Currency
from pipeline.money.words import skip_spaces


class Subunits:
    def __init__(self, names: Gazetteer, currencies: dict[str, Currency], main_units: dict[str, Currency]) -> None:
        self.names = names  #: the sub-units' names, inflected
        self.currencies = currencies  #: every listed name -> its currency (a sub-unit's code: its currency's, or "*")
        self.main_units = main_units  #: code -> the currency a sub-unit of one currency is a hundredth of

    def after_amount(self, text: str, amount: Amount, number: NumberPhrase) -> Amount | None:
        """``3 dolar 50 sent``, ``50 TL 30 kuruş``: a count of hundredths right after the amount."""
        if text[amount.end : number.start] != " " or amount.currency_suffix or number.value >= 100:
            return None
        subunit = self.at(text, skip_spaces(text, number.end), amount.currency)
        if subunit is None:
            return None
        value = plain(Decimal(str(amount.value)) + Decimal(str(number.value)) / 100)
        return Amount(amount.number, value, amount.start, subunit[0], amount.currency, subunit[1])

    def at(self, text: str, offset: int, currency: Currency) -> tuple[int, str] | None:
        window = text[offset : offset + 12]
        match = next(iter(self.names.find(window)), None)
        if match is None or match.start != 0 or self.currencies[match.key].code not in ("*", currency.code):
            return None
        return offset + match.end, turkish_lower(window[match.name_end : match.end].lstrip(APOSTROPHES))

    def hundredths_after(self, text: str, end: int, currency: Currency) -> tuple[int, str] | None:
        """The sub-unit a price is counted in, right after its currency (ending at ``end``): after a slash
        (``euro/cent``, ``euro/ sent``) or a space (``3,45 ABD doları sent``, ``4,2 avro sente``: a tariff in
        cents, as real annotations list it, 0.0345); after a space it is in lower case and takes only a noun's
        endings (no ``sentez``, no ``Sent Louis``)."""
        slash, start = text[end : end + 1] == "/", skip_spaces(text, end + 1)
        if not slash and (text[end : end + 1] != " " or not text[start : start + 1].islower()):
            return None
        subunit = self.at(text, start, currency)
        if subunit is None or not (slash or not subunit[1] or spells_noun_endings(subunit[1])):
            return None
        return subunit

    def alone(self, text: str, number: NumberPhrase) -> Amount | None:
        """``35 kuruş indirim``: a sub-unit of one currency only (not ``sent``), after a count written in digits, is an
        amount in hundredths of it (``bir kuruş bile``, ``beş kuruşluk`` say "nothing")."""
        offset = skip_spaces(text, number.end)
        window = text[offset : offset + 12]
        first = folded_word_at(window, 0)
        if first is None or not self.names.may_start(first):
            return None  # no sub-unit starts right after the number (most numbers): none can match there
        match = next(iter(self.names.find(window)), None)
        currency = self.main_units.get(self.currencies[match.key].code) if match and match.start == 0 else None
        if currency is None or number.scale > 1 or not text[number.start].isdigit():
            return None
        suffix = turkish_lower(text[offset + match.name_end : offset + match.end].lstrip(APOSTROPHES))
        value = plain(Decimal(str(number.value)) / 100)
        return Amount(number, value, number.start, offset + match.end, currency, suffix)
