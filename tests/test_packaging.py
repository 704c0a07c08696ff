import zipfile

import pytest

from tests.conftest import ROOT


def test_wheel_carries_data_models_and_schema(tmp_path, monkeypatch):
    hatchling_wheel = pytest.importorskip("hatchling.builders.wheel")
    monkeypatch.chdir(ROOT)
    builder = hatchling_wheel.WheelBuilder(str(ROOT))
    wheel = next(iter(builder.build(directory=str(tmp_path), versions=["standard"])))
    names = zipfile.ZipFile(wheel).namelist()
    assert "pipeline/_data/countries.tsv" in names
    assert "pipeline/_models/README.md" in names
    assert "pipeline/_models/stanza/resources.json" in names
    assert "pipeline/record.schema.json" in names
