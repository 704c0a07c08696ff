"""The batch runner behind ``trnews extract``: chunks of input rows through one or more
worker processes (or a Dask cluster), results written in input order.

- Each worker process loads the pipeline once and turns a chunk of rows into finished
  JSON lines, so parsing, extraction and serialization all run in parallel; the parent
  only reads input and writes output.
- At most a few chunks per worker are in flight, so memory stays flat on any input size.
- A worker that dies (a crash in native code, the out-of-memory killer) costs only the
  rows it cannot do alone: its chunk is redone row by row in a fresh pool.
- ``resume`` continues after the rows an interrupted run already wrote (``pipeline.batch.outputs``).
"""

from __future__ import annotations

import os
import time
from collections import deque
from concurrent.futures import CancelledError, Executor, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from pipeline.batch.budget import BusyClock
from pipeline.batch.outputs import LineSink, Result
from pipeline.batch.worker import PipelineOptions, load_pipeline, process_chunk, start_method, start_worker
from pipeline.schema import ErrorRow

CHUNK_SIZE = 32  # rows per task: large enough to amortize the hand-over, small enough for a smooth progress bar
IN_FLIGHT_PER_WORKER = 3
POLL_S = 0.2  # how often the parent looks at the workers' clocks while it waits


@dataclass
class BatchSummary:
    rows: int = 0  #: input rows accounted for in this run
    failed: int = 0  #: error rows among them
    resumed: int = 0  #: rows an earlier run had written (skipped in the input)
    failed_before: int = 0
    duplicate_ids: int = 0  #: rows whose id an earlier row of this run had
    first_duplicate: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def any_failed(self) -> bool:
        return bool(self.failed or self.failed_before)


# --- in the parent ---


class _InProcess(Executor):
    """One worker: this process, no hand-over at all."""

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:  # noqa: BLE001
            future.set_exception(error)
        return future


class _Runner:
    """Chunks to worker processes and results back in order, within the time budget."""

    def __init__(
        self, options: PipelineOptions, workers: int, scheduler: str | None, time_budget: float | None = None
    ) -> None:
        self.options, self.workers, self.scheduler = options, workers, scheduler
        self.time_budget = time_budget if time_budget and not scheduler else None  # Dask runs tasks its own way
        self.clock: BusyClock | None = None
        self.killed_for_time = False
        self.executor = self._new_executor()
        self.window = max(1, self.workers * IN_FLIGHT_PER_WORKER)

    def _new_executor(self) -> Executor:
        if self.scheduler:
            from pipeline.batch.distributed import connect

            client = connect(self.scheduler)
            self.workers = max(1, sum(client.nthreads().values()))
            return client
        if self.workers <= 1 and self.time_budget is None:
            load_pipeline(self.options)
            return _InProcess()
        import multiprocessing

        context = multiprocessing.get_context(start_method(self.options.backend, self.options.model))
        if context.get_start_method() == "fork":  # the children inherit the loaded pipeline: no second load
            load_pipeline(self.options)
        self.clock = BusyClock(context, self.workers) if self.time_budget else None
        executor = ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=start_worker, initargs=(self.options, self.clock)
        )
        executor.submit(os.getpid).result()  # start every worker now, before any other thread exists
        return executor

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new_executor()

    def _submit(self, chunk: list) -> Future:
        try:
            return self.executor.submit(process_chunk, chunk, self.options)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(process_chunk, chunk, self.options)

    def _wait(self, future: Future) -> list[Result]:
        """The future's result; meanwhile, workers over the time budget are killed (their
        futures, and the others of the pool, then fail and are redone)."""
        if self.time_budget is None or self.clock is None:
            return future.result()
        while True:
            try:
                return future.result(timeout=POLL_S)
            except FutureTimeout:
                if self.clock.kill_overdue(self.time_budget):
                    self.killed_for_time = True
                    self._restart()

    def results(self, chunks: Iterable[list]) -> Iterator[list[Result]]:
        pending: deque[tuple[list, Future]] = deque()
        for chunk in chunks:
            pending.append((chunk, self._submit(chunk)))
            if len(pending) >= self.window:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _collect(self, chunk: list, future: Future) -> list[Result]:
        try:
            return self._wait(future)
        except Exception:  # noqa: BLE001  (a worker died or was stopped: find the row that does it)
            return [self._alone(row) for row in chunk]

    def _alone(self, row: dict | ErrorRow, tries: int = 2) -> Result:
        self.killed_for_time = False
        try:
            return self._wait(self._submit([row]))[0]
        except Exception as error:  # noqa: BLE001
            if self.killed_for_time:
                message = f"took longer than the time budget of {self.time_budget:g} s (--time-budget); skipped"
            elif tries > 1 and isinstance(error, (BrokenProcessPool, CancelledError)):
                return self._alone(row, tries - 1)  # the pool broke under another row's task
            else:
                message = f"no worker could process this row: {type(error).__name__}: {error}"
            row_id, source = (row.id, row.source) if isinstance(row, ErrorRow) else (row.get("id"), row.get("source"))
            return True, ErrorRow(id=row_id, error=message, source=source).to_json()

    def close(self, wait: bool = True) -> None:
        if not isinstance(self.executor, _InProcess):
            if self.scheduler:
                self.executor.close()
            else:
                self.executor.shutdown(wait=wait, cancel_futures=not wait)


def chunked(rows: Iterable, size: int) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_batch(
    rows: Iterable[dict | ErrorRow],
    sink: LineSink,
    *,
    options: PipelineOptions = PipelineOptions(),
    workers: int = 1,
    scheduler: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    time_budget: float | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Every input row to one line of ``sink``, in input order, skipping the rows that
    ``sink`` already holds from an interrupted run. ``time_budget``: seconds an article
    may take (``pipeline.batch.budget``); None: no limit, and one worker runs in-process."""
    summary = BatchSummary(resumed=sink.rows_done, failed_before=sink.failed_before)
    runner = _Runner(options, workers, scheduler, time_budget)
    try:
        remaining = _watch_ids(islice(rows, sink.rows_done, None), summary)
        for results in runner.results(chunked(remaining, chunk_size)):
            sink.write(results)
            summary.rows += len(results)
            summary.failed += sum(failed for failed, _ in results)
            if on_progress:
                on_progress(len(results))
    except BaseException:  # Ctrl-C included: do not wait for the workers
        runner.close(wait=False)
        raise
    runner.close()
    return summary


def _watch_ids(rows: Iterable[dict | ErrorRow], summary: BatchSummary) -> Iterator[dict | ErrorRow]:
    """The rows unchanged; ids seen before in this run are counted in the summary (the flat
    tables join on ``doc_id``). Keeps one hash per id: ~60 MB a million rows."""
    seen: set[int] = set()
    for row in rows:
        row_id = row.id if isinstance(row, ErrorRow) else row.get("id")
        if isinstance(row_id, str):
            key = hash(row_id)
            if key in seen:
                summary.duplicate_ids += 1
                summary.first_duplicate = summary.first_duplicate or row_id
            seen.add(key)
        yield row


@contextmanager
def progress_bar(
    fraction_read: Callable[[], float], enabled: bool, done_before: int = 0
) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr (articles, articles/s, ETA); ``enabled=False`` gives a
    silent stand-in, for pipes and logs. On ``--resume`` the count starts at the rows an
    earlier run wrote (``done_before``), as the percentage (of the input read) does."""
    if not enabled:
        yield lambda done: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns = (
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TextColumn("{task.fields[articles]:,} articles"),
        TextColumn("{task.fields[rate]:,.1f} articles/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task("extract", total=1000, articles=done_before, rate=0.0)
        started, articles = time.perf_counter(), 0

        def advance(done: int) -> None:
            nonlocal articles
            articles += done
            rate = articles / max(time.perf_counter() - started, 1e-9)  # of this run
            completed = 1000 * fraction_read()
            progress.update(task, completed=completed, articles=done_before + articles, rate=rate)

        yield advance
        progress.update(task, completed=1000)


def output_format(
    output: Path | None, format: str = "auto", resume: bool = False, errors: Path | None = None
) -> str:
    """The output format to write, or a ValueError saying why these options do not go together."""
    from pipeline.batch.outputs import OUTPUT_FORMATS, TABLE_FORMATS, detect_output_format

    if format == "auto" and output is not None and output.suffix.lower() in (".csv", ".tsv", ".xlsx"):
        raise ValueError(
            f"-o {output}: one {output.suffix} file cannot hold nested records; "
            f"use --format csv-tables -o FOLDER for flat tables, or -o {output.stem}.jsonl"
        )
    if output is not None and output.suffix.lower() in (".gz", ".bz2", ".zst", ".xz", ".zip"):
        raise ValueError(
            f"-o {output}: outputs are written uncompressed (so --resume can continue them); compress after the run"
        )
    format = detect_output_format(output) if format == "auto" else format
    if format not in OUTPUT_FORMATS:
        raise ValueError(f"unknown output format {format!r}; one of {', '.join(OUTPUT_FORMATS)}")
    if output is None and (format != "jsonl" or resume):
        raise ValueError(f"{'--resume' if resume else f'the {format} format'} needs an output file (-o)")
    if output is not None and format not in TABLE_FORMATS and output.is_dir():
        raise ValueError(f"-o {output} is a folder; give a file name such as {output / 'records.jsonl'}")
    if output is not None and format in TABLE_FORMATS and output.exists() and not output.is_dir():
        raise ValueError(f"-o {output} is a file; --format {format} writes a folder of tables")
    if errors is not None and output is not None and _same_file(errors, output):
        raise ValueError(f"--errors {errors} is the output file; give the error rows a file of their own")
    return format


def _same_file(one: Path, other: Path) -> bool:
    return one.resolve() == other.resolve() or (one.exists() and other.exists() and one.samefile(other))


def run_job(
    source: Any,
    output: Path | None,
    *,
    format: str = "auto",
    errors: Path | None = None,
    resume: bool = False,
    progress: bool = False,
    **batch_options: Any,
) -> BatchSummary:
    """``trnews extract``: an ``InputSource`` to an output file (or stdout) in ``format``;
    ``batch_options`` go to ``run_batch`` (options, workers, scheduler, chunk_size)."""
    from pipeline.batch.outputs import finish, journal_path

    format = output_format(output, format, resume, errors)
    journal = journal_path(output, format)
    if resume and format != "jsonl" and output is not None and output.exists() and not journal.exists():
        return BatchSummary(extra={"complete": True})  # converted and journal removed: nothing left to do
    sink = LineSink(journal, errors, resume=resume)
    try:
        fraction_read = getattr(source, "fraction_read", lambda: 0.0)
        with progress_bar(fraction_read, progress, done_before=sink.rows_done) as advance:
            summary = run_batch(source, sink, on_progress=advance, **batch_options)
    finally:
        sink.close()
    if format != "jsonl":
        finish(journal, output, format)
    return summary
