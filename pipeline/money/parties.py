"""The parties of a money figure: the two sides the sentence says the amount passes between.

Turkish names them in one construction above all: ``Türkiye ile Çin arasındaki ticaret hacmi``,
``ABD ve AB arasında 2 milyar euroluk anlaşma``: two named things (countries, organizations,
persons, found by the earlier stages) joined by ``ile`` or ``ve`` and followed by ``arasında(ki)``,
in the sentence of the amount. Other forms (who paid whom) are not read: no parties then.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import sentence_bounds

PARTY_TYPES = ("COUNTRY", "ORGANIZATION", "PERSON")
_JOINT = re.compile(r" +(?:ile|ve) +")
_BETWEEN = re.compile(r"(?:['’][^\W\d_]+)? +arası(?:nda(?:ki)?|ndaki)?(?![^\W_])")


def parties(text: str, mentions: list[tuple[int, int, str]], start: int, end: int) -> list[str] | None:
    """The names of the two sides in ``X ile Y arasında`` in the sentence of the amount at
    ``start:end``; ``mentions`` are (start, end, entity name) of the mentions of ``PARTY_TYPES``."""
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    mentions = sorted(
        mention for mention in mentions if sentence_start <= mention[0] and mention[1] <= sentence_end
    )
    for (_, first_end, first), (second_start, second_end, second) in zip(mentions, mentions[1:]):
        if first != second and _JOINT.fullmatch(text, first_end, second_start) and _BETWEEN.match(text, second_end):
            return [first, second]
    return None
