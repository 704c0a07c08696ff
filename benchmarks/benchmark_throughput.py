"""Throughput of ``trnews extract`` against spaCy's bare Turkish tokenizer, on one input.

    python benchmarks/benchmark_throughput.py [--articles 2000] [--results benchmarks/results.md]

The input is the development articles (shared/gold/dev) repeated to ``--articles``. It
measures, in one run:

- the ceiling: ``spacy.blank("tr")`` tokenizing the texts, in this process;
- the full pipeline through the real command (``python -m pipeline.cli extract``, JSON Lines
  in and out) with 1 worker and with 2: articles/s and words/s from the first record to the
  last (start-up apart), start-up time to the first record, peak RSS of each process;
- the same with the trained NER model (``--ner``), 1 worker, for comparison;
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
DEV = next(
    (path for path in (ROOT.parent / "shared/gold/dev", ROOT.parent.parent / "shared/gold/dev") if path.is_dir()),
    ROOT.parent / "shared/gold/dev",
)
TARGETS = {"ratio_1": 0.06, "speedup_2": 1.7, "peak_mb": 600, "startup_s": 3.0}


def make_input(folder: Path, articles: int, dev: Path) -> tuple[Path, list[str]]:
    gold = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(dev.glob("*.json"))]
    if not gold:
        raise SystemExit(f"no gold articles in {dev} (give --dev)")
    rows = [
        {"id": f"{g['id']}-{n}", "text": g["text"], "published": g.get("published")}
        for n in range(articles)
        for g in [gold[n % len(gold)]]
    ]
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path, [row["text"] for row in rows]


def tokenizer_ceiling(texts: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) for tokenizing the texts in this process."""
    import spacy

    tokenizer = spacy.blank("tr").tokenizer
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in tokenizer.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class ProcessWatch(threading.Thread):
    """Polls the peak RSS (VmHWM) and the CPU time of a process and its children until it ends."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peaks, self.cpu, self.stop = pid, {}, {}, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.02):
            self.poll()

    def poll(self) -> None:
        for pid in [self.pid, *_children(self.pid)]:
            self.peaks[pid] = max(self.peaks.get(pid, 0.0), _peak_rss_mb(pid))
            cpu = _cpu_seconds(pid)
            if cpu is not None:
                self.cpu[pid] = cpu


def run_pipeline(source: Path, workers: int, output: Path, options: tuple[str, ...] = ()) -> dict:
    """One run of the command. On a shared machine wall-clock time says little, so it also
    takes each process's CPU time: with a core per process, a run lasts as long as its
    busiest process computes (``cpu_rate``, ``startup_cpu_s``)."""
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(source), "--workers", str(workers), "--no-progress", *options]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE)
    watch = ProcessWatch(process.pid)
    watch.start()
    first, lines, cpu_at_first = None, 0, {}
    with open(output, "wb") as sink:
        for line in process.stdout:
            if first is None:
                first = time.perf_counter()
                watch.poll()
                cpu_at_first = dict(watch.cpu)
            lines += 1
            sink.write(line)
            if lines == 2 * workers * 32:  # make sure every worker has been seen working
                watch.poll()
    watch.stop.set()
    watch.join()
    process.wait()
    ended = time.perf_counter()
    busiest = max(cpu - cpu_at_first.get(pid, 0.0) for pid, cpu in watch.cpu.items())
    worker_peaks = [mb for pid, mb in watch.peaks.items() if pid != process.pid] or [watch.peaks.get(process.pid, 0.0)]
    return {
        "workers": workers,
        "options": " ".join(options),
        "startup_s": first - started,
        # the parent's loading, plus the worker that made the first record (if not the parent)
        "startup_cpu_s": cpu_at_first.get(process.pid, 0.0)
        + max((cpu for pid, cpu in cpu_at_first.items() if pid != process.pid), default=0.0),
        "rate": (lines - 1) / (ended - first),
        "cpu_rate": (lines - 1) / busiest,
        "peak_mb": max(worker_peaks),
    }


def resume_check(source: Path, expected: Path, folder: Path, workers: int = 2) -> tuple[bool, int]:
    """Kill -9 a run when about 40% of the output is written, resume it, compare bytes."""
    output = folder / "interrupted.jsonl"
    command = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "extract",
        str(source),
        "--workers",
        str(workers),
        "-o",
        str(output),
        "--no-progress",
    ]
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
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, texts = make_input(folder, args.articles, args.dev)
        words = sum(len(text.split()) for text in texts)
        wall, cpu = tokenizer_ceiling(texts)
        ceiling = {"rate": len(texts) / wall, "cpu_rate": len(texts) / cpu}
        runs = [run_pipeline(source, workers, folder / f"out{workers}.jsonl") for workers in (1, 2)]
        same_output = (folder / "out1.jsonl").read_bytes() == (folder / "out2.jsonl").read_bytes()
        with_ner = run_pipeline(source, 1, folder / "out-ner.jsonl", ("--ner",))
        resumed, lines_at_kill = resume_check(source, folder / "out1.jsonl", folder)
    report = format_report(args.articles, words, load, ceiling, runs, same_output, resumed, lines_at_kill, with_ner)
    args.results.write_text(report, encoding="utf-8")
    print(report)


def format_report(articles, words, load, ceiling, runs, same_output, resumed, lines_at_kill, with_ner) -> str:
    per_article = words / articles
    one, two = runs

    def ok(passed: bool) -> str:
        return "yes" if passed else "**no**"

    def row(name: str, run: dict, memory: str, startup: str) -> str:
        return (
            f"| {name} | {run['rate']:,.0f} | {run['cpu_rate']:,.0f} | {run['cpu_rate'] * per_article:,.0f} "
            f"| {run['cpu_rate'] / ceiling['cpu_rate']:.3f} | {memory} | {startup} |"
        )

    peak = max(run["peak_mb"] for run in runs)
    startup_cpu = max(run["startup_cpu_s"] for run in runs)
    startup_wall = max(run["startup_s"] for run in runs)
    lines = [
        (
            f"Input: {articles:,} articles ({words:,} words: the development articles repeated); "
            f"{os.cpu_count()} CPU cores, load average {load:.1f} at the start; Python {sys.version.split()[0]}."
        ),
        "Wall: articles/s by the clock. CPU: articles per second of CPU time of the busiest process, what",
        "the run would do with a free core per process (on a shared machine the clock mostly measures the others).",
        "",
        "| run | articles/s (wall) | articles/s (CPU) | words/s (CPU) | ratio to ceiling (CPU) | peak RSS per process (MB) | start-up to first record, wall / CPU (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        row("spaCy blank `tr` tokenizer (ceiling)", ceiling, "-", "-"),
        *[
            row(
                f"full pipeline, {r['workers']} worker{'s' if r['workers'] > 1 else ''}",
                r,
                f"{r['peak_mb']:.0f}",
                f"{r['startup_s']:.2f} / {r['startup_cpu_s']:.2f}",
            )
            for r in runs
        ],
        row(
            "with the NER model (`--ner`), 1 worker",
            with_ner,
            f"{with_ner['peak_mb']:.0f}",
            f"{with_ner['startup_s']:.2f} / {with_ner['startup_cpu_s']:.2f}",
        ),
        "",
        "The targets are for the default pipeline (the NER model off, `pipeline.load()`); the `--ner` row is for information.",
        "",
        "| target | measured | met |",
        "| --- | --- | --- |",
        f"| 1 worker >= 6% of the ceiling | {one['cpu_rate'] / ceiling['cpu_rate']:.1%} (wall: {one['rate'] / ceiling['rate']:.1%}) | {ok(one['cpu_rate'] / ceiling['cpu_rate'] >= TARGETS['ratio_1'])} |",
        f"| 2 workers >= 1.7x one worker | {two['cpu_rate'] / one['cpu_rate']:.2f}x (wall: {two['rate'] / one['rate']:.2f}x) | {ok(two['cpu_rate'] / one['cpu_rate'] >= TARGETS['speedup_2'])} |",
        f"| peak memory <= 600 MB per worker | {peak:.0f} MB | {ok(peak <= TARGETS['peak_mb'])} |",
        f"| start-up to first record <= 3 s | {startup_cpu:.2f} s CPU (wall: {startup_wall:.2f} s) | {ok(startup_cpu <= TARGETS['startup_s'])} |",
        f"| kill -9, then --resume: byte-identical | killed at {lines_at_kill:,} of {articles:,} lines; identical: {resumed} | {ok(resumed)} |",
        f"| 1 and 2 workers write the same bytes | {same_output} | {ok(same_output)} |",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
