"""A listed name in a case inside a longer name is that name's object, no mention.

``Türk Silahlı Kuvvetlerini Güçlendirme Vakfı`` is a foundation "for strengthening" the armed
forces: the accusative ``Kuvvetlerini`` ties the listed name into the foundation's name, which
does not name the armed forces as an actor.
"""

from __future__ import annotations

from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND


def outside_longer_names(matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
    found = [m for m in matches if m.key.startswith(FOUND)]
    return [m for m in matches if not (
        m.has_suffix and not m.key.startswith(FOUND)
        and any(g.start <= m.start and m.end < g.name_end for g in found))]
