"""Acronyms in parentheses after a mention (``Balkan Barış Platformu (BBP)``): a mention of the
same thing, a new acronym of a found thing whose other occurrences become mentions too.

An acronym the catalogue lists for another thing is that other thing's only where the name before
it does not spell it: ``Toplumcu Kurtuluş Partisi (TKP)`` and ``Balkan Barış Platformu (BBP)``
define the acronym for the name they follow (its words' initials, connectors left out), and the
article's later ``TKP`` is that party, not the listed ``Türkiye Komünist Partisi``; a found name
that is a spelling of the listed thing (``Türkiye Komunist Partisi (TKP)``), or the written-out
name of a thing listed by its acronym alone (``Merkez Karar ve Yönetim Kurulu (MKYK)``), becomes
that thing.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from pipeline.lang.tr.text import suffix_end, turkish_upper
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.canonical import CONNECTORS
from pipeline.names.finder import FOUND, ArticleText, Findings, Spans, rekey
from pipeline.names.shape import acronyms_after

#: least similarity (0-100) of a found name and a listed one for the found to be a spelling of it
SAME_NAME_SPELLING = 85
#: lowercase words a name's initials leave out (``Türkiye Odalar ve Borsalar Birliği``: TOBB)
_NOT_INITIALED = CONNECTORS | {"ile", "için"}


def link_acronyms(article: ArticleText, findings: Findings, reserved: Spans, catalogue: Catalogue) -> None:
    """Link each ``(ACR)`` to the mention before it. ``reserved`` spans are other things' names
    (``Fed (ABD)``: ABD is a country, no acronym of the Fed)."""
    text = article.text
    covered = {(m.start, m.end): m for m in findings.matches}
    new_acronyms: dict[str, str] = {}
    defined: dict[str, tuple[str, str]] = {}  # acronym -> (the listed key it named, the defining key)
    for match in list(findings.matches):
        spans = [span for span in acronyms_after(text, match.end) if not reserved.overlaps(*span)]
        existing = next((m for a, b in spans for (s, e), m in covered.items() if s <= a and b <= e), None)
        if existing is not None:
            written = text[match.start : match.name_end]
            if existing.key != match.key and spells(written, existing.entry) \
                    and not _same_name(written, existing.key, catalogue):
                defined.setdefault(existing.entry, (existing.key, match.key))  # ``Toplumcu Kurtuluş Partisi (TKP)``
            elif match.key.startswith(FOUND) and not existing.key.startswith(FOUND):
                rekey(findings, match.key, existing.key)
            continue
        for acronym in (text[a:b] for a, b in spans):  # a pair: both name the thing
            findings.acronyms.setdefault(match.key, acronym)
            new_acronyms.setdefault(acronym, match.key)
    for acronym, key in new_acronyms.items():
        for occurrence in re.finditer(rf"(?<![\w]){re.escape(acronym)}(?![\w])", text):
            start, end = occurrence.span()
            if not any(s <= start < e for s, e in covered):
                findings.matches.append(GazetteerMatch(start, suffix_end(text, end), end, key, acronym))
                covered[(start, end)] = findings.matches[-1]
    for acronym, (listed, key) in defined.items():
        findings.matches = [GazetteerMatch(m.start, m.end, m.name_end, key, m.entry)
                            if m.key == listed and m.entry == acronym else m for m in findings.matches]
        findings.acronyms.setdefault(key, acronym)


def spells(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s capitalized words (``BBP``: ``Balkan Barış
    Platformu``; ``TOBB``: ``Türkiye Odalar ve Borsalar Birliği``)."""
    letters = [turkish_upper(word[0]) for word in name.split() if word and word not in _NOT_INITIALED]
    return len(letters) >= 2 and "".join(letters) == turkish_upper(acronym)


def _same_name(written: str, key: str, catalogue: Catalogue) -> bool:
    """The written name is a spelling of the listed row's (``Türkiye Komunist Partisi``), or the row
    is named by the acronym alone (``MKYK``), whose written-out name this is."""
    row = catalogue.rows.get(key)
    if row is None:
        return True
    listed = turkish_upper(row.entity.name)
    return listed == turkish_upper(row.entity.acronym or "") or " " not in listed \
        or fuzz.ratio(turkish_upper(written), listed) >= SAME_NAME_SPELLING
