"""Mistakes a new user makes end in one line that says what to change, before the model loads."""

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
GOOD = {"id": "h1", "text": "Türkiye ile İtalya arasında ticaret arttı."}


def one_line_error(result) -> str:
    """The error message, after checking that it is one line, not a traceback."""
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: ") and "Traceback" not in result.output
    return line


@pytest.fixture
def dump(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_a_csv_without_the_text_column_suggests_the_option(tmp_path):
    path = tmp_path / "haberler.csv"
    path.write_text("no,govde\n" + "7,Ankara'da toplantı yapıldı.\n" * 500, encoding="utf-8")
    line = one_line_error(runner.invoke(app, ["extract", str(path)]))
    assert line.endswith("use --text-column govde?") and result_is_empty(tmp_path)


def result_is_empty(folder) -> bool:
    return not list(folder.glob("*.jsonl"))


@pytest.mark.parametrize("option, column", [("--id-column", "haber_no"), ("--date-column", "tarih")])
def test_an_unknown_id_or_date_column_is_refused_up_front(tmp_path, option, column):
    path = tmp_path / "haberler.csv"
    path.write_text("id,text\n1,Ankara\n", encoding="utf-8")
    assert f"no column {column!r} ({option})" in one_line_error(runner.invoke(app, ["extract", str(path), option, column]))


@pytest.mark.parametrize("option, value", [("--backend", "foo"), ("--format", "xlsx"), ("--input-format", "xml")])
def test_enumerated_options_are_choices(dump, option, value):
    result = runner.invoke(app, ["extract", str(dump), option, value])
    assert result.exit_code == 2 and "is not one of" in result.output


def test_the_stanza_backend_without_its_extra_says_how_to_install_it(dump, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "stanza" else real(name, *a))
    line = one_line_error(runner.invoke(app, ["extract", str(dump), "--backend", "stanza"]))
    assert "pip install 'tr-news-pipeline[stanza]' --extra-index-url https://download.pytorch.org/whl/cpu" in line


def test_output_naming_a_folder_is_refused(dump, tmp_path):
    assert "is a folder" in one_line_error(runner.invoke(app, ["extract", str(dump), "-o", str(tmp_path)]))


def test_output_to_one_csv_file_is_refused_with_the_tables_format_suggested(dump, tmp_path):
    line = one_line_error(runner.invoke(app, ["extract", str(dump), "-o", str(tmp_path / "kayitlar.csv")]))
    assert "--format csv-tables" in line and "kayitlar.jsonl" in line


def test_errors_file_equal_to_the_output_is_refused(dump, tmp_path):
    out = tmp_path / "out.jsonl"
    line = one_line_error(runner.invoke(app, ["extract", str(dump), "-o", str(out), "--errors", str(out)]))
    assert "is the output file" in line and not out.exists()


def test_a_compressed_output_name_is_refused(dump, tmp_path):
    assert "uncompressed" in one_line_error(runner.invoke(app, ["extract", str(dump), "-o", str(tmp_path / "o.jsonl.gz")]))


def test_an_unreachable_dask_scheduler_is_one_line(dump, monkeypatch):
    pytest.importorskip("dask.distributed")
    import pipeline.batch.distributed as distributed

    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    line = one_line_error(runner.invoke(app, ["extract", str(dump), "--dask-scheduler", "tcp://127.0.0.1:9"]))
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in line


def test_eval_of_an_empty_folder_fails(tmp_path):
    assert "no gold files" in one_line_error(runner.invoke(app, ["eval", str(tmp_path)]))


def test_eval_of_a_gold_file_without_text_names_the_file(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "gold": {}}), encoding="utf-8")
    line = one_line_error(runner.invoke(app, ["eval", str(tmp_path)]))
    assert "a.json has no 'text'" in line


def test_eval_ner_on_a_file_without_annotations_fails(tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("Ankara'da toplantı yapıldı.\nİzmir'de yağmur var.\n", encoding="utf-8")
    assert "no annotated entities" in one_line_error(runner.invoke(app, ["eval-ner", str(corpus)]))


def test_version_and_python_dash_m():
    import subprocess
    import sys

    from pipeline import __version__
    from tests.conftest import ROOT

    assert runner.invoke(app, ["--version"]).stdout == f"trnews {__version__}\n"
    shown = subprocess.run([sys.executable, "-m", "pipeline", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert shown.stdout == f"trnews {__version__}\n"


def test_the_summary_counts_records_errors_and_names_the_output(tmp_path, dump):
    dump.write_text(dump.read_text(encoding="utf-8") + '{"id": "bos", "text": " "}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(dump), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Done: 1 record, 1 error row (1 of 2 rows gave errors) in ")
    assert result.stderr.rstrip().endswith(f"-> {out}")


def test_repeated_ids_are_flagged(tmp_path, dump):
    dump.write_text(dump.read_text(encoding="utf-8") * 3, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(dump)])
    assert "Warning: 2 rows repeat an id of an earlier row (first: 'h1')" in result.stderr


def test_ctrl_c_says_how_to_resume(dump, tmp_path, monkeypatch):
    import pipeline.batch.extract_command as command

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(command, "run_job", interrupted)
    result = runner.invoke(app, ["extract", str(dump), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 130 and "run the same command with --resume" in result.stderr
