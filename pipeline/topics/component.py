"""Agenda topics of meetings, with taxonomy labels.

Finds agenda statements and splits their lists into items (``pipeline.topics.agenda``), then
names each item's concepts from the taxonomy (``pipeline.topics.taxonomy``): ``label`` is the
main one, ``labels`` all of them, ``iptc`` the IPTC Media Topics code of the label where
the taxonomy gives one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.topics.agenda import AgendaFinder
from pipeline.topics.word_classes import word_list
from pipeline.resources import read_tsv
from pipeline.extensions import doc_text, doc_words
from pipeline.lang.tr.morphology import Stemmer
from pipeline.schema import Topic
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import TOPIC_GROUP, add_items, group_attrs, mention_offsets, require_groups, start_groups
from pipeline.topics.taxonomy import Taxonomy, concept_names
from pipeline.topics.tagger import CANDIDATE_GROUP, model_items
from pipeline.lang.tr.text import words as text_words


POSTPOSITION_KINDS = ("postposition", "dative_postposition")


class TopicStage(SavedLexicons):
    def __init__(self, cues: str, words: str, taxonomy: str) -> None:
        # one stemmer that knows every listed word, so both lexicons read text alike
        vocabulary = [w.folded for name in [*word_list(words), *concept_names(taxonomy)] for w in text_words(name)]
        stemmer = Stemmer(vocabulary)
        self.finder = AgendaFinder(cues, words, stemmer)
        # postpositions name no concept: "ilişkin" is compared as written, not as "ilişki"
        postpositions = [row["word"] for row in read_tsv(words) if row["kind"] in POSTPOSITION_KINDS]
        self.taxonomy = Taxonomy(taxonomy, stemmer, postpositions)

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_topics", ["trnews_person"])
        people = mention_offsets(doc, ["PERSON"])
        text, topics = doc_text(doc), []  # doc.text would be rebuilt from the tokens at each use
        found = self.finder.find(text, doc_words(doc), skip=doc._.trnews_dateline, people=people)
        if CANDIDATE_GROUP in doc.spans:  # the trained tagger ran (``trnews_topic_tagger``)
            found = sorted([*found, *model_items(text, found, doc.spans[CANDIDATE_GROUP], self.finder.cues.in_sight)], key=lambda i: (i.start, i.end))
        for item in found:
            phrase = text[item.start : item.end]
            labels = self.taxonomy.concepts_in(phrase)
            label = self.taxonomy.main_concept(labels)
            iptc = self.taxonomy.concepts[label].iptc if label else None
            topics.append(Topic(text=phrase, start=item.start, end=item.end, label=label, labels=labels, iptc=iptc))
        start_groups(doc, [TOPIC_GROUP])
        add_items(doc, TOPIC_GROUP, topics)
        return doc


@Language.factory(
    "trnews_topics",
    requires=group_attrs("trnews_person"),
    assigns=[*group_attrs("trnews_topic"), "doc.spans"],
    default_config={"cues": "topic_cues.tsv", "words": "topic_words.tsv", "taxonomy": "topic_taxonomy.tsv"},
)
def make_topics_stage(nlp: Language, name: str, cues: str, words: str, taxonomy: str) -> TopicStage:
    return TopicStage.build(cues=cues, words=words, taxonomy=taxonomy)
