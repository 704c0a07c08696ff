"""Parquet input, read batch by batch with the text limit applied in Arrow.

A Parquet file compresses well: a few kilobytes can hold texts of hundreds of megabytes.
Rows are read in small batches, and a text longer than ``max_chars`` is measured in Arrow
(``utf8_length``) and replaced by null before the batch becomes Python objects, so such a
text never becomes a Python string; its row is an error row. A file that is not Parquet,
or is cut short, gives one error row where reading stops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from pipeline.schema import ErrorRow

if TYPE_CHECKING:
    from pipeline.batch.inputs import InputSource, Row

BATCH_ROWS = 64


def parquet_rows(source: InputSource) -> Iterator[Row | ErrorRow]:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from pipeline.batch.inputs import too_long

    name, columns = str(source.path), source.columns
    try:
        parquet = pq.ParquetFile(source.path)
    except (pa.ArrowException, OSError) as error:
        yield ErrorRow(id=None, error=f"cannot read the Parquet file: {error}", source=name)
        return
    names = parquet.schema_arrow.names
    source._check_columns(names, name, "column")
    wanted = [column for column in (columns.text, columns.id_name, columns.published_name) if column in names]
    total, number = max(parquet.metadata.num_rows, 1), 0
    try:
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=wanted):
            text = batch.column(columns.text)
            lengths = pc.utf8_length(text).to_pylist() if pa.types.is_string(text.type) else [None] * len(text)
            over = pa.array([length is not None and length > source.max_chars for length in lengths])
            if any(over.to_pylist()):
                index = batch.schema.get_field_index(columns.text)
                batch = batch.set_column(index, columns.text, pc.if_else(over, pa.nulls(len(text), text.type), text))
            for values, length in zip(batch.to_pylist(), lengths):
                number += 1
                row_source = f"{name}:{number}"
                if length is not None and length > source.max_chars:
                    message = too_long(f"{length:,} characters", source.max_chars)
                    yield ErrorRow(id=_id_or_none(values.get(columns.id_name)), error=message, source=row_source)
                    continue
                yield source.row(values, row_source)
            source._progress = lambda done=number: done / total
    except (pa.ArrowException, OSError) as error:  # a file cut short or damaged inside
        yield ErrorRow(id=None, error=f"cannot read further: {type(error).__name__}: {error}", source=name)


def _id_or_none(value: object) -> str | None:
    from pipeline.batch.inputs import normalize_id

    try:
        return normalize_id(value)
    except ValueError:
        return None
