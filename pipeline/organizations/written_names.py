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
    headline typo), a short form (``Meclis``), an organ (``Meclis Genel Kurulu``) and a name said
    as "ours" (``Takımımız``) name the row without being its name. A club
    under its sponsor's name (``sponsored``: ``Galatasaray Odeabank``) is named so, first."""
    forms: dict[str, list[str]] = {}
    sponsors: dict[str, list[str]] = {}
    for match in matches:
        written = " ".join(text[match.start : match.name_end].split())
        if match in sponsored:
            sponsors.setdefault(match.key, []).append(written)
        elif catalogue.key_of(written) == match.key and not _said_as_ours(written) \
                and not _organ_of(written, catalogue[match.key].entity.name):
            forms.setdefault(match.key, []).append(written)
    return forms | sponsors


#: an organ's head closing a listed spelling (``Meclis Genel Kurulu`` of the parliament): a
#: mention of the body, never its name
ORGAN_HEADS = (" Genel Kurulu",)
def _organ_of(written: str, name: str) -> bool:
    """``Meclis Genel Kurulu`` for ``Türkiye Büyük Millet Meclisi``: the form names an organ of
    the row's body (``BM Genel Kurulu`` is the name of an organ's own row)."""
    return written.endswith(ORGAN_HEADS) and not name.endswith(ORGAN_HEADS)


#: the first person plural possessive closing a name (``A Milli Futbol Takımımız``: "our team")
OURS = ("ımız", "imiz", "umuz", "ümüz")


def _said_as_ours(written: str) -> bool:
    """``A Milli Futbol Takımımız``: the name said as "ours", the listed name's possessive
    replaced; the article's form of the name is the plain one."""
    return fold_for_matching(written).endswith(OURS)


def as_written(entity: Entity | None, forms: list[str]) -> Entity | None:
    """The entity under its fullest written form when its own name is never written (a
    spelling with or without a circumflex, ``Resmi Gazete``, is such a form; ``İş birliği``
    for ``İşbirliği`` is the name).

    A form in capitals (a headline, an acronym) counts only when no other is written;
    among equals the first written wins, so the output does not depend on set order."""
    if entity is None or not forms:
        return entity
    folded = {fold_name(form) for form in forms}
    if any(fold_name(variant) in folded for variant in spelling_variants(entity.name)):
        # written, perhaps as ``İş birliği`` for ``İşbirliği``; with or without a circumflex
        # the name lacks or has (``Resmi Gazete`` for ``Resmî Gazete``) it is named as written
        circumflexed = [form for form in forms if not is_all_caps(form) and fold_name(form) == fold_name(entity.name)]
        if circumflexed and not any(fold_for_matching(form) == fold_for_matching(entity.name) for form in forms):
            return entity.model_copy(update={"name": circumflexed[0], "catalogue_name": entity.name})
        return entity
    best = max(forms, key=lambda form: (not is_all_caps(form), len(form), -forms.index(form)))
    if is_all_caps(best) and " " in best:
        return entity  # a headline in capitals: no form of its own
    if fold_for_matching(best) == fold_for_matching(entity.acronym or ""):
        return entity  # ``TBMM`` alone: the acronym is already the entity's
    # the catalogue's name stays on the record: the key that groups one organization across articles
    return entity.model_copy(update={"name": best, "catalogue_name": entity.name})
