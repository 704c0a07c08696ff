"""Time stamps are no events: the line that dates the article, or its update.

A line holding nothing but a date (a weekday and a clock time may follow: ``30 Haziran 2017 Cuma
16:21``), a date with a bare clock time after it (``02.11.2025 14:05``, ``30.11.2025 | 11:47``) and a
date after an update label (``Güncelleme: 4 Mart 2024``) stamp the text; ``4 Mart'ta saat 10:15'te``
is an event. Nor are the digits of money amounts (``Spans``, ``masked``: the amounts of a long text
are many, so both take time linear in the text, not in the text times the amounts).
"""

from __future__ import annotations

import bisect
import itertools
import re

#: A clock time right after a date, without "saat" or a suffix: "02.11.2025 14:05", "9 Şubat 2025, 18:40":
#: the time stamp of a text or of its update, not the date of an event ("4 Mart'ta saat 10:15'te" is one).
#: A bar may part them as a dash or comma does ("30.11.2025 | 11:47").
_CLOCK_AFTER = re.compile(r"(?:\s?[,|–-])?\s?\d{1,2}:\d{2}(?::\d{2})?(?![\d'’:])")
#: A label opening a stamp line: "Güncelleme: 4 Mart 2024", "Yayınlanma tarihi: ..."
_STAMP_LABEL = re.compile(
    r"(?:güncelleme|güncellenme|yayınlanma|yayın|giriş|oluşturulma|son güncelleme)(?:\s+tarihi)?\s*:\s*$",
    re.IGNORECASE,
)
#: what may follow the date on a stamp line: a weekday name, a clock time ("30 Haziran 2017 Cuma 16:21")
_STAMP_TIME = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?)?\s*")


_DIGIT = re.compile(r"\d")


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
    with a bare clock time after it (``02.11.2025 14:05``) or after a label (``Güncelleme:``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if kind in ("date", "numeric") and (_CLOCK_AFTER.match(text, end) or _STAMP_LABEL.search(text, line_start, start)):
        return True
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start : start], text[end:line_end]
    return kind in ("date", "numeric") and not before.strip() and bool(_STAMP_TIME.fullmatch(after))
