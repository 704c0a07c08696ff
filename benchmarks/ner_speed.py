"""Words per second of the NER model (models/ner) on one CPU core.

    OMP_NUM_THREADS=1 taskset -c 0 python benchmarks/ner_speed.py [--model PATH]

Runs the model over the sentences of the Turkish Wiki NER test split and the Milliyet test
set (text only, no scoring) a few times and reports the best pass, counting words as
whitespace-separated pieces of text. The machine is shared, so besides wall-clock time it
reports the process's own CPU time (``time.process_time``), which other processes on the core
do not inflate: on one thread, words per CPU second is the speed on one free core.
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
    best_wall = best_cpu = float("inf")
    for _ in range(args.passes):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(
        f"{words} words, best of {args.passes} passes: {words / best_cpu:,.0f} words per CPU second, "
        f"{words / best_wall:,.0f} words per wall-clock second"
    )


if __name__ == "__main__":
    main()
