"""Lines of a page that list other articles: their headlines name nothing of the story.

A news page's dump often keeps the site's list of the writer's other columns or of the most read
stories, each headline followed by its date and a count of readings after a bar (``... 12 Mart
2024 | 530 Okunma``), one per line or run together on one line. A line holding such a stamp is a
list of other articles: a country or place in its headlines is not one the article names.
"""

from __future__ import annotations

import re

#: a date (``12 Mart 2024``, ``12.03.2024``) and a count of readings or comments after a bar
_LISTED_STAMP = re.compile(
    r"\d{1,2}(?:\s+[^\W\d_]+\s+|[./])(?:\d{1,2}[./])?\d{4}\s?\|\s?[\d.]+\s+"
    r"(?:okunma|okuma|okundu|görüntülenme|gösterim|izlenme|yorum)(?![^\W_])",
    re.IGNORECASE,
)


def listing_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines that hold a listed article's stamp and more: the
    headlines of other articles (a line holding nothing but the stamp dates the article itself)."""
    spans = []
    for match in _LISTED_STAMP.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if text[start : match.start()].strip() or text[match.end() : end].strip():
            if not spans or spans[-1][1] < start:
                spans.append((start, end))
    return spans
