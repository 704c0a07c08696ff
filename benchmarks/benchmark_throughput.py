"""Throughput of ``trnews extract`` against spaCy's bare Turkish tokenizer, on one input.

    python benchmarks/benchmark_throughput.py [--articles 2000] [--results benchmarks/results.md]
    python benchmarks/benchmark_throughput.py --quick     # a smaller run for development, printed only

The input is the development articles (shared/gold/dev) repeated to ``--articles``. It
measures, in one run:

- the ceiling: ``spacy.blank("tr")`` tokenizing the texts, in this process;
- the full pipeline through the real command (``python -m pipeline.cli extract``, JSON Lines
  in and out) with 1 worker and with 2: articles/s and words/s from the first record to the
  last (start-up apart), start-up time to the first record, peak RSS of each process;
- the same with the trained NER model (``--ner``), 1 worker, for comparison;
- the same with the Stanza backend (``--backend stanza``), 1 worker, on the first
  ``--stanza-articles`` articles (it is much slower; its rate is per article all the same);
- the library's ``extract_many(rows, n_process=N)`` with 1 and 2 worker processes, in this
  process (same rates, and whether both give the same records);
- resume: a 2-worker run killed with SIGKILL part-way, then ``--resume``, compared byte for
  byte with the uninterrupted run (not in ``--quick``);
- in this process, the CPU share of each stage (tokenizer, every pipeline component, assembly,
  JSON) for the default pipeline, the NER model, the topics tagger (``topic_model=True``) and
  Stanza (``in_process.stage_seconds``);
- unseen text: the `news-raw` articles once each, tokenizer and default pipeline (1 worker);
- length scaling: one article of 200,000 characters against the same text cut into pieces of
  12,500, built at run time from the shared real articles (``news-raw``): linear stages make
  the long one cost 16 pieces; the target is at most 20.

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
NEWS_RAW = DEV.parent.parent / "data" / "news-raw"
TARGETS = {"ratio_1": 0.20, "ratio_ner": 0.08, "speedup_2": 1.8, "peak_mb": 500, "startup_s": 3.0, "long_x": 20}
LONG_CHARS, SHORT_CHARS = 200_000, 12_500


def make_input(folder: Path, articles: int, dev: Path) -> tuple[Path, list[dict]]:
    gold = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(dev.glob("*.json"))]
    if not gold:
        raise SystemExit(f"no gold articles in {dev} (give --dev)")
    rows = [
        {"id": f"{g['id']}-{n}", "text": g["text"], "published": g.get("published")}
        for n in range(articles)
        for g in [gold[n % len(gold)]]
    ]
    return write_rows(folder / "articles.jsonl", rows), rows


def unseen_rows(news_raw: Path) -> list[dict]:
    """Every real article of ``news-raw`` once: text neither the tokenizer nor the pipeline has seen
    (the repeated development articles let both serve every word from their caches)."""
    articles = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(news_raw.glob("*.json"))]
    return [{"id": a["id"], "text": a["text"], "published": a.get("published")} for a in articles]


def write_rows(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


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
    """The child processes of every thread of ``pid`` (a process pool may fork from any)."""
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            pass
    return children


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


def run_library(rows: list[dict], n_process: int) -> dict:
    """``pipeline.extract_many(rows, n_process=N)`` in this process (its workers forked from
    it): articles/s by the clock and per CPU second of the busiest process, and the JSON lines."""
    import pipeline

    nlp = pipeline.load()
    list(pipeline.extract_many(rows[:300], nlp=nlp))  # warm-up: lazy tables and word memos, as forked workers get them
    watch = ProcessWatch(os.getpid())
    watch.poll()
    before = dict(watch.cpu)
    watch.start()
    started = time.perf_counter()
    lines = [record.to_json() for record in pipeline.extract_many(rows, nlp=nlp, n_process=n_process)]
    ended = time.perf_counter()
    watch.stop.set()
    watch.join()
    busiest = max(cpu - before.get(pid, 0.0) for pid, cpu in watch.cpu.items())
    return {"workers": n_process, "rate": len(rows) / (ended - started), "cpu_rate": len(rows) / busiest, "lines": lines}


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
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # the run ended before the kill: the row's "lines at the kill" then equals the total
    process.wait()
    lines_at_kill = output.read_bytes().count(b"\n")
    subprocess.run([*command, "--resume"], cwd=ROOT, check=False)
    return output.read_bytes() == expected.read_bytes(), lines_at_kill


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=None, help="default 2000 (--quick: 300)")
    parser.add_argument("--stanza-articles", type=int, default=None, help="default 200 (--quick: 30)")
    parser.add_argument("--dev", type=Path, default=DEV, help="folder of gold JSON files giving the texts")
    parser.add_argument("--news-raw", type=Path, default=NEWS_RAW, help="real articles for the length-scaling row")
    parser.add_argument("--results", type=Path, default=None, help="default benchmarks/results.md (--quick: none)")
    parser.add_argument("--quick", action="store_true", help="fewer articles, no resume check, nothing written")
    args = parser.parse_args()
    articles = args.articles or (300 if args.quick else 2000)
    stanza_articles = min(args.stanza_articles or (30 if args.quick else 200), articles)
    results = args.results or (None if args.quick else ROOT / "benchmarks" / "results.md")
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, rows = make_input(folder, articles, args.dev)
        texts = [row["text"] for row in rows]
        words = sum(len(text.split()) for text in texts)
        wall, cpu = tokenizer_ceiling(texts)
        ceiling = {"rate": len(texts) / wall, "cpu_rate": len(texts) / cpu}
        runs = [run_pipeline(source, workers, folder / f"out{workers}.jsonl") for workers in (1, 2)]
        same_output = (folder / "out1.jsonl").read_bytes() == (folder / "out2.jsonl").read_bytes()
        with_ner = run_pipeline(source, 1, folder / "out-ner.jsonl", ("--ner",))
        stanza_source = write_rows(folder / "stanza.jsonl", rows[:stanza_articles])
        with_stanza = run_pipeline(stanza_source, 1, folder / "out-stanza.jsonl", ("--backend", "stanza"))
        resume = None if args.quick else resume_check(source, folder / "out1.jsonl", folder)
        unseen = unseen_rows(args.news_raw)
        unseen_wall, unseen_cpu = tokenizer_ceiling([row["text"] for row in unseen])
        unseen_run = run_pipeline(write_rows(folder / "unseen.jsonl", unseen), 1, folder / "out-unseen.jsonl")
        unseen_result = (len(unseen), {"rate": len(unseen) / unseen_wall, "cpu_rate": len(unseen) / unseen_cpu}, unseen_run)
    sys.path.insert(0, str(ROOT))
    library = [run_library(rows, n_process) for n_process in (1, 2)]
    shares, scaling = in_process_measurements(rows, stanza_articles, args.news_raw)
    report = format_report(
        articles, words, load, ceiling, runs, same_output, resume, with_ner, (stanza_articles, with_stanza), shares, scaling,
        library, unseen_result,
    )
    if results:
        results.write_text(report, encoding="utf-8")
    print(report)


def in_process_measurements(rows: list[dict], stanza_articles: int, news_raw: Path) -> tuple[dict, dict]:
    """CPU shares per stage of each pipeline (on at most 300 articles) and the length-scaling costs."""
    sys.path.insert(0, str(ROOT))
    import pipeline
    from in_process import long_and_short_articles, length_scaling, news_raw_texts, stage_seconds, tokenizer_seconds

    sample = rows[: min(len(rows), 300)]
    shares = {}
    for name, nlp, used in (
        ("default", pipeline.load(), sample),
        ("NER model", pipeline.load(ner=True), sample),
        ("topics tagger", pipeline.load(topic_model=True), sample),
        ("Stanza", pipeline.load(backend="stanza"), sample[:stanza_articles]),
    ):
        stage_seconds(nlp, used[:2])  # warm-up: lazy tables
        ceiling = tokenizer_seconds(used)
        shares[name] = (len(used), stage_seconds(nlp, used), ceiling)
    long_text, short_texts = long_and_short_articles(news_raw_texts(news_raw), LONG_CHARS, SHORT_CHARS)
    return shares, length_scaling(pipeline.load(), long_text, short_texts)


def format_report(
    articles, words, load, ceiling, runs, same_output, resume, with_ner, stanza, shares, scaling, library, unseen
) -> str:
    per_article = words / articles
    one, two = runs
    library_one, library_two = library
    library_x = library_two["cpu_rate"] / library_one["cpu_rate"]
    stanza_articles, with_stanza = stanza

    def ok(passed: bool) -> str:
        return "yes" if passed else "**no**"

    def ratio(run: dict) -> float:
        return run["cpu_rate"] / ceiling["cpu_rate"]

    def in_process_ratio(name: str) -> float:
        _, seconds, tokenizer = shares[name]
        return tokenizer / sum(seconds.values())

    def row(name: str, run: dict, memory: str, startup: str) -> str:
        return (
            f"| {name} | {run['rate']:,.1f} | {run['cpu_rate']:,.1f} | {run['cpu_rate'] * per_article:,.0f} "
            f"| {ratio(run):.4f} | {memory} | {startup} |"
        )

    def process_row(name: str, run: dict) -> str:
        return row(name, run, f"{run['peak_mb']:.0f}", f"{run['startup_s']:.2f} / {run['startup_cpu_s']:.2f}")

    peak = max(run["peak_mb"] for run in runs)
    startup_cpu = max(run["startup_cpu_s"] for run in runs)
    startup_wall = max(run["startup_s"] for run in runs)
    long_x = scaling["long_s"] / scaling["short_s"]
    lines = [
        (
            f"Input: {articles:,} articles ({words:,} words: the development articles repeated); "
            f"{os.cpu_count()} CPU cores, load average {load:.1f} at the start; Python {sys.version.split()[0]}."
        ),
        "Wall: articles/s by the clock. CPU: articles per second of CPU time of the busiest process, what",
        "the run would do with a free core per process (on a shared machine the clock mostly measures the others).",
        "",
        "| run | articles/s (wall) | articles/s (CPU) | words/s (CPU) | ratio to the tokenizer (CPU) | peak RSS per process (MB) | start-up to first record, wall / CPU (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        row("spaCy blank `tr` tokenizer (ceiling)", ceiling, "-", "-"),
        *[process_row(f"default pipeline, {r['workers']} worker{'s' if r['workers'] > 1 else ''}", r) for r in runs],
        process_row("with the NER model (`--ner`), 1 worker", with_ner),
        process_row(f"Stanza backend (`--backend stanza`), 1 worker, first {stanza_articles:,} articles", with_stanza),
        *[row(f"library `extract_many(..., n_process={r['workers']})`", r, "-", "-") for r in library],
        "",
        (
            f"Unseen text (the {unseen[0]:,} `news-raw` articles once each, one worker, CPU): the tokenizer "
            f"{unseen[1]['cpu_rate']:,.1f} articles/s, the default pipeline {unseen[2]['cpu_rate']:,.1f}: "
            f"**{unseen[2]['cpu_rate'] / unseen[1]['cpu_rate']:.3f}** of the tokenizer (repeated articles let the "
            "tokenizer serve every word from its cache, which flatters it more than the pipeline)."
        ),
        "",
        *format_shares(shares),
        "",
        (
            f"Length scaling (default pipeline, CPU): one article of {scaling['long_chars']:,} characters "
            f"took {scaling['long_s']:.2f} s; the same text in pieces of about {scaling['short_chars']:,.0f} "
            f"took {scaling['short_s']:.3f} s each ({scaling['shorts_total_s']:.2f} s together): "
            f"the long article costs **{long_x:.1f}x** a piece (linear: {scaling['long_chars'] / scaling['short_chars']:.0f}x)."
        ),
        "",
        "| target | measured | met |",
        "| --- | --- | --- |",
        f"| default pipeline >= 0.20 of the tokenizer (in process) | {in_process_ratio('default'):.3f} (command, CPU: {ratio(one):.3f}) | {ok(in_process_ratio('default') >= TARGETS['ratio_1'])} |",
        f"| with the NER model >= 0.08 of the tokenizer (in process) | {in_process_ratio('NER model'):.3f} (command, CPU: {ratio(with_ner):.3f}) | {ok(in_process_ratio('NER model') >= TARGETS['ratio_ner'])} |",
        f"| 2 workers >= 1.8x one worker | {two['cpu_rate'] / one['cpu_rate']:.2f}x (wall: {two['rate'] / one['rate']:.2f}x) | {ok(two['cpu_rate'] / one['cpu_rate'] >= TARGETS['speedup_2'])} |",
        f"| `extract_many` n_process=2 >= 1.8x n_process=1 | {library_x:.2f}x (wall: {library_two['rate'] / library_one['rate']:.2f}x) | {ok(library_x >= TARGETS['speedup_2'])} |",
        f"| `extract_many` n_process=1 and 2 give the same records | {library_one['lines'] == library_two['lines']} | {ok(library_one['lines'] == library_two['lines'])} |",
        f"| a 200,000-character article <= 20x a 12,500-character one | {long_x:.1f}x | {ok(long_x <= TARGETS['long_x'])} |",
        f"| peak memory <= 500 MB per worker (default pipeline) | {peak:.0f} MB | {ok(peak <= TARGETS['peak_mb'])} |",
        f"| start-up to first record <= 3 s | {startup_cpu:.2f} s CPU (wall: {startup_wall:.2f} s) | {ok(startup_cpu <= TARGETS['startup_s'])} |",
        f"| 1 and 2 workers write the same bytes | {same_output} | {ok(same_output)} |",
    ]
    if resume is not None:
        resumed, lines_at_kill = resume
        lines.append(
            f"| kill -9, then --resume: byte-identical | killed at {lines_at_kill:,} of {articles:,} lines; identical: {resumed} | {ok(resumed)} |"
        )
    return "\n".join([*lines, ""])


def format_shares(shares: dict[str, tuple[int, dict[str, float], float]]) -> list[str]:
    """One column per pipeline: each stage's share of its CPU time, the total per article and
    its ratio to spaCy's bare tokenizer timed on the same articles in this process (the ratio
    the targets are about: on a shared machine, both sides suffer the same contention)."""
    names = list(shares)
    stages: list[str] = []
    for _, seconds, _ in shares.values():
        stages += [stage for stage in seconds if stage not in stages]
    lines = [
        "CPU share of each stage, in this process (" + ", ".join(f"{n}: {shares[n][0]} articles" for n in names) + "):",
        "",
        "| stage | " + " | ".join(names) + " |",
        "| --- |" + " ---: |" * len(names),
    ]
    for stage in stages:
        cells = []
        for name in names:
            seconds = shares[name][1]
            cells.append(f"{seconds[stage] / sum(seconds.values()):.1%}" if stage in seconds else "-")
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    per_article = [f"{sum(s.values()) / count * 1000:.1f}" for count, s, _ in shares.values()]
    ratios = [f"{ceiling / sum(s.values()):.4f}" for _, s, ceiling in shares.values()]
    lines.append("| **CPU ms per article** | " + " | ".join(per_article) + " |")
    lines.append("| **ratio to the tokenizer** (same articles, just before) | " + " | ".join(ratios) + " |")
    return lines


if __name__ == "__main__":
    main()
