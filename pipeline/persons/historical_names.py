"""Names of the Ottoman era, said with the title that was part of them: ``Ali Efendi``,
``Mehmed Paşa``, ``Kâtipzade Hasan Efendi``. Before surnames (1934) a person was known by the
given name and the title of rank after it, and history, art and theatre news writes them so;
the gold lists the name with its title (``Osman Nuri Paşa``), as it is known. A family's
``-zade`` name (``Keçecizade``, "son of the felt maker") or an epithet (``Şeker``, ``Deli``) said
right before is part of the name too, and so is a ruler's regnal number (``II. Mahmud``).
Modern ``Bey`` and ``Hanım`` (``Ahmet Bey``, "Mr Ahmet") stay out: they address, they do not name;
so do ``Hoca``, ``Paşa`` and ``Reis`` after a given name that opens a full name said earlier
(``Okan Buruk ... Okan Hoca``, ``İsmet İnönü ... İsmet Paşa``)."""

from __future__ import annotations

import bisect
import re

from pipeline.lang.tr.text import Word, after_apostrophe, before_apostrophe, is_all_caps, is_capitalized, suffix_end
from pipeline.lexicons.candidates import word_starts
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import TITLES_AFTER as _TITLES_AFTER

#: an Ottoman family name: ``-zade`` ("son of") after a trade or a forebear's name
_FAMILY = re.compile(r"\w+zade$")
#: a ruler's regnal number before the name (``II. Mahmud``, ``XVI. Louis``): part of the name
ROMAN_NUMERAL = r"(?:X{0,2})(?:IX|IV|V?I{0,3})"
_REGNAL = re.compile(rf"(?<![\w.]){ROMAN_NUMERAL}\. $")


def with_historical_titles(text: str, words: list[Word], mentions: list[PersonMention],
                           openers: frozenset[int] = frozenset()) -> None:
    """Extends each mention said right before ``Efendi`` or ``Paşa`` (and after a ``-zade`` name
    or an epithet), and a ruler's one name after a regnal number, then gives a title of address
    said after a given name to the full name said earlier (``titles_of_full_names``); ``openers``:
    the starts of the words that open a sentence (a capital there is no epithet)."""
    starts = word_starts(words)
    for mention in mentions:
        with_regnal_number(text, mention)
        after = bisect.bisect_left(starts, mention.end + 1)
        if not before_apostrophe(text, mention.end) and after < len(words) \
                and text[mention.end : words[after].start] == " " \
                and words[after].folded in _TITLES_AFTER and is_capitalized(words[after].text):
            title = words[after]
            mention.end, mention.name = suffix_end(text, title.end), f"{mention.name} {title.text}"
            mention.words = [*mention.words, title.folded]
        if mention.words[-1] not in _TITLES_AFTER:
            continue
        first = bisect.bisect_left(starts, mention.start)
        if first > 0 and is_capitalized(words[first - 1].text) and text[words[first - 1].end : mention.start] == " " \
                and (_FAMILY.match(words[first - 1].folded) or _is_epithet(text, words[first - 1], mention, openers)):
            family = words[first - 1]
            mention.start, mention.name = family.start, f"{family.text} {mention.name}"
            mention.words = [family.folded, *mention.words]
    titles_of_full_names(mentions)


def _is_epithet(text: str, word: Word, mention: PersonMention, openers: frozenset[int]) -> bool:
    """``Şeker Ahmet Paşa``, ``Deli Hüseyin Paşa``: a capitalized word before an Ottoman given name
    and its title is the epithet the person was known by; not a word opening the sentence, an
    office said before the name (``Sadrazam``) or a word after an apostrophe."""
    return word.start not in openers and len(mention.words) == 2 and not mention.titles \
        and mention.honorifics_start is None and not after_apostrophe(text, word.start) \
        and word.text[:1].isalpha() and not is_all_caps(word.text)


def with_regnal_number(text: str, mention: PersonMention) -> None:
    """``Sultan II. Mahmud'un``: a ruler's one name after a Roman numeral and its dot takes the
    number; so does a longer name read after an office (``Prusya Kralı IV. Friedrich Wilhelm``; a
    name found otherwise, ``V. Ali Kaya``, may open with an initial)."""
    if len(mention.words) != 1 and not mention.titles:
        return
    number = _REGNAL.search(text, max(0, mention.start - 8), mention.start)
    if number is None or number.start() == number.end() - 2:  # the dot and space alone
        return
    roman = text[number.start() : number.end() - 2]
    mention.start, mention.name = number.start(), f"{roman}. {mention.name}"
    mention.words = [roman.lower(), *mention.words]


#: titles said after a given name that address a person known by a full name too: a coach or
#: teacher (``Okan Hoca``), a general or statesman (``İsmet Paşa``), a leader (``Tayyip Reis``)
ADDRESS_TITLES = _TITLES_AFTER | {"hoca", "reis", "hafız", "usta"}


def titles_of_full_names(mentions: list[PersonMention]) -> None:
    """``Okan Buruk ... Okan Hoca'nın sözleri``, ``İsmet İnönü ... İsmet Paşa``: a given name and a
    title said after it, where the article has named one person only, earlier, by a full name
    opening with that given name, is that person called by the title, as ``Okan Bey`` is: the
    mention keeps the given name alone, which joins the full name. With no such full name the
    title stays part of the name (``Enver Paşa``)."""
    full_names: dict[str, set[tuple[str, ...]]] = {}
    first_said: dict[str, int] = {}
    for mention in mentions:
        if len(mention.words) >= 2 and mention.words[-1] not in ADDRESS_TITLES:
            full_names.setdefault(mention.words[0], set()).add(tuple(mention.words))
            first_said[mention.words[0]] = min(mention.start, first_said.get(mention.words[0], mention.start))
    for mention in mentions:
        if len(mention.words) == 2 and mention.words[1] in ADDRESS_TITLES \
                and len(full_names.get(mention.words[0], ())) == 1 and first_said[mention.words[0]] < mention.start:
            mention.words, mention.name = mention.words[:1], mention.name.split()[0]
