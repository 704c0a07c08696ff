"""The per-article time budget: a worker that takes too long is killed from outside.

A thread inside the worker cannot stop it: spaCy's tokenizer and the neural layers run in
native code that never lets Python's signal handlers or other threads in. So each worker
process writes, in memory shared with the parent, when it started its current task; the
parent, while it waits for results, kills (SIGKILL) a worker whose task is over the budget.
The runner then redoes that task's articles one by one, each with the same budget, and an
article that alone goes over it becomes an error row that says so. This is why a budget
needs worker processes even with ``--workers 1``.

Before any of that, ``too_slow_to_tokenize`` turns away, at the cost of one regex search,
the texts known to take spaCy's tokenizer minutes: a long run of punctuation without a
space (its prefix and suffix search is quadratic in the run: 5,000 ``=`` take 10 s,
12,500 commas 20 s).
"""

from __future__ import annotations

import os
import re
import signal
import time
from typing import Any

DEFAULT_BUDGET_S = 120.0  # the longest article allowed (1,000,000 characters) takes ~6 s, ~40 s with --ner
PUNCTUATION_RUN = 1000  # characters; ~0.4 s for the worst character, '='
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{%d,}" % PUNCTUATION_RUN)


def too_slow_to_tokenize(text: str) -> str | None:
    """Why spaCy's tokenizer would take minutes on ``text``, or None."""
    run = _PUNCTUATION_RUN.search(text)
    if run is None:
        return None
    length = len(run.group())
    return (
        f"text has a run of {length:,} punctuation characters without a space at character {run.start()} "
        f"(more than {PUNCTUATION_RUN:,}): spaCy's tokenizer takes minutes on such runs"
    )


class BusyClock:
    """One slot per worker process in shared memory: its pid and when its current task started
    (0: idle). Created by the parent for each pool; each worker claims a slot when it starts."""

    def __init__(self, context: Any, workers: int) -> None:
        self.pids = context.Array("q", workers)
        self.started = context.Array("d", workers, lock=False)

    # in the worker
    def claim(self) -> None:
        global _slot
        with self.pids.get_lock():
            index = next(index for index, pid in enumerate(self.pids) if pid == 0)
            self.pids[index] = os.getpid()
        _slot = (self, index)

    # in the parent
    def kill_overdue(self, budget_s: float) -> bool:
        """Kill the workers whose task has run for more than ``budget_s``; True if any."""
        now, killed = time.monotonic(), False
        for index, started in enumerate(self.started):
            if started and now - started > budget_s and self.pids[index]:
                try:
                    os.kill(self.pids[index], signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.started[index] = 0.0
                killed = True
        return killed


_slot: tuple[BusyClock, int] | None = None  # this worker's slot, when it runs under a budget


class task_clock:
    """``with task_clock():`` around a worker's task marks it busy in its slot (no-op without one)."""

    def __enter__(self) -> None:
        if _slot is not None:
            clock, index = _slot
            clock.started[index] = time.monotonic()  # CLOCK_MONOTONIC: the same clock in every process

    def __exit__(self, *exc: object) -> None:
        if _slot is not None:
            clock, index = _slot
            clock.started[index] = 0.0
