"""The one assembly step: a processed ``Doc`` becomes a ``Record``, read from its span groups
(``pipeline.spans``).

Ordering is what makes output byte-stable: entities by first mention (then type and
name), everything else by offset. The record is validated once, from plain values.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.schema import Record
from pipeline.spans import DATE_GROUP, MONEY_GROUP, TOPIC_GROUP, entity_dicts, item_dicts


def _entity_order(entity: dict) -> tuple:
    first = min((m["start"] for m in entity["mentions"]), default=-1)
    return (first, entity["type"], entity["name"])


def _by_offset(item: dict) -> tuple:
    return (item["start"], item["end"])


def doc_to_record(doc: Doc) -> Record:
    entities = sorted(entity_dicts(doc), key=_entity_order)
    for number, entity in enumerate(entities, start=1):
        entity["id"] = f"e{number}"
        entity["mentions"].sort(key=_by_offset)
    published = doc._.trnews_published
    return Record.model_validate(
        {
            "id": doc._.trnews_id,
            "published": published,
            "entities": entities,
            "money": sorted(item_dicts(doc, MONEY_GROUP), key=_by_offset),
            "topics": sorted(item_dicts(doc, TOPIC_GROUP), key=_by_offset),
            "dates": sorted(item_dicts(doc, DATE_GROUP), key=_by_offset),
            "events": [],
        }
    )
