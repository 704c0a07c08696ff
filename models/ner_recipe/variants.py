"""Train several NER architectures side by side, one core each, under a time limit.

    python models/ner_recipe/variants.py --corpus training/ner_corpus --out training/variants \
        --seconds 440 [--only w64d2 base] [--pack 4]

Every variant is trained from scratch on ``news_train.spacy`` (Wiki NER train, its augmentation,
the templates and the news set's train part) with ``config.cfg`` (learning rate 0.001, batches
growing to 1,000 words) and averaged weights, until a deadline counted from the start (corpus
loading and initialization included). A second number of seconds adds a phase with
``finetune.cfg`` (learning rate 0.0003, 1,000-word batches) from the first phase's best checkpoint.
A time limit rather than a step count, because the variants differ in speed and the machine is
lent for a fixed time: a phase stops at its first update past its deadline and keeps its best
checkpoint on ``news_dev.spacy`` (Wiki NER dev plus the news set's dev part).

Then every variant's best model is scored on the two parts of ``news_dev.spacy`` and timed on its
texts (words per CPU second, one thread, best of 3 passes), together with ``models/ner`` for
comparison, each process on a core of its own. ``results.json`` holds the numbers; ``--pack N``
writes the N best models by dev F1 (and ``base``, the shipped architecture, never) as
``model-<name>.tar.gz``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

RECIPE = Path(__file__).resolve().parent
ROOT = RECIPE.parents[1]
sys.path.insert(0, str(ROOT))

WIKI_DEV_SENTENCES = 1000  # news_dev.spacy: Wiki NER dev first, then the news set's dev part
SEED = 14

ENCODE = "components.tok2vec.model.encode."
EMBED = "components.tok2vec.model.embed."
PARSER = "components.ner.model."


def arch(width: int, depth: int, hidden: int, **extra) -> dict:
    return {ENCODE + "width": width, ENCODE + "depth": depth, PARSER + "hidden_width": hidden, **extra}


VARIANTS: dict[str, dict] = {
    "base": arch(96, 3, 96),  # the architecture of models/ner 0.3.0, trained the same way
    "w64d2": arch(64, 2, 64),
    "w64d2s15": arch(64, 2, 64, **{"system.seed": 15}),
    "w64d2s16": arch(64, 2, 64, **{"system.seed": 16}),
    "w64d2p1": arch(64, 2, 64, **{PARSER + "maxout_pieces": 1}),
    "w64d2h48": arch(64, 2, 48),
    "w64d3": arch(64, 3, 64),
    "w64d2e2": arch(64, 2, 64, **{ENCODE + "maxout_pieces": 2}),
    "w48d2": arch(48, 2, 48),
    "w64d1": arch(64, 1, 64),
    "w80d2": arch(80, 2, 64),
    "w64d2half": arch(64, 2, 64, **{EMBED + "rows": [7500, 5000, 1000, 2500, 500]}),
    "w64d2nopre": arch(64, 2, 64, **{EMBED + "attrs": ["NORM", "LOWER", "SUFFIX", "SHAPE"], EMBED + "rows": [15000, 10000, 5000, 1000]}),
    "w64d2drop2": arch(64, 2, 64, **{"training.dropout": 0.2}),
}


# Continuations of a trained model (``--base``): finetune.cfg's averaged weights and 1,000-word
# batches, at a learning rate and with a seed of their own.
CONTINUATIONS: dict[str, dict] = {
    f"lr{rate}s{seed}": {"training.optimizer.learn_rate": rate / 10000, "system.seed": seed, "training.dropout": 0.2}
    for rate in (10, 6, 3) for seed in (14, 15, 16, 17, 18)
}


class TimeUp(Exception):
    """Raised by the deadline callback: the phase's time is over."""


def deadline_callback(deadline: float):
    def before_update(nlp, args: dict) -> None:
        if time.time() > deadline:
            raise TimeUp(f"deadline reached at step {args['step']}")

    return before_update


def train_phase(config_name: str, output: Path, overrides: dict, deadline: float) -> None:
    import pipeline.ner.lexicon_tags  # noqa: F401  (registers trnews_lexicon_tags and its architecture)
    import pipeline.ner.token_norms  # noqa: F401
    from spacy.cli.train import train
    from spacy.util import load_config, registry

    registry.callbacks.register("trnews.deadline.v1", func=lambda deadline: deadline_callback(deadline))
    config = load_config(RECIPE / config_name)
    config["training"]["before_update"] = {"@callbacks": "trnews.deadline.v1", "deadline": deadline}
    output.mkdir(parents=True, exist_ok=True)
    config_path = output / "train.cfg"
    config.to_disk(config_path)
    try:
        train(config_path, output, overrides=overrides)
    except TimeUp as stop:
        print(f"{output.name}: {stop}", flush=True)


def train_variant(name: str, corpus: Path, work: Path, deadlines: list[float], base: Path | None = None) -> None:
    corpora = {"paths.train": str(corpus / "news_train.spacy"), "paths.dev": str(corpus / "news_dev.spacy")}
    if base is not None:
        overrides = {**corpora, "paths.base": str(base), "training.max_steps": 100000, "training.eval_frequency": 200}
        train_phase("finetune.cfg", work / name / "phase1", {**overrides, **CONTINUATIONS[name]}, deadlines[0])
        return
    first = {
        **corpora,
        "training.max_steps": 100000,
        "training.eval_frequency": 250,
        "training.batcher.size.compound": 1.002,  # 1,000-word batches from about step 1,150
        "training.optimizer.use_averages": True,  # the checkpoints keep the moving average
        **VARIANTS[name],
    }
    train_phase("config.cfg", work / name / "phase1", first, deadlines[0])
    if len(deadlines) < 2:
        return
    base = work / name / "phase1" / "model-best"
    if not base.exists():  # stopped before its first evaluation
        base = base.with_name("model-last")
    second = {
        **corpora,
        "paths.base": str(base),
        "training.max_steps": 100000,
        "training.eval_frequency": 100,
        **{key: value for key, value in VARIANTS[name].items() if not key.startswith("components.")},
    }
    train_phase("finetune.cfg", work / name / "phase2", second, deadlines[1])


def best_model(work: Path, name: str) -> Path:
    """The better of the two phases' best checkpoints by their dev F1."""
    scored = []
    for phase in ("phase2", "phase1"):
        meta = work / name / phase / "model-best" / "meta.json"
        if meta.exists():
            scored.append((json.loads(meta.read_text())["performance"].get("ents_f", 0.0), meta.parent))
    if not scored:  # stopped before its first evaluation
        last = work / name / "phase1" / "model-last"
        if not last.exists():
            raise FileNotFoundError(f"no checkpoint for {name}")
        return last
    return max(scored, key=lambda item: item[0])[1]


def measure(model: Path, corpus: Path) -> dict:
    """F1 on the two parts of news_dev.spacy and words per CPU second on its texts."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    import pipeline.ner.lexicon_tags  # noqa: F401  (not pipeline.components: the stages need more packages)
    import pipeline.ner.token_norms  # noqa: F401

    nlp = spacy.load(model)
    gold = list(DocBin().from_disk(corpus / "news_dev.spacy").get_docs(nlp.vocab))
    parts = {"wiki_dev": gold[:WIKI_DEV_SENTENCES], "news_dev": gold[WIKI_DEV_SENTENCES:]}
    result = {"model": str(model)}
    for part, docs in parts.items():
        scores = nlp.evaluate([Example(nlp.make_doc(doc.text), doc) for doc in docs])
        result[part] = round(scores["ents_f"] or 0.0, 4)  # None when the part has no entities
        per_type = scores["ents_per_type"] or {}
        result[part + "_per_type"] = {label: round(s["f"], 4) for label, s in per_type.items()}
    texts = [doc.text for doc in gold]
    words = sum(len(text.split()) for text in texts)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        best = min(best, time.process_time() - start)
    result["words_per_cpu_second"] = round(words / best)
    return result


def run_all(args: argparse.Namespace) -> None:
    names = args.only or list(CONTINUATIONS if args.base else VARIANTS)
    args.out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"}
    cores = os.cpu_count() or 1

    def spawn(index: int, *command: str) -> subprocess.Popen:
        pin = ["taskset", "-c", str(index % cores)] if cores > 1 else []
        return subprocess.Popen([*pin, sys.executable, __file__, *command], env=env)

    started = time.time()
    deadlines = [str(started + sum(args.seconds[: i + 1])) for i in range(len(args.seconds))]
    jobs = [spawn(i, "--train-one", name, "--corpus", str(args.corpus), "--out", str(args.out), "--deadlines", *deadlines,
                  *(["--base", str(args.base)] if args.base else []))
            for i, name in enumerate(names)]
    for job in jobs:
        job.wait()
    models = {name: None for name in names} | {"shipped": ROOT / "models" / "ner"}
    jobs = []
    for i, name in enumerate(models):
        model = models[name] or _best_or_none(args.out, name)
        if model is not None:
            target = args.out / f"measure-{name}.json"
            jobs.append(spawn(i, "--measure-one", str(model), "--corpus", str(args.corpus), "--to", str(target)))
    for job in jobs:
        job.wait()
    results = {}
    for name in models:
        target = args.out / f"measure-{name}.json"
        if target.exists():
            results[name] = json.loads(target.read_text())
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps({n: {k: v for k, v in r.items() if not k.endswith("per_type")} for n, r in results.items()}, indent=1))
    ranked = sorted((n for n in results if n not in ("shipped", "base")),
                    key=lambda n: -(results[n]["wiki_dev"] + results[n]["news_dev"]))
    for name in ranked[: args.pack]:
        pack(Path(results[name]["model"]), args.pack_dir / f"model-{name}.tar.gz")


def _best_or_none(work: Path, name: str) -> Path | None:
    try:
        return best_model(work, name)
    except FileNotFoundError:
        return None


def pack(model: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(target, "w:gz") as archive:
        archive.add(model, arcname=target.name.removesuffix(".tar.gz"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "variants")
    parser.add_argument("--seconds", type=float, nargs="+", default=[440.0],
                        help="phase 1 ends this long after the start; a second number: phase 2 runs that much longer")
    parser.add_argument("--only", nargs="*", choices=sorted(VARIANTS) + sorted(CONTINUATIONS))
    parser.add_argument("--base", type=Path, default=None, help="continue this model (CONTINUATIONS) instead")
    parser.add_argument("--pack", type=int, default=0, help="archive the N best models")
    parser.add_argument("--pack-dir", type=Path, default=None)
    parser.add_argument("--deadlines", type=float, nargs="+", default=None, help="(internal) phase ends, epoch seconds")
    parser.add_argument("--train-one", default=None)
    parser.add_argument("--measure-one", type=Path, default=None)
    parser.add_argument("--to", type=Path, default=None)
    args = parser.parse_args()
    args.pack_dir = args.pack_dir or args.out
    if args.train_one:
        train_variant(args.train_one, args.corpus, args.out, args.deadlines, args.base)
    elif args.measure_one:
        args.to.write_text(json.dumps(measure(args.measure_one, args.corpus), indent=2) + "\n")
    else:
        run_all(args)


if __name__ == "__main__":
    main()
