"""Copy prepare.py's NER corpora with BILUO tags in ``token.tag_``, for a tagger-style head.

    python models/ner_recipe/tagger_corpus.py training/ner_corpus

For every ``*.spacy`` in the folder writes ``*.biluo.spacy`` beside it: the same Docs and
entities, each token's tag set to its BILUO tag (``B-PERSON`` ... ``O``), which spaCy's
``tagger`` learns and ``trnews_biluo_entities`` turns back into entities
(``tagger.cfg``). The entities stay on the Docs, so the pipeline is still scored on them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import offsets_to_biluo_tags


def tag_copy(source: Path, target: Path, vocab) -> int:
    docs = list(DocBin().from_disk(source).get_docs(vocab))
    for doc in docs:
        entities = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        for token, tag in zip(doc, offsets_to_biluo_tags(doc, entities, missing="O")):
            token.tag_ = tag
    DocBin(docs=docs, store_user_data=False).to_disk(target)
    return len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args()
    vocab = spacy.blank("tr").vocab
    for source in sorted(args.corpus.glob("*.spacy")):
        if source.name.endswith(".biluo.spacy"):
            continue
        target = source.with_name(source.name.replace(".spacy", ".biluo.spacy"))
        print(f"{source.name}: {tag_copy(source, target, vocab)} docs -> {target.name}")


if __name__ == "__main__":
    main()
