"""Cities and regions (LOCATION entities).

Placeholder stage registered in the pipeline order; its extractor comes with issue 3.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LocationStage:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("trnews_locations")
def make_locations_stage(nlp: Language, name: str) -> LocationStage:
    return LocationStage()
