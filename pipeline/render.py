"""What a person sees of a processed article: its text drawn by displaCy from the Doc's spans,
and beside it the record.

``render_html`` builds one standalone HTML page (no scripts, no external resources) for one
or more processed Docs (``pipeline.process``, ``pipeline.api.process_many``): each text in
displaCy's entity view (``pipeline.display``: every extraction labelled in words, readable
without colour; where two overlap, the longer), the record as tables and as JSON, error rows
with their reason, and a table of contents.
"""

from __future__ import annotations

import html
from typing import Iterable

from spacy import displacy
from spacy.tokens import Doc

from pipeline.assemble import doc_to_record
from pipeline.display import displacy_ents, displacy_options
from pipeline.schema import ErrorRow, Record

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
.trnews-toc {{ margin: 0 24px; font-size: 0.9em; }}
.trnews-error .trnews-text {{ border-color: #c33; }}
</style>
</head>
<body>
<h1>{title}</h1>
{articles}
</body>
</html>
"""


def displacy_html(doc: Doc) -> str:
    """The Doc's extractions in displaCy's entity view, as an HTML fragment."""
    data = {**displacy_ents(doc), "title": None}
    return displacy.render(data, style="ent", manual=True, page=False, jupyter=False, options=displacy_options())


def article_html(doc: Doc, anchor: str | None = None, record: Record | None = None) -> str:
    """One article: displaCy's view of the text and the record panel, as an HTML fragment."""
    record = record or doc_to_record(doc)
    return (
        f'<article class="trnews" id="{anchor or html.escape(record.id)}">'
        f'<section class="trnews-text"><h2>{html.escape(record.id)}</h2>'
        f"<p>published: {record.published or 'unknown'}</p>"
        f"{displacy_html(doc)}</section>"
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


def table_of_contents(items: list[tuple[Doc, Record] | ErrorRow]) -> str:
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


def render_html(docs: Iterable[Doc | ErrorRow], title: str = "trnews") -> str:
    """A standalone page for processed Docs and error rows, in the order given, with a table
    of contents when there is more than one."""
    items = [item if isinstance(item, ErrorRow) else (item, doc_to_record(item)) for item in docs]
    parts = [table_of_contents(items)] if len(items) > 1 else []
    for number, item in enumerate(items, start=1):
        if isinstance(item, ErrorRow):
            parts.append(error_html(item, number))
        else:
            doc, record = item
            parts.append(article_html(doc, anchor=_anchor(record.id, number), record=record))
    return _PAGE.format(title=html.escape(title), articles="\n".join(parts))
