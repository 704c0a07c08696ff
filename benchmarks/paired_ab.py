"""Paired A/B of the pipeline's speed between checkouts (a change against its base, and the
base against a copy of itself for the noise band).

    python benchmarks/paired_ab.py ROUNDS DIR_A DIR_A_COPY DIR_B [...]

Each checkout gets one long-lived process running its own code (its ``.venv``), loaded and
warmed once over the news-raw articles. Each round asks every process in turn (the order
rotated, and reversed every other round) for one timed pass; the passes compared stand seconds
apart, so a load burst from other work on a shared machine hits neighbours alike, which
separate runs minutes apart do not. Prints CPU ms per article per pass (``time.process_time``,
second pass on: repeated text) and, for each checkout, the median and quartiles of the paired
ratio to the one before it. Article texts are read at run time; nothing is written.
"""

from __future__ import annotations

import glob
import json
import os
import statistics
import subprocess
import sys
import time

ARTICLES = "data/news-raw/*.json"  #: under the shared folder


def serve() -> None:
    """One checkout's process: a warm pass, then one timed pass per line read."""
    from pipeline.api import extract, load
    from pipeline.resources import shared_dir

    nlp = load()
    articles = [json.loads(open(path, encoding="utf-8").read()) for path in sorted(glob.glob(str(shared_dir() / ARTICLES)))]

    def one_pass() -> None:
        for article in articles:
            extract(article["text"], id=article["id"], published=article["published"], nlp=nlp)

    one_pass()
    print("ready", flush=True)
    for _ in sys.stdin:
        started = time.process_time()
        one_pass()
        print(f"{(time.process_time() - started) / len(articles) * 1000:.4f}", flush=True)


def compare(rounds: int, checkouts: list[str]) -> None:
    processes = [
        subprocess.Popen([os.path.join(d, ".venv/bin/python"), os.path.abspath(__file__), "--serve"], cwd=d,
                         env={**os.environ, "PYTHONPATH": d}, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for d in checkouts
    ]
    for process in processes:
        if process.stdout.readline().strip() != "ready":
            raise SystemExit("a checkout's process did not start")

    def timed_pass(k: int) -> float:
        processes[k].stdin.write("run\n")
        processes[k].stdin.flush()
        return float(processes[k].stdout.readline())

    ratios: dict[int, list[float]] = {k: [] for k in range(1, len(checkouts))}
    for r in range(rounds):
        order = list(range(len(checkouts)))
        order = order[r % len(order) :] + order[: r % len(order)]
        if r % 2:
            order.reverse()
        ms = {k: timed_pass(k) for k in order}
        for k in ratios:
            ratios[k].append(ms[k] / ms[k - 1])
        print(f"round {r}: " + " ".join(f"{ms[k]:.3f}" for k in range(len(checkouts))), flush=True)
    for process in processes:
        process.stdin.close()
        process.wait()
    for k, values in ratios.items():
        low, _, high = statistics.quantiles(values, n=4)
        print(f"{checkouts[k]} / {checkouts[k - 1]}: median {statistics.median(values):.4f} "
              f"quartiles {low:.4f}-{high:.4f}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        compare(int(sys.argv[1]), sys.argv[2:])
