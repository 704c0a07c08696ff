"""Records as flat tables, and the Arrow schemas of records and tables.

The flat tables are for spreadsheets and SQL: ``documents`` (one row per input row, error
rows included), ``entities``, ``mentions``, ``money``, ``topics`` and ``dates``, each child
row keyed by ``doc_id`` (and ``entity_id`` for mentions). Columns are derived from the
pydantic models of ``pipeline.schema``, so a field added there shows up here by itself:
scalars stay scalars, a list of strings becomes one ``"; "``-joined string, anything
nested deeper (an entity's titles) becomes compact JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from typing import Any, Iterable

from pydantic import BaseModel

from pipeline.schema import DateMention, Entity, ErrorRow, Mention, Money, Record, Topic

TABLES = ("documents", "entities", "mentions", "money", "topics", "dates")
#: child table -> (field of the record, model of its items)
_CHILD_TABLES: dict[str, tuple[str, type[BaseModel]]] = {
    "money": ("money", Money),
    "topics": ("topics", Topic),
    "dates": ("dates", DateMention),
}
_COUNTED = ("entities", "money", "topics", "dates", "events")


def _without_none(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return args[0] if len(args) == 1 else annotation  # int | float | None stays a union
    return annotation


def _kind(annotation: Any) -> str:
    """How a field is stored in a flat table: int, float, bool, str, joined or json."""
    annotation = _without_none(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):  # int | float
        return "float"
    if typing.get_origin(annotation) is list:
        return "joined" if typing.get_args(annotation)[0] is str else "json"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "json"
    return {int: "int", float: "float", bool: "bool", dt.date: "date"}.get(annotation, "str")


def _model_columns(model: type[BaseModel], skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(name, _kind(field.annotation)) for name, field in model.model_fields.items() if name not in skip]


def table_columns() -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, kind)] with kind one of int, float, bool, str, date (an ISO string
    in the tables, a date in ``pipeline.batch.frames``), joined or json."""
    entity_columns = [
        (("entity_id" if name == "id" else name), kind) for name, kind in _model_columns(Entity, ("mentions",))
    ]
    columns = {
        "documents": [("doc_id", "str"), ("published", "date"), ("schema_version", "str"), ("language", "str")]
        + [(f"n_{name}", "int") for name in _COUNTED]
        + [("error", "str"), ("source", "str")],
        "entities": [("doc_id", "str"), *entity_columns, ("n_mentions", "int")],
        "mentions": [("doc_id", "str"), ("entity_id", "str"), *_model_columns(Mention)],
    }
    for table, (_, model) in _CHILD_TABLES.items():
        columns[table] = [("doc_id", "str"), *_model_columns(model)]
    return {table: columns[table] for table in TABLES}


def _flat(value: Any, kind: str, nested: bool = False) -> Any:
    if value is None or value == []:
        return None
    if nested and kind in ("joined", "json"):  # lists and objects as they are (DataFrames)
        return value
    if kind == "joined":
        return "; ".join(value)
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if kind == "float":
        return float(value)
    return value


def _flat_row(values: dict[str, Any], columns: list[tuple[str, str]], nested: bool, **keys: Any) -> dict[str, Any]:
    values = {**values, **keys}
    return {name: _flat(values.get(name), kind, nested) for name, kind in columns}


def flat_rows(
    row: dict[str, Any] | Record | ErrorRow,
    columns: dict[str, list[tuple[str, str]]] | None = None,
    nested: bool = False,
) -> dict[str, list[dict]]:
    """The rows one record (or error row) adds to each table; ``nested``: lists and objects
    stay Python values instead of joined strings and JSON text."""
    columns = columns or table_columns()
    if isinstance(row, BaseModel):
        row = json.loads(row.to_json())
    doc_id = row.get("id")
    document = {"doc_id": doc_id, **{f"n_{name}": len(row.get(name) or []) for name in _COUNTED}}
    if "error" in row:  # an error row: counts stay empty
        document = {"doc_id": doc_id}
    tables: dict[str, list[dict]] = {"documents": [_flat_row(row, columns["documents"], nested, **document)]}
    tables["entities"] = [
        _flat_row(
            entity,
            columns["entities"],
            nested,
            doc_id=doc_id,
            entity_id=entity.get("id"),
            n_mentions=len(entity.get("mentions", [])),
        )
        for entity in row.get("entities", [])
    ]
    tables["mentions"] = [
        _flat_row(mention, columns["mentions"], nested, doc_id=doc_id, entity_id=entity.get("id"))
        for entity in row.get("entities", [])
        for mention in entity.get("mentions", [])
    ]
    for table, (field, _) in _CHILD_TABLES.items():
        tables[table] = [_flat_row(item, columns[table], nested, doc_id=doc_id) for item in row.get(field, [])]
    return tables


def collect_tables(rows: Iterable[dict[str, Any] | Record | ErrorRow], nested: bool = False) -> dict[str, list[dict]]:
    columns = table_columns()
    tables: dict[str, list[dict]] = {table: [] for table in TABLES}
    for row in rows:
        for table, table_rows in flat_rows(row, columns, nested).items():
            tables[table].extend(table_rows)
    return tables


# --- Arrow schemas (pyarrow is imported only when Parquet is asked for) ---

_ARROW_KINDS = {
    "int": "int64",
    "float": "float64",
    "bool": "bool_",
    "str": "string",
    "date": "string",
    "joined": "string",
    "json": "string",
}


def table_arrow_schemas() -> dict[str, Any]:
    import pyarrow as pa

    return {
        table: pa.schema([(name, getattr(pa, _ARROW_KINDS[kind])()) for name, kind in columns])
        for table, columns in table_columns().items()
    }


def record_arrow_schema() -> Any:
    """The nested Arrow schema of a record, plus ``error`` and ``source`` for error rows.

    Dates are ISO strings as in the JSON; ``int | float`` amounts are float64."""
    import pyarrow as pa

    fields = [pa.field(name, _arrow_type(field.annotation)) for name, field in Record.model_fields.items()]
    return pa.schema(fields + [pa.field("error", pa.string()), pa.field("source", pa.string())])


def _arrow_type(annotation: Any) -> Any:
    import pyarrow as pa

    annotation = _without_none(annotation)
    if typing.get_origin(annotation) is list:
        return pa.list_(_arrow_type(typing.get_args(annotation)[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(
            [pa.field(name, _arrow_type(field.annotation)) for name, field in annotation.model_fields.items()]
        )
    kind = _kind(annotation)
    if kind == "str" and annotation not in (str, dt.date) and typing.get_origin(annotation) is not typing.Literal:
        raise TypeError(f"no Arrow type for {annotation!r}")
    return getattr(pa, _ARROW_KINDS[kind])()
