"""Where the package finds its data (gazetteers, lexicons) and trained models.

Installed from a wheel, ``data/`` and ``models/`` travel inside the package as
``pipeline/_data`` and ``pipeline/_models`` (see ``pyproject.toml``); in a source checkout
they are the top-level folders beside ``pipeline/``. Never the current directory.
"""

from __future__ import annotations

import csv
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


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file of ``data/`` with a header line; ``#`` lines are comments."""
    with open(data_path(name), encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
