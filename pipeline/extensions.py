"""The ``Doc`` extensions of the pipeline: the article's id and dates, and read-only views of
the results.

The results themselves are Spans in ``doc.spans`` (``pipeline.spans``); everything kept on a
Doc is a plain value (a string, a number, a list), so that a processed Doc can be saved in a
``DocBin``, pickled and sent between processes (``nlp.pipe(texts, n_process=2)``).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

#: doc.user_data key of the NER model's confidence per token (``pipeline.ner.confidence``)
NER_CONFIDENCE = "trnews_ner_confidence"
#: per-Doc caches of the stages: dropped by the last stage (``drop_caches``)
CACHES = ("trnews_words", NER_CONFIDENCE)
ANALYSIS = "trnews_analysis"  # doc.user_data key of the word analysis (``pipeline.lang.tr.analysis``)
#: doc.user_data keys of the text as given and of the edits that made its clean form, set by the
#: document stage when the two differ (``pipeline.lang.tr.form``)
INPUT_TEXT, FORM_EDITS = "trnews_input_text", "trnews_form_edits"
#: doc.user_data key of the clean form as typed, set by the document stage when the stages read a
#: copy of it with the Turkish letters put back (``pipeline.lang.tr.dotless``)
TYPED_TEXT = "trnews_typed_text"


def _get_published(doc: Doc) -> dt.date | None:
    value = doc.user_data.get("trnews_published")
    return dt.date.fromisoformat(value) if value else None


def _set_published(doc: Doc, value: dt.date | None) -> None:
    # kept as ISO text: msgpack (DocBin, n_process) has no date type
    doc.user_data["trnews_published"] = value.isoformat() if value is not None else None


def _get_dateline(doc: Doc) -> tuple[int, int] | None:
    value = doc.user_data.get("trnews_dateline")
    return tuple(value) if value else None


def _set_dateline(doc: Doc, value: tuple[int, int] | None) -> None:
    doc.user_data["trnews_dateline"] = list(value) if value else None


def _get_amount_offsets(doc: Doc) -> list[tuple[int, int]]:
    return [tuple(pair) for pair in doc.user_data.get("trnews_amount_offsets", [])]


def _set_amount_offsets(doc: Doc, value: list[tuple[int, int]]) -> None:
    doc.user_data["trnews_amount_offsets"] = [list(pair) for pair in value]


def _entities(doc: Doc) -> list:
    from pipeline.spans import entities_in

    return entities_in(doc)


def _items(group_name: str):
    def getter(doc: Doc) -> list:
        from pipeline.spans import items_in

        return items_in(doc, group_name)

    return getter


#: name -> keyword arguments of ``Doc.set_extension``
DOC_EXTENSIONS = {
    "trnews_id": {"default": None},  # the article id given by the caller
    "trnews_published": {"getter": _get_published, "setter": _set_published},  # datetime.date or None
    # (start, end) of a leading "date YYYY-MM-DD" line: metadata, not content
    "trnews_dateline": {"getter": _get_dateline, "setter": _set_dateline},
    # (start, end) of every money amount, repeats included (the money group keeps one entry per
    # amount): set by the money stage, read by the dates stage (a number in an amount is no year)
    "trnews_amount_offsets": {"getter": _get_amount_offsets, "setter": _set_amount_offsets},
    # read-only views of the span groups as schema objects (``pipeline.spans``)
    "trnews_entities": {"getter": _entities},
    "trnews_money": {"getter": _items("trnews_money")},
    "trnews_dates": {"getter": _items("trnews_date")},
    "trnews_topics": {"getter": _items("trnews_topic")},
    "trnews_events": {"getter": lambda doc: []},  # no stage finds events yet
    "trnews_analysis": {"getter": lambda doc: doc_analysis(doc)},
}


def register_extensions() -> None:
    for name, settings in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, **settings)
    # ``pipeline.spans`` registers its span extensions when it is first imported; a plain module
    # import also works while that module is still importing this one (a ``from`` import would not)
    import pipeline.spans  # noqa: F401


def doc_analysis(doc: Doc):
    """The word analysis of the Doc (``pipeline.lang.tr.analysis.Analysis``): the one the
    ``trnews_analysis`` stage stored, or computed now for a stage run without it."""
    from pipeline.lang.tr.analysis import Analysis, analyze

    stored = doc.user_data.get(ANALYSIS)
    if stored is None:
        analysis = analyze(doc_text(doc), doc.user_data.get("trnews_words"))
        doc.user_data[ANALYSIS] = analysis.to_dict()
        return analysis
    return Analysis.from_dict(stored)


def doc_words(doc: Doc) -> list:
    """The words of the text (``pipeline.lang.tr.text.words``), computed once per Doc for all
    stages, with the gazetteers' candidate starts (``pipeline.lexicons.candidates.DocWords``)."""
    cached = doc.user_data.get("trnews_words")
    if cached is None:
        from pipeline.lexicons.candidates import DocWords

        if ANALYSIS in doc.user_data:
            cached = DocWords(doc_analysis(doc).words(doc_text(doc)))
        else:
            from pipeline.lang.tr.text import words

            cached = DocWords(words(doc_text(doc)))
        doc.user_data["trnews_words"] = cached
    return cached


def doc_text(doc: Doc) -> str:
    """The text the stages read: ``doc.text``, built once per Doc (spaCy rebuilds it from the
    tokens on every access), in its clean form once the document stage has run
    (``pipeline.lang.tr.form``; ``doc_input_text`` is the text as given)."""
    cached = doc.user_data.get("trnews_text")
    if cached is None:
        cached = doc.user_data["trnews_text"] = doc.text
    return cached


def doc_input_text(doc: Doc) -> str:
    """The text as given, which the record's offsets index."""
    return doc.user_data.get(INPUT_TEXT) or doc_text(doc)


def doc_typed_text(doc: Doc) -> str | None:
    """The clean form of a text typed without Turkish letters, as typed (``doc_text`` is its
    reading copy, of the same length); None for a text the stages read as written."""
    return doc.user_data.get(TYPED_TEXT)


def doc_form_map(doc: Doc):
    """The ``pipeline.lang.tr.form.FormMap`` from ``doc_text`` offsets to ``doc_input_text``
    offsets; None when the two are the same text. A reading copy with the Turkish letters put
    back (``pipeline.lang.tr.dotless``) has the offsets of the clean form: a map without edits
    when the form was clean, which still says that quotes are cut from the text as given."""
    if INPUT_TEXT not in doc.user_data:
        return None
    from pipeline.lang.tr.form import FormMap

    return FormMap.from_list(doc.user_data.get(FORM_EDITS) or [])


def clean_offsets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Offsets of the text as given (a model's token or entity) -> offsets of ``doc_text``."""
    form = doc_form_map(doc)
    return (start, end) if form is None else (form.to_copy(start), form.to_copy(end))


def drop_caches(doc: Doc) -> None:
    """Remove what the stages cached on the Doc: derived data, not results."""
    for name in CACHES:
        doc.user_data.pop(name, None)


register_extensions()  # last: it imports ``pipeline.spans``, which imports the helpers above
