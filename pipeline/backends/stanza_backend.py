"""Stanza as the tokenizer: sentences, tokens, multi-word tokens, lemmas, morphology, NER.

``stanza_language()`` returns a blank Turkish spaCy ``Language`` whose tokenizer runs a
Stanza pipeline and turns its output into a spaCy ``Doc``; the trnews stages run on top
of it exactly as on the spaCy backend. The models are read from a local folder in
Stanza's own layout (a ``resources.json`` beside ``tr/<processor>/<package>.pt``), and
nothing is ever downloaded. The folder is, in order of precedence, the ``model_dir``
argument, the ``TRNEWS_STANZA_DIR`` environment variable, or the small model the project
ships in ``models/stanza/`` (recipe: ``models/stanza_recipe/``). A folder made by
``stanza.download("tr")`` (usually ``~/stanza_resources``) works as well.

The Doc reproduces the original text exactly (``doc.text == text``): every spaCy token
is the span of a Stanza token given by Stanza's character offsets, and the text between
tokens becomes trailing spaces or whitespace tokens. Stanza splits some tokens into
several syntactic words (``başlıyorlarmış`` = ``başlıyorlar`` + ``mış``); spaCy keeps one
token per surface token, so such a token gets the lemma, part of speech and features of
its first word (the host; the later words are clitics and copulas), and every word's
analysis is kept in ``token._.trnews_syntactic_words``.
"""

from __future__ import annotations

import json
import os
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from pipeline.backends.stanza_batches import patch_tokenizer_batches
from pipeline.backends.stanza_memo import memoize
from pipeline.backends.stanza_patches import patch_pos_data
from pipeline.resources import models_dir

MODEL_DIR_ENV = "TRNEWS_STANZA_DIR"
SHIPPED_MODEL = "stanza"  # folder under models/
LANG = "tr"
#: the Stanza processors used when the model folder has them, in Stanza's order
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "ner")
#: torch threads per process (``TRNEWS_STANZA_THREADS`` overrides): Stanza's small per-sentence
#: tensors gain little from more, and on a busy machine or beside other workers the extra
#: threads mostly spin (measured: about 30x the CPU time per article with 2 threads on a loaded
#: 2-core machine). Parallelism comes from ``--workers``.
TORCH_THREADS_ENV, TORCH_THREADS = "TRNEWS_STANZA_THREADS", 1
#: sentences (tokenize: paragraphs) per model call when a batch of documents is analysed at
#: once; larger than Stanza's defaults (32-50), the same analyses (checked on news articles)
BATCH_SIZES = {"tokenize_batch_size": 64, "mwt_batch_size": 200, "pos_batch_size": 200, "lemma_batch_size": 200}


class SyntacticWord(NamedTuple):
    """One word of Stanza's analysis; a multi-word token has several."""

    text: str
    lemma: str | None
    upos: str | None
    feats: str | None


if not Token.has_extension("trnews_syntactic_words"):
    Token.set_extension("trnews_syntactic_words", default=None)


def stanza_model_dir(model_dir: str | Path | None = None) -> Path:
    """The folder to load Stanza models from: argument, then environment, then the shipped model."""
    chosen = model_dir or os.environ.get(MODEL_DIR_ENV) or models_dir() / SHIPPED_MODEL
    return Path(chosen).expanduser()


def stanza_language(model_dir: str | Path | None = None) -> Language:
    """A blank Turkish ``Language`` whose tokenizer is the Stanza pipeline of ``model_dir``."""
    nlp = spacy.blank(LANG)
    nlp.tokenizer = StanzaTokenizer(make_stanza_pipeline(stanza_model_dir(model_dir)), nlp.vocab)
    return nlp


def make_stanza_pipeline(model_dir: Path, memoized: bool = True) -> Any:
    """The ``stanza.Pipeline`` of the Turkish models in ``model_dir``, loaded without network;
    ``memoized``: with the memos of ``stanza_memo``, the helpers of ``stanza_patches`` and the
    length-grouped tokenizer batches of ``stanza_batches`` (same analyses, less work)."""
    try:
        import stanza
    except ImportError as error:  # the backend is an optional extra
        raise ImportError("the stanza backend needs: pip install 'tr-news-pipeline[stanza]'") from error
    processors = available_processors(model_dir)
    model_paths = {
        f"{name}_model_path": str(model_dir / LANG / name / f"{package}.pt") for name, package in processors.items()
    }
    missing = [path for path in model_paths.values() if not Path(path).exists()]
    if missing:
        raise FileNotFoundError(f"Stanza model files missing: {', '.join(missing)}")
    import torch

    torch.set_num_threads(int(os.environ.get(TORCH_THREADS_ENV, TORCH_THREADS)))
    stanza_pipeline = stanza.Pipeline(
        LANG,
        dir=str(model_dir),
        processors=processors,
        download_method=None,  # never reach for the network, even when a file is missing
        logging_level="WARN",
        use_gpu=False,
        **model_paths,
        **BATCH_SIZES,
    )
    # the lemmatizer and the MWT expander read one word (token) and nothing else: their
    # results are remembered across documents, and only unseen words reach them (stanza_memo)
    if not memoized:
        return stanza_pipeline
    patch_pos_data()  # exact, faster collation of the tagger's batches (stanza_patches)
    patch_tokenizer_batches()  # paragraphs of like length batched together: less padding (stanza_batches)
    return memoize(stanza_pipeline)


def available_processors(model_dir: Path) -> dict[str, str]:
    """Processor -> package for the processors of ``PROCESSORS`` that the folder's Turkish models have."""
    resources_file = model_dir / "resources.json"
    if not resources_file.exists():
        raise FileNotFoundError(
            f"no Stanza models in {model_dir} (no resources.json); set {MODEL_DIR_ENV} to a Stanza model folder"
        )
    turkish = json.loads(resources_file.read_text(encoding="utf-8")).get(LANG, {})
    defaults = turkish.get("default_processors", {})
    processors = {name: defaults[name] for name in PROCESSORS if name in defaults}
    if "tokenize" not in processors:
        raise ValueError(f"{resources_file} has no Turkish tokenizer")
    return processors


class StanzaTokenizer:
    """A spaCy tokenizer that runs a whole Stanza pipeline and keeps its analysis on the Doc."""

    def __init__(self, stanza_pipeline: Any, vocab) -> None:
        self.stanza_pipeline = stanza_pipeline
        self.vocab = vocab
        self.has_ner = "ner" in stanza_pipeline.processors

    def __call__(self, text: str) -> Doc:
        if not text.strip():  # Stanza has nothing to say about blank text
            return Doc(self.vocab, words=[text] if text else [], spaces=[False] if text else [])
        return stanza_to_spacy(self.stanza_pipeline(text), text, self.vocab, self.has_ner)

    def pipe(self, texts, batch_size: int = 32):
        """The Docs of ``texts``; each ``batch_size`` of them analysed by Stanza in one call
        (a list of documents), which batches sentences across articles."""
        import stanza

        texts = iter(texts)
        while batch := list(islice(texts, batch_size)):
            documents = [stanza.Document([], text=text) for text in batch if text.strip()]
            analysed = iter(self.stanza_pipeline(documents) if documents else [])
            for text in batch:
                yield stanza_to_spacy(next(analysed), text, self.vocab, self.has_ner) if text.strip() else self(text)


def stanza_to_spacy(stanza_doc: Any, text: str, vocab, has_ner: bool = False) -> Doc:
    """The spaCy Doc of a Stanza document of ``text``, with ``doc.text == text``."""
    words: list[str] = []
    spaces: list[bool] = []
    analyses: list[list[SyntacticWord] | None] = []  # None for whitespace tokens
    sent_starts: list[bool] = []
    end = 0  # where the previous token ended in text

    def add_whitespace(gap: str) -> None:
        if words and not spaces[-1] and gap.startswith(" "):
            spaces[-1], gap = True, gap[1:]
        if gap:
            words.append(gap), spaces.append(False), analyses.append(None), sent_starts.append(False)

    for sentence in stanza_doc.sentences:
        for position, token in enumerate(sentence.tokens):
            add_whitespace(text[end : token.start_char])
            words.append(text[token.start_char : token.end_char])
            spaces.append(False)
            analyses.append([SyntacticWord(w.text, w.lemma, w.upos, w.feats) for w in token.words])
            sent_starts.append(position == 0)
            end = token.end_char
    add_whitespace(text[end:])
    sent_starts[0] = True  # also when the text starts with whitespace

    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        sent_starts=sent_starts,
        lemmas=_first_word_values(analyses, "lemma", words),
        pos=_first_word_values(analyses, "upos", ["X" if words_of_token else "SPACE" for words_of_token in analyses]),
        morphs=_first_word_values(analyses, "feats", [""] * len(words)),
    )
    if doc.text != text:  # would break every offset of every stage: never let it pass
        raise ValueError("the Stanza tokens do not reproduce the text")
    for token, words_of_token in zip(doc, analyses):
        token._.trnews_syntactic_words = words_of_token
    if has_ner:
        spans = (
            doc.char_span(e.start_char, e.end_char, label=e.type, alignment_mode="expand") for e in stanza_doc.ents
        )
        doc.ents = filter_spans([span for span in spans if span is not None])
    return doc


def _first_word_values(analyses: list, field: str, fallback: list[str]) -> list[str] | None:
    """The ``field`` of each token's first syntactic word; None when Stanza gave none at all."""
    values = [getattr(words[0], field) if words else None for words in analyses]
    if all(value is None for value, words in zip(values, analyses) if words):
        return None
    return [value if value is not None else fallback[i] for i, value in enumerate(values)]
