"""A listed name in a case inside a longer name is that name's object, no mention.

``Türk Silahlı Kuvvetlerini Güçlendirme Vakfı`` is a foundation "for strengthening" the armed
forces: the accusative ``Kuvvetlerini`` ties the listed name into the foundation's name, which
does not name the armed forces as an actor.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Iterable

from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND


class Holders:
    """Spans, each given as (start, the last offset it reaches), that can be asked quickly whether
    one of them holds another span: one bisection, not a pass over every span for every mention
    (a long article has hundreds of each)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reaches = list(itertools.accumulate((reach for _, reach in ordered), max))

    def hold(self, start: int, reach: int) -> bool:
        """Whether a span starts at or before ``start`` and reaches ``reach`` or further."""
        started = bisect.bisect_right(self._starts, start)  # the spans starting at or before ``start``
        return started > 0 and self._reaches[started - 1] >= reach


def outside_longer_names(matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
    # a found name holds the match when it starts at or before it and its name goes on past the
    # match's end (suffix included): it reaches at least that end
    found = Holders((g.start, g.name_end - 1) for g in matches if g.key.startswith(FOUND))
    return [m for m in matches if not (
        m.has_suffix and not m.key.startswith(FOUND) and found.hold(m.start, m.end))]
