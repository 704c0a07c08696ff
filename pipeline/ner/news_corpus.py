"""The news NER set (``benchmarks/real/ner-news.jsonl``) read as sentences with entities.

Each line annotates one real article of ``../shared/data/news-raw/`` by offsets only:
``{"id", "sentences": [[s, e], ...], "entities": [[s, e, "LABEL"], ...]}``, character offsets
into the article's ``text``, labels PERSON, ORG, GPE, LOC and TITLE. The texts are the outlets'
work and stay in ``../shared``: this module joins offsets and texts at training or scoring time.

The set is split by article, never by sentence (sentences of one article share names): an
article is in ``dev`` when the first byte of the SHA-1 of its id, read as a number from 0 to
255, is below ``DEV_SHARE`` of 256 (about 15%); every other article is in ``train``. The split
depends on the id alone, so adding articles never moves the old ones.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline.ner_eval import NerSentence
from pipeline.resources import shared_dir

#: The labels the news set annotates; the other Wiki NER labels are not marked in it.
NEWS_LABELS = ("PERSON", "ORG", "GPE", "LOC", "TITLE")
DEV_SHARE = 0.15
SPLITS = ("train", "dev", "all")


def split_of(article_id: str) -> str:
    """``dev`` for about 15% of the articles, chosen by a hash of the id; else ``train``."""
    first_byte = hashlib.sha1(article_id.encode("utf-8")).digest()[0]
    return "dev" if first_byte < DEV_SHARE * 256 else "train"


def article_sentences(annotation: dict, text: str) -> list[NerSentence]:
    """The annotated sentences of one article, entity offsets made relative to each sentence.

    Entities are kept as the annotators wrote them, also those that end inside a token
    (``Ankara`` in ``Ankara'da`` is fine; a suffix glued without an apostrophe too): the
    consumers widen them to whole tokens (``alignment_mode="expand"``)."""
    sentences = []
    for start, end in annotation["sentences"]:
        entities = [
            (ent_start - start, ent_end - start, label)
            for ent_start, ent_end, label in annotation["entities"]
            if start <= ent_start and ent_end <= end
        ]
        sentences.append(NerSentence(text[start:end], sorted(entities)))
    return sentences


def read_news_ner(path: str | Path, split: str = "all", raw_dir: str | Path | None = None) -> list[NerSentence]:
    """The sentences of the articles of ``split`` (``train``, ``dev`` or ``all``), in file order."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    raw = Path(raw_dir) if raw_dir else shared_dir() / "data" / "news-raw"
    sentences: list[NerSentence] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        annotation = json.loads(line)
        if split != "all" and split_of(annotation["id"]) != split:
            continue
        article = json.loads((raw / f"{annotation['id']}.json").read_text(encoding="utf-8"))
        sentences.extend(article_sentences(annotation, article["text"]))
    return sentences
