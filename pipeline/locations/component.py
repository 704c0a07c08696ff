"""Cities, districts and regions (LOCATION entities) from ``data/locations.tsv``.

Each row has the ISO 3166-1 code of the country the place lies in (empty for regions
such as ``Balkanlar`` that span several). Countries themselves are the country stage's.

- A place inside the name of an organization, mission or country is part of that name,
  not a mention of the place (``Güneydoğu Avrupa`` in ``Güneydoğu Avrupa İşbirliği
  Süreci``, ``Karadeniz`` in ``MKT Karadeniz Görev Grubu``); this stage runs after those.
- Rows flagged ``ambiguous`` are also given names or ordinary words (``Aydın``, ``Fatih``,
  ``Ordu``): they count only with an apostrophe suffix (``Aydın'da``), before a place
  noun (``Ordu ilinde``, ``Van Gölü`` is not one), or in a list beside another place
  (``Sinop, Aydın ve Kars``: a list of places is not a list of people).
- Names are matched as written, without unmarked suffixes: ``İstanbullu`` is no mention.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.entities import entities_from_matches
from pipeline.extensions import doc_text, doc_words
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import Spans
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import ENTITY_GROUPS, add_entities, group_attrs, mention_offsets, require_groups, start_groups

#: Entity types whose names may contain a place name.
NAMED_TYPES = ("ORGANIZATION", "MISSION", "COUNTRY")
#: Lower-case nouns after an ambiguous name that show it is a place (``Ordu ilinde``).
_PLACE_NOUN = re.compile(r" (il|ili|ilinde|ilçe|ilçesi|ilçesinde|kent|kenti|kentinde|şehri|şehrinde|merkezli)\b")
#: what stands between two places of a list (after the first one's suffix): a comma or a coordinator
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+(?:ve|veya|ile)\s+)\Z")


class LocationStage(SavedLexicons):
    def __init__(self, table: str) -> None:
        self.catalogue = Catalogue(table, "LOCATION", ("country",), inflected=False)

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_locations", ["trnews_country"])
        text = doc_text(doc)
        named = Spans(mention_offsets(doc, NAMED_TYPES))
        found = [m for m in self.catalogue.find(text, doc_words(doc)) if not named.overlaps(m.start, m.end)]
        places = [self._is_place(text, m) for m in found]
        _add_listed_places(text, found, places)
        matches = [m for m, is_place in zip(found, places) if is_place]
        start_groups(doc, [ENTITY_GROUPS["LOCATION"]])
        add_entities(doc, entities_from_matches(text, matches, self.catalogue.entity))
        return doc

    def _is_place(self, text: str, match: GazetteerMatch) -> bool:
        if "ambiguous" not in self.catalogue[match.key].flags:
            return True
        return match.has_suffix or _PLACE_NOUN.match(text, match.end) is not None


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


@Language.factory(
    "trnews_locations",
    requires=group_attrs("trnews_country", "trnews_mission", "trnews_organization"),
    assigns=[*group_attrs("trnews_location"), "doc.spans"],
    default_config={"table": "locations.tsv"},
)
def make_locations_stage(nlp: Language, name: str, table: str) -> LocationStage:
    return LocationStage.build(table=table)
