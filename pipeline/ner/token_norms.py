"""Token norms for the NER model: the Turkish-lower-cased stem before an apostrophe suffix.

spaCy's Turkish tokenizer keeps case suffixes inside the token (``Türkiye'nin`` is one
token), so the hashed NORM feature of the NER model's tok2vec would see ``türkiye'nin``,
``türkiye'de`` and ``türkiye`` as three unrelated words. This stage, the first one of the
trained NER pipeline (``models/ner``), sets ``token.norm_`` to the stem in Turkish lower case
(``türkiye``); the token's SUFFIX feature still carries the case ending. Importing
``pipeline`` registers the factory, so ``spacy.load("models/ner")`` needs ``import pipeline`` first.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.tr.text import strip_apostrophe_suffix, turkish_lower


@lru_cache(maxsize=200_000)  # word forms repeat: the cache makes this stage nearly free
def stem_norm(word: str) -> str:
    """``Türkiye'nin`` -> ``türkiye``; a lone apostrophe or ``'nin`` stays as it is, lower-cased."""
    return turkish_lower(strip_apostrophe_suffix(word) or word)


#: how many distinct word forms ``TokenNorms`` remembers the norm of (then it starts again)
NORM_MEMO_SIZE = 200_000


class TokenNorms:
    """Sets ``token.norm_`` of every token through the Doc's arrays: making a ``Token`` per
    token and setting its norm cost more than the norms (a norm is remembered per word form)."""

    def __init__(self) -> None:
        self._norms: dict[int, str] = {}  # ORTH hash -> norm

    def __call__(self, doc: Doc) -> Doc:
        strings, norms = doc.vocab.strings, []
        for orth in doc.to_array(ORTH).tolist():
            norm = self._norms.get(orth)
            if norm is None:
                if len(self._norms) >= NORM_MEMO_SIZE:
                    self._norms.clear()
                norm = self._norms[orth] = stem_norm(strings[orth])
            norms.append(strings.add(norm))  # what ``token.norm_ = norm`` stores
        if norms:
            doc.from_array([NORM], numpy.array(norms, dtype="uint64"))
        return doc


@Language.factory("trnews_token_norms")
def make_token_norms(nlp: Language, name: str) -> TokenNorms:
    return TokenNorms()
