"""Records as pandas DataFrames, for notebooks.

    >>> from pipeline.batch.frames import read_records, to_frames
    >>> frames = to_frames(read_records("out.jsonl"))       # or out.parquet, out.jsonl.gz
    >>> frames["entities"].query("type == 'COUNTRY'").name.value_counts()

One frame per flat table of ``pipeline.batch.tables``: ``documents``, ``entities``,
``mentions``, ``money``, ``topics``, ``dates``, joined on ``doc_id``. Unlike the CSV
tables, lists stay lists (an entity's ``titles`` is a list of dicts, ``aliases`` a list
of strings), ``published`` is a datetime64 column, and ``dates`` has a ``date`` column
beside its ISO ``value`` (NaT where the text gives less than a day: ``Ocak 2026``).
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
    return [row for row in _checked(rows, path) if errors or "error" not in row]


def _checked(rows: Iterable[dict[str, Any]], path: Path) -> Iterator[dict[str, Any]]:
    """The rows, after making sure they are ``trnews extract`` output and not its input."""
    for number, row in enumerate(rows, start=1):
        if number == 1 and "schema_version" not in row and "error" not in row:
            raise ValueError(
                f"{path} is not trnews output: its first row has no 'schema_version' "
                f"(an input file? run `trnews extract {path} -o records.jsonl` first)"
            )
        yield row


def to_frames(records: Iterable[dict[str, Any] | Record | ErrorRow]) -> dict[str, pd.DataFrame]:
    """table name -> DataFrame, with nullable integer, float and boolean columns."""
    tables = collect_tables(records, nested=True)
    frames = {}
    for table, columns in table_columns().items():
        frame = pd.DataFrame.from_records(tables[table], columns=[name for name, _ in columns])
        frame = frame.astype({name: _DTYPES[kind] for name, kind in columns if kind in _DTYPES})
        for name in (name for name, kind in columns if kind == "date"):
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d")
        frames[table] = frame
    days = frames["dates"]["value"].where(frames["dates"]["value"].str.len() == 10)
    frames["dates"].insert(frames["dates"].columns.get_loc("value") + 1, "date", _days(days))
    return frames


def _days(values: pd.Series) -> pd.Series:
    """ISO days to datetime64; NaT for anything else."""
    return pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    from pipeline.batch.streams import decompressed

    with open(path, "rb") as raw:
        for line in decompressed(raw, path):
            if line.strip():
                yield json.loads(line)


def _parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Parquet rows back in the JSON's shape: the pydantic models drop the attributes an
    entity does not have and turn whole-number amounts back into integers."""
    import pyarrow.parquet as pq

    if "schema_version" not in pq.read_schema(path).names:
        yield {}  # not trnews output: _checked says so
        return
    for row in pq.read_table(path).to_pylist():
        error, source = row.pop("error", None), row.pop("source", None)
        if error is not None:
            yield ErrorRow(id=row.get("id"), error=error, source=source).model_dump(mode="json")
        else:
            yield Record.model_validate(row).model_dump(mode="json")
