"""The year of a day or month written without one: by tense and publication, a weekday after it, the text's years."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from pipeline.dates.grammar import YEAR, alternation, counted_from, written_years
from pipeline.dates.names import names_an_observance
from pipeline.dates.relations import Candidate, Written, year_of_the_story, year_on_weekday
from pipeline.lang.tr.calendar import nearest_year, year_in_tense
from pipeline.lang.tr.tense import PAST, TIMELESS, TenseReader
from pipeline.lang.tr.text import sentence_at, turkish_lower

_NO_TENSE = {None, TIMELESS}
#: A day or month in the ablative before "itibaren" or "geçerli" (``1 Nisan'dan itibaren``, ``16 Mart tarihinden
#: geçerli``, ``nisan ayından itibaren``): the day a rule, price or tariff takes effect from
_IN_FORCE_AFTER = re.compile(r"(?<=[dt][ae]n)\s+(?:itibaren|geçerli)(?![^\W_])|\s+tarihinden\s+(?:itibaren|geçerli)(?![^\W_])")
#: Nothing but spaces to the end of the line: a date standing as a line's last words
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


class YearReader:
    def __init__(self, tense: TenseReader, months: Iterable[str], weekdays: dict[str, int]) -> None:
        self.tense = tense
        self.weekdays = weekdays
        #: a day and month right before a year: the year is that day's ("3-5 Mart 2012")
        self.day_before_year = re.compile(f"\\d\\.?\\s+(?:{alternation(list(months))}),?\\s$")
        #: a weekday naming the day written right before it: "15 Eylül Pazartesi"
        self.weekday_after = re.compile(f",?\\s+({alternation(list(self.weekdays))})(?![^\\W_])")

    def implied_year(
        self, text: str, candidate: Candidate, published: dt.date | None, written: Written, month: int,
        day: int | None,
    ) -> int | None:
        where = (text, candidate.start, candidate.end)
        if published is not None:
            around = range(published.year - 1, published.year + 2)
            named = self._year_of_weekday(text, candidate.end, month, day, around) if day else None
            nearest = nearest_year(month, day, published)
            if named is None and written.of(month, day) == {nearest}:
                return nearest  # "3 Ekim'de devralan ... devredecek" where "3 Ekim 2025 itibarıyla" is written
            if named is None and day and names_an_observance(text, candidate.end):
                return nearest  # "19 Ekim Muhtarlar Günü dolayısıyla yayımladığı mesaj": the day said around it
            tense, firm = self.tense.tense_of_date(*where), self.tense.put_off_to(*where)  # firm: "15 Ocak'a ertelendi"
            if tense == PAST and in_force_from(*where):
                tense = TIMELESS  # "tarifeyi 1 Nisan'dan itibaren artırdı": announced, maybe still to come
            return named or year_in_tense(month, day, published, tense, firm)
        sentence = sentence_at(text, candidate.start)
        tense = self.tense.tense_after(text, candidate.end)
        sentence_years = [  # a year the stage reads as a date's: not "2040 Vizyonu", "1453 Çırpıcı Tesisleri"
            year for year in re.finditer(YEAR, sentence)
            if int(year.group()) in written.years and not counted_from(sentence, year.end())
            and ((year_tense := self.tense.tense_after(sentence, year.end())) == tense
                 or not self.day_before_year.search(sentence, 0, year.start()) and {year_tense, tense} & _NO_TENSE)
        ]  # fmt: skip  ("3-5 Mart 2012'de yaşanan ... 9 Haziran'da görülecek": a day of another time; so is
        # "12 Ekim'de toplandı; tesisler 2029'da açılacak": a year in another tense)
        if sentence_years:
            return int(sentence_years[0].group())
        if day and len(written.of(month, day)) == 1:
            return min(written.of(month, day))  # "27 ve 30 Aralık 2022'de ... 30 Aralık'taki duruşma"
        if not day:
            return None
        named = self._year_of_weekday(text, candidate.end, month, day, written_years(text))
        return named or year_of_the_story(
            written, candidate.start, month, day, lambda start, end: self.tense.tense_of_date(text, start, end),
            candidate.end, lambda end: _LINE_END.match(text, end) is not None,
        )

    def _year_of_weekday(self, text: str, end: int, month: int, day: int, years: Iterable[int]) -> int | None:
        named = self.weekday_after.match(text, end)  # "9 Mart Pazartesi"
        return year_on_weekday(self.weekdays[turkish_lower(named.group(1))], month, day, years) if named else None


def in_force_from(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is the day something takes effect from (``1 Nisan'dan itibaren``,
    ``1 Nisan'dan geçerli``, ``16 Mart tarihinden itibaren``). Announced by a verb in the past (``tarifeyi 1
    Nisan'dan itibaren yüzde 38 artırdı``), the day may still be to come: the past tense is the
    announcement's, and the year is the one nearest publication."""
    return _IN_FORCE_AFTER.match(text, end) is not None


def one_year_for_a_range(days: list[tuple[int, int, object]], years: list[int | None], future: bool) -> list:
    """The years of the days of one range or list (``5-11 Mart``, ``28 Aralık-3 Ocak``), each read alone as
    ``years``: one year for the whole, the next one after a day that comes earlier in the year than the day
    before it. A range told in the past has begun by publication: its first day's year; one to come has not
    ended: its last day's (``5-11 Mart tarihleri arasında yapıldı`` on 10 March is this March, both ends)."""
    if None in years:
        return years
    crossed = [0]  # how many new years lie between the first day and each day
    for (day, month, _), (next_day, next_month, _) in zip(days, days[1:]):
        crossed.append(crossed[-1] + ((next_month, next_day) < (month, day)))
    anchor = -1 if future else 0
    first_year = int(years[anchor]) - crossed[anchor]
    return [first_year + count for count in crossed]
