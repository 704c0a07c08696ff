"""The one assembly step: a processed ``Doc`` becomes a ``Record``, read from its span groups
(``pipeline.spans``).

Ordering is what makes output byte-stable: entities by first mention (then type and
name), everything else by offset.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.schema import Entity, Record
from pipeline.spans import DATE_GROUP, MONEY_GROUP, TOPIC_GROUP, entities_in, items_in


def _entity_order(entity: Entity) -> tuple:
    first = min((m.start for m in entity.mentions), default=-1)
    return (first, entity.type, entity.name)


def doc_to_record(doc: Doc) -> Record:
    entities = []
    for number, entity in enumerate(sorted(entities_in(doc), key=_entity_order), start=1):
        entity.id = f"e{number}"
        entity.mentions.sort(key=lambda m: (m.start, m.end))
        entities.append(entity)
    by_offset = lambda item: (item.start, item.end)  # noqa: E731
    return Record(
        id=doc._.trnews_id,
        published=doc._.trnews_published,
        entities=entities,
        money=sorted(items_in(doc, MONEY_GROUP), key=by_offset),
        topics=sorted(items_in(doc, TOPIC_GROUP), key=by_offset),
        dates=sorted(items_in(doc, DATE_GROUP), key=by_offset),
        events=[],
    )
