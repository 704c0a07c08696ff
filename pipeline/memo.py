"""A dict that fills itself: the memo of a pure function of one key, read at C level."""

from __future__ import annotations

from typing import Callable, Hashable


class Memo(dict):
    """key -> ``compute(key)``, computed on first use; it starts again once it holds ``size``
    keys. Read as ``memo[key]`` or ``map(memo.__getitem__, keys)``: a key seen before costs a
    dict look-up and no Python call (memos asked of every word of every article)."""

    __slots__ = ("compute", "size")

    def __init__(self, compute: Callable[[Hashable], object], size: int) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: Hashable) -> object:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.compute(key)
        return value
