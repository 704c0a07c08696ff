"""Monetary amounts as numbers with ISO 4217 currencies.

Placeholder stage registered in the pipeline order; its extractor comes with issue 4.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class MoneyStage:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("trnews_money")
def make_money_stage(nlp: Language, name: str) -> MoneyStage:
    return MoneyStage()
