"""People with their offices (titles, roles, portfolios) and in-article coreference.

Works with a blank tokenizer: names are read where an office title or honorific announces
them (``pipeline.persons.titles``, ``pipeline.persons.names``), where a known given name starts them
(``pipeline.persons.lexicon_names``), and, when the NER model is loaded, from its PERSON spans
(``pipeline.persons.model_names``). Titles said right before a name,
or set off after it by a comma (``Mark Rutte, NATO Genel Sekreteri,``), are the person's.
Plural role phrases (``dışişleri bakanları``) name no person. Initials and names after a court
role (``sanık A.K.``, ``pipeline.persons.court_parties``), a capitalized word confirmed as a
given name by the listed surname after it (``pipeline.persons.confirmed_names``), names held
together by Germanic particles (``pipeline.persons.particle_names``) and capitalized words
standing in a list of names (``pipeline.persons.listed_names``) or before a word of naming and a
noun of a person (``Deniz adında bir oğlu``, ``pipeline.persons.named_people``) are names too. Mentions are then grouped into one entity
per person (``pipeline.persons.coreference``).
"""

from __future__ import annotations

import re
from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.persons.coreference import complete_prefixes, find_more_mentions, group_mentions, person_entity
from pipeline.lexicons.demonyms import country_adjectives, listed_demonyms
from pipeline.persons.confirmed_names import surname_confirmed_names
from pipeline.persons.own_goals import own_goal_scorers
from pipeline.persons.sport_actions import players_by_actions, players_by_minutes, players_by_stats
from pipeline.persons.lines import headline_surnames, outside_work_titles, signatures
from pipeline.extensions import doc_analysis, doc_text, doc_words
from pipeline.lexicons.candidates import capitalized_words, word_starts
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.persons.name_words import add_circumflex_spellings
from pipeline.persons.families import kin_named_with_ages, shared_surname_mentions
from pipeline.persons.court_parties import anonymous_initials, dotted_letters, names_after_roles
from pipeline.persons.historical_names import with_historical_titles
from pipeline.persons.lexicon_names import lone_surnames, names_from_given_names
from pipeline.persons.listed_names import names_in_lists, public_figure_surnames
from pipeline.persons.particle_names import particle_names
from pipeline.persons.mention import PersonMention
from pipeline.persons.model_names import model_names
from pipeline.persons.names import NameReader
from pipeline.persons.named_people import names_before_naming_words
from pipeline.persons.demonym_names import hyphen_partners, slash_partners, names_after_demonyms
from pipeline.persons.named_things import without_conjunctions, without_named_things
from pipeline.persons.misspelled_ranks import MisspelledRanks
from pipeline.persons.office_names import OfficeWordNames, mostly_surnames
from pipeline.persons.place_names import hometown_words, places_in_names, places_said_as_surnames
from pipeline.persons.rosters import roster_names
from pipeline.persons.coordinated_players import players_in_coordinations
from pipeline.persons.surname_given_names import given_names_of_surnames
from pipeline.persons.plural_offices import attach_plural_titles, names_in_plural_lists
from pipeline.persons.text_clues import (
    capitalized_inside, company_openings, district_words, glued_openers, listed_openings, place_words, region_words,
)
from pipeline.resources import read_words
from pipeline.lang.tr.text import APOSTROPHES, Word, is_all_caps, is_capitalized, turkish_lower
from pipeline.persons.everyday_words import EverydayWords
from pipeline.persons.speakers import lone_names
from pipeline.persons.held_posts import attach_held_posts, name_after_post
from pipeline.persons.title_chains import (attach_appositions, attach_offices_served, attach_offices_served_later,
                                           attach_relative_holders, attach_titles_before, name_after_as,
                                           next_word_start, said_in_nominative, title_chains)
from pipeline.persons.title_phrases import TextClues, TitlePhrase, is_written_honorific
from pipeline.persons.titles import TitleFinder, is_role_word
from pipeline.persons.told_posts import attach_posts_told
from pipeline.persons.word_spans import claim, word_at, word_indices
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import (
    ENTITY_GROUPS, add_entities, drop_mentions_inside, entity_mentions, group_attrs, require_groups, start_groups,
)

#: a country's name with the adjective's -lI after an apostrophe (``ABD'li``, ``Sudan'lı``)
_DEMONYM_SUFFIX = re.compile(r"['’]l[ıiuü]$")
#: the span groups of the stages before: their mentions are no person names
READS = ["trnews_country", "trnews_mission", "trnews_organization", "trnews_location"]




class PersonStage(SavedLexicons):
    def __init__(self, titles: str, given_names: str, surnames: str, stopwords: str,
                 portfolio_words: str | None = None, demonyms: str | None = None,
                 more_given_names: str | None = None, title_stopwords: str | None = None,
                 more_surnames: str | None = None, office_fields: str | None = None,
                 court_roles: str | None = None, confirming_surnames: str | None = None,
                 countries: str | None = None, country_aliases: str | None = None,
                 second_given_names: str | None = None, locations: str | None = None,
                 more_confirming_surnames: str | None = None, world_given_names: list[str] | None = None,
                 lowercase_words: str | None = None, abbreviations: list[str] | None = None) -> None:
        self.titles = TitleFinder(titles, portfolio_words, title_stopwords, office_fields)
        #: ``Yunan Amiral``, ``Fransız Başbakanı``: a nationality before an office gives its country
        self.demonyms = Gazetteer((listed_demonyms(demonyms) if demonyms else [])
                                  + (country_adjectives(countries, country_aliases) if countries else []))
        self.given_names = read_words(given_names, "name") | (read_words(more_given_names, "name") if more_given_names else set())
        self.listed_given_names = set(self.given_names)
        #: given names of Turkey and of the world's news from public lists (``Volodimir``, ``Matías``)
        for name in world_given_names or ():
            self.given_names |= read_words(name, "name")
        #: the hand-written Turkish given names (``Anne Ayşe Kaya``: ``Anne`` is kin before one)
        self.turkish_given_names = read_words(more_given_names, "name") if more_given_names else set()
        #: public figures' surnames, and those that are everyday words too (``Özel``: alone with a suffix only)
        self.public_figures, self.suffixed_figures = public_figure_surnames(more_surnames)
        self.second_given_names = read_words(second_given_names, "name") if second_given_names else set()
        #: one-word places (``Konya``, ``Samsun``): a place opening a sentence opens a name, in
        #: whatever case its ending looks like (``Konya Büyükşehir Belediyesi Genel Sekreteri``)
        self.places = place_words(locations) if locations else frozenset()
        self.districts = district_words(locations) if locations else frozenset()
        #: regions and continents (``Avrupa``, ``Balkanlar``): no surname after given names
        self.regions = region_words(locations) if locations else frozenset()
        self.surnames = read_words(surnames, "name") | self.public_figures
        self.function_words = read_words(title_stopwords) if title_stopwords else set()
        #: surnames that only confirm the capitalized word before them (``confirmed_names``)
        self.confirming_surnames = self.surnames | (read_words(confirming_surnames, "name") if confirming_surnames else set()) \
            | (read_words(more_confirming_surnames, "name") if more_confirming_surnames else set())
        self.stopwords = read_words(stopwords)
        self.court_roles = read_words(court_roles) if court_roles else set()
        #: dotted abbreviations that are no person's initials (``T.C.``, ``A.Ş.``), by their letters
        self.abbreviations = frozenset(dotted_letters(form) for name in abbreviations or () for form in read_words(name, "form"))
        self.office_words = OfficeWordNames(self.given_names, self.confirming_surnames, self.second_given_names,
                                            mostly_surnames(given_names, surnames),
                                            read_words(more_confirming_surnames, "name") if more_confirming_surnames else set())
        self.misspelled_ranks = MisspelledRanks(
            self.titles.entries, self.given_names | self.surnames | self.stopwords, self.given_names)
        #: the words that end a lone name read from the text (``speakers.lone_names``)
        self.lone_name_stopwords = self.stopwords | self.titles.left_stopwords
        #: the words public corpora write in lowercase, by stem key (``speakers.lone_names``)
        self.everyday = EverydayWords(read_words(lowercase_words) if lowercase_words else set())
        self.opening_surnames = self.everyday.opening_surnames(self.surnames, self.given_names)
        #: the lists a name word is looked up in (``add_circumflex_spellings``)
        self._name_lists = (self.given_names, self.listed_given_names, self.turkish_given_names, self.public_figures,
                            self.second_given_names, self.surnames, self.confirming_surnames)

    def __call__(self, doc: Doc) -> Doc:
        require_groups(doc, "trnews_persons", ["trnews_country"])
        text, words, analysis = doc_text(doc), doc_words(doc), doc_analysis(doc)
        add_circumflex_spellings(text, words, self._name_lists)  # ``Kâzım`` is the listed ``Kazım``
        openers = frozenset(compress(word_starts(words), analysis.opens_sentence.tolist()))
        earlier = entity_mentions(doc, ["COUNTRY", "MISSION", "ORGANIZATION", "LOCATION"])
        others = [(m.start, m.end) for m, _ in earlier]
        countries = {m.start: (m.end, e.iso2) for m, e in earlier if e.type == "COUNTRY"}
        taken = word_indices(words, others)
        entity_words = set(taken)
        # where the nationalities before a name end (``Fransız Jean Dupont``, ``ABD'li John Smith``)
        demonym_ends = {m.end for m, e in earlier if e.type == "COUNTRY" and _DEMONYM_SUFFIX.search(text, m.start, m.end)}  # the words of ``others``, with the nationalities added below
        organization_starts = {m.start for m, e in earlier if e.type == "ORGANIZATION"}
        for match in self.demonyms.find(text, words):
            index = word_at(words, match.start)
            before = words[index - 1] if index else None
            if before is not None and text[before.end : match.start] == " " and is_capitalized(before.text) \
                    and before.folded in self.given_names:
                continue  # ``Dursun Özbek``, ``Ahmet Türk``: after a given name, a surname
            demonym_words = word_indices(words, [(match.start, match.end)])
            if not match.has_suffix:
                demonym_ends.add(match.end)
            # ``Alman Yeşiller Partisi Milletvekili``: a nationality opening a body's name owns the office too
            opens_body = match.start in organization_starts
            if not match.has_suffix and match.start not in countries and (not demonym_words & taken or opens_body):
                countries[match.start] = (match.end, match.key)
                if not opens_body:
                    others.append((match.start, match.end))
                    entity_words |= demonym_words
        capitalized = capitalized_words(words)  # read by the passes below
        inside = capitalized_inside(doc, words, capitalized)
        known_proper = inside | {words[i].folded for i in entity_words}
        organizations = [(m.start, m.end) for m, e in earlier if e.type == "ORGANIZATION"]
        organization_spans = set(organizations)
        glued = glued_openers(words, openers, inside | self.places, organizations,
                               word_indices(words, [span for span in others if span not in organization_spans]),
                               listed_openings(text, earlier) | company_openings(text, organizations))
        clues = TextClues(countries, known_proper, {words[i].start for i in entity_words},
                          self.given_names, openers, glued,
                          frozenset(m.start for m, e in earlier if e.type == "MISSION"), dict(organizations),
                          frozenset(countries) - {m.start for m, e in earlier if e.type == "COUNTRY"}
                          | hometown_words(words, capitalized, self.places), self.districts)
        # an office word with its case after an apostrophe, that the organizations' stage read as a whole
        # name, is that name (``Sözcü'de Ayla Korkmazer``: the newspaper Sözcü, no spokesman); a post
        # held names its body and gives its holder the office (``Tümen Komutanlığı'nı devraldı``)
        found = [p for p in self.titles.find(text, words, clues) if p.post is not None
                 or (p.start, p.end) not in organization_spans or not any(a in text[p.start : p.end] for a in APOSTROPHES)]
        phrases = [p for p in found if (p.kind != "honorific" or is_written_honorific(text, p))
                   and not self.office_words.given_name_said(text, p, found)
                   and not self.office_words.given_name_before_surname(text, p, found)
                   and not self.office_words.given_name_epithet(text, p)
                   and not self.office_words.name_word_said(text, p, found)]
        inside_phrases = word_indices(words, [(p.start, p.end) for p in phrases])
        ranks = self.misspelled_ranks.find(  # ``Korgenaral Ali Kaya``
            text, words, capitalized, {words[i].start for i in entity_words | inside_phrases})
        phrases = sorted(phrases + ranks, key=lambda p: p.start)
        title_spans = [(p.start, p.end) for p in phrases]
        # the words of the earlier mentions and of the titles (each list of spans read once)
        taken_or_titles = entity_words | inside_phrases | word_indices(words, [(p.start, p.end) for p in ranks])
        places = [(m.start, m.end) for m, e in earlier if e.type == "LOCATION"]
        named_places = places_in_names(  # ``Meclis Başkanvekili Tekin Bingöl``: a surname, no city
            text, words, places,
            taken_or_titles, {p.end for p in phrases}, self.given_names)
        blocked = word_indices(words, [span for span in others if span not in named_places] + title_spans) \
            if named_places else set(taken_or_titles)
        reader = NameReader(text, words, self.given_names, self.stopwords, blocked, openers, self.surnames,
                            self.public_figures, self.function_words, self.second_given_names, self.regions,
                            self.listed_given_names, self.suffixed_figures)
        mentions, unanchored = self._anchored_names(text, words, phrases, reader)
        mentions += anonymous_initials(text, words, self.court_roles, self.abbreviations, reader)  # ``sanık A.K.``
        # ``sanık Zelkif Danacı``, ``kızları Elif (12)``
        for mention in names_after_roles(text, words, self.court_roles, reader) + kin_named_with_ages(text, words, reader):
            claim(reader, words, mention)
            mentions.append(mention)
        mentions += names_from_given_names(words, capitalized, reader, self.given_names, self.turkish_given_names)
        mentions += lone_surnames(words, capitalized, reader, mentions, self.surnames, self.opening_surnames)
        mentions += particle_names(text, words, reader)  # ``Kiera van Ryk``, ``von der Leyen``
        for mention in own_goal_scorers(text, words, reader):  # ``X Y'nin kendi kalesine``
            claim(reader, words, mention)
            mentions.append(mention)
        mentions += surname_confirmed_names(text, words, capitalized, reader, self.confirming_surnames)
        mentions += players_by_actions(text, words, reader)  # ``Novak'ın uzaktan attığı basket``
        mentions += players_by_minutes(text, words, reader)  # ``35. dakikada Okoro``, ``gole çeviren Okoro``
        mentions += players_by_stats(text, words, reader)  # ``Wade Baldwin 24 sayıyla``
        sentence_starts = analysis.sentence_starts.tolist()
        for mention in lone_names(text, words, reader, self.lone_name_stopwords, mentions, sentence_starts,
                                  capitalized, self.everyday, self.places):
            claim(reader, words, mention)
            mentions.append(mention)
        for mention in names_after_demonyms(text, words, reader, demonym_ends):  # ``Fransız Jean Dupont``
            claim(reader, words, mention)
            mentions.append(mention)
        for mention in hyphen_partners(text, words, reader, mentions):  # ``Jan Novak-Piotr Kowalski``
            claim(reader, words, mention)
            mentions.append(mention)
        for mention in names_before_naming_words(text, words, reader):  # ``Deniz adında bir kızı``
            claim(reader, words, mention)
            mentions.append(mention)
        # last: the lexicons' readings win
        mentions += model_names(doc, words, phrases, reader, self.stopwords, self.given_names)
        mentions += roster_names(text, words, reader, mentions)  # ``Ev Sahibi: Ali Kaya 12, Brown 8, ...``
        mentions += players_in_coordinations(text, words, reader, mentions)  # ``Obi ve Brandt ile seri yaptı``
        mentions += given_names_of_surnames(text, words, reader, mentions)  # ``Okoro 12`` and ``Tobi Okoro``
        for mention in shared_surname_mentions(text, words, reader, mentions) + signatures(text, words, reader):
            claim(reader, words, mention)
            mentions.append(mention)
        for mention in names_in_lists(text, words, reader, mentions):  # ``Ayşe Kaplan, Şazime Ayata, ...``
            claim(reader, words, mention)
            mentions.append(mention)
        for mention in slash_partners(text, words, reader, mentions):  # ``Ekin Bahıtlı/Eylül Benli``
            claim(reader, words, mention)
            mentions.append(mention)
        attach_titles_before(text, mentions, unanchored)
        for mention in names_in_plural_lists(text, words, mentions, unanchored, reader):
            claim(reader, words, mention)
            mentions.append(mention)
        attach_plural_titles(text, mentions, unanchored)
        attach_appositions(text, mentions, unanchored)
        attach_relative_holders(text, mentions, unanchored)  # ``Ali Kaya'nın Başkanı olduğu dernek``
        attach_offices_served(text, mentions, unanchored, sentence_starts)
        attach_held_posts(mentions, unanchored, text)
        attach_posts_told(text, mentions, unanchored)  # ``Konsolos olarak görev yaptım, dedi Ali Kaya``
        mentions = outside_work_titles(text, mentions)  # ``ALAN FİLM: Ayşe Kaya``: a film's title
        with_historical_titles(text, words, mentions, openers)  # ``Osman Efendi``; ``Okan Hoca`` after ``Okan Buruk``
        complete_prefixes(text, mentions)  # ``Ayşe Nur Kaya'ya`` read short beside ``Ayşe Nur Kaya``
        mentions = without_named_things(text, mentions, self.public_figures)  # ``Leyla filminde``, ``Kemal Usta'yı canlandıran``
        mentions = without_conjunctions(mentions)  # ``Enflasyon Ve Emekli``: a headline in title case
        people = group_mentions(text, headline_surnames(text, mentions))
        surnames = {turkish_lower(s.split()[-1]) for person in people for s in person.spellings if " " in s}
        said = places_said_as_surnames(text, places, surnames)  # ``Ayşe Tutak ... Tutak,``: hers, no place
        find_more_mentions(text, words, people, [span for span in others if span not in said]
                           + [(m.start, m.end) for m in mentions], self.given_names)
        # ``Kaya, Federasyon Başkanı olarak``, ``kulübün başkanı Kaya``: a title said at a later
        # mention by surname alone is the person's too
        # (said in capitals: ``Kanada'nın yeni temsilcisi Brown`` describes, it names no office)
        # (an earlier mention equal to a later one starts where it does: not each compared with each)
        at_start: dict[int, list[PersonMention]] = {}
        for mention in mentions:
            at_start.setdefault(mention.start, []).append(mention)
        later = [m for person in people for m in person.mentions
                 if not m.titles and m not in at_start.get(m.start, ())]
        said_as_titles = [chain for chain in unanchored if chain[-1].capitalized or chain[-1].qualified_lowercase]
        attach_titles_before(text, later, said_as_titles)
        attach_appositions(text, later, said_as_titles)
        attach_offices_served_later(text, [m for p in people for m in p.mentions], said_as_titles, sentence_starts)
        start_groups(doc, [ENTITY_GROUPS["PERSON"]])
        entities = [person_entity(text, person) for person in people]
        add_entities(doc, entities)
        # ``Ayşe Bayraklı``, ``Hasan Bingöl'ün``: the place is a word of the name, no mention of it
        drop_mentions_inside(doc, ENTITY_GROUPS["LOCATION"], [(m.start, m.end) for e in entities for m in e.mentions])
        return doc

    def _anchored_names(self, text: str, words: list[Word], phrases: list[TitlePhrase], reader: NameReader):
        mentions, unanchored = [], []
        for chain in title_chains(text, phrases):
            last = chain[-1]
            name_start = next_word_start(text, last)
            mention = None
            announces = last.capitalized or last.qualified_lowercase or is_role_word(last)
            name_index = word_at(words, name_start) if not last.plural and not last.oblique and announces else None
            if name_index is not None:
                all_caps = is_all_caps(text[chain[0].start : last.end])
                mention = reader.after_anchor(name_index, anchor_all_caps=all_caps, role_word=is_role_word(last))
                if mention is not None and not last.capitalized and len(mention.words) < 2 \
                        and reader.has_spatial_suffix(name_index):
                    mention = None  # ``Rusya lideri Kremlin'de``: a place, not a name
                if mention is not None and self.everyday.names_a_thing(mention.words, reader.given_names,
                                                                       reader.surnames):
                    mention = None  # ``Gözlemci Devletlerden``, ``Seçme Sınavı Sistemini``: no name
            if mention is None and last.capitalized:
                mention = self._name_after(text, words, name_after_as(text, last), reader, nominative=True)
            if mention is None and last.post == "participle":
                # ``X Başkanlığına yeniden seçilen Işınsu Kestelli'yi``: in any case, given name listed or not
                mention = self._name_after(text, words, name_after_post(text, last), reader)
            if mention is None:
                unanchored.append(chain)
                continue
            mention.titles = [p for p in chain if p.title is not None]
            if all(p.kind == "honorific" for p in chain):
                mention.honorifics_start = chain[0].start
            claim(reader, words, mention)
            mentions.append(mention)
        return mentions, unanchored

    @staticmethod
    def _name_after(text: str, words: list[Word], start: int, reader: NameReader, nominative: bool = False):
        """A full name starting at ``start`` (-1: none), after an office said with ``olarak`` (``Maliye
        Bakanı olarak Ali Kaya, ...``: ``nominative``, as a lone word there may be a place or a body)
        or after the participle of a post."""
        index = word_at(words, start) if start >= 0 else None
        mention = reader.after_anchor(index, anchor_all_caps=False) if index is not None else None
        if mention is None or len(mention.words) < 2:
            return None
        return mention if not nominative or said_in_nominative(text, mention) else None


@Language.factory(
    "trnews_persons",
    requires=group_attrs(*READS),
    assigns=[*group_attrs("trnews_person"), "doc.spans"],
    default_config={
        "titles": "titles.tsv",
        "given_names": "given_names.tsv",
        "surnames": "surnames.tsv",
        "stopwords": "name_stopwords.tsv",
        "portfolio_words": "portfolio_words.tsv",
        "demonyms": "demonyms.tsv",
        "more_given_names": "given_names_turkish.tsv",
        "more_surnames": "surnames_public_figures.tsv",
        "title_stopwords": "name_start_stopwords.tsv",
        "office_fields": "office_fields.tsv",
        "court_roles": "court_roles.tsv",
        "confirming_surnames": "surnames_confirming.tsv",
        "more_confirming_surnames": "surnames_turkish.tsv",
        "countries": "countries.tsv",
        "country_aliases": "country_aliases.tsv",
        "second_given_names": "given_names_second.tsv",
        "locations": "locations.tsv",
        "world_given_names": ["given_names_world.tsv", "given_names_world_gfdl.tsv"],
        "lowercase_words": "lowercase_words.tsv",
        "abbreviations": ["dotted_abbreviations.tsv", "company_legal_forms.tsv"],
    },
)
def make_persons_stage(
    nlp: Language, name: str, titles: str, given_names: str, surnames: str, stopwords: str, portfolio_words: str,
    demonyms: str, more_given_names: str, title_stopwords: str, more_surnames: str, office_fields: str,
    court_roles: str, confirming_surnames: str, countries: str, country_aliases: str, second_given_names: str,
    locations: str, more_confirming_surnames: str, world_given_names: list[str], lowercase_words: str,
    abbreviations: list[str],
) -> PersonStage:
    return PersonStage.build(
        titles=titles, given_names=given_names, surnames=surnames, stopwords=stopwords,
        portfolio_words=portfolio_words, demonyms=demonyms, more_given_names=more_given_names,
        more_surnames=more_surnames, title_stopwords=title_stopwords, office_fields=office_fields,
        court_roles=court_roles, confirming_surnames=confirming_surnames, countries=countries,
        country_aliases=country_aliases, second_given_names=second_given_names,
        locations=locations, more_confirming_surnames=more_confirming_surnames,
        world_given_names=world_given_names, lowercase_words=lowercase_words, abbreviations=abbreviations,
    )
