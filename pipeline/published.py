"""The publication date of an article, as people write it in Turkish data.

Accepted (day first, as in Turkey; a time after the date is ignored):

- ``2026-01-22`` (ISO 8601, also ``2026-01-22T09:30:00+03:00``)
- ``22.01.2026``, ``22/01/2026``, ``22-01-2026`` (also ``2.1.2026``)
- ``22 Ocak 2026`` (Turkish month names, any case; a weekday after the year is ignored)
- a ``date`` or ``datetime`` (a Parquet or DataFrame date column)

Anything else is a ValueError naming these forms. Month-first (``01/22/2026``) is not
guessed: ``13/01/2026`` and ``01/13/2026`` cannot both be right, and the data is Turkish.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.lang.tr.calendar import month_numbers
from pipeline.lang.tr.text import turkish_lower

ACCEPTED = "YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or 22 Ocak 2026"
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[T ,].*)?")
_WORDS = re.compile(r"(\d{1,2})\s+(\w+)\s+(\d{4})(?:[\s,].*)?")


def parse_published(value: dt.date | str | None) -> dt.date | None:
    """``value`` as a date (None stays None, as does an empty string)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be a date ({ACCEPTED}), got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        return None
    try:
        if match := _ISO.fullmatch(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_FIRST.fullmatch(text):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        if (match := _WORDS.fullmatch(text)) and (month := month_numbers().get(turkish_lower(match[2]))):
            return dt.date(int(match[3]), month, int(match[1]))
    except ValueError:  # 31.02.2026
        pass
    raise ValueError(f"published must be a date ({ACCEPTED}), got {value!r}")
