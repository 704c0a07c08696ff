"""Last stage: the best non-overlapping entity mentions as ``doc.ents``.

Every mention the stages found is in its span group (``doc.spans["trnews_person"]`` ...);
``doc.ents`` gets the longest of those that overlap (spaCy's ``filter_spans``), so that
displaCy, spaCy's Scorer and ``doc.ents`` users see the pipeline's entities. A trained NER
model's own entities, read by the stages from ``doc.ents``, are kept in ``doc.spans["ner"]``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from pipeline.extensions import drop_caches
from pipeline.spans import ENTITY_GROUPS, group_attrs

MODEL_GROUP = "ner"


class EntsStage:
    def __call__(self, doc: Doc) -> Doc:
        groups = [doc.spans[name] for name in ENTITY_GROUPS.values() if name in doc.spans]
        mentions = [span for group in groups for span in group if len(span)]
        if doc.ents:
            doc.spans[MODEL_GROUP] = list(doc.ents)
        doc.ents = filter_spans(mentions)
        drop_caches(doc)  # derived data: a Doc saved or sent to another process carries results only
        return doc


@Language.factory(
    "trnews_ents",
    requires=group_attrs(*ENTITY_GROUPS.values()),
    assigns=["doc.ents", "doc.spans"],
)
def make_ents_stage(nlp: Language, name: str) -> EntsStage:
    return EntsStage()
