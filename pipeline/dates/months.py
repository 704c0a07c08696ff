"""Month names: the table of ``data/months.tsv`` and the reading of a month written without a day.

A month alone is the hardest candidate of the stage: ``ekim`` is also sowing, ``aralık`` an
interval, ``Kasım`` and ``Haziran`` given names. ``MonthReader.alone`` keeps it only where the
text says it is a month (a cue such as ``ayında``, a glued case before a verb, a pair) and gives
its year from the direction word or the clause's tense.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from pipeline.dates.grammar import MonthPairs
from pipeline.dates.implied_years import YearReader
from pipeline.dates.inflection import counted_before, glued_case_fits, written_as_a_month_elsewhere
from pipeline.dates.relations import NOT_A_DATE, Candidate, Written
from pipeline.dates.relative import said_of_every_year
from pipeline.lang.tr.calendar import iso, month_in_direction, year_in_tense
from pipeline.lang.tr.tense import PAST, TenseReader
from pipeline.lang.tr.text import turkish_lower
from pipeline.resources import read_tsv

_NEXT_WORD_CAPITALIZED = re.compile(r"\s+[A-ZÇĞİÖŞÜ]")
#: A month in the nominative naming the period a set of figures covers, before the figures' noun: "şubat ayı
#: bülten verilerini", "Ocak enflasyonu", "mart ayı dış ticaret rakamları": a period already over (or under way)
#: when its figures are published, never a month to come, whatever the verb ("... perşembe günü yayımlayacak")
_DATA_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:veri|rakam|istatistik|bülten|enflasyon|endeks)[^\W\d_]*", re.IGNORECASE
)

#: "ocak ayına ilişkin", "Şubat'a ait", "mart ayına dair": the period the figures after it concern
_CONCERNING = re.compile(r"\s+(?:ilişkin|ait|dair)(?![^\W_])", re.IGNORECASE)
_DATIVE_CUE = re.compile(r"(?:ayı|['’])?n?[ae]$")


class MonthTable:
    """``data/months.tsv``: every written form of a month -> its number, with the forms that are
    also other words (``ambiguous``: ``Kasım``) and those that are nouns in lower case (``ocak``)."""

    def __init__(self, path: str) -> None:
        self.numbers: dict[str, int] = {}
        self.ambiguous: set[str] = set()
        self.nouns: set[str] = set()
        for row in read_tsv(path):
            name = turkish_lower(row["name"])
            self.numbers[name] = int(row["month"])
            if row["ambiguous"] == "yes":
                self.ambiguous.add(name)
            if row["noun"] == "yes":  # "ocak", "ekim", "aralık": a noun in lower case too
                self.nouns.add(name)

    def number(self, name: str) -> int:
        return self.numbers[turkish_lower(name)]


class MonthReader:
    """The values of a month written without a day (``Aralık ayında``, ``haziranda``,
    ``geçtiğimiz Temmuz ayında``)."""

    def __init__(
        self, table: MonthTable, pairs: MonthPairs, years: YearReader, tense: TenseReader,
        directions: dict[str, int], names_an_event: Callable[[str, Candidate], bool],
    ) -> None:  # fmt: skip
        self.table, self.pairs, self.years, self.tense = table, pairs, years, tense
        self.directions, self.names_an_event = directions, names_an_event

    def alone(self, text: str, candidate: Candidate, published: dt.date | None, written: Written) -> list:
        name, cue, direction = candidate.groups["m1"], candidate.groups.get("cue"), candidate.groups.get("dir")
        folded = turkish_lower(name)
        said_to_be_a_month = bool(cue) and cue[:1].isspace() and turkish_lower(cue.strip()) != "ay" \
            or bool(candidate.groups.get("genitive"))  # "aralık ayında", "ağustosun sonunda"
        if candidate.groups.get("glued"):  # "haziranda", "nisanda"; "ocakta" only where the text names January
            if not glued_case_fits(name, cue) or (  # elsewhere or a verb to come closes its clause ("ocakta açılacak.")
                folded in self.table.nouns and not written_as_a_month_elsewhere(text, folded)
                and not self.pairs.second_of_a_pair(text, candidate.start)
                and (direction or counted_before(text, candidate.start)  # "bu aralıkta", "30-32 aralıkta"
                     or not self.tense.closed_by_a_verb_to_come(text, candidate.end))
            ):
                return [NOT_A_DATE]
            said_to_be_a_month = True
        pair = None if cue or direction else self.pairs.first_of_a_pair(text, candidate.end)  # "Ocak ve Şubat aylarında"
        if direction and self.directions[turkish_lower(direction)]:
            said_to_be_a_month = True  # "geçen ekim", "gelecek aralık"; "bu ocak" may be a mine
        if not name[0].isupper() and not said_to_be_a_month and not pair:
            return [NOT_A_DATE]  # "ekim" is sowing, "aralık" an interval
        cue = cue or direction or pair
        if folded in self.table.ambiguous and not cue and not self.names_an_event(text, candidate):
            return [NOT_A_DATE]  # but "Kasım toplantısında", "Kasım seçimleri" name the month's event
        if not cue and _NEXT_WORD_CAPITALIZED.match(text, candidate.end):
            return [NOT_A_DATE]  # Eylül Yılmaz, Haziran Kaya: given names
        if not direction and said_of_every_year(text, candidate.start):
            return [NOT_A_DATE]  # "her yıl kasımda açılan kayak sezonu": a month of every year
        month = self.table.numbers[folded]
        if direction:  # "geçtiğimiz Temmuz ayında": the last July before publication
            if published is None:
                return [None]
            step = self.directions[turkish_lower(direction)]
            if step == 0:  # "bu Mart ayında": the March of the year of publication
                return [f"{published.year:04d}-{month:02d}"]
            return [iso(month_in_direction(published, month, step), "month")]
        if published is not None and labels_figures(text, candidate):
            return [f"{year_in_tense(month, None, published, PAST):04d}-{month:02d}"]  # "şubat ayı verilerini"
        year = self.years.implied_year(text, candidate, published, written, month, None)
        return [f"{int(year):04d}-{month:02d}" if year else None]


def labels_figures(text: str, candidate: Candidate) -> bool:
    """Whether the month at ``candidate``, in the nominative (bare or with ``ayı``), names the period of figures
    after it (``şubat ayı bülten verilerini``, ``Ocak enflasyonu``), or in the dative before ``ilişkin``, ``ait``
    or ``dair`` (``ocak ayına ilişkin sanayi üretimi verilerini açıklayacak``: January's, already over)."""
    cue = turkish_lower((candidate.groups.get("cue") or "").strip())
    if not cue or cue == "ayı":
        return _DATA_AFTER.match(text, candidate.end) is not None
    concerning = _CONCERNING.match(text, candidate.end) if _DATIVE_CUE.search(cue) else None
    return concerning is not None and _DATA_AFTER.match(text, concerning.end()) is not None
