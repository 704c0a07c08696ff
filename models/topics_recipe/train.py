"""Rebuild models/topics: prepare the corpus, train the tagger, install it.

Run from the repository root (CPU, one thread; about 5 minutes):

    OMP_NUM_THREADS=1 python models/topics_recipe/train.py --raw PAGES_FOLDER --install

1. ``prepare.py`` writes ``training/topics_corpus/{train,dev}.spacy`` (paragraphs with BILUO
   tags of their agenda items; see its docstring for the sources and the splits).
2. spaCy trains ``tagger.cfg`` for STEPS steps (seed in the config) -> ``training/topics_model``.
3. ``--install`` copies the best checkpoint on dev (entity F1 of the items) to ``models/topics``
   with its string store cut to the tag labels (``prune_strings``): spaCy saves every string of
   the training texts there, which the model does not need (its embeddings hash the words) and
   which the project does not ship.

The pages texts are not in ``../shared``: ``--raw`` is the folder of their
``{id, source, published, category, text}`` files (``benchmarks/real/pages-sources.jsonl``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

RECIPE = Path(__file__).resolve().parent
ROOT = RECIPE.parents[1]
sys.path.insert(0, str(ROOT))

import pipeline.components  # noqa: E402,F401  (registers the model's factories and its encoder)
import spacy  # noqa: E402
from spacy.cli.train import train  # noqa: E402

STEPS = 4000
CORPUS = ROOT / "training" / "topics_corpus"
OUTPUT = ROOT / "training" / "topics_model"
INSTALLED = ROOT / "models" / "topics"


META = {
    "name": "trnews_topics",
    "version": "0.1.0",
    "license": "MIT",
    "description": (
        "Agenda-item tagger for trnews: word stems, suffixes, shapes and the agenda cues of trnews data/ lists as "
        "features, a bidirectional LSTM (thinc, no PyTorch) and one softmax over BILUO tags of TOPIC per token; trained "
        "on real Turkish news annotated for the project (ids and offsets in benchmarks/real). See models/README.md."
    ),
}


def write_meta(folder: Path) -> None:
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta.update(META)
    (folder / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def prune_strings(folder: Path) -> None:
    """Keep only the head's tag labels in the saved string store; the predictions are the same."""
    labels = sorted(spacy.load(folder).get_pipe("ner").labels)
    (folder / "vocab" / "strings.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, required=True, help="the pages texts' folder")
    parser.add_argument("--install", action="store_true", help="copy the best checkpoint to models/topics")
    args = parser.parse_args()
    subprocess.run([sys.executable, str(RECIPE / "prepare.py"), "--raw", str(args.raw), "--out", str(CORPUS)], check=True)
    overrides = {
        "paths.train": str(CORPUS / "train.spacy"),
        "paths.dev": str(CORPUS / "dev.spacy"),
        "training.max_steps": STEPS,
    }
    train(RECIPE / "tagger.cfg", OUTPUT, overrides=overrides)
    if args.install:
        shutil.rmtree(INSTALLED, ignore_errors=True)
        shutil.copytree(OUTPUT / "model-best", INSTALLED)
        prune_strings(INSTALLED)
        write_meta(INSTALLED)
        print(f"installed {INSTALLED}")


if __name__ == "__main__":
    main()
