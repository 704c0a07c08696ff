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


def test_the_stanza_extra_allows_one_torch_and_the_readme_shows_the_cpu_build():
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert [r for r in extras["stanza"] if r.startswith("torch")] == ["torch==2.13.0"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install '.[stanza]' --extra-index-url https://download.pytorch.org/whl/cpu" in readme


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_line = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci_line in readme
