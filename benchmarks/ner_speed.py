"""Words per second of the NER model (models/ner) on one CPU core.

    OMP_NUM_THREADS=1 taskset -c 0 python benchmarks/ner_speed.py [--model PATH]

Runs the model over the sentences of the Turkish Wiki NER test split and the Milliyet test
set (text only, no scoring) a few times and reports the best pass, counting words as
whitespace-separated pieces of text. The machine is shared, so the best of several passes
is the closest to the model's own speed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.ner_eval import load_ner_model, read_corpus  # noqa: E402

CORPORA = [
    Path("/work/shared/data/ner/turkish-wiki-ner/test.conll"),
    Path("/work/shared/data/ner/milliyet-news/test.txt"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    nlp = load_ner_model(args.model)
    texts = [sentence.text for corpus in CORPORA for sentence in read_corpus(corpus)]
    words = sum(len(text.split()) for text in texts)
    best = float("inf")
    for _ in range(args.passes):
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        best = min(best, time.perf_counter() - started)
    print(f"{words} words in {best:.2f} s: {words / best:,.0f} words/s (best of {args.passes} passes)")


if __name__ == "__main__":
    main()
