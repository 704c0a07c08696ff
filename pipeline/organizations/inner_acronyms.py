"""A found name that defines an acronym for its opening words in parentheses, and the same
name later with the acronym in their place: ``Kamu İktisadi Teşebbüsleri (KİT) Komisyonu``
then ``KİT Komisyonu`` name one commission, no second entity."""

from __future__ import annotations

import re

from pipeline.names.finder import FOUND, Findings

#: ``Kamu İktisadi Teşebbüsleri (KİT) Komisyonu``: the opening words, the acronym, the rest
_ACRONYM_INSIDE = re.compile(r"\S.*? \((\w+)\) (\w.*)$")


def with_acronyms_inside(text: str, findings: Findings) -> None:
    """Rekey each found name written as the acronym and the rest of a name that defined it."""
    by_name = {entity.name: key for key, entity in findings.found.items()}
    same = {}
    for match in findings.matches:
        inside = _ACRONYM_INSIDE.match(text, match.start, match.name_end) if match.key.startswith(FOUND) else None
        if inside is None or not inside.group(1).isupper():
            continue
        short = by_name.get(f"{inside.group(1)} {inside.group(2)}")
        if short is not None and short != match.key:
            same[short] = match.key
    findings.rekey(same)
