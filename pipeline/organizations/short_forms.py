"""Short forms of organizations (``data/organization_short_forms.tsv``): once an article has
named ``İstanbul Büyükşehir Belediye Meclisi``, its ``Meclis`` is that council; ``Kabine``
with no fuller name is the listed ``Cumhurbaşkanlığı Kabinesi``.

A short form is a capitalized bare head noun that no capitalized word follows (``Meclis
Başkanı`` is an office) and that no other mention covers. It is read as a mention of the
nearest organization before it whose name ends in its head (``Meclisi``), else of the first
one after it, else of the row's default catalogue name, else of nothing. Right after an
organization's name (``İTO Meclis salonu``: the chamber's own council) it is never the
default. The default is not taken in an article that speaks of another body with that short form and never of the
default's own (``Meclis`` amid ``belediye başkanı`` and ``meclis üyeleri``, with no
``milletvekili``: a town council no list holds).
"""

from __future__ import annotations

import bisect
from itertools import compress, count

from pipeline.lang.tr.text import after_apostrophe, is_capitalized, suffix_end, turkish_lower, words
from pipeline.lexicons.candidates import folded_words
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText, Findings, Spans
from pipeline.resources import read_tsv


class ShortForms:
    def __init__(self, table: str, catalogue: Catalogue) -> None:
        self._forms: dict[tuple[str, ...], tuple[tuple[str, ...], str | None]] = {}
        #: short form -> (phrases of another body, phrases of the default's own)
        self._default_doubts: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for row in read_tsv(table):
            short = tuple(w.folded for w in words(row["short_form"]))
            head = tuple(w.folded for w in words(row["head"]))
            default = catalogue.key_of(row["default"]) if row["default"].strip() else None
            self._forms[short] = (head, default)
            if row["other_body"].strip():
                self._default_doubts[short] = (_phrases(row["other_body"]), _phrases(row["default_body"]))
        self._lengths = sorted({len(k) for k in self._forms}, reverse=True)
        self._first_words = {short[0] for short in self._forms}  # words no short form starts with are passed over

    def add_mentions(self, article: ArticleText, findings: Findings, catalogue: Catalogue,
                     reserved: list[tuple[int, int]]) -> None:
        text, text_words = article.text, article.words
        taken = Spans(reserved + [(m.start, m.end) for m in findings.matches])
        full_names = None  # the mentions' names as folded words, read at the first short form
        ending_in: dict[tuple[str, ...], list[tuple[int, str]]] = {}  # by head: read once, not once per short form
        added = []
        owner_ends = {m.name_end for m in findings.matches}
        # the words a short form starts with, found at C level: most articles have none
        for i in compress(count(), map(self._first_words.__contains__, folded_words(text_words))):
            word = text_words[i]
            if not is_capitalized(word.text) or after_apostrophe(text, word.start):
                continue
            for length in self._lengths:
                span = text_words[i : i + length]
                short = tuple(w.folded for w in span)
                form = self._forms.get(short) if len(span) == length else None
                if form is None or not _stands_alone(text, text_words, i + length - 1):
                    continue
                start, name_end = span[0].start, span[-1].end
                if taken.overlaps(start, name_end):
                    break
                if full_names is None:
                    full_names = [(m.start, m.key, _folded_words(findings.entity(m.key, catalogue))) for m in findings.matches]
                if form[0] not in ending_in:  # a short form said again reads its names once
                    ending_in[form[0]] = _ending_in(full_names, form[0])
                key = _nearest(ending_in[form[0]], start)
                if key is None and not _after_owner(text, text_words, i, owner_ends):
                    key = self._default(article, short, form[1])
                if key is not None:
                    added.append(GazetteerMatch(start, suffix_end(text, name_end), name_end, key, text[start:name_end]))
                break
        findings.matches.extend(added)

    def _default(self, article: ArticleText, short: tuple[str, ...], default: str | None) -> str | None:
        doubts = self._default_doubts.get(short)
        if default is None or doubts is None:
            return default
        folded = turkish_lower(article.text)
        other_body, own = doubts
        if any(p in folded for p in other_body) and not any(p in folded for p in own):
            return None
        return default


def _phrases(field: str) -> tuple[str, ...]:
    return tuple(turkish_lower(p.strip()) for p in field.split("|") if p.strip())


def _folded_words(entity) -> tuple[str, ...]:
    return tuple(w.folded for w in words(entity.name)) if entity is not None else ()


def _ending_in(full_names: list[tuple[int, str, tuple[str, ...]]], head: tuple[str, ...]) -> list[tuple[int, str]]:
    """(start, key) of the mentions whose name ends in ``head`` (and is longer), in order; not a party's
    own organ (``Parti Meclisi``: its members never call it ``Meclis`` alone, which stays the parliament)."""
    return sorted((s, key) for s, key, name in full_names
                  if len(name) > len(head) and name[-len(head) :] == head and name[0] != _PARTY_WORD)


_PARTY_WORD = "parti"  #: ``Parti Meclisi``, ``Parti Okulu``: a party's organ, named from the party


def _nearest(ending: list[tuple[int, str]], start: int) -> str | None:
    """The key of the nearest mention before ``start`` of ``ending`` (``_ending_in``), else of the first after."""
    before = bisect.bisect_left(ending, (start,))  # (start,) sorts before every (start, key)
    if before:
        return ending[before - 1][1]
    return ending[0][1] if ending else None


def _after_owner(text: str, text_words, index: int, owner_ends: set[int]) -> bool:
    """``İTO Meclis salonu``: right after an organization's name, the short form is that body's
    own council or board: a body named in full before (``İTO Meclisi``), never the default's."""
    if index == 0:
        return False
    before = text_words[index - 1]
    return before.end in owner_ends and text[before.end : text_words[index].start] == " "


def _stands_alone(text: str, text_words, last: int) -> bool:
    """No capitalized word follows after a space (``Meclis Başkanı``, ``Kabine Toplantısı``)."""
    if last + 1 >= len(text_words):
        return True
    following = text_words[last + 1]
    gap = text[text_words[last].end : following.start]
    if gap.strip() == "-" or gap == " " and is_capitalized(following.text):
        return False
    # ``Hazine ve Maliye Bakanı``, ``Dışişleri ve Diaspora Bakanı``: the first field of a longer name
    after_ve = text_words[last + 2] if last + 2 < len(text_words) else None
    return not (gap == " " and following.folded == "ve" and after_ve is not None and is_capitalized(after_ve.text))
