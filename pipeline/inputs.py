"""Reading articles: a text file, a directory of ``.txt`` files, or JSON Lines.

Every input row comes out as a dict for ``extract_many`` (``id``, ``text``, optional
``published``, ``source``) or as an ``ErrorRow`` saying why it could not be read, so that
rows in = records + error rows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from pipeline.schema import ErrorRow

Row = dict[str, Any]


def read_inputs(path: Path) -> Iterator[Row | ErrorRow]:
    if path.is_dir():
        for file in sorted(path.glob("*.txt")):
            yield _read_text_file(file)
    elif path.suffix in (".jsonl", ".ndjson", ".json"):
        yield from _read_json_lines(path)
    else:
        yield _read_text_file(path)


def _read_text_file(path: Path) -> Row | ErrorRow:
    try:
        return {"id": path.stem, "text": path.read_bytes().decode("utf-8"), "source": str(path)}
    except (OSError, UnicodeDecodeError) as error:
        return ErrorRow(id=path.stem, error=f"cannot read {path.name}: {error}", source=str(path))


def _read_json_lines(path: Path) -> Iterator[Row | ErrorRow]:
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            source = f"{path}:{number}"
            if not raw.strip():
                continue
            yield parse_json_line(raw, source)


def parse_json_line(raw: bytes, source: str) -> Row | ErrorRow:
    try:
        row = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return ErrorRow(id=None, error=f"invalid UTF-8: {error}", source=source)
    except json.JSONDecodeError as error:
        return ErrorRow(id=None, error=f"malformed JSON: {error}", source=source)
    if not isinstance(row, dict):
        return ErrorRow(id=None, error=f"expected a JSON object, got {type(row).__name__}", source=source)
    row_id = None if row.get("id") is None else str(row["id"])
    if not isinstance(row.get("text"), str):
        what = "no 'text' field" if "text" not in row else "'text' is not a string"
        return ErrorRow(id=row_id, error=f"row has {what}", source=source)
    return {"id": row_id, "text": row["text"], "published": row.get("published"), "source": source}
