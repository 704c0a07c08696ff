"""Turkish licence plates: ``34 ABC 123 plakalı otomobil``.

A plate is a province code (``01`` to ``81``), one to three Latin capitals and two to four
digits, and a text names it as one before a word of the plate (``plakalı``, ``plakasını``),
also at the end of a list of plates (``34 AB 123 ve 06 CD 45 plakalı araçlar``). The letters of a
plate are never an acronym: ``06 PKK 123 plakalı otomobil`` names no organization.
"""

from __future__ import annotations

import re

#: one plate: its province code, its letters (a group of its own) and its number
_PLATE = r"(?:0[1-9]|[1-7]\d|8[01]) ?[A-Z]{1,3} ?\d{2,4}"
#: a plate's letters, then at most one more plate joined to it, and so on, up to a plate word
_PLATE_LETTERS = re.compile(
    rf"(?<![\w.,])(?:0[1-9]|[1-7]\d|8[01]) ?([A-Z]{{1,3}}) ?\d{{2,4}}"
    rf"(?:(?:, ?| (?:ve|ile|veya) ){_PLATE})*(?:['’]\w+)? plaka"
)
#: how far before its letters a plate starts (``34 `` or ``34``)
_CODE_WIDTH = (3, 2)


def plate_letters_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the letters of a licence plate (``ADF`` in ``42 ADF 19
    plakalı tır``), no word of their own."""
    for width in _CODE_WIDTH:
        plate = _PLATE_LETTERS.match(text, start - width) if start >= width else None
        if plate is not None and plate.span(1) == (start, end):
            return True
    return False
