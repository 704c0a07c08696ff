"""A listed meeting's acronym with the number of its session written on: ``COP31'de``,
``COP29 zirvesi`` name the UN climate conference (``COP``). Only rows flagged ``sessions``
read so: an acronym with digits is most often a model or a product (``F16``, ``A400M``)."""

from __future__ import annotations

import re

from pipeline.lang.tr.text import suffix_end
from pipeline.lexicons.catalogue import Catalogue, fold_name
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText

#: an acronym in capitals and a session's number right after it (``COP31``)
_NUMBERED = re.compile(r"([^\W\d_]{2,})(\d{1,3})")


class NumberedSessions:
    def __init__(self, catalogue: Catalogue) -> None:
        #: the folded acronyms of the rows held in numbered sessions, to their keys
        self._keys = {fold_name(row.entity.acronym): row.key for row in catalogue
                      if "sessions" in row.flags and row.entity.acronym}

    def find(self, article: ArticleText) -> list[GazetteerMatch]:
        """``COP31'de``: the mention of the row whose acronym opens the word, its suffix included."""
        matches = []
        for word in article.words:
            numbered = _NUMBERED.fullmatch(word.text) if word.text[-1:].isdigit() else None
            if numbered is None or not numbered.group(1).isupper():
                continue
            key = self._keys.get(fold_name(numbered.group(1)))
            if key is not None:
                matches.append(GazetteerMatch(word.start, suffix_end(article.text, word.end), word.end, key, word.text))
        return matches
