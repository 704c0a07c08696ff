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


def test_stdin_json_lines_to_stdout_without_a_progress_bar_and_a_summary_line_on_stderr():
    result = runner.invoke(app, ["extract", "-"], input=json.dumps(GOOD) + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "h1"
    [summary] = result.stderr.splitlines()  # not a terminal: no bar, no status, just the summary
    assert summary.startswith("Done: 1 record, 0 error rows in ") and summary.endswith("-> stdout")


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
    assert result.exit_code == 2 and result.output == f"Error: {tmp_path / 'yok.jsonl'} does not exist\n"


def test_the_progress_bar_shows_articles_per_second_and_eta(capsys):
    from pipeline.batch.runner import progress_bar

    with progress_bar(lambda: 0.5, enabled=True) as advance:
        advance(64)
    shown = capsys.readouterr().err
    assert "64 articles" in shown and "articles/s" in shown and "ETA" in shown


def test_on_resume_the_article_count_starts_at_the_rows_already_written(capsys):
    from pipeline.batch.runner import progress_bar

    # the percentage is of the input read, skipped rows included: the count must include them too
    with progress_bar(lambda: 0.75, enabled=True, done_before=300) as advance:
        advance(100)
    assert "400 articles" in capsys.readouterr().err


def test_a_semicolon_csv_from_excel_with_a_stray_quote_loses_no_row(tmp_path):
    source = tmp_path / "haberler.csv"
    rows = ["no;govde;tarih", '1;"Ankara\'da toplantı;22.01.2026', "2;İzmir'de yağmur;23.01.2026", "3;Van;"]
    source.write_bytes(b"\xef\xbb\xbf" + "\r".join(rows).encode("utf-8") + b"\r")
    result = runner.invoke(
        app, ["extract", str(source), "--delimiter", ";", "--text-column", "govde", "--id-column", "no",
              "--date-column", "tarih"],
    )  # fmt: skip
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1 and len(out) == 3
    assert "quote" in out[0]["error"] and (out[1]["id"], out[1]["published"]) == ("2", "2026-01-23")
