"""A weekday's date: ``Cuma günü``, ``geçen Pazartesi``, ``bu Cuma``, ``gelecek hafta Salı``, and
``pazartesi`` in lower case, resolved against the publication date and the tense of its clause.

A capitalized weekday alone, or one that is also an ordinary word (``Pazar``: a market), names
no day (``Cuma namazı``, ``Pazar yeri``) unless a direction, ``günü`` or ``hafta`` says it does;
one written before an apostrophe after a capitalized word is part of a name (``Novi Pazar'ın``), and one
after ``her`` is every such day (``her çarşamba akşamı``, a slot: ``salı akşamı kuşağında``), one before ``yerine`` the
day given up (``salı yerine perşembe``), and one before ``olsa`` a supposition (``bu
pazar seçim olsa``).

A case glued to a weekday before a postposition of time is a day too: ``perşembeye kadar``, ``cumartesiden
itibaren``, ``pazartesiden bu yana``; the ending must be the one the name takes (``salıya``, ``pazara``,
``perşembeden``), and ``pazara kadar`` alone may be "as far as the market": an ambiguous name takes the dative
only with a direction (``gelecek pazara kadar``).

Weekdays before a plural (``salı günleri``, ``perşembe ile cuma günleri``) are every such day, unless a week is
named before the list: ``bu hafta salı, çarşamba ve perşembe günleri`` are the days of that week. A weekday opening
a line before a colon heads a programme's day (``Pazartesi: Kabine toplanacak.``): a day, the one ahead (today
included) unless its line tells of the past. A weekday of a clause to come is the next one, not the day of
publication (``perşembe günü toplanacak`` on a Thursday is a week later: a writer says ``bugün``), unless a verb in
the past reports it (``pazartesi ağırlayacağı bildirilmişti``: to come when it was said). One in the dative before
``kadar`` in a clause not past is ahead (``en geç perşembe akşamına kadar ödemeleri gerekiyor``: a
deadline).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.dates.grammar import EVERY_WEEK, WEEKDAY_JOINT, alternation
from pipeline.dates.names import after_a_capitalized_word
from pipeline.dates.relations import NOT_A_DATE, Candidate
from pipeline.lang.tr.calendar import weekday_near
from pipeline.lang.tr.morphology import VOWELS, suffix_after
from pipeline.lang.tr.tense import FUTURE, PAST, TenseReader
from pipeline.lang.tr.text import APOSTROPHES, sentence_end, turkish_lower

_WEEK_BEFORE = re.compile(r"(?<![^\W_])hafta(?:ya)? $", re.IGNORECASE)
#: "Bu pazar seçim olsa": the pollsters' question, a day that is no event's
_IF_IT_WERE = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s+olsa(?:ydı)?(?![^\W_])", re.IGNORECASE)
#: "her Çarşamba akşamı", "her cuma": every such weekday, no one day
_EVERY_BEFORE = re.compile(r"(?<![^\W_])her\s+$", re.IGNORECASE)
#: "yarın ve perşembe günü": a weekday said with tomorrow is one of the days ahead, whatever the verb
_AFTER_TOMORROW = re.compile(r"(?<![^\W_])yarın\s+(?:ve|ile|veya)\s+$", re.IGNORECASE)
#: "pazartesi hariç", "pazartesi dışında": every week's day left out of a schedule; "salı yerine perşembe günü":
#: the day it is no longer on
_EXCEPT_AFTER = re.compile(r"(?:\s+günleri)?\s+(?:hariç|dışında|yerine)(?![^\W_])", re.IGNORECASE)
#: "salı akşamı kuşağında", "cuma akşamı yayın kuşağında": a broadcast's slot, every week's
_SLOT_AFTER = re.compile(r"(?:\s+[^\W\d_]+)?\s+kuşa[kğ]", re.IGNORECASE)
#: "Pazartesi: Kabine toplanacak.", "- Çarşamba günü: ...": a weekday opening its line (after a bullet) before a colon
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t•·*\-–]*$")
_COLON_AFTER = re.compile(r"[ \t]*:")
#: a weekday (with its part of the day) in the dative before "kadar": "perşembe akşamına kadar", "cumaya kadar"
_DATIVE_DEADLINE = re.compile(r"(?:[ae]|n[ae]|y[ae])$")
_UNTIL_AFTER = re.compile(r"\s+kadar(?![^\W_])")
_LAST_WORD = re.compile(r"[^\W\d_]+")


class WeekdayReader:
    def __init__(self, weekdays: dict[str, int], ambiguous: set[str], directions: dict[str, int],
                 tense: TenseReader) -> None:
        self.weekdays = weekdays  #: folded name -> ISO weekday
        self.ambiguous = ambiguous  #: weekdays that are ordinary words too (``pazar``)
        self.directions = directions  #: ``geçen`` -> -1, ``bu`` -> 0, ``gelecek`` -> 1
        self.tense = tense
        names, directions = alternation(list(weekdays)), alternation(list(directions))
        #: the rest of a list of weekdays before a plural: "(salı), çarşamba ve perşembe günleri"
        self.every_week_after = re.compile(f"(?:{WEEKDAY_JOINT}(?:{names}))*\\s+{EVERY_WEEK}")
        #: a week named before a list of weekdays: "bu hafta salı, (çarşamba)", "gelecek haftanın (pazartesi)"
        self.week_before_list = re.compile(
            f"(?<![^\\W_])(?P<dir>{directions})\\s+hafta(?:nın)?\\s+(?:(?:{names}){WEEKDAY_JOINT})*$"
        )

    def values(self, text: str, candidate: Candidate, published: dt.date | None) -> list:
        """The candidate's date (ISO), ``[None]`` without a publication date, or ``[NOT_A_DATE]``."""
        name, direction, cue = candidate.groups["w"], candidate.groups.get("dir"), candidate.groups.get("cue") or ""
        week_before = _WEEK_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
        week_of_list = self.week_before_list.search(text, max(0, candidate.start - 80), candidate.start)
        if self.every_week_after.match(text, candidate.end) and not week_of_list:
            return [NOT_A_DATE]  # "perşembe ile cuma günleri açık": every such day
        header = bool(_LINE_OPENING.search(text, max(0, candidate.start - 10), candidate.start)) \
            and _COLON_AFTER.match(text, candidate.end) is not None  # "Pazartesi: Kabine toplanacak."
        alone = not direction and not cue and not week_before and not week_of_list and not header
        if alone and (not name.islower() or turkish_lower(name) in self.ambiguous):
            return [NOT_A_DATE]  # "Cuma namazı", "Pazar yeri"; but "gelecek hafta Cuma", "pazartesi geldi" are days
        glued = candidate.groups.get("glued")
        if glued and not _glued_case_fits(name, glued, bool(direction) or turkish_lower(name) not in self.ambiguous):
            return [NOT_A_DATE]  # "salıdan" but not "salıden"; "pazara kadar yürüdü": maybe the market
        if not direction and cue[:1] and cue[:1] in APOSTROPHES and after_a_capitalized_word(text, candidate.start):
            return [NOT_A_DATE]  # "Novi Pazar'ın": part of a name
        if not direction and _EVERY_BEFORE.search(text, max(0, candidate.start - 5), candidate.start):
            return [NOT_A_DATE]  # "her çarşamba akşamı ücretsiz": every Wednesday
        if not direction and _EXCEPT_AFTER.match(text, candidate.end):
            return [NOT_A_DATE]  # "pazartesi hariç her gün açık": the day of every week it is shut
        if not direction and _SLOT_AFTER.match(text, candidate.end):
            return [NOT_A_DATE]  # "salı akşamı kuşağında yayınlanacak": the weekly slot
        if _IF_IT_WERE.match(text, candidate.end):
            return [NOT_A_DATE]  # "bu pazar seçim olsa": if there were an election this Sunday
        if published is None:
            return [None]
        weekday = self.weekdays[turkish_lower(name)]
        if week_of_list:  # "bu hafta salı, çarşamba ve perşembe günleri": the days of that week
            step = self.directions[turkish_lower(week_of_list.group("dir"))]
            return [(published + dt.timedelta(days=weekday - published.isoweekday() + 7 * step)).isoformat()]
        if direction:  # "önümüzdeki Cuma", "geçen Pazartesi": never the day of publication itself
            step = self.directions[turkish_lower(direction)]
            if step == 0:  # "bu Cuma": the Friday of the week of publication
                return [(published + dt.timedelta(days=weekday - published.isoweekday())).isoformat()]
            return [weekday_near(published + dt.timedelta(days=step), weekday, step > 0).isoformat()]
        tense = self.tense.tense_of_date(text, candidate.start, candidate.end)
        deadline = tense != PAST and _DATIVE_DEADLINE.search(cue) is not None and _UNTIL_AFTER.match(text, candidate.end)
        if header:  # a programme's day: ahead, today included, unless its line tells of the past
            return [weekday_near(published, weekday, tense != PAST).isoformat()]
        future = tense == FUTURE or bool(deadline) \
            or _AFTER_TOMORROW.search(text, max(0, candidate.start - 15), candidate.start) is not None
        day = weekday_near(published, weekday, future)
        if tense == FUTURE and day == published and not self._reported_in_the_past(text, candidate.end):
            day += dt.timedelta(days=7)  # "perşembe günü toplanacak" on a Thursday: the next one
        return [day.isoformat()]

    def _reported_in_the_past(self, text: str, end: int) -> bool:
        """Whether the sentence after ``end`` ends in a verb in the past (``... pazartesi ağırlayacağı
        bildirilmişti``): what was to come when it was said may be today."""
        words = _LAST_WORD.findall(text, end, sentence_end(text, end))
        return bool(words) and self.tense.word_tense(words[-1], True) == PAST


def _glued_case_fits(name: str, glued: str, dative: bool) -> bool:
    """Whether ``glued`` is the ablative, or where ``dative`` allows it the dative, that the weekday ``name``
    takes: ``cumartesi|den``, ``salı|dan``, ``perşembe|ye``, ``pazar|a``."""
    folded = turkish_lower(name)
    dative_form = suffix_after(folded, "yA" if folded[-1] in VOWELS else "A")
    return turkish_lower(glued) in {suffix_after(folded, "DAn"), *([dative_form] if dative else [])}
