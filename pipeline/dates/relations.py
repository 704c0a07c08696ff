"""How the date mentions found in a text relate to each other (pure functions on candidates).

A relative expression restated by a date (``geçen hafta (29 Nisan)``), a weekday naming the day
before it (``19 Nisan Pazartesi``) or a day of a named week (``gelecek hafta Salı günü``),
``aynı yıl`` / ``aynı gün`` pointing back to the date written before (``bir önceki yıl``: the year before it), and a title's year that the
body dates more finely.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from pipeline.dates.grammar import YEAR_STEPS
from pipeline.lang.tr.calendar import iso, safe_date
from pipeline.lang.tr.tense import FUTURE, PAST
from pipeline.lang.tr.text import turkish_lower

#: Between a relative expression and a written date restating it: "geçen hafta (29 Nisan)", "dün, 5 Mart'ta",
#: "önümüzdeki ay 18 Nisan'da"
APPOSITION = re.compile(r"\s*[(,]?\s*")
#: The value of "aynı yıl" until the date it points back to is known.
SAME = "same"
#: Returned among the values of a candidate that turns out not to be a date (31 Şubat, 2000'den fazla).
NOT_A_DATE = object()
SAME_PRECISION = {"yıl": 4, "sene": 4, "ay": 7, "gün": 10}


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    groups: dict


def has_a_year(candidate: Candidate) -> bool:
    """Whether the date is written with its year (``3 Ekim 2025``, ``Haziran 2025``, ``2023'te``)."""
    return bool(candidate.groups.get("y1") or candidate.groups.get("y2"))


def restated(text: str, relative: Candidate, values: list, explicit: Candidate, explicit_values: list) -> bool:
    """A relative expression followed, in parentheses, after a comma or right after it, by a written date that
    falls within it (``geçen hafta, 6 Mart'ta``, ``dün (5 Mart)``, ``önümüzdeki ay 18 Nisan'da``): the date is the
    one event."""
    if relative.kind not in ("relative", "weekday") or not APPOSITION.fullmatch(text, relative.end, explicit.start):
        return False
    return None not in values + explicit_values and all(
        within(value, period) for value in explicit_values for period in values
    )


def resolve_same(text: str, found: list[tuple[Candidate, list]]) -> list[tuple[Candidate, list]]:
    """``Aralık 2017'de ... aynı yıl``: the year (month, day) of the last date before, ``... ertesi yıl`` the
    year after it; dropped when there is none or it is less precise (``2017'de ... aynı gün``)."""
    resolved, last, last_end = [], None, 0
    for candidate, values in found:
        if values == [SAME]:
            length = SAME_PRECISION[candidate.groups["unit"]]
            other_paragraph = "\n" in text[last_end : candidate.start]
            if last is None or len(last) < length or "-W" in last or (length == 10 and other_paragraph):
                continue  # none before, less precise, or a day in another paragraph
            values = [_stepped(last[:length], candidate.groups.get("step"))]
        elif values[-1] is not None:
            last, last_end = values[-1], candidate.end
        resolved.append((candidate, values))
    return resolved


def _stepped(value: str, step: str | None) -> str:
    """The year ``value`` moved by ``bir önceki`` / ``ertesi`` (``YEAR_STEPS``); as it is without a step."""
    if not step:
        return value
    return f"{int(value) + YEAR_STEPS[turkish_lower(step).split()[-1]]:04d}"


def weekdays_in_named_weeks(text: str, found: list[tuple[Candidate, list]]) -> list[tuple[Candidate, list]]:
    """``gelecek hafta Salı günü``: a weekday right after a week names the day of that week (one date)."""
    kept: list[tuple[Candidate, list]] = []
    for candidate, values in found:
        previous, week = kept[-1] if kept else (None, [None])
        if (
            previous is not None and previous.kind == "relative" and week[0] and "-W" in week[0]
            and candidate.kind == "weekday" and not candidate.groups.get("dir")
            and not text[previous.end : candidate.start].strip() and values[0] is not None
        ):  # fmt: skip
            year, number = week[0].split("-W")
            weekday = dt.date.fromisoformat(values[0]).isoweekday()
            day = dt.date.fromisocalendar(int(year), int(number), weekday).isoformat()
            kept[-1] = (Candidate(previous.start, candidate.end, "weekday", candidate.groups), [day])
            continue
        kept.append((candidate, values))
    return kept


def weekday_of(text: str, day: Candidate | None, weekday: Candidate) -> bool:
    """A weekday written right after a day (``19 Nisan Pazartesi``, ``3 Mart 2026 Salı günü``) names that day."""
    return (
        day is not None and day.kind in ("date", "numeric", "relative_year_month") and weekday.kind == "weekday"
        and not weekday.groups.get("dir") and not text[day.end : weekday.start].strip(" ,")
    )  # fmt: skip


def weekdays_of_days_dropped(text: str, found: list[tuple[Candidate, list]]) -> list[tuple[Candidate, list]]:
    """``found`` without each weekday that names the day written right before it (``weekday_of``: ``8 Mart Pazar
    günü``): the day dates the event, and an offset after them counts from it (``Maç 8 Mart Pazar günü oynandı, kurul
    3 gün sonra toplanacak``: 11 March), not from the weekday read alone (the coming Sunday, by the verb after it)."""
    kept: list[tuple[Candidate, list]] = []
    for candidate, values in found:
        if not (kept and weekday_of(text, kept[-1][0], candidate)):
            kept.append((candidate, values))
    return kept


def within(value: str, period: str) -> bool:
    """Whether the ISO ``value`` lies in the ISO ``period`` (a year, month, week or day)."""
    if "-W" in period:
        return len(value) == 10 and iso(dt.date.fromisoformat(value), "week") == period
    return value.startswith(period)


def title_years_restated(text: str, found: list[tuple[Candidate, list]]) -> list[tuple[Candidate, list]]:
    """A year alone in the title (the first line, a paragraph of its own, a headline: ``is_headline``) that
    the body dates more finely and never writes alone is the title's short form of the body's date (title
    ``2019'da ihale yapıldı``, body ``ihalesi Nisan 2019'da yapılan``): dropped. A year the body also
    writes alone stays."""
    title_end = text.find("\n")
    if title_end < 0 or not text.startswith("\n", title_end + 1) or not is_headline(text[:title_end]):
        return found
    body_values = [value for candidate, values in found if candidate.start > title_end for value in values if value]
    kept = []
    for candidate, values in found:
        year = values[0] if candidate.end <= title_end and len(values) == 1 and values[0] else None
        if year and len(year) == 4 and year not in body_values and any(v.startswith(year) for v in body_values):
            continue
        kept.append((candidate, values))
    return kept


def is_headline(line: str) -> bool:
    """A first paragraph is a headline when it ends without a full stop (``2019'da ihale yapıldı``,
    ``... rekor kırdı!``, ``Ne oldu?``, ``Yeni bir sayfa...``); one that ends in a full stop is the
    lead, the first paragraph of the body (``Gelirler 2021'de arttı. ... kayıtlara geçti.``), whose
    years are the body's own."""
    line = line.rstrip()
    return not line.endswith(".") or line.endswith("...")


@dataclass(frozen=True)
class Written:
    """The years of the dates a text writes with their year: all of them (``years``), and for each day
    and month (``3 Ekim 2025``) or month (``Haziran 2025``, ``2025 yılı Haziran ayı``) those it has."""

    by_day: Mapping[tuple[int, int | None], frozenset[int]] = field(default_factory=dict)
    years: frozenset[int] = frozenset()
    #: (start, end, year, month, day) of each day or month written with its year, in text order
    dated: tuple[tuple[int, int, int, int, int | None], ...] = ()

    def of(self, month: int, day: int | None) -> frozenset[int]:
        return self.by_day.get((month, day), frozenset())

    def running_before(self, start: int, month: int, day: int) -> tuple[int, int, int, int] | None:
        """The last day or month written with its year before ``start``, as (start, end, year, month), when
        ``day month`` does not come before it in that year: a story told in order (``2 Eylül 2022'de
        ... 20 Eylül'de ... 17 Kasım 2022'de ... 7 Aralık'ta``) stays in its year until it writes another;
        so does a day of the same month (``11 Aralık 2025'te ... 3 Aralık'ta``: a year apart is far less likely)."""
        before = [entry for entry in self.dated if entry[0] < start]
        if not before:
            return None
        last_start, last_end, year, last_month, last_day = before[-1]
        in_order = (month, day) >= (last_month, last_day or 1) or month == last_month
        return (last_start, last_end, year, last_month) if in_order else None


NONE_WRITTEN = Written()


def year_of_the_story(
    written: Written, start: int, month: int, day: int, tense_of: Callable[[int, int], str | None], end: int,
    ends_its_line: Callable[[int], bool] = lambda end: False,
) -> int | None:
    """Without a publication date: the year of the last day written with its year before ``start:end``, in
    the same tense (``tense_of`` a span: past or future), when this day comes after it in that year
    (``2 Eylül 2022'de ... karar verdi, ... 20 Eylül'de onadı``: 2022). A last date told with no verb (the
    date line of a post or a heading, the end of its line: ``(@kurum) 4 Haziran 2018``) gives its year to the
    days of its month in any tense (``7 Haziran'da ödenecek``). ``Written.running_before``."""
    last = written.running_before(start, month, day)
    if last is None:
        return None
    tense, last_tense = tense_of(start, end), tense_of(last[0], last[1])
    if last_tense not in (PAST, FUTURE) and ends_its_line(last[1]):  # a post's, a heading's date line
        return last[2] if last[3] == month else None
    return last[2] if tense == last_tense else None


def years_written(found: list[tuple[Candidate, list]]) -> Written:
    """The years of the dates written with a year (their values; not the horizon of a plan, a number in
    a name): one date per text, a day or month written without its year elsewhere is most often the same one."""
    table: dict[tuple[int, int | None], set[int]] = {}
    years, dated = set(), []
    for candidate, values in found:
        for value in values:
            if isinstance(value, str) and value[:4].isdigit():
                years.add(int(value[:4]))
            if isinstance(value, str) and len(value) in (7, 10) and "-W" not in value:
                key = (int(value[5:7]), int(value[8:]) if len(value) == 10 else None)
                table.setdefault(key, set()).add(int(value[:4]))
                dated.append((candidate.start, candidate.end, int(value[:4]), *key))
    dated.sort()
    return Written({key: frozenset(days) for key, days in table.items()}, frozenset(years), tuple(dated))


def named_events_dated(
    found: list[tuple[Candidate, list]], names_event: Callable[[Candidate], bool], past: Callable[[Candidate], bool],
    recent: Callable[[Candidate, str], bool] = lambda candidate, value: False,
) -> list[tuple[Candidate, list]]:
    """``17 Ağustos depremi ... 17 Ağustos 1999'da``: a day and month naming an event (``names_event``
    of a candidate) take the year the text writes for that day and month elsewhere, not the one
    nearest publication (an anniversary article is published years after the event). A past event
    (``past``) that the text dates nowhere gets no year: ``14 Mayıs seçimlerinin ardından`` may
    name an election of any year before (a coming one is the next), unless it is ``recent`` (a vote
    a few weeks before publication: ``31 Mart seçimi bitti`` two days after it)."""
    years = {
        value[4:]: value[:4]
        for candidate, values in found if candidate.groups.get("y1") or candidate.groups.get("y2")
        for value in values if value and len(value) == 10
    }  # fmt: skip
    dated = []
    for candidate, values in found:
        if len(values) == 1 and values[0] and len(values[0]) == 10 and names_event(candidate):
            day = values[0][4:]
            if day in years:
                values = [years[day] + day]
            elif past(candidate) and not recent(candidate, values[0]):
                values = [None]
        dated.append((candidate, values))
    return dated


def year_on_weekday(weekday: int, month: int, day: int, years) -> int | None:
    """``9 Mart Pazartesi``: of ``years`` (the year of publication and the ones beside it, or
    without a publication date the years the text writes), the one year in which that day falls
    on that weekday (ISO number; none when none or several fit). The weekday outweighs the
    clause's tense (``duruşmanın 9 Mart Pazartesi günü yapılmasına karar verildi``: a coming Monday)."""
    days = (safe_date(year, month, day) for year in years)
    fitting = [moment.year for moment in days if moment is not None and moment.isoweekday() == weekday]
    return fitting[0] if len(fitting) == 1 else None
