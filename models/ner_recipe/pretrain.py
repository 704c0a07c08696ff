"""Optional: pretrain the NER model's tok2vec on raw Turkish text (``spacy pretrain``).

    OMP_NUM_THREADS=1 python models/ner_recipe/pretrain.py --epochs 8
    OMP_NUM_THREADS=1 python models/ner_recipe/train.py paths.init_tok2vec=training/ner_pretrain/model7.bin

The raw text is what ``../shared/data`` allows for a shipped model: the sentences of Turkish
Wiki NER ``train`` (not dev or test) and of UD Turkish-BOUN (CC BY-SA 4.0), about 285,000
words. The objective is spaCy's character objective (predict the first and last four letters
of each word from the tok2vec output). The reader below runs the model's own first stages
(``trnews_token_norms``, ``trnews_lexicon_tags``) on every sentence, so that the tok2vec learns
on the same features it is trained and run on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable, Iterator

RECIPE = Path(__file__).resolve().parent
ROOT = RECIPE.parents[1]
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

import pipeline.components  # noqa: E402,F401  (registers the model's stages)
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.util import load_config, registry  # noqa: E402

from pipeline.ner_eval import read_conll  # noqa: E402


def raw_sentences() -> list[str]:
    sentences = [sentence.text for sentence in read_conll(SHARED / "ner" / "turkish-wiki-ner" / "train.conll")]
    for path in sorted((SHARED / "ud" / "UD_Turkish-BOUN").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                sentences.append(line[len("# text = "):].strip())
    return sentences


@registry.readers("trnews.PretrainText.v1")
def pretrain_text(path: str) -> Callable[[Language], Iterator[Doc]]:
    """One line of ``path`` a sentence, run through the model's stages before the tok2vec."""
    texts = Path(path).read_text(encoding="utf-8").splitlines()

    def read(nlp: Language) -> Iterator[Doc]:
        stages = [nlp.get_pipe(name) for name in ("trnews_token_norms", "trnews_lexicon_tags")]
        for text in texts:
            doc = nlp.make_doc(text)
            for stage in stages:
                doc = stage(doc)
            yield doc

    return read


def main() -> None:
    from spacy.training.pretrain import pretrain

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "ner_pretrain")
    parser.add_argument("--epochs", type=int, default=8)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    raw = args.out / "raw.txt"
    raw.write_text("\n".join(raw_sentences()) + "\n", encoding="utf-8")
    config = load_config(RECIPE / "config.cfg", overrides={"paths.train": "", "paths.dev": ""}, interpolate=True)
    config["corpora"]["pretrain"] = {"@readers": "trnews.PretrainText.v1", "path": str(raw)}
    config["pretraining"]["max_epochs"] = args.epochs
    pretrain(config, args.out, use_gpu=-1, silent=False)


if __name__ == "__main__":
    main()
