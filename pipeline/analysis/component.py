"""First stage after the Doc is made: the word analysis every later stage reads.

The role spaCy's AttributeRuler plays in its pipelines: ``pipeline.lang.tr.analysis`` reads
the words of the text once (offsets, folded form, stem key, apostrophe suffix and its case,
sentence starts) and stores the result on the Doc as arrays of plain values
(``doc.user_data["trnews_analysis"]``, serialized with the Doc). The stages get it through
``pipeline.extensions.doc_analysis`` and ``doc_words`` instead of re-deriving it.

With the Stanza backend the tokens carry Stanza's lemmas: they become the stem keys of the
words they start.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import ANALYSIS, doc_form_map, doc_text
from pipeline.lang.tr.analysis import analyze
from pipeline.lang.tr.text import words
from pipeline.lexicons.candidates import DocWords


def _token_lemmas(doc: Doc, text_words: list) -> list[str | None] | None:
    """A statistical analyser's lemma of each word that starts a token (None elsewhere)."""
    if not doc.has_annotation("LEMMA"):
        return None
    form = doc_form_map(doc)  # tokens stand in the text as given, words in its clean form
    lemma_at = {token.idx if form is None else form.to_copy(token.idx): token.lemma_ for token in doc if token.lemma_}
    return [lemma_at.get(word.start) for word in text_words]


class AnalysisStage:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        text_words = DocWords(words(text))
        analysis = analyze(text, text_words, _token_lemmas(doc, text_words))
        doc.user_data[ANALYSIS] = analysis.to_dict()
        text_words.find_candidates()  # where the gazetteers of all stages may match, in one pass
        doc.user_data["trnews_words"] = text_words  # the Word tuples themselves, for this process
        return doc


@Language.factory("trnews_analysis", assigns=["doc._.trnews_analysis"])
def make_analysis_stage(nlp: Language, name: str) -> AnalysisStage:
    return AnalysisStage()
