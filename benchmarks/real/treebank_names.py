"""Score the name fields on single sentences of the UD Turkish treebanks BOUN and IMST.

    python benchmarks/real/treebank_names.py --split test                   # BOUN's held-out half
    python benchmarks/real/treebank_names.py --treebank imst --split test   # IMST's
    python benchmarks/real/treebank_names.py --split dev --errors           # a read half, with each sentence's differences

Each sentence of ``../shared/data/ud/UD_Turkish-BOUN`` (news, essays, popular science,
biographies, instructions; CC BY-SA 4.0) or ``UD_Turkish-IMST`` (news and novels; CC BY-NC-SA
4.0, evaluation only) is run as an article of its own, with no publication date.
``boun-names.jsonl`` and ``imst-names.jsonl`` hold the blind annotations (`{"id": "dev/bio_9",
"gold": {...}}`: persons with titles, countries, missions, organizations, money and dates whose
year the sentence states; topics were not annotated and are left out of the table). The texts
are read from ``../shared`` at run time; the annotations keep only normalized labels.

The `test` halves are held out: ``--errors`` refuses them, so that they are read only through
their totals.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from pipeline.api import extract, load
from pipeline.evaluate import Scores, format_table, score_article
from pipeline.resources import shared_dir

HERE = Path(__file__).resolve().parent
TREEBANKS = {"boun": shared_dir() / "data" / "ud" / "UD_Turkish-BOUN" / "tr_boun-ud-{split}.conllu",
             "imst": shared_dir() / "data" / "ud" / "UD_Turkish-IMST" / "tr_imst-ud-{split}.conllu"}
EMPTY_GOLD = {"persons": [], "countries": [], "missions": [], "organizations": [], "money": [], "topics": [], "dates": []}
NAME_FIELDS = ("persons", "person_titles", "organizations", "countries")


def sentences(split: str, treebank: str = "boun") -> dict[str, str]:
    """``{"dev/bio_9": text}`` for the sentences of one treebank split, from their ``# text`` lines."""
    texts, sentence_id = {}, None
    for line in Path(str(TREEBANKS[treebank]).format(split=split)).read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sentence_id = line.split("= ", 1)[1].strip()
        elif line.startswith("# text = "):
            texts[f"{split}/{sentence_id}"] = line.split("= ", 1)[1]
    return texts


def annotations(split: str, path: Path) -> list[dict]:
    rows = [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]
    return [row for row in rows if row["id"].startswith(f"{split}/")]


def genre(sentence_id: str) -> str:
    """BOUN's genre (``bio``, ``ess``, ``ins``, ``news``, ``pop``); IMST's ids carry none."""
    part = sentence_id.split("/", 1)[1].rsplit("_", 1)[0]
    return "all" if part.isdigit() else part


def record_names(record) -> dict:
    """The record's name fields in the gold format's shape (for printing differences)."""
    persons = sorted((e.name, tuple(t.title for t in e.titles or [])) for e in record.entities if e.type == "PERSON")
    organizations = sorted(e.name for e in record.entities if e.type == "ORGANIZATION")
    countries = sorted(e.iso2 for e in record.entities if e.type == "COUNTRY" and e.iso2)
    return {"persons": persons, "organizations": organizations, "countries": countries}


def gold_names(gold: dict) -> dict:
    return {"persons": sorted((p["name"], tuple(p["titles"])) for p in gold["persons"]),
            "organizations": sorted(o["name"] for o in gold["organizations"]), "countries": sorted(gold["countries"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--treebank", choices=tuple(TREEBANKS), default="boun")
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--ner", action="store_true", help="with the trained NER model")
    parser.add_argument("--errors", action="store_true", help="print each sentence whose names differ (dev only)")
    args = parser.parse_args()
    if args.errors and args.split == "test":
        raise SystemExit("the test half is held out: score it, do not read it")
    texts, nlp = sentences(args.split, args.treebank), load(ner=args.ner)
    total, by_genre = Scores(), defaultdict(Scores)
    for row in annotations(args.split, HERE / f"{args.treebank}-names.jsonl"):
        gold = dict(EMPTY_GOLD, **row["gold"])
        record = extract(texts[row["id"]], id=f"{args.treebank}-{row['id'].replace('/', '-')}", published=None, nlp=nlp)
        score_article(record, gold, total)
        score_article(record, gold, by_genre[genre(row["id"])])
        if args.errors and record_names(record) != gold_names(gold):
            print(f"{row['id']}: {texts[row['id']]}\n  system {record_names(record)}\n  gold   {gold_names(gold)}")
    del total.fields["topics"]
    print(f"UD Turkish {args.treebank.upper()}, {args.split} half, one sentence an article{' (--ner)' if args.ner else ''}:")
    print(format_table(total))
    print("F1 by genre:\n  " + f"{'genre':<6}" + "".join(f"{name:>15}" for name in NAME_FIELDS))
    for name, scores in sorted(by_genre.items()):
        print(f"  {name:<6}" + "".join(f"{scores.fields[f].f1:>15.3f}" for f in NAME_FIELDS)
              + f"   ({scores.articles} sentences)")


if __name__ == "__main__":
    main()
