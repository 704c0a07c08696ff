from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TEXT = ROOT / "examples" / "seed.txt"
SEED_EXPECTED = ROOT / "tests" / "fixtures" / "seed_expected.json"
GOLD_DEV = SHARED / "gold" / "dev"


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_record(nlp, seed_text) -> dict:
    import pipeline

    record = pipeline.extract(seed_text, id="000_9d0671cc0d0ed214", nlp=nlp)
    return json.loads(record.to_json())


MODEL_COMPONENTS = ("trnews_token_norms", "trnews_lexicon_tags", "tok2vec", "ner")


def run_stages_with_model_spans(text: str, label: str, spans: list[tuple[int, int]], replaced: dict | None = None):
    """The Doc after the extractor stages, with hand-set ``label`` spans standing in for a
    trained NER model's; ``replaced`` maps stage names to stages to run instead."""
    import pipeline

    nlp = pipeline.load()
    doc = nlp.make_doc(text)
    doc._.trnews_id, doc._.trnews_published = "t", None
    doc.ents = [doc.char_span(start, end, label=label, alignment_mode="expand") for start, end in spans]
    for name, component in nlp.pipeline:
        if name not in MODEL_COMPONENTS:
            doc = (replaced or {}).get(name, component)(doc)
    return doc


def persons_and_titles(text: str) -> list[tuple[str, list[str]]]:
    """The record's persons of ``text`` in order, each with its titles: ``[("Ali Kaya", ["Vali"])]``."""
    import pipeline

    return [(e.name, [t.title for t in e.titles]) for e in pipeline.extract(text).entities if e.type == "PERSON"]


def titles_by_person(text: str) -> dict[str, list[str]]:
    """The record's persons of ``text`` by name, each with its titles: ``{"Ali Kaya": ["Vali"]}``."""
    return dict(persons_and_titles(text))
