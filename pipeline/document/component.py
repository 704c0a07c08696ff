"""First stage: the text the stages read, the publication date, and a clean slate for the results.

The stages read the text in its clean form (``pipeline.lang.tr.form``: plain spaces and line
ends, no invisible characters, HTML entities read, letters composed) and, when it was typed
without Turkish letters (``Disisleri Bakani``), from a copy with the letters put back
(``pipeline.lang.tr.dotless``, spelled from the words of ``data/``: ``vocabulary.py``; same
length, same offsets), and read a line written in capitals (a headline: ``DIŞİŞLERİ BAKANI
FİDAN ...``) with each word cased as running text cases it (``pipeline.lang.tr.capitals``, also
same length). Where what they read differs from the text as given, the given text, the
form's edits and the clean form as typed are kept on the Doc, and the record's offsets and
quotes are taken from the given text (``pipeline.spans``).

A leading ``date YYYY-MM-DD`` line (the format of the project's news dumps) gives the
publication date when the caller gave none; its span is recorded so that the date
stage does not report the publication date as an event date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.document.vocabulary import (
    HEAD_FILE, NAME_FILES, OPENER_FILE, VOCABULARY_FILES, opening_words, spelling_vocabulary, trade_words,
)
from pipeline.extensions import FORM_EDITS, INPUT_TEXT, TYPED_TEXT, doc_input_text
from pipeline.lang.tr.capitals import CapitalsReader, capital_lines, cased_as, without_capital_lines
from pipeline.lang.tr.dotless import DotlessReader
from pipeline.lang.tr.form import normalize_form
from pipeline.lang.tr.lines import restore_line_breaks
from pipeline.lang.tr.text import DATE_STAMP
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import GROUP_ENTRIES, SPAN_VALUES

DATELINE = re.compile(rf"\A{DATE_STAMP}\b")


def parse_dateline(text: str) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The date of a leading ``date YYYY-MM-DD`` line and the line's span (without spaces); a
    ``date YYYY-MM`` line is a dateline too, without a day's date to publish."""
    match = DATELINE.match(text)
    if match is None:
        return None, None
    start = text.index("date", 0, match.end())
    try:
        return dt.date.fromisoformat(match.group(1)), (start, match.end())
    except ValueError:  # "date 2026-13-45", "date 2024-02": a dateline, but no day's date
        return None, (start, match.end())


class DocumentStage(SavedLexicons):
    def __init__(self, vocabulary: list[str], names: list[str], openers: str = OPENER_FILE, heads: str = HEAD_FILE) -> None:
        phrases, name_phrases = spelling_vocabulary(vocabulary), spelling_vocabulary(names)
        self.dotless = DotlessReader(phrases, name_phrases)
        self.capitals = CapitalsReader(phrases, name_phrases, opening_words(openers), trade_words(heads))

    def __call__(self, doc: Doc) -> Doc:
        for name in [name for name in doc.spans if name.startswith("trnews_")]:  # a Doc run through again
            del doc.spans[name]
        doc.user_data.pop(SPAN_VALUES, None)
        doc.user_data.pop(GROUP_ENTRIES, None)
        text = self._read_text(doc)
        published, dateline = parse_dateline(text)
        doc._.trnews_dateline = dateline
        if doc._.trnews_published is None:
            doc._.trnews_published = published
        return doc

    def _read_text(self, doc: Doc) -> str:
        """Makes the clean form, or its reading copy with the Turkish letters put back (either
        with its lines in capitals cased as running text), the text every later stage reads
        (from the given text, also for a Doc run through again), and returns it."""
        given = doc_input_text(doc)
        text, form_map = normalize_form(given)
        text = restore_line_breaks(text)  # a copy of the same length: the form map still holds
        # the lines in capitals, found once: putting the letters back keeps every line's case
        lines = capital_lines(text)
        reading = self.dotless.restore(text, judged_by=without_capital_lines(text, lines))
        # lines in capitals cased as running text (same length), after the letters are back: a
        # capital I typed without Turkish letters may be an İ
        recased = self.capitals.restore(reading or text, lines)
        if recased is not None and reading is None:
            text = recased
        elif recased is not None:
            reading, text = recased, cased_as(text, recased, lines)
        doc.user_data["trnews_text"] = reading or text
        if reading is None:
            doc.user_data.pop(TYPED_TEXT, None)
        else:
            doc.user_data[TYPED_TEXT] = text
        if form_map is None and reading is None and text == given:
            doc.user_data.pop(INPUT_TEXT, None)
            doc.user_data.pop(FORM_EDITS, None)
        else:
            doc.user_data[INPUT_TEXT] = given
            doc.user_data[FORM_EDITS] = form_map.to_list() if form_map else []
        return reading or text


@Language.factory(
    "trnews_document",
    assigns=["doc._.trnews_published", "doc._.trnews_dateline"],
    default_config={"vocabulary": VOCABULARY_FILES, "names": NAME_FILES, "openers": OPENER_FILE, "heads": HEAD_FILE},
)
def make_document_stage(nlp: Language, name: str, vocabulary: list[str], names: list[str], openers: str,
                        heads: str) -> DocumentStage:
    return DocumentStage.build(vocabulary=vocabulary, names=names, openers=openers, heads=heads)
