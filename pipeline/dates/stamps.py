"""Time stamps are no events: the line that dates the article, or its update.

A line holding nothing but a date (a bullet may open it, a weekday and a clock time may follow:
``30 Haziran 2017 Cuma 16:21``, ``• 9 Mart 2024 Cumartesi``), a date with a bare clock time after it
(``02.11.2025 14:05``, ``30.11.2025 | 11:47``) and a date in any form after a publication or update label
(``Güncelleme: 4 Mart 2024``, ``Yayınlama: 14.03.2024``, ``Oluşturulma Tarihi: Nisan 3, 2022``) stamp
the text, as does a month written before its day and year (``Mayıs 9, 2025``: a page's order, never the
prose's); ``4 Mart'ta saat 10:15'te`` is an event. So does the publication date opening the text
(``14-03-2024 Ayşe Kaya``: the stamp and the writer's name, ``opens_the_text``). A date with a count of
readers or comments after a bar (``12 Mart 2024 | 530 Okunma``) is the stamp of an item in a page's list
of other articles. Nor are the digits of money amounts dates (``Spans``, ``masked``: the amounts of a
long text are many, so both take time linear in the text, not in the text times the amounts).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

#: A clock time right after a date, without "saat" or a suffix: "02.11.2025 14:05", "9 Şubat 2025, 18:40":
#: the time stamp of a text or of its update, not the date of an event ("4 Mart'ta saat 10:15'te" is one).
#: A bar may part them as a dash or comma does ("30.11.2025 | 11:47"), and the weekday may stand between
#: ("14 Mart 2024 Perşembe 10:42").
_CLOCK_AFTER = re.compile(r"(?:\s?[,|–-])?\s?(?:[A-ZÇĞİÖŞÜ][^\W\d_]+\s)?\d{1,2}:\d{2}(?::\d{2})?(?![\d'’:])")
#: A count of readings or comments after a bar: "12 Mart 2024 | 530 Okunma", "3.4.2023 | 1.204 okunma"
_COUNT_AFTER = re.compile(
    r"\s?\|\s?[\d.]+\s+(?:okunma|okuma|okundu|görüntülenme|gösterim|izlenme|yorum)(?![^\W_])", re.IGNORECASE
)
#: A label opening a stamp line: "Güncelleme: 4 Mart 2024", "Yayınlanma tarihi: ..."
_STAMP_LABEL = re.compile(
    r"(?:güncelleme|güncellenme|yayınlanma|yayınlama|yayımlanma|yayımlama|yayın|yayım|giriş|oluşturulma|eklenme"
    r"|son güncelleme)(?:\s+tarihi)?\s*:\s*$",
    re.IGNORECASE,
)
#: What may stand before the date on a stamp line: a clock time (``11:36 05 Eylül 2017``) or a label
#: of one letter (``G: 20/01/2024``, the update; ``Y:``, the publication)
_STAMP_OPENING = re.compile(r"(?:\d{1,2}[:.]\d{2}|[GY]\s?:)\s*")
#: An agency's dateline right before the date: "İSTANBUL (A.A) - 16.04.2011 - ...", "ANKARA (AA) – 3 Mart 2024 -"
_DATELINE_BEFORE = re.compile(r"\((?:[A-ZÇĞİÖŞÜ]\.?){2,6}\)\s*[-–—]\s*$")
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?"
#: The day and year after a month in the order of a page's stamp, not of Turkish prose: "Mayıs 9, 2025"
_DAY_AND_YEAR_AFTER = re.compile(r"\s\d{1,2},?\s(?:1\d|20)\d\d(?!\d)")
#: what may follow the date on a stamp line: a weekday name, a clock time ("30 Haziran 2017 Cuma 16:21",
#: "9 Mart 2024 Cumartesi"); a word in lower case only before a time
_STAMP_TIME = re.compile(rf"\s*(?:[^\W\d_]+\s+{_CLOCK}|[A-ZÇĞİÖŞÜ][^\W\d_]+(?:\s+{_CLOCK})?|{_CLOCK})?\s*")
#: a bullet that may open a stamp line ("• 27 Haziran 2018 Çarşamba")
_BULLETS = " \t•·"


_DIGIT = re.compile(r"\d")
#: A leading "date 2019-04" line: the month of publication, its day not said
_MONTH_LINE = re.compile(r"\A\s*date\s+(\d{4})-(0[1-9]|1[0-2])(?![-\d])")
#: The kinds of date counted from publication (``yarın``, ``bu yıl``, ``3 gün önce``, ``Cuma günü``,
#: ``geçen yıl Mayıs'ta``, ``ayın 20'sinde``); a month is one with a direction (``geçtiğimiz Temmuz ayında``)
COUNTED_FROM_PUBLICATION = ("relative", "offset", "weekday", "relative_year_month", "relative_month_day")


def publication_month(text: str) -> dt.date | None:
    """The middle of the month a leading ``date 2019-04`` line gives (the month of publication, not
    its day): the year of a day or month written without one (``9 Haziran'a kadar``) is known; a date
    counted from publication (``bu yıl``, ``yarın``: ``counted_from_publication``) is not, as in an
    article without a publication date (the annotations of news pages list none there)."""
    match = _MONTH_LINE.match(text)
    return dt.date(int(match[1]), int(match[2]), 15) if match else None


def counted_from_publication(kind: str, groups: dict) -> bool:
    """Whether a candidate of this kind (and these pattern groups) is counted from the day of
    publication: a relative expression, an offset, a weekday, a month with a direction."""
    return kind in COUNTED_FROM_PUBLICATION or (kind == "month" and bool(groups.get("dir")))


class Spans:
    """Character ranges that hold no date (the dateline, money amounts): whether one overlaps a
    range, in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))  # the furthest end so far

    def overlap(self, start: int, end: int) -> bool:
        before_end = bisect.bisect_left(self.starts, end)  # the spans that start before ``end``
        return before_end > 0 and self.reach[before_end - 1] > start


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the digits inside ``spans`` written ``_``, offsets kept: ``Ekim ayında 1750 liradan``
    gives the month no year."""
    pieces, done = [], 0
    for start, end in sorted(spans):
        start = max(start, done)
        if end > start:
            pieces += [text[done:start], _DIGIT.sub("_", text[start:end])]
            done = end
    pieces.append(text[done:])
    return "".join(pieces)


def is_publication_stamp(text: str, start: int, end: int, kind: str) -> bool:
    """A line that holds nothing but a date (and a time) is the article's time stamp; so is a date
    with a bare clock time after it (``02.11.2025 14:05``) or after a label (``Güncelleme:``), one
    with a count of readings after a bar (``| 530 Okunma``: a listed article's stamp), a line holding the date
    after a clock time or a one-letter label (``11:36 05 Eylül 2017``, ``G: 20/01/2024``), one in an agency's
    dateline (``İSTANBUL (A.A) - 16.04.2011 -``), and a month before its day and year (``Mayıs 9, 2025``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _STAMP_LABEL.search(text, line_start, start):
        return True  # whatever the form: "Oluşturulma Tarihi: Nisan 3, 2022"
    if kind == "month" and _DAY_AND_YEAR_AFTER.match(text, end):
        return True  # "Mayıs 9, 2025": a page's stamp, with or without a label
    if kind in ("date", "numeric") and (_CLOCK_AFTER.match(text, end) or _COUNT_AFTER.match(text, end)):
        return True
    if kind in ("date", "numeric") and _DATELINE_BEFORE.search(text, line_start, start):
        return True  # the dateline's date: when the agency filed the text, not an event of it
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start : start], text[end:line_end]
    opening = before.strip(_BULLETS)
    return kind in ("date", "numeric") and (not opening or bool(_STAMP_OPENING.fullmatch(opening))) \
        and bool(_STAMP_TIME.fullmatch(after.removeprefix(",")))  # "20/01/2024, Cumartesi"


def opens_the_text(text: str, start: int, kind: str, values: list, published: dt.date | None) -> bool:
    """A day written first in the text that is the publication date stamps it, whatever follows on its
    line (the writer's name: ``14-03-2024 Ayşe Kaya``)."""
    return (
        published is not None and kind in ("date", "numeric") and not text[:start].strip(_BULLETS + "\n")
        and values == [published.isoformat()]
    )  # fmt: skip
