"""Topics on the train and dev splits of the topics corpus, by split and by five folds.

    python benchmarks/real/topics_folds.py

A rule change that helps one fold and no other is fitted to that fold's articles; one that
helps across folds is a mechanism. Never reads the test split of ``topics_split`` nor the
articles of ``names_heldout`` (they are left out of train and dev here too), so the numbers
differ from ``score.py --topics-split dev``, which includes the latter. Prints word-level
P/R/F1 (as ``trnews eval``) and how many articles without an agenda got any topic.
"""

from __future__ import annotations

import hashlib
import json

from materialize import DEFAULT_RAW, HERE, gold_record, load_splits

from pipeline.api import extract, load
from pipeline.evaluate import Scores, score_article

FOLDS = 5


def fold_of(article_id: str) -> int:
    return int(hashlib.md5(article_id.encode()).hexdigest(), 16) % FOLDS


def main() -> None:
    splits = load_splits()
    held_out = set(splits["names_heldout"])
    nlp = load()
    groups: dict[str, tuple[Scores, list[int]]] = {}
    for row in (HERE / "topics.jsonl").read_text(encoding="utf-8").splitlines():
        line = json.loads(row)
        split = splits["topics_split"][line["id"]]
        if split not in ("train", "dev") or line["id"] in held_out:
            continue
        gold = gold_record(line, DEFAULT_RAW)
        record = extract(gold["text"], id=gold["id"], published=gold["published"], nlp=nlp)
        for name in (split, f"fold {fold_of(line['id'])}"):
            scores, without = groups.setdefault(name, (Scores(), [0, 0]))
            score_article(record, gold["gold"], scores)
            if not gold["gold"]["topics"]:
                without[0] += 1
                without[1] += bool(record.topics)
    for name in sorted(groups):
        scores, (without, with_topics) = groups[name]
        counts = scores.fields["topics"]
        print(f"{name:7s} P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f}  "
              f"without an agenda, with topics: {with_topics} of {without}")


if __name__ == "__main__":
    main()
