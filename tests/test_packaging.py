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


def test_the_stanza_extra_allows_one_torch_and_every_install_line_takes_the_cpu_build():
    import re
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert [r for r in extras["stanza"] if r.startswith("torch")] == ["torch==2.13.0"]
    documents = [ROOT / "README.md", ROOT / "docs" / "development.md", ROOT / ".ci" / "run"]
    lines = [line for doc in documents for line in doc.read_text(encoding="utf-8").splitlines()]
    installs = [line for line in lines if re.search(r"pip install .*stanza", line)]
    assert installs and all("download.pytorch.org/whl/cpu" in line for line in installs), installs
