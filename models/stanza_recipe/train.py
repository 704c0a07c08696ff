"""Rebuild ``models/stanza/``: a small Turkish Stanza model trained on UD Turkish-BOUN.

Only BOUN's dev and test splits are available to the project (``shared/data/ud``), so the
model is TRAINED ON BOUN DEV (every tenth sentence held out for early stopping) and
evaluated on BOUN test (``evaluate.py``). IMST is never used: its licence is
non-commercial. Everything runs on CPU with fixed seeds; run from the repository root:

    python models/stanza_recipe/train.py                    # all processors, one after another
    python models/stanza_recipe/train.py --only tokenize    # one processor (run several in parallel)
    python models/stanza_recipe/evaluate.py                 # scores on BOUN test

Intermediate files and logs go to ``training/stanza/`` (ignored by git). The finished
models are laid out as Stanza lays out its own downloads, so that one loading path serves
both: ``models/stanza/tr/<processor>/trnews_boun.pt`` plus a ``resources.json`` naming them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ``shared/`` sits beside the checkout (a worktree may sit one level deeper)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "data").is_dir()), ROOT.parent / "shared")
UD_DIR = SHARED / "data" / "ud" / "UD_Turkish-BOUN"
WORK_DIR = ROOT / "training" / "stanza"
MODEL_DIR = ROOT / "models" / "stanza"
SHORTHAND = "tr_boun"
PACKAGE = "trnews_boun"  # the package name under which resources.json lists the models
SEED = 1234
HELDOUT_EVERY = 10  # every tenth sentence of BOUN dev is held out for early stopping

# Sized so that each processor trains in 10-20 minutes on one CPU thread.
# fmt: off
TRAINING_ARGS: dict[str, list[str]] = {
    "tokenize": ["--steps", "1500", "--eval_steps", "250", "--batch_size", "32", "--max_seqlen", "300"],
    "mwt": ["--num_epoch", "30", "--batch_size", "50"],
    "lemma": ["--num_epoch", "20", "--batch_size", "50", "--no_pos"],
    "pos": ["--no_pretrain", "--max_steps", "4400", "--eval_interval", "400", "--batch_size", "32", "--num_layers", "1",
            "--hidden_dim", "100", "--char_hidden_dim", "100", "--char_emb_dim", "50", "--word_emb_dim", "50",
            "--deep_biaff_hidden_dim", "100", "--composite_deep_biaff_hidden_dim", "50", "--transformed_dim", "50"],
}
# fmt: on
TRAINER_MODULES = {
    "tokenize": "stanza.models.tokenizer",
    "mwt": "stanza.models.mwt_expander",
    "lemma": "stanza.models.lemmatizer",
    "pos": "stanza.models.tagger",
}


def split_sentences(conllu: Path) -> list[str]:
    """The sentence blocks of a CoNLL-U file, each with its comment lines and a final newline."""
    blocks = conllu.read_text(encoding="utf-8").strip().split("\n\n")
    return [block.strip("\n") + "\n" for block in blocks if block.strip()]


def prepare_data(ud_dir: Path, work_dir: Path) -> dict[str, Path]:
    """Train/held-out CoNLL-U files from BOUN dev, plus the tokenizer's text and label files."""
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    data_dir = work_dir / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    sentences = split_sentences(ud_dir / "tr_boun-ud-dev.conllu")
    splits = {
        "train": [s for i, s in enumerate(sentences) if i % HELDOUT_EVERY != HELDOUT_EVERY - 1],
        "heldout": [s for i, s in enumerate(sentences) if i % HELDOUT_EVERY == HELDOUT_EVERY - 1],
    }
    files: dict[str, Path] = {}
    for split, blocks in splits.items():
        conllu = files[f"{split}.conllu"] = data_dir / f"{SHORTHAND}.{split}.conllu"
        conllu.write_text("\n".join(blocks) + "\n", encoding="utf-8")
        text = files[f"{split}.txt"] = data_dir / f"{SHORTHAND}.{split}.txt"
        conllu_to_text.convert_text(str(conllu), str(text))
        labels = files[f"{split}.toklabels"] = data_dir / f"{SHORTHAND}.{split}.toklabels"
        mwt = files[f"{split}.mwt.json"] = data_dir / f"{SHORTHAND}.{split}.mwt.json"
        prepare_tokenizer_data.main([str(text), str(conllu), "-o", str(labels), "-m", str(mwt)])
    print(f"prepared {len(splits['train'])} training and {len(splits['heldout'])} held-out sentences", flush=True)
    return files


def data_args(processor: str, files: dict[str, Path]) -> list[str]:
    if processor == "tokenize":
        return [
            "--txt_file", str(files["train.txt"]), "--label_file", str(files["train.toklabels"]),
            "--mwt_json_file", str(files["train.mwt.json"]),
            "--dev_txt_file", str(files["heldout.txt"]), "--dev_label_file", str(files["heldout.toklabels"]),
            "--dev_conll_gold", str(files["heldout.conllu"]),
        ]  # fmt: skip
    heldout = str(files["heldout.conllu"])
    predicted = str(WORK_DIR / f"{processor}.heldout.pred.conllu")
    args = ["--train_file", str(files["train.conllu"]), "--eval_file", heldout, "--output_file", predicted]
    return args + (["--gold_file", heldout] if processor == "mwt" else [])


def train(processor: str, files: dict[str, Path], threads: int) -> Path:
    save_dir = WORK_DIR / "saved"
    save_dir.mkdir(parents=True, exist_ok=True)
    save_name = f"{processor}.pt"
    command = [
        sys.executable, "-m", TRAINER_MODULES[processor], "--mode", "train",
        *([] if processor == "lemma" else ["--lang", "tr"]), "--shorthand", SHORTHAND, "--seed", str(SEED), "--cpu",
        "--save_dir", str(save_dir), "--save_name", save_name,
        *data_args(processor, files), *TRAINING_ARGS[processor],
    ]  # fmt: skip
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads), PYTHONHASHSEED="0")
    print("running:", " ".join(command), flush=True)
    subprocess.run(command, check=True, env=env)
    return save_dir / save_name


def install(saved: Path, processor: str) -> None:
    target = MODEL_DIR / "tr" / processor / f"{PACKAGE}.pt"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(saved, target)
    print(f"{processor}: {target} ({target.stat().st_size / 1e6:.1f} MB)", flush=True)
    write_resources()


def write_resources() -> None:
    """The ``resources.json`` of Stanza's model folders, listing the processors installed so far."""
    installed = sorted(p.name for p in (MODEL_DIR / "tr").iterdir() if (p / f"{PACKAGE}.pt").exists())
    processors = {p: PACKAGE for p in installed}
    turkish = {"lang_name": "Turkish", "default_processors": processors, "packages": {"default": processors}}
    turkish.update({p: {PACKAGE: {}} for p in installed})
    text = json.dumps({"tr": turkish}, indent=2, sort_keys=True) + "\n"
    (MODEL_DIR / "resources.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud-dir", type=Path, default=UD_DIR, help="folder with tr_boun-ud-dev.conllu")
    parser.add_argument("--only", choices=list(TRAINER_MODULES), action="append", help="train only these")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads per trainer")
    args = parser.parse_args(argv)
    files = prepare_data(args.ud_dir, WORK_DIR)
    for processor in args.only or list(TRAINER_MODULES):
        install(train(processor, files, args.threads), processor)


if __name__ == "__main__":
    main()
