"""Score the pipeline on the real-news annotation sets, reading the texts from ../shared.

    python benchmarks/real/score.py                 # third names set's unread half (all fields) and topics test
    python benchmarks/real/score.py --names names-heldout.jsonl --topics-split dev
    python benchmarks/real/score.py --names pages-heldout.jsonl --names-split all --topics-split none --raw PAGES

Prints `trnews eval`'s table for a names held-out set (every field; by default the third,
`names-heldout-3.jsonl`: the first two were reported and are tuning sets since), the
topics row for the chosen split of the topics corpus, and how many of that split's articles
without an agenda got any topic. The gold files are built in a temporary folder and removed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from materialize import DEFAULT_RAW, HERE, gold_record, in_split

from pipeline.api import extract, load
from pipeline.evaluate import Scores, format_table, score_article


def gold_of(annotations: Path, split: str, raw: Path) -> list[dict]:
    lines = [json.loads(row) for row in annotations.read_text(encoding="utf-8").splitlines() if row.strip()]
    return [gold_record(line, raw) for line in lines if in_split(line["id"], annotations, split)]


def score(golds: list[dict], nlp) -> tuple[Scores, int, int]:
    scores, without_agenda, with_topics = Scores(), 0, 0
    for gold in golds:
        record = extract(gold["text"], id=gold["id"], published=gold["published"], nlp=nlp)
        score_article(record, gold["gold"], scores)
        if not gold["gold"]["topics"]:
            without_agenda += 1
            with_topics += bool(record.topics)
    return scores, without_agenda, with_topics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topics-split", default="kept", help="train, dev, test (= opened + kept), opened, kept, all or none (names set only)")
    parser.add_argument("--topics-file", default="topics.jsonl",
                        help="the topics set, a file in this folder (topics-heldout-2.jsonl: every split is test)")
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    parser.add_argument("--ner", action="store_true", help="with the trained NER model")
    parser.add_argument("--topic-model", action="store_true", help="with the trained topics tagger")
    parser.add_argument("--names", default="names-heldout-3.jsonl", help="the names set, a file in this folder")
    parser.add_argument("--names-split", default="kept",
                        help="all, train, test (= opened + kept), opened or kept (the third set: its tuning "
                             "half, and the two halves of its once unread half)")
    args = parser.parse_args()
    nlp = load(ner=args.ner, topic_model=args.topic_model)
    names, names_without, names_with_topics = score(gold_of(HERE / args.names, args.names_split, args.raw), nlp)
    print(f"names held-out set (benchmarks/real/{args.names}, split {args.names_split}), every field:")
    print(format_table(names))
    print(f"articles without an agenda that got a topic: {names_with_topics} of {names_without}")
    if args.topics_split == "none":
        return
    topics, without, with_topics = score(gold_of(HERE / args.topics_file, args.topics_split, args.raw), nlp)
    row = topics.fields["topics"]
    print(f"\ntopics corpus {args.topics_file}, {args.topics_split} split ({topics.articles} articles): "
          f"P {row.precision:.3f} R {row.recall:.3f} F1 {row.f1:.3f} (tp {row.true_positives}, "
          f"system {row.system}, gold {row.gold})")
    print(f"articles without an agenda that got a topic: {with_topics} of {without}")


if __name__ == "__main__":
    main()
