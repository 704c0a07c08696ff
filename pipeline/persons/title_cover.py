"""Each office of a person once, in its fullest form: ``Bakan`` adds nothing after ``Dışişleri
Bakanı``, ``AB Komisyonu Başkanı`` is ``Avrupa Birliği Komisyonu Başkanı`` said with an acronym,
and two spellings of one office keep the one the article says more often."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.lang.tr.text import is_all_caps, turkish_lower
from pipeline.names.openers import LOCAL_OFFICE_OPENERS
from pipeline.persons.title_edges import MODIFIERS
from pipeline.schema import Title

#: the role of the military ranks (``data/titles.tsv``)
_RANK_ROLE = "military_rank"

#: an acronym in parentheses inside an office, after the body it stands for (``Derneği (BUSİAD) Başkanı``)
_ACRONYM_INSIDE = re.compile(r" \((?P<acronym>[A-ZÇĞİÖŞÜ]{2,9})\) ")


def spelled_acronyms(said_offices: list[tuple[str, list[str]]]) -> dict[str, list[str]]:
    """What an acronym the text spells out inside an office stands for: ``Bursa Sanayiciler ve İş
    İnsanları Derneği (BUSİAD) Başkanı`` makes ``busiad`` the body's words, however its letters were
    chosen (``BUSİAD Başkanı`` is that office again). ``said_offices``: each office as the text says
    it, with its title's folded words."""
    spelled = {}
    for said, words in said_offices:
        if (match := _ACRONYM_INSIDE.search(said)) is not None:
            body = words[: len(words) - len(said[match.end() :].split())]
            acronym = turkish_lower(match.group("acronym"))
            if body and not _spelled_out(body, 0, acronym):  # (``TBMM``, its initials: read as such)
                spelled.setdefault(acronym, body)
    return spelled


def with_acronym_spelled(words: list[str], spelled: dict[str, list[str]]) -> list[str]:
    """``busiad başkanı`` -> ``bursa sanayiciler ve iş insanları derneği başkanı``: an office opening
    with an acronym the text spelled out, in the words it stands for."""
    return spelled[words[0]] + words[1:] if words and words[0] in spelled else words


def keep_fullest(kept: list[tuple[Title, list[str]]], title: Title, words: list[str], said: Counter) -> None:
    """Each office once, in its fullest form: ``Bakan`` adds nothing after ``Dışişleri Bakanı``.
    ``said``: how often each title is said of the person."""
    for index, (other, other_words) in enumerate(kept):
        if covers(other, title, other_words, words):
            # the same office in two spellings (``AK Parti Sözcüsü`` twice, ``AK Partisi Sözcüsü``
            # once): the one said more often is the article's; else the longer one
            if covers(title, other, words, other_words) and (said[title.title], len(words), len(title.title)) \
                    > (said[other.title], len(other_words), len(other.title)):
                kept[index] = (title, words)
            return
    kept[:] = [(t, w) for t, w in kept if not covers(title, t, words, w)]
    kept.append((title, words))


def covers(fuller: Title, other: Title, fuller_words: list[str], other_words: list[str]) -> bool:
    """Whether ``fuller`` is the same office as ``other`` said more fully (``Dışişleri Bakanı``
    covers ``Bakan``; ``Avrupa Komisyonu Başkan Yardımcısı`` covers ``Avrupa Komisyon ...``).
    A bare one-word office is covered by any office it heads (``Başkan`` after ``Belediye
    Başkanı``, ``Vali`` after ``İstanbul Valisi``, whose country the text leaves unsaid)."""
    if len(other_words) == 1 and fuller_words \
            and _same_stem(fuller_words[-1], other_words[0]) and other.country in (None, fuller.country, "TR"):
        return True
    if len(other_words) == 2 and other_words[1].startswith(_MODIFIER_WORDS) and len(fuller_words) > 2 \
            and all(map(_same_stem, fuller_words[-2:], other_words)) and other.country in (None, fuller.country, "TR"):
        return True  # ``Başkan Vekili`` after ``Belediye Başkan Vekili``: a bare office with its modifier
    if _opens_with_acronym_of(other, other_words, fuller_words):
        return True  # ``TBMM Başkanı`` after ``Türkiye Büyük Millet Meclisi Başkanı``, whatever role each was read with
    if fuller.role != other.role or other.portfolio not in (None, fuller.portfolio):
        return False
    if fuller.role in _PLACE_HOLDER_ROLES and len(other_words) > 1 and other_words[0] in LOCAL_OFFICE_OPENERS \
            and fuller_words[0] not in LOCAL_OFFICE_OPENERS and _said_within(other, other_words[1:], fuller_words):
        return True  # ``İlçe Kaymakamı`` after ``Halkapınar Kaymakamı``: the place said by its level
    # ``Büyükşehir Belediye Başkanı`` (a Turkish office, so TR) after ``Konya Büyükşehir Belediye
    # Başkanı`` (a city, no country): the text leaves the country unsaid, as with ``Vali``
    if other.country not in (None, fuller.country, "TR" if fuller.country is None else None):
        return False
    if _said_within(other, other_words, fuller_words):
        return True
    # ``MHP Lideri`` beside ``MHP Genel Başkanı``: one role of one body, the shorter one said with
    # another head word (not ranks: ``Yarbay`` and ``Kurmay Albay`` are two grades); the body must
    # be said: ``Cumhurbaşkanı`` and ``Devlet Başkanı`` are both kept, as the gold keeps them
    return other.role is not None and other.role != _RANK_ROLE and 2 <= len(other_words) < len(fuller_words) \
        and not _same_stem(fuller_words[-1], other_words[-1]) \
        and _said_within(other, other_words[:-1], fuller_words[:-1])


#: offices one person holds for a whole province or district (``İl``/``İlçe`` say its level)
_PLACE_HOLDER_ROLES = {"governor", "district_governor", "mayor"}
#: the words after an office that make a deputy, acting holder or candidate of it (``Yardımcısı``)
_MODIFIER_WORDS = tuple(MODIFIERS)


def _said_within(other: Title, other_words: list[str], fuller_words: list[str]) -> bool:
    """Whether each of ``other_words`` is said, in order, among ``fuller_words`` (an acronym of
    ``other`` may stand for the words it abbreviates)."""
    acronyms = _acronyms(other.title)
    position = 0
    for word in other_words:
        while position < len(fuller_words) and not _same_stem(fuller_words[position], word):
            spelled = _spelled_out(fuller_words, position, word) if word in acronyms else 0
            if spelled:
                position += spelled - 1
                break
            position += 1
        if position == len(fuller_words):
            return False
        position += 1
    return True


def _opens_with_acronym_of(other: Title, other_words: list[str], fuller_words: list[str]) -> bool:
    """Whether ``other`` opens with an acronym of the body that ``fuller`` spells out, and says
    the same words after it."""
    if len(other_words) < 2 or other_words[0] not in _acronyms(other.title):
        return False
    spelled = _spelled_out(fuller_words, 0, other_words[0])
    return bool(spelled) and fuller_words[spelled:] == other_words[1:]


def _acronyms(title: str) -> set[str]:
    """The folded words of a title written in capitals (``BM`` of ``BM Genel Sekreteri``)."""
    return {turkish_lower(word) for word in title.split() if len(word) > 1 and is_all_caps(word)}


def _spelled_out(fuller_words: list[str], position: int, acronym: str) -> int:
    """How many words from ``position`` an acronym abbreviates by their initials (``bm``:
    ``birleşmiş milletler``), or 0: the same body said in full is the fuller office."""
    initials = "".join(word[:1] for word in fuller_words[position : position + len(acronym)])
    return len(acronym) if initials == acronym else 0


#: the circumflex is a spelling variant (``Millî`` and ``Milli`` write one word)
_PLAIN_VOWELS = str.maketrans("âîû", "aiu")


def _same_stem(a: str, b: str) -> bool:
    a, b = a.translate(_PLAIN_VOWELS), b.translate(_PLAIN_VOWELS)
    return a.startswith(b) or b.startswith(a)
