"""Years and days that belong to a name, not to an event (pure functions on text).

- A place or an institution named after a date: ``29 Ekim Caddesi``, ``19 Mayıs Üniversitesi'nde``,
  ``30 Ağustos Zafer Meydanı``: the date is followed by capitalized words ending in a head word
  of ``data/date_name_heads.tsv``.
- The horizon of a plan: ``2040 Vizyonu``, ``2024-2028 Bölgesel Kalkınma Yol Haritası``: a year or span of
  years followed by capitalized words one of which starts with a stem of ``data/year_horizons.tsv``.
- A day and month opening the name of an observance (``19 Ekim Muhtarlar Günü``): a date of the
  year nearest publication (``implied_years``).
- A day and month naming an event: ``17 Ağustos depremi``, ``15 Temmuz darbe girişimi``: no suffix on
  the date, a noun of ``data/date_event_nouns.tsv`` within the next words. The name's year is the one
  the text writes for that day elsewhere (``relations.named_events_dated``).
- A year that spans two calendar years: ``2031-2032 eğitim öğretim yılı``, ``2027-2028 mali yılında``:
  one school or fiscal year named by its two calendar years, not two event years. A span of years
  stays (``2003-2024 döneminde``, ``2020-2024 yıllarında``), and so does a season in which something
  happened (``2012-2013 sezonunda kazanılan kupa``: the names dev set lists both years of such a season).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.lang.tr.endings import spells_noun_endings
from pipeline.lang.tr.text import APOSTROPHES, turkish_lower

#: The capitalized words of a name, and "ve" inside it ("30 Ağustos Zafer ve Barış Parkı").
_NAME_WORD = re.compile(f" ([A-ZÇĞİÖŞÜ][^\\W\\d_]*(?:[{APOSTROPHES}][^\\W\\d_]+)?|ve)(?![^\\W_])")
#: How many words a name may hold between the date and its head.
MAX_NAME_WORDS = 4
#: How many words after a day and month may end an event's name ("14 Mayıs genel seçimleri").
EVENT_NAME_WORDS = 2
_EVENT_NAME_WORD = re.compile(r" ([^\W\d_]+)(?![^\W_]|[" + APOSTROPHES + "])")
#: Another day and month of a list before the noun both share: "17 Ağustos ve 12 Kasım depremlerinde"
_NEXT_DAY_OF_A_LIST = re.compile(r"(?:,|\s+(?:ve|ile|veya))\s+\d{1,2}\s+[A-ZÇĞİÖŞÜ][^\W\d_]*(?![^\W_]|['’])")
#: Two years joined by a dash or slash, up to three lower-case words (``eğitim-öğretim``), and ``yıl``
#: in the possessive of a compound (``yılı``, ``yılının``; not the plural ``yıllarında``).
_ONE_YEAR_OVER_TWO = re.compile(
    r"(?:1\d|20)\d\d\s?[-–/]\s?(?:(?:1\d|20)\d\d|\d\d)(?:\s+[a-zçğıöşü]+(?:-[a-zçğıöşü]+)?){0,3}"
    r"\s+yılı(?:n(?:ın|da|a|dan))?(?![^\W_])"
)


def names_a_place(text: str, offset: int, heads: frozenset[str]) -> bool:
    """Whether the words right after ``offset`` (the end of a date) end in the head of a place's or an
    institution's name (``heads``: folded) before a word that is not part of a name."""
    for _ in range(MAX_NAME_WORDS + 1):
        word = _NAME_WORD.match(text, offset)
        if word is None:
            return False
        folded = turkish_lower(re.sub(f"[{APOSTROPHES}]", "", word.group(1)))
        if any(_is_inflected(folded, head) for head in heads):
            return True
        offset = word.end()
    return False


#: heads of the names of days and weeks observed every year (``19 Ekim Muhtarlar Günü``, ``29 Ekim
#: Cumhuriyet Bayramı``, ``3-9 Kasım Organ Bağışı Haftası``)
OBSERVANCE_HEADS = frozenset({"günü", "haftası", "bayramı"})


def names_an_observance(text: str, offset: int) -> bool:
    """Whether the date ending at ``offset`` opens the name of a day or week observed every year:
    said around it, so its year is the one nearest publication, whatever the tense of the sentence
    (``19 Ekim Muhtarlar Günü dolayısıyla yayımladığı mesajında``, on 18 October)."""
    return names_a_place(text, offset, OBSERVANCE_HEADS)


def names_a_plan(text: str, offset: int, horizons: tuple[str, ...]) -> bool:
    """Whether the name right after ``offset`` (the end of a year or a span of years) is that of a
    plan whose horizon the years are: a capitalized word of it starts with a stem of ``horizons``
    (folded): ``2040 Vizyonu``, ``2024-2028 Bölgesel Kalkınma Yol Haritası``."""
    for _ in range(MAX_NAME_WORDS + 1):
        word = _NAME_WORD.match(text, offset)
        if word is None:
            return False
        if turkish_lower(text[word.start(1) : word.start(1) + 40]).startswith(horizons):
            return True
        offset = word.end()
    return False


#: A month naming a monthly session: "mart ayı olağan toplantısı", "Ekim Ayı Toplantıları", "nisan ayı meclis
#: oturumu" (a word of the session's name where the text gives the day it met)
_MONTHLY_SESSION = re.compile(
    r"(?:\s+ay[ıi])?(?:\s+(?:olağan(?:üstü)?|meclis|encümen|genel\s+kurul))*\s+(?:toplantı|oturum|birleşim)",
    re.IGNORECASE,
)


def names_a_session(text: str, start: int, end: int) -> bool:
    """Whether the month written at ``start:end`` names a monthly session (``mart ayı olağan toplantısı``):
    the month said with ``ayı`` in the nominative, before the session's noun."""
    session = _MONTHLY_SESSION.match(text, end)
    return session is not None and " ayı " in turkish_lower(text[start : session.end()])


def sessions_dated_by_day(text: str, found: list) -> list:
    """``found`` (candidate, values) without the months that only name a monthly session whose day the
    text also gives (``mart ayı olağan toplantısı dün yapıldı``: the day is the event's date, the month a
    word of the session's name); a session named by its month and no day keeps the month."""
    days = {value[:7] for _, values in found for value in values if value and len(value) == 10}
    return [
        (candidate, values) for candidate, values in found
        if not (len(values) == 1 and values[0] in days and names_a_session(text, candidate.start, candidate.end))
    ]


#: Before a number, a rank: "ilk 1000'e giren şirketler", "son 1500 içinde" (the top of a list), no year;
#: "en son 2010'da" is the last time something happened, a year.
_RANK_BEFORE = re.compile(r"(?<![^\W_])(?<![Ee]n )(?:[İi]lk|[Ss]on)\s+$")


def a_rank(text: str, start: int, end: int) -> bool:
    """Whether the year-like number at ``start:end`` follows ``ilk`` or ``son`` without ``yıl`` (``ilk
    1000'e``: a rank; ``ilk 2020 yılında`` stays a year, and so does ``en son 2010'da``, the last time)."""
    said_a_year = re.search(r"yıl|sene", text[start:end])
    return not said_a_year and _RANK_BEFORE.search(text, max(0, start - 6), start) is not None


#: the same number right after one in the dative: "1000'e 1000 formülüyle" (one for one), no year
_NUMBER_AFTER = re.compile(r"\s+(\d+)(?![\d.,])")
_DATIVE = re.compile(f"[{APOSTROPHES}]y?[ae]$")


def one_for_one(text: str, start: int, end: int, number: str) -> bool:
    """``1000'e 1000``: the count of an exchange, one for one (``2015'te 2 bin kişi`` stays a year)."""
    after = _NUMBER_AFTER.match(text, end)
    return after is not None and after.group(1) == number and _DATIVE.search(text, start, end) is not None


#: How long after a vote an article may name it by its day alone as the one just held (two months).
RECENT_VOTE_DAYS = 62


def names_an_event(text: str, offset: int, stems: tuple[str, ...]) -> bool:
    """Whether a day and month ending at ``offset`` (no year, no suffix) names an event: one of the
    next ``EVENT_NAME_WORDS`` words, in lower case or capitals, starts with a stem of ``stems``
    (folded): ``17 Ağustos depremi``, ``15 Temmuz darbe girişimi``, ``17 AĞUSTOS DEPREMİNİN``; the first day of a
    list shares the noun of the last (``17 Ağustos ve 12 Kasım depremlerinde``)."""
    while (other_day := _NEXT_DAY_OF_A_LIST.match(text, offset)) is not None:
        offset = other_day.end()
    for _ in range(EVENT_NAME_WORDS):
        word = _EVENT_NAME_WORD.match(text, offset)
        if word is None or not (word.group(1).islower() or word.group(1).isupper()):
            return False
        if turkish_lower(word.group(1)).startswith(stems):
            return True
        offset = word.end()
    return False


def a_recent_vote(text: str, end: int, value: str | None, published: dt.date | None, stems: tuple[str, ...]) -> bool:
    """Whether the day ending at ``end`` names a vote (``stems``: ``31 Mart seçimi``) held up to
    ``RECENT_VOTE_DAYS`` before publication, its ``value``, on a Sunday (when Turkey and most of Europe
    vote): the one just held, the news. A day of that name that was no Sunday is another year's vote
    (``30 Mart seçimlerinin`` yıl dönümü)."""
    if published is None or not value or len(value) != 10 or not names_an_event(text, end, stems):
        return False
    day = dt.date.fromisoformat(value)
    return day.isoweekday() == 7 and 0 <= (published - day).days <= RECENT_VOTE_DAYS


def names_one_year(text: str, start: int) -> bool:
    """Whether the two years at ``start`` name one school or fiscal year: ``2031-2032 eğitim öğretim yılının``."""
    return _ONE_YEAR_OVER_TWO.match(text, start) is not None


def _is_inflected(folded: str, head: str) -> bool:
    """``caddesinde`` is ``caddesi`` with endings; ``sokakçı`` is no form of ``sokak``."""
    return folded.startswith(head) and (folded == head or spells_noun_endings(folded[len(head) :]))


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")


def after_a_capitalized_word(text: str, offset: int) -> bool:
    """Whether the word before ``offset`` is capitalized: ``Novi Pazar'ın`` names a place, not a Sunday."""
    match = _PREVIOUS_WORD.search(text, max(0, offset - 40), offset)
    return bool(match) and match.group(1)[:1].isupper()


_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")
DATED = "tarihli"  #: "1961 tarihli baskı": the date a thing bears
#: the possessive of a compound's head, plural or not, before any case ("depremi", "seçimlerinin", "darbesinde")
_COMPOUND_ENDING = re.compile(r"(?:l[ae]r)?s?[ıiuü](?:n[^\W\d_]*)?$")


def year_of_event(text: str, end: int, event_nouns: tuple[str, ...]) -> bool:
    """``1999 depreminde``, ``1950 seçimlerinin``, ``2001 krizi``, ``1961 tarihli``: whether the year
    ending at ``end`` stands before an event noun in the compound's possessive (a count takes none:
    ``2000 toplantı``), or before ``tarihli``."""
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    folded = turkish_lower(word.group(1))
    return folded == DATED or any(folded.startswith(noun) and _COMPOUND_ENDING.match(folded[len(noun):])
                                  and spells_noun_endings(folded[len(noun):]) for noun in event_nouns)


def day_of_a_known_event(text: str, end: int, day: int, month: int,
                         event_days: dict[tuple[int, int], list[tuple[str, str]]]) -> list | None:
    """``12 Eylül darbesi``, ``17 Ağustos'ta deprem``: a day and month without a year (ending at
    ``end``) before a noun that makes it one event of public knowledge (``data/named_event_days.tsv``,
    ``event_days``): that event's day; None when it names none."""
    for stem, year in event_days.get((day, month), ()):
        if names_an_event(text, end, (stem,)):
            return [f"{year}-{month:02d}-{day:02d}"]
    return None
