"""Relative date phrases (``data/relative_dates.tsv``) and when they are no date.

``RelativeLexicon`` reads the phrases (``dün``, ``geçen hafta``, ``yıl sonunda``), their locative and
ablative forms (``gelecek yıldan``: ``inflection.case_forms``) and the words that say which month or
weekday is meant (``geçtiğimiz Temmuz``); ``reading`` gives a phrase's unit and offset from the
publication date in its context, or None where it is no date:

- ``her geçen yıl``: every passing year;
- ``bu hafta sonu``: a weekend, no week;
- a dative noun after a modifier (``yeni bir haftaya``, ``son 3 haftaya``): the noun, not "next week";
- a case form before a comparison (``geçen yıldan daha yüksek``): a base of comparison;
- ``bugün`` in a sentence with no verb of something happening (``kasabanın nüfusu bugün on iki bin``), or
  with a word that says so (``bugün geriye dönüp baktığımızda``, ``bugün artık``: ``says_nowadays``), or set
  against a past time in a ``-ken`` clause before it (``2004'te bir maaşla on gram alınırken, bugün``), or saying
  what a thing is now before its noun (``bugün müze olan han``, ``bugün depo olarak kullanılan bina``), or in a
  question whose verb tells no past nor future (``bugün en çok neden şikâyet ediyor?``): nowadays;
- a month after ``her yıl`` in its sentence (``her yıl kasımda açılan kayak sezonu``, ``her yılın aralık ayında``):
  a month of every year, unless the sentence also names this year (``her yıl olduğu gibi bu yıl da``).

The end or start of the current period (``yıl sonunda``, ``ay başında``) moves by the clause's tense
(``calendar.period_edge_shift``). A counted offset (``3 yıl sonra``) counts from publication only when
nothing else anchors it: ``depremden iki gün sonra``, ``2011'de kurulan dernek 5 yıl sonra kapandı``
count from another event (``counted_from_another_event``); so does one after which the clause is in the past
(``dokuz ay sonra ilk kez tek haneye geriledi``, ``iki hafta sonra köprü yeniden açıldı``): a time later than today cannot be
told as past, so it is later than a time of the story.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.dates.inflection import case_forms
from pipeline.lang.tr.calendar import iso, period_edge_shift, shift_by_counts
from pipeline.lang.tr.numbers import parse_turkish_number
from pipeline.lang.tr.tense import FUTURE, PAST, TenseReader
from pipeline.lang.tr.text import sentence_bounds, sentence_end, turkish_lower
from pipeline.resources import read_tsv

#: A lower-case word or a number right before: it modifies the noun after it ("bir haftaya", "3 haftaya").
_MODIFIER_BEFORE = re.compile(r"(?:(?<![^\W_])[a-zçğıöşü][^\W\d_]*|\d+\.?)[ ]+$")
_EVERY_BEFORE = re.compile(r"(?<![^\W_])[Hh]er\s+$")
#: The noun an offset counts from, in the ablative, hedges between: "seçimden yaklaşık üç ay sonra", a name's
#: after an apostrophe ("Fukuşima'dan 15 yıl sonra": from the disaster)
_FROM_BEFORE = re.compile(
    r"(?<![^\W_])([^\W\d_]+(?:['’][^\W\d_]*)?[dt][ae]n)\s+(?:(?:tam|yaklaşık|takriben|neredeyse)\s+)*$", re.IGNORECASE
)
#: "bundan tam bir yıl önce": counted from now; "öte yandan", "diğer taraftan": connectives, no anchor
_NO_ANCHOR = frozenset({"bundan", "bugünden", "şimdiden", "yandan", "taraftan"})
#: "bu hafta sonu", "geçen hafta sonunda": a weekend, which has no ISO value of its own
_WEEKEND_AFTER = re.compile(r"\s+sonu(?![^\W_])|\s+sonun(?:da|a|dan)(?![^\W_])", re.IGNORECASE)
#: "bugün itibarıyla": as of today, a day whatever else the sentence says
_AS_OF_AFTER = re.compile(r"\s+itibar[ıi]", re.IGNORECASE)
#: A clause in -ken right before: "... yaşanırken, bugün", "... iken bugün" (then, while now)
_WHILE_BEFORE = re.compile(r"(?<![^\W_])(?:[^\W\d_]+ken|iken),?\s+$")
#: A past time in that clause: a year, "yirmi yıl önce", "eskiden", "o yıllarda", "bir zamanlar"
_THEN = re.compile(
    r"(?<![\d.,])(?:1\d|20)\d\d(?!\d)|(?<![^\W_])(?:(?:yıl|sene)(?:lar)?\s+önce|eskiden|bir\s+zamanlar|o\s+(?:yıl|dönem|zaman|gün)"
    r"[^\W\d_]*)",
    re.IGNORECASE,
)
#: What a thing is now, in a clause before its noun: "bugün müze olan yapılar", "bugün depo olarak kullanılan han"
_STATE_NOW_AFTER = re.compile(
    r"\s+((?:[^\W\d_]+\s+){1,3})(?:olan|olarak\s+(?:kullanılan|bilinen|hizmet\s+veren))(?![^\W_])", re.IGNORECASE
)
#: A word in the locative or with "ile" (being somewhere, with someone): "bugün burada bizimle olan" is that day
_WHERE_OR_WITH = re.compile(r"(?:[dt][ae]|[yn]?l[ae])$")
#: "her yıl", "her sene", "her yılın": what follows in the sentence happens every year
_EVERY_YEAR = re.compile(r"(?<![^\W_])(?:her\s+(?:yıl|sene)(?:ın|nin)?|genellikle|genelde|çoğunlukla)(?![^\W_])",
                         re.IGNORECASE)
_THIS_YEAR = re.compile(r"(?<![^\W_])bu\s+(?:yıl|sene)", re.IGNORECASE)
#: A day's adjective: "dünkü", "bugünkü", "yarınki" (dates only a noun of an event after it)
_ADJECTIVE_IN_KI = re.compile(r"k[iü]$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[:;]")
_COMPARED = re.compile(r"\s+(?:aynı|göre|oranla|kıyasla|nazaran|daha|fazla|az)(?![^\W_])")


@dataclass(frozen=True, slots=True)
class RelativePhrase:
    unit: str
    offset: int
    dative_noun: bool = False
    nowadays: bool = False
    edge: str = "-"
    inflected: bool = False


class RelativeLexicon:
    def __init__(self, path: str) -> None:
        self.phrases: dict[str, RelativePhrase] = {}
        #: "geçtiğimiz Temmuz ayında": the last July before publication; "bu Cuma": this week's
        self.directions: dict[str, int] = {}
        nowadays_words, event_nouns = [], []
        for row in read_tsv(path):
            phrase, offset = turkish_lower(row["phrase"]), int(row["offset"])
            if row["unit"] == "nowadays":
                nowadays_words.append(re.escape(phrase).replace(r"\ ", r"\s+"))
                continue
            if row["unit"] == "event":
                event_nouns.append(re.escape(phrase).replace(r"\ ", r"\s+"))  # "resmi gazete"
                continue
            if row["unit"] == "named":
                self.directions[phrase] = offset
                continue
            self.phrases[phrase] = RelativePhrase(
                row["unit"], offset, row.get("dative_noun") == "yes", row.get("nowadays") == "yes", row.get("edge", "-")
            )
        for phrase, entry in list(self.phrases.items()):
            if " " in phrase and entry.unit != "day":  # "gelecek yıldan", "geçen yılda"
                for form in case_forms(phrase):
                    self.phrases[form] = RelativePhrase(entry.unit, entry.offset, inflected=True)
        #: "bugün geriye dönüp baktığımızda", "bugün gelinen noktada", "bugün artık": nowadays, whatever the verb
        self.nowadays_words = re.compile(rf"(?<![^\W_])(?:{'|'.join(nowadays_words) or '(?!)'})")
        #: "dünkü toplantıda": a noun of an event in the two words after a day's adjective in -ki
        self.event_after = re.compile(
            rf"(?:\s+[^\W\d_]+)?\s+(?:{'|'.join(event_nouns) or '(?!)'})", re.IGNORECASE
        )

    def reading(self, text: str, start: int, end: int, tense: TenseReader) -> tuple[str, int] | None:
        """The unit and offset of the phrase at ``text[start:end]``, or None where it is no date."""
        entry = self.phrases[turkish_lower(text[start:end])]
        before = text[max(0, start - 40) : start]
        if _EVERY_BEFORE.search(before) or (entry.dative_noun and _MODIFIER_BEFORE.search(before)):
            return None
        if entry.unit == "week" and _WEEKEND_AFTER.match(text, end):
            return None
        if _ADJECTIVE_IN_KI.search(text, start, end) and not self.event_after.match(turkish_lower(text[end : end + 60])):
            return None  # "bugünkü Türkiye", "dünkü çocuk": no event of that day
        if entry.inflected and compared_after(text, end):
            return None
        if entry.nowadays and (
            self.says_nowadays(text, start, end) or not tense.tells_an_event(text, end) or set_against_then(text, start)
            or says_what_it_is_now(text, end) or asked_of_nowadays(text, end, tense)
        ):
            return None
        if entry.edge == "-":
            return entry.unit, entry.offset
        return entry.unit, entry.offset + period_edge_shift(entry.edge, tense.tense_after(text, end))

    def says_nowadays(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence of the phrase at ``start:end`` has a word that makes it "nowadays"
        (``data/relative_dates.tsv``, unit ``nowadays``); ``bugün itibarıyla`` (as of today) stays a day."""
        if _AS_OF_AFTER.match(text, end):
            return False
        sentence_start, sentence_stop = sentence_bounds(text, start, end)
        return self.nowadays_words.search(turkish_lower(text[sentence_start:sentence_stop])) is not None


def set_against_then(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` follows a ``-ken`` clause of its sentence that names a past time:
    ``2004 yılında bir maaşla on gram alınırken, bugün iki gram alınamıyor`` (then and now)."""
    sentence_start = sentence_bounds(text, start, start)[0]
    return bool(_WHILE_BEFORE.search(text, max(sentence_start, start - 40), start)) and bool(
        _THEN.search(text, sentence_start, start)
    )


def says_what_it_is_now(text: str, end: int) -> bool:
    """Whether the ``bugün`` ending at ``end`` opens a clause saying what a thing is now, before its noun:
    ``bugün müze olan han``, ``bugün depo olarak kullanılan bina`` (its nouns bare). Not ``bugün itibarıyla
    geçerli olan`` (as of today), nor ``bugün burada bizimle olan`` (being there that day)."""
    clause = _STATE_NOW_AFTER.match(text, end)
    if clause is None or _AS_OF_AFTER.match(text, end):
        return False
    return not any(_WHERE_OR_WITH.search(turkish_lower(word)) for word in clause.group(1).split())


def asked_of_nowadays(text: str, end: int, tense: TenseReader) -> bool:
    """Whether the ``bugün`` ending at ``end`` stands in a question whose verb tells no past nor future: ``Sanayici
    bugün en çok neden şikâyet ediyor?`` asks about nowadays; ``Bugün ne oldu?`` and ``Bugün toplanacak mı?``
    ask about the day; a question after a colon is another clause's (``Apple iPhone'u bugün tanıtıyor: Beklenen
    özellikler neler?``)."""
    stop = sentence_end(text, end)
    return text.startswith("?", stop) and not _CLAUSE_BREAK.search(text, end, stop) \
        and tense.tense_after(text, end) not in (PAST, FUTURE)


def said_of_every_year(text: str, start: int) -> bool:
    """Whether ``her yıl`` (or a habit: ``genellikle``) stands before ``start`` in its sentence, and the
    sentence does not name this year: ``her yıl kasımda açılıp şubata dek süren kayak sezonu``, ``vakalar
    genellikle nisan ayında başlıyor`` tell a month of every year, no event."""
    sentence_start, sentence_stop = sentence_bounds(text, start, start)
    return bool(_EVERY_YEAR.search(text, sentence_start, start)) and not _THIS_YEAR.search(
        text, sentence_start, sentence_stop
    )


def compared_after(text: str, end: int) -> bool:
    """Whether a comparison word follows: ``geçen yıldan daha yüksek``, ``bir önceki yılın aynı gününe göre``."""
    return _COMPARED.match(text, end) is not None


def ablative_before(text: str, start: int) -> re.Match | None:
    """The noun in the ablative right before the offset at ``start`` (``depremden`` in ``depremden iki gün
    sonra``; not ``bundan``), its word the match's group 1; None where there is none."""
    before = _FROM_BEFORE.search(text, max(0, start - 60), start)
    return before if before and turkish_lower(before.group(1)) not in _NO_ANCHOR else None


def counted_from_another_event(text: str, start: int, dated: re.Pattern) -> bool:
    """Whether the offset at ``start`` counts from another event than publication: a noun in the ablative
    right before it (``depremden iki gün sonra``; not ``bundan``), or a date written earlier in its
    sentence (``dated``: a year or a day and month: ``2011'de kurulan dernek 5 yıl sonra kapandı``)."""
    if ablative_before(text, start) is not None:
        return True
    sentence_start = sentence_bounds(text, start, start)[0]
    return dated.search(text, sentence_start, start) is not None


_COUNTED_UNIT = re.compile(r"(\S+(?: \S+)*?) (gün|hafta|ay|yıl|sene),? ?")
_OFFSET_UNITS = {"gün": "day", "hafta": "week", "ay": "month", "yıl": "year"}
#: the precision of a value counted in a unit: a count of weeks is one of seven days each, a day (``iki hafta
#: sonra``), not a calendar week (``gelecek hafta``, which no annotation of real news lists)
_PRECISION = {"week": "day"}


#: "tam bir yıl önce", "bundan tam iki ay sonra": exactly that long, to the day
_EXACTLY_BEFORE = re.compile(r"(?<![^\W_])[Tt]am\s+$")


def exactly_counted(text: str, start: int) -> bool:
    """Whether ``tam`` (exactly) stands before the offset at ``start``: ``tam bir yıl önce`` is the day
    one year before publication (an anniversary), not that year."""
    return _EXACTLY_BEFORE.search(text, max(0, start - 10), start) is not None


def offset_counts(counts_text: str) -> list[tuple[int, str]] | None:
    """``3 yıl 4 ay``: each count with its unit (``sene`` read as ``yıl``), None when one is no whole
    number up to 1000."""
    counts = []
    for count_text, unit in _COUNTED_UNIT.findall(counts_text):
        count = parse_turkish_number(count_text)
        if count is None or count != int(count) or count > 1000:
            return None
        counts.append((int(count), "yıl" if unit == "sene" else unit))
    return counts


def counted_offset(counts_text: str, way: str, published: dt.date | None, exact: bool = False) -> list | None:
    """``3 gün önce``; ``3 yıl 4 ay sonra`` (several counts: the smallest unit is the precision, a day for weeks:
    ``_PRECISION``; ``exact``, after ``tam``: the day): the value, ``[None]`` without a publication date, None when a count is no
    count of days or years."""
    counts = offset_counts(counts_text)
    if counts is None:
        return None
    if published is None:
        return [None]
    sign = -1 if way == "önce" else 1
    moment = shift_by_counts(published, [(_OFFSET_UNITS[unit], sign * count) for count, unit in counts])
    unit = _OFFSET_UNITS[counts[-1][1]]
    return [iso(moment, "day" if exact else _PRECISION.get(unit, unit)) if moment else None]
