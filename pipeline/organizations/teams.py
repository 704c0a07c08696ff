"""Teams a sports report introduces by their country: ``Yunan ekibi Maroussi``, ``İtalyan takımı
Siena'yı``, ``İspanyol temsilcisi Unicaja Malaga``.

A nationality (a demonym or a country's name) right before a lower-case noun of a team (data
``team_nouns`` in ``data/organization_cues.tsv``: ``ekibi``, ``takımı``, ``temsilcisi``) says that the
capitalized words after the noun name a team of that country, as ``enerji şirketi X`` names a
company. Without the nationality the noun says too little (``kurtarma ekibi Ankara'ya``, ``yönetim
ekibi Ahmet Kaya``); a given name right after it reads as a person (``Türk ekibi Ali Koç
...``: the nouns also name a person's staff; not an Arabic article hyphened to a name,
``Suudi Arabistan ekibi Al-Shabab'a``), and a place's name alone as where the team is
(``Alman ekibi Berlin'de``).

A country's genitive before a name and one of these nouns in its possessive says the same
(``İtalya'nın Novara takımından``: "from Italy's Novara team"), for the nouns flagged
``after_name`` (``Türkiye'nin BM temsilcisi`` is a person, no team)."""

from __future__ import annotations

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import APOSTROPHES, Word, turkish_lower
from pipeline.names.cued import ARABIC_ARTICLES, find_cued_names, find_names_before_cue
from pipeline.names.finder import ArticleText
from pipeline.names.left_edge import HYPHENS
from pipeline.names.shape import HeadNouns, NameSpan
from pipeline.resources import read_tsv


def read_team_nouns(name: str) -> tuple[set[str], set[str]]:
    """The team nouns of ``name`` (``data/team_nouns.tsv``), and those that also close a name."""
    rows = list(read_tsv(name))
    return ({turkish_lower(row["noun"]) for row in rows},
            {turkish_lower(row["noun"]) for row in rows if row["after_name"] == "yes"})


class TeamsByCountry:
    def __init__(self, nouns: tuple[set[str], set[str]], heads: HeadNouns, stopwords: set[str],
                 given_names: set[str], places: frozenset[str]) -> None:
        self.nouns, self.nouns_after_names = nouns
        self.places = places
        self.heads = heads
        self.stopwords = stopwords
        self.given_names = given_names

    def find(self, article: ArticleText, nationals: list[tuple[int, int]]) -> list[NameSpan]:
        if not nationals or not any(noun in article.text for noun in self.nouns):
            return []
        national_ends = {end for _, end in nationals}
        words = article.blanked_words
        spans = []
        for span in find_cued_names(article.blanked, words, self.nouns, self.heads, self.stopwords):
            noun = words[span.first - 1]
            if noun.start - 1 not in national_ends or article.text[noun.start - 1] != " ":
                continue  # no nationality right before the noun
            if words[span.first].folded in self.given_names and not _hyphened_article(article.text, words[span.first]):
                continue  # ``Alman ekibi Thomas Müller ...``: a person
            if span.first == span.last and words[span.first].folded in self.places:
                continue  # ``Türk ekibi Kahramanmaraş'a ulaştı``: where the team went
            spans.append(span)
        return spans

    def find_before_noun(self, article: ArticleText, countries: list[tuple[int, int]]) -> list[NameSpan]:
        """``İtalya'nın Novara takımından``: the capitalized words between a country's genitive
        and a team noun; a place's name alone there is where a team works (``Japonya'nın Osaka
        ekibinde``)."""
        if not countries or not any(noun in article.text for noun in self.nouns_after_names):
            return []
        genitive_ends = {end for start, end in countries if _ends_in_genitive(article.text[start:end])}
        words = article.blanked_words
        return [span for span in find_names_before_cue(article.blanked, words, self.nouns_after_names, self.stopwords)
                if span.first > 0 and words[span.first - 1].end in genitive_ends
                and article.text[words[span.first - 1].end : span.start] == " "
                and not (span.first == span.last and words[span.first].folded in self.places)]  # ``Osaka ekibinde``


def _hyphened_article(text: str, word: Word) -> bool:
    """``Al-Shabab``: an Arabic article hyphened to the word after it, no given name."""
    return word.folded in ARABIC_ARTICLES and text[word.end : word.end + 1] in HYPHENS


def _ends_in_genitive(written: str) -> bool:
    """``İtalya'nın``: a country's name with the genitive after an apostrophe."""
    name, apostrophe, suffix = max((written.rpartition(mark) for mark in APOSTROPHES), key=lambda part: len(part[0]))
    return bool(name and apostrophe) and spells_case(turkish_lower(suffix), "gen")
