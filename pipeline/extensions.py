"""The ``Doc`` extensions through which the stages hand their results to the assembly.

Each stage appends schema objects (``pipeline.schema``) with character offsets into the
original text; ``pipeline.assemble`` turns them into a record. The ``trnews_document``
stage gives every Doc fresh lists, so no list is shared between documents.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: extension name -> default; the list-valued ones are replaced per Doc by trnews_document
DOC_EXTENSIONS = {
    "trnews_id": None,  # the article id given by the caller
    "trnews_published": None,  # datetime.date of publication, or None
    "trnews_dateline": None,  # (start, end) of a leading "date YYYY-MM-DD" line: metadata, not content
    "trnews_entities": None,  # list[schema.Entity], ids assigned at assembly
    "trnews_money": None,  # list[schema.Money]
    "trnews_topics": None,  # list[schema.Topic]
    "trnews_dates": None,  # list[schema.DateMention]
    "trnews_events": None,  # list[schema.Event]
}
LIST_EXTENSIONS = ("trnews_entities", "trnews_money", "trnews_topics", "trnews_dates", "trnews_events")


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def doc_words(doc: Doc) -> list:
    """The words of the text (``pipeline.lang.tr.text.words``), computed once per Doc for all stages."""
    from pipeline.lang.tr.text import words

    cached = doc.user_data.get("trnews_words")
    if cached is None:
        cached = doc.user_data["trnews_words"] = words(doc_text(doc))
    return cached


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get("trnews_text")
    if cached is None:
        cached = doc.user_data["trnews_text"] = doc.text
    return cached
