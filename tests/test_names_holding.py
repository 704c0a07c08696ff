"""``Holders``: whether one of some spans starts at or before a span and reaches its end (the
one-bisection form of a pass over every span, read by the nested-name and office-title checks);
``outermost``: the spans no other span holds; ``Findings.add`` asking only the same key's mentions."""

from typing import NamedTuple

import pytest

from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import Findings
from pipeline.names.holding import Holders, outermost

SPANS = [(10, 30), (12, 18), (40, 44)]  # (start, last offset reached)


@pytest.mark.parametrize(
    "start, reach, held",
    [
        (10, 30, True),  # the same span
        (12, 25, True),  # a later start, held by the wider span that starts before it
        (15, 31, False),  # goes one past the widest reach of the spans before it
        (9, 12, False),  # starts before every span
        (41, 44, True),
        (41, 45, False),
        (50, 50, False),  # after every span
    ],
)
def test_hold(start, reach, held):
    assert Holders(SPANS).hold(start, reach) is held
    # the same answer as asking every span
    assert any(s <= start and r >= reach for s, r in SPANS) is held


def test_no_spans_hold_nothing():
    assert not Holders([]).hold(0, 0)


class Span(NamedTuple):
    start: int
    end: int
    label: str


@pytest.mark.parametrize(
    "spans, kept",
    [
        ([(0, 10, "a"), (2, 5, "b")], ["a"]),  # inside a wider one
        ([(0, 5, "a"), (0, 10, "b")], ["b"]),  # the same start, a further end
        ([(0, 5, "a"), (3, 10, "b")], ["a", "b"]),  # overlapping, neither holds the other
        ([(0, 5, "a"), (0, 5, "b"), (8, 9, "c")], ["c"]),  # two of the same offsets hold each other
    ],
)
def test_outermost(spans, kept):
    spans = [Span(*span) for span in spans]
    assert [s.label for s in outermost(spans)] == kept
    # the same answer as comparing every two spans
    assert [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end for o in spans)] \
        == outermost(spans)


def _match(start: int, end: int, key: str) -> GazetteerMatch:
    return GazetteerMatch(start, end, end, key, "x")


@pytest.mark.parametrize(
    "new, added",
    [
        (_match(5, 9, "a"), False),  # the same thing over the same characters
        (_match(5, 9, "b"), True),  # another thing there
        (_match(10, 12, "a"), True),  # the same thing elsewhere
    ],
)
def test_findings_add_once_per_thing_and_place(new, added):
    findings = Findings()
    findings.add(_match(4, 10, "a"))
    findings.add(new)
    assert (new in findings.matches) is added


def test_findings_add_reads_a_replaced_list():
    findings = Findings()
    findings.add(_match(0, 3, "a"))
    findings.matches = [_match(20, 25, "a")]  # another step keeps other mentions
    findings.add(_match(0, 3, "a"))
    findings.add(_match(21, 23, "a"))
    assert findings.matches == [_match(20, 25, "a"), _match(0, 3, "a")]
