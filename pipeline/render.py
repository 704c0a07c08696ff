"""What a person sees of a record: the article with its extractions highlighted.

``render_html`` builds one standalone HTML page (no scripts, no external resources) for
one or more articles: the text with every extraction highlighted, each highlight carrying
its label in words (readable without colour), and beside it the record as tables.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Iterable

from pipeline.schema import ErrorRow, Record

#: label -> colour; the label text is always shown too, so colour is never the only cue
COLOURS = {
    "PERSON": "#f6c5a0",
    "COUNTRY": "#b8d8f2",
    "LOCATION": "#cde8c4",
    "ORGANIZATION": "#e3cdf2",
    "MISSION": "#f2e19c",
    "MONEY": "#a8e6cf",
    "DATE": "#f2b8c6",
    "TOPIC": "#d9d9d9",
}

_PAGE = """<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; background: #fafafa; color: #222; }}
h1 {{ font-size: 1.3em; margin: 16px 24px; }}
article.trnews {{ display: flex; gap: 24px; margin: 16px 24px 40px; align-items: flex-start; }}
.trnews-text {{ flex: 3; background: #fff; padding: 12px 20px; border: 1px solid #ddd; }}
.trnews-panel {{ flex: 2; background: #fff; padding: 12px 16px; border: 1px solid #ddd; font-size: 0.9em; }}
.trnews-panel table {{ border-collapse: collapse; width: 100%; margin-bottom: 12px; }}
.trnews-panel th, .trnews-panel td {{ border-bottom: 1px solid #eee; text-align: left; padding: 3px 6px; vertical-align: top; }}
.trnews-panel h3 {{ margin: 12px 0 4px; font-size: 1em; }}
pre {{ white-space: pre-wrap; font-size: 0.8em; }}
.trn-body {{ white-space: pre-wrap; line-height: 2.2; }}
.trnews-toc {{ margin: 0 24px; font-size: 0.9em; }}
.trnews-error .trnews-text {{ border-color: #c33; }}
mark.trn {{ padding: 1px 3px; border-radius: 3px; border: 1px solid #888; color: #111; }}
.trn-label {{ font-size: 0.6em; font-weight: bold; margin-right: 3px; vertical-align: super; }}
</style>
</head>
<body>
<h1>{title}</h1>
{articles}
</body>
</html>
"""


@dataclass(frozen=True, order=True)
class Highlight:
    start: int
    end: int
    label: str
    tooltip: str


def highlights(record: Record) -> list[Highlight]:
    """Every extraction of the record as a labelled character range."""
    found = [Highlight(m.start, m.end, e.type, e.name) for e in record.entities for m in e.mentions]
    found += [Highlight(m.start, m.end, "MONEY", f"{m.amount:,} {m.currency or ''}") for m in record.money]
    found += [Highlight(d.start, d.end, "DATE", d.value or "unresolved") for d in record.dates]
    found += [Highlight(t.start, t.end, "TOPIC", t.label or "") for t in record.topics]
    return sorted(found, key=lambda h: (h.start, -h.end, h.label))


def displacy_data(text: str, record: Record) -> dict:
    """The record in displaCy's manual entity format (``displacy.render(data, style="ent",
    manual=True)``); where extractions overlap, the outermost one is kept."""
    kept: list[Highlight] = []
    for highlight in highlights(record):
        if not kept or highlight.start >= kept[-1].end:
            kept.append(highlight)
    return {"text": text, "ents": [{"start": h.start, "end": h.end, "label": h.label} for h in kept], "title": record.id}


def highlighted_text(text: str, record: Record) -> str:
    """The text as HTML with nested ``<mark>`` elements, the text itself unchanged.

    displaCy's span view re-joins tokens with spaces and its entity view cannot nest
    (``NATO`` inside ``NATO Kosova Gücü``), so nesting is done here: a highlight that
    starts inside another is clipped to it.
    """
    parts: list[str] = []
    open_ends: list[int] = []
    position = 0

    def close_until(offset: int) -> None:
        nonlocal position
        while open_ends and open_ends[-1] <= offset:
            end = open_ends.pop()
            parts.append(html.escape(text[position:end]))
            position = end
            parts.append("</mark>")

    for highlight in highlights(record):
        close_until(highlight.start)
        parts.append(html.escape(text[position : highlight.start]))
        position = highlight.start
        end = min(highlight.end, open_ends[-1]) if open_ends else highlight.end
        parts.append(
            f'<mark class="trn" style="background:{COLOURS.get(highlight.label, "#eee")}" '
            f'title="{html.escape(highlight.tooltip)}"><span class="trn-label">{highlight.label}</span>'
        )
        open_ends.append(end)
    close_until(len(text))
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def article_html(text: str, record: Record, anchor: str | None = None) -> str:
    """One article: highlighted text and the record panel, as an HTML fragment."""
    return (
        f'<article class="trnews" id="{anchor or html.escape(record.id)}">'
        f'<section class="trnews-text"><h2>{html.escape(record.id)}</h2>'
        f"<p>published: {record.published or 'unknown'}</p>"
        f'<div class="trn-body">{highlighted_text(text, record)}</div></section>'
        f'<aside class="trnews-panel">{record_panel(record)}</aside></article>'
    )


def record_panel(record: Record) -> str:
    """The record as small tables, then as JSON."""
    entity_rows = [
        (e.type, e.name, _entity_details(e), str(len(e.mentions))) for e in record.entities
    ]
    parts = [
        _table("Entities", ("type", "name", "details", "mentions"), entity_rows),
        _table(
            "Money",
            ("amount", "currency", "approximate", "subject", "text"),
            [(f"{m.amount:,}", m.currency or "", "yes" if m.approximate else "no", m.subject or "", m.text) for m in record.money],
        ),
        _table("Dates", ("value", "text"), [(d.value or "unresolved", d.text) for d in record.dates]),
        _table("Topics", ("label", "text"), [(t.label or "", t.text) for t in record.topics]),
        f"<details><summary>JSON</summary><pre>{html.escape(record.model_dump_json(indent=1))}</pre></details>",
    ]
    return "".join(parts)


def _entity_details(entity) -> str:
    details = [f"{key}: {value}" for key in ("acronym", "iso2", "country", "parent", "name_en") if (value := getattr(entity, key))]
    details += [", ".join(x for x in (t.title, t.role, t.portfolio, t.country) if x) for t in entity.titles or []]
    return "; ".join(details)


def _table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return f"<h3>{title}</h3><p>none</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<h3>{title}</h3><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def error_html(row: ErrorRow, number: int) -> str:
    """An input row that gave no record: its id, where it came from and why."""
    name = row.id or f"row {number}"
    return (
        f'<article class="trnews trnews-error" id="{_anchor(row.id, number)}"><section class="trnews-text">'
        f"<h2>{html.escape(name)}: no record</h2><p>{html.escape(row.error)}</p>"
        f"<p>source: {html.escape(row.source or 'unknown')}</p></section></article>"
    )


def table_of_contents(items: list[tuple[str, Record] | ErrorRow]) -> str:
    """Links to every article of the page, with its number of entities (or ``error``)."""
    entries = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, ErrorRow):
            label = f"{html.escape(item.id or f'row {number}')} (error)"
            entries.append(f'<li class="trnews-error"><a href="#{_anchor(item.id, number)}">{label}</a></li>')
        else:
            record = item[1]
            label = f"{html.escape(record.id)} ({len(record.entities)} entities)"
            entries.append(f'<li><a href="#{_anchor(record.id, number)}">{label}</a></li>')
    return f'<nav class="trnews-toc"><h2>Contents</h2><ol>{"".join(entries)}</ol></nav>'


def _anchor(row_id: str | None, number: int) -> str:
    """A unique anchor per article (ids may repeat or be missing)."""
    return html.escape(f"a{number}-{row_id or ''}", quote=True)


def render_html(items: Iterable[tuple[str, Record] | ErrorRow], title: str = "trnews") -> str:
    """A standalone page for (text, record) pairs and error rows, in the order given, with a
    table of contents when there is more than one."""
    items = list(items)
    parts = [table_of_contents(items)] if len(items) > 1 else []
    for number, item in enumerate(items, start=1):
        if isinstance(item, ErrorRow):
            parts.append(error_html(item, number))
        else:
            parts.append(article_html(*item, anchor=_anchor(item[1].id, number)))
    return _PAGE.format(title=html.escape(title), articles="\n".join(parts))
