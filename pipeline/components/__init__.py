"""Importing this module registers every trnews factory with spaCy.

Each stage lives in a package of its own (``pipeline.countries``, ``pipeline.persons``, ...)
with its factory in ``component.py``; the NER model's feature components are in ``pipeline.ner``.
"""

from pipeline.analysis import component as analysis  # noqa: F401  (imported for @Language.factory)
from pipeline.countries import component as countries  # noqa: F401
from pipeline.dates import component as dates  # noqa: F401
from pipeline.document import component as document  # noqa: F401
from pipeline.document import ents  # noqa: F401
from pipeline.locations import component as locations  # noqa: F401
from pipeline.missions import component as missions  # noqa: F401
from pipeline.money import component as money  # noqa: F401
from pipeline.ner import biluo_tagger, lexicon_tags, token_norms  # noqa: F401
from pipeline.organizations import component as organizations  # noqa: F401
from pipeline.persons import component as persons  # noqa: F401
from pipeline.topics import component as topics  # noqa: F401
from pipeline.topics import tagger as topic_tagger  # noqa: F401
