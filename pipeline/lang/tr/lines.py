"""Line breaks a scraped dump lost: the boundaries of headings, list items and the date line.

Many dumps join every line of an article with spaces, so a heading runs into the sentence
after it (``... KONUŞTU Cumhurbaşkanı Erdoğan ...``) and the stages read the heading's words
as part of a name or an office. ``restore_line_breaks`` finds the places where a line
certainly ended and writes a line break for the space there: a copy of the same length,
whose offsets are the text's own.

Only a text with no line break at all is read this way: a text that keeps its lines already
says where they end, and reads exactly as before. The boundaries found are those the form of
the words gives away, without a model:
- after the ``date YYYY-MM-DD`` token that opens a dump's article;
- after a heading in capitals: a run of at least two words in capitals that opens a
  sentence (a line break before it, too), one of them of five letters or more, before a word in title case (``TRANSFER
  AÇIKLAMASI Fenerbahçe ...``); short words with at most one vowel at its end are the
  acronyms that open the sentence after it (``... KONUŞTU ABD Başkanı``, ``CHP``);
- before the dashes of a bulleted list after a colon (``şöyle: - Ankara - Bursa``) and around
  the stamp of a date a dump writes on its own line (``30 Mayıs 2024 Cuma 16:21``);
- before a dateline (``İSTANBUL (AA) -``), a closing credit line (``Kaynak: ...``) and each row
  of a table of ``Key: value`` rows;
- before a numbered list item: ``1.`` to ``99.`` after a sentence's end or a semicolon, before
  a capital (``... sunuldu. 2. Kurul ...``).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lang.tr.calendar import month_numbers
from pipeline.lang.tr.text import turkish_lower
from pipeline.lang.tr.verb_forms import is_progressive
from pipeline.resources import read_tsv

_CAPITAL = "A-ZÇĞİÖŞÜÂÎÛ"
_LOWER = "a-zçğıöşüâîû"
#: the ``date YYYY-MM-DD`` token a dump opens an article with, and the space after it
_DATE_TOKEN = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}( )")
#: a word in capitals (two letters or more), with an apostrophe suffix in capitals
_CAPS_WORD = f"[{_CAPITAL}][{_CAPITAL}]+(?:['’][{_CAPITAL}]+)?"
#: a number in a heading, with a suffix in capitals (``2024'TE``) or the period of an ordinal
_NUMBER = f"\\d+(?:['’][{_CAPITAL}]+)?\\.?"
#: a heading in capitals: at a sentence's opening, words in capitals (numbers and a few marks
#: between them), then a space and a word in title case
_CAPS_HEADING = re.compile(
    f"(?<![^\\W_])(?:{_CAPS_WORD}|{_NUMBER})(?:[ ,\\-–:]+(?:{_CAPS_WORD}|{_NUMBER}))+"
    f"(?= [^\\W\\d_])"
)
#: a sentence's end, a closing quote or bracket, and the space before the next sentence
_SENTENCE_END_BEFORE = re.compile(r"(?<=[.!?:;])[\"”’»)]?( )")
_CAPS_AFTER = re.compile(f" {_CAPS_WORD}")
_TITLE_CASE_WORD = re.compile(f" [{_CAPITAL}][{_LOWER}]")
_HEADING_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?\.?")
_VOWELS = frozenset("AEIİOÖUÜÂÎÛ")
_LONG_CAPS_WORD = re.compile(f"[{_CAPITAL}]{{5,}}")
#: a numbered list item after a sentence's end or a semicolon: the space before its number
_LIST_ITEM = re.compile(f"(?<=[.;])( )\\d{{1,2}}\\. (?=[{_CAPITAL}])")

#: an agency's or an outlet's dateline: a place or an outlet in capitals, the agency in
#: brackets, a dash (``İSTANBUL (AA) -``, ``ANKARA, (DHA) –``); a place's name of two words
#: opens with a short one (``NEW YORK``, ``SAN DİEGO``): a heading's last word is seldom that short
_DATELINE = re.compile(
    f"(?<=\\S)( )(?:[{_CAPITAL}]{{2,3}} )?[{_CAPITAL}]{{2,}}(?:/[{_CAPITAL}]{{2,}})?(,? ?\\([^()]{{1,20}}\\))? [-–] "
)
#: a credit line closing the text: after the last sentence, a label and a colon and a few words
#: without a final period (``Kaynak: Haber Merkezi``)
_CREDIT_LINE = re.compile(f"(?<=[.!?\"”’…])( )[{_CAPITAL}][{_LOWER}]+: [^.!?:]{{1,60}}(?:\\.[a-z]+[^.!?:]*)?\\Z")
#: the key of a row ``Key: value`` (``Merkez Belediyesi: 7 milyon TL``): words in title case,
#: then a colon
_ROW_KEY = re.compile(f"(?<= )[{_CAPITAL}][{_LOWER}]+(?:['’][{_LOWER}]+)?(?: [{_CAPITAL}][{_LOWER}]+(?:['’][{_LOWER}]+)?){{0,3}}:(?= )")
#: how far one row's key may be from the next one's
_ROW_LENGTH = 60
_SENTENCE_PUNCTUATION = re.compile(r"[.!?](?:\s|\Z)")
#: a bulleted item: a dash after a colon or a sentence's end, or after the item before it
_BULLET = re.compile("(?<=[:.!?…\"”])( )[-–•] (?=[^\\W_])")
_NEXT_BULLET = re.compile("( )[-–•] (?=[^\\W_])")
#: how long a bulleted item may be for the dash after it to open the next item
_BULLET_ITEM = 60


@cache
def _date_stamp() -> re.Pattern:
    """A stamp of a date a dump writes on a line of its own (``30 Mayıs 2024 Cuma 16:21``,
    ``30.05.2024``): a full date, no suffix, a weekday and a time it may add."""
    months = "|".join(sorted((name[:1].upper() + name[1:] for name in month_numbers()), key=len, reverse=True))
    weekdays = "|".join(sorted((row["name"] for row in read_tsv("weekdays.tsv")), key=len, reverse=True))
    return re.compile(
        f"(?<![^\\s])(?:\\d{{1,2}} (?:{months}) \\d{{4}}|\\d{{1,2}}\\.\\d{{1,2}}\\.\\d{{4}})"
        f"(?P<weekday> (?:{weekdays}))?(?P<time>,? \\d{{1,2}}[:.]\\d{{2}})?(?= [-–]? ?[{_CAPITAL}])"
    )

#: a word in lower case before a word in title case, with no mark between them
_LOWER_BEFORE_TITLE = re.compile(f"(?<![^\\s])([{_LOWER}]+)( )(?=[{_CAPITAL}][{_LOWER}])")
#: finite verbs that close a heading (``... kabul etti``, ``... sürüyor``): the past of ``et-``
#: and of verbs made with ``-lA-``, the present, the past plural, the ``-mIştIr`` perfect;
#: never a participle (``yapılacak``, ``seçilmiş``), which goes before a name in a sentence
_CLOSING_VERB = re.compile(r"(?:^e|^[a-zçğıöşü]+[^e]e)tt[iı]$|l[ae]d[ıi]$|[ıiuü]?yor(?:lar)?$|[dt][ıiuü]l[ae]r$|m[ıiuü]şt[ıiuü]r$"
    r"|(?:[ıiuü][ln]|[ae]n|[ae]l)d[ıiuü]$"  # the passive past: ``yapıldı``, ``açıklandı`` (never ``-ntI``: ``toplantı``)
)


def restore_line_breaks(text: str) -> str:
    """``text`` with a line break for the space at each certain line boundary (see the module
    text); ``text`` itself when it has a line break already or no boundary is found."""
    if "\n" in text:
        return text
    breaks = [match.start(1) for match in _LIST_ITEM.finditer(text)]
    date = _DATE_TOKEN.match(text)
    if date:
        breaks.append(date.start(1))
    breaks += _heading_ends(text, date.end() if date else 0)
    breaks += _heading_verb_ends(text) + _dateline_starts(text) + _row_starts(text) + _bullet_starts(text) + _date_stamp_ends(text)
    credit = _CREDIT_LINE.search(text)
    if credit:
        breaks.append(credit.start(1))
    if not breaks:
        return text
    letters = list(text)
    for at in breaks:
        letters[at] = "\n"
    return "".join(letters)


def _heading_ends(text: str, start: int) -> list[int]:
    """The offsets of the spaces around headings in capitals, from ``start`` on: the one
    before the heading (after the sentence before it) and the one after it."""
    breaks = []
    for match in _CAPS_HEADING.finditer(text, start):
        before = _sentence_end_before(text, match.start())
        if match.start() != start and before is None:
            continue  # capitals inside a sentence: a name, an acronym, not a heading
        if not _LONG_CAPS_WORD.search(match.group()):
            continue  # acronyms only (``CHP MYK``): the name of a body
        words = list(_HEADING_WORD.finditer(match.group()))
        opens_next = _TITLE_CASE_WORD.match(text, match.end())
        while len(words) > 1 and _is_acronym(words[-1].group()) and not _CAPS_AFTER.match(text, match.end()):
            words.pop()  # the acronym opens the sentence after the heading (``... KONUŞTU ABD Başkanı``)
            opens_next = True
        if opens_next:
            breaks += [at for at in (before, match.start() + words[-1].end()) if at is not None]
    return breaks


def _dateline_starts(text: str) -> list[int]:
    """The spaces before datelines: one naming its agency in brackets anywhere, one without
    it only where a sentence ended right before it."""
    return [
        match.start(1)
        for match in _DATELINE.finditer(text)
        if match.group(2) or _sentence_end_before(text, match.start(1) + 1) is not None
    ]


def _row_starts(text: str) -> list[int]:
    """The spaces before the rows of a table of ``Key: value`` rows joined on one line: each
    key that follows another key closely, with no sentence's end between them, and whose value
    ends in no plain word (the word before a key closing a sentence of prose)."""
    keys = [key for key in _ROW_KEY.finditer(text) if not text[key.start() - 2].islower()]
    starts = []
    for previous, key in zip(keys, keys[1:]):
        between = text[previous.end() : key.start()]
        if len(between) <= _ROW_LENGTH and not _SENTENCE_PUNCTUATION.search(between):
            starts.append(key.start() - 1)
    return starts


def _bullet_starts(text: str) -> list[int]:
    """The spaces before the dashes of a bulleted list joined on one line: a dash after a colon
    or a sentence's end opens one; each dash within ``_BULLET_ITEM`` characters of the last, with
    no sentence's end between them, opens the next item."""
    starts = []
    for bullet in _BULLET.finditer(text):
        if starts and bullet.start(1) <= starts[-1]:
            continue  # an item of the list found already
        starts.append(bullet.start(1))
        while (following := _NEXT_BULLET.search(text, starts[-1] + 2, starts[-1] + 2 + _BULLET_ITEM)) and not (
            _SENTENCE_PUNCTUATION.search(text, starts[-1] + 2, following.start())
        ):
            starts.append(following.start(1))
    return starts


def _date_stamp_ends(text: str) -> list[int]:
    """The spaces around the stamps of dates a dump writes on a line of their own: one with a
    time, or one that opens the text or follows a sentence's end, before a capital (in a
    sentence a full date takes a suffix or a noun: ``30 Mayıs 2024'te``, ``... tarihinde``)."""
    breaks = []
    for stamp in _date_stamp().finditer(text):
        before = _sentence_end_before(text, stamp.start())
        if stamp.group("time") or before is not None or stamp.start() == 0:
            if stamp.group("time") and stamp.start() > 0 and text[stamp.start() - 1] == " ":
                before = stamp.start() - 1
            breaks += [at for at in (before, stamp.end()) if at is not None]
    return breaks


def _heading_verb_ends(text: str) -> list[int]:
    """The spaces after a finite verb that a word in title case follows with no mark between
    them: a sentence of prose ends the verb with a period, a heading with its line."""
    return [
        match.start(2)
        for match in _LOWER_BEFORE_TITLE.finditer(text)
        if _closes_heading(turkish_lower(match.group(1)))
    ]


def _closes_heading(word: str) -> bool:
    return len(word) >= 4 and (bool(_CLOSING_VERB.search(word)) or is_progressive(word))


def _sentence_end_before(text: str, offset: int) -> int | None:
    """The offset of the space before ``offset`` when a sentence ends right before it."""
    for length in (1, 2):
        found = _SENTENCE_END_BEFORE.match(text, offset - length) if offset >= length else None
        if found and found.end() == offset:
            return found.start(1)
    return None


def _is_acronym(word: str) -> bool:
    """A word in capitals of up to three letters, or of four with at most one vowel: ``ABD``,
    ``İYİ``, ``TBMM``, not a heading's short verb or word (``ETTİ``, ``YENİ``); or an acronym the
    catalogues of ``data/`` list (``NATO``, ``UNICEF``)."""
    return (
        len(word) <= 3
        or (len(word) == 4 and sum(letter in _VOWELS for letter in word) <= 1)
        or word in _listed_acronyms()
    )


@cache
def _listed_acronyms() -> frozenset[str]:
    """The acronyms of the organization and mission catalogues, as written (in capitals)."""
    return frozenset(
        row["acronym"] for table in ("organizations.tsv", "missions.tsv") for row in read_tsv(table)
        if row["acronym"] and row["acronym"].isupper()
    )
