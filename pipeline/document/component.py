"""First stage: the clean form of the text, the publication date, and a clean slate for the results.

The stages read the text in its clean form (``pipeline.lang.tr.form``: plain spaces and line
ends, no invisible characters, HTML entities read, letters composed); where it differs from
the text as given, the given text and the edits are kept on the Doc, and the record's offsets
are mapped back to the given text (``pipeline.spans``).

A leading ``date YYYY-MM-DD`` line (the format of the project's news dumps) gives the
publication date when the caller gave none; its span is recorded so that the date
stage does not report the publication date as an event date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import FORM_EDITS, INPUT_TEXT, doc_input_text
from pipeline.lang.tr.form import normalize_form
from pipeline.spans import GROUP_ENTRIES, SPAN_VALUES

DATELINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")


def parse_dateline(text: str) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The date of a leading ``date YYYY-MM-DD`` line and the line's span (without spaces)."""
    match = DATELINE.match(text)
    if match is None:
        return None, None
    start = text.index("date", 0, match.end())
    try:
        return dt.date.fromisoformat(match.group(1)), (start, match.end())
    except ValueError:  # "date 2026-13-45": a dateline, but no date
        return None, (start, match.end())


class DocumentStage:
    def __call__(self, doc: Doc) -> Doc:
        for name in [name for name in doc.spans if name.startswith("trnews_")]:  # a Doc run through again
            del doc.spans[name]
        doc.user_data.pop(SPAN_VALUES, None)
        doc.user_data.pop(GROUP_ENTRIES, None)
        text = _read_clean_form(doc)
        published, dateline = parse_dateline(text)
        doc._.trnews_dateline = dateline
        if doc._.trnews_published is None:
            doc._.trnews_published = published
        return doc


def _read_clean_form(doc: Doc) -> str:
    """Makes the clean form the text every later stage reads (from the given text, also for a
    Doc run through again) and returns it."""
    given = doc_input_text(doc)
    text, form_map = normalize_form(given)
    doc.user_data["trnews_text"] = text
    if form_map is None:
        doc.user_data.pop(INPUT_TEXT, None)
        doc.user_data.pop(FORM_EDITS, None)
    else:
        doc.user_data[INPUT_TEXT] = given
        doc.user_data[FORM_EDITS] = form_map.to_list()
    return text


@Language.factory("trnews_document", assigns=["doc._.trnews_published", "doc._.trnews_dateline"])
def make_document_stage(nlp: Language, name: str) -> DocumentStage:
    return DocumentStage()
