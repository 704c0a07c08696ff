"""Word-level facts about name words: hyphenated particles of Arabic names, the display form
of a name said in capitals, honorifics said after a name. Compound heads that end names of things (``is_compound_head``) are
read by the language layer (``pipeline.lang.tr.endings``)."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import (CIRCUMFLEX_VOWELS, Word, is_all_caps, is_capitalized, turkish_lower, turkish_upper,
                                   without_circumflex)
from pipeline.names.canonical import POSTNOMINAL_HONORIFICS

#: a possessive's ``s`` with a case after its ``n`` (``Uygulamasını``, ``Toplantısında``): a noun
#: in a case, no given name before a surname
CASE_AFTER_POSSESSIVE = re.compile(r"s[ıiuü]n(?:[ıiuüae]|d[ae]n?|[ıiuü]n)$")

#: Arabic articles (assimilated: ``es-Sisi``, ``eş-Şara``, ``er-Rahman``) and kinship words written
#: with a hyphen before a name word (``el-Abbasi``, ``Al-Falih``, ``bin-Talal``): one name word
#: with it; the name word after it is the one that stands alone later (``Sisi``)
HYPHEN_PARTICLES = {
    "el", "al", "es", "eş", "er", "ed", "et", "en", "ez", "ad", "ar", "as", "aş", "at", "an", "az",
    "ud", "ul", "un", "ur", "us", "ut", "uz", "bin", "ibn", "bint", "abu", "ebu", "abd", "abdel", "abdul",
}

#: lowercase words inside foreign names (``Ursula von der Leyen``)
#: (not ``de``/``da``: in Turkish the clitic "too", as in ``Kaja Kallas da katıldı``)
NAME_PARTICLES = {
    "von", "van", "der", "den", "ter", "ten", "zu", "di", "del", "della", "dei", "du", "dos", "das",
    "bin", "bint", "ibn", "ould", "el", "al", "le", "la",
}
#: Romance particles spelled like the Turkish clitic ``da``/``de`` (``Lula da Silva``,
#: ``Vasco da Gama``): a particle only between a capitalized word and a known name word; the
#: clitic follows a name before any other word (``Kallas da katıldı``, ``Necef de Aliağa'daki``)
CLITIC_LIKE_PARTICLES = {"da", "de", "do"}
#: letters of Turkish words that Romance names (where ``da``/``de`` is a particle) do not have
TURKISH_LETTERS = re.compile("[ıığşçöü]")


def syllable_after_hyphen(text: str, before: Word, word: Word) -> bool:
    """``Park Chan-wook``, ``Moon Jae-in``, ``Lee Jae-myung``, ``Lai Ching-te'nin``: a romanized East
    Asian given name writes its second syllable in lowercase after a hyphen, one name word with the
    first; syllables of at most five letters on both sides (``Ching``, ``myung``), the second
    closing the word and spelled without Turkish letters (no Turkish suffix is joined with a hyphen)."""
    return (
        text[before.end : word.start] == "-" and is_capitalized(before.text) and len(before.text) <= MAX_SYLLABLE
        and word.text.isalpha() and word.text.islower() and 2 <= len(word.text) <= MAX_SYLLABLE
        and TURKISH_LETTERS.search(word.text) is None
        and not text[word.end : word.end + 1].isalnum() and text[word.end : word.end + 1] not in ("-", "‐")
    )


#: the longest syllable of a romanized East Asian name (``Chung``, ``myung``, ``hyung``)
MAX_SYLLABLE = 5


def without_particle(name_word: str) -> str:
    """``es-Sisi`` -> ``Sisi``; other words unchanged."""
    particle, hyphen, rest = name_word.partition("-")
    return rest if hyphen and rest and turkish_lower(particle) in HYPHEN_PARTICLES else name_word


def display_name(surface: str) -> str:
    """``Mehmet H. GÜLEL`` -> ``Mehmet H. Gülel``: words in capitals get Turkish title case."""
    parts = []
    for token in " ".join(surface.split()).split(" "):
        letters = [c for c in token if c.isalpha()]
        if len(letters) > 1 and is_all_caps(token):
            token = "-".join(turkish_upper(p[:1]) + turkish_lower(p[1:]) for p in token.split("-"))
        parts.append(token)
    return " ".join(parts)


#: titles of the Ottoman era said after the given name, part of how the person is known (``Osman
#: Nuri Paşa``, ``İzzet Molla``, ``Hüseyin Çavuş``): a given name alone before one is a name
TITLES_AFTER = {"efendi", "paşa", "molla", "ağa", "çavuş", "onbaşı"}
#: endings an honorific takes written on, without an apostrophe (``Beyin``, ``Hanıma``, ``Beyi``)
_HONORIFIC_ENDINGS = ("gen", "dat", "loc", "abl")


def is_postnominal_honorific(folded: str) -> bool:
    """``bey``, ``beyin``, ``hanıma``, ``beyi``: an honorific after a name, bare or inflected."""
    if folded in POSTNOMINAL_HONORIFICS:
        return True
    for honorific in ("bey", "hanım"):
        rest = folded[len(honorific) :]
        if folded.startswith(honorific) and rest and (
            spells_case(rest, *_HONORIFIC_ENDINGS) or rest in ("i", "ı", "le", "la", "ler", "lar")
        ):
            return True
    return False


def comma_or_lowercase_after(text: str, end: int) -> bool:
    """``Trump, ...``, ``Trump dün ...``: a comma or a lowercase word after the word ending at ``end``."""
    after = text[end : end + 2]
    return after[:1] == "," or after[:1] == " " and after[1:].islower()


def add_circumflex_spellings(text: str, words: list[Word], name_lists: tuple[set[str], ...]) -> None:
    """``Kâzım Doğru``, ``Nâzım İnce``: a word written with a circumflex is the listed name written
    without it; its spelling joins each list that holds the plain one, so that every look-up
    knows it (a list stays closed under the circumflex, whichever article said the word first)."""
    if not any(vowel in text for vowel in CIRCUMFLEX_VOWELS + CIRCUMFLEX_VOWELS.upper()):
        return
    for word in words:
        if any(vowel in word.folded for vowel in CIRCUMFLEX_VOWELS):
            plain = without_circumflex(word.folded)
            for names in name_lists:
                if plain in names:
                    names.add(word.folded)


#: Turkish nouns of kin that the given-name lists hold as foreign names (``Anne``, ``Nine``, ``Hala``)
_KIN = {"anne", "nine", "hala", "kızı"}


def kin_before_name(text: str, words: list[Word], index: int, turkish_given_names: set[str],
                    given_names: set[str] = frozenset()) -> bool:
    """``Anne Ayşe Kaya``: a noun of kin, capitalized before a Turkish given name, is no name
    word (``Anne Marie Duval`` keeps it); nor before another listed given name and a word after
    it that the text also says without the kin word (``Anne Selma Rossi ... Selma Rossi``)."""
    if words[index].folded not in _KIN or index + 1 >= len(words) \
            or text[words[index].end : words[index + 1].start] != " ":
        return False
    if words[index + 1].folded in turkish_given_names:
        return True
    if words[index + 1].folded not in given_names or index + 2 >= len(words) \
            or text[words[index + 1].end : words[index + 2].start] != " " or not is_capitalized(words[index + 2].text):
        return False
    name = text[words[index + 1].start : words[index + 2].end]
    return text.count(name) > text.count(f"{words[index].text} {name}")
