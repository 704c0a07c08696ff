"""The batch layer behind ``trnews extract``: reading inputs, running them through worker
processes, writing outputs.

- ``inputs``: files and stdin to input rows (or error rows), read as streams.
- ``worker``: what a worker process does with a chunk of rows.
- ``runner``: chunks through workers (or a Dask cluster), results in input order, resumable.
- ``outputs``: the JSON Lines journal and the Parquet / flat-table outputs made from it.
- ``tables``: records as flat tables, and the Arrow schemas.
- ``frames``: records as pandas DataFrames, for notebooks.
- ``distributed``: the pipeline on a Dask cluster.

Nothing here is imported by ``import pipeline``; each module imports only what it uses.
"""
