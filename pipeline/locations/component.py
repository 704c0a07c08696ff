"""Cities, districts and regions (LOCATION entities) from ``data/locations.tsv``.

Each row has the ISO 3166-1 code of the country the place lies in (empty for regions
such as ``Balkanlar`` that span several). Countries themselves are the country stage's.

- A place inside the name of an organization, mission or country is part of that name,
  not a mention of the place (``Güneydoğu Avrupa`` in ``Güneydoğu Avrupa İşbirliği
  Süreci``, ``Karadeniz`` in ``MKT Karadeniz Görev Grubu``); this stage runs after those.
- Rows flagged ``ambiguous`` are also given names or ordinary words (``Aydın``, ``Fatih``,
  ``Ordu``): they count only with an apostrophe suffix (``Aydın'da``) or before a place
  noun (``Ordu ilinde``, ``Van Gölü`` is not one).
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


class LocationStage(SavedLexicons):
    def __init__(self, table: str) -> None:
        self.catalogue = Catalogue(table, "LOCATION", ("country",), inflected=False)

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_locations", ["trnews_country"])
        text = doc_text(doc)
        named = Spans(mention_offsets(doc, NAMED_TYPES))
        matches = [
            m
            for m in self.catalogue.find(text, doc_words(doc))
            if not named.overlaps(m.start, m.end) and self._is_place(text, m)
        ]
        start_groups(doc, [ENTITY_GROUPS["LOCATION"]])
        add_entities(doc, entities_from_matches(text, matches, self.catalogue.entity))
        return doc

    def _is_place(self, text: str, match: GazetteerMatch) -> bool:
        if "ambiguous" not in self.catalogue[match.key].flags:
            return True
        return match.has_suffix or _PLACE_NOUN.match(text, match.end) is not None


@Language.factory(
    "trnews_locations",
    requires=group_attrs("trnews_country", "trnews_mission", "trnews_organization"),
    assigns=[*group_attrs("trnews_location"), "doc.spans"],
    default_config={"table": "locations.tsv"},
)
def make_locations_stage(nlp: Language, name: str, table: str) -> LocationStage:
    return LocationStage.build(table=table)
