"""Compare the pipeline's backends on the gold articles: quality (F1 per field) and speed.

Each backend is loaded once (load time reported apart), warmed up on one article, then
runs ``pipeline.extract_many`` over all articles ``--repeat`` times; the fastest pass
gives articles/s and words/s (words = whitespace-separated words of the input, the
same count for every backend). The records of the first pass are scored as
``trnews eval`` scores them. Prints Markdown tables, ready for the README:

    python benchmarks/compare_backends.py [GOLD_DIR] [--backend spacy --backend stanza] [--threads 1]
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's ``pipeline``, also when run as a script

import pipeline
from pipeline.evaluate import Scores, load_gold, score_article

SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "gold").is_dir()), ROOT.parent / "shared")


def measure(backend: str, articles: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    started = time.perf_counter()
    nlp = pipeline.load(backend=backend)
    load_seconds = time.perf_counter() - started
    rows = [{"id": a["id"], "text": a["text"], "published": a.get("published")} for a in articles]
    list(pipeline.extract_many(rows[:1], nlp=nlp))  # warm-up: lazy tables, first-call costs
    passes, records = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        results = list(pipeline.extract_many(rows, nlp=nlp))
        passes.append(time.perf_counter() - started)
        records = records or results
    scores = Scores()
    for article, record in zip(articles, records):
        score_article(record, article["gold"], scores)
    words = sum(len(article["text"].split()) for article in articles)
    best = min(passes)
    return {
        "load_s": load_seconds, "seconds": best, "articles_s": len(rows) / best, "words_s": words / best,
        "scores": scores, "records": [record.to_json() for record in records],
    }  # fmt: skip


def markdown(results: dict[str, dict[str, Any]], articles: int, threads: int | None) -> str:
    backends = list(results)
    lines = ["| field | " + " | ".join(f"{b} F1" for b in backends) + " |", "| --- |" + " --- |" * len(backends)]
    for field in next(iter(results.values()))["scores"].fields:
        lines.append(
            f"| {field} | " + " | ".join(f"{results[b]['scores'].fields[field].f1:.3f}" for b in backends) + " |"
        )
    first = results[backends[0]]["records"]
    lines += [
        "",
        f"| backend | load (s) | articles/s | words/s | records equal to {backends[0]}'s |",
        "| --- |" + " --- |" * 4,
    ]
    for b in backends:
        r = results[b]
        same = sum(mine == theirs for mine, theirs in zip(r["records"], first))
        lines.append(f"| {b} | {r['load_s']:.1f} | {r['articles_s']:.2f} | {r['words_s']:.0f} | {same}/{len(first)} |")
    machine = f"{platform.machine()}, Python {platform.python_version()}, torch threads: {threads or 'default'}"
    lines += ["", f"{articles} articles; best of the passes; {machine}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_dir", nargs="?", type=Path, default=SHARED / "gold" / "dev")
    parser.add_argument("--backend", action="append", help="backends to compare (default: spacy and stanza)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the articles")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads for Stanza (0: torch's default)")
    args = parser.parse_args(argv)
    if args.threads:
        try:
            import torch

            torch.set_num_threads(args.threads)
        except ImportError:
            pass
    articles = load_gold(args.gold_dir)
    if not articles:
        parser.error(f"no gold articles (*.json) in {args.gold_dir}")
    results = {backend: measure(backend, articles, args.repeat) for backend in args.backend or ["spacy", "stanza"]}
    print(markdown(results, len(articles), args.threads))


if __name__ == "__main__":
    main()
