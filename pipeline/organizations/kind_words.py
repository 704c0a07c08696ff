"""A found name that is a listed one with the word for its kind after it (``CHP Parti``,
``Galatasaray Kulübü``, ``AK Partisi``), or a club's name with its kind spelled out (``Gaziantep
Futbol Kulübü`` beside ``Gaziantep FK``): the listed or abbreviated thing, no second entity.
A name closed by a head's certain abbreviation (``Çerkezköy OSB`` beside ``Çerkezköy Organize
Sanayi Bölgesi``) is the one spelled out. So is a listed university's rectorate (``Erciyes Üniversitesi Rektörlüğü``: the university; a
municipality's council stays a body of its own, as the read sets list ``İBB Meclisi``)."""

from __future__ import annotations

from pipeline.lexicons.catalogue import Catalogue
from pipeline.names.finder import Findings
from pipeline.organizations.sports_context import joined_club_spellings

#: words for an organization's kind that may follow its listed name (``CHP Parti``)
KIND_WORDS = {"Parti": "party", "Partisi": "party", "Kulübü": "sports", "Spor": "sports",
              "Rektörlüğü": "university"}
#: a kind word with the compound's possessive, and the bare word a listed name ends in (``AK Parti``)
POSSESSED_KIND_WORDS = {"Partisi": "Parti"}
#: a club's kind spelled out and its abbreviation (``Gaziantep FK``)
CLUB_ABBREVIATIONS = {"Futbol Kulübü": "FK", "Spor Kulübü": "SK", "Jimnastik Kulübü": "JK"}
#: heads an article abbreviates once it has spelled them out, each abbreviation naming that head
#: only (``Çorlu TSO``, ``Çerkezköy OSB``)
HEAD_ABBREVIATIONS = {"Organize Sanayi Bölgesi": "OSB", "Ticaret ve Sanayi Odası": "TSO"}


def listed_with_kind_word(findings: Findings, catalogue: Catalogue) -> None:
    """``CHP Parti``, ``Galatasaray Kulübü``: a listed name followed only by the word for
    its kind is the listed thing; so is a listed name ending in that word written with the
    compound's possessive (``AK Partisi`` for ``AK Parti``)."""
    listed = {}
    for key, entity in findings.found.items():
        name, _, word = entity.name.rpartition(" ")
        row_key = catalogue.key_of(name) if word in KIND_WORDS else None
        if row_key is None and word in POSSESSED_KIND_WORDS:
            row_key, word = catalogue.key_of(f"{name} {POSSESSED_KIND_WORDS[word]}"), POSSESSED_KIND_WORDS[word]
        if row_key is not None and catalogue[row_key].kind == KIND_WORDS[word]:
            listed[key] = row_key
    findings.rekey(listed)
    _clubs_spelled_out(findings, catalogue)
    _heads_abbreviated(findings, catalogue)


def _clubs_spelled_out(findings: Findings, catalogue: Catalogue) -> None:
    """``Gaziantep Futbol Kulübü`` beside ``Gaziantep FK``: a club's name spelled out is the
    club the article also names by the abbreviation, or the listed club of that name."""
    by_name = {entity.name: key for key, entity in findings.found.items()}
    spelled = {}
    for key, entity in findings.found.items():
        for spelled_out, abbreviation in CLUB_ABBREVIATIONS.items():
            if not entity.name.endswith(" " + spelled_out):
                continue
            short_name = entity.name[: -len(spelled_out)] + abbreviation
            short = by_name.get(short_name) or catalogue.key_of(short_name)
            if short is not None and short != key:
                spelled[key] = short
    findings.rekey(spelled | joined_club_spellings(findings.found))  # ``Gençlik Spor``: ``Gençlikspor``


def _heads_abbreviated(findings: Findings, catalogue: Catalogue) -> None:
    """``Çerkezköy OSB`` beside ``Çerkezköy Organize Sanayi Bölgesi``: a name closed by a head's
    abbreviation is the organization the article (or the catalogue) names with the head spelled
    out; the spelled-out name stays the entity's."""
    by_name = {entity.name: key for key, entity in findings.found.items()}
    spelled = {}
    for key, entity in findings.found.items():
        for spelled_out, abbreviation in HEAD_ABBREVIATIONS.items():
            if not entity.name.endswith(" " + abbreviation):
                continue
            long_name = entity.name[: -len(abbreviation)] + spelled_out
            long = by_name.get(long_name) or catalogue.key_of(long_name)
            if long is not None and long != key:
                spelled[key] = long
    findings.rekey(spelled)
