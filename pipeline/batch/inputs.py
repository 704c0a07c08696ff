"""Reading articles: text files, a directory of ``.txt`` files, JSON Lines, CSV, Parquet, stdin.

Every input row comes out as a dict for ``extract_many`` (``id``, ``text``, optional
``published``, ``source``) or as an ``ErrorRow`` saying why it could not be read, so that
rows in = records + error rows. ``source`` says where the row came from: ``file:N`` with
N the line of a JSON Lines file or the 1-based data row of a CSV or Parquet file.

JSON Lines and CSV may be compressed (``.gz``, ``.bz2``, ``.zst``); the format follows
the file name (``dump.jsonl.zst``) unless given. ``-`` reads JSON Lines from stdin.
Text is passed on exactly as read: HTML markup, NUL bytes and all, so that offsets
always point into the text the user gave.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from pipeline.schema import ErrorRow

Row = dict[str, Any]
FORMATS = ("auto", "jsonl", "csv", "parquet", "txt")
COMPRESSIONS: dict[str, Callable[[IO[bytes]], IO[bytes]]] = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw),
    ".bz2": lambda raw: bz2.BZ2File(raw),
    ".zst": lambda raw: _zstd_reader(raw),
}
_UNDECODABLE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of invalid UTF-8 bytes
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}


@dataclass(frozen=True)
class Columns:
    """Which field or column of a JSON Lines, CSV or Parquet row holds what."""

    text: str = "text"
    id: str = "id"
    published: str = "published"


class InputSource:
    """The rows of one input, iterable once; ``fraction_read()`` drives the progress bar."""

    def __init__(self, path: Path | str, format: str = "auto", columns: Columns = Columns()) -> None:
        self.path = Path(path)
        self.stdin = str(path) == "-"
        self.format = detect_format(self.path) if format == "auto" else format
        if self.format not in FORMATS[1:]:
            raise ValueError(f"unknown input format {format!r}; one of {', '.join(FORMATS)}")
        self.columns = columns
        self._progress: Callable[[], float] = lambda: 0.0

    def fraction_read(self) -> float:
        """How much of the input has been read, 0 to 1 (0 when unknown, as on stdin)."""
        return self._progress()

    def __iter__(self) -> Iterator[Row | ErrorRow]:
        if self.stdin:
            handle = sys.stdin.buffer
            if self.format == "txt":
                return iter([_text_row(handle.read(), "stdin", "stdin")])
            return _json_lines(handle, "stdin", self.columns)
        if self.path.is_dir():
            return self._directory()
        if self.format == "parquet":
            return self._parquet()
        if self.format == "txt":
            return iter([_read_text_file(self.path)])
        return self._stream()

    def _directory(self) -> Iterator[Row | ErrorRow]:
        files = sorted(self.path.glob("*.txt"))
        for number, file in enumerate(files, start=1):
            yield _read_text_file(file)
            self._progress = lambda done=number: done / len(files)

    def _stream(self) -> Iterator[Row | ErrorRow]:
        """JSON Lines or CSV, plain or compressed, read as a stream of bytes."""
        with open(self.path, "rb") as raw:
            size = max(self.path.stat().st_size, 1)
            self._progress = lambda: raw.tell() / size if not raw.closed else 1.0
            opener = COMPRESSIONS.get(self.path.suffix.lower())
            handle = opener(raw) if opener else raw
            read = _csv_rows if self.format == "csv" else _json_lines
            try:
                yield from read(handle, str(self.path), self.columns)
            except Exception as error:  # noqa: BLE001  (a truncated or corrupt archive: say so, lose nothing read)
                yield ErrorRow(
                    id=None, error=f"cannot read further: {type(error).__name__}: {error}", source=str(self.path)
                )

    def _parquet(self) -> Iterator[Row | ErrorRow]:
        import pyarrow.parquet as pq

        parquet = pq.ParquetFile(self.path)
        total = max(parquet.metadata.num_rows, 1)
        wanted = [name for name in vars(self.columns).values() if name in parquet.schema_arrow.names]
        number = 0
        for batch in parquet.iter_batches(batch_size=1024, columns=wanted):
            for values in batch.to_pylist():
                number += 1
                yield table_row(values, f"{self.path}:{number}", self.columns)
            self._progress = lambda done=number: done / total


def read_inputs(path: Path | str, format: str = "auto", columns: Columns = Columns()) -> Iterator[Row | ErrorRow]:
    return iter(InputSource(path, format, columns))


def detect_format(path: Path) -> str:
    """The format a file name says: ``dump.jsonl.gz`` is JSON Lines; anything unknown is text."""
    if str(path) == "-":
        return "jsonl"
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSIONS:
        suffixes.pop()
    return _SUFFIX_FORMATS.get(suffixes[-1], "txt") if suffixes else "txt"


def _zstd_reader(raw: IO[bytes]) -> IO[bytes]:
    import io

    import zstandard

    return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw))


def _read_text_file(path: Path) -> Row | ErrorRow:
    opener = COMPRESSIONS.get(path.suffix.lower())
    row_id = path.with_suffix("").stem if opener else path.stem  # makale.txt.gz -> makale
    try:
        if opener is None:
            return _text_row(path.read_bytes(), row_id, str(path))
        with open(path, "rb") as raw, opener(raw) as handle:
            return _text_row(handle.read(), row_id, str(path))
    except Exception as error:  # noqa: BLE001  (unreadable or a corrupt archive: an error row, the batch goes on)
        return ErrorRow(id=row_id, error=f"cannot read {path.name}: {error}", source=str(path))


def _text_row(data: bytes, row_id: str, source: str) -> Row | ErrorRow:
    try:
        return {"id": row_id, "text": data.decode("utf-8"), "source": source}
    except UnicodeDecodeError as error:
        return ErrorRow(id=row_id, error=f"invalid UTF-8: {error}", source=source)


def _json_lines(handle: IO[bytes], name: str, columns: Columns) -> Iterator[Row | ErrorRow]:
    for number, raw in enumerate(handle, start=1):
        if raw.strip():
            yield parse_json_line(raw, f"{name}:{number}", columns)


def parse_json_line(raw: bytes, source: str, columns: Columns = Columns()) -> Row | ErrorRow:
    try:
        row = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return ErrorRow(id=None, error=f"invalid UTF-8: {error}", source=source)
    except json.JSONDecodeError as error:
        return ErrorRow(id=None, error=f"malformed JSON: {error}", source=source)
    if not isinstance(row, dict):
        return ErrorRow(id=None, error=f"expected a JSON object, got {type(row).__name__}", source=source)
    return table_row(row, source, columns)


def table_row(values: dict[str, Any], source: str, columns: Columns = Columns()) -> Row | ErrorRow:
    """An input row from the named fields of a JSON object, CSV row or Parquet row."""
    row_id = values.get(columns.id)
    row_id = None if row_id is None or row_id == "" else str(row_id)
    text = values.get(columns.text)
    if not isinstance(text, str):
        what = f"no {columns.text!r} field" if text is None else f"{columns.text!r} that is not a string"
        return ErrorRow(id=row_id, error=f"row has {what}", source=source)
    published = values.get(columns.published)
    return {"id": row_id, "text": text, "published": published or None, "source": source}


def _csv_rows(handle: IO[bytes], name: str, columns: Columns) -> Iterator[Row | ErrorRow]:
    import io

    # surrogateescape keeps reading past invalid UTF-8; the row that has it becomes an error row
    text = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="")
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))  # the default, 128 KiB, is less than a long article
    reader = csv.DictReader(text)
    number = 0
    while True:
        number += 1
        source = f"{name}:{number}"
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield ErrorRow(id=None, error=f"malformed CSV: {error}", source=source)
            continue
        if any(_has_undecodable_bytes(value) for value in values.values()):
            yield ErrorRow(id=None, error="invalid UTF-8 in the row", source=source)
            continue
        yield table_row(values, source, columns)


def _has_undecodable_bytes(value: Any) -> bool:
    if isinstance(value, list):  # csv.DictReader puts surplus fields in a list
        return any(_has_undecodable_bytes(item) for item in value)
    return isinstance(value, str) and _UNDECODABLE.search(value) is not None
