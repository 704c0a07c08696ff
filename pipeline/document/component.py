"""First stage: fresh result lists for the Doc and the publication date.

A leading ``date YYYY-MM-DD`` line (the format of the project's news dumps) gives the
publication date when the caller gave none; its span is recorded so that the date
stage does not report the publication date as an event date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import LIST_EXTENSIONS, doc_text

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
        for name in LIST_EXTENSIONS:
            setattr(doc._, name, [])
        published, dateline = parse_dateline(doc_text(doc))
        doc._.trnews_dateline = dateline
        if doc._.trnews_published is None:
            doc._.trnews_published = published
        return doc


@Language.factory("trnews_document")
def make_document_stage(nlp: Language, name: str) -> DocumentStage:
    return DocumentStage()
