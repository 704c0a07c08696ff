"""Agenda topics of meetings, with taxonomy labels.

Placeholder stage registered in the pipeline order; its extractor comes with issue 5.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TopicStage:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("trnews_topics")
def make_topics_stage(nlp: Language, name: str) -> TopicStage:
    return TopicStage()
