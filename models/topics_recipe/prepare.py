"""Write the topics tagger's corpora: paragraphs of real news with their agenda items as BILUO tags.

    python models/topics_recipe/prepare.py --raw /work/extra/pages-raw --out training/topics_corpus

Texts come from ``../shared`` (news-raw) and the pages folder (``--raw``); the project keeps only
ids and offsets. Train: the topics corpus' train split, the read pages pools 1-6, pools 8 and 9
(meeting reports collected and annotated for topics only, to train this model) and the read
names held-out sets' topics; paragraphs without an item are sampled (``balanced``). Dev: the topics corpus' dev split and pages pool 7. The topics test
split, its kept half, ``topics_heldout_2`` and every pages held-out set are never read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from spacy.training import offsets_to_biluo_tags  # noqa: E402

from pipeline.resources import shared_dir  # noqa: E402

REAL = ROOT / "benchmarks" / "real"
LABEL = "TOPIC"
SEED = 1
#: paragraphs without an item kept per paragraph with one (train only): the corpus holds about
#: thirteen times as many, and a tagger trained on all of them learned to say little
NEGATIVES_PER_POSITIVE = 3
PARAGRAPH = re.compile(r"[^\n]+")
TRAIN_POOLS = ["pages-pool.jsonl", *(f"pages-pool-{n}.jsonl" for n in (2, 3, 4, 5, 6, 8, 9, 10))]
DEV_POOLS = ["pages-pool-7.jsonl"]
READ_NAMES_SETS = ["names-heldout.jsonl", "names-heldout-2.jsonl"]


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (REAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def news_text(article_id: str) -> str:
    return json.loads((shared_dir() / "data" / "news-raw" / f"{article_id}.json").read_text(encoding="utf-8"))["text"]


def page_text(raw: Path, article_id: str) -> str:
    return json.loads((raw / f"{article_id}.json").read_text(encoding="utf-8"))["text"]


def articles(raw: Path, held_out: frozenset[str] = frozenset()) -> dict[str, list[tuple[str, str, list]]]:
    """split -> [(id, text, [[start, end], ...])]"""
    splits = json.loads((REAL / "splits.json").read_text(encoding="utf-8"))
    topic_split = splits["topics_split"]
    closed = set(splits["topics_test_kept"]) | set(splits["topics_heldout_2"])
    out: dict[str, list] = {"train": [], "dev": []}
    seen: set[str] = set()
    for row in rows("topics.jsonl"):
        split = topic_split.get(row["id"])
        if split in out and row["id"] not in closed:
            out[split].append((row["id"], news_text(row["id"]), row["topics"]))
            seen.add(row["id"])
    for name in READ_NAMES_SETS:
        for row in rows(name):
            if row["id"] in seen or row["id"] in closed or topic_split.get(row["id"]) != "train":
                continue  # a dev or test article of the topics corpus never trains
            out["train"].append((row["id"], news_text(row["id"]), row["gold"]["topics"]))
            seen.add(row["id"])
    for split, names in (("train", TRAIN_POOLS), ("dev", DEV_POOLS)):
        for name in names:
            out[split] += [(row["id"], page_text(raw, row["id"]), row["gold"]["topics"]) for row in rows(name)]
    out["train"] = [article for article in out["train"] if article[0] not in held_out]
    return out


def paragraph_docs(nlp, text: str, items: list) -> list:
    docs = []
    for match in PARAGRAPH.finditer(text):
        start, end = match.span()
        if not match.group().strip():
            continue
        doc = nlp.make_doc(match.group())
        spans = [(max(s, start) - start, min(e, end) - start, LABEL) for s, e in items if s < end and e > start]
        spans = [(s, e, label) for s, e, label in spans if e > s]
        ents = []
        for s, e, label in spans:
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is not None and all(span.start >= o.end or span.end <= o.start for o in ents):
                ents.append(span)
        doc.ents = sorted(ents, key=lambda span: span.start)
        tags = offsets_to_biluo_tags(doc, [(e.start_char, e.end_char, LABEL) for e in doc.ents], missing="O")
        for token, tag in zip(doc, tags):
            token.tag_ = tag
        docs.append(doc)
    return docs


def balanced(docs: list) -> list:
    """Every paragraph with an item, and NEGATIVES_PER_POSITIVE times as many without (seeded)."""
    positive = [doc for doc in docs if doc.ents]
    negative = [doc for doc in docs if not doc.ents]
    random.Random(SEED).shuffle(negative)
    return positive + negative[: NEGATIVES_PER_POSITIVE * len(positive)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, required=True, help="the pages texts' folder")
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "topics_corpus")
    parser.add_argument("--hold-out", type=Path, help="a file of article ids kept out of train (a fold)")
    args = parser.parse_args()
    held_out = frozenset(args.hold_out.read_text().split()) if args.hold_out else frozenset()
    nlp = spacy.blank("tr")
    args.out.mkdir(parents=True, exist_ok=True)
    for split, found in articles(args.raw, held_out).items():
        docs = [doc for _, text, items in found for doc in paragraph_docs(nlp, text, items)]
        if split == "train":
            docs = balanced(docs)
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{split}.spacy")
        n_items = sum(len(doc.ents) for doc in docs)
        print(f"{split}: {len(found)} articles, {len(docs)} paragraphs, {n_items} items")


if __name__ == "__main__":
    main()
