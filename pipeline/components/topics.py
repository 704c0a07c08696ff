"""Agenda topics of meetings, with taxonomy labels.

Finds agenda statements and splits their lists into items (``pipeline.agenda``), then
names each item's concepts from the taxonomy (``pipeline.taxonomy``): ``label`` is the
main one, ``labels`` all of them, ``iptc`` the IPTC Media Topics code of the label where
the taxonomy gives one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.agenda import AgendaFinder
from pipeline.agenda_cues import word_list
from pipeline.extensions import doc_text, doc_words
from pipeline.morphology import Stemmer
from pipeline.schema import Topic
from pipeline.taxonomy import Taxonomy, concept_names
from pipeline.text import words as text_words


class TopicStage:
    def __init__(self, cues: str, words: str, taxonomy: str) -> None:
        # one stemmer that knows every listed word, so both lexicons read text alike
        vocabulary = [w.folded for name in [*word_list(words), *concept_names(taxonomy)] for w in text_words(name)]
        stemmer = Stemmer(vocabulary)
        self.finder = AgendaFinder(cues, words, stemmer)
        self.taxonomy = Taxonomy(taxonomy, stemmer)

    def __call__(self, doc: Doc) -> Doc:
        people = [(m.start, m.end) for e in doc._.trnews_entities if e.type == "PERSON" for m in e.mentions]
        text = doc_text(doc)  # doc.text rebuilds the text from every token on each access
        for item in self.finder.find(text, doc_words(doc), skip=doc._.trnews_dateline, people=people):
            phrase = text[item.start : item.end]
            labels = self.taxonomy.concepts_in(phrase)
            label = self.taxonomy.main_concept(labels)
            iptc = self.taxonomy.concepts[label].iptc if label else None
            doc._.trnews_topics.append(
                Topic(text=phrase, start=item.start, end=item.end, label=label, labels=labels, iptc=iptc)
            )
        return doc


@Language.factory(
    "trnews_topics",
    default_config={"cues": "topic_cues.tsv", "words": "topic_words.tsv", "taxonomy": "topic_taxonomy.tsv"},
)
def make_topics_stage(nlp: Language, name: str, cues: str, words: str, taxonomy: str) -> TopicStage:
    return TopicStage(cues, words, taxonomy)
