"""How the stages hand their results on: spaCy ``Span``s in span groups, with plain values.

Every extraction is a Span in a group of ``doc.spans``:

- entity mentions in ``trnews_country``, ``trnews_mission``, ``trnews_organization``,
  ``trnews_location``, ``trnews_person`` (``trnews_<type>``): one Span per mention, its label the
  entity type, its ``kb_id_`` the entity's key in this Doc (the mentions of one entity share it);
- ``trnews_money``, ``trnews_date``, ``trnews_topic``: one Span per record item.

Two Span extensions carry what the record needs, as plain values (strings, numbers, lists,
dicts), so that a processed Doc goes into a ``DocBin``, through pickle and between processes:

- ``span._.trnews_offsets``: ``[start, end]``, the character offsets in the text the stages
  read (``doc_text``); the record's views (``entity_dicts``, ``item_dicts``) map them to the
  text as given where its form was cleaned (``pipeline.lang.tr.form``). A Span covers whole
  tokens; an extraction may start or end inside one (``Fidan`` in ``Fidan'ın``);
- ``span._.trnews_fields``: the normalized fields: for a mention, its entity's (``name``,
  ``iso2``, ``titles`` ...); for money, dates and topics, the record item's.

``pipeline.assemble`` builds the record from these groups; stages read earlier results with
``mention_offsets`` and ``entities_in`` instead of keeping objects of their own on the Doc.
"""

from __future__ import annotations

from typing import Iterable, Iterator, NamedTuple

from spacy.tokens import Doc, Span
from pydantic import BaseModel

from pipeline.extensions import doc_form_map, doc_input_text, doc_text, doc_typed_text
from pipeline.schema import DateMention, Entity, Money, Topic

#: entity type -> span group, in the order the stages add them (the record's tie order)
ENTITY_GROUPS = {
    "COUNTRY": "trnews_country",
    "MISSION": "trnews_mission",
    "ORGANIZATION": "trnews_organization",
    "LOCATION": "trnews_location",
    "PERSON": "trnews_person",
}
MONEY_GROUP, DATE_GROUP, TOPIC_GROUP = "trnews_money", "trnews_date", "trnews_topic"
SPAN_VALUES = "trnews_span_values"  # doc.user_data key: span id -> [offsets, fields]
#: doc.user_data key: group name -> [span id, entity key] of each of its Spans, in order (``group_entries``)
GROUP_ENTRIES = "trnews_group_entries"
ITEM_MODELS: dict[str, type[BaseModel]] = {MONEY_GROUP: Money, DATE_GROUP: DateMention, TOPIC_GROUP: Topic}
#: span group -> the component that fills it
MADE_BY = {
    "trnews_country": "trnews_countries",
    "trnews_mission": "trnews_missions",
    "trnews_organization": "trnews_organizations",
    "trnews_location": "trnews_locations",
    "trnews_person": "trnews_persons",
    MONEY_GROUP: "trnews_money",
    DATE_GROUP: "trnews_dates",
    TOPIC_GROUP: "trnews_topics",
}


def register_span_extensions() -> None:
    for name, position in (("trnews_offsets", 0), ("trnews_fields", 1)):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=lambda span, position=position: _span_values(span)[position])
    # ``doc._.trnews_person`` is ``doc.spans["trnews_person"]``: a name the factories' ``requires``
    # and ``assigns`` can give (spaCy's analysis knows no span group names)
    for group_name in MADE_BY:
        if not Doc.has_extension(group_name):
            Doc.set_extension(group_name, getter=lambda doc, name=group_name: doc.spans.get(name))


def group_attrs(*group_names: str) -> list[str]:
    """The attribute names of span groups, for a factory's ``requires`` or ``assigns``."""
    return [f"doc._.{name}" for name in group_names]


def require_groups(doc: Doc, component: str, group_names: Iterable[str]) -> None:
    """Fail with a message naming the missing component when an earlier stage whose results
    change this stage's readings has not run (``trnews_countries`` before the name stages: a
    ministry after ``Rusya`` is Russia's). Groups a stage only avoids overlapping are read
    when present: a pipeline of some stages works. Its factory's ``requires`` lists them all,
    for ``nlp.analyze_pipes()``."""
    missing = [MADE_BY[name] for name in group_names if name not in doc.spans]
    if missing:
        needed = ", ".join(repr(name) for name in missing)
        raise ValueError(
            f"{component} reads the results of {needed}, which did not run on this Doc: add "
            f"{'it' if len(missing) == 1 else 'them'} before {component!r} (pipeline.api.STAGES gives the order)"
        )


register_span_extensions()


def entity_group(entity_type: str) -> str:
    return ENTITY_GROUPS.get(entity_type) or f"trnews_{entity_type.lower()}"


def covering_span(doc: Doc, start: int, end: int, label: str, kb_id: str = "", span_id: str = "") -> Span:
    """The Span of the tokens that hold ``start:end`` of the text as given (a zero-width one
    where no token does)."""
    span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id, alignment_mode="expand")
    if span is None:
        index = next((token.i for token in doc if token.idx >= start), len(doc))
        span = Span(doc, index, index, label=label, kb_id=kb_id, span_id=span_id)
    return span


def _span_values(span: Span) -> list:
    """[offsets, fields] of one of the pipeline's Spans. They live in ``doc.user_data`` under
    the span's id: spaCy keys Span extensions by character offsets alone, and a money figure
    and a topic may cover the same characters."""
    return span.doc.user_data[SPAN_VALUES][span.id_]


def _new_span(doc: Doc, start: int, end: int, label: str, kb_id: str, fields: dict, form) -> tuple[Span, list[str]]:
    """A Span with its values, and its ``group_entries`` entry ([span id, entity key]);
    ``form``: the Doc's ``FormMap`` (None when the stages read the text as given)."""
    values = doc.user_data.setdefault(SPAN_VALUES, {})
    span_id = str(len(values))
    values[span_id] = [[start, end], fields]
    if form is not None:
        start, end = _input_offsets(form, start, end)
    return covering_span(doc, start, end, label, kb_id=kb_id, span_id=span_id), [span_id, kb_id]


def _input_offsets(form, start: int, end: int) -> tuple[int, int]:
    """Offsets in the text the stages read -> offsets in the text as given."""
    input_start = form.start(start)
    return input_start, max(input_start, form.end(end))


def _extend_group(doc: Doc, group_name: str, made: list[tuple[Span, list[str]]]) -> None:
    """Adds the Spans of ``_new_span`` to a group, and their entries beside it (as written:
    reading them back from each Span costs two string look-ups)."""
    doc.spans[group_name].extend([span for span, _ in made])
    doc.user_data.setdefault(GROUP_ENTRIES, {}).setdefault(group_name, []).extend(entry for _, entry in made)


def group_entries(doc: Doc, group_name: str) -> list:
    """[span id, entity key] of each Span of a group, in order. Every later stage and the
    assembly read the groups, and making a ``Span`` object for each mention at each reading
    cost more than the rest of the reading: the writers here keep the list beside the group.
    A group changed by other code (its length differs) is read from its Spans."""
    group = doc.spans[group_name]
    entries = doc.user_data.get(GROUP_ENTRIES, {}).get(group_name)
    if entries is None or len(entries) != len(group):
        entries = [[span.id_, span.kb_id_] for span in group]
    return entries


def add_entities(doc: Doc, entities: Iterable[Entity]) -> None:
    """One Span per mention, in the entity's group; the entity's fields on each of its mentions."""
    keys: dict[str, set[str]] = {}  # group -> entity keys in it
    form = doc_form_map(doc)
    for entity in entities:
        group_name = entity_group(entity.type)
        if group_name not in doc.spans:
            start_groups(doc, [group_name])
        if group_name not in keys:  # the keys the group holds already, read once per group
            keys[group_name] = {key for _, key in group_entries(doc, group_name)}
        taken = keys[group_name]
        key = entity.name if entity.name not in taken else f"{entity.name}#{len(taken) + 1}"
        taken.add(key)
        fields = _entity_fields(entity)
        spans = [_new_span(doc, m.start, m.end, entity.type, key, fields, form) for m in entity.mentions]
        _extend_group(doc, group_name, spans)


#: the fields of an entity that each of its mentions' Spans carries, in the record's order
_ENTITY_FIELDS = [name for name in Entity.model_fields if name not in ("id", "mentions")]


def _entity_fields(entity: Entity) -> dict:
    """``entity.model_dump(mode="json", exclude={"id", "mentions"})`` (whose serializer leaves
    out None), read straight from the attributes while they are plain strings and numbers:
    every entity of every stage passes here, and pydantic's dump cost more than the rest of
    adding it. Anything else (a person's titles) is dumped by pydantic."""
    fields = {}
    for name in _ENTITY_FIELDS:
        value = getattr(entity, name)
        if value is None:
            continue
        if type(value) not in (str, int, float, bool):
            return entity.model_dump(mode="json", exclude={"id", "mentions"})
        fields[name] = value
    return fields


def add_items(doc: Doc, group_name: str, items: Iterable[BaseModel]) -> None:
    """One Span per money figure, date or topic, in its group."""
    if group_name not in doc.spans:
        start_groups(doc, [group_name])
    label = group_name.removeprefix("trnews_").upper()
    fields = [item.model_dump(mode="json") for item in items]
    form = doc_form_map(doc)
    _extend_group(doc, group_name, [_new_span(doc, f["start"], f["end"], label, "", f, form) for f in fields])


def drop_mentions_inside(doc: Doc, group_name: str, covers: Iterable[tuple[int, int]]) -> None:
    """Removes from a group the mentions that lie inside one of ``covers`` ((start, end) of the
    text the stages read): a place inside a person's name is a word of the name."""
    if group_name not in doc.spans:
        return
    values = doc.user_data.get(SPAN_VALUES, {})
    entries = group_entries(doc, group_name)
    covers = list(covers)
    keep = [not any(start <= values[span_id][0][0] and values[span_id][0][1] <= end for start, end in covers)
            for span_id, _ in entries]
    if all(keep):
        return
    group = doc.spans[group_name]
    doc.spans[group_name] = [span for span, kept in zip(group, keep) if kept]
    doc.user_data.setdefault(GROUP_ENTRIES, {})[group_name] = [entry for entry, kept in zip(entries, keep) if kept]


def start_groups(doc: Doc, group_names: Iterable[str]) -> None:
    """Empty groups for a stage's results: present even when it finds nothing, so that a later
    stage can tell that it ran."""
    for name in group_names:
        doc.spans[name] = []
        doc.user_data.setdefault(GROUP_ENTRIES, {})[name] = []


def _groups(doc: Doc, types: Iterable[str] | None) -> Iterator[str]:
    if types is None:
        known = list(ENTITY_GROUPS.values())
        others = [name for name in doc.spans if name.startswith("trnews_") and name not in known]
        extra = [name for name in others if name not in ITEM_MODELS]
        yield from (name for name in [*known, *extra] if name in doc.spans)
    else:
        yield from (entity_group(t) for t in types if entity_group(t) in doc.spans)


class Offsets(NamedTuple):
    """Where a mention stands: what a stage reading earlier mentions needs of them."""

    start: int
    end: int


def mention_offsets(doc: Doc, types: Iterable[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every mention of the given entity types (all when None)."""
    values = doc.user_data.get(SPAN_VALUES, {})
    return [tuple(values[span_id][0]) for name in _groups(doc, types) for span_id, _ in group_entries(doc, name)]


def entity_mentions(doc: Doc, types: Iterable[str] | None = None) -> list[tuple[Offsets, Entity]]:
    """Every mention of the given entity types (all when None) with its entity, a schema
    object made once per entity (without id and mentions)."""
    values = doc.user_data.get(SPAN_VALUES, {})
    found = []
    for name in _groups(doc, types):
        entities: dict[str, Entity] = {}
        for span_id, key in group_entries(doc, name):
            (start, end), fields = values[span_id]
            entity = entities.get(key)
            if entity is None:
                entity = entities[key] = Entity(id="", **fields)
            found.append((Offsets(start, end), entity))
    return found


def named_mentions(doc: Doc, types: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, entity name) of every mention of the given entity types, read from the
    plain values (no schema object is made: a stage that needs only the names)."""
    values = doc.user_data.get(SPAN_VALUES, {})
    found = []
    for name in _groups(doc, types):
        for span_id, _ in group_entries(doc, name):
            (start, end), fields = values[span_id]
            found.append((start, end, fields["name"]))
    return found


def entity_dicts(doc: Doc, types: Iterable[str] | None = None) -> list[dict]:
    """The entities of the given types (all when None) as the record's plain values: their
    fields and ``mentions`` (``start``, ``end``, ``text``, of the text as given) in the order
    they were added. In a text typed without Turkish letters a person's name and titles are
    spelled as typed where the stages cut them from the text (``_person_as_typed``)."""
    text, form, typed = doc_input_text(doc), doc_form_map(doc), doc_typed_text(doc)
    values = doc.user_data.get(SPAN_VALUES, {})
    entities = []
    for name in _groups(doc, types):
        grouped: dict[str, dict] = {}
        starts: dict[str, list[int]] = {}  # entity key -> where its mentions start in the text the stages read
        for span_id, key in group_entries(doc, name):
            (start, end), fields = values[span_id]
            entity = grouped.get(key)
            if entity is None:
                entity = grouped[key] = {"id": "", **fields, "mentions": []}
            if typed is not None:
                starts.setdefault(key, []).append(start)
            if form is not None:
                start, end = _input_offsets(form, start, end)
            entity["mentions"].append({"start": start, "end": end, "text": text[start:end]})
        if typed is not None and name == ENTITY_GROUPS["PERSON"]:
            for key, entity in grouped.items():
                _person_as_typed(entity, doc_text(doc), typed, starts[key])
        entities += grouped.values()
    return entities


def _person_as_typed(person: dict, reading: str, typed: str, starts: list[int]) -> None:
    """A person's name and titles as the article typed them (``Tekin Sagirlar``, ``Disisleri Bakani``),
    where the reading copy holds them: the name at one of its mentions, a title anywhere. A
    person's name and office are the article's own words, which the gold format takes as written;
    a title the stages normalized (``Bakanı`` for ``Bakanımız``) is not in the text and stays."""
    name = person["name"]
    at = next((start for start in starts if reading.startswith(name, start)), -1)
    if at >= 0:
        person["name"] = typed[at : at + len(name)]
    if person.get("titles"):
        person["titles"] = [{**title, "title": _as_typed(title["title"], reading, typed)} for title in person["titles"]]


def _as_typed(phrase: str, reading: str, typed: str) -> str:
    """``phrase`` as typed at its first place in the reading copy; as it is when not there."""
    at = reading.find(phrase)
    return phrase if at < 0 else typed[at : at + len(phrase)]


def entities_in(doc: Doc, types: Iterable[str] | None = None) -> list[Entity]:
    """The entities of the given types (all when None) as schema objects, without ids."""
    return [Entity.model_validate(entity) for entity in entity_dicts(doc, types)]


def item_dicts(doc: Doc, group_name: str) -> list[dict]:
    """The fields of the money figures, dates or topics of a group (offsets and text of the
    text as given)."""
    values = doc.user_data.get(SPAN_VALUES, {})
    items = [values[span_id][1] for span_id, _ in group_entries(doc, group_name)] if group_name in doc.spans else []
    form = doc_form_map(doc)
    if form is None:
        return items
    clean, given = doc_text(doc), doc_input_text(doc)
    return [_item_in_input(item, form, clean, given) for item in items]


def _item_in_input(item: dict, form, clean: str, given: str) -> dict:
    """An item's offsets in the text as given, and its text read there when it is the span's."""
    start, end = _input_offsets(form, item["start"], item["end"])
    text = given[start:end] if item["text"] == clean[item["start"] : item["end"]] else item["text"]
    return {**item, "start": start, "end": end, "text": text}


def items_in(doc: Doc, group_name: str) -> list[BaseModel]:
    """The money figures, dates or topics of a group as schema objects."""
    model = ITEM_MODELS[group_name]
    return [model.model_validate(fields) for fields in item_dicts(doc, group_name)]


register_span_extensions()  # on import: ``pipeline.extensions`` imports this module to register them
