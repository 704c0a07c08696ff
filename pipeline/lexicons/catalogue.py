"""Catalogues of named things (missions, organizations, locations) read from ``data/``.

A catalogue TSV has one row per real thing: its canonical ``name``, optional ``acronym``,
``name_en``, further entity attributes (``parent``, ``country``), a ``kind``, ``flags`` and
``aliases`` separated by ``|``. Every spelling of a row becomes a gazetteer entry under the
row's key (its canonical name), together with the spelling variants Turkish writers use
interchangeably: ``Harekâtı``/``Harekatı`` and ``İşbirliği``/``İş birliği``.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from pipeline.lexicons.gazetteer import Gazetteer, GazetteerMatch
from pipeline.resources import data_path, read_tsv
from pipeline.schema import Entity
from pipeline.lang.tr.endings import ends_in, spells_case, spells_case_after_plural
from pipeline.lang.tr.morphology import SOFTENED_TO_HARD
from pipeline.lang.tr.text import APOSTROPHES, Word, fold_for_matching, is_all_caps

_CIRCUMFLEX = str.maketrans("âîûÂÎÛ", "aiuAİU")
_JOINED_COMPOUND = re.compile(r"\b(İş|iş|İŞ|Güç|güç|GÜÇ)(birliği|BİRLİĞİ)")
#: a capital I opening a word in lower case: in a foreign name Turkish writers make it İ
#: (``İnterfax``, ``İntel``); a word of capitals (``IMF``) keeps its spelling
_FOREIGN_CAPITAL_I = re.compile(r"\bI(?=[a-zçğöşü])")
#: The ``kind`` of rows that look like names of the catalogue's things but are none
#: (``Gümrük Birliği`` is a customs union, no organization).
LOOK_ALIKE = "look_alike"
#: A pattern-found name this few letters away from a catalogue name of as many words, each
#: word beginning alike, is that entry (a typo in a headline: ``TÜRK DEVLKETLERİ TEŞKİLATI``);
#: ``BM Barış Gücü`` is no typo of ``AB Barış Gücü``.
FUZZY_MAX_EDITS = 2
FUZZY_MIN_LENGTH = 15


def spelling_variants(name: str) -> list[str]:
    """The name and its variants without circumflex, with ``işbirliği`` split in two, and a
    foreign word's capital I written as Turkish writers do (``İnterfax`` for ``Interfax``)."""
    variants = [name, name.translate(_CIRCUMFLEX)]
    for variant in list(variants):
        variants.append(_JOINED_COMPOUND.sub(lambda m: f"{m.group(1)} {m.group(2)}", variant))
    for variant in list(variants):
        variants.append(_FOREIGN_CAPITAL_I.sub("İ", variant))
    return list(dict.fromkeys(variants))


def fold_name(name: str) -> str:
    """The comparison key of a name: scorer folding plus circumflex removal."""
    return fold_for_matching(name).translate(_CIRCUMFLEX)


@dataclass
class CatalogueRow:
    key: str
    entity: Entity  #: template without id and mentions
    kind: str = ""
    flags: frozenset[str] = frozenset()
    spellings: list[str] = field(default_factory=list)


class Catalogue:
    """Rows of one catalogue file, a gazetteer over all their spellings, and name look-ups."""

    def __init__(
        self,
        table: str,
        entity_type: str,
        attributes: tuple[str, ...] = (),
        *,
        inflected: bool = True,
        openers_checked: bool = True,
    ) -> None:
        """``openers_checked``: whether an ``ambiguous`` row opening a sentence needs an
        apostrophe suffix (the gazetteer's test); the locations stage reads those rows itself."""
        self.rows: dict[str, CatalogueRow] = {}
        for row in read_catalogue_rows(table, entity_type, attributes):
            self.rows.setdefault(row.key, row)
        self._by_folded: dict[str, str] = {}
        self._acronyms: set[str] = set()
        spellings: list[tuple[str, str]] = []
        for row in self.rows.values():
            for spelling in row.spellings:
                for variant in spelling_variants(spelling):
                    spellings.append((variant, row.key))
                    self._by_folded.setdefault(fold_name(variant), row.key)
                    if is_all_caps(variant):
                        self._acronyms.add(fold_name(variant))
        ambiguous = [s for row in self.rows.values() if "ambiguous" in row.flags for s in row.spellings] \
            if openers_checked else []
        self.gazetteer = Gazetteer(spellings, proper=True, inflected=inflected, ambiguous=ambiguous)
        # fuzzy look-ups compare a name only with the names whose words begin alike (the
        # first two letters of each word): indexed by those openings, in catalogue order
        self._by_word_openings: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for folded, key in self._by_folded.items():
            self._by_word_openings.setdefault(_word_openings(folded), []).append((folded, key))

    def find(self, text: str, text_words: list[Word]) -> list[GazetteerMatch]:
        """Gazetteer matches; a suffix written without an apostrophe is only accepted where
        Turkish puts one on a possessive head noun (``Bankasından``, ``Kurulunda``: it begins
        with n or y), so that ``Enis`` is no inflected ``Eni``."""
        return [m for m in self.gazetteer.find(text, text_words)
                if _plausible_suffix(text[m.name_end : m.end], text[m.start : m.name_end])
                and not ("word_acronym" in self.rows[m.key].flags and " " not in text[m.start : m.name_end]
                         and is_all_caps(text[m.start : m.name_end]) and _among_capitals(text, m.start, m.end))]

    def __iter__(self) -> Iterator[CatalogueRow]:
        return iter(self.rows.values())

    def __getitem__(self, key: str) -> CatalogueRow:
        return self.rows[key]

    def key_of(self, name: str, *, fuzzy: bool = False) -> str | None:
        """The key of the row that spells ``name`` (folded comparison); ``fuzzy`` also accepts
        a near spelling of as many words, for names found by pattern rather than by lexicon."""
        folded = fold_name(name)
        key = self._by_folded.get(folded)
        if key is not None or not fuzzy or len(folded) < FUZZY_MIN_LENGTH:
            return key
        for candidate, candidate_key in self._by_word_openings.get(_word_openings(folded), ()):
            if Levenshtein.distance(folded, candidate, score_cutoff=FUZZY_MAX_EDITS) <= FUZZY_MAX_EDITS:
                return candidate_key
        return None

    def is_acronym(self, word: str) -> bool:
        """Whether a word in capitals is a listed acronym (``UNICEF``, ``UNIFIL``)."""
        return is_all_caps(word) and fold_name(word) in self._acronyms

    def opening_name(self, name_words: list[Word]) -> tuple[int, str] | None:
        """(number of words, key) of the longest listed name that opens a longer name made of
        ``name_words`` (``AB`` of ``AB Komisyonu``); acronyms only in capitals. A listed name
        that ends in a possessive opens a compound without it (``İstanbul Büyükşehir Belediye
        Meclisi`` is the council of ``İstanbul Büyükşehir Belediyesi``)."""
        for count in range(len(name_words) - 1, 0, -1):
            folded = " ".join(w.folded for w in name_words[:count]).translate(_CIRCUMFLEX)
            key = self._by_folded.get(folded)
            if key is None and count > 1:
                key = next((self._by_folded[folded + p] for p in _POSSESSIVES if folded + p in self._by_folded), None)
            if key is not None and (
                folded not in self._acronyms or all(is_all_caps(w.text) for w in name_words[:count])
            ):
                return count, key
        return None

    def entity(self, key: str) -> Entity | None:
        """The row's entity template; None for a look-alike row (a name that only looks like
        one of these things, listed so that it hides what it contains)."""
        row = self.rows[key]
        return None if row.kind == LOOK_ALIKE else row.entity


_VOWELS = "aeıioöuü"
_OF = ("li", "lı", "lu", "lü")
#: Endings of a compound's head in the possessive (``Belediye`` -> ``Belediyesi``)
_POSSESSIVES = ("si", "sı", "su", "sü", "ı", "i", "u", "ü")

#: Catalogues built in this process and still held by a stage, by file (path, size, change
#: time) and reading; the missions stage reads organizations.tsv as the organizations stage does.
_built: weakref.WeakValueDictionary[tuple, Catalogue] = weakref.WeakValueDictionary()


def shared_catalogue(table: str, entity_type: str, attributes: tuple[str, ...] = (), *,
                     inflected: bool = True) -> Catalogue:
    """``Catalogue(...)``, built once while a stage holds it: a catalogue is read-only after
    it is built, so two stages of a pipeline that read the same file share one (start-up)."""
    status = data_path(table).resolve().stat()
    key = (str(data_path(table).resolve()), status.st_size, status.st_mtime_ns, entity_type, attributes, inflected)
    catalogue = _built.get(key)
    if catalogue is None:
        catalogue = _built[key] = Catalogue(table, entity_type, attributes, inflected=inflected)
    return catalogue


def _word_openings(folded: str) -> tuple[str, ...]:
    """The first two letters of each word: names a fuzzy look-up may take for one another
    have as many words, each beginning alike."""
    return tuple(word[:2] for word in folded.split())


#: the possessive's vowel that ends a name's last word (``Bakanlığı``, ``Müdürlüğü``)
_HIGH_VOWELS = "ıiuü"
#: ``-mIz`` after that vowel and any case after it: ``Bakanlığı`` -> ``Bakanlığımız(ın|a|da|dan|ı)``
_OUR_POSSESSIVE = re.compile(r"m[ıiuü]z(?:[ıiuü]n|[ıiuü]|[ae]|d[ae]n?|l[ae])?$")


#: the words right before and after a match
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w\n]*$")
_WORD_AFTER = re.compile(r"[^\w\n]*([^\W\d_]+)")
_NUMBER_BEFORE = re.compile(r"\d[.,]?\s+$")
#: how far before a match its neighbour word is looked for
_NEIGHBOUR_REACH = 40


def _among_capitals(text: str, start: int, end: int) -> bool:
    """Whether a word on either side of ``start..end`` (on its line) is written in capitals (a
    headline in capitals) or a number stands right before it: there an acronym that is also a
    word is the word (``YAŞ SINIRI``, ``18 YAŞ``)."""
    if _NUMBER_BEFORE.search(text, max(0, start - _NEIGHBOUR_REACH), start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - _NEIGHBOUR_REACH), start)
    after = _WORD_AFTER.match(text, end)
    return any(m is not None and len(m.group(1)) > 1 and is_all_caps(m.group(1)) for m in (before, after))


def _plausible_suffix(suffix: str, name: str = "") -> bool:
    if not suffix or suffix[0] in APOSTROPHES or suffix[0] in "ny":
        return True
    # a name ending in a plural takes case endings directly (``Birleşmiş Milletlerin``,
    # ``Birleşmiş Milletlere``, ``Husilerin``)
    if name.endswith(("ler", "lar")) and spells_case_after_plural(suffix):
        return True
    # ``Sağlık Bakanlığımızın``: "our ministry", the first person's possessive in place of the name's
    if " " in name and name[-1:] in _HIGH_VOWELS and _OUR_POSSESSIVE.match(suffix):
        return True
    # ``Başbakanlıkta``, ``Valiliğe``: a body named by a noun in ``-lIk`` takes its case as a common
    # noun does (its last consonant softened before a vowel)
    if ends_in(_hard_last_word(name), "attributive") and spells_case(suffix, *_CASES_ON_NOUNS):
        return True
    # ``AK Partili``, ``DEM Partili``: "of the party", written on a name of words without an apostrophe
    return " " in name and name[-1:] in _VOWELS and suffix[:2] in _OF


_CASES_ON_NOUNS = ("gen", "dat", "loc", "abl")


def _hard_last_word(name: str) -> str:
    """The name's last word, folded, its last consonant hardened (``Başbakanlığ`` -> ``başbakanlık``)."""
    last = fold_for_matching(name.rsplit(" ", 1)[-1])
    return last[:-1] + SOFTENED_TO_HARD.get(last[-1:], last[-1:])


def read_catalogue_rows(table: str, entity_type: str, attributes: tuple[str, ...] = ()) -> Iterator[CatalogueRow]:
    """The rows of a catalogue file with their spellings (name, matched acronym, aliases)."""
    for record in read_tsv(table):
        yield _row_from_record(record, entity_type, attributes)


def _row_from_record(record: dict[str, str], entity_type: str, attributes: tuple[str, ...]) -> CatalogueRow:
    def value(column: str) -> str | None:
        text = (record.get(column) or "").strip()
        return text or None

    name = value("name")
    if name is None:
        raise ValueError(f"catalogue row without a name: {record}")
    acronym = value("acronym")
    extra = {column: value(column) for column in attributes}
    entity = Entity(id="", type=entity_type, name=name, acronym=acronym, name_en=value("name_en"), **extra)
    aliases = [a.strip() for a in (value("aliases") or "").split("|") if a.strip()]
    flags = frozenset(f.strip() for f in (value("flags") or "").split(",") if f.strip())
    spellings = [name, *([acronym] if acronym and "acronym_unmatched" not in flags else []), *aliases]
    return CatalogueRow(key=name, entity=entity, kind=value("kind") or "", flags=flags, spellings=spellings)
