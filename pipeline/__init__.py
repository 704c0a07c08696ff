"""trnews: information extraction from Turkish news into normalized JSON records.

    >>> import pipeline
    >>> record = pipeline.extract("İtalya'dan dönen heyet ...", published="2026-01-22")
    >>> [e.name for e in record.entities]
"""

from pipeline.api import extract, extract_many, load, text_id
from pipeline.schema import SCHEMA_VERSION, ErrorRow, Record

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "load", "text_id", "Record", "ErrorRow", "SCHEMA_VERSION", "__version__"]
