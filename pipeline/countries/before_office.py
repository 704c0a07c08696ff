"""A country whose name is also an ordinary word (``Sudan``: "from water", ``Mali``: "financial",
``Çad``), opening a sentence before an office of a state: ``Sudan Dışişleri Bakanı X``, ``Mali
Cumhurbaşkanı X`` name the country whose minister or president X is. Opening a sentence, such a
name is otherwise read as the ordinary word (``lexicons.gazetteer``: ``ambiguous``). Read by
``pipeline.countries.component``."""

from __future__ import annotations

import re

from pipeline.lang.tr.text import Word, is_capitalized, turkish_lower
from pipeline.resources import read_tsv

#: the roles of ``data/titles.tsv`` that only a state holds: its ministers, its head and its government's
STATE_ROLES = frozenset({"minister", "head_of_state", "head_of_government"})
#: the possessive on an office's last word (``Bakanı``, ``Cumhurbaşkanı``, ``Sekreteri``), matched as a prefix
_POSSESSIVE = re.compile("s?[ıiuü]$")


def state_offices(titles: str) -> frozenset[tuple[str, ...]]:
    """The folded words of the state's offices in the title lexicon, the last one without its
    possessive (``("dışişleri", "bakan")``, ``("cumhurbaşkan",)``)."""
    offices = set()
    for row in read_tsv(titles):
        if row["role"] in STATE_ROLES and row["kind"] == "office":
            said = turkish_lower(row["title"]).split()
            offices.add((*said[:-1], _POSSESSIVE.sub("", said[-1]) or said[-1]))
    return frozenset(offices)


def office_follows(text: str, text_words: list[Word], index: int, offices: frozenset[tuple[str, ...]]) -> bool:
    """Whether the capitalized words right after word ``index`` (one space apart) say one of ``offices``."""
    following: list[Word] = []
    for word in text_words[index + 1 : index + 6]:
        previous = following[-1] if following else text_words[index]
        if text[previous.end : word.start] != " " or not is_capitalized(word.text):
            break
        following.append(word)
    return any(len(office) <= len(following)
               and all(w.folded == part for w, part in zip(following, office[:-1]))
               and following[len(office) - 1].folded.startswith(office[-1])
               for office in offices)
