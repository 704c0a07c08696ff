"""The seed article is the golden fixture: its full expected record is
``tests/fixtures/seed_expected.json`` (what a perfect pipeline emits). Each field is
compared by its own test; a field's test is switched on by the issue that implements it."""

from __future__ import annotations


from pipeline.schema import Record


def entities_of_type(record: dict, entity_type: str) -> list[dict]:
    """Entities without their ids (ids depend on which other types are extracted)."""
    return [{k: v for k, v in e.items() if k != "id"} for e in record["entities"] if e["type"] == entity_type]


def test_expected_record_is_schema_valid(seed_expected):
    Record.model_validate(seed_expected)


def test_seed_record_header(seed_record, seed_expected):
    for key in ("schema_version", "id", "published", "language"):
        assert seed_record[key] == seed_expected[key]


def test_seed_countries(seed_record, seed_expected):
    assert entities_of_type(seed_record, "COUNTRY") == entities_of_type(seed_expected, "COUNTRY")


def test_seed_persons(seed_record, seed_expected):
    assert entities_of_type(seed_record, "PERSON") == entities_of_type(seed_expected, "PERSON")


def test_seed_organizations(seed_record, seed_expected):
    assert entities_of_type(seed_record, "ORGANIZATION") == entities_of_type(seed_expected, "ORGANIZATION")


def test_seed_missions(seed_record, seed_expected):
    assert entities_of_type(seed_record, "MISSION") == entities_of_type(seed_expected, "MISSION")


def test_seed_locations(seed_record, seed_expected):
    assert entities_of_type(seed_record, "LOCATION") == entities_of_type(seed_expected, "LOCATION")


def test_seed_money(seed_record, seed_expected):
    assert seed_record["money"] == seed_expected["money"]


def test_seed_dates(seed_record, seed_expected):
    assert seed_record["dates"] == seed_expected["dates"]


def test_seed_topics(seed_record, seed_expected):
    assert seed_record["topics"] == seed_expected["topics"]
