"""An item's edges at quotes and parentheses: a quoted title keeps its opening mark, a
parenthesis opened inside closes inside, and a case ending after a closing quote is the
sentence's."""

from __future__ import annotations

from pipeline.topics.clauses import CLOSING, OPENING
from pipeline.topics.items import AgendaItem


def with_opening_mark(text: str, item: AgendaItem) -> AgendaItem:
    """``“Demir Kalkan” girişimi``: an item that holds a closing quote starts at its opening one,
    and one that opens a parenthesis ends after it."""
    before = item.start - 1
    if before >= 0 and text[before] in OPENING + '"' and any(c in CLOSING + '"' for c in text[item.start : item.end]):
        item = AgendaItem(before, item.end)
    inside = text[item.start : item.end]
    if inside.count("(") > inside.count(")") and text[item.end : item.end + 1] == ")":
        item = AgendaItem(item.start, item.end + 1)  # "Görev Gücü (UNIFIL)": the parenthesis closes inside
    return without_case_after_quote(text, item)


def without_case_after_quote(text: str, item: AgendaItem) -> AgendaItem:
    """``"dış politika ve ekonomi"ye``: the case ending after a closing quote belongs to the
    sentence, not to the quoted topic (as the ending after an apostrophe)."""
    end = item.end
    while end > item.start and text[end - 1].isalpha():
        end -= 1
    if end < item.end and end - 1 > item.start and text[end - 1] in CLOSING + '"' and text[end - 1] != ")":
        return AgendaItem(item.start, end)
    return item
