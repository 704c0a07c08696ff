"""Listed names inside a longer found name that are no mention of their own.

- A listed name in a case: ``Türk Silahlı Kuvvetlerini Güçlendirme Vakfı`` is a foundation "for
  strengthening" the armed forces: the accusative ``Kuvvetlerini`` ties the listed name into the
  foundation's name, which does not name the armed forces as an actor.
- A listed name right before the longer name's last word, its head: ``Fransa Silahlı Kuvvetler
  Bakanlığı`` is France's ministry of the armed forces; the listed ``Silahlı Kuvvetler`` (the
  Turkish armed forces) says what the ministry is for.
- A listed name inside a mission's name but not opening it: ``Sea Guardian Operasyonu`` is
  NATO's operation, no mention of the newspaper ``Guardian`` (the owner opening it stays one:
  ``NATO`` in ``NATO Kosova Gücü``).
"""

from __future__ import annotations

import re

from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND
from pipeline.names.holding import Holders


def outside_longer_names(matches: list[GazetteerMatch], text: str = "",
                         missions: list[tuple[int, int]] = ()) -> list[GazetteerMatch]:
    matches = [m for m in matches if not any(s < m.start and m.name_end <= e for s, e in missions)]
    # a found name holds the match when it starts at or before it and its name goes on past the
    # match's end (suffix included): it reaches at least that end
    found = Holders((g.start, g.name_end - 1) for g in matches if g.key.startswith(FOUND))
    found_starts = {g.name_end: g.start for g in matches if g.key.startswith(FOUND)}
    return [m for m in matches if m.key.startswith(FOUND) or not (
        m.has_suffix and found.hold(m.start, m.end) or _before_head(text, m, found_starts))]


def _before_head(text: str, match: GazetteerMatch, found_starts: dict[int, int]) -> bool:
    """Whether a found name that starts before the match ends in the one word right after it
    (``found_starts``: the found names' starts by the end of their names; a case ending may
    follow the name in that word)."""
    if match.has_suffix or text[match.end : match.end + 1] != " ":
        return False
    word = _WORD.match(text, match.end + 1)
    return word is not None and any(found_starts.get(end, match.start) < match.start
                                    for end in range(word.start() + 1, word.end() + 1))


_WORD = re.compile(r"[^\W\d_]+")
