"""Nationality adjectives: the listed ones (``data/demonyms.tsv``: ``Rus``, ``Fransız``) and the
``-lI`` adjective Turkish makes of any country's name (``Azerbaycanlı``, ``Amerikalı``,
``Güney Afrikalı``, ``Yeni Zelandalı``), derived here from the country tables rather than listed
one by one. Before an office (``Azerbaycanlı Milletvekili``) such an adjective gives the office's
country and is no part of its title, as a listed demonym is not."""

from __future__ import annotations

from pipeline.lang.tr.morphology import high_vowel_after, last_vowel
from pipeline.lang.tr.text import is_all_caps, turkish_lower
from pipeline.resources import read_tsv

#: country names of ``data/country_aliases.tsv`` that make an adjective (not regions, not look-alikes)
_NAME_KINDS = ("canonical", "variant")


def listed_demonyms(table: str) -> list[tuple[str, str]]:
    return [(row["demonym"], row["iso2"]) for row in read_tsv(table)]


def country_adjectives(countries: str, aliases: str) -> list[tuple[str, str]]:
    """(``<name>lI``, iso2) for every country name written in letters, not in capitals (an acronym
    takes the suffix after an apostrophe: ``ABD'li`` is the country's mention)."""
    names = [(row["name"], row["iso2"]) for row in read_tsv(countries)]
    names += [(row["name"], row["iso2"]) for row in read_tsv(aliases) if row["kind"] in _NAME_KINDS]
    adjectives = {}
    for name, iso2 in names:
        vowel = last_vowel(turkish_lower(name))
        if vowel is None or is_all_caps(name) or not name.replace(" ", "").isalpha():
            continue
        adjectives.setdefault(f"{name}l{high_vowel_after(vowel)}", iso2)
    return sorted(adjectives.items())
