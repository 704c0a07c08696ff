"""Lexicon tags for the NER model: which word lists of ``data/`` each token belongs to.

A statistical recognizer trained on 18k Wikipedia sentences has seen few of the countries,
languages, offices and organizations a news article names. This stage, run inside the
trained NER pipeline (``models/ner``) before its ``tok2vec``, marks every token with three
tags that the model's embedding layer (``trnews.LexiconHashEmbed.v1``, below) reads as extra
hashed features, the way it reads the word's suffix or shape:

- ``names``: multi-word matches of the name lists, as ``B-``/``I-`` + a category
  (``COUNTRY``, ``PLACE``, ``ORG``, ``NORP``, ``LANGUAGE``): ``Birleşik Arap Emirlikleri'ne``;
- ``words``: multi-word matches of the common-noun lists (``TITLE``, ``ORG_HEAD``,
  ``CURRENCY`` with suffixes written without an apostrophe, ``Bakanlığı'nın``, ``dolarlık``;
  ``MONTH``, ``NUMBER`` only as they stand);
- ``person``: whether the word's stem is a known given name, surname or both.

The model learns how far to trust each tag, so a list entry that is also an ordinary word
costs little. Importing ``pipeline`` registers the factory and the architecture.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import numpy
import srsly
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.ml.featureextractor import FeatureExtractor
from spacy.strings import StringStore, hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from pipeline.extensions import doc_text, doc_words
from pipeline.lexicons.catalogue import LOOK_ALIKE, read_catalogue_rows, spelling_variants
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.resources import read_tsv
from pipeline.ner.token_norms import stem_norm
from pipeline.lang.tr.text import Word, turkish_lower

LEXICON_COLUMNS = ("names", "words", "person")
NO_TAG = "-"
#: how many distinct word forms the tagger remembers the person-word tag of (then it starts again)
PERSON_TAG_MEMO_SIZE = 200_000
if not Doc.has_extension("trnews_lexicon_tags"):
    Doc.set_extension("trnews_lexicon_tags", default=None)  # list of (names, words, person) per token


def name_entries() -> list[tuple[str, str]]:
    """(spelling, category) of the proper-name lists; earlier categories win a shared spelling."""
    entries: list[tuple[str, str]] = []
    for row in read_catalogue_rows("organizations.tsv", "ORGANIZATION"):
        if row.kind != LOOK_ALIKE:  # every acronym, also one left unmatched by the organization stage
            spellings = [*row.spellings, *([row.entity.acronym] if row.entity.acronym else [])]
            entries += [(variant, "ORG") for spelling in spellings for variant in spelling_variants(spelling)]
    for row in read_tsv("countries.tsv"):
        entries += [(row["name"], "COUNTRY"), (row["cldr_name"], "COUNTRY")]
    entries += [(row["name"], "COUNTRY") for row in read_tsv("country_aliases.tsv")]
    for row in read_catalogue_rows("locations.tsv", "LOCATION"):
        entries += [(spelling, "PLACE") for spelling in row.spellings]
    entries += [(row["demonym"], "NORP") for row in read_tsv("demonyms.tsv")]
    entries += [(row["name"], "LANGUAGE") for row in read_tsv("languages.tsv")]
    return entries


def inflecting_word_entries() -> list[tuple[str, str]]:
    """(spelling, category) of common nouns that take suffixes: offices, organization heads, currencies."""
    entries = [(row["title"], "TITLE") for row in read_tsv("titles.tsv")]
    entries += [(row["head"], "ORG_HEAD") for row in read_tsv("organization_heads.tsv")]
    entries += [(row["name"], "CURRENCY") for row in read_tsv("currencies.tsv") if row["kind"] == "word"]
    return entries


def fixed_word_entries() -> list[tuple[str, str]]:
    """(spelling, category) of words matched as they stand: ``bir`` must not match ``Birleşik``."""
    entries = [(row["name"], "MONTH") for row in read_tsv("months.tsv")]
    entries += [(row["name"], "MONTH") for row in read_tsv("weekdays.tsv")]
    entries += [(row["word"], "NUMBER") for row in read_tsv("number_words.tsv")]
    return entries


def person_word_kinds() -> dict[str, str]:
    """Lower-cased given names and surnames -> ``GIVEN``, ``SURNAME`` or ``GIVEN_SURNAME``."""
    kinds: dict[str, str] = {}
    for list_name, kind in [("given_names.tsv", "GIVEN"), ("surnames.tsv", "SURNAME")]:
        for row in read_tsv(list_name):
            word = turkish_lower(row["name"])
            kinds[word] = "GIVEN_SURNAME" if kinds.get(word, kind) != kind else kind
    return kinds


def data_lists() -> dict:
    """The tagger's lists as ``data/`` holds them now."""
    return {
        "names": name_entries(),
        "inflecting_words": inflecting_word_entries(),
        "fixed_words": fixed_word_entries(),
        "person_words": person_word_kinds(),
    }


LISTS_FILE = "lists.json"


class LexiconTagger:
    """Sets ``doc._.trnews_lexicon_tags``: one (names, words, person) tag triple per token.

    ``to_disk`` saves the lists with the model (``lists.json``) and ``from_disk`` reads them
    back, so a saved model keeps its features however ``data/`` changes later. The lists are
    read from ``data/`` only when none were loaded: in ``initialize`` (training) or at the
    first Doc of a tagger made without a saved model (a model saved before the lists were)."""

    def __init__(self) -> None:
        self.lists: dict | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None) -> None:
        if self.lists is None:
            self.read_data_files()

    def read_data_files(self) -> None:
        """Take the lists as ``data/`` holds them now (``nlp.to_disk`` then saves them with the model)."""
        self._use_lists(data_lists())

    def _use_lists(self, lists: dict) -> None:
        self.lists = lists
        self.names = Gazetteer([tuple(entry) for entry in lists["names"]], proper=True, inflected=True)
        self.inflecting_words = Gazetteer([tuple(e) for e in lists["inflecting_words"]], proper=False, inflected=True)
        self.fixed_words = Gazetteer([tuple(entry) for entry in lists["fixed_words"]], proper=False)
        self.person_words = lists["person_words"]
        self._person_tags: dict[int, str] = {}  # ORTH hash -> person-word tag

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        self.initialize()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / LISTS_FILE, self.lists)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> "LexiconTagger":
        if (Path(path) / LISTS_FILE).exists():
            self._use_lists(srsly.read_json(Path(path) / LISTS_FILE))
        return self

    def _person_tag(self, orth: int, strings: StringStore) -> str:
        """The person-word tag of a token's text (remembered per word form: they repeat)."""
        tag = self._person_tags.get(orth)
        if tag is None:
            if len(self._person_tags) >= PERSON_TAG_MEMO_SIZE:
                self._person_tags.clear()
            tag = self._person_tags[orth] = self.person_words.get(stem_norm(strings[orth]), NO_TAG)
        return tag

    @staticmethod
    def _bio_tags(text: str, text_words: list[Word], starts: list[int], *gazetteers: Gazetteer) -> list[str]:
        """BIO tags of the matches on the tokens starting at ``starts``; a token already tagged
        by an earlier gazetteer keeps its tag."""
        tags = [NO_TAG] * len(starts)
        for gazetteer in gazetteers:
            for match in gazetteer.find(text, text_words):
                first = bisect.bisect_right(starts, match.start) - 1  # the token the match starts in
                last = bisect.bisect_left(starts, match.end)  # the first token after it
                if first >= 0 and all(tags[i] == NO_TAG for i in range(first, last)):
                    for i in range(first, last):
                        tags[i] = ("B-" if i == first else "I-") + match.key
        return tags

    def __call__(self, doc: Doc) -> Doc:
        if self.lists is None:
            self.initialize()
        # Offsets and texts from arrays: making a Token object per token costs more than the look-ups.
        text, text_words = doc_text(doc), doc_words(doc)
        starts = doc.to_array(IDX).tolist()
        names = self._bio_tags(text, text_words, starts, self.names)
        common = self._bio_tags(text, text_words, starts, self.inflecting_words, self.fixed_words)
        person = [self._person_tag(orth, doc.vocab.strings) for orth in doc.to_array(ORTH).tolist()]
        doc._.trnews_lexicon_tags = list(zip(names, common, person))
        return doc


@Language.factory("trnews_lexicon_tags")
def make_lexicon_tags(nlp: Language, name: str) -> LexiconTagger:
    return LexiconTagger()


@lru_cache(maxsize=None)  # a few dozen distinct tags
def _tag_hash(tag: str) -> int:
    return hash_string(tag)


def lexicon_features(dropout: float) -> Model[list[Doc], list[Ints2d]]:
    """Hashes of each token's three lexicon tags; in training a share of them is blanked out,
    so that the model does not lean on the lists for names it could recognize from context."""

    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        features = []
        for doc in docs:
            tags = doc._.trnews_lexicon_tags or [(NO_TAG,) * len(LEXICON_COLUMNS)] * len(doc)
            hashes = numpy.array([_tag_hash(tag) for triple in tags for tag in triple], dtype="uint64")
            hashes = hashes.reshape((len(doc), len(LEXICON_COLUMNS)))
            if is_train and dropout > 0:
                hashes[numpy.random.random(hashes.shape) < dropout] = _tag_hash(NO_TAG)
            features.append(model.ops.asarray2i(hashes, dtype="uint64"))
        return features, lambda d_features: []

    return Model("trnews_lexicon_features", forward)


def _concatenate_columns(models: Iterable[Model]) -> Model[list[Doc], list[Ints2d]]:
    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        parts = [layer(docs, is_train)[0] for layer in model.layers]
        return [model.ops.xp.hstack(columns) for columns in zip(*parts)], lambda d_features: []

    return Model("trnews_feature_columns", forward, layers=list(models))


@registry.architectures("trnews.LexiconHashEmbed.v1")
def lexicon_hash_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    lexicon_rows: int,
    lexicon_dropout: float,
    lexicon_width: int | None = None,
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's ``MultiHashEmbed`` with the three lexicon tags as extra hashed columns.

    The tags take a few dozen values, so their tables can be narrow (``lexicon_width``, the
    word features' ``width`` when unset): a narrower input keeps the Maxout layer cheap."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    widths = [width] * len(attrs) + [lexicon_width or width] * len(LEXICON_COLUMNS)
    all_rows = list(rows) + [lexicon_rows] * len(LEXICON_COLUMNS)
    embeddings = [
        HashEmbed(n_out, n_rows, column=i, seed=8 + i, dropout=0.0)
        for i, (n_out, n_rows) in enumerate(zip(widths, all_rows))
    ]
    return chain(
        _concatenate_columns([FeatureExtractor(attrs), lexicon_features(lexicon_dropout)]),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, sum(widths), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
