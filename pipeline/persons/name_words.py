"""Word-level facts about name words: compound heads that end names of things, hyphenated
particles of Arabic names, and the display form of a name said in capitals."""

from __future__ import annotations

import re

from pipeline.lang.tr.text import is_all_caps, turkish_lower, turkish_upper

#: Arabic articles (assimilated: ``es-Sisi``, ``eş-Şara``, ``er-Rahman``) and kinship words written
#: with a hyphen before a name word (``el-Abbasi``, ``Al-Falih``, ``bin-Talal``): one name word
#: with it; the name word after it is the one that stands alone later (``Sisi``)
HYPHEN_PARTICLES = {
    "el", "al", "es", "eş", "er", "ed", "et", "en", "ez", "ad", "ar", "as", "aş", "at", "an", "az",
    "ud", "ul", "un", "ur", "us", "ut", "uz", "bin", "ibn", "bint", "abu", "ebu", "abd", "abdel", "abdul",
}
COMPOUND_HEAD_ENDINGS = ("sı", "si", "su", "sü", "ları", "leri")
#: ``-lık`` nouns in the possessive (``Yardımcılığı``, ``Müdürlüğü``; ``Başkanlığında``: with a
#: case ending after the possessive)
_ABSTRACT_POSSESSIVE = re.compile(r"l[ıiuü]ğ[ıiuü](?:n[dt][ae]n?|n[ıiuü]n|n[ae]|n[ıiuü])?$")
_VOWELS = "aeıioöuü"


def is_compound_head(folded: str) -> bool:
    """A long capitalized word with a possessive or plural written without an apostrophe is the
    head of a named thing (``Kilisesi``, ``Savaşları``), never part of a person's name, since
    names take their suffixes after an apostrophe."""
    if len(folded) >= 7 and _ABSTRACT_POSSESSIVE.search(folded):
        return True  # ``Yardımcılığı``, ``Başkanlığı``: an office or a body, never a name
    if len(folded) < 7 or not folded.endswith(COMPOUND_HEAD_ENDINGS):
        return False
    # the possessive ``-sı`` follows a vowel (``Kilise-si``); ``Nobumitsu`` is a foreign name
    return folded.endswith(("ları", "leri")) or folded[-3] in _VOWELS


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
