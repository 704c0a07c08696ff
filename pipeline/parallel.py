"""``extract_many(..., n_process=N)``: the rows in chunks through N worker processes, the
results back in input order.

Each worker holds the pipeline once and turns a chunk of rows into records, so extraction
runs in parallel; the parent only hands out chunks and yields the records. At most a few
chunks per worker are in flight, so memory stays flat on any number of rows.

Workers are forked where that is safe, and then start with the caller's pipeline already
loaded (also one built or changed by hand); a pipeline that runs torch (the Stanza backend, a
torch NER model) does not survive a fork, so its workers are spawned and load the same
pipeline with ``pipeline.load`` (which needs a pipeline that ``load`` made). The command's
``trnews extract --workers N`` (``pipeline.batch.runner``) is the same design with files,
time budgets and crash recovery.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, Iterable, Iterator, Mapping

from spacy.language import Language

from pipeline.schema import ErrorRow, Record

#: chunks in flight per worker: enough to keep every worker busy while the parent yields
IN_FLIGHT_PER_WORKER = 3

_worker_nlp: Language | None = None  # the pipeline of this worker process


def extract_in_processes(
    rows: Iterable[Mapping[str, Any]], nlp: Language, batch_size: int, n_process: int
) -> Iterator[Record | ErrorRow]:
    """What ``extract_many`` gives, computed by ``n_process`` worker processes."""
    global _worker_nlp
    context, load_settings = _start_method(nlp)
    _worker_nlp = nlp  # what forked workers start with
    executor = ProcessPoolExecutor(
        n_process, mp_context=context, initializer=_start_worker, initargs=(load_settings, batch_size)
    )
    pending: deque[Future] = deque()
    rows = iter(rows)
    try:
        while chunk := [dict(row) for row in islice(rows, batch_size)]:
            pending.append(executor.submit(_extract_chunk, chunk, batch_size))
            if len(pending) >= n_process * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=not pending, cancel_futures=True)


def _start_method(nlp: Language) -> tuple[Any, tuple | None]:
    """(multiprocessing context, ``pipeline.load`` arguments for spawned workers or None)."""
    from pipeline.api import load_settings_of
    from pipeline.batch.worker import start_method

    settings = load_settings_of(nlp)
    backend, model = (settings[0], settings[1]) if settings else ("spacy", None)
    if start_method(backend, model) == "fork":
        return multiprocessing.get_context("fork"), None
    if settings is None:
        raise ValueError(
            "n_process > 1 with a pipeline that runs torch needs one made by pipeline.load(): "
            "its workers cannot be forked and must load the pipeline themselves"
        )
    return multiprocessing.get_context("spawn"), settings


def _start_worker(load_settings: tuple | None, batch_size: int) -> None:
    global _worker_nlp
    if load_settings is not None:  # spawned: load what the parent had
        from pipeline.api import load

        backend, model, ner, topic_model = load_settings
        _worker_nlp = load(backend=backend, model=model, ner=ner, topic_model=topic_model)


def _extract_chunk(rows: list[dict], batch_size: int) -> list[Record | ErrorRow]:
    from pipeline.api import extract_many

    return list(extract_many(rows, nlp=_worker_nlp, batch_size=batch_size))
