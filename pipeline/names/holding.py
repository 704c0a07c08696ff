"""Spans held by others, asked without a pass over every span for every span: a long article
has hundreds of names, mentions and titles, and the pairs were quadratic in its length."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from typing import Iterable, Protocol, TypeVar


class Holders:
    """Spans, each given as (start, the last offset it reaches), that can be asked quickly whether
    one of them holds another span: one bisection, not a pass over every span for every mention
    (a long article has hundreds of each)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reaches = list(itertools.accumulate((reach for _, reach in ordered), max))

    def hold(self, start: int, reach: int) -> bool:
        """Whether a span starts at or before ``start`` and reaches ``reach`` or further."""
        started = bisect.bisect_right(self._starts, start)  # the spans starting at or before ``start``
        return started > 0 and self._reaches[started - 1] >= reach


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


def outermost(spans: list[S]) -> list[S]:
    """The spans that no other span holds (starting at or before and ending at or after them; a
    second span of the same offsets holds it too), in their order."""
    twice = {offsets for offsets, count in Counter((s.start, s.end) for s in spans).items() if count > 1}
    furthest: dict[int, int] = {}  # start -> the furthest end of a span starting there
    for span in spans:
        furthest[span.start] = max(span.end, furthest.get(span.start, span.end))
    starts = sorted(furthest)
    reaches = list(itertools.accumulate((furthest[start] for start in starts), max))

    def held(span: S) -> bool:
        if (span.start, span.end) in twice or furthest[span.start] > span.end:
            return True
        before = bisect.bisect_left(starts, span.start)  # the spans starting before it
        return before > 0 and reaches[before - 1] >= span.end

    return [s for s in spans if not held(s)]
