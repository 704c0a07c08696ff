"""Turning lexicon matches into entities: one entity per real thing, all its mentions."""

from __future__ import annotations

from typing import Callable, Iterable

from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.schema import Entity, Mention


def mention_of(text: str, start: int, end: int) -> Mention:
    return Mention(start=start, end=end, text=text[start:end])


def entities_from_matches(
    text: str, matches: Iterable[GazetteerMatch], make_entity: Callable[[str], Entity | None]
) -> list[Entity]:
    """Group matches by their key; ``make_entity(key)`` builds the entity (None drops the key)."""
    grouped: dict[str, list[Mention]] = {}
    for match in matches:
        grouped.setdefault(match.key, []).append(mention_of(text, match.start, match.end))
    entities = []
    for key, mentions in grouped.items():
        entity = make_entity(key)
        if entity is not None:
            entities.append(entity.model_copy(update={"mentions": mentions}))
    return entities
