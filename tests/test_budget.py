"""The per-article time budget: an article that takes too long costs its own row, never the batch."""

import json
import time

import pytest

from pipeline.batch.budget import too_slow_to_tokenize
from pipeline.batch.outputs import LineSink
from pipeline.batch.runner import run_batch
from pipeline.batch.worker import PipelineOptions, process_chunk

NORMAL = [{"id": f"h{n}", "text": f"Türkiye ile İtalya {n}. kez görüştü."} for n in range(6)]
SLOW = {"id": "yavas", "text": "Bu haber çok yavaş işleniyor."}


@pytest.fixture
def slow_stage(monkeypatch, nlp):
    """A stage that takes a minute on one article, as a pathological input would."""
    countries = nlp.get_pipe("trnews_countries")
    original = countries.__class__.__call__

    def stall_on_slow(self, doc):
        if "yavaş" in doc.text:
            time.sleep(60)
        return original(self, doc)

    monkeypatch.setattr(countries.__class__, "__call__", stall_on_slow)


def run_rows(rows, path, **options):
    sink = LineSink(path, resume=options.pop("resume", False))
    try:
        summary = run_batch(rows, sink, **options)
    finally:
        sink.close()
    return path.read_bytes(), summary


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_over_the_budget_is_an_error_row_and_the_batch_goes_on(tmp_path, slow_stage, workers):
    rows = NORMAL[:3] + [SLOW] + NORMAL[3:]
    started = time.monotonic()
    output, summary = run_rows(rows, tmp_path / "out.jsonl", workers=workers, time_budget=1.0, chunk_size=2)
    assert time.monotonic() - started < 30
    results = [json.loads(line) for line in output.splitlines()]
    assert [row["id"] for row in results] == [row["id"] for row in rows]
    assert results[3]["error"] == "took longer than the time budget of 1 s (--time-budget); skipped"
    assert summary.failed == 1 and all("error" not in row for row in results[:3] + results[4:])


def test_resume_past_an_article_over_the_budget_gives_the_same_bytes(tmp_path, slow_stage):
    rows = NORMAL[:2] + [SLOW] + NORMAL[2:4]
    complete, _ = run_rows(rows, tmp_path / "complete.jsonl", time_budget=1.0, chunk_size=2)
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(complete[: complete.index(b"\n") + 5])
    resumed, summary = run_rows(rows, cut, time_budget=1.0, chunk_size=2, resume=True)
    assert resumed == complete and summary.resumed == 1


@pytest.mark.parametrize(
    "text",
    ["Ankara " + "," * 12_500, '"' * 5000 + "Ankara", "(" * 3000 + "x", "Sonuç: " + "=" * 2000],
)
def test_a_long_run_of_punctuation_is_turned_away_before_the_tokenizer(nlp, text):
    started = time.monotonic()
    [(failed, line)] = process_chunk([{"id": "virgul", "text": text}], PipelineOptions())
    assert failed and "punctuation characters without a space" in json.loads(line)["error"]
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(
    "text",
    ["Fiyatlar: 1.000, 2.000, 3.000...", "----- Ankara -----", "Bkz. https://ornek.com.tr/a/b?c=d&e=f", "!" * 200],
)
def test_ordinary_punctuation_is_not_turned_away(text):
    assert too_slow_to_tokenize(text) is None
