"""Turn Turkish Wiki NER into spaCy training files aligned to the runtime tokenizer.

Run from the repository root:  python models/ner_recipe/prepare.py --out training/corpus

The CoNLL tokens are joined back into running text (``pipeline.ner_eval.join_tokens``) and
re-tokenized by ``spacy.blank("tr")``, the tokenizer the shipped pipeline runs; entity character
offsets are widened to whole runtime tokens. So the model learns the tokens it will see
(``Türkiye'nin`` is one token, ``ABD-Türkiye`` three).

Augmentation of the training split only (fixed seed), each a copy of a sentence:
- upper-case copies (news headlines are written in capitals),
- lower-case copies of a few sentences without entities' help (robustness, kept rare),
- typographic apostrophes (``Ankara’da`` beside ``Ankara'da``),
- sentences without their final full stop (news corpora often drop it),
- mention swaps: every entity replaced by another training mention of its label, keeping the
  original apostrophe suffix (``Adana'da`` -> ``Bursa'da``), so that the model learns contexts
  and word shapes rather than memorizing which names it saw (with ``--mention-swaps``),
- news-style sentences from templates (``news_templates.py``) filled with the countries, cities,
  organizations and offices of ``data/`` and person names (the training split's and pairs of
  the given-name and surname lists), offices written as TITLE.

For the news phase of the recipe (``train.py``, phase 3) it also writes ``news_train.spacy``: the
training Docs above plus ``--news-copies`` copies of the train part of the real-news NER set
(``benchmarks/real/ner-news.jsonl``, texts read from ``../shared``; ``news_set.py``), and
``news_dev.spacy``: Wiki NER dev plus the news set's dev part (15% of its articles, by id).

Gold spans lose punctuation tokens at their edges that belong to the sentence (``Çin,``).
Never reads the Milliyet test set or IMST.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for `pipeline`

from pipeline.ner_eval import NerSentence, read_conll  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_set import news_docs  # noqa: E402
from news_templates import Fillers, template_sentences  # noqa: E402
from pipeline.lang.tr.text import strip_apostrophe_suffix, turkish_lower, turkish_upper  # noqa: E402
from pipeline.ner.news_corpus import read_news_ner  # noqa: E402
from pipeline.resources import shared_dir  # noqa: E402

WIKI_NER = shared_dir() / "data" / "ner" / "turkish-wiki-ner"
NEWS_NER = Path(__file__).resolve().parents[2] / "benchmarks" / "real" / "ner-news.jsonl"
SEED = 13

UPPER_SHARE = 0.08
LOWER_SHARE = 0.02
CURLY_APOSTROPHE_SHARE = 0.3
NO_FULL_STOP_SHARE = 0.2
MENTION_SWAP_SHARE = 0.5
#: Labels of names, whose mentions are swapped; numbers and dates keep their words.
SWAPPED_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "TITLE", "LANGUAGE"}
TEMPLATE_SENTENCES = 10000
NEWS_COPIES = 3  # the news train part is about 3,400 sentences against 36,000 of Wiki NER and templates

_OPENING = {"(": ")", "[": "]", "«": "»", "“": "”"}
_CLOSING = {closing: opening for opening, closing in _OPENING.items()}


def trimmed(span: Span) -> Span | None:
    """The span without punctuation tokens at its edges that belong to the sentence, not the
    name: ``Brütii "`` -> ``Brütii``, ``Çin,`` -> ``Çin``; a bracket closed inside the span
    stays (``Rusya Futbol Federasyonu (RFF)``). ``None`` when nothing is left."""
    start, end = span.start, span.end
    doc = span.doc

    def balanced(i: int) -> bool:
        text = doc[i].text
        words = [token.text for token in doc[start:end]]
        if text in _OPENING:
            return _OPENING[text] in words
        if text in _CLOSING:
            return _CLOSING[text] in words
        return False

    while start < end and (doc[start].is_punct or doc[start].text == '"') and not balanced(start):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text == '"') and not balanced(end - 1):
        end -= 1
    return Span(doc, start, end, label=span.label) if end > start else None


def to_doc(nlp, sentence: NerSentence) -> Doc:
    """The sentence as a runtime-tokenized Doc with its entities on whole tokens."""
    doc = nlp.make_doc(sentence.text)
    spans = []
    taken: set[int] = set()
    for start, end, label in sentence.entities:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        span = trimmed(span) if span is not None else None
        if span is None or taken & set(range(span.start, span.end)):
            continue  # two gold entities inside one runtime token: keep the first
        taken |= set(range(span.start, span.end))
        spans.append(span)
    doc.ents = spans
    return doc


def _recased(sentence: NerSentence, case) -> NerSentence:
    # Turkish upper/lower case never changes a string's length, so the offsets stay valid.
    return NerSentence(case(sentence.text), list(sentence.entities))


def _curly(sentence: NerSentence) -> NerSentence:
    return NerSentence(sentence.text.replace("'", "’"), list(sentence.entities))


def _without_full_stop(sentence: NerSentence) -> NerSentence | None:
    if not sentence.text.endswith(".") or sentence.text.endswith(".."):
        return None
    text = sentence.text[:-1].rstrip()
    if any(end > len(text) for _, end, _ in sentence.entities):
        return None
    return NerSentence(text, list(sentence.entities))


def augmented(sentences: list[NerSentence], rng: random.Random) -> list[NerSentence]:
    extra = []
    for sentence in sentences:
        if rng.random() < UPPER_SHARE:
            extra.append(_recased(sentence, turkish_upper))
        if rng.random() < LOWER_SHARE:
            extra.append(_recased(sentence, turkish_lower))
        if "'" in sentence.text and rng.random() < CURLY_APOSTROPHE_SHARE:
            extra.append(_curly(sentence))
        if rng.random() < NO_FULL_STOP_SHARE:
            variant = _without_full_stop(sentence)
            if variant:
                extra.append(variant)
    return extra


def split_suffix(mention: str) -> tuple[str, str]:
    """``Adana'da`` -> (``Adana``, ``'da``); a mention without an apostrophe suffix keeps ``""``."""
    stem = strip_apostrophe_suffix(mention.split(" ")[-1])
    cut = len(mention) - len(mention.split(" ")[-1]) + len(stem)
    return (mention[:cut], mention[cut:]) if stem else (mention, "")


def mention_stems(sentences: list[NerSentence]) -> dict[str, list[str]]:
    """Every label's mentions without their apostrophe suffix, sorted (deterministic draws)."""
    stems: dict[str, set[str]] = {}
    for sentence in sentences:
        for start, end, label in sentence.entities:
            if label in SWAPPED_LABELS:
                stems.setdefault(label, set()).add(split_suffix(sentence.text[start:end])[0])
    return {label: sorted(values) for label, values in stems.items()}


def mention_swapped(sentence: NerSentence, stems: dict[str, list[str]], rng: random.Random) -> NerSentence:
    text, entities, done = "", [], 0
    for start, end, label in sorted(sentence.entities):
        mention = sentence.text[start:end]
        if label in SWAPPED_LABELS:
            mention = rng.choice(stems[label]) + split_suffix(mention)[1]
        text += sentence.text[done:start]
        entities.append((len(text), len(text) + len(mention), label))
        text += mention
        done = end
    return NerSentence(text + sentence.text[done:], entities)


def mention_swaps(sentences: list[NerSentence], rng: random.Random) -> list[NerSentence]:
    stems = mention_stems(sentences)
    return [mention_swapped(s, stems, rng) for s in sentences if s.entities and rng.random() < MENTION_SWAP_SHARE]


def person_names(sentences: list[NerSentence]) -> list[str]:
    """Two- and three-word PERSON mentions without suffixes, e.g. ``Recep Tayyip Erdoğan``."""
    names = set()
    for sentence in sentences:
        for start, end, label in sentence.entities:
            name = sentence.text[start:end]
            if label == "PERSON" and 2 <= len(name.split()) <= 3 and name.replace(" ", "").isalpha():
                names.add(name)
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("training/corpus"))
    parser.add_argument("--no-augment", action="store_true")
    parser.add_argument("--mention-swaps", action="store_true", help="add the mention-swap copies")
    parser.add_argument("--template-sentences", type=int, default=TEMPLATE_SENTENCES, help="news-style sentences to add")
    parser.add_argument("--news-copies", type=int, default=NEWS_COPIES, help="copies of the news train part (phase 3)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    nlp = spacy.blank("tr")
    args.out.mkdir(parents=True, exist_ok=True)

    train = original = read_conll(WIKI_NER / "train.conll")
    if not args.no_augment:
        variants = augmented(train, rng)  # first: the random draws happen in this order
        news = template_sentences(Fillers.from_data(person_names(train), rng), args.template_sentences, rng)
        # last, so that the draws above stay the same with or without swaps
        swaps = mention_swaps(original, rng) if args.mention_swaps else []
        train = train + variants + news + swaps
    rng.shuffle(train)
    corpora = {}
    for split, sentences in [("train", train), ("dev", read_conll(WIKI_NER / "dev.conll"))]:
        corpora[split] = DocBin(docs=(to_doc(nlp, s) for s in sentences))
        corpora[split].to_disk(args.out / f"{split}.spacy")
        print(f"{split}: {len(sentences)} sentences -> {args.out / f'{split}.spacy'}")
    for split, copies in [("train", args.news_copies), ("dev", 1)]:
        docs = news_docs(nlp, read_news_ner(NEWS_NER, split), to_doc)
        combined = DocBin()
        combined.merge(corpora[split])
        for _ in range(copies):
            combined.merge(DocBin(docs=docs))
        combined.to_disk(args.out / f"news_{split}.spacy")
        print(f"news_{split}: {len(docs)} news sentences x {copies} + {split} -> {args.out / f'news_{split}.spacy'}")


if __name__ == "__main__":
    main()
