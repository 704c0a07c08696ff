"""Agreement between two annotations of the same articles, scored like `trnews eval`.

    python benchmarks/real/agreement.py benchmarks/real/agreement-gold-news.jsonl ../shared/gold/news

The first file holds this project's annotations (ids and labels, topics as offsets into the
texts of the second folder); the second folder holds gold-format files, the reference. The
project's annotators worked blind (no system output, no reference gold), so the table says how
closely an annotator following `gold-format.md` agrees with the reference: the ceiling a set
annotated the same way can show, and where its conventions differ.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace

from pipeline.evaluate import Scores, format_table, load_gold, score_article


def as_record(gold: dict, text: str) -> SimpleNamespace:
    """An annotation in the shape `score_article` reads from a pipeline record."""
    entities = [SimpleNamespace(type="PERSON", name=p["name"], titles=[SimpleNamespace(title=t) for t in p["titles"]])
                for p in gold["persons"]]
    entities += [SimpleNamespace(type="COUNTRY", iso2=code) for code in gold["countries"]]
    for field, entity_type in (("missions", "MISSION"), ("organizations", "ORGANIZATION")):
        # the scorer reads three names of an entity (name, acronym, English name): the first
        # three names of an annotated entity (82 of 84 in agreement-gold-news.jsonl have no more)
        for entity in gold[field]:
            names = [entity["name"], *entity.get("aliases", []), None, None]
            entities.append(SimpleNamespace(type=entity_type, name=names[0], acronym=names[1], name_en=names[2]))
    return SimpleNamespace(
        entities=entities,
        money=[SimpleNamespace(amount=m["amount"], currency=m["currency"], approximate=m["approximate"])
               for m in gold["money"]],
        topics=[SimpleNamespace(text=text[start:end]) for start, end in gold["topics"]],
        dates=[SimpleNamespace(value=d) for d in gold["dates"]],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("annotations", type=Path)
    parser.add_argument("reference", type=Path, help="folder of gold-format files")
    args = parser.parse_args()
    reference = {article["id"]: article for article in load_gold(args.reference)}
    scores = Scores()
    for row in args.annotations.read_text(encoding="utf-8").splitlines():
        line = json.loads(row)
        article = reference[line["id"]]
        score_article(as_record(line["gold"], article["text"]), article["gold"], scores)
    print(format_table(scores))


if __name__ == "__main__":
    main()
