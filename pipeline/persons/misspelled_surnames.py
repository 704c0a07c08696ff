"""Misspelled surnames: a lone surname one letter away from the surname of a person said more
often is that person's (``Hutado`` among ``Hurtado``)."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

#: the shortest lone surname taken for another person's misspelled (``Kaya``/``Kara`` are two names)
MIN_MISSPELLED_SURNAME = 6


def without_misspelled_surnames(people: list) -> list:
    """The people of ``pipeline.persons.coreference`` with each lone surname said in one spelling only,
    one letter away from the surname of a single person said more often, joined to that person
    (``Hurtado'nun`` three times, ``Hutado`` once: sport reports are written fast); the mention
    takes the person's spelling."""
    kept = []
    for person in people:
        owner = None
        if all(len(m.words) == 1 for m in person.mentions) and len(person.surname) >= MIN_MISSPELLED_SURNAME:
            owners = [p for p in people if p is not person and len(p.mentions) > len(person.mentions)
                      and _one_letter_apart(p.surname, person.surname)]
            owner = owners[0] if len(owners) == 1 else None
        if owner is None:
            kept.append(person)
            continue
        spelling = owner.full.name.split()[-1]
        for mention in person.mentions:
            mention.name, mention.words = spelling, [owner.surname]
            owner.add(mention)
    return kept


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter left out, added or changed (``hurtado``, ``hutado``), the words otherwise alike."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    return Levenshtein.distance(a, b) == 1
