"""Acronyms in parentheses after a mention (``Balkan Barış Platformu (BBP)``): a mention of the
same thing, a new acronym of a found thing whose other occurrences become mentions too.

An acronym the catalogue lists for another thing is that other thing's only where the name before
it does not spell it: ``Toplumcu Kurtuluş Partisi (TKP)`` and ``Balkan Barış Platformu (BBP)``
define the acronym for the name they follow (its words' initials, connectors left out), and the
article's later ``TKP`` is that party, not the listed ``Türkiye Komünist Partisi``; a found name
that is a spelling of the listed thing (``Türkiye Komunist Partisi (TKP)``), or the written-out
name of a thing listed by its acronym alone (``Merkez Karar ve Yönetim Kurulu (MKYK)``), becomes
that thing. So does the acronym after a found name of another country's body than the listed
one's (``İsviçre Ulusal Bankası (SNB)``: the Swiss bank, not the Saudi one the list holds).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from pipeline.lang.tr.text import is_all_caps, suffix_end, turkish_upper
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
            if existing.key != match.key and not _same_name(written, existing.key, catalogue) \
                    and (spells(written, existing.entry) or _of_another_country(findings, match.key, existing.key, catalogue)):
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


def without_acronyms_of_other_words(text: str, matches: list[GazetteerMatch], catalogue: Catalogue) -> list[GazetteerMatch]:
    """The matches less a listed acronym the article defines for other words: in parentheses
    after words that spell it and are no mention (``Bakü-Tiflis-Kars (BTK) demiryolu``: a railway,
    not the listed ``BTK``), every bare mention of it is the article's thing, unless the article
    names the listed one in full too."""
    ends = {m.end for m in matches}
    redefined = set()
    for m in matches:
        acronym = text[m.start : m.name_end]
        if m.entry != acronym or text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
            continue
        before = text[: m.start - 1].rstrip()
        if len(before) in ends:
            continue  # ``X Kurumu (XK)``: the acronym of a mention (``link_acronyms``)
        line = before[before.rfind("\n") + 1 :]
        words = [w for w in re.split(r"[\s\-–]+", line) if w]
        spelling = next((" ".join(words[-count:]) for count in range(2, len(acronym) + 2)
                         if spells(" ".join(words[-count:]), acronym)), None)
        if spelling is not None and catalogue.key_of(spelling) != m.key \
                and not _same_name(spelling, m.key, catalogue):  # ``Avrupa Birliği (AB) Komisyonu``
            redefined.add((m.key, acronym))
    named_in_full = {m.key for m in matches if not is_all_caps(m.entry)}
    return [m for m in matches if (m.key, m.entry) not in redefined or m.key in named_in_full]


def spells(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s capitalized words (``BBP``: ``Balkan Barış
    Platformu``; ``TOBB``: ``Türkiye Odalar ve Borsalar Birliği``)."""
    letters = [turkish_upper(word[0]) for word in name.split() if word and word not in _NOT_INITIALED]
    return len(letters) >= 2 and "".join(letters) == turkish_upper(acronym)


def _of_another_country(findings: Findings, found_key: str, listed_key: str, catalogue: Catalogue) -> bool:
    """A found name of one country's body before the acronym of a listed body of another
    (``İsviçre Ulusal Bankası (SNB)``, Swiss; the listed ``SNB`` is Saudi): the article's own acronym."""
    found, row = findings.found.get(found_key), catalogue.rows.get(listed_key)
    return found is not None and row is not None and bool(found.country) and bool(row.entity.country) \
        and found.country != row.entity.country


def _same_name(written: str, key: str, catalogue: Catalogue) -> bool:
    """The written name is a spelling of the listed row's (``Türkiye Komunist Partisi``), or the row
    is named by the acronym alone (``MKYK``), whose written-out name this is."""
    row = catalogue.rows.get(key)
    if row is None:
        return True
    listed = turkish_upper(row.entity.name)
    return listed == turkish_upper(row.entity.acronym or "") or " " not in listed \
        or fuzz.ratio(turkish_upper(written), listed) >= SAME_NAME_SPELLING
