"""A processed Doc's extractions in displaCy's manual format, for ``trnews render`` and notebooks.

    from spacy import displacy
    displacy.render(displacy_ents(doc), style="ent", manual=True)

Entity mentions, money, dates and topics are read from their span groups (``pipeline.spans``)
at the record's character offsets; where two overlap, the longer is shown.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extensions import doc_text
from pipeline.spans import DATE_GROUP, ENTITY_GROUPS, MONEY_GROUP, SPAN_VALUES, TOPIC_GROUP

#: displaCy colours per label (others get displaCy's default)
COLORS = {
    "PERSON": "#aa9cfc",
    "COUNTRY": "#feca74",
    "LOCATION": "#ff9561",
    "ORGANIZATION": "#7aecec",
    "MISSION": "#bfeeb7",
    "MONEY": "#e4e7d2",
    "DATE": "#bfe1d9",
    "TOPIC": "#ddd",
}
GROUPS = (*ENTITY_GROUPS.values(), MONEY_GROUP, DATE_GROUP, TOPIC_GROUP)


def displacy_ents(doc: Doc, groups: tuple[str, ...] = GROUPS) -> dict:
    """``{"text", "ents", "title"}``: non-overlapping extractions, longest first where they meet."""
    values = doc.user_data.get(SPAN_VALUES, {})
    found = sorted(
        ((*values[span.id_][0], span.label_) for name in groups for span in doc.spans.get(name, [])),
        key=lambda item: (item[0] - item[1], item[0]),  # longest first, then leftmost
    )
    kept: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if start < end and all(end <= other_start or other_end <= start for other_start, other_end, _ in kept):
            kept.append((start, end, label))
    ents = [{"start": start, "end": end, "label": label} for start, end, label in sorted(kept)]
    return {"text": doc_text(doc), "ents": ents, "title": doc._.trnews_id}


def displacy_options(labels: tuple[str, ...] = tuple(COLORS)) -> dict:
    """Options for ``displacy.render(..., options=...)``: the labels and their colours."""
    return {"ents": list(labels), "colors": COLORS}
