"""trnews: information extraction from Turkish news into normalized JSON records.

    >>> import pipeline
    >>> record = pipeline.extract("İtalya'dan dönen heyet ...", published="2026-01-22")
    >>> [e.name for e in record.entities]

The names below are imported on first use, so that ``import pipeline.batch.inputs`` (or the
``trnews`` command before it knows what it needs) does not pay for importing spaCy.
"""

from typing import Any

__version__ = "0.1.0"
_LAZY = {
    "extract": "pipeline.api",
    "extract_many": "pipeline.api",
    "load": "pipeline.api",
    "process": "pipeline.api",
    "process_many": "pipeline.api",
    "text_id": "pipeline.api",
    "Record": "pipeline.schema",
    "ErrorRow": "pipeline.schema",
    "SCHEMA_VERSION": "pipeline.schema",
}
__all__ = ["SCHEMA_VERSION", "ErrorRow", "Record", "__version__", "extract", "extract_many", "load", "process",
           "process_many", "text_id"]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_LAZY[name]), name)
