"""Listed bodies that only end or open a found name are no mentions of their own.

``İBB Ulaşım Koordinasyon Merkezi``: a listed local body (flag ``local``) that ends a found
name is that name's end, no mention of its own; a listed body that opens a found name of one
of its units or parts is none either (``Sahil Güvenlik Ege Bölge Komutanlığı``, ``AGİT
Parlamenter Asamblesi``: the part, as ``BM Güvenlik Konseyi`` names the Council), nor one
after ``İl`` or ``İlçe`` (``Mersin İl Göç İdaresi Müdürlüğü``: the province's office). A ministry
stays: its directorates are named as the ministry's (``X Bakanlığı Sinema Genel
Müdürlüğü``); so does a body the article introduces there with its acronym (``Birleşmiş
Milletler (BM) Daimi Temsilciliği``), and a listed university that opens a centre's name
(``Ege Üniversitesi X Araştırma ve Uygulama Merkezi``: it runs the centre, as
``inner_bodies`` reads an unlisted one).

The found names are indexed by where they end and start, so that each listed match is one
look-up (a few for the state's initials) rather than a pass over every found name: a long
article has hundreds of each, and the pairs were most of the stage's cost on it.
"""

from __future__ import annotations

import re

from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.canonical import LONGEST_STATE_INITIALS, STATE_INITIALS
from pipeline.names.finder import FOUND
from pipeline.names.shape import acronym_after
from pipeline.organizations.inner_bodies import CENTRE
from pipeline.lang.tr.text import turkish_lower

#: ``İl`` or ``İlçe`` right before a listed body: a province's office named for it (``Mersin İl
#: Göç İdaresi Müdürlüğü``), no mention of the national body when a found name holds it
_LOCAL_OPENER = re.compile(r"(?:^|\s)[İi]l(?:çe)? $")
UNIVERSITY = "university"


def outside_local_names(text: str, matches: list[GazetteerMatch], rows: dict) -> list[GazetteerMatch]:
    """``matches`` less the listed ones inside a found name as above; ``rows``: the catalogue's
    rows by key (their ``flags`` and ``kind``)."""
    first_start: dict[int, int] = {}  # name end -> the earliest start of a found name ending there
    last_end: dict[int, int] = {}  # start -> the furthest name end of a found name starting there
    for name in matches:
        if name.key.startswith(FOUND):
            first_start[name.name_end] = min(name.start, first_start.get(name.name_end, name.start))
            last_end[name.start] = max(name.name_end, last_end.get(name.start, name.name_end))
    if not first_start:
        return list(matches)

    def inside(listed: GazetteerMatch) -> bool:
        row = rows.get(listed.key)
        if row is not None and "local" in row.flags:
            return first_start.get(listed.name_end, listed.start) < listed.start
        if listed.key.startswith(FOUND):
            return False
        if _LOCAL_OPENER.search(text, max(0, listed.start - 6), listed.start):
            return any(s < listed.start and listed.name_end <= e for s, e in found_spans())
        return _opens_a_longer_name(text, listed, last_end) \
            and kind_of(rows, listed.key) != "ministry" and acronym_after(text, listed.name_end) is None \
            and not _runs_a_centre(text, listed, rows, last_end)

    def found_spans() -> list[tuple[int, int]]:
        return [(m.start, m.name_end) for m in matches if m.key.startswith(FOUND)]

    return [m for m in matches if not inside(m)]


def _opens_a_longer_name(text: str, listed: GazetteerMatch, last_end: dict[int, int]) -> bool:
    """A found name longer than the listed one starts where it does, or just before it with
    only the state's initials between (``TC Devlet X``)."""
    for start in range(max(0, listed.start - LONGEST_STATE_INITIALS), listed.start + 1):
        end = last_end.get(start)
        # the end first: folding the text before every match was most of this check's cost
        if end is not None and end > listed.name_end \
                and (start == listed.start or turkish_lower(text[start : listed.start]) in STATE_INITIALS):
            return True
    return False


def _runs_a_centre(text: str, listed: GazetteerMatch, rows: dict, last_end: dict[int, int]) -> bool:
    """A listed university opening a found name that ends in ``Merkezi`` (its centre)."""
    end = last_end.get(listed.start)
    return end is not None and kind_of(rows, listed.key) == UNIVERSITY and text[:end].endswith(CENTRE)


def kind_of(rows: dict, key: str) -> str:
    """The kind of a listed body (``ministry``, ``club``), or "" for a found name."""
    row = rows.get(key.split("@")[0])
    return row.kind if row is not None else ""
