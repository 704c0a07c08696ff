"""Records as pandas DataFrames, for notebooks.

    >>> from pipeline.batch.frames import read_records, to_frames
    >>> frames = to_frames(read_records("out.jsonl"))       # or out.parquet, out.jsonl.gz
    >>> frames["entities"].query("type == 'COUNTRY'").name.value_counts()

One frame per flat table of ``pipeline.batch.tables``: ``documents``, ``entities``,
``mentions``, ``money``, ``topics``, ``dates``, joined on ``doc_id``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from pipeline.schema import ErrorRow, Record
from pipeline.batch.tables import collect_tables, table_columns

_DTYPES = {"int": "Int64", "float": "Float64", "bool": "boolean"}


def read_records(path: str | Path, errors: bool = False) -> list[dict[str, Any]]:
    """The records of a ``trnews extract`` output as dicts shaped like the JSON: JSON Lines
    (plain or ``.gz``/``.bz2``/``.zst``) or Parquet. Error rows only with ``errors=True``."""
    path = Path(path)
    rows = _parquet_rows(path) if path.suffix.lower() in (".parquet", ".pq") else _json_lines(path)
    return [row for row in rows if errors or "error" not in row]


def to_frames(records: Iterable[dict[str, Any] | Record | ErrorRow]) -> dict[str, pd.DataFrame]:
    """table name -> DataFrame, with nullable integer, float and boolean columns."""
    tables = collect_tables(records)
    frames = {}
    for table, columns in table_columns().items():
        frame = pd.DataFrame.from_records(tables[table], columns=[name for name, _ in columns])
        frames[table] = frame.astype({name: _DTYPES[kind] for name, kind in columns if kind in _DTYPES})
    return frames


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    from pipeline.batch.inputs import COMPRESSIONS

    with open(path, "rb") as raw:
        opener = COMPRESSIONS.get(path.suffix.lower())
        for line in opener(raw) if opener else raw:
            if line.strip():
                yield json.loads(line)


def _parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Parquet rows back in the JSON's shape: the pydantic models drop the attributes an
    entity does not have and turn whole-number amounts back into integers."""
    import pyarrow.parquet as pq

    for row in pq.read_table(path).to_pylist():
        error, source = row.pop("error", None), row.pop("source", None)
        if error is not None:
            yield ErrorRow(id=row.get("id"), error=error, source=source).model_dump(mode="json")
        else:
            yield Record.model_validate(row).model_dump(mode="json")
