"""A tagger-style NER head: BILUO tags per token, decoded into ``doc.ents``.

A transition-based NER head walks every token through a loop over its actions (77 for 19
labels); a tagger head scores each token's BILUO tags (``B-PERSON``, ``I-PERSON``,
``L-PERSON``, ``U-GPE``, ``O``) in one matrix product, which is several times cheaper.

``trnews_biluo_tagger`` is spaCy's tagger, trained on BILUO tags in ``token.tag_``
(``models/ner_recipe/tagger_corpus.py``), whose decoding keeps to well-formed sequences under
the BILUO grammar (an ``I``/``L`` only after a ``B``/``I`` of its label, ``B`` only before an
``I``/``L`` of its label): each token's best tag where those tags are well-formed, the best
path of a Viterbi pass over the tag scores where they are not. It sets ``doc.ents`` and leaves
``token.tag_`` alone (another backend's part-of-speech tags stay), and is scored as an NER.
Each token's best-tag probability is kept for the stages (``pipeline.ner.confidence``).
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.pipeline.tagger import Tagger
from spacy.tokens import Doc, Span

from pipeline.ner.confidence import keep_confidence


def entity_spans(doc: Doc, tags: list[str]) -> list[Span]:
    """The entities a BILUO tag sequence describes, in order. An ill-formed sequence is read
    leniently: an entity opens at ``B``/``U`` or at an inside tag after another label, and closes
    at ``L``/``U``, at ``O``, or where the label changes."""
    spans: list[Span] = []
    start: int | None = None
    label = ""

    def close(end: int) -> None:
        nonlocal start
        if start is not None:
            spans.append(Span(doc, start, end, label=label))
        start = None

    for i, tag in enumerate(tags):
        move, _, tag_label = tag.partition("-")
        if move not in "BILU" or not tag_label:  # "O", "" or an unknown tag
            close(i)
            continue
        if start is not None and (tag_label != label or move in "BU"):
            close(i)
        if start is None:
            start, label = i, tag_label
        if move in "LU":
            close(i + 1)
    close(len(tags))
    return spans


def allowed_transitions(tags: list[str]) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """``(follows, first, last)``: ``follows[a, b]`` is 0 where tag ``b`` may follow tag ``a`` and
    -inf where it may not; ``first``/``last`` the same for the first and the last token."""
    inside = numpy.array([tag[:1] in "BI" and "-" in tag for tag in tags])  # an entity is open after it
    continues = numpy.array([tag[:1] in "IL" and "-" in tag for tag in tags])  # it needs an open entity
    label = [tag.partition("-")[2] for tag in tags]
    follows = numpy.full((len(tags), len(tags)), -numpy.inf)
    for a in range(len(tags)):
        for b in range(len(tags)):
            if inside[a] and continues[b] and label[a] == label[b]:
                follows[a, b] = 0.0
            elif not inside[a] and not continues[b]:
                follows[a, b] = 0.0
    first = numpy.where(continues, -numpy.inf, 0.0)
    last = numpy.where(inside, -numpy.inf, 0.0)
    return follows, first, last


def best_path(scores: numpy.ndarray, follows: numpy.ndarray, first: numpy.ndarray, last: numpy.ndarray) -> list[int]:
    """The highest-scoring well-formed tag sequence (Viterbi over log-probabilities)."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - numpy.log(numpy.exp(shifted).sum(axis=1, keepdims=True))
    n_tokens = len(log_probs)
    back = numpy.zeros((n_tokens, log_probs.shape[1]), dtype=numpy.int32)
    best = log_probs[0] + first
    for i in range(1, n_tokens):
        candidates = best[:, None] + follows
        back[i] = candidates.argmax(axis=0)
        best = candidates[back[i], numpy.arange(len(best))] + log_probs[i]
    path = [int((best + last).argmax())]
    for i in range(n_tokens - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def repaired_path(scores: numpy.ndarray, follows: numpy.ndarray, first: numpy.ndarray, last: numpy.ndarray,
                  outside: int) -> list[int]:
    """Each token's best tag, with the stretches that break the BILUO grammar decoded again.

    Where the best tags already form a well-formed sequence they are the best well-formed path,
    so only a stretch around each broken transition, between the nearest tokens tagged ``O``
    (``outside``) on either side, goes through ``best_path``: a long article pays for the few
    places the tagger hesitates, not for a Viterbi pass over every token."""
    path = scores.argmax(axis=1)
    allowed = numpy.isfinite(follows[path[:-1], path[1:]])
    broken = [i + 1 for i in numpy.flatnonzero(~allowed)]
    if not numpy.isfinite(first[path[0]]):
        broken.insert(0, 0)
    if not numpy.isfinite(last[path[-1]]):
        broken.append(len(path) - 1)
    is_outside = path == outside
    end = 0
    for i in broken:
        if i < end:
            continue  # inside the stretch just decoded
        start = i - 1
        while start > 0 and not is_outside[start - 1]:
            start -= 1
        start = max(start, end, 0)
        end = i + 1
        while end < len(path) and not is_outside[end]:
            end += 1
        path[start:end] = best_path(scores[start:end], follows, first, last)
    return path.tolist()


class BiluoTagger(Tagger):
    """spaCy's tagger, decoding each Doc's tag scores into well-formed entities."""

    def predict(self, docs):
        if not any(len(doc) for doc in docs):
            return [self.model.ops.alloc2f(0, len(self.labels)) for _ in docs]
        return [self.model.ops.to_numpy(scores) for scores in self.model.predict(docs)]

    def set_annotations(self, docs, batch_scores) -> None:
        labels = self.labels  # a new tuple at each reading: the grammar is kept for equal labels
        if getattr(self, "_grammar_for", None) != labels:
            self._grammar = (*allowed_transitions(list(labels)), list(labels).index("O"))
            self._grammar_for = labels
        for doc, scores in zip(docs, batch_scores):
            if len(doc):
                scores = numpy.asarray(scores)
                tags = [labels[tag_id] for tag_id in repaired_path(scores, *self._grammar)]
                doc.ents = entity_spans(doc, tags)
                keep_confidence(doc, scores)  # read by the stages that validate the model's spans


@Language.factory(
    "trnews_biluo_tagger",
    assigns=["doc.ents"],
    default_config={
        "model": {"@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False,
                  "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 96,
                              "depth": 4, "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
                              "subword_features": True}},
        "overwrite": True, "scorer": {"@scorers": "spacy.ner_scorer.v1"}, "neg_prefix": "!",
        "label_smoothing": 0.0,
    },
)
def make_biluo_tagger(nlp: Language, name: str, model, overwrite: bool, scorer, neg_prefix: str,
                      label_smoothing: float) -> BiluoTagger:
    return BiluoTagger(nlp.vocab, model, name, overwrite=overwrite, scorer=scorer, neg_prefix=neg_prefix,
                       label_smoothing=label_smoothing)
