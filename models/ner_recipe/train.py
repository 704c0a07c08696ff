"""Rebuild models/ner from /work/shared/data: prepare the corpus, train two phases, install.

Run from the repository root (CPU, one thread):

    OMP_NUM_THREADS=1 python models/ner_recipe/train.py --install

1. ``prepare.py`` writes ``training/ner_corpus/{train,dev}.spacy`` (Wiki NER train with
   augmentation and templates; Wiki NER dev) and ``news_{train,dev}.spacy`` (the same plus the
   real-news NER set's train and dev parts).
2. Phase 1: ``config.cfg`` from scratch for PHASE1_STEPS steps -> ``training/ner_phase1``.
3. Phase 2: ``finetune.cfg`` continues from phase 1's best checkpoint (dev F1) with averaged
   weights and a lower learning rate for PHASE2_STEPS steps -> ``training/ner_model``
   (phases 1 and 2 built model 0.2.0; about 15 minutes on a free core).
4. Phase 3 (news): ``finetune.cfg`` again, from phase 2's best checkpoint, on
   ``news_train.spacy`` for PHASE3_STEPS steps, the best checkpoint chosen on Wiki NER dev plus
   the news dev part -> ``training/ner_news``.
5. ``--install`` copies the last phase's best checkpoint to ``models/ner`` and writes its meta.json.

``--head tagger`` trains the tagger-style model instead (``tagger.cfg``: a narrower tok2vec,
one softmax over BILUO tags per token, decoded by ``pipeline/ner/biluo_tagger.py``), several
times cheaper to run than the transition-based ``ner``: ``tagger_corpus.py`` adds the BILUO
tags to the corpora, and one phase trains from scratch on ``news_train`` (Wiki NER, templates
and the real-news set together) for TAGGER_STEPS steps, the best checkpoint chosen on
``news_dev``. (An annealing phase as phase 2 above scored the same; models/README.md.)

Seeds are fixed (``prepare.SEED``, ``[system] seed`` in the configs). ``--phase`` and config
overrides (``training.max_steps=2000``) are for experiments; ``--phase 3 --base models/ner``
runs the news phase from an existing phase-2 model. The ``trnews_token_norms`` and
``trnews_lexicon_tags`` factories come from ``pipeline.ner``, imported here before spaCy
builds the pipeline.
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

import pipeline.ner.biluo_tagger  # noqa: E402,F401  (registers trnews_biluo_tagger, the tagger-style head)
import pipeline.ner.lexicon_tags  # noqa: E402,F401  (registers trnews_lexicon_tags and its architecture)
import pipeline.ner.token_norms  # noqa: E402,F401  (registers trnews_token_norms)
from spacy.cli.train import train  # noqa: E402
from spacy.util import load_config  # noqa: E402

PHASE1_STEPS = 4000  # dev F1 stopped rising after about 4,000-5,000 steps (7 epochs)
PHASE2_STEPS = 500
PHASE2_LEARN_RATE = 0.0003
PHASE3_STEPS = 1500
PHASE3_LEARN_RATE = 0.0003
EVAL_FREQUENCY = {1: 500, 2: 250, 3: 250}
TAGGER_STEPS = 6000
PHASE_OUTPUT = {1: "ner_phase1", 2: "ner_model", 3: "ner_news"}


def parse_overrides(items: list[str]) -> dict:
    overrides = {}
    for item in items:
        key, _, value = item.partition("=")
        is_json = value[:1] in "0123456789[{-\"" or value in ("true", "false", "null")
        overrides[key] = json.loads(value) if is_json else value
    return overrides


def run_tagger_phase(work: Path, extra: dict) -> Path:
    """The tagger-style model's one phase, on the news corpus with BILUO tags."""
    corpus = work / "ner_corpus"
    overrides = {
        "paths.train": str(corpus / "news_train.biluo.spacy"),
        "paths.dev": str(corpus / "news_dev.biluo.spacy"),
        "training.eval_frequency": 500,
        "training.max_steps": TAGGER_STEPS,
        **extra,
    }
    output = work / "tagger"
    train(RECIPE / "tagger.cfg", output, overrides=overrides)
    return output


def run_phase(phase: int, work: Path, extra: dict, base: Path | None = None) -> Path:
    """Train one phase; ``base`` (phases 2 and 3) is the model it continues, by default the
    previous phase's best checkpoint."""
    corpus = work / "ner_corpus"
    news = "news_" if phase == 3 else ""
    overrides = {
        "paths.train": str(corpus / f"{news}train.spacy"),
        "paths.dev": str(corpus / f"{news}dev.spacy"),
        "training.eval_frequency": EVAL_FREQUENCY[phase],
    }
    output = work / PHASE_OUTPUT[phase]
    if phase == 1:
        config = RECIPE / "config.cfg"
        overrides["training.max_steps"] = PHASE1_STEPS
    else:
        config = RECIPE / "finetune.cfg"
        steps, learn_rate = (PHASE2_STEPS, PHASE2_LEARN_RATE) if phase == 2 else (PHASE3_STEPS, PHASE3_LEARN_RATE)
        overrides.update({
            "paths.base": str(base or work / PHASE_OUTPUT[phase - 1] / "model-best"),
            "training.max_steps": steps,
            "training.optimizer.learn_rate": learn_rate,
        })
    # Phase 2 sources its components from phase 1: architecture overrides only apply to phase 1.
    overrides.update({key: value for key, value in extra.items() if phase == 1 or not key.startswith("components.")})
    train(config, output, overrides=overrides)
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=ROOT / "training")
    parser.add_argument("--install", action="store_true", help="copy the final model-best to models/ner")
    parser.add_argument("--skip-prepare", action="store_true")
    parser.add_argument("--phase", choices=["1", "2", "3", "all"], default="all")
    parser.add_argument("--head", choices=["parser", "tagger"], default="parser",
                        help="the transition-based ner (config.cfg) or the tagger-style head (tagger.cfg)")
    parser.add_argument("--base", type=Path, default=None, help="model the first phase run continues (phase 2 or 3)")
    parser.add_argument("--prepare-args", default="", help="extra prepare.py arguments, e.g. '--news-copies 1'")
    parser.add_argument("overrides", nargs="*", help="config overrides, e.g. training.max_steps=2000")
    args = parser.parse_args()
    if not args.skip_prepare:
        out = args.work / "ner_corpus"
        command = [sys.executable, str(RECIPE / "prepare.py"), "--out", str(out), *args.prepare_args.split()]
        subprocess.run(command, check=True, cwd=ROOT)
    if args.head == "tagger":
        subprocess.run([sys.executable, str(RECIPE / "tagger_corpus.py"), str(args.work / "ner_corpus")], check=True)
        output = run_tagger_phase(args.work, parse_overrides(args.overrides))
    else:
        phases = [1, 2, 3] if args.phase == "all" else [int(args.phase)]
        for phase in phases:
            output = run_phase(phase, args.work, parse_overrides(args.overrides), args.base if phase == phases[0] else None)
    if args.install:
        target = ROOT / "models" / "ner"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(output / "model-best", target)
        describe(target, args.head)
        print(f"installed {output / 'model-best'} -> {target}")


def describe(model: Path, head: str) -> None:
    """Name, licence and sources in the model's meta.json (it is derived from CC BY-SA data);
    the training folders of this machine out of its config.cfg."""
    config = load_config(model / "config.cfg", interpolate=False)
    config["paths"] = {key: None for key in config["paths"]}
    config.to_disk(model / "config.cfg")
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="trnews_ner",
        version="0.4.0" if head == "tagger" else "0.3.0",
        license="CC BY-SA 4.0",
        description=(
            "Turkish NER (19 OntoNotes labels) for trnews: CNN tok2vec with lexicon-tag features from "
            "trnews data/ word lists"
            + (", a BILUO tagger head decoded into well-formed entities" if head == "tagger" else "")
            + "; trained on Turkish Wiki NER, news-style template sentences and "
            "trnews's real-news NER set (PERSON, ORG, GPE, LOC, TITLE). See models/README.md."
        ),
        sources=[
            {"name": "Turkish Wiki NER (Altinok 2023)", "license": "CC BY-SA 4.0"},
            {"name": "trnews real-news NER set (benchmarks/real/ner-news.jsonl: offsets into public news articles)"},
        ],
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
