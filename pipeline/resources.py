"""Where the package finds its data (gazetteers, lexicons) and trained models.

Installed from a wheel, ``data/`` and ``models/`` travel inside the package as
``pipeline/_data`` and ``pipeline/_models`` (see ``pyproject.toml``); in a source checkout
they are the top-level folders beside ``pipeline/``. Never the current directory.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Iterator

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _packaged_or_source(packaged_name: str, source_name: str) -> Path:
    packaged = Path(str(files("pipeline") / packaged_name))
    return packaged if packaged.is_dir() else _SOURCE_ROOT / source_name


@lru_cache(maxsize=1)
def data_dir() -> Path:
    return _packaged_or_source("_data", "data")


@lru_cache(maxsize=1)
def models_dir() -> Path:
    return _packaged_or_source("_models", "models")


@lru_cache(maxsize=1)
def shared_dir() -> Path:
    """The project's shared read-only data (``../shared`` beside the checkout): ``TRNEWS_SHARED``
    when set, else the first folder named ``shared`` beside the checkout or one of its parents
    (a git worktree may sit a level deeper than the main checkout)."""
    import os

    if os.environ.get("TRNEWS_SHARED"):
        return Path(os.environ["TRNEWS_SHARED"])
    for folder in _SOURCE_ROOT.parents:
        if (folder / "shared").is_dir():
            return folder / "shared"
    return _SOURCE_ROOT.parent / "shared"


def data_path(name: str) -> Path:
    """A file of ``data/``; absolute paths are returned unchanged (user-supplied lexicons)."""
    path = Path(name)
    return path if path.is_absolute() else data_dir() / path


def read_words(name: str, column: str = "word") -> set[str]:
    """One column of a word list of ``data/``, Turkish-folded: name stopwords, cue nouns, names."""
    from pipeline.lang.tr.text import turkish_lower

    return {turkish_lower(row[column].strip()) for row in read_tsv(name)}


def read_word_lists(names: str | list[str] | tuple[str, ...], column: str = "word") -> set[str]:
    """``read_words`` of one word list or the union of several."""
    return set().union(*(read_words(name, column) for name in ([names] if isinstance(names, str) else names)))


class DataFileError(ValueError):
    """A data file that does not have the shape its reader expects; says file, line and column."""


class Row(dict):
    """One row of a data file: a missing column is an error that names the file and the line."""

    def __init__(self, values: dict[str, str], path: Path, line: int) -> None:
        super().__init__(values)
        self.path, self.line = path, line

    def __missing__(self, column: str) -> str:
        raise DataFileError(f"{self.path}, line {self.line}: no column {column!r} (the header has: {', '.join(self)})")


def read_tsv(name: str) -> Iterator[Row]:
    """Rows of a tab-separated file of ``data/`` with a header line; ``#`` lines are comments.
    A row with more or fewer fields than the header raises ``DataFileError``."""
    path = data_path(name)
    with open(path, encoding="utf-8") as handle:
        header: list[str] | None = None
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\r\n").split("\t")  # as csv with QUOTE_NONE splits it, without a reader per line
            if header is None:
                header = fields
                continue
            if len(fields) != len(header):
                raise DataFileError(f"{path}, line {number}: {_shape_error(header, fields)}")
            yield Row(dict(zip(header, fields)), path, number)


def _shape_error(header: list[str], fields: list[str]) -> str:
    column = min(len(fields), len(header)) + 1  # the first column that is missing or extra
    if len(fields) < len(header):
        what = f"column {column} ({header[column - 1]!r}) is missing"
    else:
        what = f"column {column} is one more than the header's last ({header[-1]!r})"
    return f"{what}: the header has {len(header)} columns, this row {len(fields)} (separated by tabs)"
