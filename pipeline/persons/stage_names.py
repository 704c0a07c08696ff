"""A stage name and the real name said of one person: ``Asıl adı Elif Lavinya Koçak olan şarkıcı
Lavin``, ``Sahne adı Lavin olan Elif Lavinya Koçak``. The two names, joined by ``olan`` and at most
a few lowercase words that describe the person (``şarkıcı``, ``ünlü rapçi``), are one person."""

from __future__ import annotations

import re

#: the word of naming before the first name: its real name (``asıl``, ``gerçek``), or its stage
#: name or nickname (``sahne``, ``takma``)
_NAMED_AS = re.compile(r"(?:^|(?<=[\s\"“(]))(?:(?P<real>[Aa]sıl|[Gg]erçek)|[Ss]ahne|[Tt]akma) ad[ıi] $")
#: between the two names: ``olan`` and the lowercase words that describe the person
_WHO_IS = re.compile(r" olan(?: [a-zçğıöşü]+){0,3} ")
#: how far back the word of naming may start before the first name
_NAMED_AS_SPAN = 12


def joined_stage_names(text: str, people: list) -> list:
    """The people of ``pipeline.persons.coreference`` with a person read from a stage name joined to
    the person read from the real name said of it: each mention of the stage name takes the real
    name (the person's name), and its own spelling stays one to look for further on (``Lavin,``)."""
    owner_of = {id(m): person for person in people for m in person.mentions}
    starts = {m.start: m for person in people for m in person.mentions}
    merged: set[int] = set()
    for person in people:
        for first in list(person.mentions):
            named_as = _NAMED_AS.search(text, max(0, first.start - _NAMED_AS_SPAN), first.start)
            gap = _WHO_IS.match(text, first.end) if named_as is not None else None
            second = starts.get(gap.end()) if gap is not None else None
            other = owner_of.get(id(second)) if second is not None else None
            if other is None or other is person or id(other) in merged or id(person) in merged:
                continue
            (real, keep), drop = ((first, person), other) if named_as.group("real") else ((second, other), person)
            for mention in drop.mentions:
                keep.spellings.add(mention.name)
                mention.name, mention.words = real.name, list(real.words)
                keep.mentions.append(mention)
            merged.add(id(drop))
    return [person for person in people if id(person) not in merged]
