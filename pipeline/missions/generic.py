"""Operations named by what they go after, not by a name of their own.

Headlines and subheadings capitalize every word, so a capitalized run before a mission head is
often no name: ``Dev Uyuşturucu Operasyonu``, ``Tefeci Operasyonu`` (a police raid),
``Algı Operasyonu`` (a figure of speech), ``Menisküs Operasyonu`` (a surgery), ``Asfalt Harekâtı``
(a municipal drive), ``Alım Gücü`` (purchasing power). Such a found name is dropped when the word
right before its head

- names the kind of the operation (``data/mission_kind_words.tsv``: a crime, a target group, a
  body part, a municipal work), itself or its stem; or
- is written in lowercase right before a word for an operation elsewhere in the article (the
  article says ``uyuşturucu operasyonunda``: a common noun); or
- is the name's only word, and the article writes it in lowercase elsewhere (``asfalt``,
  ``temizlik``).

A named operation's words are not written so: ``Kandil Operasyonu`` (a place), ``Pençe-Kilit
Harekâtı``. Listed missions (``data/missions.tsv``) are never dropped here.
"""

from __future__ import annotations

import functools
import re

from pipeline.lang.tr.morphology import stems
from pipeline.lang.tr.text import Word
from pipeline.names.finder import ArticleText
from pipeline.names.openers import lowercase_words_of
from pipeline.names.shape import NameSpan
from pipeline.resources import read_words

#: the lowercase words for an operation or a force, in any form (``operasyonunda``, ``harekâtı``)
OPERATION_WORDS = r"(?:operasyon|harek[aâ]t|misyon|gücü|güç|görev)"
#: stems shorter than this are too often another word's (``bel`` in ``belde``)
MIN_STEM = 4


class GenericOperations:
    def __init__(self, kind_words: str) -> None:
        self.kind_words = frozenset(read_words(kind_words))

    def is_generic(self, article: ArticleText, span: NameSpan) -> bool:
        """Whether the name ``span`` found by its head names a kind of operation, not one operation."""
        head_first = article.first_word_from(span.head_start) if span.head_start >= 0 else span.last
        if head_first - 1 < span.first:
            return False
        before = article.blanked_words[head_first - 1]
        if not before.text[:1].isupper():
            return False
        return self._is_kind_word(before) or _written_lowercase_before_operation(article.text, before.folded) \
            or head_first - 1 == span.first and _written_lowercase(article, before)

    def _is_kind_word(self, word: Word) -> bool:
        return word.folded in self.kind_words or any(
            stem in self.kind_words for stem in stems(word.folded) if len(stem) >= MIN_STEM
        )


def _written_lowercase_before_operation(text: str, folded: str) -> bool:
    """``uyuşturucu operasyonunda``: the word in lowercase, with any ending, before a word for an operation."""
    return _lowercase_phrase(folded).search(text) is not None


@functools.lru_cache(maxsize=256)
def _lowercase_phrase(folded: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’]){re.escape(folded)}[a-zçğıöşüâî]*\s+{OPERATION_WORDS}")


def _written_lowercase(article: ArticleText, word: Word) -> bool:
    """The word, or its stem, written in lowercase somewhere in the article."""
    lowercase = lowercase_words_of(article.words)
    return word.folded in lowercase or any(
        stem in lowercase for stem in stems(word.folded) if len(stem) >= MIN_STEM
    )
