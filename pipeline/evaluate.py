"""Scoring records against gold files (``shared/spec/gold-format.md``), field by field.

Scores are micro-averaged over all articles: true positives, system items and gold items
are summed per field before precision, recall and F1 are taken.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pipeline.schema import Record
from pipeline.lang.tr.text import fold_for_matching

FIELDS = ("persons", "person_titles", "countries", "missions", "organizations", "money", "topics", "dates")
MONEY_TOLERANCE = 0.005
_TOPIC_PUNCTUATION = re.compile(r"[^\w\s]")
_TOPIC_STOPWORDS = {"ve", "ile"}


@dataclass
class Counts:
    true_positives: int = 0
    system: int = 0
    gold: int = 0

    def add(self, true_positives: int, system: int, gold: int) -> None:
        self.true_positives += true_positives
        self.system += system
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.true_positives / self.system if self.system else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else (1.0 if not self.system else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    fields: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in FIELDS})
    approximate_correct: int = 0
    approximate_total: int = 0
    articles: int = 0

    @property
    def approximate_accuracy(self) -> float:
        return self.approximate_correct / self.approximate_total if self.approximate_total else 1.0

    def as_dict(self) -> dict[str, Any]:
        table = {
            name: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.true_positives,
                   "system": c.system, "gold": c.gold}
            for name, c in self.fields.items()
        }
        return {"articles": self.articles, "fields": table, "money_approximate_accuracy": self.approximate_accuracy}


def load_gold(directory: Path) -> list[dict[str, Any]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))]


def score_article(record: Record, gold: dict[str, Any], scores: Scores) -> None:
    scores.articles += 1
    by_type: dict[str, list] = {}
    for entity in record.entities:
        by_type.setdefault(entity.type, []).append(entity)

    people = by_type.get("PERSON", [])
    system_names = {fold_for_matching(p.name) for p in people}
    gold_names = {fold_for_matching(p["name"]) for p in gold["persons"]}
    scores.fields["persons"].add(*_set_counts(system_names, gold_names))
    system_pairs = {(fold_for_matching(p.name), fold_for_matching(t.title)) for p in people for t in p.titles or []}
    gold_pairs = {(fold_for_matching(p["name"]), fold_for_matching(t)) for p in gold["persons"] for t in p["titles"]}
    scores.fields["person_titles"].add(*_set_counts(system_pairs, gold_pairs))

    system_countries = {e.iso2 for e in by_type.get("COUNTRY", []) if e.iso2}
    scores.fields["countries"].add(*_set_counts(system_countries, set(gold["countries"])))

    for name, entity_type in (("missions", "MISSION"), ("organizations", "ORGANIZATION")):
        system_names_of = [_entity_names(e) for e in by_type.get(entity_type, [])]
        scores.fields[name].add(*_alias_counts(system_names_of, gold[name]))

    _score_money(record, gold["money"], scores)
    scores.fields["topics"].add(*_set_counts(_topic_words(t.text for t in record.topics), _topic_words(gold["topics"])))
    system_dates = {d.value for d in record.dates if d.value}
    scores.fields["dates"].add(*_set_counts(system_dates, set(gold["dates"])))


def _set_counts(system: set, gold: set) -> tuple[int, int, int]:
    return len(system & gold), len(system), len(gold)


def _entity_names(entity) -> set[str]:
    names = {entity.name, entity.acronym, entity.name_en}
    return {fold_for_matching(n) for n in names if n}


def _alias_counts(system: list[set[str]], gold: list[dict[str, Any]]) -> tuple[int, int, int]:
    """One-to-one matching: a system entity matches a gold one sharing any name or alias."""
    gold_names = [{fold_for_matching(n) for n in [g["name"], *g.get("aliases", [])]} for g in gold]
    unmatched = list(range(len(gold_names)))
    true_positives = 0
    for names in system:
        hit = next((i for i in unmatched if names & gold_names[i]), None)
        if hit is not None:
            unmatched.remove(hit)
            true_positives += 1
    return true_positives, len(system), len(gold)


def _score_money(record: Record, gold: list[dict[str, Any]], scores: Scores) -> None:
    unmatched = list(range(len(gold)))
    true_positives = 0
    for money in record.money:
        hit = next((i for i in unmatched if _same_money(money.amount, money.currency, gold[i])), None)
        if hit is None:
            continue
        unmatched.remove(hit)
        true_positives += 1
        scores.approximate_total += 1
        scores.approximate_correct += money.approximate == bool(gold[hit].get("approximate"))
    scores.fields["money"].add(true_positives, len(record.money), len(gold))


def _same_money(amount: float, currency: str | None, gold: dict[str, Any]) -> bool:
    expected = gold["amount"]
    close = abs(amount - expected) <= MONEY_TOLERANCE * abs(expected) if expected else amount == 0
    return close and currency == gold["currency"]


def _topic_words(phrases: Iterable[str]) -> set[str]:
    """Content words of topic phrases, each folded and cut to its first five letters."""
    result = set()
    for phrase in phrases:
        for word in _TOPIC_PUNCTUATION.sub(" ", fold_for_matching(phrase)).split():
            if word not in _TOPIC_STOPWORDS:
                result.add(word[:5])
    return result


def format_table(scores: Scores) -> str:
    lines = [f"{'field':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'sys':>6}{'gold':>6}"]
    for name, c in scores.fields.items():
        lines.append(f"{name:<15}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.true_positives:>6}{c.system:>6}{c.gold:>6}")
    lines.append(f"money approximate accuracy: {scores.approximate_accuracy:.3f} ({scores.approximate_total} matched)")
    lines.append(f"articles: {scores.articles}")
    return "\n".join(lines)
