"""Token features for the topics tagger: word stems and the agenda cues around them.

- ``token.norm_``: the word folded and cut to five letters. Turkish piles suffixes onto a stem
  (``görüşüldü``, ``görüşmelerde``, ``görüşülen``); the first five letters keep the stem's
  identity across them, as the topics scorer itself compares words.
- ``token.lemma_``: for a token inside a cue phrase of ``data/topic_cues.tsv`` (any inflection),
  the cue's side of its list and its role (``before|agenda``: ``X'i ele aldı``; ``after|colon``);
  elsewhere the class of a word of ``data/topic_words.tsv`` (``word|setting``: ``toplantıda``;
  ``word|generic``: ``konular``), or ``-``. The tagger learns from a few hundred real statements which contexts of
  a cue hold items, and this tag carries what it learns to cue words its training never saw.
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import LSTM, Model, with_padded
from thinc.types import Floats2d

from pipeline.lang.tr.text import turkish_lower, words
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.lexicons.saved import SavedLexicons
from pipeline.resources import read_tsv

STEM_LETTERS = 5
NO_CUE = "-"
WORD_CLASS = "word|"  #: the prefix of a word class's tag; a cue's tag has none
APOSTROPHES = "'’"


def stem_norm(word: str) -> str:
    for mark in APOSTROPHES:
        word = word.split(mark)[0] or word
    return turkish_lower(word)[:STEM_LETTERS]


def is_cue(tag: str) -> bool:
    return tag != NO_CUE and not tag.startswith(WORD_CLASS)


class TopicFeatures(SavedLexicons):
    """Saves its two lists with the model (``to_disk``), so the model reads no ``data/`` file."""

    def __init__(self, cues: str, words: str) -> None:
        self.tag_of = {row["cue"].rstrip("=-"): f"{row['list']}|{row['role']}" for row in read_tsv(cues)}
        self.matcher = Gazetteer(((key, key) for key in self.tag_of), proper=False, inflected=True)
        classes = {row["word"]: f"{WORD_CLASS}{row['kind']}" for row in read_tsv(words)}
        self.tag_of.update((word, tag) for word, tag in classes.items() if word not in self.tag_of)
        self.word_matcher = Gazetteer(((word, word) for word in classes), proper=False, inflected=True)

    def __call__(self, doc: Doc) -> Doc:
        token_starts = [token.idx for token in doc]
        tags = [NO_CUE] * len(doc)
        text_words = words(doc.text)
        # word classes first, so that a cue phrase's own tag wins where the two overlap
        for match in [*self.word_matcher.find(doc.text, text_words), *self.matcher.find(doc.text, text_words)]:
            first = bisect.bisect_right(token_starts, match.start) - 1
            last = bisect.bisect_left(token_starts, match.end)
            for i in range(max(first, 0), last):
                tags[i] = self.tag_of[match.key]
        for token, tag in zip(doc, tags):
            token.norm_ = stem_norm(token.text)
            token.lemma_ = tag
        return doc


@Language.factory(
    "trnews_topic_features", assigns=["token.norm", "token.lemma"], default_config={"cues": "topic_cues.tsv", "words": "topic_words.tsv"},
)
def make_topic_features(nlp: Language, name: str, cues: str, words: str) -> TopicFeatures:
    return TopicFeatures.build(cues=cues, words=words)


@registry.architectures("trnews.BiLSTMEncoder.v1")
def bilstm_encoder(width: int, depth: int) -> Model[list[Floats2d], list[Floats2d]]:
    """spaCy's ``TorchBiLSTMEncoder`` on thinc's own LSTM: the same bidirectional layers without
    PyTorch, which the project installs only for the Stanza backend. A tagger over a paragraph
    needs the whole sentence in view (the cue verb that makes a list an agenda often ends it)."""
    return with_padded(LSTM(width, width, bi=True, depth=depth))
