"""Word lists the organizations stage reads besides its catalogue: nationality adjectives, the
one-word names of places and the office titles of several words."""

from __future__ import annotations

from pipeline.lang.tr.endings import HIGH_VOWELS
from pipeline.lang.tr.morphology import VOWELS
from pipeline.lang.tr.text import turkish_lower
from pipeline.lexicons.gazetteer import Gazetteer, GazetteerMatch
from pipeline.names.finder import ArticleText
from pipeline.names.openers import EverydayWords
from pipeline.resources import read_tsv, read_word_lists
from pipeline.schema import Entity


class Demonyms:
    """Nationality adjectives (``Rus``, ``Fransız``; ``data/demonyms.tsv``) and the countries
    they stand for before a body's name, as a country's name does."""

    def __init__(self, table: str, countries: str) -> None:
        rows = list(read_tsv(table))
        wanted = {row["iso2"] for row in rows}
        self.countries = {
            row["iso2"]: Entity(
                id="", type="COUNTRY", name=row["name"], iso2=row["iso2"], iso3=row["iso3"], name_en=row["name_en"]
            )
            for row in read_tsv(countries)
            if row["iso2"] in wanted
        }
        self.gazetteer = Gazetteer([(row["demonym"], row["iso2"]) for row in rows], proper=True)

    def find(self, article: ArticleText) -> list[tuple[GazetteerMatch, Entity]]:
        matches = self.gazetteer.find(article.text, article.words)
        return [(m, self.countries[m.key]) for m in matches if not m.has_suffix]


def country_names(table: str) -> dict[str, Entity]:
    """The countries by their folded one-word names, the ambiguous ones too (``sudan``: before
    an office's words it is the country)."""
    return {turkish_lower(row["name"]): Entity(id="", type="COUNTRY", name=row["name"], iso2=row["iso2"],
                                               iso3=row["iso3"], name_en=row["name_en"])
            for row in read_tsv(table) if " " not in row["name"]}


def place_words(table: str) -> frozenset[str]:
    """Folded one-word names of the listed places that are no ordinary word (``istanbul``), and of
    the provinces that are one too (``Van``, ``Ordu``, ``Tokat``): a province's name opens its
    bodies' names (``Van Ticaret ve Sanayi Odası``), so there it is the place."""
    return frozenset(
        turkish_lower(row["name"]) for row in read_tsv(table) if " " not in row["name"]
        and (row["flags"] == "ambiguous" and row["kind"] == "province" or "ambiguous" not in row["flags"])
    )


def everyday_words(tables: str | list[str], locations: str) -> EverydayWords:
    """The words public corpora write in lowercase (and nouns of meetings: ``Kurultaya``), with the
    folded one-word names of all listed places (``Avcılar``, ambiguous ones too): a sentence's first
    word in a case is the clause's unless it is a place's name (``Operasyona Özel Harekat``,
    ``Avcılar Kent Konseyi``)."""
    return EverydayWords(frozenset(read_word_lists(tables)), place_names(locations))


def place_names(locations: str) -> frozenset[str]:
    """The folded one-word names of all listed places, the ambiguous ones too (``sana``, ``avcılar``)."""
    return frozenset(turkish_lower(row["name"]) for row in read_tsv(locations) if " " not in row["name"])


def office_titles(table: str) -> Gazetteer:
    """The listed office titles of several words (``Merkez Bankası Başkanı``), also in the
    plural of a compound (``Merkez Bankası Başkanları``)."""
    spellings = []
    for row in read_tsv(table):
        title = row["title"].strip()
        if row["kind"] == "office" and " " in title:
            spellings.append((title, title))
            if row["compound"] == "yes":
                spellings.append((_plural_of_compound(title), title))
            spellings += [(deputy, deputy) for deputy in _deputies_of(title)]
    return Gazetteer(spellings, proper=True, inflected=True)


#: the words that make an office's deputy (``Yönetim Kurulu Başkan Yardımcısı``, ``... Başkan Vekili``)
DEPUTY_WORDS = ("Yardımcısı", "Vekili")


def _deputies_of(title: str) -> list[str]:
    """``Yönetim Kurulu Başkanı`` -> ``Yönetim Kurulu Başkan Yardımcısı``, ``... Başkan Vekili``:
    the possessive of the office's last word goes to the deputy word (after a consonant only:
    ``Üyesi`` has no deputy)."""
    *body, office = title.split(" ")
    if len(office) < 4 or office[-1] not in HIGH_VOWELS or office[-2] in VOWELS or office.endswith(DEPUTY_WORDS) \
            or office[-2] == "s" and office[-3] in VOWELS:
        return []  # (``Üye-si``: the possessive after a vowel)
    return [" ".join([*body, office[:-1], deputy]) for deputy in DEPUTY_WORDS]


def _plural_of_compound(title: str) -> str:
    """``Başkanı`` -> ``Başkanları``, ``Temsilcisi`` -> ``Temsilcileri``."""
    vowels = "aeıioöuü"
    cut = 2 if len(title) > 2 and title[-2] == "s" and title[-3] in vowels else 1
    stem = title[:-cut]
    last_vowel = next((c for c in reversed(stem) if c in vowels), "a")
    return stem + ("ları" if last_vowel in "aıou" else "leri")
