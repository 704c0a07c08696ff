"""Names given as examples of a kind of organization: ``Schlumberger, Subsea7 ve Saipem gibi
uluslararası şirketler``, ``Aselsan ve Roketsan gibi kuruluşlar``.

A list of capitalized names joined by commas and closed by ``ve`` or ``ile``, then ``gibi``
("such as") and, after at most a few lowercase words (``uluslararası``, ``teknoloji``), a plural
noun of companies or institutions, names organizations of that kind: each member is one, listed
or not. A member in a case (``Saipem'e gibi``) is no example, and the list ends there; the
first word of a sentence before a member's name is the sentence's (``Projede Subsea7 ...``).
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import APOSTROPHES
from pipeline.names.finder import ArticleText
from pipeline.names.shape import NameSpan

#: the word that closes the examples and opens their kind
SUCH_AS = "gibi"
#: plural nouns of organizations, folded stems (``şirketler``, ``firmaları``, ``kuruluşlarla``)
KIND_PLURALS = re.compile(r"(?:şirket|firma|kuruluş|banka|holding|kurum)l[ae]r")
#: the most lowercase words between ``gibi`` and the kind noun (``büyük uluslararası şirketler``)
MAX_KIND_MODIFIERS = 3
#: the most words of one member, and the most members
MAX_MEMBER_WORDS = 3
MAX_MEMBERS = 8
CONJUNCTIONS = frozenset({"ve", "ile"})


def find_example_lists(article: ArticleText, stopwords: set[str]) -> list[NameSpan]:
    """The members of every list of examples before ``gibi`` and a plural noun of organizations."""
    text, text_words = article.text, article.blanked_words
    spans = []
    for index, word in enumerate(text_words):
        if word.folded != SUCH_AS or index == 0 or not _kind_follows(text_words, index):
            continue
        last = index - 1
        for _ in range(MAX_MEMBERS):
            first = _member(text, text_words, last, stopwords)
            if first is None:
                break
            if first < last and text_words[first].start in article.sentence_starts:
                first += 1  # ``Projede Subsea7 ve Saipem gibi``: the sentence's word, then the name
            start, end = text_words[first].start, text_words[last].end
            spans.append(NameSpan(first, last, start, end, end, "", "", written=text[start:end]))
            last = _member_before(text, text_words, first)
    return spans


def _kind_follows(text_words, index: int) -> bool:
    """A plural noun of organizations after ``gibi``, lowercase words between."""
    for following in text_words[index + 1 : index + 2 + MAX_KIND_MODIFIERS]:
        if not following.text.islower():
            return False
        if KIND_PLURALS.match(following.folded):
            return True
    return False


def _member_before(text: str, text_words, first: int) -> int:
    """Index of the last word of the member before the one opening at word ``first``: after a
    comma, or after ``ve``/``ile``; -1 where the list opens there."""
    if first < 1:
        return -1
    before = text_words[first - 1]
    if text[before.end : text_words[first].start] == ", ":
        return first - 1
    if before.folded in CONJUNCTIONS and first >= 2 and text[text_words[first - 2].end : before.start] == " ":
        return first - 2
    return -1


def _member(text: str, text_words, last: int, stopwords: set[str]) -> int | None:
    """Index of the first word of the member ending at word ``last``: capitalized words joined by
    spaces, no case suffix, no function word opening it; None where there is none."""
    if last < 0:
        return None
    word = text_words[last]
    if not word.text[:1].isupper() or text[word.end : word.end + 1] in APOSTROPHES:
        return None
    first = last
    while first > 0 and last - first + 1 < MAX_MEMBER_WORDS and text_words[first - 1].text[:1].isupper() \
            and text[text_words[first - 1].end : text_words[first].start] == " ":
        first -= 1
    while first <= last and text_words[first].folded in stopwords:
        first += 1
    return first if first <= last else None
