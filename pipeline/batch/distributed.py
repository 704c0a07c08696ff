"""The pipeline on a Dask cluster (``pip install 'tr-news-pipeline[dask]'``).

    >>> from dask.distributed import Client
    >>> import dask.bag as db
    >>> from pipeline.batch.distributed import extract_bag
    >>> client = Client("tcp://scheduler:8786")
    >>> extract_bag(db.read_text("dump-*.jsonl").map(json.loads)).map(json.dumps).to_textfiles("out-*.jsonl")

Each worker process loads the pipeline once (``pipeline.load`` keeps it per process) and
uses it for one partition at a time; records are plain dicts shaped like the JSON output,
identical to a serial run's. Run workers with one thread each
(``dask worker ADDRESS --nthreads 1 --nworkers N``): the pipeline is CPU-bound Python.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

import pandas as pd

from pipeline.batch.worker import PipelineOptions, SetupError, process_chunk
from pipeline.schema import Record

#: the columns of ``extract_dataframe``: the record's fields, then ``error`` and ``source`` for error rows
RECORD_COLUMNS = [*Record.model_fields, "error", "source"]


CONNECT_TIMEOUT = "10s"


def connect(address: str) -> Any:
    """A client of the Dask scheduler at ``address`` (what ``trnews extract --dask-scheduler`` uses);
    SetupError when the dask extra is missing or nothing answers there."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise SetupError("--dask-scheduler needs the dask extra: pip install 'tr-news-pipeline[dask]'") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise SetupError(f"cannot reach the Dask scheduler at {address}: {error}") from None


def extract_rows(rows: Iterable[dict[str, Any]], options: PipelineOptions = PipelineOptions()) -> list[dict[str, Any]]:
    """Input rows (``id``, ``text``, optional ``published``) to record dicts (or error-row dicts)."""
    return [json.loads(line) for _, line in process_chunk(list(rows), options)]


def extract_bag(bag: Any, options: PipelineOptions = PipelineOptions()) -> Any:
    """A ``dask.bag`` of input rows to a bag of record dicts, partition by partition."""
    return bag.map_partitions(extract_rows, options)


def extract_dataframe(
    ddf: Any,
    text: str = "text",
    id: str = "id",
    published: str | None = None,
    options: PipelineOptions = PipelineOptions(),
) -> Any:
    """A ``dask.dataframe`` with a text column to a dataframe of records (one row per input
    row, same index; nested fields as lists of dicts, ``error`` set on error rows)."""
    meta = pd.DataFrame({column: pd.Series(dtype=object) for column in RECORD_COLUMNS})
    return ddf.map_partitions(_extract_frame, text, id, published, options, meta=meta)


def _value(value: Any) -> Any:
    """None for pandas' missing values (NaN, NaT, NA)."""
    return None if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) else value


def _extract_frame(
    frame: pd.DataFrame, text: str, id: str, published: str | None, options: PipelineOptions
) -> pd.DataFrame:
    rows = [
        {
            "text": row[text],
            "id": _value(row.get(id)),
            "published": _value(row.get(published)) if published else None,
        }
        for row in frame.to_dict("records")
    ]
    records = extract_rows(rows, options)
    columns = {
        column: pd.Series([record.get(column) for record in records], index=frame.index, dtype=object)
        for column in RECORD_COLUMNS
    }
    return pd.DataFrame(columns, index=frame.index)
