"""Organizations from the catalogue in data/ and the NER model's ORG spans.

Placeholder stage registered in the pipeline order; its extractor comes with issue 3.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class OrganizationStage:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("trnews_organizations")
def make_organizations_stage(nlp: Language, name: str) -> OrganizationStage:
    return OrganizationStage()
