"""How sure the NER model was of its entities: the probability of each token's best tag.

The BILUO tagger head (``pipeline.ner.biluo_tagger``) scores every tag of every token; the
softmax of those scores gives, per token, the probability of its best tag. It keeps that list
in ``doc.user_data`` (a plain value, dropped with the stages' caches by the last stage), and the
stages that take the model's spans as candidates read a span's confidence from it: the lowest
probability among its tokens (a span is as sure as its least sure token). A Doc whose model
kept none (hand-set ``doc.ents``, another NER model) has no confidence: ``None``.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span

from pipeline.extensions import NER_CONFIDENCE


def best_tag_probabilities(scores: numpy.ndarray) -> list[float]:
    """Per token (a row of tag scores), the softmax probability of its best tag."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = numpy.exp(shifted)
    return (1.0 / exp.sum(axis=1)).tolist()  # the best tag's shifted score is 0: its exp is 1


def keep_confidence(doc: Doc, scores: numpy.ndarray) -> None:
    doc.user_data[NER_CONFIDENCE] = best_tag_probabilities(scores)


def span_confidence(doc: Doc, span: Span) -> float | None:
    """The lowest best-tag probability among the span's tokens; None when the model kept none."""
    probabilities = doc.user_data.get(NER_CONFIDENCE)
    if probabilities is None or len(probabilities) != len(doc) or span.start >= span.end:
        return None
    return min(probabilities[span.start : span.end])
