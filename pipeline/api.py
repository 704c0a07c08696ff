"""The public library API: ``load``, ``extract``, ``extract_many``."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.assemble import doc_to_record
from pipeline.extensions import register_extensions
from pipeline.published import parse_published
from pipeline.resources import models_dir
from pipeline.schema import ErrorRow, Record

#: The extractor stages in order, with their config overrides (defaults live in each factory).
STAGES: list[tuple[str, dict[str, Any]]] = [
    ("trnews_document", {}),
    ("trnews_analysis", {}),
    ("trnews_countries", {}),
    ("trnews_missions", {}),
    ("trnews_organizations", {}),
    ("trnews_locations", {}),
    ("trnews_persons", {}),
    ("trnews_money", {}),
    ("trnews_dates", {}),
    ("trnews_topics", {}),
    ("trnews_ents", {}),
]
Result = TypeVar("Result")  #: what a batch gives per processed Doc: its record, or the Doc itself
NER_MODEL = "ner"  # folder under models/ holding the trained spaCy NER pipeline
#: the trained topics tagger's stage, added before the topics stage with ``topic_model=True``
TOPIC_TAGGER = "trnews_topic_tagger"
#: How many distinct whitespace-separated chunks spaCy's tokenizer remembers the tokens of.
#: Its default (10,000) fills within the first few hundred articles and then stops: every
#: later chunk outside it is split by the affix rules again, each time it is met (the 419
#: ``news-raw`` articles hold 21,598 distinct chunks; their second pass took 5x the time
#: with the default). A chunk costs about 50-100 bytes: this is at most ~20 MB. The tokens
#: are the same either way (the cache holds what the rules give).
TOKENIZER_CACHE_CHUNKS = 200_000

_loaded: dict[tuple[str, str, bool, bool], Language] = {}
#: id of a loaded pipeline -> load's arguments (backend, model, ner, topic_model)
_settings_of: dict[int, tuple[str, str | Path | None, bool, bool]] = {}


def load(
    backend: str = "spacy", model: str | Path | None = None, ner: bool = False, topic_model: bool = False
) -> Language:
    """The Turkish pipeline: the extractor stages, after the trained NER model when ``ner``.

    The NER model (``models/ner``) is off by default: at its current accuracy (entity F1 0.65
    on Wiki NER, 0.75 on Milliyet news, ``models/README.md``) it adds a few false persons to
    the records and costs throughput (README, "Named-entity model" and "Batch runs"). With ``ner=True`` its spans are in
    ``doc.ents`` and the person stage reads them. Loaded once per process and setting;
    ``model`` points at another NER pipeline folder (spaCy backend; implies ``ner``) or a
    Stanza model folder (``backend="stanza"``, see ``pipeline.backends.stanza_backend``).

    ``topic_model`` adds the trained topics tagger (``models/topics``, stage
    ``trnews_topic_tagger``): the topics stage then also takes its items where its rules found
    none in a paragraph. Off by default: on fresh meeting reports it adds about 0.01-0.02 of
    topics F1 for about 2.5x the CPU time (README, "Topics tagger").
    """
    key = (backend, str(model), ner, topic_model)
    if key not in _loaded:
        ner_path = models_dir() / NER_MODEL if ner else None
        if backend == "spacy":
            _loaded[key] = _build_spacy_pipeline(Path(model) if model else ner_path)
        elif backend == "stanza":
            _loaded[key] = _build_stanza_pipeline(model, ner_path)
        else:
            raise ValueError(f"unknown backend {backend!r}; available: 'spacy', 'stanza'")
        if topic_model:
            _loaded[key].add_pipe(TOPIC_TAGGER, before="trnews_topics")
        # the lexicons live as long as the process: moved out of the garbage collector's sight,
        # they are not scanned again at every full collection (long articles triggered many)
        gc.collect()
        gc.freeze()
        _settings_of[id(_loaded[key])] = (backend, model, ner, topic_model)
    return _loaded[key]


def load_settings_of(nlp: Language) -> tuple[str, str | Path | None, bool, bool] | None:
    """The (backend, model, ner, topic_model) ``load`` made ``nlp`` with; None for a pipeline it did not make."""
    settings = _settings_of.get(id(nlp))
    return settings if settings is not None and _loaded.get((settings[0], str(settings[1]), *settings[2:])) is nlp else None


def _has_model(path: Path | None) -> bool:
    return path is not None and (path / "config.cfg").exists()


def _build_spacy_pipeline(ner_path: Path | None) -> Language:
    nlp = spacy.load(ner_path) if _has_model(ner_path) else spacy.blank("tr")
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
    return _add_stages(nlp)


def _build_stanza_pipeline(stanza_dir: str | Path | None, ner_path: Path | None) -> Language:
    """Stanza's analysis; its NER when the Stanza model has one, else (with ``ner``) the project's."""
    from pipeline.backends.stanza_backend import stanza_language

    nlp = stanza_language(stanza_dir)
    if not nlp.tokenizer.has_ner and _has_model(ner_path):
        ner_pipeline = spacy.load(ner_path)
        for name in ner_pipeline.pipe_names:
            nlp.add_pipe(name, source=ner_pipeline)
    return _add_stages(nlp)


def _add_stages(nlp: Language) -> Language:
    register_extensions()
    for name, config in STAGES:
        if name == "trnews_document":  # before the NER model too: it resets the Doc's results
            nlp.add_pipe(name, config=config, first=True)
        elif name == "trnews_analysis":  # right after it: every later stage reads the analysis
            nlp.add_pipe(name, config=config, after="trnews_document")
        else:
            nlp.add_pipe(name, config=config)
    return nlp


def text_id(text: str) -> str:
    """The id of an article given without one: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _make_doc(
    nlp: Language, text: str, id: str | None, published: dt.date | str | None, doc: Doc | None = None
) -> Doc:
    """The Doc of ``text`` with the article's id and date; ``doc``: its tokens, made already."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {type(text).__name__}")
    if len(text) > nlp.max_length:  # spaCy's own message is a paragraph about parser memory
        raise ValueError(f"text has {len(text):,} characters, more than the limit of {nlp.max_length:,} (nlp.max_length)")
    doc = nlp.make_doc(text) if doc is None else doc
    doc.user_data["trnews_text"] = text  # what extensions.doc_text gives, without rebuilding it from the tokens
    doc._.trnews_id = id if id is not None else text_id(text)
    doc._.trnews_published = parse_published(published)
    return doc


def process(
    text: str, id: str | None = None, published: dt.date | str | None = None, nlp: Language | None = None
) -> Doc:
    """The processed spaCy Doc of one article: its extractions are in ``doc.spans`` and
    ``doc.ents`` (for displaCy: ``pipeline.display.displacy_ents(doc)``)."""
    nlp = nlp or load()
    return nlp(_make_doc(nlp, text, id, published))


def extract(
    text: str, id: str | None = None, published: dt.date | str | None = None, nlp: Language | None = None
) -> Record:
    """The record of one article. ``published`` (a date, ``2026-01-22`` or ``22.01.2026``, see
    ``pipeline.published``) resolves relative dates."""
    return doc_to_record(process(text, id, published, nlp))


def extract_many(
    rows: Iterable[Mapping[str, Any]], nlp: Language | None = None, batch_size: int = 32, n_process: int = 1
) -> Iterator[Record | ErrorRow]:
    """One ``Record`` or ``ErrorRow`` per input row (dicts with ``text``, optional ``id`` and
    ``published``), in input order. A row that fails never stops the others.

    ``n_process``: worker processes (-1: one per CPU), each given chunks of ``batch_size``
    rows (``pipeline.parallel``); the records are the same as with one."""
    nlp = nlp or load()
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1 (or -1: one per CPU), got {n_process}")
    if n_process > 1:
        from pipeline.parallel import extract_in_processes

        yield from extract_in_processes(rows, nlp, batch_size, n_process)
        return
    rows = iter(rows)
    while batch := list(islice(rows, batch_size)):
        yield from _run_batch(nlp, _prepare_batch(nlp, batch), doc_to_record)


def process_many(
    rows: Iterable[Mapping[str, Any]], nlp: Language | None = None, batch_size: int = 32
) -> Iterator[Doc | ErrorRow]:
    """As ``extract_many``, the processed Docs instead of their records (for displaCy,
    ``pipeline.render``): one ``Doc`` or ``ErrorRow`` per input row, in input order."""
    nlp = nlp or load()
    rows = iter(rows)
    while batch := list(islice(rows, batch_size)):
        yield from _run_batch(nlp, _prepare_batch(nlp, batch), lambda doc: doc)


def _prepare_batch(nlp: Language, rows: list[Mapping[str, Any]]) -> list[tuple[str | None, Doc | ErrorRow]]:
    """The rows' Docs, their texts tokenized together (``tokenizer.pipe``): the Stanza backend
    analyses a list of documents in one call. If that fails, each row is tokenized alone."""
    usable = [i for i, row in enumerate(rows) if _is_usable_text(nlp, row.get("text"))]
    try:
        tokenized = dict(zip(usable, nlp.tokenizer.pipe([rows[i]["text"] for i in usable], batch_size=len(rows))))
    except Exception:  # noqa: BLE001  (the row that fails becomes an error row below)
        tokenized = {}
    return [_prepare(nlp, row, tokenized.get(i)) for i, row in enumerate(rows)]


def _is_usable_text(nlp: Language, text: Any) -> bool:
    return isinstance(text, str) and bool(text.strip()) and len(text) <= nlp.max_length


def _prepare(nlp: Language, row: Mapping[str, Any], doc: Doc | None = None) -> tuple[str | None, Doc | ErrorRow]:
    row_id = row.get("id")
    row_id = None if row_id is None else str(row_id)
    try:
        text = row.get("text")
        if text is None:
            raise ValueError("row has no 'text' field")
        if isinstance(text, str) and not text.strip():
            raise ValueError("text is empty")
        return row_id, _make_doc(nlp, text, row_id, row.get("published"), doc)
    except (TypeError, ValueError) as error:
        return row_id, ErrorRow(id=row_id, error=str(error), source=row.get("source"))


def _run_batch(
    nlp: Language, batch: list[tuple[str | None, Doc | ErrorRow]], finish: Callable[[Doc], Result]
) -> Iterator[Result | ErrorRow]:
    """``finish`` (the record, or the Doc itself) of each processed Doc; an error row for a row
    that fails, in ``nlp`` or in ``finish``."""
    docs = [item for _, item in batch if isinstance(item, Doc)]
    try:
        processed = iter(list(nlp.pipe(docs)))
        results = [item if isinstance(item, ErrorRow) else finish(next(processed)) for _, item in batch]
    except Exception:  # one bad article must not cost the batch: redo one by one
        results = [_run_one(nlp, row_id, item, finish) for row_id, item in batch]
    yield from results


def _run_one(
    nlp: Language, row_id: str | None, item: Doc | ErrorRow, finish: Callable[[Doc], Result]
) -> Result | ErrorRow:
    if isinstance(item, ErrorRow):
        return item
    try:
        return finish(nlp(item))
    except Exception as error:  # noqa: BLE001  (reported in the error row, never lost)
        return ErrorRow(id=row_id, error=f"{type(error).__name__}: {error}")
