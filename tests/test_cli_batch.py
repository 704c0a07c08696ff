"""``trnews extract`` on dumps: formats, columns, stdin, errors file, exit code."""

import json

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
GOOD = {"id": "h1", "text": "Türkiye ile İtalya arasında ticaret arttı."}
EMPTY = {"id": "h2", "text": " "}


def write_json_lines(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_stdin_json_lines_to_stdout_without_a_progress_bar():
    result = runner.invoke(app, ["extract", "-"], input=json.dumps(GOOD) + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "h1"
    assert result.stderr == ""  # not a terminal: quiet


def test_exit_code_is_zero_when_every_row_gave_a_record(tmp_path):
    source = write_json_lines(tmp_path / "dump.jsonl", [GOOD])
    assert runner.invoke(app, ["extract", str(source), "-o", str(tmp_path / "out.jsonl")]).exit_code == 0


def test_errors_file_collects_the_error_rows_and_the_exit_code_says_so(tmp_path):
    source = write_json_lines(tmp_path / "dump.jsonl", [GOOD, EMPTY])
    result = runner.invoke(
        app, ["extract", str(source), "-o", str(tmp_path / "out.jsonl"), "--errors", str(tmp_path / "err.jsonl")]
    )
    assert result.exit_code == 1
    assert "1 of 2 rows gave errors" in result.stderr
    assert json.loads((tmp_path / "err.jsonl").read_text())["id"] == "h2"
    assert json.loads((tmp_path / "out.jsonl").read_text())["id"] == "h1"


def test_csv_columns_are_named_on_the_command_line(tmp_path):
    source = tmp_path / "haberler.csv"
    source.write_text("no,govde,gun\n7,Sırbistan'da seçim yapıldı.,2026-01-22\n", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(source), "--text-column", "govde", "--id-column", "no", "--date-column", "gun"]
    )
    record = json.loads(result.stdout)
    assert (record["id"], record["published"], record["entities"][0]["iso2"]) == ("7", "2026-01-22", "RS")


def test_two_workers_from_the_command_line(tmp_path):
    source = write_json_lines(tmp_path / "dump.jsonl", [dict(GOOD, id=f"h{n}") for n in range(10)])
    result = runner.invoke(app, ["extract", str(source), "--workers", "2"])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [f"h{n}" for n in range(10)]


def test_parquet_output_follows_the_file_name(tmp_path):
    from pipeline.batch.frames import read_records

    source = write_json_lines(tmp_path / "dump.jsonl", [GOOD])
    runner.invoke(app, ["extract", str(source), "-o", str(tmp_path / "out.parquet")])
    assert read_records(tmp_path / "out.parquet")[0]["id"] == "h1"


def test_resume_needs_an_output_file(tmp_path):
    source = write_json_lines(tmp_path / "dump.jsonl", [GOOD])
    result = runner.invoke(app, ["extract", str(source), "--resume"])
    assert result.exit_code == 2 and "--resume needs an output file" in result.output


def test_a_missing_input_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "yok.jsonl")])
    assert result.exit_code == 2 and "Invalid value" in result.output


def test_the_progress_bar_shows_articles_per_second_and_eta(capsys):
    from pipeline.batch.runner import progress_bar

    with progress_bar(lambda: 0.5, enabled=True) as advance:
        advance(64)
    shown = capsys.readouterr().err
    assert "64 articles" in shown and "articles/s" in shown and "ETA" in shown
