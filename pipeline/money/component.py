"""Monetary amounts as numbers with ISO 4217 currencies.

An amount is a number (``pipeline.lang.tr.numbers``: digits, number words, scale words) with a
currency right after it (``7 milyar dolar``, ``2,48 milyar euroluk``, ``100 TL'lik``) or a
code or symbol right before it (``$5 milyon``, ``USD 100``), or a rate a word or two after its currency pair
(``Dolar/TL haftayı 36,92 seviyesinde``: lira, ``leading``). Currencies come from
``data/currencies.tsv``; the longest name wins (``Kanada doları`` is CAD, ``dolar`` USD).
Because a currency is required, percentages, years, phone numbers and counts are left out.

- Ranges (``10-12 milyar dolar``, ``10 ila 12 milyar dolar``, ``20 milyar dolar ile 25 milyar dolar
  arasında``) give two amounts sharing a ``range`` marker; the first end borrows the scale of the
  second. Both are approximate.
- A name several countries' currencies share (``riyal``, ``rupi``, ``manat``) is the currency of the one
  country its sentence names (``İran 50 trilyon riyal``: IRR; ``shared_names``).
- Two-word names also take suffixes on their bare noun (``Kanada dolarlık``, ``Türk lirasından``);
  ``X cinsinden`` / ``X bazında`` puts the scaled numbers after it in the sentence in X; sub-units
  after an amount add hundredths (``3 dolar 50 sent``); ``3,25 euro/cent`` counts in hundredths.
- Hedges (``data/money_hedges.tsv``: ``yaklaşık``, ``civarında``, ``-i aşan``, ``-den fazla``)
  make an amount ``approximate``; a hedge before the number belongs to the mention; a threshold noun
  may stand between the currency and a hedge after it (``4 milyar lira eşiğini aştı``).
- ``subject``: the noun phrase the amount is the value of, when the sentence says it in
  the predicate form (``toplam ticaret hacmi yaklaşık 7 milyar dolar``, ``toplam değeri
  17,8 milyar dolara ulaştı``) or qualifies it (``1,5 milyar euroluk bir yatırım planı``).
- One entry per distinct amount and currency (its first mention): an article repeating
  ``400 milyar dolar`` has one figure, as the gold format counts them; so does an end of a range
  that repeats a figure already listed (that range keeps its other end).
"""

from __future__ import annotations

import re
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import doc_text, doc_words
from pipeline.lang.tr.endings import POSSESSIVES, ends_in, spells_noun_endings
from pipeline.lang.tr.numbers import NumberPhrase, find_number_phrases, plain
from pipeline.lang.tr.text import (
    APOSTROPHES, Word, folded_word_at, leading_words, sentence_end, suffix_end, turkish_lower, turkish_upper,
)
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.money.amounts import Amount, Currency
from pipeline.money.denomination import Denomination, denominated
from pipeline.money.gapping import gapped_amount, part_of_amount, shares_the_hedge_after
from pipeline.money.hedges import Hedge, HedgeTable
from pipeline.money.leading import LeadingCurrency, attributive_scale
from pipeline.money.parties import PARTY_TYPES, parties
from pipeline.money.shared_names import SHARED, SharedNames
from pipeline.money.subject import SubjectReader
from pipeline.money.subunits import Subunits
from pipeline.money.words import (
    bare_compounds,
    hedged_subject,
    next_word,
    only_spaces,
    skip_spaces,
    word_index_before,
    words_match,
)
from pipeline.resources import read_tsv
from pipeline.schema import Money
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import ENTITY_GROUPS, MONEY_GROUP, add_items, group_attrs, named_mentions, start_groups

#: Between the two ends of a range: a dash, or "ila"/"ile" ("10 ila 12 milyar").
_RANGE_JOINT = re.compile(r"\s*[-–—]\s*|\s+(?:ila|ile)\s+")
#: Suffixes on the currency: attributive (dolarlık: the amount qualifies the noun after it), dative (dolara).
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
#: The attributive suffix on a currency ("dolarlık", "TL'lik"): the amount qualifies the noun after it.
_ATTRIBUTIVE = ("lık", "lik", "luk", "lük")
#: The endings a "fixed" currency name (data/currencies.tsv: yen, won, lev) takes glued, without an apostrophe:
#: the attributive, the locative, ablative, instrumental and dative ("3 milyar yenlik", "yenden", "yenle",
#: "yene", "wonluk"), none of which makes it another word, as the vowel endings do ("yeni": new) and the verb's
#: ("2-1 yendi": beat).
_FIXED_NAME_ENDING = re.compile(r"l[ıiuü][kğ][^\W\d_]*|[dt][ae]n?|l[ae]|[ae]")
#: How far after a number a currency name is looked for (the longest name and its suffix fit).
CURRENCY_WINDOW = 40


class MoneyStage(SavedLexicons):
    def __init__(self, currencies: str, hedges: str, subject_words: str, one_entry_per_amount: bool) -> None:
        inflecting, codes, subunits, self.symbols = [], [], [], {}
        self.currencies: dict[str, Currency] = {}
        for row in read_tsv(currencies):
            currency = Currency(row["code"], row["kind"])
            self.currencies[row["name"]] = currency
            if row["kind"] == "symbol":
                self.symbols[turkish_upper(row["name"])] = currency
            elif row["kind"] == "subunit":
                subunits.append((row["name"], row["name"]))
            else:
                (inflecting if row["kind"] in ("word", "fixed", SHARED) else codes).append((row["name"], row["name"]))
                bare_forms = bare_compounds(row["name"]) if row["kind"] == "word" else []
                inflecting += [(bare, row["name"]) for bare in bare_forms]  # "Kanada dolar|lık", "frank|lık"
        #: the currency a sub-unit of one currency is a hundredth of ("kuruş": TRY; "sent" has none)
        self.main_units = {c.code: c for c in self.currencies.values() if c.kind in ("word", "code")}
        self.shared = SharedNames(self.currencies)  # "riyal": the country its sentence names picks the one
        self.inflecting = Gazetteer(inflecting, proper=False, inflected=True)
        self.codes = Gazetteer(codes, proper=False)
        self.subunits = Subunits(Gazetteer(subunits, proper=False, inflected=True), self.currencies, self.main_units)
        by_length = sorted(self.symbols, key=len, reverse=True)
        #: a symbol; one spelled with letters ("C$", "HK $") must not be glued to a word before it
        self.symbol_pattern = re.compile(
            "|".join(("(?<![^\\W_])" if symbol[0].isalpha() else "") + re.escape(symbol) for symbol in by_length),
            re.IGNORECASE,
        )
        codes = sorted((name for name, c in self.currencies.items() if c.kind == "code"), key=len, reverse=True)
        #: a code or symbol written before the number: "$5 milyon", "USD 100"
        self.leading = LeadingCurrency(codes, by_length, self.symbol_pattern if self.symbols else None)
        self.leading_currency = self.leading.pattern
        listed: dict[str, list[Hedge]] = {
            "before": [], "after": [], "threshold": [], "reached": [], "time": [], "idiom": [],
        }
        for row in read_tsv(hedges):
            words = tuple(turkish_lower(row["phrase"]).split())
            listed[row["position"]].append(Hedge(words, row["needs_suffix"] == "yes"))
        self.hedges_before = HedgeTable(listed["before"], next_to_amount=-1)  # ends right before the number
        # starts right after the currency; "kadar çıktı" names the point reached, "geçen yıl" a time,
        # "fazlaya ilişkin" a part of a claim
        self.hedges_after = HedgeTable(
            listed["after"], next_to_amount=0, reached=tuple(listed["reached"]), timed=tuple(listed["time"]),
            idioms=tuple(listed["idiom"]),
        )
        self.thresholds = tuple(hedge.words[0] for hedge in listed["threshold"])  # "lira eşiğini aştı"
        self.subject_words: dict[str, list[tuple[str, ...]]] = {
            "joining": [], "predicate": [], "reach": [], "denomination": [], "range_close": [],
        }  # fmt: skip
        for row in read_tsv(subject_words):
            self.subject_words[row["role"]].append((turkish_lower(row["word"]),))
        self.subjects = SubjectReader(self.subject_words)
        self.denomination_words = {word for (word,) in self.subject_words["denomination"]}
        self.range_close = {word for (word,) in self.subject_words["range_close"]}
        denominations = "|".join(map(re.escape, self.denomination_words)) or "(?!)"
        self.denomination_pattern = re.compile(f"(?<![^\\W_])(?:{denominations})(?![^\\W_])", re.IGNORECASE)
        self.one_entry_per_amount = one_entry_per_amount
        #: the amounts read in the last text, by number (``_amount``)
        self._amounts_read: tuple[str | None, dict[NumberPhrase, Amount | None]] = (None, {})

    def __call__(self, doc: Doc) -> Doc:
        text, text_words = doc_text(doc), doc_words(doc)
        numbers = find_number_phrases(text)
        denominations = self._denominations(text) if self.denomination_pattern.search(text) else []
        seen: dict[tuple[float, str], int] = {}  # each amount's first entry in ``found``
        range_count = 0
        found: list[Money] = []
        amount_offsets: list[tuple[int, int]] = []
        named = None  # read once, at the first amount: the parties of each amount are among them
        last: tuple[Amount, int | None] | None = None  # the last figure alone and its entry in ``found``
        i = 0
        while i < len(numbers):
            group, used = self._amounts_at(text, numbers, i)
            i += max(used, 1)
            if denominations:
                group = denominated(text, group, numbers[i - max(used, 1)], denominations)
            if not group:
                continue
            range_marker = None
            if len(group) == 2:
                range_count += 1
                range_marker = f"r{range_count}"
            hedge_start, hedged_before = self._hedge_before(text, text_words, group[0].start)
            hedged_after = self._hedged_after(text, text_words, group[-1].gapped_before or group[-1])
            subject = self.subjects.read(text, text_words, hedge_start, group[-1])
            subject, hedges_subject = hedged_subject(subject, self.hedges_before.hedges)  # "yaklaşık değeri"
            hedges_subject = hedges_subject or (not hedged_before and self._hedged_noun_before(text, text_words, hedge_start))
            if named is None:
                named = named_mentions(doc, PARTY_TYPES)
            sides = parties(text, named, hedge_start, group[-1].end)
            start, end = hedge_start, group[-1].end  # the two ends of a range share its text
            amount_offsets.append((start, end))
            hedged_in_words = hedged_before or hedged_after or hedges_subject
            hedged = hedged_in_words or range_marker is not None
            if hedged_after and last and last[1] is not None and shares_the_hedge_after(text, last[0], group[0]):
                found[last[1]] = found[last[1]].model_copy(update={"approximate": True})  # "ekmek 10 lira, simit ise 15 lira civarında"
            last = (group[0], None) if len(group) == 1 else None
            for amount in group:
                key = (amount.value, amount.currency.code)
                if self.one_entry_per_amount and key in seen:
                    # "3 milyar dolarlık kredi ... yaklaşık 3 milyar dolar": the figure is approximate; an end of a
                    # range ("kira 30 bin TL ... 30 ile 45 bin TL arası") leaves the figure as it was
                    if hedged_in_words:
                        found[seen[key]] = found[seen[key]].model_copy(update={"approximate": True})
                    continue
                seen[key] = len(found)
                if last is not None:
                    last = (amount, len(found))
                found.append(
                    Money(
                        text=text[start:end], start=start, end=end, amount=amount.value,
                        currency=amount.currency.code,
                        approximate=hedged,
                        subject=subject, range=range_marker, parties=sides,
                    )
                )  # fmt: skip
        doc._.trnews_amount_offsets = amount_offsets
        start_groups(doc, [MONEY_GROUP])
        add_items(doc, MONEY_GROUP, found)
        return doc

    def _denominations(self, text: str) -> list[Denomination]:
        """``Kanada doları cinsinden``: the currency the rest of the sentence counts in."""
        found = []
        for marker in self.denomination_pattern.finditer(text):
            window_start = max(0, marker.start() - CURRENCY_WINDOW)
            window = text[window_start : marker.start()].rstrip(" ")
            match = next((m for m in self.inflecting.find(window) if m.end == len(window)), None)
            if match is not None:
                head = turkish_lower(match.entry.split()[-1])[:4]  # "dola" of "doları": also "dolar"
                scope_end = sentence_end(text, marker.end())
                found.append(Denomination(marker.end(), scope_end, self.currencies[match.key], head))
        return found

    def _leading(self, name: str) -> Currency:
        return self.currencies.get(name) or self.symbols[turkish_upper(name)]

    def _currency_at(self, text: str, offset: int) -> tuple[int, Currency, str] | None:
        """The currency written at ``offset``, as (end, currency, suffix). The lexicon is only
        consulted in a short window after each number: cheaper than scanning the whole text."""
        symbol = self.symbol_pattern.match(text, offset) if self.symbols else None
        if symbol:  # "48 milyar $'lık": the suffix sits on the sign
            end = suffix_end(text, symbol.end())
            suffix = turkish_lower(text[symbol.end() : end].lstrip(APOSTROPHES))
            return end, self.symbols[turkish_upper(symbol.group())], suffix
        first = folded_word_at(text, offset)
        if first is None or not any(g.may_start(first) for g in (self.inflecting, self.codes)):
            return None  # no currency name starts at the offset (most numbers): the look-ups below would find none
        window_end = text.find(" ", offset + CURRENCY_WINDOW)
        window = text[offset : len(text) if window_end < 0 else window_end]
        window_words = leading_words(window, max(self.inflecting.max_words, self.codes.max_words))
        for gazetteer in (self.inflecting, self.codes):
            match = next(iter(gazetteer.find(window, window_words[: gazetteer.max_words])), None)
            if match is None or match.start != 0:
                continue
            written = window[match.name_end : match.end]
            suffix = turkish_lower(written.lstrip(APOSTROPHES))
            currency = self.currencies[match.key]
            if currency.kind == SHARED:  # "İran 50 trilyon riyal": IRR
                currency = self.shared.currency(text, offset, offset + match.end, match.key, currency)
            if suffix and written[:1] not in APOSTROPHES and not (
                _FIXED_NAME_ENDING.fullmatch(suffix) if currency.kind == "fixed" else spells_noun_endings(suffix)
            ):
                continue  # "Eurovision" is no inflected "euro", "randevu" no inflected "rand", "yeni" no "yen"
            return offset + match.end, currency, suffix
        return None

    def _amounts_at(self, text: str, numbers: list[NumberPhrase], i: int) -> tuple[list[Amount], int]:
        """The amount (or the two ends of a range) starting with number ``i``; how many numbers it used."""
        first = numbers[i]
        if i + 1 < len(numbers):
            second = numbers[i + 1]
            lower_value = first.value if first.scale > 1 else _scaled(first, second.scale)
            if lower_value >= second.value > first.value:
                lower_value = first.value  # "750 ile 2 bin 500 lira": the lower end is whole, no scale borrowed
            if _RANGE_JOINT.fullmatch(text, first.end, second.start) and lower_value < second.value:
                upper = self._amount(text, second)
                lower_start = first.start
                leading = self.leading.before(text, first.start)
                if upper is None and leading is not None:  # "$10-12 milyon": the sign before the lower end
                    lower_start = leading.start()
                    upper_currency = self._leading(leading.group("name"))
                    upper = Amount(second, second.value, second.start, second.end, upper_currency, "")
                if upper is not None:
                    if upper.value != second.value and second.value:  # "50-60 kuruş": both in hundredths
                        lower_value = plain(Decimal(str(lower_value)) * Decimal(str(upper.value)) / Decimal(str(second.value)))
                    lower = Amount(first, lower_value, lower_start, first.end, upper.currency, "")
                    return [lower, upper], 2
        amount = self._amount(text, first)
        if amount is None and i > 0:  # ``17 milyon doların 7 milyonunu``
            amount = part_of_amount(text, self._amount(text, numbers[i - 1]), first)
        if amount is None and i + 1 < len(numbers):
            gapped = gapped_amount(text, numbers, i, lambda number: self._amount(text, number))
            if gapped is not None:
                return [gapped], 1
        if amount is None or i + 1 == len(numbers):
            return ([amount] if amount else []), 1
        following = numbers[i + 1]
        with_subunits = self.subunits.after_amount(text, amount, following)
        if with_subunits is not None:
            return [with_subunits], 2
        second = self._amount(text, following) if _RANGE_JOINT.fullmatch(text, amount.end, following.start) else None
        if second and second.currency == amount.currency and amount.value < second.value:
            joint = text[amount.end : following.start].strip()
            if joint != "ile" or self._word_after(text, second.end) in self.range_close:
                return [amount, second], 2  # "20 milyar dolar ile 25 milyar dolar arasında"
        return [amount], 1

    def _word_after(self, text: str, offset: int) -> str:
        match = _NEXT_WORD.match(text, offset)
        return turkish_lower(match.group(1)) if match else ""

    def _amount(self, text: str, number: NumberPhrase) -> Amount | None:
        """The amount ``number`` opens in ``text``, if any (``_read_amount``), remembered for the
        text: a number without a currency of its own reads the next one's (``gapped_amount``),
        which is then read again as a number of its own."""
        text_of, known = self._amounts_read
        if text_of is not text:
            known = {}
            self._amounts_read = (text, known)
        if number not in known:
            known[number] = self._read_amount(text, number)
        return known[number]

    def _read_amount(self, text: str, number: NumberPhrase) -> Amount | None:
        after = self._currency_at(text, skip_spaces(text, number.end))
        if after is not None:
            end, currency, suffix = after
            in_hundredths = self.subunits.hundredths_after(text, end, currency) if not suffix else None
            if in_hundredths is not None:  # "3,25 euro/cent", "euro/ sent", "3,45 ABD doları sent": in hundredths
                value = plain(Decimal(str(number.value)) / 100)
                return Amount(number, value, number.start, in_hundredths[0], currency, in_hundredths[1])
            return Amount(number, number.value, number.start, end, currency, suffix)
        alone = self.subunits.alone(text, number)
        if alone is not None:
            return alone
        before = self.leading.before(text, number.start)
        if before is not None:
            start, currency = before.start(), self._leading(before.group("name"))
            scaled = attributive_scale(text, number.end) if number.scale == 1 else None
            if scaled is not None:  # "€200 milyonluk kredi"
                value = plain(Decimal(str(number.value)) * scaled[1])
                return Amount(number, value, start, scaled[0], currency, scaled[2])
            end = suffix_end(text, number.end)  # "$ 10000'dan fazla": the suffix sits on the number
            suffix = turkish_lower(text[number.end : end].lstrip(APOSTROPHES))
            return Amount(number, number.value, start, end, currency, suffix)
        pair = self.leading.pair_before(text, number.start, number.end)
        if pair is not None:  # "Dolar/TL haftayı 36,92 seviyesinde kapattı": a rate in the pair's quote currency
            end = suffix_end(text, number.end)
            suffix = turkish_lower(text[number.end : end].lstrip(APOSTROPHES))
            return Amount(number, number.value, number.start, end, self._leading(pair.group("name")), suffix)
        return None

    def _hedge_before(self, text: str, text_words: list[Word], start: int) -> tuple[int, bool]:
        """Where the mention starts once a hedge right before it is taken in, and whether there is one."""
        index = word_index_before(text_words, start)
        for hedge in self.hedges_before.fitting[text_words[index].folded] if index >= 0 else ():
            n = len(hedge.words)
            span = text_words[index - n + 1 : index + 1] if index - n + 1 >= 0 else []
            if span and words_match(span, hedge.words) and only_spaces(text, span, start):
                return span[0].start, True
        return start, False

    def _hedged_noun_before(self, text: str, text_words: list[Word], start: int) -> bool:
        """A hedge before the possessed noun right before the amount, where no subject is read (``Yaklaşık
        maliyeti 120 milyon lira olan ihale``: its estimated cost)."""
        index = word_index_before(text_words, start)
        noun = text_words[index] if index >= 0 else None
        if noun is None or text[noun.end : start] != " " or not ends_in(noun.folded, *POSSESSIVES):
            return False
        return self._hedge_before(text, text_words, noun.start)[1]

    def _hedged_after(self, text: str, text_words: list[Word], amount: Amount) -> bool:
        index = next_word(text, text_words, amount.end)
        case_written = bool(amount.currency_suffix)
        attributive = amount.currency_suffix.startswith(_ATTRIBUTIVE)  # "3 bin dolarlık önemli direnç sınırına yaklaştı"
        return index is not None and self.hedges_after.hedged_from(
            text, text_words, index, case_written, self.thresholds, attributive
        )


def _scaled(number: NumberPhrase, scale: int) -> int | float:
    """The lower end of ``10-12 milyar``: 10 read with the scale of the upper end."""
    return plain(Decimal(str(number.value)) * scale)


@Language.factory(
    "trnews_money",
    requires=group_attrs(*ENTITY_GROUPS.values()),  # the parties of an amount are entities found before
    assigns=[*group_attrs("trnews_money"), "doc._.trnews_amount_offsets", "doc.spans"],
    default_config={
        "currencies": "currencies.tsv", "hedges": "money_hedges.tsv", "subject_words": "money_subject_words.tsv",
        "one_entry_per_amount": True,
    },
)  # fmt: skip
def make_money_stage(
    nlp: Language, name: str, currencies: str, hedges: str, subject_words: str, one_entry_per_amount: bool
) -> MoneyStage:
    return MoneyStage.build(
        currencies=currencies, hedges=hedges, subject_words=subject_words, one_entry_per_amount=one_entry_per_amount
    )
