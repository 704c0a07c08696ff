import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import pipeline
from pipeline.schema import Money, Record, record_json_schema

COMMITTED_SCHEMA = Path(pipeline.__file__).parent / "record.schema.json"


def test_committed_json_schema_matches_the_models():
    assert json.loads(COMMITTED_SCHEMA.read_text(encoding="utf-8")) == record_json_schema()


def test_integral_amounts_serialize_without_a_decimal_point():
    money = Money(text="7 milyar dolar", start=0, end=14, amount=7e9, currency="USD")
    assert '"amount":7000000000' in json.dumps(money.model_dump(mode="json"), separators=(",", ":"))


def test_entities_leave_out_attributes_that_do_not_apply():
    record = pipeline.extract("Kosova ile görüşüldü.")
    entity = json.loads(record.to_json())["entities"][0]
    assert "titles" not in entity and "acronym" not in entity


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError):
        Record.model_validate({"id": "x", "published": None, "colour": "red"})


def test_same_input_gives_byte_identical_output(seed_text):
    assert pipeline.extract(seed_text).to_json() == pipeline.extract(seed_text).to_json()
