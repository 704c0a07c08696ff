"""Listed names too common to match alone, counted only before a word that says what they name:
a platform before a word of an account (flag ``cued``: ``X hesabından``), a newspaper whose name
is an ordinary word before a word of the press (flag ``press``: ``Sabah yazarı``, ``Hürriyet'te
diplomasi muhabiri``, ``Sözcü'nün haberine göre``; not ``Sabah saatlerinde``, ``Cumhuriyet
Bayramı``)."""

from __future__ import annotations

import re

from pipeline.lang.tr.plates import plate_letters_at
from pipeline.lexicons.gazetteer import GazetteerMatch

#: words that make a name flagged ``cued`` before them a platform's (``X hesabından``, ``X platformunda``)
ACCOUNT_WORDS = ("hesab", "hesap", "platform", "üzerinden", "paylaşım", "gönderi")
#: a newspaper's people and pages, right after its name (``Hürriyet yazarı``, ``Sabah manşeti``)
_PRESS_ROLES = r"(?:köşe )?yazar|muhabir|editör|genel yayın yönetmen|yayın yönetmen|okur|manşet|gazete"
#: right after the name, or after its suffix and at most one lowercase word (``Hürriyet'te
#: diplomasi muhabiri``); after a suffix also what a paper prints (``Sözcü'nün haberine göre``,
#: ``Cumhuriyet'te yazıyor``, ``Karar'a konuşan``)
_AFTER_NAME = re.compile(rf" (?:{_PRESS_ROLES})")
_AFTER_SUFFIX = re.compile(
    rf"['’][a-zçğıöşü]+ (?:[a-zçğıöşü]+ )?(?:{_PRESS_ROLES}|haber|yazı|yazd|yazıyor|yazmaya|röportaj|köşe)"
)
_TALKS_TO = re.compile(r"['’](?:y?[ae]) konuş")
#: in the locative before a person's name of two capitalized words: the paper where a columnist
#: writes (``Sabah'ta Cem Oğuzhanlı tam tersini savunuyor``; the morning takes no apostrophe)
_COLUMNIST_AFTER = re.compile(r"['’][dt][ae] [A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+ [A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+")
#: an audience group of TV ratings named by its letters, then the share it gave (``AB grubunda
#: yüzde 12 reyting``, ``ABC1 grubunda 8,7 izlenme``); a party's group takes none (``CHP grubunun oyları``)
_AUDIENCE_GROUP = re.compile(r" grub[uıa]\w* (?:[^.\n]{0,30} )?(?:yüzde|reyting|izlenme|%)")
#: the most capitals that letter a group (``ABC``)
MAX_GROUP_LETTERS = 3


def before_account_word(text: str, match: GazetteerMatch) -> bool:
    """``X hesabından``: a platform named before a word of an account or a platform."""
    following = text[match.end : match.end + 16]
    return following[:1] == " " and following[1:].startswith(ACCOUNT_WORDS)


def before_press_word(text: str, match: GazetteerMatch) -> bool:
    """``Sabah yazarı``, ``Hürriyet'te diplomasi muhabiri``, ``Sözcü'ye konuşan``, ``Sözcü'de Ayla
    Korkmazer``: a newspaper."""
    after = match.name_end
    return bool(_AFTER_NAME.match(text, after) or _AFTER_SUFFIX.match(text, after) or _TALKS_TO.match(text, after)
                or _COLUMNIST_AFTER.match(text, after))


def letters_a_group(text: str, match: GazetteerMatch) -> bool:
    """``AB grubunda yüzde 12,4 reyting``: a short acronym right before a lowercase ``grup`` and a
    share is the letters of a TV audience group, no body (``Avrupa Birliği``)."""
    written = text[match.start : match.name_end]
    return match.end == match.name_end and written.isupper() and len(written) <= MAX_GROUP_LETTERS \
        and _AUDIENCE_GROUP.match(text, match.end) is not None


def flag_cue_holds(text: str, match: GazetteerMatch, flags: frozenset[str]) -> bool:
    """Whether a listed name flagged ``cued`` or ``press`` has the word it needs after it, and
    whether a short acronym names no group's letters instead (``AB grubunda``) nor a licence
    plate's (``06 PKK 123 plakalı otomobil``)."""
    if letters_a_group(text, match) or plate_letters_at(text, match.start, match.name_end):
        return False
    if "cued" in flags and not before_account_word(text, match):
        return False
    return "press" not in flags or before_press_word(text, match)
