"""CSV read record by record, each record bounded in size before it is parsed.

Python's ``csv`` module, given a whole file, lets one unterminated quote swallow every row
after it and has no size limit that leaves the reader usable. Here the physical lines are
first grouped into records by following the quotes (RFC 4180: a field that starts with
``"`` runs to the ``"`` that is followed by the delimiter or the line end; ``""`` inside
it is one quote), and only a complete record goes to ``csv.reader``. When a quoted field
never closes properly (the file ends, or a closing quote is followed by something else),
the record's first line becomes an error row and reading starts again on its second line,
so the rows after a stray quote are read as rows. Line ends inside a quoted field are kept
as written (``\\r\\n`` stays ``\\r\\n``), so offsets point into the text as the file has it.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from dataclasses import dataclass
from typing import IO, Iterator

from pipeline.batch.streams import TOO_LONG, bounded_lines

_LINE_ENDS = (b"", b"\r", b"\n", b"\r\n")


@dataclass
class CsvRecord:
    """One record: its fields, or why it could not be read; ``line`` is its first line."""

    line: int
    fields: list[str] | None = None
    error: str | None = None


def _scan(line: bytes, in_quote: bool, delimiter: bytes) -> tuple[bool, bool]:
    """Follow the quotes of one physical line: (inside a quoted field at its end, malformed)."""
    position = 0
    while (quote := line.find(b'"', position)) >= 0:
        if in_quote:
            after = line[quote + 1 : quote + 2]
            if after == b'"':  # "" inside a quoted field
                position = quote + 2
                continue
            if after not in (delimiter, *_LINE_ENDS):
                return in_quote, True
            in_quote = False
        elif quote == 0 or line[quote - 1 : quote] == delimiter:
            in_quote = True  # a quote elsewhere in an unquoted field is a plain character
        position = quote + 1
    return in_quote, False


def csv_records(handle: IO[bytes], delimiter: str, limit: int) -> Iterator[CsvRecord]:
    """The records of a CSV byte stream, the header first, each as a ``CsvRecord``."""
    separator = delimiter.encode("ascii")
    csv.field_size_limit(max(limit, 1 << 17))  # records are at most ``limit`` bytes already
    lines = bounded_lines(handle, limit)
    replay: deque[tuple[int, bytes]] = deque()  # lines to read again after a broken quote
    number = 0

    def next_line() -> tuple[int, bytes | object] | None:
        nonlocal number
        if replay:
            return replay.popleft()
        line = next(lines, None)
        if line is None:
            return None
        number += 1
        return number, line

    while (first := next_line()) is not None:
        start, line = first
        if line is TOO_LONG:
            yield CsvRecord(start, error=f"a line longer than {limit:,} bytes")
            continue
        record, in_quote, size = [(start, line)], False, 0
        while True:
            in_quote, malformed = _scan(record[-1][1], in_quote, separator)
            size += len(record[-1][1])
            if malformed or not in_quote or size > limit:
                break
            following = next_line()
            if following is None or following[1] is TOO_LONG:
                if following is not None:
                    replay.appendleft(following)
                break
            record.append(following)
        if size > limit:  # a quoted field too long to hold: skip to where it closes
            yield CsvRecord(start, error=f"a row longer than {limit:,} bytes")
            while in_quote and not malformed and (following := next_line()) is not None:
                if following[1] is not TOO_LONG:
                    in_quote, malformed = _scan(following[1], in_quote, separator)
            continue
        if in_quote or malformed:
            what = "a quote that is not closed properly" if malformed else "a quote that is never closed"
            yield CsvRecord(start, error=f"malformed CSV: {what} (line {start})")
            replay.extendleft(reversed(record[1:]))
            continue
        yield _parse(start, b"".join(line for _, line in record), delimiter)


def _parse(line: int, data: bytes, delimiter: str) -> CsvRecord:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return CsvRecord(line, error=f"invalid UTF-8 in the row: {error}")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        return CsvRecord(line, error=f"malformed CSV: {error} (line {line})")
    return CsvRecord(line, fields=rows[0] if rows else [])
