"""Process-wide memos of Stanza's context-free steps: each input is analysed once.

Lemmas. Stanza's lemmatizer reads one word and its universal part of speech and nothing else
(no sentence context: ``stanza/pipeline/lemma_processor.py`` looks the pair up in the model's
dictionary and sends the rest to a seq2seq model that reads the word's characters; the
Turkish model has no contextual lemmatizer and is not caseless). So a pair has one lemma
wherever it occurs and in whatever batch (checked: 9,737 pairs of news text, each
lemmatized alone, gave the lemmas of the batched run). ``LemmaMemo`` wraps the lemma
processor's ``process``: the words whose pair was seen before get the remembered lemma, and
only the unseen pairs, each once, go to Stanza's lemmatizer as a small document of their
own, sorted by length so that its batches decode words of like length. The memo holds at
most ``max_size`` pairs (the oldest go first); a pair that was dropped is lemmatized again,
to the same lemma, so the output does not depend on what the memo holds.

Multi-word tokens. Stanza's MWT expander reads one token flagged by the tokenizer and nothing
else (``stanza/pipeline/mwt_processor.py``: the model's dictionary, else a seq2seq model over
the token's characters): ``MwtMemo`` remembers the expansion of each token text, and only
unseen texts, each once, go to Stanza's expander.

Vocabulary look-ups of the tagger. Stanza spells each word's vector of feature ids out anew
(``CompositeVocab.id2unit``: ``Case=Nom|Number=Sing``), parses the feature string of each
word to ids, and maps each word's characters to ids, all pure functions; ``memoize_method``
remembers their results (each memo is emptied when full).
"""

from __future__ import annotations

from typing import Any, Callable

#: (word, part of speech) pairs remembered per process (the 419 news-raw articles have 19,253,
#: about 280 bytes each: at most about 30 MB)
MAX_LEMMAS = 100_000
#: token texts whose multi-word expansion is remembered (a small share of tokens is flagged)
MAX_EXPANSIONS = 50_000
#: feature-id vectors whose spelling is remembered (a model has a few thousand combinations)
MAX_SPELLINGS = 20_000
#: words whose character ids (for the tagger's character model) are remembered (at most
#: about 30 MB)
MAX_WORDS = 100_000


class LemmaMemo:
    """A lemma processor's ``process`` with a bounded memo of the lemma of each (word, upos)."""

    def __init__(self, process: Callable[[Any], Any], max_size: int = MAX_LEMMAS) -> None:
        self.stanza_process = process  # Stanza's own LemmaProcessor.process
        self.max_size = max_size
        self.lemmas: dict[tuple[str, str | None], str] = {}

    def __call__(self, document: Any) -> Any:
        words = [word for sentence in document.sentences for word in sentence.words]
        keys = [(word.text, word.upos) for word in words]
        unseen = list(dict.fromkeys(key for key in keys if key not in self.lemmas))
        # by length (stable): the seq2seq decodes a batch until its longest word is done, so
        # words of like length batched together waste fewer steps (about 1.4x less lemma time)
        unseen.sort(key=lambda pair: len(pair[0]))
        found = self.lemmatize(unseen) if unseen else {}
        lemmas = self.lemmas
        for word, key in zip(words, keys):
            lemma = found.get(key)
            word.lemma = lemma if lemma is not None else lemmas[key]
        return document

    def lemmatize(self, pairs: list[tuple[str, str | None]]) -> dict[tuple[str, str | None], str]:
        """The lemma Stanza gives each pair, from a document of one sentence holding just them;
        remembered for later documents."""
        from stanza import Document

        sentence = [{"id": index, "text": text, "upos": upos} for index, (text, upos) in enumerate(pairs, 1)]
        analysed = self.stanza_process(Document([sentence]))
        found = {pair: word.lemma for pair, word in zip(pairs, analysed.sentences[0].words)}
        _remember(self.lemmas, found, self.max_size)
        return found


class MwtMemo:
    """An MWT processor's ``process`` with a bounded memo of the expansion of each token text."""

    def __init__(self, process: Callable[[Any], Any], max_size: int = MAX_EXPANSIONS) -> None:
        self.stanza_process = process  # Stanza's own MWTProcessor.process
        self.max_size = max_size
        self.expansions: dict[str, str] = {}

    def __call__(self, document: Any) -> Any:
        texts = document.get_mwt_expansions(evaluation=True)  # the flagged tokens, in order
        unseen = list(dict.fromkeys(text for text in texts if text not in self.expansions))
        found = self.expand(unseen) if unseen else {}
        expansions = [found[text] if text in found else self.expansions[text] for text in texts]
        document.set_mwt_expansions(expansions, process_manual_expanded=False)  # as Stanza's process
        return document

    def expand(self, texts: list[str]) -> dict[str, str]:
        """The expansion Stanza's processor gives each token text (what it would hand to
        ``set_mwt_expansions``), from a document of just those tokens; remembered."""
        from stanza import Document

        tokens = Document([[{"id": 1, "text": text, "misc": "MWT=Yes"}] for text in texts])
        given: list[str] = []
        tokens.set_mwt_expansions = lambda expansions, **options: given.extend(expansions)
        self.stanza_process(tokens)
        if len(given) != len(texts):
            raise RuntimeError(f"Stanza's MWT expander gave {len(given)} expansions for {len(texts)} tokens")
        found = dict(zip(texts, given))
        _remember(self.expansions, found, self.max_size)
        return found


def _remember(memo: dict, found: dict, max_size: int) -> None:
    """Add what was found to a memo of at most ``max_size`` entries, the oldest going first."""
    for key, value in found.items():
        if len(memo) >= max_size:
            del memo[next(iter(memo))]
        memo[key] = value


def memoize_method(vocab: Any, name: str, max_size: int, as_list: bool = False) -> None:
    """Replace the pure method ``vocab.<name>`` by one that remembers its result per argument
    (emptied when full). List arguments are keyed as tuples; with ``as_list`` the result is
    kept as a tuple and every caller gets a list of its own."""
    compute = getattr(vocab, name)
    results: dict[Any, Any] = {}

    def remembered(argument):
        key = tuple(argument) if isinstance(argument, list) else argument
        result = results.get(key)
        if result is None:
            if len(results) >= max_size:
                results.clear()
            result = compute(argument)
            result = results[key] = tuple(result) if as_list else result
        return list(result) if as_list else result

    setattr(vocab, name, remembered)


def memoize(stanza_pipeline: Any) -> Any:
    """Give the pipeline's lemma and MWT processors their memos and the tagger's feature
    vocabulary its spelling memo (where the pipeline has them); returns the pipeline."""
    processors = stanza_pipeline.processors
    lemma = processors.get("lemma")
    if lemma is not None and not getattr(lemma, "use_identity", False):
        lemma.process = LemmaMemo(lemma.process)
    mwt = processors.get("mwt")
    if mwt is not None:
        mwt.process = MwtMemo(mwt.process)
    pos = processors.get("pos")
    if pos is not None:
        from stanza.models.common.vocab import CompositeVocab

        for name in ("xpos", "feats"):
            vocab = pos.vocab[name] if name in pos.vocab else None
            # spelled as one string (sep given): a list spelling would be shared and mutable
            if isinstance(vocab, CompositeVocab) and vocab.sep is not None:
                memoize_method(vocab, "id2unit", MAX_SPELLINGS)  # ids -> "Case=Nom|..."
                memoize_method(vocab, "unit2id", MAX_SPELLINGS, as_list=True)  # and back
        if "char" in pos.vocab:
            memoize_method(pos.vocab["char"], "map", MAX_WORDS, as_list=True)  # a word's characters -> ids
    return stanza_pipeline
