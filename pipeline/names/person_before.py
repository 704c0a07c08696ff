"""A person's name run into the name of an institution that opens with its place
(``sürücü Ali Kaya Akçaabat Devlet Hastanesi'ne``): the capitalized run before the place reads
as the institution's first words, but the article names that person apart elsewhere (``Ali Kaya
(40)``, ``Ali Kaya, ...``). Then the institution's name begins at the place. A name opening with
a person's name and no place after it (``Ahmet Yesevi Üniversitesi``) is left whole.
"""

from __future__ import annotations

import functools

from pipeline.lang.tr.text import Word
from pipeline.resources import read_words

#: the words of a person's name before the place: a given name and one or two more
MIN_PERSON_WORDS, MAX_PERSON_WORDS = 2, 3


@functools.cache
def given_names() -> frozenset[str]:
    return frozenset(read_words("given_names.tsv", "name") | read_words("given_names_turkish.tsv", "name"))


@functools.cache
def person_words() -> frozenset[str]:
    """Given names and surnames: a word that may go on a person's name (``Mehmet Akif Ersoy``)."""
    return given_names() | read_words("surnames.tsv", "name")


def after_person_named_apart(
    text: str, text_words: list[Word], first: int, head_first: int, place_words: frozenset[str]
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
    return first


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
