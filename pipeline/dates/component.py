"""Event dates resolved against the publication date.

Candidates are found by this stage's own patterns, built from ``data/months.tsv``,
``data/relative_dates.tsv`` and ``data/weekdays.tsv`` (fast: a few regular expressions per
article); dateparser (Turkish, RELATIVE_BASE = published) only resolves the counted
offsets it is good at (``3 gün önce``, ``iki hafta sonra``). What the stage knows:

- full dates and day ranges: ``15 Mart 2026'da``, ``3-4 Şubat``, ``8 Ocak-8 Temmuz 2026``,
  ``15.03.2026``; a day and month without a year take their year from the tense of their clause
  (``pipeline.lang.tr.tense``: the next one for ``yapılacak``, the last one for ``imzalandı``), else
  the year closest to publication; ``geçen yıl 8 Ağustos'ta`` the year it names;
- months: ``2025 Ekim ayında`` / ``Ekim 2026`` -> ``2025-10``; ``Aralık ayında`` alone (and
  ``aralık ayında`` in lower case) like a day; ``geçen yıl Mayıs'ta`` the year it names;
- event years: ``2023'te``, ``2025 yılında``, ``1992-1995``;
- relative expressions (``yarın``, ``geçen yıl``, ``önümüzdeki ay``) and weekdays
  (``Cuma günü``), which need ``published``: without it their ``value`` is null. With no
  ``published``, a day or month without a year borrows a year written in the same sentence.
  A relative expression restated by a date that falls inside it (``geçen hafta (29 Nisan)``,
  ``dün, 5 Mart'ta``) gives that date only, as does a weekday after a day (``19 Nisan Pazartesi``).

Not dates: the leading ``date YYYY-MM-DD`` line, a line holding only the publication
stamp (``18 Ekim 2024 16:10``), numbers inside money amounts, and the horizon year of a plan
(``Türk Dünyası 2040 Vizyonu``: ``data/year_horizons.tsv``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.tr.calendar import (
    iso,
    month_in_direction,
    parse_relative_offset,
    safe_date,
    shift,
    weekday_near,
    year_in_tense,
)
from pipeline.extensions import doc_text
from pipeline.lang.tr.numbers import number_words, parse_turkish_number
from pipeline.resources import read_tsv
from pipeline.schema import DateMention
from pipeline.spans import DATE_GROUP, MONEY_GROUP, add_items, group_attrs, require_groups, start_groups
from pipeline.lang.tr.tense import FUTURE, TenseReader
from pipeline.lang.tr.text import APOSTROPHES, turkish_lower, turkish_upper

_APOSTROPHE = f"[{APOSTROPHES}]"
_SUFFIX = f"(?:{_APOSTROPHE}[^\\W\\d_]+)?"
_DAY = r"(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])"
_YEAR = r"(?<![\d.,/])(?:1\d\d\d|20\d\d)(?![\d]|[.,]\d)"
_MODERN_YEAR = r"(?<![\d.,/])(?:19\d\d|20\d\d)(?![\d]|[.,]\d)"
#: An apostrophe suffix that makes a number a year (2023'te, 2021'de), not a decade (2000'li, 1990'larda).
_YEAR_SUFFIX = f"{_APOSTROPHE}(?![lL])[^\\W\\d_]+"
_DASH = r"\s?[-–—]\s?"
#: "ay" after a month name in its case forms: "Ekim ayında", "ayındaki", "ayı sonunda", "ayı ortasına"
_MONTH_WORD = r"(?:\s+ay(?:ı\s+(?:sonu|başı|ortası|içi)(?:n[dt][ae]n?|n[ae])?|ıyla|ı(?:n(?:da(?:ki)?|ın|a|dan))?)?)"
_YEAR_WORD = r"(?:\s+(?:yıl(?!lık)|sene)[^\W\d_]*)"
_YEAR_RANGE_JOINT = rf"(?:{_DASH}|\s+(?:ile|ila|ve)\s+(?=\S+(?:\s+yılları)?\s+arasında))"
_END = r"(?![^\W_])"
_STAMP_TIME = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}(?::\d{2})?)?\s*")
_SENTENCE_END = re.compile(r"[.!?](?=\s|[^\W\d_])|\n")
#: After a number in the ablative or accusative, a count, not a year: "2000'den fazla kişi", "1950'yi aşkın".
_COUNT_AFTER_NUMBER = re.compile(r"\s+(?:fazla|az|aşkın|aşan|yakın)(?![^\W_])")
_NEXT_WORD_CAPITALIZED = re.compile(r"\s+[A-ZÇĞİÖŞÜ]")
#: Between a relative expression and a written date restating it: "geçen hafta (29 Nisan)", "dün, 5 Mart'ta"
_APPOSITION = re.compile(r"\s*[(,]\s*")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")


#: Returned among the values of a candidate that turns out not to be a date (31 Şubat, 2000'den fazla).
_NOT_A_DATE = object()


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    groups: dict


def _alternation(names: list[str]) -> str:
    """A regular expression matching the names in lower case, capitalized and in capitals."""
    forms = set()
    for name in map(turkish_lower, names):
        forms |= {name, turkish_upper(name[:1]) + name[1:], turkish_upper(name)}
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


class DateStage:
    def __init__(self, months: str, relative: str, weekdays: str, tense_cues: str, horizons: str) -> None:
        self.tense = TenseReader(tense_cues)
        self.horizons = tuple(turkish_lower(row["stem"]) for row in read_tsv(horizons))
        self.months, self.ambiguous_months = {}, set()
        for row in read_tsv(months):
            self.months[turkish_lower(row["name"])] = int(row["month"])
            if row["ambiguous"] == "yes":
                self.ambiguous_months.add(turkish_lower(row["name"]))
        self.relative, self.directions = {}, {}
        for row in read_tsv(relative):
            phrase, offset = turkish_lower(row["phrase"]), int(row["offset"])
            if row["unit"] == "named":
                self.directions[phrase] = offset
            else:
                self.relative[phrase] = (row["unit"], offset)
        self.weekdays = {turkish_lower(row["name"]): int(row["weekday"]) for row in read_tsv(weekdays)}
        month = f"(?:{_alternation(list(self.months))})"
        number_word = f"(?:{_alternation(list(number_words()))})"
        direction = f"(?:(?P<dir>{_alternation(list(self.directions))})\\s+)?"
        relative_year = _alternation([p for p, (unit, _) in self.relative.items() if unit == "year"])

        def day_month(n: str) -> str:
            return f"(?P<d{n}>{_DAY})\\.?\\s(?P<m{n}>{month})(?:\\s(?P<y{n}>{_YEAR}))?"

        self.patterns: list[tuple[str, re.Pattern]] = [
            ("two_dates", re.compile(f"{day_month(1)}{_DASH}{day_month(2)}{_SUFFIX}{_END}")),
            ("day_range", re.compile(f"(?P<d1>{_DAY}){_DASH}{day_month(2)}{_SUFFIX}{_END}")),
            ("date", re.compile(f"{day_month(1)}{_SUFFIX}{_END}")),
            ("numeric", re.compile(r"(?<![\d.])(?P<d1>[0-3]?\d)([./])(?P<m1>[01]?\d)\2(?P<y1>(?:19|20)\d\d)(?![\d])")),
            ("numeric", re.compile(r"(?<![\d.-])(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)(?![\d])")),
            ("month_year", re.compile(f"(?P<y1>{_YEAR})\\s(?P<m1>{month}){_MONTH_WORD}?{_SUFFIX}{_END}")),
            ("month_year", re.compile(f"(?P<m1>{month})\\s(?P<y1>{_YEAR}){_SUFFIX}{_END}")),
            (
                "relative_year_month",
                re.compile(
                    f"(?<![^\\W_])(?P<rel>{relative_year})(?:n?[ıi]n)?\\s(?:(?P<d1>{_DAY})\\.?\\s)?"
                    f"(?P<m1>{month}){_MONTH_WORD}?{_SUFFIX}{_END}(?!\\s{_YEAR})"
                ),
            ),
            (
                "year_range",
                re.compile(f"(?P<y1>{_YEAR}){_YEAR_RANGE_JOINT}(?P<y2>{_YEAR})(?:{_YEAR_WORD}|{_SUFFIX}){_END}"),
            ),
            ("year", re.compile(f"(?P<y1>{_YEAR})(?:{_YEAR_WORD}|{_YEAR_SUFFIX}){_END}")),
            # a year naming an event: "1995 Bosna Hersek Barışı", "2026 Dünya Kupası"
            ("named_year", re.compile(f"(?P<y1>{_MODERN_YEAR})(?=\\s+[A-ZÇĞİÖŞÜ][^\\W\\d_]*)")),
            (
                "month",
                re.compile(
                    f"(?<![^\\W_]){direction}(?P<m1>{month})(?P<cue>{_MONTH_WORD}|{_APOSTROPHE}[^\\W\\d_]+)?{_END}"
                ),
            ),
            ("relative", re.compile(f"(?<![^\\W_])(?P<rel>{_alternation(list(self.relative))}){_END}")),
            (
                "offset",
                re.compile(
                    f"(?<![\\w.,])(?P<count>\\d+|{number_word}(?: {number_word})*)"
                    f" (?P<unit>gün|hafta|ay|yıl|sene) (?P<way>önce|sonra){_END}"
                ),
            ),
            (
                "weekday",
                re.compile(
                    f"(?<![^\\W_]){direction}(?P<w>{_alternation(list(self.weekdays))})"
                    f"(?P<cue>\\s+(?:günü|gününe|gününden|sabahı|akşamı|öğleden sonra)|{_APOSTROPHE}[^\\W\\d_]+)?{_END}"
                ),
            ),
        ]

        first_words = [*self.months, *self.directions, *self.weekdays, *number_words()]
        first_words += [phrase.split()[0] for phrase in self.relative]
        #: the first word of every pattern above: a digit, a month, a relative or number word, a weekday
        self.anchor = re.compile(f"(?<![^\\W_])(?:\\d|{_alternation(first_words)})")

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_dates", ["trnews_money"])
        text, published = doc_text(doc), doc._.trnews_published
        blocked = [doc._.trnews_dateline] if doc._.trnews_dateline else []
        blocked += [tuple(span._.trnews_offsets) for span in doc.spans.get(MONEY_GROUP, [])]
        found: list[tuple[_Candidate, list]] = []
        dates: list[DateMention] = []
        for candidate in self._candidates(text):
            if any(start < candidate.end and candidate.start < end for start, end in blocked):
                continue
            if self._is_publication_stamp(text, candidate):
                continue
            values = self._values(text, candidate, published)
            values = values[: values.index(_NOT_A_DATE)] if _NOT_A_DATE in values else values
            if values:
                found.append((candidate, values))
        for (previous, _), (candidate, values), following in zip([(None, [])] + found, found, found[1:] + [None]):
            if following and _restated(text, candidate, values, *following):
                continue  # "geçen hafta (29 Nisan)": the date says which day of that week
            if _weekday_of(text, previous, candidate):
                continue  # "19 Nisan Pazartesi günü": the day is already there
            mention_text = text[candidate.start : candidate.end]
            for value in values:
                dates.append(DateMention(text=mention_text, start=candidate.start, end=candidate.end, value=value))
        start_groups(doc, [DATE_GROUP])
        add_items(doc, DATE_GROUP, dates)
        return doc

    def _candidates(self, text: str) -> list[_Candidate]:
        """Leftmost-longest, non-overlapping matches of all patterns."""
        found = []
        for anchor in self.anchor.finditer(text):  # where a pattern can start: far fewer places than offsets
            for kind, pattern in self.patterns:
                match = pattern.match(text, anchor.start())
                if match:
                    found.append(_Candidate(match.start(), match.end(), kind, match.groupdict()))
        found.sort(key=lambda c: (c.start, -c.end))
        chosen: list[_Candidate] = []
        for candidate in found:
            if not chosen or candidate.start >= chosen[-1].end:
                chosen.append(candidate)
        return chosen

    def _is_publication_stamp(self, text: str, candidate: _Candidate) -> bool:
        """A line that holds nothing but a date (and a time) is the article's time stamp."""
        line_start = text.rfind("\n", 0, candidate.start) + 1
        line_end = text.find("\n", candidate.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start : candidate.start], text[candidate.end : line_end]
        return candidate.kind in ("date", "numeric") and not before.strip() and bool(_STAMP_TIME.fullmatch(after))

    def _values(self, text: str, candidate: _Candidate, published: dt.date | None) -> list:
        """The ISO values of a candidate (two for a range); ``_NOT_A_DATE`` rejects it."""
        g, kind = candidate.groups, candidate.kind
        if kind in ("two_dates", "day_range", "date", "numeric"):
            return self._day_values(text, candidate, published)
        if kind == "month_year":
            return [f"{int(g['y1']):04d}-{self._month(g['m1']):02d}"]
        if kind == "relative_year_month":  # "geçen yıl Kasım ayında", "geçen yıl 8 Ağustos'ta"
            if published is None:
                return [None]
            unit, offset = self.relative[turkish_lower(g["rel"])]
            year, month = shift(published, unit, offset).year, self._month(g["m1"])
            if not g.get("d1"):
                return [f"{year:04d}-{month:02d}"]
            moment = safe_date(year, month, int(g["d1"]))
            return [moment.isoformat() if moment else _NOT_A_DATE]
        if kind == "year_range":
            return [g["y1"], g["y2"]] if int(g["y1"]) < int(g["y2"]) else [_NOT_A_DATE]
        if kind == "named_year":  # "1974 Kıbrıs Barış Harekâtı", not "2040 Vizyonu"
            following = turkish_lower(text[candidate.end : candidate.end + 40].lstrip())
            return [_NOT_A_DATE] if following.startswith(self.horizons) else [g["y1"]]
        if kind == "year":
            return [_NOT_A_DATE] if _COUNT_AFTER_NUMBER.match(text, candidate.end) else [g["y1"]]
        if kind == "month":
            return self._month_alone(text, candidate, published)
        if kind == "relative":
            if _previous_word(text, candidate.start) in ("her", "Her"):
                return [_NOT_A_DATE]  # "her geçen yıl": every passing year
            unit, offset = self.relative[turkish_lower(g["rel"])]
            return [iso(shift(published, unit, offset), unit) if published else None]
        if kind == "offset":
            return self._counted_offset(g, published)
        if kind == "weekday":
            return self._weekday(text, candidate, published)
        return [_NOT_A_DATE]

    def _month(self, name: str) -> int:
        return self.months[turkish_lower(name)]

    def _day_values(self, text: str, candidate: _Candidate, published: dt.date | None) -> list:
        g = candidate.groups
        second_month = self._month(g["m2"]) if g.get("m2") else None
        first_month = self._month(g["m1"]) if g.get("m1") and not g["m1"].isdigit() else None
        if candidate.kind == "numeric":
            first_month = int(g["m1"])
        if candidate.kind == "day_range":
            first_month = second_month
        days = [(int(g["d1"]), first_month, g.get("y1") or g.get("y2"))]
        if g.get("d2"):
            days.append((int(g["d2"]), second_month, g.get("y2") or g.get("y1")))
        values = []
        for day, month, year in days:
            if year is None:
                year = self._implied_year(text, candidate, published, month, day)
            moment = safe_date(int(year), month, day) if year else None
            if year and moment is None:
                return [_NOT_A_DATE]  # 31 Şubat, 45.13.2020
            values.append(moment.isoformat() if moment else None)
        return values

    def _weekday(self, text: str, candidate: _Candidate, published: dt.date | None) -> list:
        name, direction, cue = candidate.groups["w"], candidate.groups.get("dir"), candidate.groups.get("cue") or ""
        if not direction and not cue:
            return [_NOT_A_DATE]  # "Cuma namazı", "Pazar yeri"
        if not direction and cue[:1] in APOSTROPHES and _previous_word(text, candidate.start)[:1].isupper():
            return [_NOT_A_DATE]  # "Novi Pazar'ın": part of a name
        if published is None:
            return [None]
        weekday = self.weekdays[turkish_lower(name)]
        if direction:  # "önümüzdeki Cuma", "geçen Pazartesi": never the day of publication itself
            step = self.directions[turkish_lower(direction)]
            return [weekday_near(published + dt.timedelta(days=step), weekday, step > 0).isoformat()]
        future = self.tense.tense_after(text, candidate.end) == FUTURE
        return [weekday_near(published, weekday, future).isoformat()]

    def _month_alone(self, text: str, candidate: _Candidate, published: dt.date | None) -> list:
        name, cue, direction = candidate.groups["m1"], candidate.groups.get("cue"), candidate.groups.get("dir")
        folded = turkish_lower(name)
        said_to_be_a_month = bool(cue) and cue[:1].isspace() and cue.strip() != "ay"  # "aralık ayında"
        if not name[0].isupper() and not said_to_be_a_month:
            return [_NOT_A_DATE]  # "ekim" is sowing, "aralık" an interval
        cue = cue or direction
        if folded in self.ambiguous_months and not cue:
            return [_NOT_A_DATE]
        if not cue and _NEXT_WORD_CAPITALIZED.match(text, candidate.end):
            return [_NOT_A_DATE]  # Eylül Yılmaz, Haziran Kaya: given names
        month = self.months[folded]
        if direction:  # "geçtiğimiz Temmuz ayında": the last July before publication
            if published is None:
                return [None]
            return [iso(month_in_direction(published, month, self.directions[turkish_lower(direction)]), "month")]
        year = self._implied_year(text, candidate, published, month, None)
        return [f"{int(year):04d}-{month:02d}" if year else None]

    def _implied_year(
        self, text: str, candidate: _Candidate, published: dt.date | None, month: int, day: int | None
    ) -> int | None:
        if published is not None:
            return year_in_tense(month, day, published, self.tense.tense_after(text, candidate.end))
        sentence_years = re.findall(_YEAR, _sentence_at(text, candidate.start))
        return int(sentence_years[0]) if sentence_years else None

    def _counted_offset(self, groups: dict, published: dt.date | None) -> list:
        count = parse_turkish_number(groups["count"])
        if count is None or count != int(count) or count > 1000:
            return [_NOT_A_DATE]
        if published is None:
            return [None]
        unit = "yıl" if groups["unit"] == "sene" else groups["unit"]
        return [parse_relative_offset(f"{int(count)} {unit} {groups['way']}", published)]


def _restated(text: str, relative: _Candidate, values: list, explicit: _Candidate, explicit_values: list) -> bool:
    """A relative expression followed, in parentheses or after a comma, by a written date that
    falls within it (``geçen hafta, 6 Mart'ta``, ``dün (5 Mart)``): the date is the one event."""
    if relative.kind not in ("relative", "weekday") or not _APPOSITION.fullmatch(text, relative.end, explicit.start):
        return False
    return None not in values + explicit_values and all(
        _within(value, period) for value in explicit_values for period in values
    )


def _weekday_of(text: str, day: _Candidate | None, weekday: _Candidate) -> bool:
    """A weekday written right after a day (``19 Nisan Pazartesi``, ``3 Mart 2026 Salı günü``) names that day."""
    return (
        day is not None and day.kind in ("date", "numeric", "relative_year_month") and weekday.kind == "weekday"
        and not weekday.groups.get("dir") and not text[day.end : weekday.start].strip(" ,")
    )  # fmt: skip


def _within(value: str, period: str) -> bool:
    """Whether the ISO ``value`` lies in the ISO ``period`` (a year, month, week or day)."""
    if "-W" in period:
        return len(value) == 10 and iso(dt.date.fromisoformat(value), "week") == period
    return value.startswith(period)


def _previous_word(text: str, offset: int) -> str:
    match = _PREVIOUS_WORD.search(text, max(0, offset - 40), offset)
    return match.group(1) if match else ""


def _sentence_at(text: str, offset: int) -> str:
    start = max(0, offset - 600)  # a sentence longer than this is a list or a table: look no further
    for match in _SENTENCE_END.finditer(text, max(0, offset - 600), offset):
        start = match.end()
    end_match = _SENTENCE_END.search(text, offset)
    return text[start : end_match.end() if end_match else len(text)]


@Language.factory(
    "trnews_dates",
    requires=group_attrs("trnews_money"),
    assigns=[*group_attrs("trnews_date"), "doc.spans"],
    default_config={
        "months": "months.tsv", "relative": "relative_dates.tsv", "weekdays": "weekdays.tsv",
        "tense_cues": "tense_cues.tsv", "horizons": "year_horizons.tsv",
    },
)  # fmt: skip
def make_dates_stage(
    nlp: Language, name: str, months: str, relative: str, weekdays: str, tense_cues: str, horizons: str
) -> DateStage:
    return DateStage(months, relative, weekdays, tense_cues, horizons)
