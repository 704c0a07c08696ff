import json

import pandas as pd
import pytest

import pipeline
from pipeline.batch.frames import read_records, to_frames

ROWS = [
    {
        "id": "h1",
        "text": "Türkiye ile İtalya arasında ticaret arttı. İtalya'dan heyet geldi.",
        "published": "2026-01-22",
    },
    {"id": "h2", "text": ""},
]


def write_output(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("".join(row.to_json() + "\n" for row in pipeline.extract_many(ROWS)), encoding="utf-8")
    return path


def test_read_records_skips_error_rows_unless_asked(tmp_path):
    path = write_output(tmp_path)
    assert [r["id"] for r in read_records(path)] == ["h1"]
    assert [r.get("error") for r in read_records(path, errors=True)] == [None, "text is empty"]


def test_read_records_reads_gzipped_json_lines(tmp_path):
    import gzip

    path = write_output(tmp_path)
    gzipped = tmp_path / "out.jsonl.gz"
    gzipped.write_bytes(gzip.compress(path.read_bytes()))
    assert read_records(gzipped) == read_records(path)


def test_one_frame_per_table_joined_on_doc_id(tmp_path):
    frames = to_frames(read_records(write_output(tmp_path), errors=True))
    assert sorted(frames) == sorted(["documents", "entities", "mentions", "money", "topics", "dates"])
    assert frames["documents"]["doc_id"].tolist() == ["h1", "h2"]
    assert frames["entities"][["entity_id", "name", "n_mentions"]].values.tolist() == [
        ["e1", "Türkiye", 1],
        ["e2", "İtalya", 2],
    ]
    italy = frames["mentions"].merge(frames["entities"], on=["doc_id", "entity_id"]).query("iso2 == 'IT'")
    assert italy["text"].tolist() == ["İtalya", "İtalya'dan"]


def test_counts_and_offsets_are_integer_columns(tmp_path):
    frames = to_frames(pipeline.extract_many(ROWS))
    assert str(frames["documents"]["n_entities"].dtype) == "Int64"
    assert str(frames["mentions"]["start"].dtype) == "Int64"
    assert frames["documents"]["n_entities"].isna().tolist() == [False, True]


def test_records_can_be_given_as_models_or_dicts():
    records = list(pipeline.extract_many(ROWS[:1]))
    as_dicts = [json.loads(r.to_json()) for r in records]
    assert to_frames(records)["mentions"].equals(to_frames(as_dicts)["mentions"])


def test_published_and_resolved_dates_are_dates():
    rows = [{"id": "t", "text": "Heyet 15 Ocak 2026'da Roma'ya gitti, Ocak 2027'de dönecek.", "published": "2026-01-22"}]
    frames = to_frames(pipeline.extract_many(rows))
    assert pd.api.types.is_datetime64_dtype(frames["documents"]["published"])
    assert frames["documents"]["published"][0] == pd.Timestamp("2026-01-22")
    dates = frames["dates"].set_index("value")["date"]
    assert dates["2026-01-15"] == pd.Timestamp("2026-01-15") and pd.isna(dates["2027-01"])


def test_lists_stay_lists_in_the_frames():
    [record] = pipeline.extract_many([{"id": "t", "text": "Dışişleri Bakanı Hakan Fidan Roma'ya gitti."}])
    frames = to_frames([record])
    person = frames["entities"].query("type == 'PERSON'").iloc[0]
    assert isinstance(person["titles"], list) and person["titles"][0]["title"]


def test_read_records_on_an_input_file_says_so(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(ROWS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="is not trnews output.*trnews extract"):
        read_records(path)
