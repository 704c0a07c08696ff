"""People with their offices (titles, roles, portfolios) and in-article coreference.

Placeholder stage registered in the pipeline order; its extractor comes with issue 3.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PersonStage:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("trnews_persons")
def make_persons_stage(nlp: Language, name: str) -> PersonStage:
    return PersonStage()
