"""What runs in a worker process: the options it builds its pipeline from, and the
function that turns a chunk of input rows into finished JSON lines.

Imported by the runner (local worker processes) and by ``pipeline.batch.distributed``
(Dask workers); it imports neither of them.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.batch.budget import BusyClock, task_clock, too_slow_to_tokenize
from pipeline.batch.outputs import Result
from pipeline.schema import ErrorRow


class SetupError(RuntimeError):
    """The batch cannot start as asked (an unreachable Dask scheduler, a missing extra);
    the message says what to do."""


@dataclass(frozen=True)
class PipelineOptions:
    """What a worker needs to build its pipeline (picklable, sent to every worker)."""

    backend: str = "spacy"
    model: str | None = None
    ner: bool = False  # run the trained NER model before the stages (slower; see pipeline.load)
    topic_model: bool = False  # add the trained topics tagger (slower; see pipeline.load)
    max_chars: int = 1_000_000  # longer articles become error rows (spaCy's own limit)


_pipeline_lock = threading.Lock()  # a Dask worker may run tasks in threads: one pipeline user at a time


def runs_torch(backend: str = "spacy", model: str | None = None) -> bool:
    """Whether the pipeline runs torch: the Stanza backend, or a model whose config names a
    torch or transformer layer."""
    if backend != "spacy":
        return True
    from pipeline.resources import models_dir

    config = (Path(model) if model else models_dir() / "ner") / "config.cfg"  # "ner": api.NER_MODEL
    text = config.read_text(encoding="utf-8", errors="replace").lower() if config.exists() else ""
    return "torch" in text or "transformer" in text


def start_method(backend: str = "spacy", model: str | None = None) -> str:
    """``fork`` where it is safe, so that workers start with the pipeline loaded; ``spawn``
    when the pipeline runs torch (the Stanza backend, a torch model): torch's thread pools
    do not survive a fork, and a forked worker hangs on its first tensor."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods() or runs_torch(backend, model):
        return "spawn"
    return "fork"


def skip_torch_unless_needed(backend: str = "spacy", model: str | None = None) -> None:
    """Keep thinc from importing torch (a second or more of start-up and ~250 MB per process)
    when nothing needs it: the spaCy backend with a model whose config names no torch layer.

    Process-wide (``import torch`` then raises ImportError), so only the ``trnews`` command
    calls it, never the library."""
    if "torch" in sys.modules or "thinc" in sys.modules or runs_torch(backend, model):
        return
    sys.modules["torch"] = None  # type: ignore[assignment]


def load_pipeline(options: PipelineOptions) -> Any:
    import pipeline

    nlp = pipeline.load(backend=options.backend, model=options.model, ner=options.ner, topic_model=options.topic_model)
    nlp.max_length = options.max_chars
    return nlp


def process_chunk(rows: list[dict | ErrorRow], options: PipelineOptions) -> list[Result]:
    """Input rows to (failed, JSON line) pairs, one per row, in order."""
    import pipeline

    with _pipeline_lock, task_clock():
        nlp = load_pipeline(options)
        rows = [_turn_away_slow_text(row) for row in rows]
        readable = [row for row in rows if not isinstance(row, ErrorRow)]
        extracted = iter(pipeline.extract_many(readable, nlp=nlp, batch_size=max(len(readable), 1)))
        results = [row if isinstance(row, ErrorRow) else next(extracted) for row in rows]
    return [_result(result) for result in results]


def _turn_away_slow_text(row: dict | ErrorRow) -> dict | ErrorRow:
    text = row.get("text") if isinstance(row, dict) else None
    reason = too_slow_to_tokenize(text) if isinstance(text, str) else None
    if reason is None:
        return row
    return ErrorRow(id=row.get("id"), error=reason, source=row.get("source"))  # type: ignore[union-attr]


def _result(result: Any) -> Result:
    """(failed, line), the line always valid UTF-8: rows given straight to the library (not
    through ``pipeline.batch.inputs``) may hold lone surrogates, which no file can take."""
    line = result.to_json()
    try:
        line.encode("utf-8")
    except UnicodeEncodeError as error:
        message = f"the row is not valid Unicode (a lone surrogate at {error.start}); nothing could be written for it"
        return True, ErrorRow(id=None, error=message, source=getattr(result, "source", None)).to_json()
    return isinstance(result, ErrorRow), line


def start_worker(options: PipelineOptions, clock: BusyClock | None = None) -> None:
    _die_with_parent()
    if clock is not None:
        clock.claim()
    load_pipeline(options)


def _die_with_parent() -> None:
    """On Linux, a worker whose parent is killed (kill -9) is killed too, not orphaned."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass
