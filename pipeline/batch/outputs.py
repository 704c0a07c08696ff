"""Writing results: JSON Lines that survive kill -9, then Parquet or flat tables from them.

Every format is written through a JSON Lines *journal*: one line per input row, in input
order, each run of lines handed to the operating system in one ``write`` as soon as its
chunk is done. Whatever moment a run is killed, the journal holds complete lines for a
prefix of the input and at most one partial line after them, so ``resume`` cuts the
partial line, counts the lines and the batch skips that many input rows: the final
output is byte-identical to an uninterrupted run's.

- ``jsonl``: the journal is the output.
- ``parquet``: one row per record, nested like the JSON (``pipeline.batch.tables.record_arrow_schema``).
- ``csv-tables`` / ``parquet-tables``: a folder with ``documents``, ``entities``,
  ``mentions``, ``money``, ``topics`` and ``dates`` (``pipeline.batch.tables``); in the
  CSV tables a text cell that a spreadsheet would run as a formula starts with ``'``.

For the last three the journal lies beside the output and is converted when the input is
done, then removed. With an errors file, error rows go there instead of the output.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import IO, Iterator

OUTPUT_FORMATS = ("jsonl", "parquet", "csv-tables", "parquet-tables")
TABLE_FORMATS = ("csv-tables", "parquet-tables")  # a folder of flat tables
RECORD_PREFIX = b'{"schema_version"'  # how every Record line starts (ErrorRow lines start with {"id")
_BLOCK = 1 << 20
_CONVERT_BATCH = 1000  # journal lines per Parquet row group / table batch

#: (failed, one line of JSON without its newline) for one input row
Result = tuple[bool, str]


def detect_output_format(output: Path | None) -> str:
    return "parquet" if output is not None and output.suffix.lower() in (".parquet", ".pq") else "jsonl"


def journal_path(output: Path | None, format: str) -> Path | None:
    """Where the JSON Lines of a run go while it runs (None: stdout)."""
    if format == "jsonl" or output is None:
        return output
    if format == "parquet":
        return output.with_name(output.name + ".journal.jsonl")
    return output / "journal.jsonl"


class LineSink:
    """Appends results in input order: records (and error rows, unless an errors file takes
    them) to ``output``, one ``write`` per run of lines bound for the same file."""

    def __init__(self, output: Path | None, errors: Path | None = None, resume: bool = False) -> None:
        self.rows_done = 0  # rows already written by an earlier, interrupted run
        self.failed_before = 0
        if resume and output is None:
            raise ValueError("--resume needs an output file")
        self._files: dict[bool, IO[bytes]] = {}
        for failed, path in ((False, output), (True, errors)):
            if path is None:
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if resume and path.exists():
                lines, records = cut_partial_line(path)
                self.rows_done += lines
                self.failed_before += lines if failed else lines - records
            self._files[failed] = open(path, "ab" if resume else "wb", buffering=0)  # noqa: SIM115  (closed in close())
        if output is None:
            self._files[False] = sys.stdout.buffer
        self._files.setdefault(True, self._files[False])

    def write(self, results: list[Result]) -> None:
        run: list[str] = []
        destination = None
        for failed, line in results:
            if self._files[failed] is not destination and run:
                self._write(destination, run)
                run = []
            destination = self._files[failed]
            run.append(line)
        if run:
            self._write(destination, run)

    @staticmethod
    def _write(handle: IO[bytes], lines: list[str]) -> None:
        data = ("\n".join(lines) + "\n").encode("utf-8")
        while data:  # a raw write may take only part of the data
            written = handle.write(data)
            data = data[written:] if written is not None else b""
        if handle is sys.stdout.buffer:
            handle.flush()

    def close(self) -> None:
        for handle in set(self._files.values()):
            if handle is not sys.stdout.buffer:
                handle.close()


def cut_partial_line(path: Path) -> tuple[int, int]:
    """Truncate a line left half-written by a killed run; return (lines, record lines)."""
    with open(path, "r+b") as handle:
        end = handle.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - _BLOCK)
            handle.seek(start)
            block = handle.read(position - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                position = start + newline + 1
                break
            position = start
        if position != end:
            handle.truncate(position)
    lines = records = 0
    with open(path, "rb") as handle:
        for line in handle:
            lines += 1
            records += line.startswith(RECORD_PREFIX)
    return lines, records


def read_journal(path: Path) -> Iterator[dict]:
    with open(path, "rb") as handle:
        for line in handle:
            yield json.loads(line)


def _batches(path: Path) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in read_journal(path):
        batch.append(row)
        if len(batch) >= _CONVERT_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def finish(journal: Path, output: Path, format: str) -> None:
    """Convert a complete journal into the output format, then remove the journal."""
    if format == "parquet":
        _write_parquet(journal, output)
    elif format in ("csv-tables", "parquet-tables"):
        _write_tables(journal, output, format.split("-")[0])
    else:
        raise ValueError(f"unknown output format {format!r}; one of {', '.join(OUTPUT_FORMATS)}")
    journal.unlink()


def _write_parquet(journal: Path, output: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.batch.tables import record_arrow_schema

    schema = record_arrow_schema()
    partial = output.with_name(output.name + ".partial")
    with pq.ParquetWriter(partial, schema) as writer:
        for batch in _batches(journal):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    os.replace(partial, output)


def _write_tables(journal: Path, folder: Path, kind: str) -> None:
    from pipeline.batch.tables import TABLES, collect_tables, table_columns

    columns = table_columns()
    writers = {table: _TableFile(folder / f"{table}.{kind}", columns[table], kind) for table in TABLES}
    for batch in _batches(journal):
        for table, rows in collect_tables(batch).items():
            writers[table].write(rows)
    for writer in writers.values():
        writer.close()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as the start of a formula


def spreadsheet_safe(value: object) -> object:
    """A CSV cell that a spreadsheet will show as text: a string that would start a formula
    (``=HYPERLINK(...)`` in an article) gets a leading ``'``, as OWASP advises. Numbers stay
    numbers; Parquet tables and JSON keep every value as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _TableFile:
    """One table being written to ``path.partial``; moved to ``path`` when closed."""

    def __init__(self, path: Path, columns: list[tuple[str, str]], kind: str) -> None:
        self.path, self.partial = path, path.with_name(path.name + ".partial")
        self.names = [name for name, _ in columns]
        if kind == "csv":
            self._handle = open(self.partial, "w", encoding="utf-8", newline="")  # noqa: SIM115  (closed in close())
            self._csv = csv.writer(self._handle)
            self._csv.writerow(self.names)
        else:
            import pyarrow.parquet as pq

            from pipeline.batch.tables import table_arrow_schemas

            self.schema = table_arrow_schemas()[path.stem]
            self._parquet = pq.ParquetWriter(self.partial, self.schema)

    def write(self, rows: list[dict]) -> None:
        if hasattr(self, "_csv"):
            self._csv.writerows([spreadsheet_safe(row[name]) for name in self.names] for row in rows)
        elif rows:
            import pyarrow as pa

            self._parquet.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def close(self) -> None:
        if hasattr(self, "_csv"):
            self._handle.close()
        else:
            self._parquet.close()
        os.replace(self.partial, self.path)
