"""Military, peacekeeping, police and civilian missions and operations (MISSION entities).

Listed missions come from ``data/missions.tsv`` (Turkish and English names, acronym,
parent organization). A listed name followed by a mission word takes the word into its
mention (``EUFOR Althea Harekatı``, ``UNIFIL Misyonu'nda``). Unlisted ones are found by
their head noun (``data/mission_heads.tsv``: ``Pençe-Kilit Harekâtı``, ``... Misyonu``,
``... Gücü``) and named by the nominative name the article gives; one named after a listed
organization has it as parent (``AGİT Seçim Gözlem Misyonu``: ``AGİT``). A name the organization
catalogue lists (``Mali Eylem Görev Gücü`` is FATF) is no mission.

Overlaps with organizations: this stage runs first. Its mentions may contain an
organization's name (``NATO`` in ``NATO Kosova Gücü``); the organization stage still
reports that organization, but finds no organization *names* across a mission's mention.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicons.catalogue import Catalogue, fold_name, shared_catalogue
from pipeline.lexicons.entities import entities_from_matches
from pipeline.extensions import doc_text
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND, ArticleText, Findings, NameFinder, Spans, article_text, rekey
from pipeline.lang.tr.calendar import month_names
from pipeline.missions.generic import GenericOperations
from pipeline.missions.owner_described import join_owner_described, mission_heads
from pipeline.missions.quoted import code_name_heads, code_title_heads, code_named_operations, operation_heads, quoted_operations
from pipeline.names.shape import HeadNouns, NameSpan
from pipeline.resources import read_words
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import ENTITY_GROUPS, add_entities, group_attrs, mention_offsets, require_groups, start_groups
from pipeline.lang.tr.text import suffix_end
from pipeline.names.left_edge import has_suffix, is_suffix_word, joined_in_name

#: a number after a listed operation's name, inside a longer found name: the next of a series
#: (``Pençe-Kartal 2 Harekâtı``, ``Kıran-5``), a Roman numeral too
_SERIES_NUMBER = re.compile(r"[ -](?:\d+|[IVX]+)\b")
#: the most capitalized words between a listed name and the mission word its mention takes
#: (``UNIFIL Deniz Görev Gücü``: ``Deniz`` before the head ``Görev Gücü``)
MAX_WORDS_BEFORE_HEAD = 2


class MissionStage(SavedLexicons):
    def __init__(
        self, table: str, heads: str, stopwords: str, generic_words: str, organizations: str,
        kind_words: str = "mission_kind_words.tsv",
    ) -> None:
        self.catalogue = Catalogue(table, "MISSION", ("parent",))
        self.heads = HeadNouns(heads)
        self.quoted_heads = operation_heads(heads)
        self.code_heads = code_name_heads(heads)
        self.titled_heads = code_title_heads(heads)
        self.folded_heads = tuple(dict.fromkeys(fold_name(head) for head in self.quoted_heads))
        self.organizations = shared_catalogue(organizations, "ORGANIZATION", ("country",))
        self.finder = NameFinder(
            self.catalogue, self.heads, read_words(stopwords) | read_words(generic_words), "MISSION",
            owners=self.organizations,
        )
        self.generic = GenericOperations(kind_words)
        self.mission_heads = mission_heads(heads)

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_missions", ["trnews_country"])
        text = doc_text(doc)
        article = article_text(doc)
        findings = Findings()
        listed = [self._with_mission_word(article, m) for m in self.finder.catalogue_matches(article)]
        findings.matches.extend(listed)
        countries = mention_offsets(doc, ["COUNTRY"])
        spans = [
            span
            for span in self.finder.headed_names(article, countries)
            if self.organizations.key_of(text[span.start : span.name_end]) is None
            and not self._names_a_kind(article, span)
        ]
        spans += quoted_operations(article, self.quoted_heads, self.code_heads) \
            + code_named_operations(article, self.quoted_heads, month_names(), self.titled_heads)
        listed_starts = {match.start for match in listed}
        # ``NATO Barış Gücü KFOR'a``: a description right before a listed mission's name is that mission
        spans = [span for span in spans if not (text[span.end : span.end + 1] == " " and span.end + 1 in listed_starts)]
        self.finder.resolve_found(article, spans, listed, findings)
        _one_name_with_its_head(findings, self.folded_heads)
        join_owner_described(findings, self.catalogue, self.organizations, self.mission_heads)  # ``BM Barış Gücü``
        findings.matches = _outside_numbered_names(text, findings.matches)
        self._parents_of_found_missions(article, findings)
        self.finder.link_acronyms(article, findings, Spans(countries))
        entities = entities_from_matches(text, findings.matches, lambda key: findings.entity(key, self.catalogue))
        start_groups(doc, [ENTITY_GROUPS["MISSION"]])
        add_entities(doc, entities)
        return doc

    def _names_a_kind(self, article: ArticleText, span: NameSpan) -> bool:
        """``Uyuşturucu Operasyonu``, ``Alım Gücü``: a kind of operation or force (``generic``), not
        a listed mission written after other words."""
        return self.generic.is_generic(article, span) \
            and self.catalogue.key_of(article.text[span.start : span.name_end], fuzzy=True) is None

    def _parents_of_found_missions(self, article: ArticleText, findings: Findings) -> None:
        """An unlisted mission named after a listed organization is that organization's:
        ``AGİT Seçim Gözlem Misyonu`` has parent ``AGİT``."""
        for match in findings.matches:
            entity = findings.found.get(match.key)
            if entity is None or entity.parent is not None:
                continue
            opening = self.organizations.opening_name(article.words_between(match.start, match.name_end))
            if opening is not None:
                organization = self.organizations.entity(opening[1])
                if organization is not None:
                    parent = organization.acronym or organization.name
                    findings.found[match.key] = entity.model_copy(update={"parent": parent})

    def _with_mission_word(self, article: ArticleText, match: GazetteerMatch) -> GazetteerMatch:
        """``EUFOR Althea`` + ``Harekatı``: a mission word right after a listed name belongs to
        the mention (not when the name already ends in a suffix), and so do capitalized words
        before it that name a part or another form of the listed mission (``CTF-151 Birleşik
        Görev Gücü``, ``UNIFIL Deniz Görev Gücü``: one mission, not a second one)."""
        if match.has_suffix:
            return match
        text_words = article.blanked_words
        after = article.first_word_from(match.end + 1)
        if 0 < after and self.heads.match(article.blanked, text_words, after - 1) is not None:
            return match  # ``Barış Pınarı Harekatı``: the name has its mission word already
        if after >= len(text_words) or article.blanked[match.end : text_words[after].start] != " ":
            return match
        for last in range(after, min(after + MAX_WORDS_BEFORE_HEAD + 2, len(text_words))):
            if last > after and not (text_words[last - 1].text[:1].isupper()
                                     and joined_in_name(article.blanked, text_words[last - 1], text_words[last])):
                break
            head = self.heads.match(article.blanked, text_words, last)
            if head is not None and head[3] == "exclude":
                break
            if head is not None and head[0] >= after:
                word = text_words[last]
                return GazetteerMatch(
                    match.start, suffix_end(article.text, word.end), word.start + head[1], match.key, match.entry
                )
            if is_suffix_word(article.blanked, text_words[last]) or has_suffix(article.blanked, text_words[last]):
                break
        return match


def _one_name_with_its_head(findings: Findings, heads: tuple[str, ...]) -> None:
    """``Yıldırım-12`` (before ``operasyonunda``) and ``Yıldırım-12 Operasyonu`` found in one
    article are one operation, named the longer way."""
    keys = set(findings.found)
    for key in list(keys):
        # a number before a word is read as an ordinal in found keys (``2. Ordu``): ``yıldırım-12. operasyonu``
        joints = (" ", ". ") if key[-1:].isdigit() else (" ",)
        longer = next((key + joint + head for head in heads for joint in joints if key + joint + head in keys), None)
        if longer is not None:
            rekey(findings, key, longer)


def _outside_numbered_names(text: str, matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """A listed name followed by a number inside a found name is no mention of its own: the
    found name (``Pençe-Kartal 2 Harekâtı``) is another operation of the series the listed one
    (``Pençe-Kartal``) opened."""
    found = [m for m in matches if m.key.startswith(FOUND)]

    def numbered_inside(match: GazetteerMatch) -> bool:
        return not match.key.startswith(FOUND) and not match.has_suffix \
            and _SERIES_NUMBER.match(text, match.name_end) is not None \
            and any(f.start <= match.start and match.name_end < f.name_end for f in found)

    return [m for m in matches if not numbered_inside(m)]


@Language.factory(
    "trnews_missions",
    requires=group_attrs("trnews_country"),
    assigns=[*group_attrs("trnews_mission"), "doc.spans"],
    default_config={
        "table": "missions.tsv",
        "heads": "mission_heads.tsv",
        "stopwords": "name_start_stopwords.tsv",
        "generic_words": "mission_generic_words.tsv",
        "organizations": "organizations.tsv",
        "kind_words": "mission_kind_words.tsv",
    },
)
def make_missions_stage(
    nlp: Language, name: str, table: str, heads: str, stopwords: str, generic_words: str, organizations: str,
    kind_words: str,
) -> MissionStage:
    return MissionStage.build(
        table=table, heads=heads, stopwords=stopwords, generic_words=generic_words, organizations=organizations,
        kind_words=kind_words,
    )
