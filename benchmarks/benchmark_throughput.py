"""Throughput of ``trnews extract`` against spaCy's bare Turkish tokenizer, on one input.

    python benchmarks/benchmark_throughput.py [--articles 2000] [--results benchmarks/results.md]

The input is the development articles (shared/gold/dev) repeated to ``--articles``. It
measures, in one run:

- the ceiling: ``spacy.blank("tr")`` tokenizing the texts, in this process;
- the full pipeline through the real command (``python -m pipeline.cli extract``, JSON Lines
  in and out) with 1 worker and with 2: articles/s and words/s from the first record to the
  last (start-up apart), start-up time to the first record, peak RSS of each process;
- resume: a 2-worker run killed with SIGKILL part-way, then ``--resume``, compared byte for
  byte with the uninterrupted run.

Words are whitespace-separated words of the input. Results go to the markdown file.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: shared/gold/dev beside the checkout (or one folder further up, from a worktree)
DEV = next((path for path in (ROOT.parent / "shared/gold/dev", ROOT.parent.parent / "shared/gold/dev") if path.is_dir()), ROOT.parent / "shared/gold/dev")
TARGETS = {"ratio_1": 0.06, "speedup_2": 1.7, "peak_mb": 600, "startup_s": 3.0}


def make_input(folder: Path, articles: int, dev: Path) -> tuple[Path, list[str]]:
    gold = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(dev.glob("*.json"))]
    if not gold:
        raise SystemExit(f"no gold articles in {dev} (give --dev)")
    rows = [dict(id=f"{g['id']}-{n}", text=g["text"], published=g.get("published")) for n in range(articles) for g in [gold[n % len(gold)]]]
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path, [row["text"] for row in rows]


def tokenizer_ceiling(texts: list[str]) -> float:
    import spacy

    tokenizer = spacy.blank("tr").tokenizer
    start = time.perf_counter()
    for _ in tokenizer.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - start


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class MemoryWatch(threading.Thread):
    """Polls the peak RSS (VmHWM) of a process and of its children until it ends."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peaks, self.stop = pid, {}, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.05):
            for pid in [self.pid, *_children(self.pid)]:
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), _peak_rss_mb(pid))


def run_pipeline(source: Path, workers: int, output: Path) -> dict:
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(source), "--workers", str(workers), "--no-progress"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE)
    watch = MemoryWatch(process.pid)
    watch.start()
    first = None
    lines = 0
    with open(output, "wb") as sink:
        for line in process.stdout:
            if first is None:
                first = time.perf_counter()
                first_lines = 1
            lines += 1
            sink.write(line)
    process.wait()
    ended = time.perf_counter()
    watch.stop.set()
    watch.join()
    worker_peaks = [mb for pid, mb in watch.peaks.items() if pid != process.pid] or [watch.peaks.get(process.pid, 0.0)]
    return {
        "workers": workers,
        "startup_s": first - started,
        "seconds": ended - first,
        "articles": lines - first_lines,
        "peak_mb": max(worker_peaks),
        "parent_mb": watch.peaks.get(process.pid, 0.0),
        "total_s": ended - started,
    }


def resume_check(source: Path, expected: Path, folder: Path, workers: int = 2) -> tuple[bool, int]:
    """Kill -9 a run when about 40% of the output is written, resume it, compare bytes."""
    output = folder / "interrupted.jsonl"
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(source), "--workers", str(workers), "-o", str(output), "--no-progress"]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    target = expected.stat().st_size * 0.4
    while process.poll() is None and (not output.exists() or output.stat().st_size < target):
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    lines_at_kill = output.read_bytes().count(b"\n")
    subprocess.run([*command, "--resume"], cwd=ROOT, check=False)
    return output.read_bytes() == expected.read_bytes(), lines_at_kill


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--dev", type=Path, default=DEV, help="folder of gold JSON files giving the texts")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, texts = make_input(folder, args.articles, args.dev)
        words = sum(len(text.split()) for text in texts)
        words_per_article = words / len(texts)
        ceiling = len(texts) / tokenizer_ceiling(texts)
        runs = [run_pipeline(source, workers, folder / f"out{workers}.jsonl") for workers in (1, 2)]
        same_output = (folder / "out1.jsonl").read_bytes() == (folder / "out2.jsonl").read_bytes()
        resumed_identical, lines_at_kill = resume_check(source, folder / "out1.jsonl", folder)
    rates = [run["articles"] / run["seconds"] for run in runs]
    report = format_report(args.articles, words, ceiling, words_per_article, runs, rates, same_output, resumed_identical, lines_at_kill)
    args.results.write_text(report, encoding="utf-8")
    print(report)


def format_report(articles, words, ceiling, words_per_article, runs, rates, same_output, resumed, lines_at_kill) -> str:
    def ok(passed: bool) -> str:
        return "yes" if passed else "**no**"

    rows = [("spaCy blank `tr` tokenizer (ceiling)", ceiling, "1.000", "-", "-")]
    for run, rate in zip(runs, rates):
        rows.append((f"full pipeline, {run['workers']} worker{'s' if run['workers'] > 1 else ''}", rate, f"{rate / ceiling:.3f}", f"{run['peak_mb']:.0f}", f"{run['startup_s']:.2f}"))
    lines = [
        f"Input: {articles} articles ({words:,} words; the development articles repeated), "
        f"{os.cpu_count()} CPU cores, Python {sys.version.split()[0]}.",
        "",
        "| run | articles/s | words/s | ratio to ceiling | peak RSS per worker (MB) | start-up to first record (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *[f"| {name} | {rate:,.1f} | {rate * words_per_article:,.0f} | {ratio} | {mb} | {start} |" for name, rate, ratio, mb, start in rows],
        "",
        "| target | measured | met |",
        "| --- | --- | --- |",
        f"| 1 worker >= 6% of the ceiling | {rates[0] / ceiling:.1%} | {ok(rates[0] / ceiling >= TARGETS['ratio_1'])} |",
        f"| 2 workers >= 1.7x one worker | {rates[1] / rates[0]:.2f}x | {ok(rates[1] / rates[0] >= TARGETS['speedup_2'])} |",
        f"| peak memory <= 600 MB per worker | {max(r['peak_mb'] for r in runs):.0f} MB | {ok(max(r['peak_mb'] for r in runs) <= TARGETS['peak_mb'])} |",
        f"| start-up <= 3 s | {max(r['startup_s'] for r in runs):.2f} s | {ok(max(r['startup_s'] for r in runs) <= TARGETS['startup_s'])} |",
        f"| kill -9 then --resume: byte-identical | killed at {lines_at_kill} of {articles} lines; identical: {resumed} | {ok(resumed)} |",
        f"| 1 and 2 workers write the same bytes | {same_output} | {ok(same_output)} |",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
