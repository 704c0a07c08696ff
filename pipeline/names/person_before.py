"""A person's name run into the name of an institution that opens with its place
(``sürücü Ali Kaya Akçaabat Devlet Hastanesi'ne``): the capitalized run before the place reads
as the institution's first words, but the article names that person apart elsewhere (``Ali Kaya
(40)``, ``Ali Kaya, ...``). Then the institution's name begins at the place. A name opening with
a person's name and no place after it (``Ahmet Yesevi Üniversitesi``) is left whole.

Without the name said apart, a given name and a listed surname still stand apart from the
name after them where a province or district opens it (``Dosya Ayhan Koç Ankara Cumhuriyet
Başsavcılığına``: a body named after a person puts no city between) or where the head is a
state office's (``Ayhan Koç Terörle Mücadele Şube Müdürlüğünde``: offices are named by their
place and field, never after a person; ``Vehbi Koç Vakfı``, ``Ahmet Taner Kışlalı Lisesi`` stay).
"""

from __future__ import annotations

import functools

from pipeline.lang.tr.text import Word
from pipeline.lang.tr.text import turkish_lower
from pipeline.resources import read_tsv, read_words

#: the words of a person's name before the place: a given name and one or two more
MIN_PERSON_WORDS, MAX_PERSON_WORDS = 2, 3
#: the heads of state offices, named by place and field, never after a person (a station named
#: after a fallen soldier says ``Şehit`` first: ``Şehit Ali Kaya Karakol Komutanlığı``)
OFFICE_HEADS = frozenset({"müdürlüğü", "başsavcılığı", "savcılığı", "amirliği", "şubesi", "valiliği",
                          "kaymakamlığı"})
#: words before a given name that make the name a fallen person's, after whom offices are named
MEMORIAL_WORDS = frozenset({"şehit", "şht"})
#: the kinds of ``locations.tsv`` rows whose name opens a state body's (``Ankara Cumhuriyet Başsavcılığı``)
SEAT_KINDS = frozenset({"province", "district"})


@functools.cache
def given_names() -> frozenset[str]:
    return frozenset(read_words("given_names.tsv", "name") | read_words("given_names_turkish.tsv", "name"))


@functools.cache
def listed_surnames() -> frozenset[str]:
    """Surnames, with those that only confirm the given name before them (``Ayhan Koç``)."""
    return frozenset(read_words("surnames.tsv", "name") | read_words("surnames_confirming.tsv", "name")
                     | read_words("surnames_turkish.tsv", "name"))


@functools.cache
def person_words() -> frozenset[str]:
    """Given names and surnames: a word that may go on a person's name (``Mehmet Akif Ersoy``)."""
    return given_names() | read_words("surnames.tsv", "name")


@functools.cache
def seat_words() -> frozenset[str]:
    """Folded one-word names of provinces and districts that are no one's name or common word."""
    return frozenset(turkish_lower(row["name"]) for row in read_tsv("locations.tsv")
                     if row["kind"] in SEAT_KINDS and "ambiguous" not in (row.get("flags") or "")
                     and " " not in row["name"])


def after_person_named_apart(
    text: str, text_words: list[Word], first: int, head_first: int, place_words: frozenset[str],
    office_head: bool = False,
) -> int:
    """Where the name found from ``first`` to its head at ``head_first`` begins once a leading
    person's name is taken off: at a place's name inside the run when the words before it open
    with a given name (after a word opening the sentence: ``Sürücü``) and stand elsewhere in
    ``text`` without that place after them. A place no list holds (a small district's name)
    counts as one when no person's name goes on with it."""
    for given in range(first, head_first - MIN_PERSON_WORDS):
        if text_words[given].folded in given_names():
            place = _place_after_person(text, text_words, given, head_first, place_words)
            if place is not None:
                return place
            body = _body_after_listed_person(text_words, given, head_first, office_head)
            if body is not None:
                return body
    return first


def ends_listed_person(text_words: list[Word], last: int) -> bool:
    """Whether word ``last`` is a listed surname after a listed given name (``Zafer Demircan``)."""
    return last > 0 and text_words[last].folded in listed_surnames() and text_words[last - 1].folded in given_names() \
        and text_words[last - 1].text[:1].isupper() and text_words[last].text[:1].isupper()


def _body_after_listed_person(text_words: list[Word], given: int, head_first: int, office_head: bool) -> int | None:
    """Where a body's name begins after a given name, at most one more given name and a listed
    surname (``Ayhan Koç``): at a province or district opening it, or at the next word before a
    state office's head (``office_head``); else None (the body is named after the person)."""
    if given > 0 and text_words[given - 1].folded in MEMORIAL_WORDS:
        return None
    surnames = listed_surnames()
    for surname in range(given + 1, min(given + MAX_PERSON_WORDS, head_first - 1)):
        folded = text_words[surname].folded
        if folded in surnames:
            body = surname + 1
            return body if office_head or text_words[body].folded in seat_words() else None
        if folded not in given_names():
            return None
    return None


def _place_after_person(
    text: str, text_words: list[Word], given: int, head_first: int, place_words: frozenset[str]
) -> int | None:
    for place in range(given + MIN_PERSON_WORDS, min(given + MAX_PERSON_WORDS, head_first - 1) + 1):
        if text_words[place].folded not in place_words and text_words[place].folded in person_words():
            continue
        person = text[text_words[given].start : text_words[place - 1].end]
        here = text_words[given].start
        named_apart = any(_named_apart(text, at, person, text_words[place].text)
                          for at in _occurrences(text, person) if at != here)
        return place if named_apart else None
    return None


def _occurrences(text: str, person: str):
    at = text.find(person)
    while at != -1:
        yield at
        at = text.find(person, at + 1)


def _named_apart(text: str, at: int, person: str, place: str) -> bool:
    before = text[at - 1 : at]
    after = text[at + len(person) : at + len(person) + 1 + len(place)]
    return not before.isalnum() and not text[at + len(person) : at + len(person) + 1].isalnum() \
        and after != " " + place
