"""A mission described by its owner and a head alone (``BM Barış Gücü``, ``NATO Misyonu``): where the
article names exactly one listed mission of that owner (``BM Lübnan Geçici Görev Gücü (UNIFIL)``),
the description is that mission, one thing; with none or several, it stays as found."""

from __future__ import annotations

from pipeline.lang.tr.text import turkish_lower, words
from pipeline.lexicons.catalogue import Catalogue
from pipeline.names.finder import FOUND, Findings, rekey
from pipeline.resources import read_tsv


def mission_heads(table: str) -> frozenset[str]:
    """The folded heads of missions (``barış gücü``, ``misyonu``), excluded ones left out."""
    return frozenset(turkish_lower(row["head"].strip()) for row in read_tsv(table)
                     if (row.get("role") or "").strip() != "exclude")


def join_owner_described(findings: Findings, missions: Catalogue, organizations: Catalogue,
                         heads: frozenset[str]) -> None:
    """Rekey each found mission named by an organization and a head only to the one listed mission
    of that organization the article names."""
    listed_by_parent: dict[str, set[str]] = {}
    for match in findings.matches:
        entity = missions.entity(match.key) if not match.key.startswith(FOUND) else None
        if entity is not None and entity.parent:
            listed_by_parent.setdefault(entity.parent, set()).add(match.key)
    for key, entity in list(findings.found.items()):
        name_words = words(entity.name)
        opening = organizations.opening_name(name_words)
        if opening is None or " ".join(w.folded for w in name_words[opening[0] :]) not in heads:
            continue
        owner = organizations.entity(opening[1])
        if owner is None:
            continue
        listed = listed_by_parent.get(owner.acronym or owner.name, set())
        if len(listed) == 1:
            rekey(findings, key, next(iter(listed)))
