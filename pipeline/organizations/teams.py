"""Teams a sports report introduces by their country: ``Yunan ekibi Maroussi``, ``İtalyan takımı
Siena'yı``, ``İspanyol temsilcisi Unicaja Malaga``.

A nationality (a demonym or a country's name) right before a lower-case noun of a team (data
``team_nouns`` in ``data/organization_cues.tsv``: ``ekibi``, ``takımı``, ``temsilcisi``) says that the
capitalized words after the noun name a team of that country, as ``enerji şirketi X`` names a
company. Without the nationality the noun says too little (``kurtarma ekibi Ankara'ya``, ``yönetim
ekibi Ahmet Kaya``); a given name right after it reads as a person (``Türk ekibi Ali Koç
...``: the nouns also name a person's staff), and a place's name alone as where the team is
(``Alman ekibi Berlin'de``)."""

from __future__ import annotations

from pipeline.names.cued import find_cued_names
from pipeline.names.finder import ArticleText
from pipeline.names.shape import HeadNouns, NameSpan


class TeamsByCountry:
    def __init__(self, nouns: set[str], heads: HeadNouns, stopwords: set[str], given_names: set[str],
                 places: frozenset[str]) -> None:
        self.nouns = nouns
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
            if words[span.first].folded in self.given_names:
                continue  # ``Alman ekibi Thomas Müller ...``: a person
            if span.first == span.last and words[span.first].folded in self.places:
                continue  # ``Türk ekibi Kahramanmaraş'a ulaştı``: where the team went
            spans.append(span)
        return spans
