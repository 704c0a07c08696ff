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
