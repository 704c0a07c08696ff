"""``trnews extract`` from options to exit code: checks before the model loads, a status
line while it loads, the batch, and a summary line at the end (or a hint to ``--resume``
after Ctrl-C). Kept apart from ``pipeline.cli`` so that the command stays a thin layer."""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, NoReturn

import typer

from pipeline.batch.inputs import Columns, InputError, InputSource
from pipeline.batch.runner import BatchSummary, output_format, run_job
from pipeline.batch.worker import PipelineOptions, SetupError, load_pipeline, runs_torch

EXIT_INTERRUPTED = 130  # what shells report for Ctrl-C


@dataclass(frozen=True)
class Job:
    input: str
    output: Path | None = None
    format: str = "auto"
    input_format: str = "auto"
    text_column: str = "text"
    id_column: str | None = None
    date_column: str | None = None
    delimiter: str | None = None
    workers: int = 1
    resume: bool = False
    errors: Path | None = None
    max_chars: int = 1_000_000
    time_budget: float | None = 120.0
    dask_scheduler: str | None = None
    backend: str = "spacy"
    ner: bool = False
    topic_model: bool = False
    progress: bool = False


def run_command(job: Job, fail: Callable[[str], NoReturn]) -> int:
    """Run ``job``; ``fail`` reports a usage mistake in one line and exits."""
    columns = Columns(text=job.text_column, id=job.id_column, published=job.date_column)
    try:
        source = InputSource(job.input, job.input_format, columns, job.max_chars, job.delimiter)
        output_format(job.output, job.format, job.resume, job.errors)
        source.check()
    except ValueError as error:  # InputError included
        fail(str(error))
    options = PipelineOptions(backend=job.backend, ner=job.ner, topic_model=job.topic_model, max_chars=job.max_chars)
    in_workers_only = runs_torch(job.backend) and (job.workers > 1 or job.time_budget)  # spawned workers load it
    if not job.dask_scheduler and not in_workers_only:
        _load_with_status(options, job.progress)
    started = time.perf_counter()
    try:
        summary = run_job(
            source, job.output, format=job.format, errors=job.errors, resume=job.resume, progress=job.progress,
            options=options, workers=job.workers, scheduler=job.dask_scheduler, time_budget=job.time_budget,
        )  # fmt: skip
    except (InputError, SetupError) as error:
        fail(str(error))
    except KeyboardInterrupt:
        where = f"are in {job.output}" if job.output else "went to stdout"
        hint = "; to continue, run the same command with --resume" if job.output else ""
        typer.echo(f"\nInterrupted: the rows done so far {where}{hint}.", err=True)
        return EXIT_INTERRUPTED
    typer.echo(summary_line(summary, job, time.perf_counter() - started), err=True)
    if summary.duplicate_ids:
        repeated, first = f"{summary.duplicate_ids:,}", summary.first_duplicate
        typer.echo(f"Warning: {repeated} rows repeat an id of an earlier row (first: {first!r}); "
                   "the flat tables join on doc_id.", err=True)  # fmt: skip
    return 1 if summary.any_failed else 0


def _load_with_status(options: PipelineOptions, show: bool) -> None:
    """Load the pipeline once here (the runner then finds it loaded), with a status line."""
    from rich.console import Console

    message = f"Loading the pipeline ({options.backend} backend)…"
    with Console(stderr=True).status(message) if show else nullcontext():
        load_pipeline(options)


def summary_line(summary: BatchSummary, job: Job, seconds: float) -> str:
    """``Done: 998 records, 2 error rows (2 of 1,000 rows gave errors) in 12.3 s -> out.jsonl``."""
    if summary.extra.get("complete"):
        return f"Done: {job.output} was already complete; nothing to resume."
    records = summary.rows - summary.failed
    rate = f", {summary.rows / seconds:,.1f} articles/s" if seconds > 0 and summary.rows else ""
    parts = [f"Done: {_count(records, 'record')}, {_count(summary.failed, 'error row')}"]
    total_failed, total = summary.failed + summary.failed_before, summary.rows + summary.resumed
    if total_failed:
        parts.append(f" ({total_failed:,} of {total:,} rows gave errors)")
    parts.append(f" in {seconds:,.1f} s{rate}")
    if summary.resumed:
        parts.append(f", after {summary.resumed:,} rows of the earlier run")
    parts.append(f" -> {job.output or 'stdout'}")
    if job.errors:
        parts.append(f" (error rows: {job.errors})")
    return "".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'s' * (number != 1)}"
