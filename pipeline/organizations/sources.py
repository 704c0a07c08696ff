"""News outlets that an article names as its source: ``Kaynak: AA``, ``Kaynak: Yerel Haber /
Ayşe Kaya``, a dateline's ``ANKARA (İHA) -``, a last line of its own (``DHA``).

A report quoted from an outlet names it (``X'ta yer alan habere göre``, ``X'in haberine göre``).
A line that opens with ``Kaynak:`` names the outlet the article comes from, a media
organization whether a list knows it or not (``Kaynak: Kent Postası``); what follows a slash
or a dash on that line is a reporter's name or a desk (``AA / Ali Veli - Ekonomi``). The name
is a short run of capitalized words; a plural common noun (``Ajanslar``, ``Haberler``) names
no outlet, nor does a desk (``HABER MERKEZİ``). In a dateline's parentheses (``ANKARA (Kent
Haber) -``) any short capitalized name is the outlet. In other parentheses before a dash or
a line's end (``(KARS-İHA)``), as the article's last line, opening a paragraph before a dash
(``DUVAR - ...``) or before ``muhabiri`` (``İHA muhabirine``), only an outlet the catalogue
lists counts, by any of its spellings: there its acronym names the agency even where the
catalogue does not match it in prose (``İHA`` is also a drone). A paragraph opening with a
listed agency's acronym in lowercase before a dash (``tha – ...``) is a dateline written small.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import is_all_caps, suffix_end, turkish_lower
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText
from pipeline.names.shape import NameSpan

#: The longest outlet name (in words) read after ``Kaynak:``.
MAX_SOURCE_WORDS = 4
MEDIA = "media"
#: ``Kaynak: X`` (``Haber Kaynak : X``) on a line of its own; X ends at a slash, a dash after a space, a bar or the line's end
_SOURCE_LINE = re.compile(
    r"(?m)^[ \t]*(?:Haber |HABER )?(?:Kaynak|KAYNAK|Kaynağı|KAYNAĞI) ?: *\(?(?P<name>[^\n/|()]+?)\)?[ \t]*(?:(?:/|\||\s[-–]).*)?$"
)
#: ``(İHA)``, ``(KARS-İHA)``: an agency in a dateline or after the last paragraph (a dash or the
#: line's end after it: ``insansız hava aracı (İHA) saldırısı`` is a drone)
_IN_PARENTHESES = re.compile(r"\((?:[A-ZÇĞİÖŞÜ]+ ?[-–/] ?)?(?P<name>[^\W\d_][^()\n]{0,30}?)\)(?=[ \t]*(?:[-–—]|\n|$))")
#: ``ANKARA (Kent Haber) -``: a dateline's place in capitals, the outlet in parentheses, a dash; at
#: a line's start, after a reporter's name and a slash (``Ali KAYA / ANKARA (Kent Haber) -``) or
#: glued to the sentence before it where a line break was lost (``... etti.ANKARA (Kent Haber) -``)
#: (the opening lookahead, for a character a match can open with, lets the regex engine pass
#: over the others without trying the line start and the two lookbehinds at each)
_DATELINE_PARENTHESES = re.compile(
    r"(?m)(?=[ \tA-ZÇĞİÖŞÜ])(?:^|(?<=[a-zçğıöşü][.!?])|(?<=\S / ))[ \t]*[A-ZÇĞİÖŞÜ]{2,}(?:[ /][A-ZÇĞİÖŞÜ]{2,}){0,2} ?"
    r"\((?P<name>[^\W\d_][^()\n]{0,30}?)\) ?[-–—]"
)
#: ``DUVAR - NASA ...``: a listed outlet in capitals opening a paragraph before a dash
_DATELINE_OUTLET = re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ.]*(?: [A-ZÇĞİÖŞÜ.]+){0,2}) [-–—] ")
#: ``tha – Trabzon'da ...``: a listed agency's acronym in lowercase opening a paragraph before a
#: dash (a page's dateline written small); only an acronym of a listed outlet counts
_LOWER_DATELINE = re.compile(r"(?m)^[ \t]*(?P<name>[a-zçğıöşü]{2,6}) [-–—] ")
#: the article's last line, when it holds a short name and nothing else
_LAST_LINE = re.compile(r"\n[ \t]*(?P<name>[^\n]{1,40}?)\.?\s*$")
#: ``İHA muhabirine konuşan``: an outlet's reporter (``muhabiri``, ``muhabirlerine``)
_REPORTER = re.compile(r"(?=[A-ZÇĞİÖŞÜ])(?<![\w'’])(?P<name>[A-ZÇĞİÖŞÜ][\wÇĞİÖŞÜçğıöşü.]{1,20}) muhabir")
#: ``X'ta yer alan habere göre``, ``X'in haberine göre``: the outlet a report is quoted from, by
#: one to three capitalized words with an apostrophe suffix (locative before ``yer alan``,
#: genitive before ``haberine``/``haberinde``)
_QUOTED_REPORT = re.compile(
    r"(?<![\w'’])(?P<name>[A-ZÇĞİÖŞÜ][\w.]*(?: [A-ZÇĞİÖŞÜ][\w.]*){0,2})['’]"
    r"(?:(?P<locative>[dt][ae](?:ki)?) yer alan ?habere? göre|(?:n?[ıiuü]n) haber(?:ine göre|inde))"
)
_PLURAL = re.compile(r"(?:lar|ler)$")
#: a newsroom's desks, named where an outlet would be (``Kaynak: HABER MERKEZİ``): no outlet
DESKS = {"haber merkezi", "özel haber", "dış haberler", "spor servisi", "ekonomi servisi",
         "haber kaynağı"}  # the label itself where a page left the source blank

#: Strings every match of a pattern holds (one of them): a text without any is not scanned
#: (a substring test costs far less than the pattern's scan of the text)
_HELD = {
    _SOURCE_LINE: ("Kaynak", "KAYNAK", "Kaynağı", "KAYNAĞI"),
    _IN_PARENTHESES: ("(",),
    _DATELINE_PARENTHESES: ("(",),
    _DATELINE_OUTLET: (" - ", " – ", " — "),
    _LOWER_DATELINE: (" - ", " – ", " — "),
    _LAST_LINE: ("\n",),
    _REPORTER: (" muhabir",),
    _QUOTED_REPORT: ("haber",),
}


def _may_match(pattern: re.Pattern, text: str) -> bool:
    return any(held in text for held in _HELD[pattern])


class SourceOutlets:
    def __init__(self, catalogue: Catalogue, place_names: frozenset[str] = frozenset()) -> None:
        #: folded names of listed places: a dateline's place in capitals before a dash (``SANA -``:
        #: Yemen's capital) is no outlet, whatever outlet's acronym it spells
        self._place_names = place_names
        self._outlets: dict[str, str] = {}  # folded spelling -> key of a listed media row
        self._acronyms: dict[str, str] = {}  # folded acronym -> key of a listed media row
        for row in catalogue:
            if row.kind == MEDIA:
                if row.entity.acronym:
                    self._acronyms[turkish_lower(row.entity.acronym)] = row.key
                for spelling in [*row.spellings, row.entity.acronym or ""]:
                    if spelling:
                        self._outlets[turkish_lower(spelling)] = row.key

    def listed(self, article: ArticleText) -> list[GazetteerMatch]:
        """Mentions of listed outlets in the places where an article names its source."""
        text = article.text
        matches = []
        for pattern in (_SOURCE_LINE, _IN_PARENTHESES, _LAST_LINE, _DATELINE_OUTLET, _REPORTER, _QUOTED_REPORT):
            if not _may_match(pattern, text):
                continue
            for found in pattern.finditer(text):
                start, end = found.span("name")
                key = self._outlets.get(turkish_lower(text[start:end]))
                if pattern is _DATELINE_OUTLET and turkish_lower(text[start:end]) in self._place_names:
                    continue
                if key is not None:
                    matches.append(GazetteerMatch(start, suffix_end(text, end), end, key, text[start:end]))
        if _may_match(_LOWER_DATELINE, text):
            for found in _LOWER_DATELINE.finditer(text):
                start, end = found.span("name")
                key = self._acronyms.get(text[start:end])
                if key is not None:
                    matches.append(GazetteerMatch(start, suffix_end(text, end), end, key, text[start:end]))
        return matches

    def unlisted(self, article: ArticleText, given_names: frozenset[str] = frozenset()) -> list[NameSpan]:
        """The outlets named on ``Kaynak:`` lines, in a dateline's parentheses and as the source
        of a quoted report (``X'in haberine göre``; a given name and a surname there are a
        reporter, ``X'ta yer alan habere göre`` is an outlet whatever its words) that no list
        holds, as names found in the text."""
        spans = []
        for pattern in (_SOURCE_LINE, _DATELINE_PARENTHESES, _QUOTED_REPORT):
            if not _may_match(pattern, article.text):
                continue
            for line in pattern.finditer(article.text):
                start, end = line.span("name")
                if pattern is _QUOTED_REPORT and line.group("locative") is None and " " in line.group("name") \
                        and turkish_lower(line.group("name").split()[0]) in given_names:
                    continue  # ``Ali Kaya'nın haberine göre``: a reporter's report
                span = self._unlisted_name(article, start, end)
                if span is not None:
                    spans.append(span)
        return spans

    def _unlisted_name(self, article: ArticleText, start: int, end: int) -> NameSpan | None:
        name = turkish_lower(article.text[start:end])
        if name in self._outlets or name in DESKS:
            return None  # listed (found elsewhere), or a desk (``HABER MERKEZİ``)
        inside = article.words_between(start, end)
        if not inside or len(inside) > MAX_SOURCE_WORDS or not all(
            w.text[:1].isupper() or w.text[:1].isdigit() or _joined_by_dot(article.text, w.start) for w in inside
        ):
            return None
        if len(inside) == 1 and not is_all_caps(inside[0].text) and _PLURAL.search(inside[0].folded):
            return None  # ``Kaynak: Ajanslar``: no outlet named
        return article.written_name(start, end, len(inside))


def _joined_by_dot(text: str, start: int) -> bool:
    """``Eskisehir.net``: a lowercase part after a dot belongs to the outlet's web name."""
    return start > 0 and text[start - 1] == "."
