"""The extractor stages. Importing this package registers every factory with spaCy."""

from pipeline.components import (  # noqa: F401  (imported for their @Language.factory side effect)
    countries,
    dates,
    document,
    lexicon_tags,
    locations,
    missions,
    money,
    organizations,
    persons,
    token_norms,
    topics,
)
