"""The Turkish letters a text typed without them writes plainly, and the readings of a plain
letter that need no word list (``pipeline.lang.tr.dotless`` reads whole words).

``ı``, ``ş``, ``ğ`` are typed ``i``, ``s``, ``g`` (``İ`` as ``I``) where the keyboard lacks them;
fully in ASCII also ``ç``, ``ö``, ``ü`` as ``c``, ``o``, ``u``. Each twin is one character, so a
word read back keeps its length and offsets.

Vowel harmony tells most of them: a high vowel (``i``, in ASCII text also ``u``) takes the
frontness of the next vowel that is no twin, a suffix vowel following the one before it
(``valilikler``, ``artırılması``), or of the one before where none follows or ``-yor`` does
(``geliyor``, ``alıyor``); a word's first ``i`` and the ``-ki`` of ``-DAki`` stay ``i`` (loanwords
such as ``bilgi`` and ``fiyat`` break harmony there). A first ``o`` or ``u`` takes the frontness
of the next ``a`` or ``e`` (``gore`` -> ``göre``, ``ulke`` -> ``ülke``); a later ``o`` stays
(``-yor``, ``-syon``). The sounds around a consonant tell the rest: ``g`` after a vowel and
before a letter is ``ğ`` (``yapılacağı``, ``sağlık``, ``Çavuşoğlu``; not at the end: ``katalog``);
in ASCII text ``c`` at the end or beside a voiceless consonant is ``ç`` (``sonuç``, ``açtı``,
``Türkçe``). Nothing tells ``ş``: only a known word does.
"""

from __future__ import annotations

from pipeline.lang.tr.morphology import BACK_VOWELS, VOWELS

#: plain letter -> the Turkish letter it stands for, in a text typed without ı, ş, ğ
DOTLESS_TWINS = {"i": "ı", "s": "ş", "g": "ğ"}
#: the same in a text typed in ASCII
ASCII_TWINS = {**DOTLESS_TWINS, "c": "ç", "o": "ö", "u": "ü"}
PLAIN = str.maketrans("ışğçöü", "isgcou")  #: a folded word as typed in ASCII
VOICELESS = "fstkçşhp"
_LOCATIVE_KI = ("daki", "deki", "taki", "teki")  #: "alanındaki": the -ki of a locative never harmonizes


def fits(typed: str, spelling: str, twins: dict[str, str]) -> bool:
    """Whether ``spelling`` is ``typed`` with some plain letters turned into their twins."""
    return len(typed) == len(spelling) and all(t == s or twins.get(t) == s for t, s in zip(typed, spelling))


def turns(typed: str, spelling: str) -> int:
    """How many letters of ``typed`` (Turkish lower case: a typed ``I`` is ``ı``) ``spelling``
    turns: ``UNIFIL`` is ``unıfıl`` as typed, ``Istanbul`` turns one letter to be ``İstanbul``."""
    return sum(t != s for t, s in zip(typed, spelling))


def by_harmony(stem: str, rest: str, twins: dict[str, str]) -> str:
    """``rest`` (lower case) after ``stem``, its plain letters read by harmony and by the
    sounds around them (see the module text)."""
    ambiguous = {c for c in twins if c in VOWELS}
    out = list(stem)
    for index, char in enumerate(rest):
        if char in twins:
            char = _letter(out, rest, index, ambiguous)
        out.append(char)
    return "".join(out[len(stem) :])


def _letter(out: list[str], rest: str, index: int, ambiguous: set[str]) -> str:
    char = rest[index]
    previous = next((c for c in reversed(out) if c in VOWELS), None)
    if char in "iu":
        if previous is None and char == "i":
            return char
        if index == len(rest) - 1 and char == "i" and "".join(out[-3:]) + char in _LOCATIVE_KI:
            return char
        following = None if rest[index + 1 : index + 4] == "yor" else _next_plain_vowel(rest, index, ambiguous)
        guide = following or previous
        if guide is None:
            return char
        back = guide in BACK_VOWELS
        if char == "i":
            return "ı" if back else "i"
        return "u" if back else "ü"
    if char == "o":
        following = _next_plain_vowel(rest, index, ambiguous) if previous is None else None
        return "ö" if following is not None and following not in BACK_VOWELS else "o"
    after = rest[index + 1] if index + 1 < len(rest) else ""
    if char == "g":
        return "ğ" if out and out[-1] in VOWELS and after and after != "g" else "g"
    if char == "c":
        voiceless = after == "" or after in VOICELESS or out[-1:] and out[-1] in VOICELESS
        return "ç" if out and voiceless else "c"
    return char  # "s": no sound around it tells "ş"


def _next_plain_vowel(rest: str, index: int, ambiguous: set[str]) -> str | None:
    return next((c for c in rest[index + 1 :] if c in VOWELS and c not in ambiguous), None)


def cased_like(original: str, restored: str) -> str:
    """``restored`` with the capitals of ``original`` (``I`` -> ``İ`` where the letter is ``i``)."""
    out = []
    for old, new in zip(original, restored):
        if not old.isupper():
            out.append(new)
        else:
            out.append({"i": "İ", "ı": "I"}.get(new, new.upper()))
    return "".join(out)
