"""Records of every gold set as JSON Lines, for checking that a refactoring changes no output.

    python benchmarks/snapshot_records.py OUT_FOLDER [--ner] [--sets dev news ...]
    diff -r /tmp/before OUT_FOLDER     # no output: byte-identical

Writes one file per set (``dev.jsonl``, ``news.jsonl``, ``heldout-1.jsonl`` ... ``seed.jsonl``),
one record per article in file-name order, exactly as ``trnews extract`` would print it.
With ``--ner`` the pipeline runs with the trained NER model (files named ``*-ner.jsonl``), with
``--backend stanza`` on Stanza's analysis (``*-stanza.jsonl``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.resources import shared_dir

ROOT = Path(__file__).resolve().parent.parent
SHARED = shared_dir()
GOLD_SETS = {
    "dev": SHARED / "gold" / "dev",
    "news": SHARED / "gold" / "news",
    "heldout-1": ROOT / "benchmarks" / "gold" / "heldout-1",
    "heldout-2": ROOT / "benchmarks" / "gold" / "heldout-2",
    "heldout-3": ROOT / "benchmarks" / "gold" / "heldout-3",
}
SEED = {"id": "000_9d0671cc0d0ed214", "text_file": ROOT / "examples" / "seed.txt"}


def gold_rows(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        rows.append({"id": gold.get("id", path.stem), "text": gold["text"], "published": gold.get("published")})
    return rows


def all_sets(names: list[str] | None) -> dict[str, list[dict]]:
    sets = {name: gold_rows(folder) for name, folder in GOLD_SETS.items() if folder.is_dir()}
    sets["seed"] = [{"id": SEED["id"], "text": SEED["text_file"].read_text(encoding="utf-8"), "published": None}]
    return {name: rows for name, rows in sets.items() if not names or name in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder for the JSON Lines files (created)")
    parser.add_argument("--ner", action="store_true", help="with the trained NER model")
    parser.add_argument("--backend", default="spacy", choices=("spacy", "stanza"))
    parser.add_argument("--sets", nargs="*", help="only these sets (default: all)")
    args = parser.parse_args()

    import pipeline

    nlp = pipeline.load(backend=args.backend, ner=args.ner)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-ner" if args.ner else "") + ("-stanza" if args.backend == "stanza" else "")
    for name, rows in all_sets(args.sets).items():
        records = [pipeline.extract(row["text"], id=row["id"], published=row["published"], nlp=nlp) for row in rows]
        lines = [record.to_json() for record in records]
        (args.out / f"{name}{suffix}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{name}: {len(lines)} records")


if __name__ == "__main__":
    main()
