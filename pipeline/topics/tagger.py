"""The trained topics tagger as a stage: agenda-item candidates that the topics stage reads.

``trnews_topic_tagger`` runs a small spaCy pipeline (``models/topics``: word stems, suffixes,
shapes and the agenda cues of ``data/topic_cues.tsv`` as features, a bidirectional LSTM, one
softmax over BILUO tags of ``TOPIC``; recipe and card in ``models/``) over each paragraph that
holds a cue. It keeps the items of sentences with a cue whose tokens it is on average at
least ``threshold`` sure are inside an item (``1 - P(O)``), in
``doc.spans["topic_model"]``. The topics stage adds them where its rules found
nothing in the paragraph and a meeting is in sight: the rules stay the precise path, the
model finds the statements they have no pattern for.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Iterable, NamedTuple

import numpy
import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extensions import doc_text, doc_words
from pipeline.lang.tr.text import words
from pipeline.ner import biluo_tagger  # noqa: F401  (the model's head)
from pipeline.resources import models_dir
from pipeline.topics import tagger_features

CANDIDATE_GROUP = "topic_model"  #: no ``trnews_`` prefix: no record field is read from it
PARAGRAPH = re.compile(r"[^\n]+")
SENTENCE_ENDS = frozenset(".!?")
SETTINGS_FILE = "tagger.json"
MODEL_FOLDER = "model"
BATCH_SIZE = 16  #: paragraphs per model call, neighbours in length


class ModelItem(NamedTuple):
    start: int
    end: int


def model_items(
    text: str, rule_items: list, candidates: Iterable[Span], in_sight: list[tuple[int, int]]
) -> list[ModelItem]:
    """The tagger's candidates in the paragraphs where the rules found no item and in sentences
    with a meeting in sight (``in_sight``: (start, end) of those sentences, as the rules read
    it: a meeting named in the lead, or in the paragraph or the two before), in text order.
    Without a meeting, a list before ``konuştu`` or ``değerlendirdi`` is a speech's or a
    column's subject, no agenda."""
    paragraphs = [match.span() for match in PARAGRAPH.finditer(text)]
    paragraph_starts = [start for start, _ in paragraphs]

    def paragraph_of(offset: int) -> int:
        return bisect.bisect_right(paragraph_starts, offset) - 1

    ruled = {paragraph_of(item.start) for item in rule_items}
    sight_starts = [start for start, _ in in_sight]

    def meeting_in_sight(offset: int) -> bool:
        at = bisect.bisect_right(sight_starts, offset) - 1
        return at >= 0 and offset < in_sight[at][1]

    items = []
    for span in candidates:
        start, end = span.start_char, span.end_char
        while end > start and not text[end - 1].isalnum():
            end -= 1  # the tokens' expanded span may end on a comma or a quote
        if end > start and paragraph_of(start) not in ruled and meeting_in_sight(start):
            items.append(ModelItem(start, end))
    return items


class TopicTagger:
    def __init__(self, model: str | Path, threshold: float) -> None:
        self.threshold = threshold
        self.model = spacy.load(model)
        self.features = self.model.get_pipe("trnews_topic_features")
        self.encoder = self.model.get_pipe("tok2vec")
        self.head = self.model.get_pipe("ner")
        self.outside = list(self.head.labels).index("O")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = []
        for start, end in self.items(text, self.features.matches(text, doc_words(doc))):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[CANDIDATE_GROUP] = spans
        return doc

    def items(self, text: str, matches: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
        """(start, end) of the sure items in the sentences with a cue; the model reads only the
        paragraphs that hold one (most hold none), all of an article's in one batch."""
        if matches is None:
            matches = self.features.matches(text, words(text))
        cue_starts = sorted(start for start, _, tag in matches if tagger_features.is_cue(tag))
        paragraphs = [
            (match.start(), match.group())
            for match in PARAGRAPH.finditer(text)
            if bisect.bisect_left(cue_starts, match.start()) < bisect.bisect_left(cue_starts, match.end())
        ]
        if not paragraphs:
            return []
        subdocs = [self.model.make_doc(paragraph) for _, paragraph in paragraphs]
        for (offset, _), sub in zip(paragraphs, subdocs):
            self.features.annotate(sub, matches, offset)
        batch_scores = self._scores(subdocs)
        items = []
        for (offset, _), sub, scores in zip(paragraphs, subdocs, batch_scores):
            inside = 1.0 - _probabilities(scores)[:, self.outside]
            sentence_of = _sentence_numbers(sub)
            cued = {sentence_of[token.i] for token in sub if tagger_features.is_cue(token.lemma_)}
            items += [
                (offset + ent.start_char, offset + ent.end_char)
                for ent in sub.ents
                if sentence_of[ent.start] in cued and float(inside[ent.start : ent.end].mean()) >= self.threshold
            ]
        return items

    def _scores(self, subdocs: list[Doc]) -> list:
        """The tag scores of each paragraph (and its entities set), in batches of paragraphs of
        similar length: the LSTM pads a batch to its longest member, so one long paragraph in a
        batch of short ones would cost as if every one were long."""
        scores: list = [None] * len(subdocs)
        by_length = sorted(range(len(subdocs)), key=lambda i: len(subdocs[i]))
        for first in range(0, len(by_length), BATCH_SIZE):
            batch = [subdocs[i] for i in by_length[first : first + BATCH_SIZE]]
            self.encoder.set_annotations(batch, self.encoder.predict(batch))
            batch_scores = self.head.predict(batch)
            self.head.set_annotations(batch, batch_scores)
            for i, one in zip(by_length[first : first + BATCH_SIZE], batch_scores):
                scores[i] = one
        return scores

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.to_disk(path / MODEL_FOLDER)
        srsly.write_json(path / SETTINGS_FILE, {"threshold": self.threshold})

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> "TopicTagger":
        path = Path(path)
        self.__init__(path / MODEL_FOLDER, srsly.read_json(path / SETTINGS_FILE)["threshold"])  # type: ignore[misc]
        return self


def _probabilities(scores) -> numpy.ndarray:
    shifted = numpy.asarray(scores) - numpy.max(scores, axis=1, keepdims=True)
    exponents = numpy.exp(shifted)
    return exponents / exponents.sum(axis=1, keepdims=True)


def _sentence_numbers(sub: Doc) -> list[int]:
    """Each token's sentence in its paragraph: a sentence ends after ``.``, ``!`` or ``?``."""
    numbers, sentence = [], 0
    for token in sub:
        numbers.append(sentence)
        sentence += token.text in SENTENCE_ENDS
    return numbers


@Language.factory(
    "trnews_topic_tagger",
    assigns=["doc.spans"],
    default_config={"model": "topics", "threshold": 0.8},
)
def make_topic_tagger(nlp: Language, name: str, model: str, threshold: float) -> TopicTagger:
    """``model``: a folder under ``models/`` or a path."""
    path = Path(model) if Path(model).is_absolute() else models_dir() / model
    return TopicTagger(path, threshold)
