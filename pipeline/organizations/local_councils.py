"""Local government bodies named beside a party or a province's ``İl``.

- ``CHP İl Genel Meclisi Üyesi``, ``AK Parti Belediye Meclisi üyesi``: a listed party opening
  the name of a local council says which party the member sits for; a party owns no province's
  or municipality's council, so the council is named without it and the party is a mention of
  its own. A party's own organs keep it (``CHP Parti Meclisi``, ``AK Parti İl Başkanlığı``).
- ``Muğla İl Göç İdaresi'ne``: a listed national body after ``İl`` or ``İlçe`` (and the
  province's name) is the province's office of that body, named with them; the national body
  is no mention of its own there (``local_names.outside_local_names``).
- ``Ankara İtfaiye Dairesi`` beside ``Ankara Büyükşehir Belediyesi İtfaiye Dairesi``: a city's
  unit named without the municipality that runs it is that unit (``join_city_units``).
"""

from __future__ import annotations

import dataclasses

from pipeline.lang.tr.text import turkish_lower
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND, ArticleText, Findings, NameFinder, Spans
from pipeline.names.shape import NameSpan

#: folded words of a local council's name after its owner: a province's or a municipality's
#: assembly (``İl Genel Meclisi``, ``Büyükşehir Belediye Meclisi``)
COUNCIL_HEAD = "meclisi"
COUNCIL_OWNERS = frozenset({"il", "ilçe", "belediye", "belediyesi", "büyükşehir"})
#: the municipality between a city's name and its unit's (``Ankara Büyükşehir Belediyesi İtfaiye Dairesi``)
MUNICIPALITIES = (" büyükşehir belediyesi ", " belediyesi ")
#: the words that make a national body a province's or a district's office
LOCAL_OPENERS = frozenset({"İl", "İlçe"})


def after_party(article: ArticleText, span: NameSpan, parties: list[tuple[int, int]]) -> NameSpan:
    """The local council a name opened by a listed party holds, without the party."""
    end = next((e for s, e in parties if s == span.start and e < span.name_end), None)
    if end is None or span.written or article.blanked[end : end + 1] != " ":
        return span
    first = article.first_word_from(end + 1)
    rest = [w.folded for w in article.blanked_words[first : span.last + 1]]
    if not rest or rest[-1] != COUNCIL_HEAD or not COUNCIL_OWNERS.intersection(rest[:-1]):
        return span
    return dataclasses.replace(span, first=first, start=article.blanked_words[first].start)


def add_provincial_offices(article: ArticleText, listed: list[GazetteerMatch], places: frozenset[str],
                           finder: NameFinder, findings: Findings) -> None:
    """The province's offices of listed bodies as found names, unless a found name holds them
    (``İzmir İl Göç İdaresi Müdürlüğü``); one a longer found name spells out is that name."""
    taken = Spans([(m.start, m.end) for m in findings.matches if m.key.startswith(FOUND)])
    offices = [s for s in provincial_offices(article, listed, places, finder.catalogue.rows)
               if not taken.overlaps(s.start, s.end)]
    if not offices:
        return
    before = dict(findings.found)
    finder.resolve_found(article, offices, [], findings)
    findings.rekey(same_office(before, findings.found))  # ``İl Göç İdaresi``: ``İzmir İl Göç İdaresi Müdürlüğü``


def provincial_offices(article: ArticleText, listed: list[GazetteerMatch], places: frozenset[str],
                       rows: dict) -> list[NameSpan]:
    """``[Muğla] İl Göç İdaresi``: the listed national bodies written after ``İl``/``İlçe`` (and
    the province's name before it), as names of their own; ``rows``: the catalogue's by key."""
    spans = []
    text_words = article.blanked_words
    for match in listed:
        row = rows.get(match.key.split("@")[0])
        if row is not None and "local" in row.flags:
            continue
        index = article.first_word_from(match.start)
        if index == 0 or index >= len(text_words) or text_words[index].start != match.start:
            continue
        opener = text_words[index - 1]
        if opener.text not in LOCAL_OPENERS or article.text[opener.end : match.start] != " ":
            continue
        first = index - 1
        before = text_words[first - 1] if first > 0 else None
        if before is not None and before.folded in places and article.text[before.end : opener.start] == " ":
            first -= 1
        start = text_words[first].start
        last = article.first_word_from(match.name_end) - 1
        spans.append(NameSpan(first, last, start, match.name_end, match.end, "", "",
                              written=article.text[start : match.name_end]))
    return spans


def same_office(earlier: dict, found: dict) -> dict[str, str]:
    """The province's offices found after ``İl`` that a name found before holds, word for word
    (``İl Göç İdaresi`` in ``İzmir İl Göç İdaresi Müdürlüğü``): new key -> the longer name's key."""
    longer = {key: f" {turkish_lower(entity.name)} " for key, entity in earlier.items()}
    same = {}
    for key, entity in found.items():
        if key in earlier:
            continue
        name = f" {turkish_lower(entity.name)} "
        holder = next((k for k, n in longer.items() if name in n and n != name), None)
        if holder is not None:
            same[key] = holder
    return same


def join_city_units(findings: Findings) -> None:
    """A found name that is a longer one less the municipality after its city (``Ankara İtfaiye
    Dairesi``, ``Ankara Büyükşehir Belediyesi İtfaiye Dairesi``) is a mention of the longer one."""
    joined: dict[str, str] = {}
    for key in findings.found:
        for municipality in MUNICIPALITIES:
            city, between, unit = key.partition(municipality)
            if between and unit and f"{city} {unit}" in findings.found:
                joined.setdefault(f"{city} {unit}", key)
                break
    findings.rekey(joined)
