"""In-process measurements for ``benchmark_throughput.py``: per-stage CPU shares and the
cost of a long article against short ones.

Both time CPU seconds of this process (``time.process_time``, which counts every thread of
it, Stanza's torch threads included), so other processes on a shared machine do not
inflate them. Texts are built at run time from the shared articles; nothing is written.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

#: stage name used for the tokenizer (spaCy's, or Stanza's whole analysis) and the record steps
TOKENIZER, ASSEMBLY, JSON_OUTPUT = "tokenizer", "assembly (doc_to_record)", "JSON (Record.to_json)"


def tokenizer_seconds(rows: list[dict]) -> float:
    """CPU seconds of spaCy's bare Turkish tokenizer over the rows' texts: the ratios' unit."""
    import spacy

    tokenizer = spacy.blank("tr").tokenizer
    started = time.process_time()
    for row in rows:
        tokenizer(row["text"])
    return time.process_time() - started


def stage_seconds(nlp, rows: list[dict]) -> dict[str, float]:
    """CPU seconds per stage over the rows, running the stages one by one as ``nlp(doc)`` does."""
    from pipeline.api import _make_doc
    from pipeline.assemble import doc_to_record

    seconds: dict[str, float] = defaultdict(float)

    def timed(name, function, *args):
        started = time.process_time()
        result = function(*args)
        seconds[name] += time.process_time() - started
        return result

    for row in rows:
        doc = timed(TOKENIZER, _make_doc, nlp, row["text"], row["id"], row.get("published"))
        for name, component in nlp.pipeline:
            doc = timed(name, component, doc)
        record = timed(ASSEMBLY, doc_to_record, doc)
        timed(JSON_OUTPUT, record.to_json)
    return dict(seconds)


def news_raw_texts(folder: Path) -> list[str]:
    return [json.loads(path.read_text(encoding="utf-8"))["text"] for path in sorted(folder.glob("*.json"))]


def long_and_short_articles(texts: list[str], long_chars: int, short_chars: int) -> tuple[str, list[str]]:
    """One article of ``long_chars`` characters (real articles joined by blank lines, cut at a
    space) and the same text cut into pieces of about ``short_chars``: the long one costs
    what the pieces cost together when every stage is linear in the length."""
    joined, size = [], 0
    for text in texts:
        joined.append(text)
        size += len(text) + 2
        if size >= long_chars:
            break
    whole = "\n\n".join(joined)
    if len(whole) < long_chars:
        raise SystemExit(f"the shared articles give only {len(whole):,} characters")
    long_text = whole[: whole.rindex(" ", 0, long_chars)]
    count = round(len(long_text) / short_chars)
    cuts = [0, *(long_text.rindex(" ", 0, len(long_text) * k // count) for k in range(1, count)), len(long_text)]
    pieces = [long_text[start:end] for start, end in zip(cuts, cuts[1:])]
    return long_text, pieces


def length_scaling(nlp, long_text: str, short_texts: list[str]) -> dict[str, float]:
    """CPU seconds of the long article and the mean of the short ones (whole extraction)."""
    import pipeline

    def cost(text: str) -> float:
        started = time.process_time()
        pipeline.extract(text, id="x", nlp=nlp).to_json()
        return time.process_time() - started

    cost(short_texts[0])  # warm-up: lazy tables
    shorts = [cost(text) for text in short_texts]
    return {
        "long_chars": len(long_text),
        "short_chars": sum(map(len, short_texts)) / len(short_texts),
        "long_s": cost(long_text),
        "short_s": sum(shorts) / len(shorts),
        "shorts_total_s": sum(shorts),
    }
