"""Output formats: Parquet records and flat tables, written from the JSON Lines journal."""

import csv
import json

import pytest

from pipeline.batch.runner import run_job
from pipeline.batch.inputs import InputSource

pytest.importorskip("pyarrow")

ROWS = [
    {
        "id": "h1",
        "text": "Türkiye ile İtalya arasında ticaret arttı. İtalya'dan heyet geldi.",
        "published": "2026-01-22",
    },
    {"id": "h2", "text": "   "},
    {"id": "h3", "text": "Sırbistan'da seçim yapıldı."},
]


@pytest.fixture()
def source(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in ROWS), encoding="utf-8")
    return path


def test_parquet_holds_the_same_records_as_json_lines(tmp_path, source):
    from pipeline.batch.frames import read_records

    run_job(InputSource(source), tmp_path / "out.jsonl")
    run_job(InputSource(source), tmp_path / "out.parquet")
    assert not (tmp_path / "out.parquet.journal.jsonl").exists()
    assert read_records(tmp_path / "out.parquet", errors=True) == read_records(tmp_path / "out.jsonl", errors=True)


def test_parquet_output_is_byte_stable(tmp_path, source):
    run_job(InputSource(source), tmp_path / "a.parquet")
    run_job(InputSource(source), tmp_path / "b.parquet")
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()


def test_csv_tables_one_row_per_document_entity_and_mention(tmp_path, source):
    run_job(InputSource(source), tmp_path / "tables", format="csv-tables")

    def read(table):
        with open(tmp_path / "tables" / f"{table}.csv", encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    documents, entities, mentions = read("documents"), read("entities"), read("mentions")
    assert [(d["doc_id"], d["n_entities"], d["error"]) for d in documents] == [
        ("h1", "2", ""),
        ("h2", "", "text is empty"),
        ("h3", "1", ""),
    ]
    assert [(e["doc_id"], e["entity_id"], e["name"], e["iso2"], e["n_mentions"]) for e in entities] == [
        ("h1", "e1", "Türkiye", "TR", "1"),
        ("h1", "e2", "İtalya", "IT", "2"),
        ("h3", "e1", "Sırbistan", "RS", "1"),
    ]
    assert [(m["entity_id"], m["start"], m["text"]) for m in mentions if m["doc_id"] == "h1"] == [
        ("e1", "0", "Türkiye"),
        ("e2", "12", "İtalya"),
        ("e2", "43", "İtalya'dan"),
    ]
    assert read("money") == read("topics") == read("dates") == []


def test_parquet_tables_have_typed_columns(tmp_path, source):
    import pyarrow.parquet as pq

    run_job(InputSource(source), tmp_path / "tables", format="parquet-tables")
    mentions = pq.read_table(tmp_path / "tables" / "mentions.parquet")
    assert str(mentions.schema.field("start").type) == "int64"
    assert mentions.num_rows == 4


def test_an_errors_file_takes_the_error_rows_out_of_the_output(tmp_path, source):
    summary = run_job(InputSource(source), tmp_path / "out.jsonl", errors=tmp_path / "errors.jsonl")
    assert [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()] == ["h1", "h3"]
    assert [json.loads(line)["id"] for line in (tmp_path / "errors.jsonl").read_text().splitlines()] == ["h2"]
    assert summary.any_failed


def test_resume_of_parquet_continues_from_the_journal(tmp_path, source):
    run_job(InputSource(source), tmp_path / "complete.parquet")
    journal = tmp_path / "out.parquet.journal.jsonl"
    run_job(InputSource(source), tmp_path / "out.jsonl")
    journal.write_bytes((tmp_path / "out.jsonl").read_bytes()[:100])  # killed during the first record
    summary = run_job(InputSource(source), tmp_path / "out.parquet", resume=True)
    assert summary.rows == 3 and summary.resumed == 0
    assert (tmp_path / "out.parquet").read_bytes() == (tmp_path / "complete.parquet").read_bytes()
    assert run_job(InputSource(source), tmp_path / "out.parquet", resume=True).extra == {"complete": True}


def test_csv_table_cells_that_a_spreadsheet_would_run_are_neutralized(tmp_path):
    path = tmp_path / "dump.jsonl"
    rows = [{"id": "=HYPERLINK(\"http://x\")", "text": "Türkiye ile İtalya görüştü."}, {"id": "-1", "text": "İtalya"}]
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    run_job(InputSource(path), tmp_path / "tables", format="csv-tables")
    with open(tmp_path / "tables" / "documents.csv", encoding="utf-8", newline="") as handle:
        ids = [row["doc_id"] for row in csv.DictReader(handle)]
    with open(tmp_path / "tables" / "mentions.csv", encoding="utf-8", newline="") as handle:
        starts = {row["start"] for row in csv.DictReader(handle)}
    assert ids == ["'=HYPERLINK(\"http://x\")", "'-1"]
    assert "0" in starts  # numbers stay numbers
