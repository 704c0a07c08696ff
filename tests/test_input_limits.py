"""Inputs that used to lose rows: every line gives a row or an error row for itself alone."""

import gzip
import json

import pytest

from pipeline.batch.inputs import Columns, InputError, InputSource, normalize_id
from pipeline.schema import ErrorRow

GOOD = b'{"id": "iyi", "text": "Ankara"}\n'


def rows_of(path, **options):
    return list(InputSource(path, **options))


def kinds(rows):
    return ["row" if isinstance(row, dict) else "error" for row in rows]


@pytest.mark.parametrize(
    "bad_line, error",
    [
        (b'{"id": "a", "text": "Ankara", "n": ' + b"7" * 5000 + b"}", "malformed JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "malformed JSON: nested too deeply"),
        (b'{"id": "a", "text": "Ankara", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "malformed JSON: nested too deeply"),
    ],
)
def test_a_huge_integer_or_deep_nesting_is_an_error_row_and_reading_goes_on(tmp_path, bad_line, error):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(GOOD + bad_line + b"\n" + GOOD)
    rows = rows_of(path)
    assert kinds(rows) == ["row", "error", "row"]
    assert rows[1].error.startswith(error) and rows[1].source.endswith(":2")


def test_a_line_over_the_limit_is_skipped_as_read_and_is_one_error_row(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    huge = b'{"id": "dev", "text": "' + b"a" * 3_000_000 + b'"}\n'
    path.write_bytes(gzip.compress(GOOD + huge + GOOD))
    rows = rows_of(path, max_chars=100_000)  # lines over 6 x 100,000 + 1 MiB bytes
    assert kinds(rows) == ["row", "error", "row"]
    assert "a line longer than 1,648,576 bytes" in rows[1].error


def test_a_text_over_max_chars_is_an_error_row_before_the_model_sees_it(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "uzun", "text": "Ankara " * 200}) + "\n", encoding="utf-8")
    [row] = rows_of(path, max_chars=1000)
    assert row.id == "uzun" and row.error == "text has 1,400 characters, more than the limit of 1,000 (--max-chars)"


def test_a_truncated_zstd_archive_gives_one_error_row_after_the_rows_read(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    lines = b"".join(b'{"id": "%d", "text": "Haber %d Ankara"}\n' % (n, n * 7919 % 10007) for n in range(30_000))
    data = zstandard.ZstdCompressor().compress(lines)
    path = tmp_path / "dump.jsonl.zst"
    path.write_bytes(data[: len(data) * 2 // 3])
    rows = rows_of(path)
    assert kinds(rows[:-1]) == ["row"] * (len(rows) - 1) and len(rows) > 1
    assert "cannot read further" in rows[-1].error and "truncated" in rows[-1].error


def test_a_zstd_archive_of_several_frames_is_read_whole(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    compressor = zstandard.ZstdCompressor()
    path = tmp_path / "dump.jsonl.zst"
    path.write_bytes(compressor.compress(GOOD) + compressor.compress(GOOD.replace(b"iyi", b"ikinci")))
    assert [row["id"] for row in rows_of(path)] == ["iyi", "ikinci"]


def test_a_json_lines_file_starting_with_a_bom_reads_its_first_row(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD)
    assert [row["id"] for row in rows_of(path)] == ["iyi"]


@pytest.mark.parametrize("line_end", [b"\r", b"\r\n", b"\n"])
def test_json_lines_with_any_line_end_give_one_row_a_line(tmp_path, line_end):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(GOOD.rstrip(b"\n") + line_end + GOOD.rstrip(b"\n") + line_end)
    assert kinds(rows_of(path)) == ["row", "row"]


def test_json_lines_whose_text_field_is_misnamed_stop_before_the_first_row(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text('{"id": "1", "govde": "Ankara"}\n' * 3, encoding="utf-8")
    with pytest.raises(InputError, match="has no field 'text'.*use --text-column govde"):
        InputSource(path).check()


@pytest.mark.parametrize(
    "value, expected",
    [("h-7", "h-7"), (7, "7"), (7.0, "7"), (None, None), ("", None), (float("nan"), None)],
)
def test_ids_are_strings_or_whole_numbers(value, expected):
    assert normalize_id(value) == expected


@pytest.mark.parametrize("value", [True, {"k": 1}, [1], 1.5, "x\ud800"])
def test_other_ids_are_refused(value):
    with pytest.raises(ValueError):
        normalize_id(value)


def test_a_lone_surrogate_in_an_id_or_text_is_an_error_row_for_that_row(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(GOOD + b'{"id": "x\\ud800", "text": "Ankara"}\n{"id": "y", "text": "Ankara\\udc00"}\n' + GOOD)
    rows = rows_of(path)
    assert kinds(rows) == ["row", "error", "error", "row"]
    assert "lone surrogate" in rows[1].error and rows[1].id is None
    assert rows[2].id == "y" and "lone surrogate at character 6" in rows[2].error
    assert all(isinstance(row, dict) or row.to_json().encode("utf-8") for row in rows)


def test_a_non_string_id_is_an_error_row_not_a_python_repr(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text('{"id": {"k": 1}, "text": "Ankara"}\n{"id": true, "text": "Ankara"}\n{"id": 12, "text": "Ankara"}\n')
    rows = rows_of(path)
    assert kinds(rows) == ["error", "error", "row"] and rows[2]["id"] == "12"
    assert "id must be a string or a whole number, got dict" in rows[0].error


@pytest.mark.parametrize(
    "written, iso",
    [("2026-01-22", "2026-01-22"), ("22.01.2026", "2026-01-22"), ("2.1.2026", "2026-01-02"),
     ("22/01/2026", "2026-01-22"), ("22 Ocak 2026", "2026-01-22"), ("3 ŞUBAT 2026 Salı", "2026-02-03"),
     ("2026-01-22T09:30:00+03:00", "2026-01-22"), ("", None)],
)  # fmt: skip
def test_published_in_the_usual_turkish_forms(tmp_path, written, iso):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": "Ankara", "published": written}) + "\n", encoding="utf-8")
    assert rows_of(path)[0]["published"] == iso


@pytest.mark.parametrize("written", ["31.02.2026", "01/13/2026", "dün", "22 Ocakk 2026"])
def test_a_published_that_is_not_a_date_names_the_accepted_forms(tmp_path, written):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": "Ankara", "published": written}) + "\n", encoding="utf-8")
    [row] = rows_of(path)
    assert isinstance(row, ErrorRow) and "DD.MM.YYYY" in row.error


def test_a_non_parquet_file_named_parquet_is_one_error_row(tmp_path):
    path = tmp_path / "haberler.parquet"
    path.write_bytes(b"bu bir parquet dosyasi degil")
    [row] = rows_of(path)
    assert "cannot read the Parquet file" in row.error


def test_a_truncated_parquet_file_is_one_error_row(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "haberler.parquet"
    pq.write_table(pa.table({"text": ["Ankara"] * 100}), path)
    path.write_bytes(path.read_bytes()[:-20])
    [row] = rows_of(path)
    assert isinstance(row, ErrorRow) and row.error.startswith("cannot read")


def test_a_parquet_text_over_the_limit_is_an_error_row_and_never_a_python_string(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "haberler.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": ["Ankara", "a" * 5000, "İzmir"]}), path)
    rows = rows_of(path, max_chars=1000)
    assert kinds(rows) == ["row", "error", "row"]
    assert rows[1].id == "2" and "5,000 characters" in rows[1].error


def test_a_parquet_file_without_the_text_column_stops_with_a_suggestion(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "haberler.parquet"
    pq.write_table(pa.table({"no": [1], "icerik": ["Ankara"]}), path)
    with pytest.raises(InputError, match="use --text-column icerik"):
        InputSource(path).check()


def test_named_id_and_date_columns_must_exist(tmp_path):
    path = tmp_path / "haberler.csv"
    path.write_text("id,text\n1,Ankara\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column 'no' \\(--id-column\\)"):
        InputSource(path, columns=Columns(id="no")).check()
    with pytest.raises(InputError, match="no column 'tarih' \\(--date-column\\)"):
        InputSource(path, columns=Columns(published="tarih")).check()


@pytest.mark.skipif(not __import__("os").path.exists("/proc/self/status"), reason="reads the peak from Linux /proc")
def test_a_decompression_bomb_is_read_in_flat_memory(tmp_path):
    """120 MB of one line in a small .gz: the reader never holds more than the line limit."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=1) as handle:
        handle.write(b'{"id": "bomba", "text": "')
        for _ in range(120):
            handle.write(b"a" * (1 << 20))
        handle.write(b'"}\n' + GOOD)
    script = (  # VmHWM: this process's peak (ru_maxrss would carry over the forking parent's)
        "import re, sys; from pipeline.batch.inputs import InputSource; "
        "rows = list(InputSource(sys.argv[1], max_chars=1_000_000)); "
        "peak = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) // 1024; "
        "print(len(rows), rows[0].error[:20], peak)"
    )
    shown = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, capture_output=True, text=True)
    count, _, peak_mb = shown.stdout.rsplit(" ", 2)
    assert count.startswith("2 ") and int(peak_mb) < 150, shown.stdout + shown.stderr
