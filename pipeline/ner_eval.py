"""Entity-level scoring of a NER pipeline on a CoNLL or bracketed corpus (``trnews eval-ner``).

Three corpus formats are read:

- CoNLL: one ``token TAB BIO-tag`` per line, a blank line between sentences
  (Turkish Wiki NER: ``Adana'da	B-GPE``).
- Bracketed: one sentence a line, entities written ``[PER Helmut Kohl ]`` (Milliyet news).
- News: the project's real-news NER set, ``.jsonl`` of article ids and offsets into
  ``../shared/data/news-raw`` (``pipeline.ner.news_corpus``), one split of it at a time.

Corpus tokens are joined back into running text the way a newspaper prints it: apostrophe
suffixes the corpus split off are re-attached (``Almanya 'nın`` -> ``Almanya'nın``) and no
space is put before closing punctuation. Both the gold entities (character offsets) and the
model's entities are then compared on the tokens of the pipeline's own tokenizer, so a gold
``Almanya`` inside the token ``Almanya'nın`` counts as that token. A predicted entity is
correct when its tokens and its (mapped) label equal a gold entity's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.document.ents import MODEL_GROUP

#: Wiki NER (OntoNotes) labels onto the three labels of the Milliyet corpus; others are ignored.
MILLIYET_LABELS: dict[str, str] = {
    "PERSON": "PER", "PER": "PER",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "ORG": "ORG",
}

#: The five labels of the news NER set (benchmarks/real/ner-news.jsonl); the model's others are ignored.
NEWS_LABELS: dict[str, str] = {label: label for label in ("PERSON", "ORG", "GPE", "LOC", "TITLE")}

_APOSTROPHE_SUFFIX = re.compile(r"^['’][^\W\d_]+$")  # a split-off case suffix: 'nın, ’da
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "..."}
_NO_SPACE_AFTER = {"(", "[", "{"}
_BRACKET_OPEN = re.compile(r"^\[([A-Z]+)$")


@dataclass
class NerSentence:
    """Running text and its gold entities as ``(start, end, label)`` character offsets."""

    text: str
    entities: list[tuple[int, int, str]] = field(default_factory=list)


def join_tokens(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Newspaper text from corpus tokens, and each token's character span in it."""
    text = ""
    spans = []
    for i, token in enumerate(tokens):
        glued = i == 0 or _APOSTROPHE_SUFFIX.match(token) or token in _NO_SPACE_BEFORE
        if not glued and tokens[i - 1] not in _NO_SPACE_AFTER:
            text += " "
        spans.append((len(text), len(text) + len(token)))
        text += token
    return text, spans


def sentence_from_tags(tokens: list[str], tags: list[str]) -> NerSentence:
    """A sentence from tokens with BIO tags (``B-PERSON``, ``I-PERSON``, ``O``)."""
    text, spans = join_tokens(tokens)
    entities: list[tuple[int, int, str]] = []
    current: list | None = None  # [start, end, label] of the entity being read
    for (start, end), tag in zip(spans, tags):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and current is not None and current[2] == label:
            current[1] = end
            continue
        if current is not None:
            entities.append(tuple(current))
            current = None
        if prefix in ("B", "I"):  # an I- without its B- starts an entity too
            current = [start, end, label]
    if current is not None:
        entities.append(tuple(current))
    return NerSentence(text, entities)


def read_conll(path: str | Path) -> list[NerSentence]:
    """Sentences of a ``token TAB tag`` file with blank lines between sentences."""
    sentences = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in list(Path(path).read_text(encoding="utf-8").splitlines()) + [""]:
        if not line.strip():
            if tokens:
                sentences.append(sentence_from_tags(tokens, tags))
            tokens, tags = [], []
            continue
        token, _, tag = line.rstrip("\n").rpartition("\t")
        tokens.append(token)
        tags.append(tag.strip() or "O")
    return sentences


def parse_bracketed_line(line: str) -> NerSentence:
    """One Milliyet line: ``[PER Helmut Kohl ] ile [LOC Almanya ] 'nın ...``."""
    tokens: list[str] = []
    tags: list[str] = []
    label = None
    first = False
    for piece in line.split():
        opening = _BRACKET_OPEN.match(piece)
        if opening:
            label, first = opening.group(1), True
        elif piece == "]" and label is not None:
            label = None
        else:
            tokens.append(piece)
            tags.append("O" if label is None else ("B-" if first else "I-") + label)
            first = False
    return sentence_from_tags(tokens, tags)


def read_bracketed(path: str | Path) -> list[NerSentence]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [parse_bracketed_line(line) for line in lines if line.strip()]


def read_corpus(path: str | Path, corpus_format: str = "auto", split: str = "dev") -> list[NerSentence]:
    """``corpus_format`` is ``conll``, ``bracketed``, ``news`` or ``auto`` (``.jsonl`` -> news,
    tab on the first line -> CoNLL, else bracketed); ``split`` picks the news set's part."""
    if corpus_format == "auto" and Path(path).suffix == ".jsonl":
        corpus_format = "news"
    if corpus_format == "news":
        from pipeline.ner.news_corpus import read_news_ner

        return read_news_ner(path, split)
    if corpus_format == "auto":
        with open(path, encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        corpus_format = "conll" if "\t" in first else "bracketed"
    if corpus_format == "conll":
        return read_conll(path)
    if corpus_format == "bracketed":
        return read_bracketed(path)
    raise ValueError(f"unknown corpus format {corpus_format!r}; use conll, bracketed, news or auto")


def load_ner_model(path: str | Path | None = None) -> Language:
    """The trained NER pipeline alone (``models/ner`` by default), without the extractor stages."""
    import pipeline.components  # noqa: F401  (registers trnews_token_norms, used by the model)
    from pipeline.resources import models_dir

    folder = Path(path) if path else models_dir() / "ner"
    if not (folder / "config.cfg").exists():
        raise FileNotFoundError(f"no spaCy pipeline in {folder} (train one: models/ner_recipe/train.py)")
    return spacy.load(folder)


def gold_token_spans(doc: Doc, entities: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Gold character spans widened to whole tokens of ``doc`` (``Almanya`` -> ``Almanya'nın``)."""
    spans = []
    for start, end, label in entities:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append((span.start, span.end, label))
    return spans


@dataclass
class EntityScores:
    """Counts of true positives, predictions and gold entities, per label."""

    correct: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)

    def add(self, predicted: set[tuple[int, int, str]], gold: set[tuple[int, int, str]]) -> None:
        for _, _, label in predicted:
            self.predicted[label] += 1
        for _, _, label in gold:
            self.gold[label] += 1
        for _, _, label in predicted & gold:
            self.correct[label] += 1

    @staticmethod
    def _prf(correct: int, predicted: int, gold: int) -> dict[str, float | int]:
        precision = correct / predicted if predicted else 0.0
        recall = correct / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": precision, "r": recall, "f": f1, "gold": gold, "predicted": predicted}

    def overall(self) -> dict[str, float | int]:
        return self._prf(sum(self.correct.values()), sum(self.predicted.values()), sum(self.gold.values()))

    def per_label(self) -> dict[str, dict[str, float | int]]:
        labels = sorted(set(self.gold) | set(self.predicted))
        return {label: self._prf(self.correct[label], self.predicted[label], self.gold[label]) for label in labels}

    def as_dict(self) -> dict:
        return {"overall": self.overall(), "per_label": self.per_label()}


def map_labels(
    spans: Iterable[tuple[int, int, str]], label_map: Mapping[str, str] | None
) -> set[tuple[int, int, str]]:
    """Spans with labels renamed by ``label_map``; labels missing from the map are dropped."""
    if label_map is None:
        return set(spans)
    return {(start, end, label_map[label]) for start, end, label in spans if label in label_map}


def score_corpus(
    nlp: Language,
    sentences: list[NerSentence],
    label_map: Mapping[str, str] | None = None,
    batch_size: int = 256,
) -> EntityScores:
    """Entity-level scores of ``nlp``'s ``doc.ents`` against the gold sentences.

    ``label_map`` (when given) renames both predicted and gold labels and drops the rest.
    """
    scores = EntityScores()
    docs = nlp.pipe((sentence.text for sentence in sentences), batch_size=batch_size)
    for sentence, doc in zip(sentences, docs):
        predicted = map_labels(((ent.start, ent.end, ent.label_) for ent in doc.ents), label_map)
        gold = map_labels(gold_token_spans(doc, sentence.entities), label_map)
        scores.add(predicted, gold)
    return scores


#: The extractor stages' entity types as OntoNotes labels (a city or region is a GPE here).
STAGE_LABELS: dict[str, str] = {
    "PERSON": "PERSON", "COUNTRY": "GPE", "LOCATION": "GPE", "ORGANIZATION": "ORG", "MISSION": "ORG",
}


def pipeline_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The whole pipeline's names as labelled character spans: every mention of the stages'
    entities (people, countries, places, organizations, missions), and the NER model's spans
    of the labels no stage gives (DATE, NORP, TITLE, ...) where they overlap no mention.

    On news the stages are far more precise than the model for names (README, model card), so
    their mentions replace the model's PERSON/GPE/LOC/ORG spans instead of being merged with them."""
    spans = [
        (mention.start, mention.end, STAGE_LABELS[entity.type])
        for entity in doc._.trnews_entities
        if entity.type in STAGE_LABELS
        for mention in entity.mentions
    ]
    taken = [(start, end) for start, end, _ in spans]
    # the model's own entities: the last stage keeps them in their span group (doc.ents then
    # holds the stages' mentions)
    for ent in doc.spans[MODEL_GROUP] if MODEL_GROUP in doc.spans else ():
        if ent.label_ in ("PERSON", "GPE", "LOC", "ORG"):
            continue
        if not any(ent.start_char < end and start < ent.end_char for start, end in taken):
            spans.append((ent.start_char, ent.end_char, ent.label_))
    return sorted(spans)


def score_pipeline(
    nlp: Language,
    sentences: list[NerSentence],
    label_map: Mapping[str, str] | None = None,
    context: int = 1,
) -> EntityScores:
    """Entity-level scores of the full pipeline (``pipeline_spans``) against the gold sentences.

    ``context`` consecutive sentences are read as one article (the stages link a later
    ``Kohl`` to an earlier ``Helmut Kohl``); each sentence is then scored on its own tokens."""
    scores = EntityScores()
    tokenizer = nlp.tokenizer
    for first in range(0, len(sentences), context):
        chunk = sentences[first : first + context]
        doc = nlp("\n".join(sentence.text for sentence in chunk))
        spans = pipeline_spans(doc)
        offset = 0
        for sentence in chunk:
            tokens = tokenizer(sentence.text)
            predicted = set()
            for start, end, label in spans:
                if offset <= start and end <= offset + len(sentence.text):
                    span = tokens.char_span(start - offset, end - offset, alignment_mode="expand")
                    if span is not None:
                        predicted.add((span.start, span.end, label))
            gold = map_labels(gold_token_spans(tokens, sentence.entities), label_map)
            scores.add(map_labels(predicted, label_map), gold)
            offset += len(sentence.text) + 1
    return scores


def format_scores(scores: EntityScores) -> str:
    """A plain-text table: overall, then one row per label."""
    rows = [("label", "P", "R", "F1", "gold", "pred")]
    for name, row in [("OVERALL", scores.overall()), *scores.per_label().items()]:
        numbers = [f"{row[key]:.3f}" for key in ("p", "r", "f")]
        rows.append((name, *numbers, str(row["gold"]), str(row["predicted"])))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) for row in rows)
