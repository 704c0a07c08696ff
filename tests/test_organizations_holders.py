"""``Holders``: whether one of some spans starts at or before a span and reaches its end (the
one-bisection form of a pass over every span, read by the nested-name and office-title checks)."""

import pytest

from pipeline.organizations.nested import Holders

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
