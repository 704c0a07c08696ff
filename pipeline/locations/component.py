"""Cities, districts and regions (LOCATION entities) from ``data/locations.tsv``.

Each row has the ISO 3166-1 code of the country the place lies in (empty for regions
such as ``Balkanlar`` that span several). Countries themselves are the country stage's.

- A place inside the name of an organization, mission or country is part of that name,
  not a mention of the place (``Güneydoğu Avrupa`` in ``Güneydoğu Avrupa İşbirliği
  Süreci``, ``Karadeniz`` in ``MKT Karadeniz Görev Grubu``); this stage runs after those.
- Rows flagged ``ambiguous`` are also given names or ordinary words (``Aydın``, ``Fatih``,
  ``Ordu``): they count only with an apostrophe suffix (``Aydın'da``), before a place
  noun (``Ordu ilinde``, ``Van Gölü`` is not one) or the office or body of a province or
  district (``Tire Belediye Başkanı``, ``Ordu Valisi``; not after another capitalized word
  inside a sentence: ``Ali Tire Belediye Başkanı oldu``), right after a province the row
  lists as its own (``Tokat Pazar'da``, ``Bursa Yıldırım``), or in a list beside another
  place (``Sinop, Aydın ve Kars``: a list of places is not a list of people). So they count
  at a sentence start too (``Ordu Valisi ...``), where the gazetteer would drop them.
  Rows flagged ``name`` too are frequent names of people (``Yıldırım``, ``Menderes``): of
  the suffixes only a locative counts (``Yıldırım'da``; ``Yıldırım'ın`` is a person's more
  often). Rows flagged ``word`` too are words that take the apostrophe themselves (a day,
  a month, ``Saray``, ``Körfez``): no suffix counts (``Pazar'a ertelendi``).
- Names are matched as written, without unmarked suffixes: ``İstanbullu`` is no mention.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import turkish_lower
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.entities import entities_from_matches
from pipeline.extensions import doc_analysis, doc_text, doc_words
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import Spans
from pipeline.lexicons.saved import SavedLexicons
from pipeline.resources import read_tsv
from pipeline.spans import ENTITY_GROUPS, add_entities, group_attrs, mention_offsets, require_groups, start_groups

#: Entity types whose names may contain a place name.
NAMED_TYPES = ("ORGANIZATION", "MISSION", "COUNTRY")
#: Lower-case nouns after an ambiguous name that show it is a place (``Ordu ilinde``).
_PLACE_NOUN = re.compile(
    r" (?:il(?:i|in|inde|ine|inden|indeki|inin)?|ilçe(?:si|sinde|sine|sinden|sindeki|sinin)?"
    r"|kent(?:i|inde|ine|inden|indeki|inin)?|şehri(?:nde|ne|nden|ndeki|nin)?|merkezli)\b")
#: the word right after a name, one space away
_WORD_AFTER = re.compile(r" (\w+)")
#: the office or body of a province or district after its name (``Ordu Valisi``, ``Tire Belediye
#: Başkanı``, ``Bor Kaymakamlığı``, ``Kale İlçe Emniyet Müdürlüğü``)
_PLACE_OFFICE = re.compile(r" (?:Valisi|Valiliği|Belediyesi|Belediye Başkan|Kaymakamı|Kaymakamlığı|İl |İlçe )")
#: what stands between two places of a list (after the first one's suffix): a comma or a coordinator
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+(?:ve|veya|ile)\s+)\Z")


class LocationStage(SavedLexicons):
    def __init__(self, table: str) -> None:
        self.catalogue = Catalogue(table, "LOCATION", ("country",), inflected=False, openers_checked=False)
        #: folded names of the provinces each district lies in (``Pazar``: Rize and Tokat), and
        #: the folded districts of each province
        self.provinces: dict[str, set[str]] = {}
        self.districts: dict[str, set[str]] = {}
        for row in read_tsv(table):
            for province in filter(None, row.get("province", "").split("|")):
                self.provinces.setdefault(row["name"], set()).add(turkish_lower(province))
                self.districts.setdefault(province, set()).add(turkish_lower(row["name"]))

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_locations", ["trnews_country"])
        text, words = doc_text(doc), doc_words(doc)
        named = Spans(mention_offsets(doc, NAMED_TYPES))
        found = [m for m in self.catalogue.find(text, words) if not named.overlaps(m.start, m.end)]
        openers = None  # the sentence starts, read only if an ambiguous name is found
        places = []
        for match in found:
            if "ambiguous" in self.catalogue[match.key].flags and openers is None:
                openers = frozenset(doc_analysis(doc).sentence_starts.tolist())
            places.append(self._is_place(text, match, openers))
        _add_listed_places(text, found, places)
        matches = [m for m, is_place in zip(found, places) if is_place]
        start_groups(doc, [ENTITY_GROUPS["LOCATION"]])
        add_entities(doc, entities_from_matches(text, matches, self.catalogue.entity))
        return doc

    def _is_place(self, text: str, match: GazetteerMatch, openers: frozenset[int] | None) -> bool:
        flags = self.catalogue[match.key].flags
        if "ambiguous" not in flags:
            return True
        if _PLACE_NOUN.match(text, match.end) is not None or self._beside_own_province(text, match):
            return True
        if match.has_suffix:
            suffix = turkish_lower(text[match.name_end + 1 : match.end])
            return "word" not in flags and ("name" not in flags or spells_case(suffix, "loc", relative=True))
        return _PLACE_OFFICE.match(text, match.end) is not None and not _after_name_word(text, match.start, openers)

    def _beside_own_province(self, text: str, match: GazetteerMatch) -> bool:
        """``Tokat Pazar'da``, ``Bursa Yıldırım``: a district said after its province, or a
        province before one of its districts."""
        provinces = self.provinces.get(match.key)
        before = _word_before(text, match.start)
        if provinces is not None and before is not None and turkish_lower(text[before : match.start - 1]) in provinces:
            return True
        districts = self.districts.get(match.key)
        after = _WORD_AFTER.match(text, match.end) if districts is not None and not match.has_suffix else None
        return after is not None and turkish_lower(after.group(1)) in districts


def _add_listed_places(text: str, found: list[GazetteerMatch], places: list[bool]) -> None:
    """Marks as places the matches listed beside a place (``Sinop, Ordu, Aydın ve Kars``),
    along the list (an ambiguous name beside one taken so is taken too). A name followed by a
    capitalized word is left: it may open a person's name (``Sinop, Aydın Kaya``)."""
    changed = True
    while changed:
        changed = False
        for i, match in enumerate(found):
            if places[i] or _before_capital(text, match.end):
                continue
            before = i > 0 and places[i - 1] and _listed(text, found[i - 1], match)
            after = i + 1 < len(found) and places[i + 1] and _listed(text, match, found[i + 1])
            if before or after:
                places[i] = changed = True


def _listed(text: str, first: GazetteerMatch, second: GazetteerMatch) -> bool:
    return first.end <= second.start and _LIST_GAP.match(text[first.end : second.start]) is not None


def _before_capital(text: str, end: int) -> bool:
    return end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


def _word_before(text: str, start: int) -> int | None:
    """Where the word of letters right before ``start``, one space away, begins."""
    if text[start - 1 : start] != " ":
        return None
    before = start - 1
    while before > 0 and text[before - 1].isalpha():
        before -= 1
    return before if before < start - 1 else None


def _after_name_word(text: str, start: int, openers: frozenset[int] | None) -> bool:
    """Whether a capitalized word that opens no sentence stands right before ``start``: a given
    name's place (``Ali Tire Belediye Başkanı oldu``; ``Törene Tire Belediye Başkanı``: an opener)."""
    before = _word_before(text, start)
    return before is not None and text[before].isupper() and (openers is None or before not in openers)


@Language.factory(
    "trnews_locations",
    requires=group_attrs("trnews_country", "trnews_mission", "trnews_organization"),
    assigns=[*group_attrs("trnews_location"), "doc.spans"],
    default_config={"table": "locations.tsv"},
)
def make_locations_stage(nlp: Language, name: str, table: str) -> LocationStage:
    return LocationStage.build(table=table)
