"""Clues about the words of one article that the title finder reads (``TextClues``): which
words are names, which sentence openers only an organization's mention takes in."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.extensions import doc_analysis
from pipeline.lang.tr.text import Word, fold_for_matching, is_all_caps, turkish_lower
from pipeline.lexicons.candidates import word_starts
from pipeline.names.legal_forms import listed_forms
from pipeline.resources import read_tsv


def capitalized_inside(doc: Doc, words: list[Word], capitalized: list[int]) -> set[str]:
    """Folded words written capitalized (``capitalized``: their indices) inside a sentence: names
    (with the words of other stages' mentions, the known proper words the title finder reads)."""
    sentence_starts = set(doc_analysis(doc).sentence_starts.tolist())
    return {words[i].folded for i in capitalized if words[i].start not in sentence_starts}


def place_words(table: str) -> frozenset[str]:
    """Folded one-word names of the listed places that are no ordinary word (``konya``)."""
    return frozenset(turkish_lower(row["name"]) for row in read_tsv(table)
                     if " " not in row["name"] and "ambiguous" not in row["flags"])


def district_words(table: str) -> frozenset[str]:
    """Folded one-word names of the listed districts, ambiguous ones too (``kazımkarabekir``,
    ``yunusemre``): a district named after a person is often written as the name, in two or three
    words (``Kazım Karabekir Kaymakamı``), which joined spell it."""
    return frozenset(turkish_lower(row["name"]) for row in read_tsv(table)
                     if " " not in row["name"] and row["kind"] == "district")


def region_words(table: str) -> frozenset[str]:
    """Folded one-word names of the listed regions and continents (``avrupa``, ``balkanlar``)."""
    return frozenset(turkish_lower(row["name"]) for row in read_tsv(table)
                     if " " not in row["name"] and row["kind"] == "region")


#: a case ending that shows the word is a common noun in a sentence, not the first word of a name:
#: a dative or accusative after a buffer (``Törene``, ``Açıklamayı``), a genitive, locative, ablative
_CASE_AT_OPENER = re.compile(r"(?:[yn][ae]|y[ıiuü]|n?[ıiuü]n|[dt][ae]n?|n[dt][ae]n?)$")


def glued_openers(words: list[Word], openers: frozenset[int], inside: set[str],
                  organizations: list[tuple[int, int]], other_words: set[int],
                  listed: frozenset[int] = frozenset()) -> frozenset[int]:
    """The first words of organizations' mentions of several words that open a sentence, stand in
    a case, belong to no other stage's mention and are never capitalized inside a sentence:
    ``Törene CHP Parti Meclis Üyesi`` read as the organization ``Törene CHP Parti`` gives no title
    ``Törene ...``; ``Vodafone Türkiye``, one word named alone, keeps its name. ``inside``: the folded words written capitalized inside a
    sentence (``capitalized_inside``). ``listed``: starts of mentions that open with the first
    word of a catalogue's name (``Dünya Bankası``: ``Dünya`` only ends like a dative) or that end
    in a company's legal form (``company_openings``)."""
    starts = word_starts(words)
    glued = set()
    for start, end in organizations:
        i = bisect.bisect_left(starts, start)
        if i >= len(words) or starts[i] != start or i + 1 >= len(words) or words[i + 1].start >= end:
            continue
        if start in listed or any(k in other_words for k in range(i, bisect.bisect_left(starts, end))):
            continue  # ``Vodafone Türkiye``: a name and a country, both found
        word = words[i]
        if start in openers and not is_all_caps(word.text) and len(word.folded) > 4 and word.folded not in inside \
                and _CASE_AT_OPENER.search(word.folded):
            glued.add(start)
    return frozenset(glued)


def company_openings(text: str, organizations: list[tuple[int, int]]) -> frozenset[int]:
    """Starts of organizations' mentions that end in a company's legal form (``Akkuyu Nükleer A.Ş.``
    opening a sentence): the registered name is written whole, its first word no common noun in
    a case (``Akkuyu`` only ends like an accusative)."""
    forms = _legal_forms()
    return frozenset(start for start, end in organizations
                     if " " in text[start:end] and text[start:end].rstrip(".").endswith(forms))


@lru_cache(maxsize=1)
def _legal_forms() -> tuple[str, ...]:
    """Companies' legal forms without a closing dot (``A.Ş``, ``Ltd. Şti``; ``data/company_legal_forms.tsv``),
    each after the space that parts it from the name."""
    return tuple(" " + form.rstrip(".") for form in listed_forms())


def listed_openings(text: str, mentions: list) -> frozenset[int]:
    """Starts of organizations' mentions that open with the first word of their listed name
    (``Dünya Bankası`` opening a sentence): a catalogue spells that word as part of the name.
    ``mentions``: (mention, entity) pairs of the earlier stages; only listed entities have an
    English name."""
    return frozenset(
        start for (start, end), entity in mentions
        if entity.type == "ORGANIZATION" and entity.name_en and " " in text[start:end]
        and fold_for_matching(text[start:end].split()[0]) == fold_for_matching(entity.name.split()[0])
    )
