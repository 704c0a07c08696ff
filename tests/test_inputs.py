import bz2
import gzip
import json

import pytest

from pipeline.batch.inputs import Columns, InputSource, detect_format, read_inputs
from pipeline.schema import ErrorRow

ARTICLES = [
    {"id": "a1", "text": "Türkiye ile İtalya arasında ticaret arttı.", "published": "2026-01-22"},
    {"id": "a2", "text": "Sırbistan'da seçim yapıldı.", "published": "2026-01-23"},
]


def json_lines(rows) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def texts_and_ids(rows):
    return [(row["id"], row["text"], row.get("published")) for row in rows]


@pytest.mark.parametrize(
    "name, compress",
    [
        ("dump.jsonl", lambda data: data),
        ("dump.jsonl.gz", gzip.compress),
        ("dump.jsonl.bz2", bz2.compress),
        ("dump.ndjson.zst", lambda data: __import__("zstandard").ZstdCompressor().compress(data)),
    ],
)
def test_json_lines_read_the_same_plain_or_compressed(tmp_path, name, compress):
    path = tmp_path / name
    path.write_bytes(compress(json_lines(ARTICLES)))
    rows = list(read_inputs(path))
    assert texts_and_ids(rows) == texts_and_ids(ARTICLES)
    assert rows[1]["source"] == f"{path}:2"


def test_the_format_follows_the_file_name_under_its_compression():
    from pathlib import Path

    assert detect_format(Path("a/dump.jsonl.zst")) == "jsonl"
    assert detect_format(Path("haberler.csv.gz")) == "csv"
    assert detect_format(Path("haberler.parquet")) == "parquet"
    assert detect_format(Path("makale.txt")) == "txt"
    assert detect_format(Path("makale")) == "txt"


def test_csv_with_its_own_column_names(tmp_path):
    path = tmp_path / "haberler.csv"
    path.write_text(
        'haber_no,icerik,tarih\n7,"Türkiye ile İtalya, ticaret hacmini artırdı.",2026-01-22\n8,Sırbistan\'da seçim yapıldı.,\n',
        encoding="utf-8",
    )
    rows = list(read_inputs(path, columns=Columns(text="icerik", id="haber_no", published="tarih")))
    assert texts_and_ids(rows) == [
        ("7", "Türkiye ile İtalya, ticaret hacmini artırdı.", "2026-01-22"),
        ("8", "Sırbistan'da seçim yapıldı.", None),
    ]


def test_a_csv_row_with_invalid_utf8_is_an_error_row_and_reading_goes_on(tmp_path):
    path = tmp_path / "haberler.csv"
    path.write_bytes(b"id,text\n1,T\xc3\xbcrkiye\n2,bozuk \xff metin\n3,\xc4\xb0talya\n")
    rows = list(read_inputs(path))
    assert [type(row) for row in rows] == [dict, ErrorRow, dict]
    assert "invalid UTF-8" in rows[1].error and rows[1].source == f"{path}:2"
    assert rows[2]["text"] == "İtalya"


def test_parquet_with_its_own_column_names(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "haberler.parquet"
    table = pa.table(
        {"body": [a["text"] for a in ARTICLES] + [None], "key": [1, 2, 3], "day": ["2026-01-22", None, None]}
    )
    pq.write_table(table, path)
    rows = list(read_inputs(path, columns=Columns(text="body", id="key", published="day")))
    assert texts_and_ids(rows[:2]) == [("1", ARTICLES[0]["text"], "2026-01-22"), ("2", ARTICLES[1]["text"], None)]
    assert isinstance(rows[2], ErrorRow) and rows[2].id == "3" and "'body'" in rows[2].error


def test_a_folder_of_text_files_in_name_order(tmp_path):
    (tmp_path / "b.txt").write_text("İtalya", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Türkiye", encoding="utf-8")
    (tmp_path / "notlar.md").write_text("okunmaz", encoding="utf-8")
    source = InputSource(tmp_path)
    assert [(row["id"], row["text"]) for row in source] == [("a", "Türkiye"), ("b", "İtalya")]
    assert source.fraction_read() == 1.0


def test_stdin_is_json_lines(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json_lines(ARTICLES))))
    assert texts_and_ids(read_inputs("-")) == texts_and_ids(ARTICLES)


def test_bad_json_lines_each_give_an_error_row_that_says_why(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(
        b'{"id": "1", "text": "T\xc3\xbcrkiye"}\n{bozuk json\n\xff\xfe\n[1, 2]\n{"id": "5"}\n{"id": "6", "text": 42}\n'
    )
    rows = list(read_inputs(path))
    errors = [row.error for row in rows if isinstance(row, ErrorRow)]
    assert len(rows) == 6 and isinstance(rows[0], dict)
    assert [error.split(":")[0] for error in errors] == [
        "malformed JSON",
        "invalid UTF-8",
        "expected a JSON object, got list",
        "row has no 'text' field",
        "row has 'text' that is not a string",
    ]


def test_a_truncated_archive_keeps_the_rows_before_the_cut_and_says_so(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    many = [
        {"id": str(number), "text": f"Haber {number * 7919 % 10007}: Türkiye {number**3}"} for number in range(5000)
    ]
    data = gzip.compress(json_lines(many))
    path.write_bytes(data[: len(data) // 2])
    rows = list(read_inputs(path))
    assert all(isinstance(row, dict) for row in rows[:-1]) and len(rows) > 2
    assert isinstance(rows[-1], ErrorRow) and "cannot read further" in rows[-1].error


def test_the_progress_of_a_file_goes_from_zero_to_one(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(json_lines(ARTICLES))
    source = InputSource(path)
    assert source.fraction_read() == 0.0
    list(source)
    assert source.fraction_read() == 1.0


def test_a_parquet_timestamp_column_gives_the_publication_day(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import datetime as dt

    import pyarrow.parquet as pq

    import pipeline

    path = tmp_path / "haberler.parquet"
    pq.write_table(pa.table({"text": ["Türkiye"], "published": [dt.datetime(2026, 1, 22, 9, 30)]}), path)
    [row] = read_inputs(path)
    assert pipeline.extract(row["text"], published=row["published"]).published == dt.date(2026, 1, 22)


def test_a_csv_field_longer_than_the_csv_module_default_is_read(tmp_path):
    long_article = "Türkiye ile İtalya görüştü. " * 10_000  # 280,000 characters
    path = tmp_path / "haberler.csv"
    path.write_text(f'id,text\n1,"{long_article}"\n2,İtalya\n', encoding="utf-8")
    assert [row["text"] for row in read_inputs(path)] == [long_article, "İtalya"]


def test_a_compressed_text_file_is_one_article(tmp_path):
    path = tmp_path / "makale.txt.gz"
    path.write_bytes(gzip.compress("Sırbistan'da seçim yapıldı.".encode("utf-8")))
    [row] = read_inputs(path)
    assert (row["id"], row["text"]) == ("makale", "Sırbistan'da seçim yapıldı.")
