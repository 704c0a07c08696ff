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
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from pipeline.batch.outputs import LineSink, Result
from pipeline.batch.worker import PipelineOptions, load_pipeline, process_chunk, start_worker
from pipeline.schema import ErrorRow

CHUNK_SIZE = 32  # rows per task: large enough to amortize the hand-over, small enough for a smooth progress bar
IN_FLIGHT_PER_WORKER = 3


@dataclass
class BatchSummary:
    rows: int = 0  #: input rows accounted for in this run
    failed: int = 0  #: error rows among them
    resumed: int = 0  #: rows an earlier run had written (skipped in the input)
    failed_before: int = 0
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
    def __init__(self, options: PipelineOptions, workers: int, scheduler: str | None) -> None:
        self.options, self.workers, self.scheduler = options, workers, scheduler
        self.executor = self._new_executor()
        self.window = max(1, self.workers * IN_FLIGHT_PER_WORKER)

    def _new_executor(self) -> Executor:
        if self.scheduler:
            from pipeline.batch.distributed import connect

            client = connect(self.scheduler)
            self.workers = max(1, sum(client.nthreads().values()))
            return client
        if self.workers <= 1:
            load_pipeline(self.options)
            return _InProcess()
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        if "fork" in methods:  # the children inherit the loaded pipeline: no second load
            load_pipeline(self.options)
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        executor = ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=start_worker, initargs=(self.options,)
        )
        executor.submit(os.getpid).result()  # start every worker now, before any other thread exists
        return executor

    def _submit(self, chunk: list) -> Future:
        try:
            return self.executor.submit(process_chunk, chunk, self.options)
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new_executor()
            return self.executor.submit(process_chunk, chunk, self.options)

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
            return future.result()
        except Exception:  # noqa: BLE001  (a worker died: find the row that kills it)
            return [self._alone(row) for row in chunk]

    def _alone(self, row: dict | ErrorRow) -> Result:
        try:
            return self._submit([row]).result()[0]
        except Exception as error:  # noqa: BLE001
            row_id, source = (row.id, row.source) if isinstance(row, ErrorRow) else (row.get("id"), row.get("source"))
            message = f"no worker could process this row: {type(error).__name__}: {error}"
            return True, ErrorRow(id=row_id, error=message, source=source).to_json()

    def close(self) -> None:
        if not isinstance(self.executor, _InProcess):
            if self.scheduler:
                self.executor.close()
            else:
                self.executor.shutdown(wait=True)


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
    on_progress: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Every input row to one line of ``sink``, in input order, skipping the rows that
    ``sink`` already holds from an interrupted run."""
    summary = BatchSummary(resumed=sink.rows_done, failed_before=sink.failed_before)
    runner = _Runner(options, workers, scheduler)
    try:
        for results in runner.results(chunked(islice(rows, sink.rows_done, None), chunk_size)):
            sink.write(results)
            summary.rows += len(results)
            summary.failed += sum(failed for failed, _ in results)
            if on_progress:
                on_progress(len(results))
    finally:
        runner.close()
    return summary


@contextmanager
def progress_bar(fraction_read: Callable[[], float], enabled: bool) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr (articles, articles/s, ETA); ``enabled=False`` gives a
    silent stand-in, for pipes and logs."""
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
        task = progress.add_task("extract", total=1000, articles=0, rate=0.0)
        started, articles = time.perf_counter(), 0

        def advance(done: int) -> None:
            nonlocal articles
            articles += done
            rate = articles / max(time.perf_counter() - started, 1e-9)
            progress.update(task, completed=1000 * fraction_read(), articles=articles, rate=rate)

        yield advance
        progress.update(task, completed=1000)


def output_format(output: Path | None, format: str = "auto", resume: bool = False) -> str:
    """The output format to write, or a ValueError saying why these options do not go together."""
    from pipeline.batch.outputs import OUTPUT_FORMATS, detect_output_format

    format = detect_output_format(output) if format == "auto" else format
    if format not in OUTPUT_FORMATS:
        raise ValueError(f"unknown output format {format!r}; one of {', '.join(OUTPUT_FORMATS)}")
    if output is None and (format != "jsonl" or resume):
        raise ValueError(f"{'--resume' if resume else f'the {format} format'} needs an output file (-o)")
    return format


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

    format = output_format(output, format, resume)
    journal = journal_path(output, format)
    if resume and format != "jsonl" and output is not None and output.exists() and not journal.exists():
        return BatchSummary(extra={"complete": True})  # converted and journal removed: nothing left to do
    sink = LineSink(journal, errors, resume=resume)
    try:
        with progress_bar(getattr(source, "fraction_read", lambda: 0.0), progress) as advance:
            summary = run_batch(source, sink, on_progress=advance, **batch_options)
    finally:
        sink.close()
    if format != "jsonl":
        finish(journal, output, format)
    return summary
