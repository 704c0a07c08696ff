"""The topic taxonomy (``data/topic_taxonomy.tsv``): which concepts an agenda item names.

Concept names are matched on word stems (``pipeline.lang.tr.morphology.match_key``) with the
shared gazetteer, so any inflection of any word meets the listed form: ``düzensiz
göçle mücadele`` and ``düzensiz göç`` are both ``irregular_migration``. Leftmost-longest
matching lets ``enerji güvenliği`` be energy security, not energy plus security. Function
words (postpositions, ``fixed``) keep their written form: ``ilişkin`` ("regarding") would
otherwise stem like ``ilişkiler`` and label every ``X'e ilişkin Y`` as international relations.
"""

from __future__ import annotations

import re

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.topics.clauses import tokens_of
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.lang.tr.morphology import Stemmer
from pipeline.resources import read_tsv
from pipeline.lang.tr.text import Word, words

NONE = "-"


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    broader: str | None
    name_en: str
    iptc: str | None
    weak: bool


#: a plain capital I opening a word in lower case ("Iran"), where Turkish would mostly write İ
_PLAIN_CAPITAL_I = re.compile(r"(?<![^\W\d_])I(?=[a-zçğıöşü])")


def stem_words(text: str, stemmer: Stemmer, fixed: frozenset[str] = frozenset()) -> list[Word]:
    """The words of ``text`` with their stem keys in place of the folded form (the words of
    ``fixed`` as written)."""
    return [
        Word(t.start, t.end, text[t.start : t.end], t.folded if t.folded in fixed else t.key)
        for t in tokens_of(text, words(text), stemmer.key)
    ]


def concept_names(table: str) -> list[str]:
    """Every Turkish concept name of the taxonomy (the vocabulary for a ``Stemmer``)."""
    return [name for row in read_tsv(table) for name in row["variants"].split("|")]


class Taxonomy:
    def __init__(self, table: str, stemmer: Stemmer | None = None, fixed: Iterable[str] = ()) -> None:
        self.stemmer = stemmer or Stemmer()
        self.fixed = frozenset(w.folded for word in fixed for w in words(word))
        self.concepts: dict[str, Concept] = {}
        names: list[tuple[str, str]] = []
        for row in read_tsv(table):
            concept = Concept(
                row["concept"],
                None if row["broader"] == NONE else row["broader"],
                row["name_en"],
                None if row["iptc"] == NONE else row["iptc"],
                row["weak"] == "yes",
            )
            self.concepts[concept.id] = concept
            for variant in row["variants"].split("|"):
                names.append((" ".join(w.folded for w in stem_words(variant, self.stemmer, self.fixed)), concept.id))
        self.gazetteer = Gazetteer(names, proper=False)

    def concepts_in(self, phrase: str) -> list[str]:
        """The concepts a phrase names, in order of first mention. A word opening with a plain
        ``I`` is also read with ``İ`` (``Iran``: the dotted capital typed on a keyboard without
        it), whichever names more concepts."""
        found = self._concepts(phrase)
        dotted = _PLAIN_CAPITAL_I.sub("İ", phrase)
        if dotted != phrase:
            with_dot = self._concepts(dotted)
            if len(with_dot) > len(found):
                return with_dot
        return found

    def _concepts(self, phrase: str) -> list[str]:
        found = [match.key for match in self.gazetteer.find(phrase, stem_words(phrase, self.stemmer, self.fixed))]
        return list(dict.fromkeys(found))

    def main_concept(self, concept_ids: list[str]) -> str | None:
        """The first concept named, unless it only relates others and a stronger one follows."""
        strong = [c for c in concept_ids if not self.concepts[c].weak]
        return (strong or concept_ids or [None])[0]
