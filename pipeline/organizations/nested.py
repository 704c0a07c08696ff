"""A listed name in a case inside a longer name is that name's object, no mention.

``Türk Silahlı Kuvvetlerini Güçlendirme Vakfı`` is a foundation "for strengthening" the armed
forces: the accusative ``Kuvvetlerini`` ties the listed name into the foundation's name, which
does not name the armed forces as an actor.
"""

from __future__ import annotations

from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND
from pipeline.names.holding import Holders


def outside_longer_names(matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
    # a found name holds the match when it starts at or before it and its name goes on past the
    # match's end (suffix included): it reaches at least that end
    found = Holders((g.start, g.name_end - 1) for g in matches if g.key.startswith(FOUND))
    return [m for m in matches if not (
        m.has_suffix and not m.key.startswith(FOUND) and found.hold(m.start, m.end))]
