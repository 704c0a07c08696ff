"""Turkish numbers as written in news: digits, number words and scale words.

Pure functions, no spaCy: ``parse_turkish_number("2 milyar 300 milyon") == 2_300_000_000``.

- Digits: Turkish style groups thousands with ``.`` and writes decimals with ``,``
  (``1.250.000``, ``8,9``). The English style (``1,250.5``, ``1,250,000``) is read only
  where it cannot be Turkish; a lone ``1,250`` is the Turkish 1.25.
- Words (``data/number_words.tsv``): ``iki yüz elli milyon``, ``bir buçuk milyar``,
  ``yarım milyon``, ``sıfır``, mixed with digits: ``5 bin 500``, ``2 milyar 300 milyon``.
- Spelled decimals: ``altı virgül dört milyar`` (6.4e9), ``üç yüz nokta sıfır yedi`` (300.07):
  the words after the point are read as the digits they write.
- Mixed scales: ``3 trilyon 125,6 milyar`` is one number; a decimal group after a scale must
  itself be closed by a smaller scale.

``find_number_phrases`` finds every number in running text, longest first, so that the
money and date stages need no number grammar of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from pipeline.lang.tr.alternation import longest_first
from pipeline.resources import read_tsv
from pipeline.lang.tr.text import turkish_lower, turkish_upper

#: the ordinal suffix after a number and an apostrophe (``3'üncü``, ``5'inci``, ``2'nci``)
_ORDINAL_SUFFIX = re.compile(r"^(?:[ıiuü]?nc[ıiuü])$")


def is_ordinal_suffix(folded: str) -> bool:
    """Whether ``folded``, written after a number and an apostrophe, makes it an ordinal
    (``üncü``, ``inci``, ``nci``)."""
    return _ORDINAL_SUFFIX.match(folded) is not None


def is_ordinal_word(folded: str) -> bool:
    """Whether ``folded`` (lower case) is an ordinal in letters: a number word and the ordinal
    suffix (``iki-nci``, ``üç-üncü``, ``dörd-üncü`` for ``dört``)."""
    for cut in (3, 4):  # "nci" after a vowel, "inci" after a consonant
        stem, suffix = folded[:-cut], folded[-cut:]
        unsoftened = stem[:-1] + "t" if stem.endswith("d") else stem
        if is_ordinal_suffix(suffix) and (stem in number_words() or unsoftened in number_words()):
            return True
    return False


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+\.\d+")


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: Decimal
    kind: str  # zero, unit, ten, hundred, scale, half, half_alone, point


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """A number in running text: ``text[start:end]`` reads ``value``."""

    start: int
    end: int
    value: int | float
    scale: int  #: the last scale word (1_000_000_000 for ``10 milyar``), 1 when none
    has_words: bool  #: written (partly) in letters: ``iki``, ``milyar``


@lru_cache(maxsize=1)
def number_words() -> dict[str, NumberWord]:
    return {row["word"]: NumberWord(Decimal(row["value"]), row["kind"]) for row in read_tsv("number_words.tsv")}


def plain(value: Decimal) -> int | float:
    """Exact decimal arithmetic, then ``7e9`` as the integer 7000000000 and fractions as floats
    (``273,4 milyar`` is 273400000000, never 273399999999.99997)."""
    return int(value) if value == value.to_integral_value() else float(value)


def parse_digits(text: str) -> int | float | None:
    """A number written in digits: ``1.250.000`` -> 1250000, ``8,9`` -> 8.9, ``1,250.5`` -> 1250.5."""
    value = _digits_value(text)
    return None if value is None else plain(value)


def _digits_value(text: str) -> Decimal | None:
    if not _DIGITS.fullmatch(text):
        return None
    if _ENGLISH_THOUSANDS.fullmatch(text):
        return Decimal(text.replace(",", ""))
    integer, _, decimals = text.partition(",")
    if not decimals.isdigit() and decimals:
        return None  # 1,2,3 or 1,5.3: a list or a typo, not a number
    if "." in integer:
        if _THOUSANDS_GROUPS.fullmatch(integer):
            integer = integer.replace(".", "")
        elif not decimals and integer.count(".") == 1:
            return Decimal(integer)  # 1.5: an English decimal point
        else:
            return None
    return Decimal(f"{integer}.{decimals}" if decimals else integer)


class _Accumulator:
    """Reads number tokens left to right; ``add`` says whether a token continues the number.

    Groups below a thousand are built from digits or from words (``iki yüz elli``) and closed
    by a scale word (``milyon``); scales must fall (``milyar`` ... ``milyon`` ... ``bin``).
    After a point word (``virgül``) the words are the digits of the fraction (``sıfır üç`` = 03).
    ``complete`` is False while the number cannot end here (after ``virgül``, or a decimal group
    after a scale that no smaller scale has closed yet: ``3 trilyon 125,6``).
    """

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.group: Decimal | None = None
        self.stage = "start"  # what the group ended with: digits, zero, unit, ten, hundred, half, point
        self.last_scale = Decimal("Infinity")
        self.scale = 1
        self.tokens = 0
        self.has_words = False
        self.fraction: _Accumulator | None = None  # the words after "virgül"
        self.fraction_zeros = ""  # "sıfır" words right after the point

    @property
    def complete(self) -> bool:
        if self.stage == "point" or (self.fraction is not None and self.fraction.group is None):
            return False
        fractional_group = self.group is not None and self.group != self.group.to_integral_value()
        return not (fractional_group and self.total and self.stage == "digits")

    def add(self, token: str) -> bool:
        if self.fraction is not None:
            return self._add_fraction(token)
        digits = _digits_value(token) if token[0].isdigit() else None
        if digits is not None:
            return self._add_digits(digits)
        word = number_words().get(turkish_lower(token)) or _HUNDRED_EACH.get(turkish_lower(token))
        if word is None or not self._add_word(word):
            return False
        self.tokens += 1
        self.has_words = True
        return True

    def _add_digits(self, value: Decimal) -> bool:
        if self.group is not None or (self.tokens and value >= min(self.last_scale, 1000)):
            return False  # "5 bin 1500", "2025 400": two numbers side by side
        if self.tokens and value != value.to_integral_value() and self.total == 0:
            return False  # "iki 3,5"
        self.group, self.stage = value, "digits"
        self.tokens += 1
        return True

    def _add_fraction(self, token: str) -> bool:
        """A word after the point: ``sıfır`` adds a leading zero, the rest is one group (``yetmiş bir``)."""
        word = number_words().get(turkish_lower(token))
        if word is not None and word.kind == "scale":
            if self.fraction.group is None:
                return False
            self.group += Decimal(f"0.{self.fraction_zeros}{int(self.fraction.group)}")
            self.fraction, self.stage = None, "digits"
            self.tokens -= 1  # the scale word is counted again by add()
            return self.add(token)
        if word is not None and word.kind == "zero" and self.fraction.group is None:
            self.fraction_zeros += "0"
        elif word is None or word.kind not in ("unit", "ten", "hundred") or not self.fraction.add(token):
            return False
        self.tokens += 1
        self.stage = "fraction"
        return True

    def _add_word(self, word: NumberWord) -> bool:
        kind, value, stage = word.kind, word.value, self.stage
        empty = self.group is None
        after_larger = (kind == "unit" and stage in ("hundred", "ten")) or (kind == "ten" and stage == "hundred")
        if kind in ("unit", "ten") and (empty or after_larger):  # iki yüz | elli | iki
            self.group = (self.group or 0) + value
        elif kind == "zero" and self.tokens == 0:  # "sıfır" stands alone or before "virgül"
            self.group = value
        elif kind == "point" and not empty and stage in ("zero", "unit", "ten", "hundred"):
            self.fraction = _Accumulator()
        elif kind == "hundred" and (empty or (stage == "unit" and self.group < 10)):
            self.group = (self.group or 1) * value
        elif kind == "half" and stage in ("digits", "unit", "ten", "hundred") and self.group == int(self.group):
            self.group += value
        elif kind == "half_alone" and empty:
            self.group = value
        elif kind == "scale" and value < self.last_scale and (not empty or value == 1000):
            self.total += (1 if empty else self.group) * value
            self.group, self.last_scale, self.scale = None, value, int(value)
        else:
            return False
        self.stage = {"half_alone": "half"}.get(kind, kind)
        return True

    @property
    def value(self) -> int | float:
        group = self.group or 0
        if self.fraction is not None and self.fraction.group is not None:
            group += Decimal(f"0.{self.fraction_zeros}{int(self.fraction.group)}")
        return plain(self.total + group)


@lru_cache(maxsize=1)
def _number_token() -> re.Pattern:
    """A run of digits with its separators (``1.250.000``, ``8,9``) not glued to a word before
    it (``A4``), or a number word (``iki``, ``Milyar``, ``MİLYON``) standing as a whole word."""
    forms = {
        form for word in number_words() for form in (word, turkish_upper(word[:1]) + word[1:], turkish_upper(word))
    }
    # opened by what both branches ask (no letter before): the scan leaves an offset inside a word
    # after one test instead of trying each branch there (a quarter less time over an article)
    return re.compile(
        f"(?<![^\\W\\d_])(?:(?<![^\\W_])\\d+(?:[.,]\\d+)*|(?:{longest_first(forms)})(?![^\\W\\d_])"
        f"|{_HUNDRED_EACH_BEFORE_SCALE.pattern})"
    )


#: the distributive after digits and an apostrophe (``300'er lira``, ``10'ar``, ``6'şar``): what each gets
_DISTRIBUTIVE = re.compile(r"['’]ş?[ae]r(?![^\W\d_])")
#: The distributive of ``yüz`` (hundred each), which ``data/number_words.tsv`` leaves out: it is also a verb
#: (swims). Before a scale word it is the number: ``yüzer bin lira`` (100,000 each).
_HUNDRED_EACH = {"yüzer": NumberWord(Decimal(100), "hundred")}
_HUNDRED_EACH_BEFORE_SCALE = re.compile(r"(?i:yüzer|YÜZER)(?=[^\S\n]+(?i:bin|milyon|milyar|trilyon)(?![^\W\d_]))")


def find_number_phrases(text: str) -> list[NumberPhrase]:
    """Every number in ``text``, longest first, left to right. Words of one number are
    separated by single spaces; a number never spans a line break or punctuation. The
    distributive after digits belongs to the number (``300'er``: 300 each), and so does a scale word after
    it, with the rest of the number (``250'şer bin``: 250,000 each; ``1,5'er milyon``)."""
    tokens = list(_number_token().finditer(text))
    phrases: list[NumberPhrase] = []
    i = 0
    while i < len(tokens):
        phrase, used = _phrase_at(text, tokens, i)
        if phrase is None:
            i += 1
            continue
        distributive = _DISTRIBUTIVE.match(text, phrase.end) if text[phrase.end - 1 : phrase.end].isdigit() else None
        if distributive:
            phrase = NumberPhrase(phrase.start, distributive.end(), phrase.value, phrase.scale, phrase.has_words)
            phrase, used = _scaled_after(text, tokens, i, used, phrase)
        phrases.append(phrase)
        i += used
    return phrases


def _scaled_after(text: str, tokens: list[re.Match], i: int, used: int, phrase: NumberPhrase) -> tuple[NumberPhrase, int]:
    """``250'şer bin``, ``1,5'er milyon``, ``10'ar bin 500``: the number a distributive opens (``tokens[i : i +
    used]``, ending at ``phrase.end`` after the suffix) goes on through a scale word right after it; the number
    and how many tokens it used."""
    j = i + used
    first = number_words().get(turkish_lower(tokens[j].group())) if j < len(tokens) else None
    if first is None or first.kind != "scale" or text[phrase.end : tokens[j].start()] != " ":
        return phrase, used
    reader = _read(tokens[i:j])
    while j < len(tokens) and (j == i + used or text[tokens[j - 1].end() : tokens[j].start()] == " "):
        if not reader.add(tokens[j].group()):
            break
        j += 1
    while not reader.complete:  # "1'er bin 3,5": give back the open end
        j -= 1
        reader = _read(tokens[i:j])
    if j == i + used:
        return phrase, used
    return NumberPhrase(phrase.start, tokens[j - 1].end(), reader.value, reader.scale, True), j - i


def _phrase_at(text: str, tokens: list[re.Match], i: int) -> tuple[NumberPhrase | None, int]:
    first = tokens[i]
    if i + 1 == len(tokens) or text[first.end() : tokens[i + 1].start()] != " ":
        # a number of one token (most are: ``2025``, ``15``): its reading depends on the token
        # alone, remembered per token
        reading = _one_token_reading(first.group())
        if reading is None or _glued_to_letters(text, first):
            return None, 0
        return NumberPhrase(first.start(), first.end(), *reading), 1
    j = i
    reader = _Accumulator()
    while j < len(tokens):
        if j > i and text[tokens[j - 1].end() : tokens[j].start()] != " ":
            break
        if not reader.add(tokens[j].group()):
            break
        j += 1
    while j > i and not reader.complete:  # "8 virgül" or "3 trilyon 125,6": give back the open end
        j -= 1
        reader = _read(tokens[i:j])
    if j == i:
        return None, 0
    if _glued_to_letters(text, tokens[j - 1]):
        return None, 0
    return NumberPhrase(first.start(), tokens[j - 1].end(), reader.value, reader.scale, reader.has_words), j - i


@lru_cache(maxsize=65536)
def _one_token_reading(token: str) -> tuple[int | float, int, bool] | None:
    """(value, scale, has_words) of a number written as one token, None where the token is no
    complete number (``virgül``, ``1,2,3``)."""
    reader = _Accumulator()
    if not reader.add(token) or not reader.complete:
        return None
    return reader.value, reader.scale, reader.has_words


def _read(tokens: list[re.Match]) -> _Accumulator:
    reader = _Accumulator()
    for token in tokens:
        reader.add(token.group())
    return reader


def _glued_to_letters(text: str, last: re.Match) -> bool:
    """``5G``, ``F16``: digits followed straight by letters are names, not numbers."""
    end = last.end()
    return last.group()[0].isdigit() and end < len(text) and text[end].isalpha()


def parse_turkish_number(text: str) -> int | float | None:
    """The number a whole string writes, or None: ``"iki yüz elli milyon"`` -> 250000000,
    ``"8,9 milyar"`` -> 8900000000, ``"5 bin 500"`` -> 5500, ``"yarım milyon"`` -> 500000."""
    text = text.strip()
    phrases = find_number_phrases(text)
    if len(phrases) != 1 or phrases[0].start != 0 or phrases[0].end != len(text):
        return None
    return phrases[0].value
