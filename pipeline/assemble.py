"""The one assembly step: a processed ``Doc`` becomes a ``Record``.

Ordering is what makes output byte-stable: entities by first mention (then type and
name), everything else by offset.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.schema import Entity, Record


def _entity_order(entity: Entity) -> tuple:
    first = min((m.start for m in entity.mentions), default=-1)
    return (first, entity.type, entity.name)


def doc_to_record(doc: Doc) -> Record:
    entities = []
    for number, entity in enumerate(sorted(doc._.trnews_entities, key=_entity_order), start=1):
        mentions = sorted(entity.mentions, key=lambda m: (m.start, m.end))
        entities.append(entity.model_copy(update={"id": f"e{number}", "mentions": mentions}))
    by_offset = lambda item: (item.start, item.end)  # noqa: E731
    return Record(
        id=doc._.trnews_id,
        published=doc._.trnews_published,
        entities=entities,
        money=sorted(doc._.trnews_money, key=by_offset),
        topics=sorted(doc._.trnews_topics, key=by_offset),
        dates=sorted(doc._.trnews_dates, key=by_offset),
        events=sorted(doc._.trnews_events, key=by_offset),
    )
