"""Names of the Ottoman era, said with the title that was part of them: ``Ali Efendi``,
``Mehmed Paşa``, ``Kâtipzade Hasan Efendi``. Before surnames (1934) a person was known by the
given name and the title of rank after it, and history, art and theatre news writes them so;
the gold lists the name with its title (``Osman Nuri Paşa``), as it is known. A family's
``-zade`` name (``Keçecizade``, "son of the felt maker") said right before is part of the name too.
Modern ``Bey`` and ``Hanım`` (``Ahmet Bey``, "Mr Ahmet") stay out: they address, they do not name."""

from __future__ import annotations

import bisect
import re

from pipeline.lang.tr.text import Word, before_apostrophe, is_capitalized, suffix_end
from pipeline.lexicons.candidates import word_starts
from pipeline.persons.mention import PersonMention

#: titles of the Ottoman era said after the given name, part of how the person is known
_TITLES_AFTER = {"efendi", "paşa"}
#: an Ottoman family name: ``-zade`` ("son of") after a trade or a forebear's name
_FAMILY = re.compile(r"\w+zade$")


def with_historical_titles(text: str, words: list[Word], mentions: list[PersonMention]) -> None:
    """Extends each mention said right before ``Efendi`` or ``Paşa`` (and after a ``-zade`` name)."""
    starts = word_starts(words)
    for mention in mentions:
        if before_apostrophe(text, mention.end):
            continue
        after = bisect.bisect_left(starts, mention.end + 1)
        if after >= len(words) or text[mention.end : words[after].start] != " " \
                or words[after].folded not in _TITLES_AFTER or not is_capitalized(words[after].text):
            continue
        title = words[after]
        mention.end, mention.name = suffix_end(text, title.end), f"{mention.name} {title.text}"
        mention.words = [*mention.words, title.folded]
        first = bisect.bisect_left(starts, mention.start)
        if first > 0 and _FAMILY.match(words[first - 1].folded) and is_capitalized(words[first - 1].text) \
                and text[words[first - 1].end : mention.start] == " ":
            family = words[first - 1]
            mention.start, mention.name = family.start, f"{family.text} {mention.name}"
            mention.words = [family.folded, *mention.words]
