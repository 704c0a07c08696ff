"""Other projects' Turkish test suites as external measurements of numbers, money and dates.

Usage (each path is a checkout or an extracted copy of the project; any may be left out)::

    python benchmarks/external_suites.py --recognizers PATH --duckling PATH --dateparser PATH [--misses]

Reads, at run time only (their sentences never enter this repository):

- Microsoft Recognizers-Text: ``Specs/Number/Turkish/*.json``,
  ``Specs/NumberWithUnit/Turkish/CurrencyModel.json``, ``Specs/DateTime/Turkish/*.json``;
- Duckling: ``Duckling/Time/TR/Corpus.hs`` (reference time Tuesday 2013-02-12 04:30);
- dateparser: the Turkish cases of ``tests/test_date_parser.py``, ``test_freshness_date_parser.py``,
  ``test_search.py`` and ``test_date.py`` (reference date for relative cases: 2026-01-22).

How each suite's expected values map onto the record contract (shared/spec/record.md):

- numbers: Recognizers' ``Resolution.value`` (a decimal comma) is compared with the values of
  ``pipeline.numbers.find_number_phrases`` over the whole input, as a multiset.
- money: ``(value, isoCurrency)``; where Recognizers gives no ISO code its unit name is mapped
  (``Dollar`` -> USD as the gold format reads a bare ``dolar``, ``Pound`` -> GBP, ``Franc`` -> CHF
  or a historical franc). Amounts match within 0.5 % as ``trnews eval`` scores them; the record's
  ``text`` span (which takes in hedges) is not compared.
- dates: a value is ISO 8601 at the precision the text gives. Recognizers' timex ``2016-11-07``,
  ``2016-11``, ``2016``, ``2016-W45`` are compared as written; ``XXXX-10-02`` (no year) and
  ``XXXX-WXX-5`` (a weekday) accept either of the two resolutions Recognizers gives (past or future),
  because the contract picks the year or week by the clause's tense; a datetime keeps its date part.
  Duckling's grain is the precision (Day, Week, Month, Year). dateparser's ``period`` likewise.

A case passes when every expected value is found and nothing else is (outputs overlapping an
expected mention that is not followed are ignored). Cases not followed, because the contract
differs, are counted per reason and left out of the rate: ``NOT_FOLLOWED`` below.
"""

from __future__ import annotations

import argparse
from collections import Counter
from decimal import Decimal
from pathlib import Path

from external_suites_read import (  # the sibling module: this file is run as a script
    Case,
    read_dateparser,
    read_duckling,
    read_recognizers_currency,
    read_recognizers_datetime,
    read_recognizers_numbers,
)

import pipeline
from pipeline.lang.tr.numbers import find_number_phrases

#: Why a case (or one expected mention of it) is not followed: the contract has no such value.
NOT_FOLLOWED = {
    "fraction": "fractions (bölü, 3/4, çeyrek): no money amount or date is written so",
    "exponent": "scientific notation and powers (1e10, 1,1^23)",
    "si_suffix": "SI or slang suffixes (10k, 10M, 1,2b): not Turkish news style",
    "dozen": "düzine (dozen): a count, never an amount of money",
    "negative": "negative numbers (eksi, -1): amounts and dates are never negative",
    "glued_words": "number words written as one word (onbinaltıyüz): not news orthography",
    "leading_separator": "a number starting with a separator (,08)",
    "non_number_digits": "digit groups that are no number (IP addresses, phone numbers, dates split up)",
    "other_model": "ordinals, percentages and number ranges: no record field holds them",
    "subunit": "a sub-unit alone (sent, peni, kuruş): the contract counts units of an ISO currency",
    "no_amount": "a currency named without an amount",
    "time_of_day": "time of day (saat 3, 7:15, şimdi): the contract's dates stop at the day",
    "duration": "durations (3 gün, 5 yıl içinde, son 2 hafta): lengths of time, not dates of events",
    "set": "recurring times (her hafta): no single date",
    "open_range": "ranges built from a duration or with open ends: the contract lists written days only",
    "no_precision": "seasons, quarters, halves, weekends, weeks of a month, parts of a day: no ISO value",
    "bare_day": "a day number of an unnamed month (15'inde)",
    "now": "now / as soon as possible: no date",
    "timestamp": "a date with a bare clock time (9.Mayıs.2016, 08:20): a stamp, which the contract does not list",
    "extractor_only": "span-only extractor suites: their values are scored through the parser suites",
}


# --- running and scoring ------------------------------------------------------------------------


def _system_numbers(case: Case) -> list[tuple[object, int, int]]:
    return [(Decimal(str(n.value)), n.start, n.end) for n in find_number_phrases(case.text)]


def _system_money(case: Case) -> list[tuple[object, int, int]]:
    record = pipeline.extract(case.text, published=None)
    return [((Decimal(str(m.amount)), m.currency), m.start, m.end) for m in record.money]


def _system_dates(case: Case) -> list[tuple[object, int, int]]:
    published = case.reference.isoformat() if case.reference else None
    return [(d.value, d.start, d.end) for d in pipeline.extract(case.text, published=published).dates]


def _matches(found, accepted: set) -> bool:
    if isinstance(found, tuple):  # money: amount within 0.5 %, same currency
        amount, currency = found
        return any(c == currency and abs(amount - a) <= abs(a) * Decimal("0.005") for a, c in accepted)
    return found in accepted


def passes(case: Case, found: list[tuple[object, int, int]]) -> bool:
    unmatched = list(case.expected)
    for value, start, end in found:
        hit = next((e for e in unmatched if _matches(value, e.accepted)), None)
        if hit is not None:
            unmatched.remove(hit)
        elif not any(start < b and a < end for a, b in case.ignored_spans):
            return False
    return not unmatched


def score(name: str, cases: list[Case], system, show_misses: bool) -> tuple[int, int, Counter]:
    followed = [case for case in cases if case.skip_reason is None]
    passed, misses = 0, []
    for case in followed:
        found = system(case)
        if passes(case, found):
            passed += 1
        else:
            misses.append((case, found))
    skipped = Counter(case.skip_reason for case in cases if case.skip_reason)
    rate = f"{passed / len(followed):.3f}" if followed else "  -  "
    print(f"{name:45s} {rate:>6s} {passed:5d} / {len(followed):<5d} not followed {sum(skipped.values()):4d}")
    if show_misses:
        for case, found in misses:
            expected = [sorted(map(str, e.accepted)) for e in case.expected]
            print(f"    MISS {case.text[:110]!r} expected {expected} got {[str(v) for v, _, _ in found]}")
    return passed, len(followed), skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recognizers", type=Path, help="a copy of microsoft/Recognizers-Text")
    parser.add_argument("--duckling", type=Path, help="a copy of facebook/duckling")
    parser.add_argument("--dateparser", type=Path, help="a copy of scrapinghub/dateparser")
    parser.add_argument("--misses", action="store_true", help="print every failed case")
    options = parser.parse_args()
    runs = []
    if options.recognizers:
        runs += [(s, c, _system_numbers) for s, c in read_recognizers_numbers(options.recognizers).items()]
        runs += [(s, c, _system_money) for s, c in read_recognizers_currency(options.recognizers).items()]
        runs += [(s, c, _system_dates) for s, c in read_recognizers_datetime(options.recognizers).items()]
    if options.duckling:
        runs += [(s, c, _system_dates) for s, c in read_duckling(options.duckling).items()]
    if options.dateparser:
        runs += [(s, c, _system_dates) for s, c in read_dateparser(options.dateparser).items()]
    print(f"{'suite':45s} {'rate':>6s} passed / cases")
    not_followed: Counter = Counter()
    for name, cases, system in runs:
        _, _, skipped = score(name, cases, system, options.misses)
        not_followed += skipped
    print("\nnot followed (the contract differs):")
    for reason, count in not_followed.most_common():
        print(f"  {count:5d}  {reason}: {NOT_FOLLOWED[reason]}")


if __name__ == "__main__":
    main()
