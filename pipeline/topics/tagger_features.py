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

from pipeline.lang.tr.text import Word, turkish_lower, words
from pipeline.lang.tr.after_stem import demands, negates_verb, spells_verb_ending
from pipeline.lexicons.gazetteer import Gazetteer, GazetteerMatch
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
        rows = list(read_tsv(cues))
        self.tag_of = {row["cue"].rstrip("=-"): f"{row['list']}|{row['role']}" for row in rows}
        self.verb_only = {row["cue"].rstrip("=-") for row in rows if row["cue"].endswith("-")}
        self.matcher = Gazetteer(((key, key) for key in self.tag_of), proper=False, inflected=True)
        classes = {row["word"]: f"{WORD_CLASS}{row['kind']}" for row in read_tsv(words)}
        self.tag_of.update((word, tag) for word, tag in classes.items() if word not in self.tag_of)
        self.word_matcher = Gazetteer(((word, word) for word in classes), proper=False, inflected=True)

    def __call__(self, doc: Doc) -> Doc:
        self.annotate(doc, self.matches(doc.text, words(doc.text)))
        return doc

    def matches(self, text: str, text_words: list[Word]) -> list[tuple[int, int, str]]:
        """(start, end, tag) of the word classes' and the cues' matches in ``text``; a cue comes
        after the word classes it overlaps, so that its tag wins."""
        cues = [match for match in self.matcher.find(text, text_words) if self._states(text, match)]
        found = [*self.word_matcher.find(text, text_words), *cues]
        return [(match.start, match.end, self.tag_of[match.key]) for match in found]

    def annotate(self, doc: Doc, matches: list[tuple[int, int, str]], offset: int = 0) -> None:
        """Sets each token's norm and tag; ``matches`` are offsets into a text where ``doc``
        starts at ``offset`` (a paragraph of an article)."""
        token_starts = [token.idx + offset for token in doc]
        tags = [NO_CUE] * len(doc)
        for start, end, tag in matches:
            first = bisect.bisect_right(token_starts, start) - 1
            last = bisect.bisect_left(token_starts, end)
            for i in range(max(first, 0), last):
                tags[i] = tag
        for token, tag in zip(doc, tags):
            token.norm_ = stem_norm(token.text)
            token.lemma_ = tag

    def _states(self, text: str, match: GazetteerMatch) -> bool:
        """Whether a cue's ending lets it state an agenda, as the rules read it: not negated
        (``ele alınmadı``), no demand (``ele alınsın``), a verb where the stem is also a noun
        (``görüştüler``, not ``görüşü``)."""
        suffix = text[match.name_end : match.end]
        if negates_verb(suffix) or demands(suffix):
            return False
        return match.key not in self.verb_only or spells_verb_ending(suffix)


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
