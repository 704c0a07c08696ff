"""Countries: every ISO 3166-1 country (Kosovo as XK) in any inflected form.

Names come from CLDR's Turkish territory names (``data/countries.tsv``, built by
``scripts/build_country_table.py``) plus curated variants, ambiguous names and regional
look-alikes (``data/country_aliases.tsv``). ``Latin Amerika`` is matched as a look-alike so
that the longest match hides ``Amerika`` inside it. Cities are not countries: they are the
location stage's business. The listed names of companies, banks and media
(``data/organizations.tsv``) are look-alikes too: the country in a brand (``Kuveyt Türk``)
is not meant. A state body's is (``Kanada Uzay Ajansı``), and the gold sets disagree on one
named after the country (``Türkiye İstatistik Kurumu``), so those stay. A sea or gulf named
after a country (``Umman Körfezi``, ``Meksika Körfezi'nde``) is a place of its own, as is
a quarter, street or square (``Kuveyt Caddesi``, ``Filistin Mahallesi'nde``), and a currency named
after one (``ABD doları``, ``Kanada dolarlık``, ``İsviçre frangı``: the names of several words in
``data/currencies.tsv``) is money: the country is not meant. A look-alike of several words hides its
country under a case glued to its last word too (``Mali Hizmetlerden Sorumlu``: the adjective "financial").
Nor is one in the headlines of a page's list of other articles (``pipeline.lang.tr.listings``), nor a
name that is also a listed surname (``Karadağ``), said bare right after a given name: ``Mehmet Karadağ``
is a person (``CountryStage._surname_after_given_name``).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicons.entities import entities_from_matches
from pipeline.extensions import doc_text, doc_words
from pipeline.lexicons.gazetteer import Gazetteer, GazetteerMatch
from pipeline.resources import read_tsv, read_words
from pipeline.persons.office_names import mostly_surnames
from pipeline.lang.tr.endings import spells_noun_endings, without_compound_possessive
from pipeline.lang.tr.listings import listing_lines
from pipeline.lang.tr.text import fold_for_matching, sentence_starts, turkish_lower
from pipeline.countries.before_office import office_follows, state_offices
from pipeline.lexicons.candidates import word_index_at
from pipeline.schema import Entity
from pipeline.lexicons.saved import SavedLexicons
from pipeline.spans import ENTITY_GROUPS, add_entities, group_attrs, start_groups

NOT_A_COUNTRY = "-"
#: ISO 3166 codes of no country: Antarctica, a continent (the gold format counts countries)
NO_COUNTRIES = frozenset({"AQ"})
#: kinds of organizations.tsv rows whose names are brands
BRAND_KINDS = frozenset({"company", "bank", "media"})
#: a water body or a quarter, street or village named after a country: its head noun with the
#: possessive (``Körfezi``, ``Denizi'nde``, ``Boğazı``, ``Mahallesi'ne``, ``Caddesi``); not ``Denizcilik``
#: (a body named after the sea trade)
_PLACE_NAMED_AFTER = re.compile(" (?:Körfezi|Denizi|Boğazı|Okyanusu|Mahallesi|Caddesi|Sokağı|Sokak|Bulvarı|Meydanı|Köyü)")
#: the word right after a name, across spaces only
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
#: a capitalized word and a single space right before a name (not after an apostrophe: a suffix)
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’])([A-ZÇĞİÖŞÜ][a-zçğıöşü]+) $")


class CountryStage(SavedLexicons):
    def __init__(
        self, table: str, aliases: str, brands: str = "organizations.tsv", currencies: str = "currencies.tsv",
        surnames: list[str] | None = None, given_names: list[str] | None = None, titles: str = "titles.tsv",
    ) -> None:
        self.countries: dict[str, Entity] = {}
        spellings: list[tuple[str, str]] = []
        for row in read_tsv(table):
            if row["iso2"] in NO_COUNTRIES:
                continue
            self.countries[row["iso2"]] = Entity(
                id="", type="COUNTRY", name=row["name"], iso2=row["iso2"], iso3=row["iso3"], name_en=row["name_en"]
            )
            spellings += [(row["name"], row["iso2"]), (row["cldr_name"], row["iso2"])]
        ambiguous, look_alikes = [], []
        for row in read_tsv(aliases):
            spellings.append((row["name"], row["iso2"]))
            if row["kind"] == "ambiguous":
                ambiguous.append(row["name"])
            if row["iso2"] == NOT_A_COUNTRY and " " in row["name"].strip():
                look_alikes.append((row["name"], NOT_A_COUNTRY))
        country_names = {fold_for_matching(name) for name, _ in spellings}
        spellings += [(name, NOT_A_COUNTRY) for name in _brand_names(brands, country_names)]
        self.gazetteer = Gazetteer(spellings, proper=True, ambiguous=ambiguous)
        #: the ambiguous names alone, read where they open a sentence before a state's office
        self.ambiguous_names = Gazetteer([(n, k) for n, k in spellings if n in ambiguous], proper=True)
        self.state_offices = state_offices(titles)
        #: the look-alikes of several words with a suffix glued to the last (``Mali Hizmetlerden Sorumlu``)
        self.inflected_look_alikes = Gazetteer(look_alikes, proper=True, inflected=True)
        self.currency_nouns = _currency_nouns(currencies)
        #: the countries' names that are surnames too; the given names before them (the first list counts
        #: uses: less often a given name than a surname, ``Erdoğan Karadağ'a`` names the president)
        surnames, given_names = surnames or [], given_names or []
        self.surnames = {name for name in _surnames(surnames) if name in country_names}
        self.given_names = set().union(*(read_words(table, "name") for table in given_names))
        if surnames and given_names:
            self.given_names -= mostly_surnames(given_names[0], surnames[0])

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        listings = listing_lines(text)  # other articles' headlines: "... 12 Mart 2024 | 530 Okunma"
        matches = [
            m for m in self.gazetteer.find(text, doc_words(doc))
            if (m.has_suffix or not (_PLACE_NAMED_AFTER.match(text, m.name_end) or self._names_a_currency(text, m)))
            and not any(start <= m.start < end for start, end in listings)
            and not (self.surnames and self._surname_after_given_name(text, m))
        ]  # fmt: skip
        hidden = [(m.start, m.end) for m in self.inflected_look_alikes.find(text, doc_words(doc)) if m.has_suffix]
        matches = [m for m in matches if not any(start <= m.start and m.end < end for start, end in hidden)]
        matches = _short_names_of_named(text, sorted(matches + self._opening_before_office(text, doc, matches),
                                                     key=lambda m: m.start))
        start_groups(doc, [ENTITY_GROUPS["COUNTRY"]])
        add_entities(doc, entities_from_matches(text, matches, self.countries.get))
        return doc

    def _opening_before_office(self, text: str, doc: Doc, matches: list) -> list[GazetteerMatch]:
        """``Sudan Dışişleri Bakanı X``: an ambiguous name opening a sentence before a state's office
        (``before_office``), where no other match covers it."""
        text_words = doc_words(doc)
        found = [m for m in self.ambiguous_names.find(text, text_words) if m.end == m.name_end
                 and not any(other.start <= m.start < other.end for other in matches)]
        if not found:
            return []
        openers, index_at = set(sentence_starts(text)), word_index_at(text_words)
        return [m for m in found if m.start in openers
                and office_follows(text, list(text_words), index_at[m.start], self.state_offices)]

    def _surname_after_given_name(self, text: str, match: GazetteerMatch) -> bool:
        """``Vali Yardımcısı Buğra Karadağ ve``: a country's name that is also a surname, without a
        suffix, after a given name and a single space, the name run ending there (not ``Ahmet
        Karadağ Büyükelçisi``, the office of a country)."""
        if match.has_suffix or fold_for_matching(text[match.start : match.name_end]) not in self.surnames:
            return False
        before = _GIVEN_NAME_BEFORE.search(text, max(0, match.start - 40), match.start)
        after = _NEXT_WORD.match(text, match.end)
        return before is not None and turkish_lower(before.group(1)) in self.given_names \
            and not (after and after.group(1)[0].isupper())

    def _names_a_currency(self, text: str, match: GazetteerMatch) -> bool:
        """``ABD doları``, ``ABD Doları'nın``, ``Kanada dolarlık``: the country's name opens that of its currency
        (the bare noun and endings: not ``Güney Afrika randevusu``)."""
        nouns = self.currency_nouns.get(fold_for_matching(text[match.start : match.name_end]))
        following = _NEXT_WORD.match(text, match.name_end) if nouns else None
        word = turkish_lower(following.group(1)) if following else ""
        return any(
            word == noun or (word.startswith(noun) and spells_noun_endings(word[len(noun) :])) for noun in nouns or ()
        )


def _surnames(tables: list[str]) -> set[str]:
    return {fold_for_matching(row["name"]) for table in tables for row in read_tsv(table)}


def _currency_nouns(table: str) -> dict[str, tuple[str, ...]]:
    """Folded first words of the currencies named after a place -> the bare nouns of their last word
    (``abd`` -> ``dolar``, ``isviçre`` -> ``frang``, ``frank``), which ``doları``, ``dolarlık``,
    ``dolarına`` write with endings."""
    nouns: dict[str, set[str]] = {}
    for row in read_tsv(table):
        head, _, last = row["name"].rpartition(" ")
        if row["kind"] != "word" or not head:
            continue
        bare = turkish_lower(without_compound_possessive(last))
        forms = {bare, bare[:-1] + "k"} if bare.endswith("ng") else {bare}  # frang|ı, frank|lık
        nouns.setdefault(fold_for_matching(head), set()).update(forms)
    return {head: tuple(sorted(forms)) for head, forms in nouns.items()}


def _short_names_of_named(text: str, matches: list) -> list:
    """``Kongo`` in an article that names ``Kongo Demokratik Cumhuriyeti``: a short name that
    opens the full names of one other country only, among those the article names, is that
    country's (the short name alone is listed for its neighbour, ``Kongo Cumhuriyeti``; with
    both named in full it stays the listed one's)."""
    names = {(fold_for_matching(text[m.start : m.name_end]), m.key) for m in matches if m.key != NOT_A_COUNTRY}
    rekeyed = []
    for match in matches:
        short = fold_for_matching(text[match.start : match.name_end]) + " "
        longer = {key for name, key in names if name.startswith(short)}
        rekeyed.append(match._replace(key=min(longer)) if len(longer) == 1 and match.key not in longer else match)
    return rekeyed


def _brand_names(table: str, country_names: set[str]) -> list[str]:
    """The names of listed brands of more than one word (a one-word brand cannot hold a
    country's name and more), but not a company's national arm: the country that ends
    ``Vodafone Türkiye`` is meant."""
    names = []
    for row in read_tsv(table):
        if row["kind"] in BRAND_KINDS:
            names += [n for n in [row["name"], *row["aliases"].split("|")]
                      if " " in n.strip() and not _ends_in_country(n, country_names)]
    return names


def _ends_in_country(name: str, country_names: set[str]) -> bool:
    name_words = fold_for_matching(name).split()
    return any(" ".join(name_words[i:]) in country_names for i in range(1, len(name_words)))


@Language.factory(
    "trnews_countries",
    assigns=[*group_attrs("trnews_country"), "doc.spans"],
    default_config={
        "table": "countries.tsv", "aliases": "country_aliases.tsv", "brands": "organizations.tsv",
        "currencies": "currencies.tsv", "surnames": ["surnames.tsv", "surnames_turkish.tsv"],
        "given_names": ["given_names.tsv", "given_names_turkish.tsv"], "titles": "titles.tsv",
    },
)  # fmt: skip
def make_country_stage(
    nlp: Language, name: str, table: str, aliases: str, brands: str, currencies: str, surnames: list[str],
    given_names: list[str], titles: str,
) -> CountryStage:
    return CountryStage.build(
        table=table, aliases=aliases, brands=brands, currencies=currencies, surnames=surnames, given_names=given_names,
        titles=titles,
    )
