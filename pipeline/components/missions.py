"""Military, peacekeeping, police and civilian missions and operations.

Placeholder stage registered in the pipeline order; its extractor comes with issue 3.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class MissionStage:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("trnews_missions")
def make_missions_stage(nlp: Language, name: str) -> MissionStage:
    return MissionStage()
