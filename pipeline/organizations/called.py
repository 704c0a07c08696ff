"""Names an article introduces as an organization's: ``"Mavi Ay" isimli bir şirket``,
``Kuzey Yapı adlı firma``.

A name followed by ``isimli``/``adlı``/``adında`` ("named") and a noun of what it names is
that thing's name; only nouns of organizations count (``şirket``, ``firma``, ``dernek``), not
those of films, books or people (``"Gece" adlı film``, ``Can adında bir oğul``).
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import turkish_lower
from pipeline.names.finder import ArticleText
from pipeline.names.shape import NameSpan
from pipeline.resources import read_words

#: "named": the word every match holds; most articles have none, and a search for it alone is
#: several times cheaper than the whole pattern's scan
_NAMED = re.compile(r" (?:isimli|adlı|adında|isminde|ismindeki|adındaki) ")
#: A quoted name, or a run of up to four capitalized words, then "named" and the noun
_CALLED = re.compile(
    r"(?:[\"“](?P<quoted>[^\"“”\n]{1,40})[\"”]|(?P<bare>[A-ZÇĞİÖŞÜ][\w.&-]*(?: [A-ZÇĞİÖŞÜ][\w.&-]*){0,3}))"
    + _NAMED.pattern + r"(?:bir )?(?P<noun>[^\W\d_]+)"
)


class CalledNames:
    def __init__(self, table: str) -> None:
        self.nouns = tuple(sorted(read_words(table, "noun")))

    def find(self, article: ArticleText) -> list[NameSpan]:
        spans: list[NameSpan] = []
        if not _NAMED.search(article.text):
            return spans
        for match in _CALLED.finditer(article.text):
            if not turkish_lower(match.group("noun")).startswith(self.nouns):
                continue
            group = "quoted" if match.group("quoted") else "bare"
            start, end = match.span(group)
            inside = article.words_between(start, end)
            if not inside or not inside[0].text[:1].isupper():
                continue
            spans.append(article.written_name(start, end, len(inside)))
        return spans
