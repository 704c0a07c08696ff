"""Characters of fiction: the names an actor plays, which the gold lists as no person.

Only where the text says so: the name said before ``karakteri`` or ``rolü`` (``Cemil Karahan
karakterine hayat veren``, ``Selim Aksoy rolündeki``), or the object of ``canlandırmak`` in the
accusative and of ``hayat vermek`` in the dative (``Kemal Usta'yı canlandırıyor``, ``Nazlı'ya
hayat veren``), or the name after the participle of those verbs (``Şener Şen'in canlandırdığı
Baran'ı``) or after a work of writing in the locative (``Tanpınar'ın romanındaki Hayri İrdal``);
there a public figure's surname stays a person's (``Atatürk'ü canlandıran``: a biopic plays a real
man). The words of a character's name said alone later are its too (``Karahan'la vedalaşmak``),
unless a person found by full name bears that surname.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import APOSTROPHES, turkish_lower
from pipeline.persons.mention import PersonMention

#: the nouns of a part played, in the compound's possessive with a case (``karakterine``, ``rolündeki``)
_PART_AFTER = re.compile(r" (?:karakter|rol)(?:[iü]|ler[i])(?:n(?:[ie]|d[ae](?:ki)?|d[ae]n|[ıiuü]n))?(?![a-zçğıöşü])")
#: the verb after its object (``canlandırıyor``, ``canlandıran``), maybe after a contrastive ``ise``/``de``
_PLAYED_AFTER = re.compile(r"(?: ise| d[ae])? canlandır")
_LIFE_GIVEN_AFTER = re.compile(r"(?: ise| d[ae])? hayat ver")
#: right before the name: the participle of the part played (``canlandırdığı Baran'ı``, ``hayat
#: verdiği``), or a work of writing in the locative (``romanındaki``, ``öyküsündeki``); a film or a
#: series is not one: actors stand in it too (``filmindeki Şener Şen``)
_CHARACTER_BEFORE = re.compile(
    r"(?:(?:canlandır|hayat ver)d[ıi]ğ[ıi]|(?:roman(?:ın)?|öykü(?:sün)?|hikâye(?:sin)?|hikaye(?:sin)?|masal(?:ın)?)d[ae]ki)"
    r" (?:karakter )?$")
#: how far back the words before a name are looked at
_BEFORE_WINDOW = 40
#: the accusative after an apostrophe (``Usta'yı``, ``Moreau'yu``, ``Nazlı'yı``)
_ACCUSATIVE = re.compile(r"[yn]?[ıiuü]")


def plays_a_character(text: str, mention: PersonMention, public_figures: set[str]) -> bool:
    """Whether the mention names a part played: before ``karakteri``/``rolü``, after ``canlandırdığı``
    or ``romanındaki``, or the object of ``canlandırmak`` (accusative) or ``hayat vermek`` (dative),
    no public figure's surname."""
    suffix = _suffix(text, mention)
    if mention.surname not in public_figures \
            and _CHARACTER_BEFORE.search(text, max(0, mention.start - _BEFORE_WINDOW), mention.start) is not None:
        return True
    if _PART_AFTER.match(text, mention.end) is not None:
        return not suffix and text[mention.end - 1 : mention.end].isalpha()
    if not suffix or mention.surname in public_figures:
        return False
    if _ACCUSATIVE.fullmatch(suffix) is not None and _PLAYED_AFTER.match(text, mention.end) is not None:
        return True
    return spells_case(suffix, "dat") and _LIFE_GIVEN_AFTER.match(text, mention.end) is not None


def _suffix(text: str, mention: PersonMention) -> str:
    """The case suffix the mention carries after an apostrophe (``yı`` of ``Usta'yı``), or ``""``."""
    apostrophe = max(text.rfind(a, mention.start, mention.end) for a in APOSTROPHES)
    return turkish_lower(text[apostrophe + 1 : mention.end]) if apostrophe >= 0 else ""


#: the words without which no text names a part played
_CUES = ("canlandır", "hayat ver", "karakter", " rol", "roman", "öykü", "hikâye", "hikaye", "masal")


def without_characters(text: str, mentions: list[PersonMention], public_figures: set[str]) -> list[PersonMention]:
    """The mentions less the parts played and the later one-word mentions of their words."""
    if not any(cue in text for cue in _CUES):
        return mentions
    characters = {tuple(m.words) for m in mentions if plays_a_character(text, m, public_figures)}
    if not characters:
        return mentions
    people = [m for m in mentions if tuple(m.words) not in characters]
    surnames = {m.surname for m in people if len(m.words) >= 2}
    character_words = {word for name in characters for word in name} - surnames
    return [m for m in people if not (len(m.words) == 1 and m.words[0] in character_words)]
