"""Score the model in ``models/stanza/`` on UD Turkish-BOUN test, from raw text.

The whole Stanza pipeline (tokenizer, mwt, pos, lemma: whatever the folder has) reads
the test sentences as plain text; the CoNLL 2018 shared task scorer compares its output
with the gold file. F1 of tokens, sentences, words, UPOS, UFeats and lemmas are printed
and written to ``models/stanza/scores.json``. Run from the repository root:

    python models/stanza_recipe/evaluate.py [--model-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout's ``pipeline``

from train import MODEL_DIR, UD_DIR, WORK_DIR  # the recipe's shared settings

from pipeline.backends.stanza_backend import make_stanza_pipeline

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas")


def evaluate(model_dir: Path, gold: Path) -> dict[str, float]:
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL
    from stanza.utils.datasets import conllu_to_text

    WORK_DIR.mkdir(parents=True, exist_ok=True)
    raw = WORK_DIR / "test.txt"
    conllu_to_text.convert_text(str(gold), str(raw))
    predicted = make_stanza_pipeline(model_dir)(raw.read_text(encoding="utf-8"))
    system = WORK_DIR / "test.pred.conllu"
    CoNLL.write_doc2conll(predicted, str(system))
    scores = ud_scores(str(gold), str(system))
    return {metric: round(scores[metric].f1 * 100, 2) for metric in METRICS}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--gold", type=Path, default=UD_DIR / "tr_boun-ud-test.conllu")
    args = parser.parse_args(argv)
    scores = evaluate(args.model_dir, args.gold)
    print("| " + " | ".join(scores) + " |")
    print("| " + " | ".join(f"{value:.2f}" for value in scores.values()) + " |")
    result = {"test_set": args.gold.name, "f1": scores}
    (args.model_dir / "scores.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
