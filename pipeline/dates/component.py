"""Event dates resolved against the publication date.

Candidates are found by this stage's own patterns, built from ``data/months.tsv``,
``data/relative_dates.tsv`` and ``data/weekdays.tsv`` (fast: a few regular expressions per
article), and resolved by ``pipeline.lang.tr.calendar`` against the publication date, counted
offsets (``3 gün önce``, ``iki hafta sonra``: fourteen days, a day) included. What the stage knows:

- full dates and day ranges (one year for all the days of one: ``implied_years``): ``15 Mart 2026'da``, ``3-4 Şubat``, ``8 Ocak-8 Temmuz 2026``,
  ``15.03.2026``, ``24 Ekimde`` (a case glued to the month after a day); a day and month without a year
  take their year from the tense of their clause
  (``pipeline.lang.tr.tense``: the next one for ``yapılacak``, the last one for ``imzalandı`` and before
  ``beri``; a day put off to, ``12 Mayıs'a ertelendi``, is to come), else the year closest to publication;
  a weekday after the day (``9 Mart Pazartesi``) picks the year near publication it falls on; a day or
  month the text also writes with the year nearest publication (``3 Ekim 2025``) is that one, whatever the tense;
  ``geçen yıl 8 Ağustos'ta`` the year it names;
- months: ``2025 Ekim ayında`` / ``Ekim 2026`` / ``2025'in ekim ayında`` -> ``2025-10``; ``Aralık ayında`` alone (and
  ``aralık ayında``, ``haziranda`` in lower case: ``inflection``; each of ``haziran ve temmuzda``:
  ``grammar.MonthPairs``) like a day; ``geçen yıl Mayıs'ta`` the year it names;
  a span (``Ocak-Eylül 2023``, ``Ocak-Şubat döneminde``, ``geçen yılın Ocak-Eylül döneminde``) its first and last
  month, ``Ocak-Aralık`` the year;
- event years: ``2023'te``, ``2025 yılında``, ``1992-1995``, each of ``2027 ve 2028 yıllarında``; a season's
  two (``2025-26 sezonu``), one at its start or end (``sezonu başında``);
- a day and month naming an event (``17 Ağustos depremi``: ``data/date_event_nouns.tsv``): the year the
  text writes for that day, else none for a past one;
- relative expressions (``yarın``, ``geçen yıl``, ``gelecek yıldan``, ``yıl sonuna kadar``: ``relative``) and weekdays
  (``Cuma günü``, ``salı`` in lower case), which need ``published``: without it their ``value`` is null (also
  after a leading ``date 2019-04`` line: it gives the year of a day or month written without one). With no
  ``published``, a day or month without a year borrows a date's year written in the same sentence (another
  day's year only in the same tense), a day the one year the text writes for it elsewhere, and a
  day with its weekday (``15 Eylül Pazartesi``) the one year of the text (not one counted from: ``1996'dan
  beri``) in which it falls on that weekday, and a day told in the tense of the last day written in
  full before it, later in that year or in its month, its year (``2 Eylül 2022'de ... 20 Eylül'de``: the story's year);
- a counted offset after ``tam`` (exactly) is a day: ``bundan tam bir yıl önce`` (an anniversary); ``sonra``
  before a past verb (``üç ay sonra ikinci ameliyat yapıldı``) counts from a time of the story: the day written
  before it in its sentence (``Geçen salı etkili olan hortumun ardından ... 3 gün sonra başladı``: ``counted``), else no value.
  A relative expression restated by a date that falls inside it (``geçen hafta (29 Nisan)``,
  ``dün, 5 Mart'ta``) gives that date only, as does a weekday after a day (``19 Nisan Pazartesi``).

Not dates (``pipeline.dates.names``, ``relative``): the leading ``date YYYY-MM-DD`` line, a line
holding only the publication stamp, numbers inside money amounts, the horizon year of a plan
(``2040 Vizyonu``: ``data/year_horizons.tsv``), a year dashed to a word (``GES-2024``), a date opening
a place's name (``29 Ekim Caddesi``: ``data/date_name_heads.tsv``), a school or fiscal year over two
years, a week (``bu hafta``: no annotation of real news lists one; ``gelecek hafta Salı günü`` gives
its day), every such weekday (``perşembe ile cuma günleri``; after a named week its days: ``bu hafta salı ve çarşamba
günleri``), a month of every year (``her yıl kasımda``),
``bugün`` meaning nowadays and a base of comparison (``geçen yıldan daha yüksek``), a rank (``ilk 1000'e giren``).
A vote named by its day, held on a Sunday up to two months before publication, is the one just held
(``31 Mart seçimi bitti``: ``names.a_recent_vote``).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.dates.grammar import (DIGIT, WORD, YEAR, MonthPairs, alternation, build_patterns, first_test,
                                   season_edge)
from pipeline.dates.implied_years import YearReader, one_year_for_a_range
from pipeline.dates.weekdays import WeekdayReader
from pipeline.dates.inflection import glued_case_fits
from pipeline.dates.months import MonthReader, MonthTable
from pipeline.dates.names import (
    a_rank, a_recent_vote, day_of_a_known_event, names_a_place, names_a_plan, names_an_event, names_one_year,
    one_for_one, sessions_dated_by_day, year_of_event,
)
from pipeline.dates.counted import COUNTED, days_counted, only_a_year_before, resolve_counted
from pipeline.dates.relative import (
    RelativeLexicon,
    compared_after,
    counted_from_another_event,
    counted_offset,
    exactly_counted,
)
from pipeline.dates.stamps import (
    Spans, counted_from_publication, is_publication_stamp, masked, opens_the_text, publication_month,
)
from pipeline.dates.relations import (
    NONE_WRITTEN,
    NOT_A_DATE,
    SAME,
    Candidate,
    Written,
    has_a_year,
    named_events_dated,
    resolve_same,
    restated,
    title_years_restated,
    weekdays_in_named_weeks,
    weekdays_of_days_dropped,
    years_written,
)
from pipeline.extensions import doc_text
from pipeline.lang.tr.calendar import (
    iso,
    month_span,
    safe_date,
    shift,
)
from pipeline.lang.tr.tense import FUTURE, PAST, TenseReader
from pipeline.lang.tr.text import APOSTROPHES, turkish_lower
from pipeline.resources import read_tsv
from pipeline.schema import DateMention
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import DATE_GROUP, add_items, group_attrs, require_groups, start_groups

#: After a number in the ablative or accusative, a count, not a year: "2000'den fazla kişi", "1950'yi aşkın".
_COUNT_AFTER_NUMBER = re.compile(r"\s+(?:fazla|az|aşkın|aşan|yakın)(?![^\W_])")


def _inflected(text: str, candidate: Candidate) -> bool:
    """A date with a case ending (``5 Temmuz'da Harbiye ... Tiyatrosu'nda``) is no word of the name after it."""
    return any(mark in text[candidate.start : candidate.end] for mark in APOSTROPHES)


class DateStage(SavedLexicons):
    def __init__(
        self, months: str, relative: str, weekdays: str, tense_cues: str, horizons: str, name_heads: str,
        event_nouns: str, event_days: str,
    ) -> None:
        self.tense = TenseReader(tense_cues)
        self.horizons = tuple(turkish_lower(row["stem"]) for row in read_tsv(horizons))
        self.name_heads = frozenset(turkish_lower(row["head"]) for row in read_tsv(name_heads))
        rows = list(read_tsv(event_nouns))
        nouns = [(turkish_lower(row["stem"]), row["period"] == "yes") for row in rows]
        self.vote_nouns = tuple(turkish_lower(row["stem"]) for row in rows if row.get("vote") == "yes")
        self.event_nouns = tuple(stem for stem, period in nouns if not period)
        self.period_nouns = tuple(stem for stem, period in nouns if period)  # a day opening an era: "28 Şubat süreci"
        self.past_nouns = tuple(turkish_lower(row["stem"]) for row in rows if row.get("past") == "yes")
        #: (day, month) -> the nouns that make it one event of public knowledge, with its year
        self.event_days: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for row in read_tsv(event_days):
            key = (int(row["day"]), int(row["month"]))
            self.event_days.setdefault(key, []).append((turkish_lower(row["stem"]), row["year"]))
        self.month_table = MonthTable(months)
        self.months = self.month_table.numbers
        self.relative = RelativeLexicon(relative)
        self.directions = self.relative.directions
        self.weekdays = {turkish_lower(row["name"]): int(row["weekday"]) for row in read_tsv(weekdays)}
        ambiguous_weekdays = {turkish_lower(row["name"]) for row in read_tsv(weekdays) if row["ambiguous"] == "yes"}
        self.weekday_reader = WeekdayReader(self.weekdays, ambiguous_weekdays, self.directions, self.tense)
        #: a year or a day and month written before an offset in its sentence: the offset counts from it
        self.dated = re.compile(f"{YEAR}|\\d\\.?\\s+(?:{alternation(list(self.months))})(?![^\\W_])")
        self.pairs = MonthPairs(list(self.months))  # "Ocak ve Şubat aylarında", "haziran ve temmuzda"
        self.years = YearReader(self.tense, self.months, self.weekdays)
        self.months_alone = MonthReader(
            self.month_table, self.pairs, self.years, self.tense, self.directions, self._names_an_event
        )
        self.patterns, self.anchor = build_patterns(self.months, self.directions, self.relative.phrases, self.weekdays)
        #: whether an anchor starts with a digit -> the patterns that can match there, in their order
        self.patterns_at = {
            at_digit: [(p.kind, p.pattern) for p in self.patterns if p.opens != (WORD if at_digit else DIGIT)]
            for at_digit in (True, False)
        }
        #: per kind of anchor: a test any pattern's match passes (most anchors open no date), and
        #: the patterns still tried where it fails
        self.tests_at = {}
        for at_digit, patterns in self.patterns_at.items():
            test, tested = first_test([pattern for _, pattern in patterns])
            self.tests_at[at_digit] = (test, [p for p, in_test in zip(patterns, tested) if not in_test])

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_dates", ["trnews_money"])
        amounts = doc._.trnews_amount_offsets  # every amount, repeats included: no year inside one
        text, published = masked(doc_text(doc), amounts), doc._.trnews_published
        month_only = published is None and (published := publication_month(text)) is not None  # "date 2019-04"
        blocked = Spans(([doc._.trnews_dateline] if doc._.trnews_dateline else []) + amounts)
        candidates = [
            c for c in self._candidates(text)
            if not blocked.overlap(c.start, c.end) and not is_publication_stamp(text, c.start, c.end, c.kind)
        ]  # fmt: skip
        # the days and months written with their year first: the same day without one takes that year
        values_of = {i: self._values(text, c, published) for i, c in enumerate(candidates) if has_a_year(c)}
        written = years_written([(candidates[i], values) for i, values in values_of.items()])
        found: list[tuple[Candidate, list]] = []
        dates: list[DateMention] = []
        for i, candidate in enumerate(candidates):
            values = values_of[i] if i in values_of else self._values(text, candidate, published, written)
            values = values[: values.index(NOT_A_DATE)] if NOT_A_DATE in values else values
            if not month_only and opens_the_text(text, candidate.start, candidate.kind, values, published):
                continue  # "14-03-2024 Ayşe Kaya": the stamp of the text and its writer
            if month_only and counted_from_publication(candidate.kind, candidate.groups):
                values = [None] * len(values)  # "bu yıl" after a "date 2019-04" line: publication's day unknown
            if values:
                found.append((candidate, values))
        found = named_events_dated(
            found, lambda c: self._names_an_event(text, c), lambda c: self._named_event_past(text, c),
            lambda c, value: a_recent_vote(text, c.end, value, None if month_only else published, self.vote_nouns),
        )
        found = [(c, self._known_event_day(text, c) or values) for c, values in found]  # "12 Eylül darbesi"
        found = weekdays_in_named_weeks(text, weekdays_of_days_dropped(text, found))  # "19 Nisan Pazartesi": one day
        found = resolve_counted(text, found)  # "7 Mart'taki saldırıdan 2 gün sonra"
        found = title_years_restated(text, resolve_same(text, found))
        found = sessions_dated_by_day(text, found)  # "mart ayı toplantısı dün yapıldı": the day, not the name's month
        for (candidate, values), following in zip(found, found[1:] + [None]):
            if following and restated(text, candidate, values, *following):
                continue  # "geçen hafta (29 Nisan)": the date says which day of that week
            mention_text = text[candidate.start : candidate.end]
            for value in values:
                if value and "-W" in value:
                    continue  # a week is no date of an event: no annotation of real news lists one
                dates.append(DateMention(text=mention_text, start=candidate.start, end=candidate.end, value=value))
        start_groups(doc, [DATE_GROUP])
        add_items(doc, DATE_GROUP, dates)
        return doc

    def _candidates(self, text: str) -> list[Candidate]:
        """Leftmost-longest, non-overlapping matches of all patterns."""
        found = []
        for anchor in self.anchor.finditer(text):  # where a pattern can start: far fewer places than offsets
            start = anchor.start()
            at_digit = text[start].isdigit()
            test, untested = self.tests_at[at_digit]
            for kind, pattern in self.patterns_at[at_digit] if test.match(text, start) else untested:
                match = pattern.match(text, start)
                if match:
                    found.append(Candidate(match.start(), match.end(), kind, match.groupdict()))
        found.sort(key=lambda c: (c.start, -c.end))
        chosen: list[Candidate] = []
        for candidate in found:
            if not chosen or candidate.start >= chosen[-1].end:
                chosen.append(candidate)
        return chosen

    def _values(
        self, text: str, candidate: Candidate, published: dt.date | None, written: Written = NONE_WRITTEN
    ) -> list:
        """The ISO values of a candidate (two for a range); ``NOT_A_DATE`` rejects it. ``written``: the
        years the text writes for a day and month, or a month (``years_written``)."""
        g, kind = candidate.groups, candidate.kind
        if kind in ("day_range", "day_list", "date", "named_year") and not _inflected(text, candidate) \
                and names_a_place(text, candidate.end, self.name_heads):
            return [NOT_A_DATE]  # "29 Ekim Caddesi", "19 Mayıs Üniversitesi": the name of a place
        if kind in ("two_dates", "day_range", "day_list", "date", "numeric"):
            return self._day_values(text, candidate, published, written)
        if kind in ("month_year", "relative_year_month") and g.get("glued") and not glued_case_fits(g["m1"], g["glued"]):
            return [NOT_A_DATE]  # "2024 yılı nisanda", "geçen yıl ağustosta", but no month in "bu yıl Marta"
        if kind == "month_year":
            return [f"{int(g['y1']):04d}-{self._month(g['m1']):02d}"]
        if kind == "month_range":  # "Ocak-Eylül 2023": the first and the last month ("Ekim-Mart 2023": the last)
            return month_span(int(g["y1"]), self._month(g["m1"]), self._month(g["m2"]))
        if kind == "month_span":  # "Ocak-Şubat döneminde": the year of its last month (one the text writes for it)
            last = self._month(g["m2"])
            year = self.years.implied_year(text, candidate, published, written, last, None)
            if year is None and len(written.of(last, None)) == 1:  # "Şubat 2023'te ... Ocak-Şubat döneminde"
                year = min(written.of(last, None))
            return month_span(int(year), self._month(g["m1"]), last) if year else [None]
        if kind == "relative_year_month":  # "geçen yıl Kasım ayında", "geçen yıl 8 Ağustos'ta"
            if published is None:
                return [None]
            entry = self.relative.phrases[turkish_lower(g["rel"])]
            year, month = shift(published, entry.unit, entry.offset).year, self._month(g["m1"])
            if g.get("m2"):  # "geçen yılın Ocak-Eylül döneminde"
                return month_span(year, month, self._month(g["m2"]))
            if not g.get("d1"):
                return [f"{year:04d}-{month:02d}"]
            moment = safe_date(year, month, int(g["d1"]))
            return [moment.isoformat() if moment else NOT_A_DATE]
        if kind == "relative_month_day":  # "ayın 20'sinde", "geçen ayın 5'inde"
            if published is None:
                return [None]
            offset = self.relative.phrases[turkish_lower(g["rel"])].offset if g.get("rel") else 0
            month = shift(published, "month", offset)
            moment = safe_date(month.year, month.month, int(g["d1"]))
            return [moment.isoformat() if moment else NOT_A_DATE]
        if kind == "year_range":  # "2031-2032 eğitim öğretim yılı" is one school year
            ordered = int(g["y1"]) < int(g["y2"])
            named = names_one_year(text, candidate.start) or names_a_plan(text, candidate.end, self.horizons)
            years = [g["y1"], g["y2"]] if ordered and not named else [NOT_A_DATE]
            in_season = "sezon" in text[candidate.start : candidate.end]  # "2024-2025 sezonu sonunda"
            return season_edge(text, candidate.end, years) if in_season else years
        if kind == "season":  # "2025-26 sezonu": both years, as a season written in full gives
            first = int(g["y1"])
            years = [str(first), str(first + 1)] if int(g["yy"]) == (first + 1) % 100 else [NOT_A_DATE]
            return season_edge(text, candidate.end, years)
        if kind == "event_year":  # "1999 depreminde", not "2000 kişi"
            return [g["y1"]] if year_of_event(text, candidate.end, self.event_nouns) else [NOT_A_DATE]
        if kind == "named_year":  # "1974 Kıbrıs Barış Harekâtı", not "2040 Vizyonu"
            return [NOT_A_DATE] if names_a_plan(text, candidate.end, self.horizons) else [g["y1"]]
        if kind == "year":  # each year of a list: "2027 ve 2028 yıllarında"
            listed = re.findall(r"\d{4}", g.get("list") or "")
            counted = _COUNT_AFTER_NUMBER.match(text, candidate.end) or (not listed and a_rank(text, candidate.start, candidate.end)) \
                or one_for_one(text, candidate.start, candidate.end, g["y1"])
            return [NOT_A_DATE] if counted else [*listed, g["y1"]]
        if kind == "month":
            return self.months_alone.alone(text, candidate, published, written)
        if kind == "first_or_last_month":
            return [f"{int(g['y1']):04d}-{'01' if g['part'] == 'ilk' else '12'}"]
        if kind == "same":  # resolved from the date before it, in __call__
            return [NOT_A_DATE] if g.get("step") and compared_after(text, candidate.end) else [SAME]
        if kind == "relative":
            phrase_end = candidate.start + len(g["rel"])  # before a part of the period: "geçen yıl|ın sonunda"
            reading = self.relative.reading(text, candidate.start, phrase_end, self.tense)
            if reading is None or (phrase_end < candidate.end and compared_after(text, candidate.end)):  # "... sonuna göre"
                return [NOT_A_DATE]
            return [iso(shift(published, *reading), reading[0]) if published else None]
        if kind == "offset":
            if counted_from_another_event(text, candidate.start, self.dated) and not (
                only_a_year_before(text, candidate.start, self.dated) and days_counted(g["counts"])
                and self.tense.tense_after(text, candidate.end) != PAST
            ):  # fmt: skip
                return [COUNTED]  # "saldırıdan iki gün sonra": from an event (resolve_counted), not from publication
            if g["way"] == "sonra" and self.tense.tense_after(text, candidate.end) == PAST:
                return [COUNTED]  # "üç ay sonra ikinci ameliyat yapıldı": later than a time of the story, not than today
            exact = exactly_counted(text, candidate.start)  # "tam bir yıl önce": that day
            return counted_offset(g["counts"], g["way"], published, exact) or [NOT_A_DATE]
        if kind == "weekday":
            return self.weekday_reader.values(text, candidate, published)
        return [NOT_A_DATE]

    def _names_an_event(self, text: str, candidate: Candidate) -> bool:
        """``17 Ağustos depremi``, ``Kasım toplantısı``: a day and month, or a month, without a year or a
        suffix before an event noun."""
        g = candidate.groups
        bare = candidate.kind in ("date", "month") and not g.get("y1") and text[candidate.end - 1].isalpha()
        nouns = self.event_nouns + (self.period_nouns if candidate.kind == "date" else ())  # "Ocak-Aralık dönemi"
        return bare and g["m1"] == text[candidate.end - len(g["m1"]) : candidate.end] and names_an_event(
            text, candidate.end, nouns
        )

    def _named_event_past(self, text: str, candidate: Candidate) -> bool:
        """A named event is past when its clause says so; an era named by its first day (``28 Şubat
        süreci``) unless the clause says it is to come."""
        tense = self.tense.tense_after(text, candidate.end)
        return tense == PAST or names_an_event(text, candidate.end, self.past_nouns) \
            or (tense != FUTURE and names_an_event(text, candidate.end, self.period_nouns))

    def _known_event_day(self, text: str, candidate: Candidate) -> list | None:
        g = candidate.groups
        if candidate.kind != "date" or g.get("y1") or not g.get("d1"):
            return None
        return day_of_a_known_event(text, candidate.end, int(g["d1"]), self._month(g["m1"]), self.event_days)

    def _month(self, name: str) -> int:
        return self.month_table.number(name)

    def _day_values(self, text: str, candidate: Candidate, published: dt.date | None, written: Written) -> list:
        g = candidate.groups
        second_month = self._month(g["m2"]) if g.get("m2") else None
        first_month = self._month(g["m1"]) if g.get("m1") and not g["m1"].isdigit() else None
        if candidate.kind == "numeric":
            first_month = int(g["m1"])
        if candidate.kind == "day_range":
            first_month = second_month
        days = [(int(g["d1"]), first_month, g.get("y1") or g.get("y2"))] if g.get("d1") else []
        if candidate.kind == "day_list":  # "21-22-23 Ekim": the listed days take the month of the last
            days = [(int(day), second_month, g.get("y2")) for day in re.findall(r"\d+", g["list"])]
        if g.get("d2"):
            days.append((int(g["d2"]), second_month, g.get("y2") or g.get("y1")))
        if g.get("glued") and not self._glued_to_month(text, candidate):
            return [NOT_A_DATE]
        if len(days) > 1 and not any(year for _, _, year in days):  # "5-11 Mart": one range, one year
            implied = [self.years.implied_year(text, candidate, published, written, month, day) for day, month, _ in days]
            future = self.tense.tense_of_date(text, candidate.start, candidate.end) == FUTURE
            days = [(day, month, year) for (day, month, _), year in zip(days, one_year_for_a_range(days, implied, future))]
        values = []
        for day, month, year in days:
            if year is None:
                year = self.years.implied_year(text, candidate, published, written, month, day)
            moment = safe_date(int(year), month, day) if year else None
            if year and moment is None:
                return [NOT_A_DATE]  # 31 Şubat, 45.13.2020
            values.append(moment.isoformat() if moment else None)
        return values

    def _glued_to_month(self, text: str, candidate: Candidate) -> bool:
        """``24 Ekimde``, ``3 Aralıkta``: a case the last month of a day's date takes, glued to it
        (not to its year: ``15 Mart 2026`` is followed by no case letters)."""
        g = candidate.groups
        written, glued = g.get("m2") or g["m1"], g["glued"]
        month_end = candidate.end - len(glued)
        return text[month_end - len(written) : month_end] == written and glued_case_fits(written, glued, True)


@Language.factory(
    "trnews_dates",
    requires=[*group_attrs("trnews_money"), "doc._.trnews_amount_offsets"],
    assigns=[*group_attrs("trnews_date"), "doc.spans"],
    default_config={
        "months": "months.tsv", "relative": "relative_dates.tsv", "weekdays": "weekdays.tsv",
        "tense_cues": "tense_cues.tsv", "horizons": "year_horizons.tsv", "name_heads": "date_name_heads.tsv",
        "event_nouns": "date_event_nouns.tsv", "event_days": "named_event_days.tsv",
    },
)  # fmt: skip
def make_dates_stage(
    nlp: Language, name: str, months: str, relative: str, weekdays: str, tense_cues: str, horizons: str,
    name_heads: str, event_nouns: str, event_days: str,
) -> DateStage:
    return DateStage.build(
        months=months, relative=relative, weekdays=weekdays, tense_cues=tense_cues, horizons=horizons,
        name_heads=name_heads, event_nouns=event_nouns, event_days=event_days,
    )  # fmt: skip
