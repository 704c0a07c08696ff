"""Would a trained statement gate help the topics rules? Cross-validated by article.

    python benchmarks/real/topics_gate_cv.py

The gate of issue 16's round 12 (not shipped, ``docs/notes/issue-16.md``): a logistic regression
scores each sentence holding a cue word of ``data/topic_cues.tsv`` as an agenda statement or not
(features: the sentence's stem keys and key bigrams, the cues found in it raw and as the rules
resolved them, headline, paragraph, length, how many sentences of the article hold a resolved
cue); the gate drops the items of a rule statement whose sentence it rates below a threshold.

Five folds by article over the train and dev splits of the topics corpus (``topics_folds.fold_of``;
never the test split, never ``names_heldout`` nor ``names_heldout_3_final``): each fold is gated
by a model trained on the other four, and the pooled topics scores of the rules alone and of the
rules with the gate are printed for each threshold, with the articles without an agenda that get
a topic. Training is full-batch gradient descent from zero weights, so every run prints the same.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field

import numpy as np
from materialize import DEFAULT_RAW, HERE, gold_record, load_splits
from topics_folds import FOLDS, fold_of

from pipeline.api import extract, load
from pipeline.evaluate import Scores, score_article

THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
EPOCHS = 300
STEP = 5.0  #: gradient step of the weights (the bias takes a tenth of it)
L2 = 1.0


@dataclass
class Article:
    id: str
    gold: dict
    gold_topics: list[tuple[int, int]]
    gold_statements: list[tuple[int, int]]
    record: object = None
    #: every body sentence of the topics stage: (start, end, features) when it holds a cue word
    sentences: list[tuple[int, int, list[str]]] = field(default_factory=list)
    #: the rule statements with items: (sentence start, sentence end)
    statements: list[tuple[int, int]] = field(default_factory=list)


def overlaps(start: int, end: int, spans) -> bool:
    return any(start < e and s < end for s, e in spans)


def sentence_features(sentence, raw: list, found: list) -> list[str]:
    keys = [token.key for token in sentence.tokens]
    features = ["k=" + key for key in keys] + ["b=" + a + "_" + b for a, b in zip(keys, keys[1:])]
    features += [f"r={cue.role}/{cue.case}/{cue.list}/{cue.needs_meeting}" for cue in raw]
    features += [f"f={f.cue.role}/{f.cue.case}/{f.cue.list}/{f.cue.needs_meeting}" for f in found]
    features += ["fk=" + " ".join(t.key for t in sentence.tokens[f.first : f.last]) for f in found]
    features += ["found" if found else "no_found", f"head={sentence.headline}",
                 f"par={min(sentence.paragraph, 4)}", f"len={min(len(keys) // 10, 5)}"]
    return features


def read_articles() -> list[Article]:
    """The allowed articles with the rule statements of the topics stage, read by wrapping its finder."""
    splits = load_splits()
    never = set(splits["names_heldout"]) | set(splits["names_heldout_3_final"])
    nlp = load()
    finder = nlp.get_pipe("trnews_topics").finder
    find_items, find_cues = finder._items, finder.cues.find
    current: list[Article] = []

    def items_of(text, sentence, region, cue, previous):
        items = find_items(text, sentence, region, cue, previous)
        if items:
            current[-1].statements.append((sentence.start, sentence.end))
        return items

    def cues_of(text, text_words, sentences):
        found = find_cues(text, text_words, sentences)
        raw = sorted((m.start, finder.cues.cues[m.key]) for m in finder.cues.matcher.find(text, text_words))
        starts = [start for start, _ in raw]
        article = current[-1]
        count = sum(bool(f) for f in found)
        for sentence, found_here in zip(sentences, found):
            low = bisect.bisect_left(starts, sentence.tokens[0].start)
            high = bisect.bisect_right(starts, sentence.tokens[-1].start)
            if low < high:
                features = sentence_features(sentence, [cue for _, cue in raw[low:high]], found_here)
                article.sentences.append((sentence.start, sentence.end, features + [f"art={min(count, 4)}"]))
        return found

    finder._items, finder.cues.find = items_of, cues_of
    articles = []
    for row in (HERE / "topics.jsonl").read_text(encoding="utf-8").splitlines():
        line = json.loads(row)
        if splits["topics_split"][line["id"]] not in ("train", "dev") or line["id"] in never:
            continue
        gold = gold_record(line, DEFAULT_RAW)
        current.append(Article(line["id"], gold["gold"], line["topics"], line["statements"]))
        current[-1].record = extract(gold["text"], id=gold["id"], published=gold["published"], nlp=nlp)
        articles.append(current[-1])
    finder._items, finder.cues.find = find_items, find_cues
    return articles


class Gate:
    """Logistic regression over the sentence features; the vocabulary is the training set's."""

    def __init__(self, examples: list[tuple[list[str], bool]]) -> None:
        self.vocabulary: dict[str, int] = {}
        rows, columns = [], []
        for number, (features, _) in enumerate(examples):
            for feature in sorted(set(features)):
                rows.append(number)
                columns.append(self.vocabulary.setdefault(feature, len(self.vocabulary)))
        rows, columns = np.array(rows), np.array(columns)
        truth = np.array([label for _, label in examples], dtype=float)
        self.weights, self.bias = np.zeros(len(self.vocabulary)), 0.0
        for _ in range(EPOCHS):
            scores = np.bincount(rows, weights=self.weights[columns], minlength=len(truth)) + self.bias
            error = self._sigmoid(scores) - truth
            gradient = np.bincount(columns, weights=error[rows], minlength=len(self.weights)) + L2 * self.weights
            self.weights -= STEP * gradient / len(truth)
            self.bias -= STEP / 10 * error.mean()

    @staticmethod
    def _sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def probability(self, features: list[str]) -> float:
        known = [self.vocabulary[f] for f in sorted(set(features)) if f in self.vocabulary]
        return float(self._sigmoid(self.weights[known].sum() + self.bias))


def examples_of(articles: list[Article]) -> list[tuple[list[str], bool]]:
    return [
        (features, overlaps(start, end, article.gold_statements))
        for article in articles
        for start, end, features in article.sentences
    ]


def gated_record(article: Article, gate: Gate, threshold: float):
    low = [(s, e) for s, e, features in article.sentences
           if (s, e) in article.statements and gate.probability(features) < threshold]
    topics = [t for t in article.record.topics if not overlaps(t.start, t.end, low)]
    return article.record.model_copy(update={"topics": topics})


def main() -> None:
    articles = read_articles()
    gates = {}
    for fold in range(FOLDS):
        gate = Gate(examples_of([a for a in articles if fold_of(a.id) != fold]))
        gates.update({a.id: gate for a in articles if fold_of(a.id) == fold})
    print(f"{len(articles)} articles, {len(examples_of(articles))} sentences with a cue word")
    print("threshold | topics P / R / F1 | without an agenda, with topics")
    for threshold in THRESHOLDS:
        scores, without, with_topics = Scores(), 0, 0
        for article in articles:
            record = gated_record(article, gates[article.id], threshold)
            score_article(record, article.gold, scores)
            without += not article.gold_topics
            with_topics += not article.gold_topics and bool(record.topics)
        counts = scores.fields["topics"]
        name = "rules only" if threshold == 0 else f"gate {threshold:.1f}"
        print(f"{name:10s} | {counts.precision:.3f} / {counts.recall:.3f} / {counts.f1:.3f} "
              f"| {with_topics} of {without}")
    false_statements = [
        round(gates[a.id].probability(features), 2)
        for a in articles
        for s, e, features in a.sentences
        if (s, e) in a.statements
        and not any(overlaps(t.start, t.end, a.gold_topics) for t in a.record.topics if s <= t.start < e)
    ]
    print("gate's probability of the rule statements with no gold item:", sorted(false_statements))
    print_sentence_level(articles, gates)


def print_sentence_level(articles: list[Article], gates: dict[str, Gate]) -> None:
    """Which sentences with a cue word are agenda statements: the rules (items found) against the
    model alone at 0.5, and the model's probabilities of the gold statements the rules missed."""
    counts = {"rules": [0, 0, 0], "model": [0, 0, 0]}
    missed = []
    for article in articles:
        for start, end, features in article.sentences:
            gold = overlaps(start, end, article.gold_statements)
            probability = gates[article.id].probability(features)
            for name, said in (("rules", (start, end) in article.statements), ("model", probability >= 0.5)):
                counts[name][0] += gold and said
                counts[name][1] += said and not gold
                counts[name][2] += gold and not said
            if gold and (start, end) not in article.statements:
                missed.append(round(probability, 2))
    for name, (hits, false, misses) in counts.items():
        print(f"sentences, {name}: P {hits / (hits + false):.3f} R {hits / (hits + misses):.3f} "
              f"F1 {2 * hits / (2 * hits + false + misses):.3f}")
    print("model's probability of the statement sentences the rules gave no item:", sorted(missed))


if __name__ == "__main__":
    main()
