"""Turn the project's real-news annotations into gold-format files for `trnews eval`.

The annotations in this folder hold article ids and character offsets into the texts of
``../shared/data/news-raw`` (the texts are the outlets' work and never enter the project).
This script joins the two at evaluation time and writes one gold-format file per article
(``../shared/spec/gold-format.md``) into a folder outside the repository:

    python benchmarks/real/materialize.py benchmarks/real/topics.jsonl --split test -o /tmp/topics-test
    trnews eval /tmp/topics-test          # read the `topics` row: the other fields are not annotated there

Annotation lines (JSON Lines, one article a line, see README.md here):
- ``{"id", "topics": [[start, end], ...], "statements": [[start, end], ...]}`` (topics corpus);
- ``{"id", "gold": {gold-format fields, with "topics" as [[start, end], ...]}}`` (full gold).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from pipeline.resources import shared_dir

HERE = Path(__file__).resolve().parent
DEFAULT_RAW = shared_dir() / "data" / "news-raw"
EMPTY_GOLD = {"persons": [], "countries": [], "missions": [], "organizations": [], "money": [], "topics": [], "dates": []}


def load_splits() -> dict:
    return json.loads((HERE / "splits.json").read_text(encoding="utf-8"))


def split_of(article_id: str, annotation_file: Path) -> str:
    """The split an article belongs to for this annotation file (fixed up front in splits.json).

    The spent unread halves were halved again in round 13 (2026-12-06): `kept` stays unread for
    that round's report, `opened` is read for error analysis. `in_split` treats `test` as both.
    """
    splits = load_splits()
    if annotation_file.stem.startswith("pages-heldout"):
        # Excerpts of public news pages that are not in ../shared (benchmarks/real/README.md,
        # "pages"): the whole file is one held-out set.
        return "test"
    if annotation_file.stem.startswith("topics-heldout"):
        # A topics held-out file holds only its held-out articles (topics-heldout-2.jsonl ->
        # splits["topics_heldout_2"]), all of them unread until its report.
        return "test"
    if annotation_file.name.startswith("topics"):
        split = splits["topics_split"][article_id]
        if split == "test":
            return "kept" if article_id in splits["topics_test_kept"] else "opened"
        return split
    # names-heldout.jsonl -> splits["names_heldout"], names-heldout-3.jsonl -> splits["names_heldout_3"]
    key = annotation_file.stem.replace("-", "_")
    held_out = splits[key] if annotation_file.stem.startswith("names-heldout") else []
    if f"{key}_final" in splits:
        # The third set was scored once in full, then halved: its "train" half is read and tuned
        # on, its "test" half (`names_heldout_3_final`) was scored twice, then halved again.
        if article_id not in splits[f"{key}_final"]:
            return "train"
        return "kept" if article_id in splits[f"{key}_kept"] else "opened"
    return "test" if article_id in held_out else "train"


def in_split(article_id: str, annotation_file: Path, wanted: str) -> bool:
    """Whether an article is in the wanted split: `all`, a split name, or `test` (opened + kept)."""
    split = split_of(article_id, annotation_file)
    return wanted in ("all", split) or (wanted == "test" and split in ("opened", "kept"))


def gold_record(line: dict, raw_dir: Path) -> dict:
    article = json.loads((raw_dir / f"{line['id']}.json").read_text(encoding="utf-8"))
    text = article["text"]
    if "text_sha1" in line and hashlib.sha1(text.encode("utf-8")).hexdigest() != line["text_sha1"]:
        # The pages sets' texts live outside ../shared, in a folder the user collects: offsets
        # into a different copy of the page would score the wrong words.
        raise SystemExit(f"{line['id']}: the text in {raw_dir} is not the one annotated (SHA-1 differs)")
    gold = dict(EMPTY_GOLD)
    gold.update(line.get("gold", {}))
    spans = line["topics"] if "topics" in line else gold.get("topics", [])
    gold["topics"] = [text[start:end] for start, end in spans]
    return {"id": article["id"], "source": article["source"], "published": article["published"], "text": text, "gold": gold}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("annotations", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True, help="folder to write gold files into")
    parser.add_argument("--split", default="all", help="train, dev, test (= opened + kept), opened, kept or all")
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="the news-raw folder")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    written = 0
    for row in args.annotations.read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        line = json.loads(row)
        if not in_split(line["id"], args.annotations, args.split):
            continue
        record = gold_record(line, args.raw)
        (args.output / f"{line['id']}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
        written += 1
    print(f"{written} gold files in {args.output}")


if __name__ == "__main__":
    main()
