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
        for key, value in self._settings.items():
            if not _is_data_file(value):
                saved[key] = {"value": value}
                continue
            name = Path(value).name
            if any(entry.get("file") == name for entry in saved.values()):
                name = f"{key}-{name}"
            shutil.copyfile(data_path(value), path / name)
            saved[key] = {"file": name}
        srsly.write_json(path / SETTINGS_FILE, saved)

    def from_disk(self: Stage, path: str | Path, *, exclude: tuple = ()) -> Stage:
        path = Path(path).resolve()
        saved = srsly.read_json(path / SETTINGS_FILE)
        settings = {key: str(path / e["file"]) if "file" in e else e["value"] for key, e in saved.items()}
        self.__init__(**settings)  # type: ignore[misc]  (built again from the saved copies)
        self._settings = settings
        return self
