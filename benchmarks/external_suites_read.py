"""Readers of other projects' Turkish test suites for ``external_suites.py``: each suite's cases,
with their expected values mapped onto the record contract, or the reason a case is not followed
(the keys of ``external_suites.NOT_FOLLOWED``). The suites are read from a fetched copy at run time.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from pipeline.lang.tr.calendar import iso, shift


@dataclass
class Expected:
    accepted: set  #: values any one of which matches (dates: ISO strings; money: (amount, currency))
    start: int = -1
    end: int = -1


@dataclass
class Case:
    text: str
    reference: dt.date | None
    expected: list[Expected] = field(default_factory=list)
    ignored_spans: list[tuple[int, int]] = field(default_factory=list)
    skip_reason: str | None = None  #: the whole case is not followed


_NUMBER_FORMS = [
    ("fraction", re.compile(r"bölü|\d/\d|çeyrek")),
    ("exponent", re.compile(r"\d[eE][+-]?\d|\^")),
    ("si_suffix", re.compile(r"\d\s*[kKmMgGbB](?![^\W\d_])", re.UNICODE)),
    ("dozen", re.compile(r"düzine")),
    ("negative", re.compile(r"eksi|(?<![\w])-\s*\d")),
    ("glued_words", re.compile(r"(?:on|yüz|bin)(?:bin|yüz|altı|beş|iki)")),
    ("leading_separator", re.compile(r"(?<!\d),\d")),
    ("non_number_digits", re.compile(r"\d+\.\d+\.\d+\.\d+|\+\d-|\d/\d\d/\d|\d\.00\b")),
]


def _number_form_reason(text: str) -> str | None:
    return next((reason for reason, pattern in _NUMBER_FORMS if pattern.search(text)), None)


def _decimal(value: str) -> Decimal:
    return Decimal(value.replace(",", "."))


def read_recognizers_numbers(root: Path) -> dict[str, list[Case]]:
    suites = {}
    for path in sorted((root / "Specs/Number/Turkish").glob("*.json")):
        cases = []
        for spec in json.loads(path.read_text(encoding="utf-8-sig")):
            case = Case(spec["Input"], None)
            if path.stem != "NumberModel":
                case.skip_reason = "other_model"
            else:
                case.skip_reason = _number_form_reason(spec["Input"])
                case.expected = [Expected({_decimal(r["Resolution"]["value"])}) for r in spec["Results"]]
            cases.append(case)
        suites[f"Recognizers {path.stem}"] = cases
    return suites


#: Recognizers' unit names without an ``isoCurrency``, as the gold format reads them.
_UNIT_CURRENCIES = {
    "Dollar": {"USD"}, "Pound": {"GBP"}, "Euro": {"EUR"}, "Franc": {"CHF", "FRF", "BEF"},
    "Finnish markka": {"FIM"}, "Peseta": {"ESP"}, "Netherlands guilder": {"NLG"}, "Turkish lira": {"TRY"},
}  # fmt: skip
_SUBUNITS = {"Cent", "Penny"}


def read_recognizers_currency(root: Path) -> dict[str, list[Case]]:
    cases = []
    path = root / "Specs/NumberWithUnit/Turkish/CurrencyModel.json"
    for spec in json.loads(path.read_text(encoding="utf-8-sig")):
        case = Case(spec["Input"], None)
        for result in spec["Results"]:
            resolution, span = result["Resolution"], (result["Start"], result["End"] + 1)
            codes = {resolution["isoCurrency"]} if resolution.get("isoCurrency") else None
            codes = codes or _UNIT_CURRENCIES.get(resolution.get("unit"))
            reason = "no_amount" if resolution.get("value") is None else None
            reason = reason or ("subunit" if resolution.get("unit") in _SUBUNITS else None)
            if reason or not codes:
                case.ignored_spans.append(span)
                case.skip_reason = case.skip_reason or reason
                continue
            amount = _decimal(resolution["value"])
            case.expected.append(Expected({(amount, code) for code in codes}, *span))
        if case.expected:
            case.skip_reason = None  # at least one amount is followed; the others are ignored
        cases.append(case)
    return {"Recognizers CurrencyModel": cases}


_TIME_ONLY = re.compile(r"^T|PRESENT_REF|FUTURE_REF|PAST_REF")
_NO_PRECISION = re.compile(r"-(?:SU|WI|FA|SP|Q\d|H\d|WE)$|-W\d\d-|XXXX-\d\d-W|T(?:MO|AF|EV|NI|DT)$|-WXX$")
_EXACT = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?$")
_YEARLESS = re.compile(r"^XXXX-(?:\d\d(?:-\d\d)?|WXX-\d)$")
#: A counted offset in months, weeks or years: the contract gives it at the unit's precision (2016-10),
#: where Recognizers counts to the day (2016-10-07); both are accepted.
_COUNTED_OFFSET = re.compile(r"(?:ay|hafta|yıl|sene) (?:önce|sonra)", re.IGNORECASE)
_OFFSET_PRECISION = {"ay": "month", "hafta": "week", "yıl": "year", "sene": "year"}
_DAY_RANGE = re.compile(r"^\((?P<a>(?:\d{4}|XXXX)-\d\d-\d\d),(?P<b>(?:\d{4}|XXXX)-\d\d-\d\d),P\d+D\)$")


def _precision(timex: str) -> str:
    if "W" in timex and "WXX" not in timex:
        return "week"
    return {4: "year", 7: "month"}.get(len(timex), "day")


def timex_values(timex: str, resolved_dates: list[str]) -> tuple[set | None, str | None]:
    """The contract values a Recognizers timex stands for, or the reason it is not followed."""
    if timex.startswith("P"):
        return None, "duration"
    if "PRESENT_REF" in timex or "_REF" in timex:
        return None, "now"
    if _TIME_ONLY.search(timex):
        return None, "time_of_day"
    if _NO_PRECISION.search(timex):
        return None, "no_precision"
    date_part = timex.split("T")[0]
    if _EXACT.match(date_part):
        return {date_part}, None
    if date_part.startswith("XXXX-XX-"):
        return None, "bare_day"
    if _YEARLESS.match(date_part):  # the past and the future reading both fit the contract
        precision = "day" if "WXX" in date_part else _precision(date_part)
        return {iso(dt.date.fromisoformat(day[:10]), precision) for day in resolved_dates}, None
    if timex.startswith("("):
        return None, "open_range"
    return None, "no_precision"


def _resolved_dates(value: dict) -> list[str]:
    found = []
    for key in ("date", "startDate", "dateTime", "value", "start"):
        if isinstance(value.get(key), str) and re.match(r"\d{4}-\d\d-\d\d", value[key]):
            found.append(value[key][:10])
    return found


def _datetime_mentions(result: dict) -> list[tuple[str, list[str]]]:
    """(timex, resolved dates) pairs of one Recognizers result, in its parser or its model form."""
    value = result.get("Value") or result.get("Resolution")
    if value is None:
        return []
    if "values" in value:
        by_timex: dict[str, list[str]] = {}
        for item in value["values"]:
            by_timex.setdefault(item.get("timex", ""), []).extend(_resolved_dates(item))
        return list(by_timex.items())
    resolved = [d for key in ("FutureResolution", "PastResolution") for d in _resolved_dates(value.get(key) or {})]
    return [(value.get("Timex", ""), resolved)]


def read_recognizers_datetime(root: Path) -> dict[str, list[Case]]:
    suites = {}
    for path in sorted((root / "Specs/DateTime/Turkish").glob("*.json")):
        cases = []
        for spec in json.loads(path.read_text(encoding="utf-8-sig")):
            reference = (spec.get("Context") or {}).get("ReferenceDateTime")
            case = Case(spec["Input"], dt.date.fromisoformat(reference[:10]) if reference else None)
            reasons = []
            for result in spec["Results"]:
                start = result["Start"]
                end = start + result["Length"] if "Length" in result else result.get("End", start) + 1
                mentions = _datetime_mentions(result)
                if not mentions:
                    reasons.append("extractor_only")
                for timex, resolved in mentions:
                    range_match = _DAY_RANGE.match(timex)
                    if range_match:
                        ends = [range_match["a"], range_match["b"]]
                        resolved_ends = [resolved[i::2] for i in range(2)]
                        for end_timex, end_dates in zip(ends, resolved_ends):
                            end_values, _ = timex_values(end_timex, end_dates)
                            case.expected.append(Expected(end_values or set(), start, end))
                        continue
                    values, reason = timex_values(timex, resolved)
                    if reason is None and case.reference is None and timex[:4] == "XXXX":
                        reason = "now"  # relative to a clock the spec does not give
                    offset = _COUNTED_OFFSET.search(spec["Input"][start:end])
                    if values and offset:
                        precision = _OFFSET_PRECISION[offset.group().split()[0].lower()]
                        values = values | {iso(dt.date.fromisoformat(v), precision) for v in values if len(v) == 10}
                    if reason:
                        reasons.append(reason)
                        case.ignored_spans.append((start, end))
                    else:
                        case.expected.append(Expected(values, start, end))
            if not case.expected and reasons:
                case.skip_reason = reasons[0]
            if path.stem.startswith(("Set", "Duration")):
                case.skip_reason = "set" if path.stem.startswith("Set") else "duration"
            cases.append(case)
        suites[f"Recognizers DateTime {path.stem}"] = cases
    return suites


_DUCKLING_REFERENCE = dt.date(2013, 2, 12)
_DUCKLING_GRAINS = {"Day": "day", "Week": "week", "Month": "month", "Year": "year"}
_DUCKLING_HEADER = re.compile(
    r"examples \((?P<kind>datetimeHoliday|datetimeInterval|datetime) \(+(?P<y>\d+), (?P<m>\d+), (?P<d>\d+)"
    r"[^)]*\)(?:[^\]\[]*?)\)?\s*(?P<grain>[A-Z][a-z]+)"
)


def read_duckling(root: Path) -> dict[str, list[Case]]:
    source = (root / "Duckling/Time/TR/Corpus.hs").read_text(encoding="utf-8")
    cases = []
    for block in source.split("examples (")[1:]:
        header = _DUCKLING_HEADER.match("examples (" + block)
        phrases = re.findall(r'"((?:[^"\\]|\\.)*)"', block[block.index("[") : block.index("]") + 1])
        kind, grain = header["kind"], header["grain"]
        day = dt.date(int(header["y"]), int(header["m"]), int(header["d"]))
        reason = "open_range" if kind == "datetimeInterval" else None
        if reason is None and grain not in _DUCKLING_GRAINS:
            reason = "no_precision" if grain == "Quarter" else "time_of_day"
        for phrase in phrases:
            case = Case(phrase, _DUCKLING_REFERENCE, skip_reason=reason)
            if reason is None:
                case.expected = [Expected({iso(day, _DUCKLING_GRAINS[grain])})]
            cases.append(case)
    return {"Duckling Time/TR": cases}


_DATEPARSER_REFERENCE = dt.date(2026, 1, 22)
_TURKISH_MARK = re.compile(r"^\s*#\s*(?:Turkish|tr)\b", re.IGNORECASE)
_OTHER_MARK = re.compile(r"^\s*#\s*[A-Za-z]")
_SUB_DAY = {"hours", "minutes", "seconds"}
_SHIFT_UNITS = {"years": "year", "months": "month", "weeks": "week", "days": "day"}


def _turkish_lines(source: str) -> set[int]:
    """Line numbers under a ``# Turkish dates`` / ``# tr`` comment, up to the next language comment."""
    lines, inside = set(), False
    for number, line in enumerate(source.splitlines(), 1):
        if _TURKISH_MARK.match(line):
            inside = True
        elif _OTHER_MARK.match(line):
            inside = False
        elif inside:
            lines.add(number)
    return lines


def _literal(node: ast.AST):
    """A constant, a dict of constants, or ``datetime(...)`` / ``datetime.datetime(...)`` as a date."""
    if isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] == "datetime":
        return dt.date(*[ast.literal_eval(arg) for arg in node.args[:3]])
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def _dateparser_case(call: ast.Call) -> Case | None:
    args = [_literal(arg) for arg in call.args]
    keywords = {kw.arg: _literal(kw.value) for kw in call.keywords}
    text = keywords.get("date_string") or next((a for a in args if isinstance(a, str) and a != "tr"), None)
    if not text:
        return None
    case = Case(text, _DATEPARSER_REFERENCE)
    absolute = next((a for a in args if isinstance(a, dt.date)), None)
    if absolute is None and call.args and isinstance(call.args[-1], ast.List):  # test_search: [(text, datetime)]
        pairs = [item for item in call.args[-1].elts if isinstance(item, ast.Tuple)]
        absolute = _literal(pairs[0].elts[1]) if pairs else None
    delta = keywords.get("ago") or keywords.get("in_future")
    if absolute is not None and re.search(r"\d{1,2}:\d\d", text):
        case.skip_reason = "timestamp"
    elif absolute is not None:
        case.expected = [Expected({absolute.isoformat()})]
    elif delta:
        if set(delta) & _SUB_DAY:
            case.skip_reason = "time_of_day"
        elif not re.search(r"önce|sonra|haftaya|yarın|dün|bugün", text, re.IGNORECASE):
            case.skip_reason = "duration"  # "3 yıl 4 ay", "2 yıl içinde": a length of time
        else:
            sign = -1 if "ago" in keywords else 1
            day = _DATEPARSER_REFERENCE
            for unit, amount in delta.items():
                day = shift(day, _SHIFT_UNITS[unit], sign * amount)
            case.expected = [Expected({iso(day, keywords.get("period", "day"))})]
    else:
        return None
    return case


def read_dateparser(root: Path) -> dict[str, list[Case]]:
    cases, seen = [], set()
    for name in ("test_date_parser.py", "test_freshness_date_parser.py", "test_search.py", "test_date.py"):
        source = (root / "tests" / name).read_text(encoding="utf-8")
        turkish = _turkish_lines(source)
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and ast.unparse(node.func) == "param"):
                continue
            in_turkish = node.lineno in turkish or any(
                isinstance(a, ast.Constant) and a.value == "tr" for a in [*node.args, *(k.value for k in node.keywords)]
            )
            case = _dateparser_case(node) if in_turkish else None
            if case and case.text not in seen:
                seen.add(case.text)
                cases.append(case)
    return {"dateparser tr": cases}
