"""Resolving partial and relative dates against the publication date (pure functions).

Values are ISO 8601 at the precision the text gives: ``2026-01-23`` (day), ``2026-W04``
(week), ``2025-10`` (month), ``2025`` (year). Nothing here reads today's clock: every
relative value is computed from the ``published`` date handed in.
"""

from __future__ import annotations

import datetime as dt
import functools

from pipeline.lang.tr.text import turkish_lower
from pipeline.resources import read_tsv

@functools.cache
def month_numbers() -> dict[str, int]:
    """Folded month name -> month number (``temmuz`` -> 7), from ``data/months.tsv``."""
    return {turkish_lower(row["name"]): int(row["month"]) for row in read_tsv("months.tsv")}


@functools.cache
def month_names() -> frozenset[str]:
    """The folded month names (``ekim``)."""
    return frozenset(month_numbers())


def iso(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for impossible ones (31 Şubat)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int | None, published: dt.date) -> int:
    """The year that puts ``day month`` closest to publication: in an article of 2025-01-23
    ``8 Aralık`` is 2024-12-08 and ``3 Şubat`` 2025-02-03. A month alone counts from its middle."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        moment = safe_date(year, month, day or 15)
        if moment is not None:  # 29 Şubat only in leap years
            candidates.append((abs((moment - published).days), year))
    return min(candidates)[1] if candidates else published.year


#: How many days before publication a day may lie and still be read as this year's when its clause
#: speaks of the future (``3 Ekim'de devralan ülke ... devredecek``, ``6 Kasım'da planlanan toplantı
#: ertelendi``): a writer names next year's day so soon after this year's with ``gelecek yıl``.
FUTURE_SLACK_DAYS = 31


def year_in_tense(month: int, day: int | None, published: dt.date, tense: str | None, firm: bool = False) -> int:
    """The year of ``day month`` as its clause's tense tells: the first one on or after
    publication for an event to come (``Ekim ayında açılacak``: the coming October), the last
    one on or before it for an event that happened; the nearest when the tense is unknown.
    A month alone is compared as a month (``Mart ayında yapılacak`` in March is this March); a day up to
    ``FUTURE_SLACK_DAYS`` before publication stays in its year whatever the tense, unless the tense is
    ``firm`` (a day something is put off to: ``15 Ocak'a erteledi`` is next year's)."""
    if tense not in ("future", "past"):
        return nearest_year(month, day, published)
    if tense == "future" and day and not firm:
        last = next((d for d in (safe_date(y, month, day) for y in (published.year, published.year - 1))
                     if d is not None and d <= published), None)  # fmt: skip
        if last is not None and (published - last).days <= FUTURE_SLACK_DAYS:
            return last.year  # a day a few weeks back: a misread tense, not the same day next year
    here = (published.month, published.day if day else 0)
    there = (month, day or 0)
    if tense == "future":
        year = published.year if there >= here else published.year + 1
    else:
        year = published.year if there <= here else published.year - 1
    if safe_date(year, month, day or 1) is None:  # 29 Şubat in a common year
        return nearest_year(month, day, published)
    return year


def shift(published: dt.date, unit: str, offset: int) -> dt.date:
    """``published`` moved by ``offset`` days, weeks, months or years (clamped to month ends)."""
    if unit == "day":
        return published + dt.timedelta(days=offset)
    if unit == "week":
        return published + dt.timedelta(weeks=offset)
    months = offset * (12 if unit == "year" else 1)
    year, month = divmod(published.year * 12 + published.month - 1 + months, 12)
    return safe_date(year, month + 1, published.day) or safe_date(year, month + 1, 28)


def period_edge_shift(edge: str, tense: str | None) -> int:
    """How many periods to move ``yıl sonunda`` / ``ay başında`` from the current one: an end the clause
    says is past lies in the last period (``yıl sonunda yüzde 9 oldu`` written in January), a start it
    says is to come in the next (``yıl başında yürürlüğe girecek`` written in March); else this one's."""
    if edge == "end" and tense == "past":
        return -1
    if edge == "start" and tense == "future":
        return 1
    return 0


def weekday_near(published: dt.date, weekday: int, future: bool) -> dt.date:
    """The nearest ``weekday`` (ISO, Monday = 1) on or after publication when the sentence
    speaks of the future, else on or before it."""
    difference = weekday - published.isoweekday()
    if future:
        return published + dt.timedelta(days=difference % 7)
    return published - dt.timedelta(days=(-difference) % 7)


def month_in_direction(published: dt.date, month: int, step: int) -> dt.date:
    """The first ``month`` before (step -1) or after (step 1) the month of publication."""
    for distance in range(1, 13):
        moment = shift(published.replace(day=1), "month", step * distance)
        if moment.month == month:
            return moment
    raise ValueError(f"no month {month}")


def shift_by_counts(published: dt.date, counts: list[tuple[str, int]]) -> dt.date | None:
    """``published`` moved by each (unit, offset) in turn (``3 yıl 4 ay sonra``); None past the
    calendar's ends. For one count this is what dateparser read (Turkish, ``RELATIVE_BASE`` =
    published), checked over every count up to 1000 of each unit both ways on month ends and
    leap days, and counts up to 100 on every day of two years: its 0.7 ms a phrase (and a tenth
    of a second to load its Turkish data) bought nothing ``shift`` does not give."""
    moment: dt.date | None = published
    try:
        for unit, offset in counts:
            moment = shift(moment, unit, offset)
            if moment is None:
                return None
    except OverflowError:
        return None
    return moment


def month_span(year: int, first: int, last: int) -> list[str]:
    """The values of a span of months of ``year``: its first and last month (``Ocak-Eylül``: 01 and 09), the
    last only when it wraps into the year (``Ekim-Mart``), and the year itself for all twelve (``Ocak-Aralık``)."""
    if (first, last) == (1, 12):
        return [f"{year:04d}"]
    return [f"{year:04d}-{month:02d}" for month in ((first, last) if first < last else (last,))]
