"""The words a text typed without Turkish letters is read back with (``pipeline.lang.tr.dotless``):
every Turkish word and name the lexicons, gazetteers, catalogues and name lists of ``data/`` hold.

A spelling is taken from the columns that hold Turkish text (names, aliases, words, heads,
cues, titles, phrases, stems); codes, kinds, roles and English names are left out: an English
word (``basin``) would stand against the Turkish word it resembles (``basın``).
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.resources import read_tsv

#: the columns of the data files that hold Turkish words, names or phrases (``|`` separates
#: the alternatives of ``aliases`` and ``variants``)
SPELLED_COLUMNS = (
    "name", "cldr_name", "aliases", "variants", "acronym", "demonym", "short_form", "default",
    "word", "head", "noun", "cue", "title", "phrase", "stem", "form",
)
#: the data files whose words the reading copy is spelled from (the document stage's default)
VOCABULARY_FILES = [
    "countries.tsv", "country_aliases.tsv", "demonyms.tsv", "languages.tsv", "locations.tsv",
    "missions.tsv", "mission_heads.tsv", "mission_generic_words.tsv",
    "organizations.tsv", "organization_heads.tsv", "organization_generic_words.tsv",
    "organization_kind_nouns.tsv", "organization_cues.tsv", "organization_short_forms.tsv", "company_legal_forms.tsv",
    "titles.tsv", "office_fields.tsv", "office_qualified_nouns.tsv", "portfolio_words.tsv", "court_roles.tsv",
    "name_stopwords.tsv", "name_start_stopwords.tsv",
    "months.tsv", "weekdays.tsv", "relative_dates.tsv", "date_event_nouns.tsv", "date_name_heads.tsv",
    "year_horizons.tsv", "tense_cues.tsv", "number_words.tsv",
    "currencies.tsv", "money_hedges.tsv", "money_subject_words.tsv",
    "topic_cues.tsv", "topic_words.tsv", "topic_taxonomy.tsv", "common_words.tsv",
]

#: the list of words that open sentences written capitalized (``Hangi``, also ``Cumhurbaşkanı``):
#: a line in capitals counts them as written in lower case (``pipeline.lang.tr.capitals``)
OPENER_FILE = "name_start_stopwords.tsv"
#: the organization heads, whose ``bare`` trade words (``Otomotiv``) a line in capitals reads
#: as common nouns unless the article writes them otherwise
HEAD_FILE = "organization_heads.tsv"

#: the lists of person names: they spell only capitalized words (``Gore`` is no ``göre``)
NAME_FILES = [
    "given_names_turkish.tsv", "given_names.tsv", "surnames.tsv", "surnames_public_figures.tsv",
    "surnames_confirming.tsv", "surnames_turkish.tsv",
]


def opening_words(name: str) -> list[str]:
    """The words of a list of sentence openers (``OPENER_FILE``)."""
    return [row["word"] for row in read_tsv(name)]


def trade_words(name: str) -> list[str]:
    """The ``bare`` trade words of a list of organization heads (``HEAD_FILE``)."""
    return [row["head"] for row in read_tsv(name) if row.get("role") == "bare"]


def spelling_vocabulary(files: Iterable[str]) -> list[str]:
    """The Turkish phrases of the given data files, in file and row order."""
    phrases = []
    for name in files:
        for row in read_tsv(name):
            for column in SPELLED_COLUMNS:
                if column in row:
                    phrases += row[column].split("|")
    return phrases
