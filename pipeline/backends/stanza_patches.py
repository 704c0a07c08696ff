"""Faster exact equivalents of two helpers of Stanza's part-of-speech data loader.

``stanza.models.pos.data`` collates each batch of sentences with ``sort_all`` and
``get_long_tensor`` (``stanza/models/common/data.py``). Both cost more than they need to:

- the sentence lengths handed to ``sort_all`` are 0-d tensors (``torch.sum(x != PAD_ID)``),
  so sorting compares tensors; ``sort_all_by_int_lengths`` sorts by the same lengths as
  Python ints. The order is the same: ties in length fall to the (unique) position either way.
- ``get_long_tensor`` fills the padded tensor of the words' characters one row at a time;
  ``long_tensor`` fills it from one NumPy array (same shape, values and dtype).

``patch_pos_data`` puts them in place of Stanza's in the tagger's data module only (the rest
of Stanza keeps its own); a data module without these names is left alone.
"""

from __future__ import annotations

from itertools import chain
from typing import Any, Callable

import numpy as np
import torch


def int_lengths(sort_all: Callable) -> Callable:
    """``sort_all`` with its lengths as Python ints (tensors of one number are compared slowly)."""

    def sort_all_by_int_lengths(batch: Any, lens: list) -> Any:
        return sort_all(batch, [int(length) for length in lens])

    sort_all_by_int_lengths.stanza_original = sort_all
    return sort_all_by_int_lengths


def filled_at_once(get_long_tensor: Callable) -> Callable:
    """``get_long_tensor`` for a list of lists of ints, filled from one array; any other
    input goes to Stanza's own."""

    def long_tensor(tokens_list: Any, batch_size: int, pad_id: int = 0) -> torch.Tensor:
        rows = tokens_list
        flat = rows and all(type(row) is list and (not row or type(row[0]) is int) for row in rows)
        if not flat:
            return get_long_tensor(tokens_list, batch_size, pad_id)
        lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
        width = int(lengths.max())
        if width == 0:  # Stanza's own refuses rows that are all empty
            return get_long_tensor(tokens_list, batch_size, pad_id)
        filled = np.full((batch_size, width), pad_id, dtype=np.int64)
        mask = np.zeros((batch_size, width), dtype=bool)
        mask[: len(rows)] = np.arange(width) < lengths[:, None]
        filled[mask] = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
        return torch.from_numpy(filled)

    long_tensor.stanza_original = get_long_tensor
    return long_tensor


def patch_pos_data() -> None:
    """Put the two helpers in place in ``stanza.models.pos.data`` (once)."""
    from stanza.models.pos import data

    if hasattr(data, "sort_all") and not hasattr(data.sort_all, "stanza_original"):
        data.sort_all = int_lengths(data.sort_all)
    if hasattr(data, "get_long_tensor") and not hasattr(data.get_long_tensor, "stanza_original"):
        data.get_long_tensor = filled_at_once(data.get_long_tensor)
