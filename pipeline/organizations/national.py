"""National bodies among the organizations: a listed body after a foreign country's name is that
country's (``Rusya Dışişleri Bakanlığı``), a found name opening with a country's name belongs to
it, and the listed body inside a national one is no mention of its own."""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from pipeline.lang.tr.text import APOSTROPHES, is_all_caps, turkish_lower
from pipeline.lexicons.catalogue import LOOK_ALIKE, CatalogueRow
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText, Findings
from pipeline.names.shape import NameSpan
from pipeline.schema import Entity

TURKEY = "TR"
#: words of a state's form that Türkiye's own bodies never carry: before a generic Turkish body's
#: name they make it another state's (``Federal Merkez Bankası``, ``Kraliyet Hava Kuvvetleri``)
STATE_FORMS = frozenset({"Federal", "Kraliyet", "İmparatorluk"})
#: the first words of a Turkish body's name that say it is Türkiye's (``Türk Silahlı Kuvvetleri``)
TURKEY_WORDS = frozenset({"türk", "türkiye", "t.c."})
#: the most capitalized words of an office or a body between a country and ``ve``
MAX_OWNED_WORDS = 5
_AND = " ve "


def national_body(
    article: ArticleText, match: GazetteerMatch, countries: dict, findings: Findings, row: CatalogueRow,
    ends_in_head_noun: Callable[[ArticleText, GazetteerMatch], bool],
) -> GazetteerMatch:
    """``Rusya Dışişleri Bakanlığı``, ``Çin Halk Bankası``: a national body after a foreign
    country is that country's body when it is flagged generic or its name is descriptive
    (ends in a head noun: ``Halk Bankası``); a brand name is not (``Rusya BOTAŞ'a``)."""
    if row.kind == LOOK_ALIKE or row.entity.country is None and "generic" not in row.flags:
        return match  # a generic row of no country (``Ulusal Güvenlik Konseyi``) takes any
    if "generic" not in row.flags and not ends_in_head_noun(article, match):
        return match
    if "generic" in row.flags and row.entity.country == TURKEY:
        federal = _federal_body(article, match, countries, findings, row)
        if federal is not None:
            return federal
    country_end = match.start - 1
    if article.text[country_end : match.start] != " " or country_end not in countries:
        return match
    country_start, country = countries[country_end]
    if country.iso2 == row.entity.country or article.text[country_end - 1] in APOSTROPHES:
        return match
    key = f"{match.key}@{country.iso2}"
    name_en = (
        f"{row.entity.name_en} of {country.name_en}" if row.kind == "ministry" and row.entity.name_en else None
    )
    written = re.split(r"['’]", article.text[country_start:country_end])[0]  # ``İspanya’nın`` -> ``İspanya``
    country_name = country.name if is_all_caps(written) else written  # ``İngiltere``, not ``Birleşik Krallık``
    findings.found[key] = Entity(
        id="", type="ORGANIZATION", name=f"{country_name} {match.entry}", name_en=name_en, country=country.iso2
    )
    return GazetteerMatch(country_start, match.end, match.name_end, key, match.entry)


class CoordinatedOwners:
    """The foreign owner of a Turkish body's bare name joined by ``ve`` to that owner's office."""

    def __init__(self, key_of: Callable[[str], str | None], country_names: dict[str, Entity]) -> None:
        self.key_of = key_of  #: the catalogue's row of a name
        self.country_names = country_names  #: the countries by their folded one-word names

    def of(self, article: ArticleText, match: GazetteerMatch, countries: dict,
           row: CatalogueRow) -> GazetteerMatch | None:
        """``Sudan Egemenlik Konseyi Başkanı ve Silahlı Kuvvetler Komutanı``: a Turkish body named
        without Türkiye (``Silahlı Kuvvetler``) after ``ve`` and an office or a body of a foreign
        country is that country's, no Turkish one: its listed row (``Sudan Silahlı Kuvvetleri``),
        else no mention. ``Silahlı Kuvvetler`` elsewhere stays Türkiye's. The country is a mention
        or, at the words' opening, a country's name (``Sudan``, which alone may be a word)."""
        if row.entity.country != TURKEY or turkish_lower(match.entry.split()[0]) in TURKEY_WORDS \
                or article.text[match.start - len(_AND) : match.start] != _AND:
            return match
        run = _capitalized_run(article.text, match.start - len(_AND))
        country = next((countries[start - 1][1] for start, _ in run if start - 1 in countries), None)
        if country is None and len(run) > 1:
            country = self.country_names.get(turkish_lower(run[-1][1]))
        if country is None or country.iso2 in (TURKEY, None):
            return match
        owned = " ".join(w for w in row.entity.name.split() if turkish_lower(w) not in TURKEY_WORDS)
        key = self.key_of(f"{country.name} {owned}")
        return None if key is None else GazetteerMatch(match.start, match.end, match.name_end, key, match.entry)


def _capitalized_run(text: str, end: int) -> list[tuple[int, str]]:
    """The capitalized words that end at ``end`` (starts and words, the last first), at most
    ``MAX_OWNED_WORDS``; none after a comma or a full stop (``Ankara, ve``)."""
    run: list[tuple[int, str]] = []
    while len(run) < MAX_OWNED_WORDS and end > 0:
        start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
        word = text[start:end]
        if not word[:1].isupper() or not word[-1].isalpha():
            break
        run.append((start, word))
        if text[start - 1 : start] != " ":
            break
        end = start - 1
    return run


def _federal_body(article: ArticleText, match: GazetteerMatch, countries: dict, findings: Findings,
                  row: CatalogueRow) -> GazetteerMatch | None:
    """``Federal Merkez Bankası``, ``Almanya'nın Federal Anayasa Mahkemesi``: a word of a state's
    form that Türkiye does not have (``STATE_FORMS``) before a generic Turkish body makes it
    another state's body, that of the country said right before it (in any case) or of none."""
    before = match.start - 1
    if article.text[before : match.start] != " ":
        return None
    start = article.text.rfind(" ", 0, before) + 1
    word = article.text[start:before]
    if word not in STATE_FORMS:
        return None
    country_end = start - 1
    country = None
    if article.text[country_end : start] == " ":
        # ``Almanya'nın Federal``: the countries are keyed by the end of their mention, suffix included
        country = countries.get(country_end, (None, None))[1]
    iso2 = country.iso2 if country is not None else None
    key = f"{match.key}@{word}{'@' + iso2 if iso2 else ''}"
    findings.found[key] = Entity(id="", type="ORGANIZATION", name=f"{word} {match.entry}", country=iso2)
    return GazetteerMatch(start, match.end, match.name_end, key, match.entry)


def national_found_names(article: ArticleText, countries_by_start: dict, findings: Findings) -> None:
    """A found name that opens with a country's name belongs to that country
    (``Türkiye Büyükelçiliği``); not one that joins countries (``Türkiye-Azerbaycan İş Konseyi``)."""
    for match in findings.matches:
        entity = findings.found.get(match.key)
        if entity is None or entity.country is not None or match.start not in countries_by_start:
            continue
        country_end, country = countries_by_start[match.start]
        if country_end < match.name_end and article.text[country_end] == " ":
            findings.found[match.key] = entity.model_copy(update={"country": country.iso2})


def outside_national_bodies(matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """``İspanya’nın Savunma Bakanlığı`` is Spain's ministry: the listed body's name inside it,
    found again by its head noun, is no mention of the national one."""
    national = [m for m in matches if "@" in m.key]
    return [m for m in matches if not any(
        n.key.split("@")[0] == m.key and n.start < m.start and m.end <= n.end for n in national)]


def after_nationality(article: ArticleText, span: NameSpan, nationals: list[tuple[int, int]]) -> NameSpan:
    """``Yunan Kathimerini gazetesi``: a nationality or country opening the words before a cue
    says whose the outlet is; the name is the words after it (alone it is no name: ``Rus
    şirketi``)."""
    end = next((e for s, e in nationals if s == span.start and e < span.name_end), None)
    if end is None or article.blanked[end : end + 1] != " ":
        return span
    first = article.first_word_from(end + 1)
    start = article.blanked_words[first].start
    written = article.text[start : span.name_end] if span.written else ""
    return dataclasses.replace(span, first=first, start=start, written=written)
