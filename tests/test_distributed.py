"""The pipeline on a Dask cluster gives what a serial run gives."""

import json

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

import pipeline
from pipeline.batch.distributed import RECORD_COLUMNS, extract_bag, extract_dataframe

ROWS = [
    {"id": "h1", "text": "Türkiye ile İtalya arasında ticaret arttı.", "published": "2026-01-22"},
    {"id": "h2", "text": "   ", "published": None},
    {"id": "h3", "text": "Sırbistan'da seçim yapıldı; Kosova'dan tepki geldi.", "published": None},
    {"id": "h4", "text": "Arnavutluk heyeti Ankara'da.", "published": "2026-02-01"},
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def serial():
    return [json.loads(row.to_json()) for row in pipeline.extract_many(ROWS)]


def test_a_bag_of_rows_gives_the_records_of_a_serial_run(client, serial):
    assert extract_bag(db.from_sequence(ROWS, npartitions=3)).compute() == serial


def test_a_dataframe_gives_one_record_row_per_input_row(client, serial):
    ddf = dd.from_pandas(pd.DataFrame(ROWS), npartitions=2)
    records = extract_dataframe(ddf, text="text", id="id", published="published").compute()
    assert list(records.columns) == RECORD_COLUMNS
    for row, expected in zip(records.to_dict("records"), serial):
        assert {key: row[key] for key in expected} == expected
        assert all(row[key] is None for key in RECORD_COLUMNS if key not in expected)


def test_the_cli_job_runs_on_a_scheduler(client, serial, tmp_path):
    from pipeline.batch.runner import run_job
    from pipeline.batch.inputs import InputSource

    source = tmp_path / "dump.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in ROWS))

    summary = run_job(InputSource(source), tmp_path / "out.jsonl", scheduler=client.scheduler.address, chunk_size=2)
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    without_source = lambda rows: [{k: v for k, v in row.items() if k != "source"} for row in rows]
    assert without_source(written) == without_source(serial)
    assert summary.rows == 4 and summary.failed == 1


def test_timestamps_and_missing_values_of_a_dataframe_are_understood(client):
    frame = pd.DataFrame(
        {
            "govde": ["Türkiye ile İtalya görüştü.", "Sırbistan'da seçim yapıldı."],
            "tarih": pd.to_datetime(["2026-01-22 09:30", None]),
        }
    )
    records = extract_dataframe(dd.from_pandas(frame, npartitions=1), text="govde", id="yok", published="tarih")
    assert records.compute()["published"].tolist() == ["2026-01-22", None]
