"""The batch runner: every input row accounted for, any number of workers, resumable."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from pipeline.batch.runner import run_batch, run_job
from pipeline.batch.worker import PipelineOptions, process_chunk
from pipeline.batch.inputs import InputSource
from pipeline.batch.outputs import LineSink
from tests.conftest import ROOT

FIVE_MB_ARTICLE = "Türkiye ile İtalya arasında görüşme yapıldı. " * 110_000

BAD_INPUT = [
    b'{"id": "iyi", "text": "T\xc3\xbcrkiye ile \xc4\xb0talya g\xc3\xb6r\xc3\xbc\xc5\x9ft\xc3\xbc."}',
    b'{"id": "bozuk", "text": "eksik',
    b'{"id": "utf", "text": "bozuk \xff bayt"}',
    b'{"id": "bos", "text": ""}',
    b'{"id": "bosluk", "text": "  \\n\\t  "}',
    json.dumps({"id": "dev", "text": FIVE_MB_ARTICLE}).encode(),
    json.dumps({"id": "html", "text": "<p>Heyet <b>İtalya</b>'dan döndü.</p>"}, ensure_ascii=False).encode(),
    json.dumps({"id": "nul", "text": "Türkiye\u0000 ve İtalya"}).encode(),
    b'{"id": "metinsiz", "baslik": "Sadece ba\xc5\x9fl\xc4\xb1k"}',
]


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    source = folder / "dump.jsonl"
    source.write_bytes(b"\n".join(BAD_INPUT) + b"\n")
    output = folder / "out.jsonl"
    summary = run_job(InputSource(source), output)
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    return summary, {row["id"]: row for row in rows if row["id"]}, rows


def test_rows_in_equal_records_plus_error_rows(bad_batch):
    summary, _, rows = bad_batch
    assert len(rows) == summary.rows == len(BAD_INPUT)
    assert summary.failed == sum("error" in row for row in rows) == 6


def test_malformed_json_is_an_error_row_with_its_line(bad_batch):
    _, _, rows = bad_batch
    assert rows[1]["error"].startswith("malformed JSON") and rows[1]["source"].endswith("dump.jsonl:2")


def test_invalid_utf8_is_an_error_row(bad_batch):
    _, _, rows = bad_batch
    assert rows[2]["error"].startswith("invalid UTF-8")


def test_empty_and_whitespace_texts_are_error_rows(bad_batch):
    _, by_id, _ = bad_batch
    assert by_id["bos"]["error"] == by_id["bosluk"]["error"] == "text is empty"


def test_a_five_megabyte_article_is_an_error_row_naming_the_limit(bad_batch):
    _, _, rows = bad_batch
    assert len(FIVE_MB_ARTICLE.encode("utf-8")) > 5_000_000
    # written with \\u escapes, its line is over the line limit: skipped unparsed
    assert "--max-chars 1,000,000" in rows[5]["error"] and rows[5]["source"].endswith(":6")


def test_an_article_over_max_chars_is_an_error_row_naming_the_limit(nlp):
    [row] = process_chunk([{"id": "dev", "text": FIVE_MB_ARTICLE}], PipelineOptions())
    error = json.loads(row[1])["error"]
    assert f"{len(FIVE_MB_ARTICLE):,} characters" in error and "1,000,000" in error


def test_html_is_processed_as_is_with_offsets_into_the_markup(bad_batch):
    _, by_id, _ = bad_batch
    text = "<p>Heyet <b>İtalya</b>'dan döndü.</p>"
    [italy] = by_id["html"]["entities"]
    [mention] = italy["mentions"]
    assert italy["iso2"] == "IT" and text[mention["start"] : mention["end"]] == mention["text"] == "İtalya"


def test_nul_bytes_are_kept_and_offsets_still_hold(bad_batch):
    _, by_id, _ = bad_batch
    assert [e["iso2"] for e in by_id["nul"]["entities"]] == ["TR", "IT"]
    assert by_id["nul"]["entities"][1]["mentions"][0]["start"] == len("Türkiye\u0000 ve ")


def test_a_missing_text_field_is_an_error_row_with_the_id(bad_batch):
    _, by_id, _ = bad_batch
    assert by_id["metinsiz"]["error"] == "row has no 'text' field"


ARTICLES = [
    {"id": f"h{number}", "text": text}
    for number, text in enumerate(
        [
            "Türkiye ile İtalya arasında ticaret hacmi arttı.",
            "Sırbistan'da seçim yapıldı; Kosova'dan tepki geldi.",
            "   ",
            "Arnavutluk Başbakanı Ankara'yı ziyaret etti.",
            "Bosna-Hersek ve Karadağ heyetleri görüştü.",
            "Hırvatistan'dan gelen bakan açıklama yaptı.",
        ]
        * 5
    )
]


def run_rows(rows, tmp_path, name, **options):
    output = tmp_path / name
    sink = LineSink(output, options.pop("errors", None), resume=options.pop("resume", False))
    summary = run_batch(rows, sink, **options)
    sink.close()
    return output.read_bytes(), summary


def test_two_workers_write_what_one_writes_in_input_order(tmp_path):
    one, _ = run_rows(ARTICLES, tmp_path, "one.jsonl", chunk_size=4)
    two, _ = run_rows(ARTICLES, tmp_path, "two.jsonl", workers=2, chunk_size=4)
    assert one == two
    assert [json.loads(line)["id"] for line in two.splitlines()] == [row["id"] for row in ARTICLES]


def test_resume_after_a_cut_anywhere_gives_the_same_bytes(tmp_path):
    results = process_chunk(ARTICLES, PipelineOptions())
    complete = b"".join(line.encode() + b"\n" for _, line in results)
    for cut in (0, 1, len(complete) // 3, complete.index(b"\n") + 1, len(complete) - 1, len(complete)):
        output = tmp_path / f"cut{cut}.jsonl"
        output.write_bytes(complete[:cut])
        resumed, summary = run_rows(ARTICLES, tmp_path, output.name, resume=True, chunk_size=4)
        assert resumed == complete, cut
        assert summary.resumed + summary.rows == len(ARTICLES)


def test_resume_with_an_errors_file_continues_both_files(tmp_path):
    results = process_chunk(ARTICLES, PipelineOptions())
    records = [line for failed, line in results if not failed]
    errors = [line for failed, line in results if failed]
    first_error = next(number for number, (failed, _) in enumerate(results) if failed)
    (tmp_path / "out.jsonl").write_text("\n".join(records[:first_error]) + "\n" + records[first_error][:9])
    (tmp_path / "errors.jsonl").write_text("")
    output, summary = run_rows(ARTICLES, tmp_path, "out.jsonl", errors=tmp_path / "errors.jsonl", resume=True)
    assert output.decode().splitlines() == records
    assert (tmp_path / "errors.jsonl").read_text().splitlines() == errors
    assert summary.resumed == first_error and summary.failed == len(errors)


def test_a_worker_that_dies_costs_only_its_own_row(tmp_path, monkeypatch, nlp):
    countries = nlp.get_pipe("trnews_countries")
    original = countries.__class__.__call__

    def die_on_poison(self, doc):
        if "zehir" in doc.text:
            os._exit(3)  # as a segfault or the out-of-memory killer would
        return original(self, doc)

    monkeypatch.setattr(countries.__class__, "__call__", die_on_poison)
    rows = ARTICLES[:4] + [{"id": "zehirli", "text": "Bu metinde zehir var."}] + ARTICLES[4:8]
    output, summary = run_rows(rows, tmp_path, "out.jsonl", workers=2, chunk_size=3)
    results = [json.loads(line) for line in output.decode().splitlines()]
    assert [row["id"] for row in results] == [row["id"] for row in rows]
    assert "no worker could process this row: BrokenProcessPool" in results[4]["error"]
    assert summary.failed == 2  # the poisoned row and the empty one


def test_kill_9_then_resume_gives_the_bytes_of_an_uninterrupted_run(tmp_path):
    source = tmp_path / "dump.jsonl"
    source.write_text(
        "".join(json.dumps(dict(row, id=f"{row['id']}-{n}")) + "\n" for n in range(60) for row in ARTICLES)
    )
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(source), "--workers", "2"]
    complete = subprocess.run(
        [*command, "-o", str(tmp_path / "complete.jsonl")], cwd=ROOT, capture_output=True, check=False
    )
    assert complete.returncode == 1  # the empty articles
    interrupted = tmp_path / "interrupted.jsonl"
    process = subprocess.Popen([*command, "-o", str(interrupted)], cwd=ROOT, start_new_session=True)
    while process.poll() is None and (not interrupted.exists() or interrupted.stat().st_size < 50_000):
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    subprocess.run([*command, "-o", str(interrupted), "--resume"], cwd=ROOT, capture_output=True, check=False)
    assert interrupted.read_bytes() == (tmp_path / "complete.jsonl").read_bytes()


HOSTILE_LINES = [
    b'{"id": "iyi", "text": "T\xc3\xbcrkiye ile \xc4\xb0talya g\xc3\xb6r\xc3\xbc\xc5\x9ft\xc3\xbc."}',
    b'{"id": "sayi", "text": "Ankara", "n": ' + b"9" * 5000 + b"}",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"id": "x\\ud800", "text": "Ankara"}',
    b'{"id": {"k": 1}, "text": "Ankara"}',
    b'{"id": "virgul", "text": "Ankara ' + b"," * 12_500 + b'"}',
    b'{"id": "tarih", "text": "Heyet d\xc3\xbcn d\xc3\xb6nd\xc3\xbc.", "published": "22.01.2026"}',
    b'{"id": "kotu-tarih", "text": "Ankara", "published": "yarin"}',
    b'{"id": "son", "text": "Ankara"}',
]


def test_rows_in_equal_records_plus_error_rows_on_hostile_input(tmp_path):
    source = tmp_path / "dump.jsonl"
    source.write_bytes(b"\r\n".join(HOSTILE_LINES) + b"\r\n")
    output = tmp_path / "out.jsonl"
    summary = run_job(InputSource(source), output, time_budget=60)
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == summary.rows == len(HOSTILE_LINES)
    assert ["error" in row for row in rows] == [False, True, True, True, True, True, False, True, False]
    assert rows[6]["published"] == "2026-01-22"
