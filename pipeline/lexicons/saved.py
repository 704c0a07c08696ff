"""Stages that carry their lexicons: ``nlp.to_disk`` writes the data files a stage was built
from into the stage's folder, and ``spacy.load`` builds the stage again from those copies, as
spaCy's SpanRuler does with its patterns. A saved pipeline then reads no ``data/`` file of
whatever package is installed when it is loaded.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, TypeVar

import srsly

from pipeline.resources import data_path

SETTINGS_FILE = "lexicons.json"
Stage = TypeVar("Stage", bound="SavedLexicons")


def _is_data_file(value: Any) -> bool:
    return isinstance(value, str) and value.endswith((".tsv", ".txt", ".json"))


def _is_data_file_list(value: Any) -> bool:
    """A setting naming several data files (the document stage's vocabulary)."""
    return isinstance(value, (list, tuple)) and bool(value) and all(_is_data_file(v) for v in value)


class SavedLexicons:
    """Mixin for a stage built from data files named in its settings (its factory's config)."""

    _settings: dict[str, Any]

    @classmethod
    def build(cls: type[Stage], **settings: Any) -> Stage:
        """The stage built from ``settings``, which it keeps for ``to_disk``."""
        stage = cls(**settings)
        stage._settings = settings
        return stage

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        saved: dict[str, dict[str, Any]] = {}
        copied: set[str] = set()
        for key, value in self._settings.items():
            if _is_data_file(value):
                saved[key] = {"file": _copy(value, key, path, copied)}
            elif _is_data_file_list(value):
                saved[key] = {"files": [_copy(one, key, path, copied) for one in value]}
            else:
                saved[key] = {"value": value}
        srsly.write_json(path / SETTINGS_FILE, saved)

    def from_disk(self: Stage, path: str | Path, *, exclude: tuple = ()) -> Stage:
        path = Path(path).resolve()
        saved = srsly.read_json(path / SETTINGS_FILE)
        settings = {key: _setting(path, entry) for key, entry in saved.items()}
        self.__init__(**settings)  # type: ignore[misc]  (built again from the saved copies)
        self._settings = settings
        return self


def _copy(value: str, key: str, path: Path, copied: set[str]) -> str:
    """Copies one data file into the stage's folder; the name of the copy."""
    name = Path(value).name
    if name in copied:
        name = f"{key}-{name}"
    shutil.copyfile(data_path(value), path / name)
    copied.add(name)
    return name


def _setting(path: Path, entry: dict[str, Any]) -> Any:
    if "file" in entry:
        return str(path / entry["file"])
    if "files" in entry:
        return [str(path / name) for name in entry["files"]]
    return entry["value"]
