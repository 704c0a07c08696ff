"""The nominative name of a run of words found by its head noun: inner parentheses dropped,
spaces collapsed, a head noun's case suffix cut, headline capitals undone."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.lang.tr.text import APOSTROPHES, Word, is_all_caps, turkish_lower, turkish_upper

#: Gaps allowed between the words of one name (besides spaces); ``&`` as the text spaces it
#: (``McKinsey & Company``, ``S&P``)
NAME_JOINTS = {"", "-", "–", "‑", "/", "+", "&"}
AMPERSAND = "&"
#: abbreviated academic ranks, written with a dot, inside the names of hospitals named after doctors
ACADEMIC_ABBREVIATIONS = {"dr", "prof", "doç", "op"}
#: Lower-case words that join capitalized words inside a name (``Hazine ve Maliye Bakanlığı``).
CONNECTORS = {"ve"}
#: honorifics said after a name (``Ahmet Bey``, ``Ayşe Hanım``), and the words of kinship by which
#: local news addresses people (``Fatma Teyze``, ``Hasan Amca``): they end the name and are no part
#: of it; a given name alone before one is a person's name. ``Usta``, ``Dayı`` are surnames too.
POSTNOMINAL_HONORIFICS = frozenset({"bey", "hanım", "beyefendi", "hanımefendi", "efendi",
                                    "teyze", "amca", "abla", "ağabey", "abi", "nine"})
#: the state's initials before a body's name (``T.C. Başbakanlık``): part of the name
STATE_PREFIX = "T.C. "
STATE_INITIALS = ("t.c. ", "tc ")  #: folded, as a headline in title case writes them too (``Tc``)
LONGEST_STATE_INITIALS = max(map(len, STATE_INITIALS))  #: lower-casing never shortens a string


def canonical_name(text: str, text_words: list[Word], first: int, last: int, name_end: int,
                   is_acronym: Callable[[str], bool] = lambda word: False) -> str:
    """The nominative name of words ``first..last``: inner parentheses dropped, spaces collapsed,
    a head noun's case suffix cut (``Kurulunda`` -> ``Kurulu``), headline capitals undone
    (``is_acronym``: a word in capitals a catalogue lists as an acronym, kept as written)."""
    parts: list[str] = []
    for index in range(first, last + 1):
        word = text_words[index]
        word_text = text[word.start : min(word.end, name_end)] if index == last else word.text
        if index > first:
            raw_gap = text[text_words[index - 1].end : word.start]
            gap = raw_gap.strip()
            if text_words[index - 1].text.isdigit() and (gap == "." or raw_gap in APOSTROPHES) \
                    or raw_gap == "." and len(text_words[index - 1].text) == 1 and len(word.text) == 1:
                parts.append(raw_gap)  # ``40. Ağır Ceza``, ``3'üncü``, ``B.V``
            elif raw_gap in (", ", ". ") and (raw_gap == ", " or index - first == 2 and is_state_prefix(text, text_words, first)
                                              or dotted_name_word(text_words[index - 1])):
                parts.append(raw_gap)  # ``Gençlik, Kültür ve Spor Vakfı``, ``T.C. Başbakanlık``, ``Dr. Sadi``, ``M. Koç``
            elif gap == AMPERSAND:
                parts.append(" & " if raw_gap != gap else gap)  # ``McKinsey & Company``, ``S&P``
            else:
                parts.append(gap if gap in NAME_JOINTS - {""} else " ")
        parts.append(word_text)
    return _undo_headline_capitals("".join(parts), is_acronym)


def dotted_name_word(word: Word) -> bool:
    """``Dr``, ``M``: an academic rank or an initial, written with a dot inside a person's name that
    names a body (``Kartal Dr. Lütfi Kırdar Şehir Hastanesi``, ``Rahmi M. Koç Müzesi``)."""
    return word.folded in ACADEMIC_ABBREVIATIONS or is_initial(word.text)


def is_initial(word: str) -> bool:
    """``M`` of ``Rahmi M. Koç``: one capital letter, an initial when a dot follows."""
    return len(word) == 1 and word.isupper()


def is_state_prefix(text: str, text_words: list[Word], index: int) -> bool:
    """``T.C.`` (Türkiye Cumhuriyeti) at word ``index``: the state's initials that open a body's name."""
    return index + 2 < len(text_words) and text[text_words[index].start : text_words[index + 2].start] == STATE_PREFIX


def _undo_headline_capitals(name: str, is_acronym: Callable[[str], bool]) -> str:
    """``BALKAN BARIŞ PLATFORMU`` -> ``Balkan Barış Platformu``, but ``UNICEF`` of ``UNICEF
    TÜRKİYE TEMSİLCİLİĞİ`` stays (a listed acronym). In a name the running text writes in
    mixed case a word in capitals is an acronym (``UNIFIL Deniz Görev Gücü``): lines in capitals
    were cased as running text before (``pipeline.lang.tr.capitals``), and ``I`` -> ``ı`` would
    misspell it (``Unıfıl``)."""
    tokens = re.split(r"(\W+)", name)
    letters = [t for t in tokens if t.isalpha()]
    # a name of one short word in capitals is an acronym (``SASA``, ``KAN``), no headline
    every_word_in_capitals = all(is_all_caps(t) for t in letters) and (len(letters) > 1 or len(name) > 5)
    result = []
    for token in tokens:
        if every_word_in_capitals and token.isalpha() and is_all_caps(token) and not is_acronym(token):
            lowered = turkish_lower(token)
            token = lowered if lowered in CONNECTORS else turkish_upper(lowered[0]) + lowered[1:]
        result.append(token)
    return "".join(result)
