"""Reading articles: text files, a directory of ``.txt`` files, JSON Lines, CSV, Parquet, stdin.

Every input row comes out as a dict for ``extract_many`` (``id``, ``text``, ``published``
as ``YYYY-MM-DD`` or None, ``source``) or as an ``ErrorRow`` saying why it could not be
read, so that rows in = records + error rows. ``source`` says where the row came from:
``file:N`` with N the line of a JSON Lines file or the 1-based data row of a CSV or
Parquet file.

Limits apply before parsing: a line (or CSV record) longer than ``line_limit(max_chars)``
bytes is skipped as it is read, a Parquet text over ``max_chars`` is never turned into a
Python string; each becomes an error row. A file whose columns cannot be right (no text
column, an id or date column that was named but is not there) raises ``InputError``
before its first row, with a one-line message that suggests the fix.

Text is passed on exactly as read (HTML markup, NUL bytes and all), so that offsets always
point into the text the user gave. Ids: a string as it is, a whole number as its digits
(``7`` and ``7.0`` -> ``"7"``); anything else (``true``, an object, ``1.5``), or a string
that is not valid Unicode, makes the row an error row.
"""

from __future__ import annotations

import difflib
import json
import math
import numbers
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from pipeline.batch.csv_records import csv_records
from pipeline.batch.streams import TOO_LONG, TruncatedArchive, bounded_lines, decompressed, line_limit
from pipeline.published import parse_published
from pipeline.schema import ErrorRow

Row = dict[str, Any]
FORMATS = ("auto", "jsonl", "csv", "parquet", "txt")
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own nlp.max_length
_SURROGATE = re.compile("[\ud800-\udfff]")  # not Unicode text: cannot be written as UTF-8
_SUFFIX_FORMATS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv", ".parquet": "parquet"
}  # fmt: skip
#: column names that usually hold the article text, for the suggestion when ``text`` is missing
TEXT_COLUMN_NAMES = ("metin", "govde", "gövde", "icerik", "içerik", "haber", "body", "content", "article", "story")
_JSON_PROBE_ROWS = 20  # JSON Lines rows looked at before deciding that the text field is misnamed


class InputError(ValueError):
    """An input that cannot give any record as asked; the message says what to change."""


@dataclass(frozen=True)
class Columns:
    """Which field or column of a JSON Lines, CSV or Parquet row holds what. ``id`` and
    ``published`` left as None mean "``id`` / ``published`` if there is one"; named
    explicitly, they must exist."""

    text: str = "text"
    id: str | None = None
    published: str | None = None

    @property
    def id_name(self) -> str:
        return self.id or "id"

    @property
    def published_name(self) -> str:
        return self.published or "published"


class InputSource:
    """The rows of one input, iterable once; ``fraction_read()`` drives the progress bar.
    ``check()`` looks at the header (or first rows) before any row is handed on."""

    def __init__(
        self,
        path: Path | str,
        format: str = "auto",
        columns: Columns = Columns(),
        max_chars: int = DEFAULT_MAX_CHARS,
        delimiter: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.stdin = str(path) == "-"
        self.format = detect_format(self.path) if format == "auto" else format
        if self.format not in FORMATS[1:]:
            raise InputError(f"unknown input format {format!r}; one of {', '.join(FORMATS)}")
        if delimiter is not None and (len(delimiter) != 1 or not delimiter.isascii() or delimiter in "\"\r\n"):
            raise InputError(f"--delimiter must be one character such as ';' or a tab, got {delimiter!r}")
        tsv = ".tsv" in [suffix.lower() for suffix in self.path.suffixes[-2:]]  # haberler.tsv, haberler.tsv.gz
        self.delimiter = delimiter or ("\t" if tsv else ",")
        self.columns, self.max_chars = columns, max_chars
        self._progress: Callable[[], float] = lambda: 0.0

    def fraction_read(self) -> float:
        """How much of the input has been read, 0 to 1 (0 when unknown, as on stdin)."""
        return self._progress()

    def check(self) -> None:
        """Raise InputError now if the columns cannot be right (reads the header only)."""
        if self.stdin or self.path.is_dir() or self.format == "txt":
            return
        next(iter(self), None)

    def __iter__(self) -> Iterator[Row | ErrorRow]:
        if self.stdin:
            handle = sys.stdin.buffer
            if self.format == "txt":
                return iter([self._text_row(handle.read(), "stdin", "stdin")])
            return self._json_lines(handle, "stdin")
        if self.path.is_dir():
            return self._directory()
        if self.format == "parquet":
            from pipeline.batch.parquet import parquet_rows

            return parquet_rows(self)
        if self.format == "txt":
            return iter([self._read_text_file(self.path)])
        return self._stream()

    def _directory(self) -> Iterator[Row | ErrorRow]:
        files = sorted(self.path.glob("*.txt"))
        for number, file in enumerate(files, start=1):
            yield self._read_text_file(file)
            self._progress = lambda done=number: done / len(files)

    def _stream(self) -> Iterator[Row | ErrorRow]:
        """JSON Lines or CSV, plain or compressed, read as a stream of bytes."""
        with open(self.path, "rb") as raw:
            size = max(self.path.stat().st_size, 1)
            self._progress = lambda: raw.tell() / size if not raw.closed else 1.0
            handle = decompressed(raw, self.path)
            read = self._csv_rows if self.format == "csv" else self._json_lines
            try:
                yield from read(handle, str(self.path))
            except (TruncatedArchive, OSError, ValueError) as error:
                if isinstance(error, InputError):
                    raise
                # a truncated or corrupt archive: one error row for the rest, nothing read is lost
                message = f"cannot read further: {type(error).__name__}: {error}"
                yield ErrorRow(id=None, error=message, source=str(self.path))

    def _read_text_file(self, path: Path) -> Row | ErrorRow:
        compressed = path.suffix.lower() in (".gz", ".bz2", ".zst")
        row_id = path.with_suffix("").stem if compressed else path.stem  # makale.txt.gz -> makale
        try:
            with open(path, "rb") as raw:
                handle = decompressed(raw, path)
                data = handle.read(4 * self.max_chars + 1)  # UTF-8 has at most 4 bytes a character
            if len(data) > 4 * self.max_chars:
                message = too_long(f"more than {4 * self.max_chars:,} bytes", self.max_chars)
                return ErrorRow(id=row_id, error=message, source=str(path))
            return self._text_row(data, row_id, str(path))
        except (OSError, EOFError, ValueError) as error:  # unreadable or a corrupt archive: the batch goes on
            return ErrorRow(id=row_id, error=f"cannot read {path.name}: {error}", source=str(path))

    def _text_row(self, data: bytes, row_id: str, source: str) -> Row | ErrorRow:
        try:
            text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        except UnicodeDecodeError as error:
            return ErrorRow(id=row_id, error=f"invalid UTF-8: {error}", source=source)
        return self.row({"id": row_id, "text": text}, source, Columns())

    def _json_lines(self, handle: IO[bytes], name: str) -> Iterator[Row | ErrorRow]:
        limit = line_limit(self.max_chars)
        held: list[Row | ErrorRow] = []  # the first rows, until one has the text field
        other_fields: dict[str, None] = {}  # fields of the held rows that have no text field
        checked = False
        for number, line in enumerate(bounded_lines(handle, limit), start=1):
            source = f"{name}:{number}"
            if line is TOO_LONG:
                message = f"a line longer than {limit:,} bytes, too long for --max-chars {self.max_chars:,}"
                row: Row | ErrorRow = ErrorRow(id=None, error=message, source=source)
            elif not line.strip():
                continue
            else:
                row, fields = self._json_row(line, source)
                other_fields.update(dict.fromkeys(fields))
            if checked:
                yield row
                continue
            held.append(row)
            checked = isinstance(row, dict)
            if checked or len(held) >= _JSON_PROBE_ROWS:
                self._check_json_fields(checked, other_fields, name)
                checked = True
                yield from held
        if not checked and held:
            self._check_json_fields(checked, other_fields, name)
            yield from held

    def _check_json_fields(self, found: bool, other_fields: dict[str, None], name: str) -> None:
        """Stop if none of the first rows has the text field but they have other fields."""
        if not found and other_fields:
            raise InputError(_missing_column(name, "field", self.columns.text, list(other_fields)))

    def _json_row(self, line: bytes, source: str) -> tuple[Row | ErrorRow, list[str]]:
        """One JSON Lines line to a row, and the string fields of an object without the
        text field; anything wrong with the line is an error row for it alone."""
        try:
            values = json.loads(line)
        except UnicodeDecodeError as error:
            return ErrorRow(id=None, error=f"invalid UTF-8: {error}", source=source), []
        except RecursionError:
            return ErrorRow(id=None, error="malformed JSON: nested too deeply", source=source), []
        except ValueError as error:  # JSONDecodeError, or an integer of over 4,300 digits
            return ErrorRow(id=None, error=f"malformed JSON: {error}", source=source), []
        if not isinstance(values, dict):
            return ErrorRow(id=None, error=f"expected a JSON object, got {type(values).__name__}", source=source), []
        missing = self.columns.text not in values
        return self.row(values, source), [key for key, value in values.items() if missing and isinstance(value, str)]

    def _csv_rows(self, handle: IO[bytes], name: str) -> Iterator[Row | ErrorRow]:
        records = csv_records(handle, self.delimiter, line_limit(self.max_chars))
        header = next(records, None)
        if header is None:
            return
        if header.fields is None:
            raise InputError(f"{name}: cannot read the header line: {header.error}")
        self._check_columns(header.fields, name, "column")
        number = 0
        for record in records:
            if record.fields == []:
                continue  # a blank line
            number += 1
            source = f"{name}:{number}"
            if record.fields is None:
                yield ErrorRow(id=None, error=str(record.error), source=source)
            else:
                yield self.row(dict(zip(header.fields, record.fields)), source)

    def _check_columns(self, names: list[str], name: str, what: str) -> None:
        """The header of a CSV or Parquet file against the columns asked for."""
        if self.columns.text not in names:
            raise InputError(_missing_column(name, what, self.columns.text, names))
        for option, column in (("--id-column", self.columns.id), ("--date-column", self.columns.published)):
            if column is not None and column not in names:
                raise InputError(f"{name} has no {what} {column!r} ({option}); its {what}s: {', '.join(names)}")

    def row(self, values: dict[str, Any], source: str, columns: Columns | None = None) -> Row | ErrorRow:
        """An input row from the named fields of a JSON object, CSV row or Parquet row."""
        columns = columns or self.columns
        try:
            row_id = normalize_id(values.get(columns.id_name))
        except ValueError as error:
            return ErrorRow(id=None, error=str(error), source=source)
        text = values.get(columns.text)
        if not isinstance(text, str):
            what = f"no {columns.text!r} field" if text is None else f"{columns.text!r} that is not a string"
            return ErrorRow(id=row_id, error=f"row has {what}", source=source)
        if len(text) > self.max_chars:
            return ErrorRow(id=row_id, error=too_long(f"{len(text):,} characters", self.max_chars), source=source)
        if (surrogate := _SURROGATE.search(text)) is not None:
            message = f"text is not valid Unicode: a lone surrogate at character {surrogate.start()}"
            return ErrorRow(id=row_id, error=message, source=source)
        try:
            published = parse_published(values.get(columns.published_name))
        except ValueError as error:
            return ErrorRow(id=row_id, error=str(error), source=source)
        published_text = published.isoformat() if published else None
        return {"id": row_id, "text": text, "published": published_text, "source": source}


def normalize_id(value: Any) -> str | None:
    """An id as a string: strings as they are, whole numbers as digits; else ValueError."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise ValueError(f"id {value!r} is not valid Unicode (a lone surrogate)")  # repr escapes it
        return value
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):  # NumPy integers too
        return str(int(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    raise ValueError(f"id must be a string or a whole number, got {type(value).__name__} {value!r:.40}")


def too_long(size: str, max_chars: int) -> str:
    return f"text has {size}, more than the limit of {max_chars:,} (--max-chars)"


def _missing_column(name: str, what: str, wanted: str, names: list[str]) -> str:
    """One line: the column is missing, which there are, and which one probably holds the text."""
    folded = {candidate.casefold(): candidate for candidate in names}
    guess = next((folded[usual] for usual in TEXT_COLUMN_NAMES if usual in folded), None)
    guess = guess or next(iter(difflib.get_close_matches(wanted, names, n=1)), None)
    hint = f"; use --text-column {guess}?" if guess else "; name the text one with --text-column"
    return f"{name} has no {what} {wanted!r}; its {what}s: {', '.join(names[:20])}{hint}"


def read_inputs(path: Path | str, format: str = "auto", columns: Columns = Columns()) -> Iterator[Row | ErrorRow]:
    return iter(InputSource(path, format, columns))


def detect_format(path: Path) -> str:
    """The format a file name says: ``dump.jsonl.gz`` is JSON Lines; anything unknown is text."""
    if str(path) == "-":
        return "jsonl"
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] in (".gz", ".bz2", ".zst"):
        suffixes.pop()
    return _SUFFIX_FORMATS.get(suffixes[-1], "txt") if suffixes else "txt"
