"""A listed organization is named as the article writes it.

The catalogue's canonical name (``Türkiye Cumhuriyeti Ziraat Bankası``) is the entity's
name when the article writes it. An article that never does names the organization by
another of its forms (``Ziraat Bankası``, ``BM Genel Kurulu``, ``G-20``): the gold format
takes "the form used in the article", so the entity is named by the fullest form written,
nominative (the suffix left off). The catalogue's English name and acronym stay, and its
canonical name moves to ``catalogue_name``, so the entity is still the catalogue's organization.
"""

from __future__ import annotations

from typing import Iterable

from pipeline.lang.tr.text import fold_for_matching, is_all_caps
from pipeline.lexicons.catalogue import Catalogue, fold_name, spelling_variants
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.schema import Entity


def written_forms(
    text: str, matches: Iterable[GazetteerMatch], catalogue: Catalogue, sponsored: set[GazetteerMatch] = frozenset()
) -> dict[str, list[str]]:
    """The nominative forms of each listed key's mentions, as written (whitespace collapsed).
    Only a mention that spells one of the row's own listed names counts: a part of a
    coordinated name (``İzmir`` in ``İzmir ve Bursa büyükşehir belediyeleri``), a name with
    its kind word (``CHP Parti``) or a sponsor (``Trendyol Süper Lig``), a near spelling (a
    headline typo) and a short form (``Meclis``) name the row without being its name. A club
    under its sponsor's name (``sponsored``: ``Galatasaray Odeabank``) is named so, first."""
    forms: dict[str, list[str]] = {}
    sponsors: dict[str, list[str]] = {}
    for match in matches:
        written = " ".join(text[match.start : match.name_end].split())
        if match in sponsored:
            sponsors.setdefault(match.key, []).append(written)
        elif catalogue.key_of(written) == match.key:
            forms.setdefault(match.key, []).append(written)
    return forms | sponsors


def as_written(entity: Entity | None, forms: list[str]) -> Entity | None:
    """The entity under its fullest written form when its own name is never written (a
    spelling without the circumflex or with a compound split, ``Resmi Gazete``, is that form).

    A form in capitals (a headline, an acronym) counts only when no other is written;
    among equals the first written wins, so the output does not depend on set order."""
    if entity is None or not forms:
        return entity
    variants = {fold_name(variant) for variant in spelling_variants(entity.name)}
    spelled = [form for form in forms if fold_name(form) in variants]
    if spelled:  # written, perhaps as ``Resmi Gazete`` for ``Resmî Gazete``: named as written
        if any(fold_for_matching(form) == fold_for_matching(entity.name) for form in spelled):
            return entity
        best = max(spelled, key=lambda form: (not is_all_caps(form), -spelled.index(form)))
        return entity if is_all_caps(best) else entity.model_copy(update={"name": best, "catalogue_name": entity.name})
    best = max(forms, key=lambda form: (not is_all_caps(form), len(form), -forms.index(form)))
    if is_all_caps(best) and " " in best:
        return entity  # a headline in capitals: no form of its own
    if fold_for_matching(best) == fold_for_matching(entity.acronym or ""):
        return entity  # ``TBMM`` alone: the acronym is already the entity's
    # the catalogue's name stays on the record: the key that groups one organization across articles
    return entity.model_copy(update={"name": best, "catalogue_name": entity.name})
