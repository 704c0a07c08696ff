"""The treebank name sets of ``benchmarks/real`` (BOUN and IMST sentences, gold names by id):
one line per sentence of each treebank half, in the gold format's shapes, so that the scorer
reads every sentence and nothing else. The sentences come from ``../shared/data/ud``."""

import json
import re
from pathlib import Path

import pytest

from pipeline.resources import shared_dir

REAL = Path(__file__).resolve().parent.parent / "benchmarks" / "real"
TREEBANKS = {"boun": "UD_Turkish-BOUN/tr_boun-ud-{split}.conllu", "imst": "UD_Turkish-IMST/tr_imst-ud-{split}.conllu"}
FIELDS = {"persons", "countries", "missions", "organizations", "money", "dates"}


def sentence_ids(treebank: str, split: str) -> list[str]:
    path = shared_dir() / "data" / "ud" / TREEBANKS[treebank].format(split=split)
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return [f"{split}/{line.split('= ', 1)[1].strip()}" for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# sent_id = ")]


def annotation_lines(treebank: str) -> list[dict]:
    return [json.loads(line) for line in (REAL / f"{treebank}-names.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("treebank", sorted(TREEBANKS))
def test_every_sentence_of_both_halves_has_one_line_in_treebank_order(treebank):
    assert [line["id"] for line in annotation_lines(treebank)] == sentence_ids(treebank, "dev") + sentence_ids(treebank, "test")


@pytest.mark.parametrize("treebank", sorted(TREEBANKS))
def test_each_line_holds_the_gold_formats_fields_and_shapes(treebank):
    for line in annotation_lines(treebank):
        gold = line["gold"]
        assert set(gold) == FIELDS, line["id"]
        assert all(set(p) == {"name", "titles"} for p in gold["persons"]), line["id"]
        assert all(set(o) == {"name", "aliases"} for o in gold["organizations"] + gold["missions"]), line["id"]
        assert all(re.fullmatch(r"[A-Z]{2}", code) for code in gold["countries"]), line["id"]
        assert all(re.fullmatch(r"[A-Z]{3}", m["currency"]) and m["amount"] > 0 for m in gold["money"]), line["id"]
        assert all(re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date) for date in gold["dates"]), line["id"]
