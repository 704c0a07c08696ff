"""The default pipeline's speed as a ratio to spaCy's bare Turkish tokenizer, in one process.

    python benchmarks/inprocess_ratio.py [--repeat 15] [--rounds 3]

Both run over the same texts (the development articles repeated) in the same process; each
is timed in CPU seconds, best of ``--rounds``, so that other programs on a shared machine
disturb the ratio less than the clock. For comparing two versions of the code, run it on each
in turn, a few times. ``benchmark_throughput.py`` measures the real command, workers and all.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = next((p for p in (ROOT.parent / "shared/gold/dev", ROOT.parent.parent / "shared/gold/dev") if p.is_dir()), None)


def best_cpu_seconds(run, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import spacy

    import pipeline

    articles = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(args.dev.glob("*.json"))]
    texts = [article["text"] for article in articles] * args.repeat
    tokenizer, nlp = spacy.blank("tr").tokenizer, pipeline.load()
    list(pipeline.extract_many([{"text": text} for text in texts[:5]], nlp=nlp))  # warm the caches
    tokenizing = best_cpu_seconds(lambda: [tokenizer(text) for text in texts], args.rounds)
    rows = [{"text": text, "id": "x"} for text in texts]
    extracting = best_cpu_seconds(lambda: [r.to_json() for r in pipeline.extract_many(rows, nlp=nlp)], args.rounds)
    print(
        f"{len(texts)} articles: tokenizer {len(texts) / tokenizing:,.0f}/s, pipeline {len(texts) / extracting:,.1f}/s, "
        f"ratio {tokenizing / extracting:.4f}"
    )


if __name__ == "__main__":
    main()
