"""The share of agenda items that get a taxonomy label, on the real-news corpus.

    python benchmarks/real/topics_labels.py --split train          # gold and system items of topics.jsonl's train split
    python benchmarks/real/topics_labels.py --split dev --list     # ... and the items left without a label
    python benchmarks/real/topics_labels.py --file names-heldout.jsonl --split all
    python benchmarks/real/topics_labels.py --articles read        # system items of every read news-raw article

Two shares: of the GOLD items of an annotation file's split (each item's text goes through the
taxonomy matcher the topics stage uses, ``pipeline.topics.taxonomy.Taxonomy.concepts_in``),
and of the SYSTEM items the pipeline finds in the same articles. ``--articles read`` measures
the system items of every news-raw article outside the held-out lists of ``splits.json``
(``topics_test_kept``, ``names_heldout_3_kept``, ``topics_heldout_2``); it has no gold.
``--list`` prints the unlabelled items (text of the outlets: on the terminal only, never in
the repository); it is refused on unread splits (kept, test, all of topics.jsonl, a topics
held-out file).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from materialize import DEFAULT_RAW, HERE, gold_record, in_split, load_splits

from pipeline.api import extract, load

HELD_OUT = ("topics_test_kept", "names_heldout_3_kept", "topics_heldout_2")


class Share:
    def __init__(self, name: str) -> None:
        self.name, self.items, self.labelled, self.unlabelled = name, 0, 0, []

    def add(self, article_id: str, text: str, labels: list[str]) -> None:
        self.items += 1
        self.labelled += bool(labels)
        if not labels:
            self.unlabelled.append((article_id, text))

    def line(self) -> str:
        share = self.labelled / self.items if self.items else 0.0
        return f"{self.name}: {self.labelled} of {self.items} items labelled ({share:.1%})"


def read_articles(raw: Path) -> list[dict]:
    """Every news-raw article outside the held-out lists."""
    splits = load_splits()
    held_out = {article_id for key in HELD_OUT for article_id in splits[key]}
    paths = sorted(p for p in raw.glob("*.json") if p.stem not in held_out)
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def annotated(annotations: Path, split: str, raw: Path) -> list[dict]:
    lines = [json.loads(row) for row in annotations.read_text(encoding="utf-8").splitlines() if row.strip()]
    return [gold_record(line, raw) for line in lines if in_split(line["id"], annotations, split)]


def unread(annotations: Path, split: str) -> bool:
    topics_file = annotations.name.startswith("topics")
    return split in ("kept", "test") or annotations.stem.startswith("topics-heldout") or (topics_file and split == "all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", default="topics.jsonl", help="an annotation file in this folder with gold topics")
    parser.add_argument("--split", default="train", help="train, dev, opened, kept, test or all (as score.py)")
    parser.add_argument("--articles", choices=["split", "read"], default="split",
                        help="split: the split's articles, with gold; read: every read news-raw article, system only")
    parser.add_argument("--list", action="store_true", help="print the unlabelled items (read splits only)")
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    args = parser.parse_args()
    annotations = HERE / args.file
    if args.list and args.articles == "split" and unread(annotations, args.split):
        parser.error(f"--list is for read splits only, not {args.file} {args.split}")
    nlp = load()
    taxonomy = nlp.get_pipe("trnews_topics").taxonomy
    shares: list[Share] = []
    if args.articles == "read":
        articles, title = read_articles(args.raw), "read news-raw articles"
    else:
        articles, title = annotated(annotations, args.split, args.raw), f"{args.file}, split {args.split}"
        gold = Share("gold items")
        for article in articles:
            for phrase in article["gold"]["topics"]:
                gold.add(article["id"], phrase, taxonomy.concepts_in(phrase))
        shares.append(gold)
    system = Share("system items")
    for article in articles:
        record = extract(article["text"], id=article["id"], published=article["published"], nlp=nlp)
        for topic in record.topics:
            system.add(article["id"], topic.text, topic.labels)
    shares.append(system)
    print(f"{title} ({len(articles)} articles)")
    for share in shares:
        print(share.line())
    if args.list:
        for share in shares:
            print(f"\nunlabelled {share.name}:")
            for article_id, text in share.unlabelled:
                print(f"{article_id}\t{text}")


if __name__ == "__main__":
    main()
