"""Event dates resolved against the publication date.

Placeholder stage registered in the pipeline order; its extractor comes with issue 4.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class DateStage:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("trnews_dates")
def make_dates_stage(nlp: Language, name: str) -> DateStage:
    return DateStage()
