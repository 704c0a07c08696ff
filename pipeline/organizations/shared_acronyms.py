"""An acronym two listed organizations share is the one the article names in full.

``TVF`` is both a volleyball federation and a wealth fund; an article that writes
``Türkiye Voleybol Federasyonu`` means the federation by every bare ``TVF`` it writes, whatever
row the gazetteer took first.
"""

from __future__ import annotations

from pipeline.lang.tr.text import fold_for_matching, is_all_caps
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch


def by_named_owner(text: str, matches: list[GazetteerMatch], catalogue: Catalogue) -> list[GazetteerMatch]:
    """The matches with each bare acronym of a row the article never names in full moved to
    the one other row of that acronym it does name in full."""
    named_in_full = {m.key for m in matches if m.key in catalogue.rows and not is_all_caps(text[m.start : m.name_end])}
    owners: dict[str, list[str]] = {}
    for key in sorted(named_in_full):
        acronym = catalogue[key].entity.acronym
        if acronym:
            owners.setdefault(fold_for_matching(acronym), []).append(key)
    moved = []
    for match in matches:
        written = text[match.start : match.name_end]
        candidates = owners.get(fold_for_matching(written), []) if is_all_caps(written) else []
        if match.key not in named_in_full and len(candidates) == 1 and candidates[0] != match.key:
            match = GazetteerMatch(match.start, match.end, match.name_end, candidates[0], match.entry)
        moved.append(match)
    return moved
