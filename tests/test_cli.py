import json

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def test_extract_on_the_seed_prints_a_valid_record_with_nine_countries(tmp_path):
    from tests.conftest import SEED_TEXT

    result = runner.invoke(app, ["extract", str(SEED_TEXT)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip())
    assert record["published"] == "2026-01-22"
    assert sorted(e["iso2"] for e in record["entities"] if e["type"] == "COUNTRY") == sorted(
        ["TR", "AL", "BA", "ME", "XK", "MK", "RS", "HR", "IT"]
    )


def test_extract_json_lines_keeps_going_past_bad_rows(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"id": "1", "text": "T\xc3\xbcrkiye"}\n{not json\n{"id": "3"}\n\xff\xfe\n{"id": "5", "text": "\xc4\xb0talya"}\n'
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out)])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert result.exit_code == 1  # some rows failed
    assert len(rows) == 5
    assert ["error" in row for row in rows] == [False, True, True, True, False]
    assert rows[0]["id"] == "1" and rows[4]["id"] == "5"


def test_extract_a_directory_of_text_files_uses_file_names_as_ids(tmp_path):
    (tmp_path / "b.txt").write_text("İtalya", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Türkiye", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]


def test_schema_command_prints_the_json_schema():
    result = runner.invoke(app, ["schema"])
    assert json.loads(result.stdout)["title"] == "Record"
