"""Organizations: listed ones, ones found by their head noun, and the NER model's ORG spans.

- Listed organizations come from ``data/organizations.tsv`` (canonical Turkish name,
  acronym, English name, country of national bodies, aliases).
- Unlisted ones are capitalized names ending in an organization head noun
  (``data/organization_heads.tsv``: ``Balkan Barış Platformu``, ``Beşiktaş Deniz Müzesi``),
  and, when the loaded pipeline has an NER model, its ``ORG`` spans; both are named by
  their nominative form (``Balkan Barış Platformu'nun`` -> ``Balkan Barış Platformu``).
  Entities only the model found carry ``label: ORG``.
- A national body flagged ``generic`` (ministries, the central bank) or with a descriptive
  name (ending in a head noun) right after a foreign country is that country's body:
  ``Rusya Dışişleri Bakanlığı`` (``country: RU``) is not ``Dışişleri Bakanlığı`` (``country:
  TR``), ``Çin Halk Bankası`` is not ``Türkiye Halk Bankası``; a nationality adjective
  does the same (``Rus Hava Kuvvetleri``, ``data/demonyms.tsv``).
- A row flagged ``standalone`` is an organization only when no capitalized word follows:
  ``Cumhurbaşkanlığı'nın açıklaması`` names the Presidency, ``Cumhurbaşkanlığı Savunma
  Sanayii Başkanı`` names an office.

Overlaps: a listed organization that opens a longer listed name is no mention of its own
(``BM Güvenlik Konseyi`` names the Council, not the UN: the gold sets annotate only the
Council), but one inside a mission's name is (``NATO`` in ``NATO Kosova Gücü``); names
found by pattern or by the model never cross a mission's mention (``KFOR Komutanlığı`` is
KFOR's command, no organization of its own).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicons.catalogue import shared_catalogue
from pipeline.lexicons.entities import entities_from_matches
from pipeline.extensions import doc_text
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText, Findings, NameFinder, Spans, article_text
from pipeline.names.acronym_links import without_acronyms_of_other_words
from pipeline.names.holding import Holders
from pipeline.names.legal_forms import LegalForms
from pipeline.names.cued import find_cued_names, find_names_before_cue
from pipeline.names.shape import FOREIGN, HeadNouns, NameSpan
from pipeline.resources import read_word_lists, read_words
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import (
    ENTITY_GROUPS, add_entities, entity_mentions, group_attrs, mention_offsets, require_groups, start_groups,
)
from pipeline.lang.tr.text import is_all_caps, suffix_end
from pipeline.organizations.bylines import without_byline, without_holder
from pipeline.organizations.boards import BoardsInTitles
from pipeline.organizations.called import CalledNames
from pipeline.organizations.flag_cues import flag_cue_holds
from pipeline.organizations.teams import TeamsByCountry, read_team_nouns
from pipeline.organizations.club_lists import ClubLists
from pipeline.organizations.kind_words import listed_with_kind_word
from pipeline.names.openers import lowercase_words_of
from pipeline.organizations.companies import Companies
from pipeline.organizations.coordinated import CoordinatedNames
from pipeline.organizations.example_lists import find_example_lists
from pipeline.organizations.inner_acronyms import with_acronyms_inside
from pipeline.organizations.inner_bodies import inner_bodies, split_at_acronym
from pipeline.organizations.local_councils import add_provincial_offices, after_party, join_city_units
from pipeline.organizations.furniture import Furniture
from pipeline.organizations.local_names import kind_of, outside_local_names
from pipeline.organizations.match_pairs import MatchPairs
from pipeline.organizations.model_names import ModelNames
from pipeline.organizations.national import (
    CoordinatedOwners, after_nationality, national_body, national_found_names, outside_national_bodies,
)
from pipeline.organizations.nested import outside_longer_names
from pipeline.organizations.numbered_sessions import NumberedSessions
from pipeline.organizations.shared_acronyms import by_named_owner
from pipeline.organizations.short_forms import ShortForms
from pipeline.organizations.sources import SourceOutlets
from pipeline.organizations.sponsors import Sponsors
from pipeline.organizations.sports_context import SportsContext, outside_club_names, with_organizers
from pipeline.organizations.venues import outside_venues
from pipeline.organizations.works import outside_works
from pipeline.organizations.written_names import as_written, written_forms
from pipeline.organizations.offices import (
    appointed_to_post, generic_body_in_lowercase, held_by_someone, names_a_post, numbered_unit_of_owner, office_noun_follows,
    said_of_any,
)
from pipeline.organizations.word_lists import Demonyms, country_names, everyday_words as everyday_lexicon, office_titles, place_names, place_words

#: a demonym naming a person of a country (``Belçikalı``), never the first word of a body's name
PEOPLE_ENDINGS = ("lı", "li", "lu", "lü")
_CHAIR = "başkanlığı"
#: what a text writes between parentheses (``(XV)``): a word there is an acronym the text defines
_PARENTHESIZED = re.compile(r"\(([^()]*)\)")
#: the locative after ``Başkanlığı`` and an apostrophe (``Ayşe Kaya Başkanlığı'nda``)
_LOCATIVE_AFTER_CHAIR = ("nda", "nde")
#: the most capitalized words between ``ve`` and an office noun shared by a list of offices
MAX_LISTED_OFFICE_WORDS = 3


class OrganizationStage(SavedLexicons):
    def __init__(
        self,
        table: str,
        heads: str,
        cues: str,
        stopwords: str,
        generic_words: str,
        titles: str,
        demonyms: str,
        countries: str,
        use_ner: bool,
        locations: str = "locations.tsv",
        short_forms: str = "organization_short_forms.tsv",
        given_names: str = "given_names.tsv",
        more_given_names: str = "given_names_turkish.tsv",
        legal_forms: str = "company_legal_forms.tsv",
        kind_nouns: str = "organization_kind_nouns.tsv",
        field_words: str | list[str] = ("portfolio_words.tsv", "organization_field_words.tsv"),
        office_nouns: str = "office_qualified_nouns.tsv",
        team_nouns: str = "team_nouns.tsv",
        surnames: str = "surnames.tsv",
        more_surnames: str = "surnames_public_figures.tsv",
        everyday_words: str | list[str] = ("lowercase_words.tsv", "organization_meeting_nouns.tsv"),
    ) -> None:
        self.catalogue = shared_catalogue(table, "ORGANIZATION", ("country",))
        self.heads = HeadNouns(heads)
        self.legal_forms = LegalForms(legal_forms)
        self.cues = read_words(cues, "cue")
        function_words = read_words(stopwords)
        generic = read_words(generic_words)
        self.stopwords = function_words | generic
        self.places = place_words(locations)
        self.finder = NameFinder(self.catalogue, self.heads, self.stopwords, "ORGANIZATION", self.places,
                                 read_word_lists(field_words), everyday_words=everyday_lexicon(everyday_words, locations))
        self.use_ner = use_ner
        self.office_titles = office_titles(titles)
        self.demonyms = Demonyms(demonyms, countries)
        self.coordinated_owners = CoordinatedOwners(self.catalogue.key_of, country_names(countries))
        self.short_forms = ShortForms(short_forms, self.catalogue)
        self.numbered_sessions = NumberedSessions(self.catalogue)
        self.sources = SourceOutlets(self.catalogue, place_names(locations))
        self.called = CalledNames(kind_nouns)
        self.furniture = Furniture(self.catalogue)  # ``Facebook ile Paylaş``: buttons
        self.match_pairs = MatchPairs(locations, lambda word: self._kind(self.catalogue.key_of(word) or "") == "sports")
        self.given_names = read_words(given_names, "name") | read_words(more_given_names, "name")
        self.office_nouns = tuple(sorted(read_words(office_nouns, "noun")))
        self.companies = Companies(self.catalogue, self.heads, self.legal_forms, self.given_names)
        self.model_names = ModelNames(self.finder, self.heads, self.places)
        listed_surnames = read_words(surnames, "name") | read_words(more_surnames, "name")
        # ``Mourinho Fenerbahçe'den ayrıldı``: a listed surname before a club is its coach or player, no sponsor
        self.sponsors = Sponsors(self.catalogue, self.heads,
                                 self.stopwords | self.given_names | self.places | listed_surnames, titles)
        self.coordinated = CoordinatedNames(self.heads, self.catalogue, function_words, self.places, generic)
        self.sports_context = SportsContext(self.catalogue, self.heads)
        self.boards = BoardsInTitles(self.office_titles, self.heads, self._listed)
        self.teams = TeamsByCountry(read_team_nouns(team_nouns), self.heads, self.stopwords, self.given_names,
                                    self.places)
        self.club_lists = ClubLists(self.catalogue, self.heads, frozenset(self.given_names | listed_surnames),
                                    self.places, self.stopwords, self._kind)

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_organizations", ["trnews_country"])
        text = doc_text(doc)
        article = article_text(doc)
        missions = mention_offsets(doc, ["MISSION"])
        country_mentions = entity_mentions(doc, ["COUNTRY"])
        countries = [(m.start, m.end) for m, _ in country_mentions]
        nationals = country_mentions + self.demonyms.find(article)  # ``Rusya`` or ``Rus`` Hava Kuvvetleri
        findings = Findings()
        self._add_listed(article, {m.end: (m.start, e) for m, e in nationals}, findings)
        for match in self.sources.listed(article):  # ``Kaynak: AA``, ``ANKARA (İHA) -``
            findings.add(match)
        listed = list(findings.matches)
        pairs = self.match_pairs.find(article)  # ``Sivas-Malatya maçında``: the towns' clubs
        self.finder.resolve_found(article, self._found_spans(article, missions, countries, listed) + pairs, listed,
                                  findings)
        add_provincial_offices(article, listed, self.places, self.finder, findings)  # ``Muğla İl Göç İdaresi``
        # ``Sağlık ve İçişleri Bakanlıkları``: names the text builds, whatever listed words they hold
        country_starts = frozenset(w.start for s, e in countries for w in article.words_between(s, e))
        self.finder.resolve_found(article, self.coordinated.find(article, country_starts), [], findings)
        findings.matches = outside_local_names(text, self.companies.outside_groups(findings.matches),
                                               self.catalogue.rows)
        findings.matches = outside_club_names(outside_longer_names(outside_national_bodies(findings.matches), text,
                                                                   missions), self._kind)  # ``Sarıçam Gençlerbirliği Spor``: no Gençlerbirliği
        self.companies.join_short_names(article, findings)
        join_city_units(findings)  # ``Ankara İtfaiye Dairesi``: ``Ankara Büyükşehir Belediyesi İtfaiye Dairesi``
        listed_with_kind_word(findings, self.catalogue)  # ``CHP Parti``, ``Gaziantep Futbol Kulübü``
        with_acronyms_inside(text, findings)  # ``Kamu İktisadi Teşebbüsleri (KİT) Komisyonu``, ``KİT Komisyonu``
        national_found_names(article, {m.start: (m.end, e) for m, e in nationals}, findings)
        if self.use_ner:
            taken = Spans(missions + countries + [(m.start, m.end) for m in findings.matches])
            self.model_names.add(doc, article, taken, listed, findings)
        self.finder.link_acronyms(article, findings, Spans(countries))
        findings.matches = without_acronyms_of_other_words(text, findings.matches, self.catalogue)  # ``Bakü-Tiflis-Kars (BTK)``
        self.short_forms.add_mentions(article, findings, self.catalogue, missions + countries)
        findings.matches = self._outside_office_titles(article, findings.matches)
        findings.matches = self.sports_context.in_their_context(article, findings.matches,
                                                                frozenset(s.start for s in pairs))
        findings.matches = outside_venues(article, findings.matches, self._ends_in_head_noun)
        findings.matches = outside_works(article, findings.matches, self.places, countries)  # ``X Müzesi romanı``
        findings.matches = by_named_owner(text, findings.matches, self.catalogue)  # ``TVF``: the one named in full
        national_starts = country_starts | {m.start for m, _ in nationals}  # ``İspanyol Unicaja``: no sponsor
        findings.matches, sponsored = self.sponsors.extend(article, findings.matches, self._kind, national_starts)
        findings.matches = with_organizers(text, self.furniture.outside(text, findings.matches), self.catalogue)
        start_groups(doc, [ENTITY_GROUPS["ORGANIZATION"]])
        forms = written_forms(text, findings.matches, self.catalogue, sponsored)
        add_entities(doc, entities_from_matches(
            text, findings.matches, lambda k: as_written(findings.entity(k, self.catalogue), forms.get(k, []))))
        return doc

    def _outside_office_titles(self, article: ArticleText, matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
        """Drop the mentions of generic bodies (every country has one) that only qualify a
        listed office title: ``Merkez Bankası Başkanı``, ``Kara Kuvvetleri Komutanı`` name an
        office (the persons stage's business), no organization. A body of its own name keeps
        its mention (``TBMM Başkanı``), and so does any body before an unlisted title
        (``AB Konseyi Başkanı``)."""
        # a title holds the mention when it starts at or before it and both its name and its end
        # (suffix included) go on at least to the mention's end, the name past it
        titles = Holders((t.start, min(t.name_end - 1, t.end))
                         for t in self.office_titles.find(article.text, article.words))
        return [m for m in matches if not (self._is_generic_body(m.key) and titles.hold(m.start, m.end))]

    def _is_generic_body(self, key: str) -> bool:
        row = self.catalogue.rows.get(key.split("@")[0])
        return row is None or "generic" in row.flags

    def _add_listed(self, article: ArticleText, countries_by_end: dict, findings: Findings) -> None:
        for match in self.finder.catalogue_matches(article) + self.numbered_sessions.find(article):  # ``COP31``
            if not self._names_an_office(article, match) and not self.companies.is_a_surname(article, match) \
                    and not generic_body_in_lowercase(article, match, self.catalogue[match.key].flags) \
                    and flag_cue_holds(article.text, match, self.catalogue[match.key].flags):
                row = self.catalogue[match.key]
                match = national_body(article, match, countries_by_end, findings, row, self._ends_in_head_noun)
                match = self.coordinated_owners.of(article, match, countries_by_end, row)
                findings.matches += [match] if match is not None else []

    def _found_spans(self, article: ArticleText, missions: list, countries: list,
                     listed: list[GazetteerMatch]) -> list[NameSpan]:
        """Company names closed by a legal form (``Turkcell Holding A.Ş.``), names ending in a
        head noun (or a word with a name-making ending: ``Bandırmaspor``), then names after a
        cue noun and outlets named as the article's source (``Kaynak: AA``), none across a mission."""
        in_missions = Spans(missions)
        listed_companies = [(m.start, m.name_end) for m in listed if self._kind(m.key) == "company"]
        companies = self.legal_forms.find(article.blanked, article.blanked_words, self.heads, self.stopwords,
                                          frozenset(listed_companies))
        companies = [s for s in companies if not in_missions.overlaps(s.start, s.end)]
        in_companies = Spans([(s.start, s.end) for s in companies])
        in_parentheses = frozenset(_PARENTHESIZED.findall(article.text))  # one pass, not one search a word
        defined = [(w.start, w.end) for w in article.blanked_words if w.text in in_parentheses and len(w.text) > 1
                   and is_all_caps(w.text)]  # ``X Vakfı (XV)``: XV names a body of its own
        acronyms = [(m.start, m.name_end) for m in listed if is_all_caps(m.entry)]  # ``MHP ve Cumhur İttifakı``
        # no ``ve`` joins these to a name (``Yapı Merkezi ve Doğuş İnşaat``: two companies)
        headed = self.finder.headed_names(article, countries + acronyms + defined + listed_companies)
        headed = [without_byline(article, s, self.given_names) for s in headed]  # ``Ayşe Demir Yeniçağ Gazetesi``
        headed = [without_holder(article, s, self.given_names, self.places) for s in headed]  # ``Ali Kaya Samsun Valiliği``
        headed = [s for s in headed if not any(c <= s.start and s.name_end <= e for c, e in countries)]  # ``Rusya Federasyonu``
        demonyms = [(m.start, m.end, article.text[m.start : m.end].endswith(PEOPLE_ENDINGS)) for m, _ in self.demonyms.find(article)]
        headed = [after_nationality(article, s, [(a, b) for a, b, of_people in demonyms if of_people or s.role == FOREIGN])
                  for s in headed]  # ``Belçikalı X Takımı``; ``Japon Takeda Kogyo``: no foreign name opens in Turkish
        parties = [(m.start, m.name_end) for m in listed if not m.has_suffix and self._kind(m.key) == "party"]
        headed = [after_party(article, s, parties) for s in headed]  # ``CHP İl Genel Meclisi Üyesi``
        # ``X Vakfı (XV) Y Birimi``: the foundation and its unit
        headed = [part for s in headed for part in split_at_acronym(article, s, self.heads, self._listed)]
        headed = self.boards.owners_of_boards(article, headed)  # ``X Yönetim Kurulu Başkanı``: X
        spans = companies + [self.companies.without_unit(article, s) for s in headed
                             if not in_missions.overlaps(s.start, s.end) and not self._chaired_by(article, s)
                             and not names_a_post(article, s, self.office_nouns) and not said_of_any(article, s)
                             and not numbered_unit_of_owner(article, s)
                             and not appointed_to_post(article, s) and not held_by_someone(article, s)
                             and not in_companies.overlaps(s.start, s.end)]
        spans += inner_bodies(article, spans, self.heads)  # ``Ege Üniversitesi X Merkezi``: the university too
        taken = Spans(missions + countries + [(s.start, s.end) for s in spans])
        cued = self.companies.without_surnames(article, find_cued_names(article.blanked, article.blanked_words,
                                                                        self.cues, self.heads, self.stopwords))
        national_spans = [(m.start, m.end) for m, _ in self.demonyms.find(article)] + countries
        nationals = Spans(national_spans)
        before_cues = find_names_before_cue(article.blanked, article.blanked_words, self.cues, self.stopwords,
                                            frozenset(article.sentence_starts), self.finder.everyday_words)
        before_cues = [after_nationality(article, s, national_spans) for s in before_cues
                       if not self._listed_with_its_cue(article, s) and not self.companies.names_a_person(article, s)]
        cued += [s for s in before_cues if not nationals.overlaps(s.start, s.end)]  # ``Rus şirketi``: a nationality
        in_listed = Spans([(m.start, m.end) for m in listed])  # ``Yunan ekibi Panathinaikos Superfoods``: listed
        teams = self.teams.find(article, national_spans) + self.teams.find_before_noun(article, countries)
        cued += [s for s in teams if not in_listed.overlaps(s.start, s.end)]
        cued += self.club_lists.find(article, listed, missions + national_spans, lowercase_words_of(article.words))
        cued += self.sources.unlisted(article, self.given_names) + self.called.find(article) \
            + find_example_lists(article, self.stopwords)  # ``X, Y ve Z gibi şirketler``
        cued += self.boards.acronyms_owning_boards(article)  # ``TANAP'ın yönetim kurulunda``
        return spans + [s for s in cued if not taken.overlaps(s.start, s.end)]

    def _listed(self, name: str) -> bool:
        return self.catalogue.key_of(name) is not None

    def _kind(self, key: str) -> str:
        return kind_of(self.catalogue.rows, key)

    def _listed_with_its_cue(self, article: ArticleText, span: NameSpan) -> bool:
        """``Merkez bankası``: the words before a cue and the cue make a listed name, written as a
        common noun phrase (the gazetteer turned it down), no name of its own."""
        cue = article.first_word_from(span.end)
        if cue >= len(article.blanked_words):
            return False
        return self.catalogue.key_of(article.text[span.start : article.blanked_words[cue].end]) is not None

    def _chaired_by(self, article: ArticleText, span: NameSpan) -> bool:
        """``Ayşe Kaya Başkanlığında toplandı``: "chaired by" a person (a given name opens the
        run, the head is a locative of ``Başkanlık``, also after an apostrophe: ``Başkanlığı'nda``),
        no organization."""
        head_word = article.blanked_words[span.last]
        head, first = head_word.folded, article.blanked_words[span.first].folded
        if first not in self.given_names or not head.startswith(_CHAIR):
            return False
        suffix = article.text[head_word.end : suffix_end(article.text, head_word.end)]
        return head != _CHAIR or suffix[1:].startswith(_LOCATIVE_AFTER_CHAIR)

    def _names_an_office(self, article: ArticleText, match: GazetteerMatch) -> bool:
        """A row flagged ``standalone`` before a capitalized word (``Cumhurbaşkanlığı Savunma
        Sanayii Başkanı``) or before a noun of the office it is named for, in the compound's
        possessive (``Cumhurbaşkanlığı seçimi``, ``Başbakanlık koltuğuna``), names the office."""
        if "standalone" not in self.catalogue[match.key].flags or match.has_suffix:
            return False
        following = article.blanked[match.end : match.end + 2]
        if following[:1] != " ":
            return False
        return following[1:].isupper() or office_noun_follows(article, match.end, self.office_nouns) \
            or self._office_noun_after_list(article, match.end)

    def _office_noun_after_list(self, article: ArticleText, end: int) -> bool:
        """``Cumhurbaşkanlığı ve Parlamento Seçimleri``: ``ve`` and other capitalized
        words, then a noun of the office, shared by the list."""
        index = article.first_word_from(end + 1)
        text_words = article.blanked_words
        if index >= len(text_words) or text_words[index].folded != "ve":
            return False
        for following in text_words[index + 1 : index + 1 + MAX_LISTED_OFFICE_WORDS]:
            if not following.text[:1].isupper():
                return False
            if office_noun_follows(article, following.end, self.office_nouns):
                return True
        return False

    def _ends_in_head_noun(self, article: ArticleText, match: GazetteerMatch) -> bool:
        last = article.first_word_from(match.name_end) - 1
        head = self.heads.match(article.blanked, article.blanked_words, last) if last >= 0 else None
        return head is not None and head[3] != "exclude"

@Language.factory(
    "trnews_organizations",
    requires=group_attrs("trnews_country", "trnews_mission"),
    assigns=[*group_attrs("trnews_organization"), "doc.spans"],
    default_config={
        "table": "organizations.tsv",
        "heads": "organization_heads.tsv",
        "cues": "organization_cues.tsv",
        "stopwords": "name_start_stopwords.tsv",
        "generic_words": "organization_generic_words.tsv",
        "titles": "titles.tsv",
        "demonyms": "demonyms.tsv",
        "countries": "countries.tsv",
        "locations": "locations.tsv",
        "short_forms": "organization_short_forms.tsv",
        "given_names": "given_names.tsv",
        "more_given_names": "given_names_turkish.tsv",
        "legal_forms": "company_legal_forms.tsv",
        "kind_nouns": "organization_kind_nouns.tsv",
        "field_words": ["portfolio_words.tsv", "organization_field_words.tsv"],
        "office_nouns": "office_qualified_nouns.tsv",
        "team_nouns": "team_nouns.tsv",
        "surnames": "surnames.tsv",
        "more_surnames": "surnames_public_figures.tsv",
        "everyday_words": ["lowercase_words.tsv", "organization_meeting_nouns.tsv"],
        "use_ner": False,
    },
)
def make_organizations_stage(
    nlp: Language,
    name: str,
    table: str,
    heads: str,
    cues: str,
    stopwords: str,
    generic_words: str,
    titles: str,
    demonyms: str,
    countries: str,
    use_ner: bool,
    locations: str,
    short_forms: str,
    given_names: str,
    more_given_names: str,
    legal_forms: str,
    kind_nouns: str,
    field_words: str | list[str],
    office_nouns: str,
    team_nouns: str,
    surnames: str,
    more_surnames: str,
    everyday_words: str | list[str],
) -> OrganizationStage:
    return OrganizationStage.build(
        table=table, heads=heads, cues=cues, stopwords=stopwords, generic_words=generic_words,
        titles=titles, demonyms=demonyms, countries=countries, use_ner=use_ner, locations=locations,
        short_forms=short_forms, given_names=given_names, more_given_names=more_given_names,
        legal_forms=legal_forms, kind_nouns=kind_nouns, field_words=field_words, office_nouns=office_nouns,
        team_nouns=team_nouns, surnames=surnames, more_surnames=more_surnames, everyday_words=everyday_words,
    )
