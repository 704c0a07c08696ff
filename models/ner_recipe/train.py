"""Rebuild models/ner from /work/shared/data: prepare the corpus, train, copy the best model.

Run from the repository root:

    python models/ner_recipe/train.py            # training/ner_corpus, training/ner_model
    python models/ner_recipe/train.py --install  # then copy model-best to models/ner

Seeds are fixed (prepare.SEED, [system] seed in config.cfg). Training uses the CPU; set
OMP_NUM_THREADS/OPENBLAS_NUM_THREADS to limit threads. The "trnews_token_norms" factory comes
from the `pipeline` package, imported here before spaCy builds the pipeline.
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

import pipeline  # noqa: E402,F401  (registers trnews_token_norms)
from spacy.cli.train import train  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=ROOT / "training")
    parser.add_argument("--install", action="store_true", help="copy model-best to models/ner afterwards")
    parser.add_argument("--skip-prepare", action="store_true")
    parser.add_argument("--config", type=Path, default=RECIPE / "config.cfg", help="config.cfg or finetune.cfg")
    parser.add_argument("--output", type=Path, default=None, help="default: WORK/ner_model")
    parser.add_argument("overrides", nargs="*", help="config overrides, e.g. training.max_steps=2000")
    args = parser.parse_args()
    corpus = args.work / "ner_corpus"
    if not args.skip_prepare:
        subprocess.run([sys.executable, str(RECIPE / "prepare.py"), "--out", str(corpus)], check=True, cwd=ROOT)
    overrides = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "dev.spacy")}
    for item in args.overrides:
        key, _, value = item.partition("=")
        is_json = value[:1] in "0123456789[{-\"" or value in ("true", "false", "null")
        overrides[key] = json.loads(value) if is_json else value
    output = args.output or args.work / "ner_model"
    train(args.config, output, overrides=overrides)
    if args.install:
        target = ROOT / "models" / "ner"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(output / "model-best", target)
        describe(target)
        print(f"installed {output / 'model-best'} -> {target}")


def describe(model: Path) -> None:
    """Name, licence and sources in the model's meta.json (it is derived from CC BY-SA data)."""
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="trnews_ner",
        version="0.1.0",
        license="CC BY-SA 4.0",
        description="Turkish NER (19 OntoNotes labels) for trnews; trained on Turkish Wiki NER. See models/README.md.",
        sources=[{"name": "Turkish Wiki NER (Altinok 2023)", "license": "CC BY-SA 4.0"}],
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
