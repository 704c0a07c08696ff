"""A currency code or symbol written before a number: ``$5 milyon``, ``USD 100``, ``HK $ 10``; and the currency an
exchange rate is quoted in, its pair named a word or two before the rate (``Dolar/TL haftayı 36,92 seviyesinde
kapattı``: 36,92 lira, as ``Dolar/TL 36,92'den`` reads)."""

from __future__ import annotations

import re

#: how far before a number a code or symbol (and one space) is looked for
LOOK_BEFORE = 8
#: A scale word made an adjective after a number with a sign before it (``€200 milyonluk kredi``): the number's
#: scale, which the number reader leaves out of a word with a suffix
_ATTRIBUTIVE_SCALE = re.compile(r" (bin|milyon|milyar|trilyon)(l[ıiuü]k)(?![^\W\d_])", re.IGNORECASE)
_SCALES = {"bin": 1000, "milyon": 10**6, "milyar": 10**9, "trilyon": 10**12}
#: how far before a rate its currency pair is looked for
PAIR_LOOK_BEFORE = 40
#: After a rate, what says it is the level the pair stands at: a case after an apostrophe (``36,92'den``, ``'ye``,
#: ``'de``) or a level noun (``36,92 seviyesinde``, ``düzeyinden``)
_LEVEL_AFTER = re.compile(r"['’](?:[dt][ae]n?|y[ae])(?![^\W_])|\s+(?:seviye|düzey)", re.IGNORECASE)
#: Words before a number that make it no rate of the pair: a percentage, a count of points
_NOT_A_RATE_BEFORE = re.compile(r"(?<![^\W_])(?:yüzde|binde|puan)\s+$", re.IGNORECASE)


def attributive_scale(text: str, end: int) -> tuple[int, int, str] | None:
    """``$500 milyonluk``: the end of the scale word after the number that ends at ``end``, the scale and
    its suffix (``lük``); None when no scale word with -lIk follows."""
    match = _ATTRIBUTIVE_SCALE.match(text, end)
    if match is None:
        return None
    return match.end(), _SCALES[match.group(1).lower()], match.group(2).lower()


class LeadingCurrency:
    def __init__(self, codes: list[str], symbols: list[str], symbol_pattern: re.Pattern | None) -> None:
        """``codes`` (``USD``: only in capitals, not glued to a word) and ``symbols`` (their
        pattern, read without regard to case), each list longest first."""
        code_pattern = "|".join(map(re.escape, codes))
        leading = [f"(?<![^\\W_])(?:{code_pattern})(?![^\\W_])"] if codes else []
        leading += [f"(?i:{symbol_pattern.pattern})"] if symbols and symbol_pattern is not None else []
        self.pattern = re.compile(f"(?P<name>{'|'.join(leading) or '(?!)'}) ?$")
        #: a currency pair ("Dolar/TL", "EUR/TRY"), the quote's code after the slash, then one or two words in lower
        #: case before the rate ("haftayı", "güne yine")
        self.pair = re.compile(
            f"(?<![^\\W_])[^\\W\\d_]+/(?P<name>{code_pattern or '(?!)'})(?![^\\W_]),?(?:\\s+[a-zçğıöşü][^\\W\\d_]*){{1,2}}\\s+$"
        )
        #: the characters a code or symbol can end with (any letter where a symbol, read without
        #: regard to case, ends with a cased one): most numbers have none of them right before
        #: them, and the pattern is not searched there
        self.ends = frozenset([code[-1] for code in codes] + [symbol[-1] for symbol in symbols])
        self.ends_any_letter = any(symbol[-1].lower() != symbol[-1].upper() for symbol in symbols)

    def before(self, text: str, start: int) -> re.Match | None:
        """The code or symbol written right before the number at ``start``: ``pattern`` searched
        in the ``LOOK_BEFORE`` characters before it. The search ends at ``start``, where its
        ``$`` also matches before a final line break: the name's last character stands right
        before ``start``, or before one space or line break there, or before a space and a line
        break; where none of these can end a name, nothing is searched."""
        if not self._may_end(text[start - 1 : start]):
            before = text[max(0, start - 3) : start]
            if not (before[-1:] in (" ", "\n") and self._may_end(before[-2:-1])) and not (
                before[-2:] == " \n" and self._may_end(before[-3:-2])
            ):
                return None
        return self.pattern.search(text, max(0, start - LOOK_BEFORE), start)

    def _may_end(self, char: str) -> bool:
        return char in self.ends or (self.ends_any_letter and char.isalpha())

    def pair_before(self, text: str, start: int, end: int) -> re.Match | None:
        """The currency pair a word or two before the rate at ``text[start:end]``, which its quote currency is in:
        ``Dolar/TL haftayı 36,92 seviyesinde kapattı``. The rate is written with decimals and followed by a case or
        a level noun (``36,92'den``, ``36,92 seviyesinde``); not after ``yüzde`` (``yüzde 0,5'ten``)."""
        if "," not in text[start:end] or not _LEVEL_AFTER.match(text, end):
            return None
        if _NOT_A_RATE_BEFORE.search(text, max(0, start - 10), start):
            return None
        return self.pair.search(text, max(0, start - PAIR_LOOK_BEFORE), start)
