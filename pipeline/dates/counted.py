"""An offset in days counted from a day the text writes before it: ``7 Mart'taki saldırıdan 2 gün sonra``,
``Roman 16 Şubat'ta çıktı; yayınevi 3 gün sonra ikinci baskıyı yaptı``, ``Tatbikat 26 Nisan'da yapılacak,
değerlendirme ise tatbikattan 3 gün sonra``: that day moved by the count.

An offset that counts from another event than publication (``relative.counted_from_another_event``), or
``sonra`` before a past verb (``Geçen salı etkili olan hortumun ardından ekipler 3 gün sonra başladı``), is
``COUNTED`` until the dates before it are known; it then takes the last day written before it in its sentence,
when the count is of days, weeks or months (``bir hafta sonra``: seven days; ``12 Mart 2025'te tutuklandı, 2 ay sonra
tahliye edildi``: 12 May) and, after a noun in the ablative, that noun is the day's event: the date right before it
(``7 Mart'taki saldırıdan``, or with a clause ending in a participle between, ``18 Ağustos'ta Bolu'da meydana gelen
kazadan``) or a noun said earlier in the sentence (``Tatbikat ... tatbikattan``).
Elsewhere it stays null (``depremden iki gün sonra`` after a day of another event). A year written before it
counts no days: an offset in days to come then counts from publication (``2025 yılında ödedi, ikinci dilim ise 3
gün sonra ödenecek``: ``only_a_year_before``).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.dates.relations import Candidate
from pipeline.dates.relative import ablative_before, offset_counts
from pipeline.lang.tr.calendar import shift_by_counts
from pipeline.lang.tr.text import sentence_bounds, turkish_lower

#: The value of an offset counted from another event until the day it counts from is known.
COUNTED = "counted"
#: the ablative ending a noun's stem is read without: "saldırı|dan", "tatbikat|tan", "Tatbikat|'tan"
_ABLATIVE = re.compile(r"(?:['’][^\W\d_]*|n)?[dt][ae]n$")
#: the shortest stem compared with the words before it
MIN_STEM = 4
#: A clause between the day and the noun that makes the day the noun's: up to four words, the last a participle
#: in -(y)An ("18 Ağustos'ta meydana gelen kazadan", "3 Mart'ta Bolu'da yaşanan selden")
_PARTICIPLE_CLAUSE = re.compile(r"\s+(?:[^\W\d_]+(?:['’][^\W\d_]+)?\s+){0,3}[^\W\d_]+[yn]?[ae]n\s+")
#: the units a count from a day can move it by, as ``shift`` names them
_FROM_A_DAY_UNITS = {"gün": "day", "hafta": "week", "ay": "month"}


#: the days in a unit an offset counts from a day by (``3 gün``, ``bir hafta``); months and years are no fixed count
DAYS_IN = {"gün": 1, "hafta": 7}


def days_counted(counts_text: str) -> int | None:
    """``3 gün``, ``bir hafta`` (seven): the number of days; None where the offset counts anything else
    (``3 yıl 4 ay``)."""
    counts = offset_counts(counts_text)
    return counts[0][0] * DAYS_IN[counts[0][1]] if counts and len(counts) == 1 and counts[0][1] in DAYS_IN else None


def counts_from_a_day(counts_text: str) -> list[tuple[str, int]] | None:
    """``2 ay``, ``40 gün``, ``bir hafta``: each (unit, count) of an offset in days, weeks or months; None where it counts years."""
    counts = offset_counts(counts_text)
    if not counts or any(unit not in _FROM_A_DAY_UNITS for _, unit in counts):
        return None
    return [(_FROM_A_DAY_UNITS[unit], count) for count, unit in counts]


def only_a_year_before(text: str, start: int, dated: re.Pattern) -> bool:
    """Whether the offset at ``start`` has no ablative noun before it and only years among the dates
    written earlier in its sentence (``2025 yılında ödedi, ikinci dilim ise 3 gün sonra``)."""
    if ablative_before(text, start) is not None:
        return False
    written = [m.group() for m in dated.finditer(text, sentence_bounds(text, start, start)[0], start)]
    return bool(written) and all(value.isdigit() for value in written)


def resolve_counted(text: str, found: list[tuple[Candidate, list]]) -> list[tuple[Candidate, list]]:
    """``found`` (candidate, values) with each ``COUNTED`` offset dated from the last date before it, or null."""
    resolved: list[tuple[Candidate, list]] = []
    last: tuple[Candidate, str] | None = None
    for candidate, values in found:
        if values == [COUNTED]:
            values = [_from_the_day(text, candidate, *last) if last else None]
        elif values and values[-1]:
            last = (candidate, values[-1])
        resolved.append((candidate, values))
    return resolved


def _from_the_day(text: str, offset: Candidate, day: Candidate, value: str) -> str | None:
    counts = counts_from_a_day(offset.groups["counts"])
    sentence_start = sentence_bounds(text, offset.start, offset.start)[0]
    if counts is None or len(value) != 10 or day.start < sentence_start:
        return None
    ablative = ablative_before(text, offset.start)
    if ablative is not None and text[day.end : ablative.start()].strip() \
            and not _PARTICIPLE_CLAUSE.fullmatch(text, day.end, ablative.start()):  # not "7 Mart'taki saldırıdan"
        stem = _ABLATIVE.sub("", turkish_lower(ablative.group(1)))
        if len(stem) < MIN_STEM or stem not in turkish_lower(text[sentence_start : ablative.start()]):
            return None  # "depremden iki gün sonra": another event than the day's
    sign = -1 if offset.groups["way"] == "önce" else 1
    moment = shift_by_counts(dt.date.fromisoformat(value), [(unit, sign * count) for unit, count in counts])
    return moment.isoformat() if moment else None
