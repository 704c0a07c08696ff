"""Capitalized words that name a thing after a person, said as the first part of a compound
whose head is a lowercase noun of that thing: a film, series or book said after one word
(``Leyla filminde``, ``Kerem dizisinin``; ``Ali Kaya şarkısı`` is his song), a neighbourhood,
village, street or district (``Osman Gazi mahallesi``, ``Fatma ve Zeynep sokaklarında``, ``Yunus Emre ilçesinde``), a mosque or tomb
(``Hasan Paşa camii``), a storm (``Irene kasırgası``), a ship, missile or satellite
(``Oruç Reis gemisi``, ``İskender füzeleri``), a character of fiction (``İnek Şaban karakteri``), a month or feast of the calendar (``Recep ayında``, ``Kurban bayramı``),
a station or stop (``Fahrettin Altay istasyonu``) or a named operation (``Eren Abluka operasyonları``).
The head carries the possessive of the compound (``-(s)I``, ``-lArI``) and maybe a case after
it; the name before it is the thing's, no person's.

A list of such names shares the head said after its last item (``Ayşe, Fatma ve Zeynep
mahallelerini``), and the two ends of a stretch both (``Kazım Dirik ile Fahrettin Altay istasyonları
arasında``). A name that names a thing once names it everywhere in the text (``Leyla
filmindeki rolüyle ... En İyi Yönetmen (Leyla)``): its other mentions are dropped too.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import COORDINATORS
from pipeline.persons.fictional_characters import without_characters
from pipeline.persons.mention import PersonMention

#: the stems of the nouns of works (before the compound's possessive): said after a lone word, the
#: work's title (``Leyla filminde``); after a full name, its author's work (``Ali Kaya şarkısı``)
_WORK_STEMS = ("film", "dizi", "roman", "kitab", "belgesel", "albüm", "şarkı", "türkü")
#: the stems of the nouns of places, days and storms named after people (``Irene kasırgası``)
_PLACE_STEMS = ("mahalle", "köy", "cadde", "sokağ", "sokak", "bulvar", "meydan", "cami", "türbe",
                # a district or town named after a person (``Kazım Karabekir ilçesinde``, ``Yunus Emre ilçesine``)
                "ilçe", "belde",
                "ay", "bayram", "kandil", "kasırga", "fırtına", "tayfun",
                # ships, missiles and satellites (``Oruç Reis gemisi``, ``İskender füzeleri``):
                # nouns ending in a vowel, whose possessive ``-sI`` no accusative shares
                "gemi", "füze", "uydu", "denizaltı",
                # a band (``Duman grubu``, ``Mor ve Ötesi, Duman ve Athena grupları``)
                "grub", "grup",
                # a character of fiction (``İnek Şaban karakteri``): no real person
                "karakter",
                # a station or stop of a line (``Fahrettin Altay istasyonu``, ``Kazım Dirik durağında``)
                "istasyon", "durağ", "durak",
                # a named operation (``Eren Abluka operasyonlarında``): a name the security forces give it
                "operasyon")
_CAPITALIZED = r"[A-ZÇĞİÖŞÜÂÎÛ][^\s,.;:!?()]*"
_ITEM = rf"{_CAPITALIZED}(?: {_CAPITALIZED})*"
_CASE = r"(?:[ıiuü]n|[ae]|d[ae](?:ki)?|d[ae]n|[ıiuü]|l[ae])"
#: the compound's possessive: the third person's with a case after its ``n`` (``filminde``,
#: ``sokaklarını``), or the speakers' (``mahallelerimizde``)
_POSSESSIVE = rf"(?:(?:s?[ıiuü]|l[ae]r[ıi])(?:n{_CASE}|yl[ae])?|(?:l[ae]r)?[ıiuü]?m[ıiuü]z{_CASE}?)"


def _head(stems: tuple[str, ...]) -> str:
    return rf" (?:{'|'.join(stems)}){_POSSESSIVE}(?![a-zçğıöşü])"


#: the rest of a list after the mention, then the thing's noun in its compound form
_LIST = rf"(?:, {_ITEM})*(?: (?:ve|ile) {_ITEM})?"
_PLACE_AFTER = re.compile(_LIST + _head(_PLACE_STEMS))
_PLACE_RIGHT_AFTER = re.compile(_head(_PLACE_STEMS))
_THING_AFTER = re.compile(_LIST + _head(_PLACE_STEMS + _WORK_STEMS))
_THING_RIGHT_AFTER = re.compile(_head(_PLACE_STEMS + _WORK_STEMS))
#: the end points of a stretch: two names, then the plural of a place's noun and ``arası``
#: (``Kazım Dirik ile Fahrettin Altay istasyonları arasında``): the first item names a place too
_BETWEEN_AFTER = re.compile(rf" (?:ve|ile) {_ITEM} (?:{'|'.join(_PLACE_STEMS)})l[ae]r[ıi] aras[ıi]")
#: a ship said with the honorific of its name and the kind of work it does (``Çağrı Bey sondaj gemisi``,
#: ``Abdülhamid Han sondaj gemisinin``); only in the nominative or genitive: ``Bakan Ali Kaya sondaj
#: gemisini ziyaret etti`` says who visited it
_VESSEL_AFTER = re.compile(r"(?: (?:Bey|Han|Paşa|Reis))?(?: (?:sondaj|sismik|araştırma|savaş|yolcu|kargo|eğitim))+"
                           r" gemi(?:si|leri)(?:nin)?(?![a-zçğıöşü])")
#: a list of bands before ``gibi`` and the plural of ``grup`` (``Duman, Athena ve maNga gibi rock
#: grupları``): a band may write a capital inside its name only
_BAND_ITEM = r"[^\s,.;:!?()]*[A-ZÇĞİÖŞÜ][^\s,.;:!?()]*"
_BANDS_LIKE_AFTER = re.compile(rf"(?:, {_BAND_ITEM})*(?: (?:ve|ile) {_BAND_ITEM})? gibi(?: [a-zçğıöşü]+)? grupl[ae]r[ıi]")
#: a band said after its noun (``İngiliz grup The Velvet Hours``, ``rock grubu Duman``) or the
#: English article of its name: no person's name follows either
_BAND_BEFORE = re.compile(r"(?:(?<![\w])(?:grup|grubu)(?: The)?|(?<![\w])The) $")
#: the heads of every pattern above, searched for once in a text: where none stands, no mention names a thing
_ANY_HEAD = re.compile(rf"{_THING_RIGHT_AFTER.pattern}|(?<![\w])The |gemi")


#: the rest of a quoted title after a mention, its closing quote, then a work's noun (``“Ela İle
#: Hilmi ve Ali” filmine``)
_QUOTED_WORK_AFTER = re.compile(rf"[^“”\"«»\n]*[”\"»]{_head(_WORK_STEMS)}")
_OPENING_QUOTES = "“\"«"


def names_a_thing(text: str, mention: PersonMention) -> bool:
    """The mention (no case suffix of its own) opens a compound that names a thing; through the
    rest of a list only when it is no first item (``Ali Kaya ve Leyla filmindeki``, ``Başkan Ali
    Kaya, Ayşe ve Fatma mahallelerinde``: the first item is a person); or it stands inside the
    quoted title of a work (``“Ayşe ve Ali” filmine``)."""
    if _in_quoted_work(text, mention) or _BAND_BEFORE.search(text, max(0, mention.start - 10), mention.start):
        return True
    if not text[mention.end - 1 : mention.end].isalpha() or _has_apostrophe(text, mention):
        return False
    if any(pattern.match(text, mention.end) is not None for pattern in (_BETWEEN_AFTER, _VESSEL_AFTER, _BANDS_LIKE_AFTER)):
        return True
    in_list = text[max(0, mention.start - 2) : mention.start] == ", " \
        or text[max(0, mention.start - 4) : mention.start] == " ve " \
        or text[max(0, mention.start - 5) : mention.start] == " ile "
    if len(mention.words) == 1:
        pattern = _THING_AFTER if in_list else _THING_RIGHT_AFTER
    else:
        pattern = _PLACE_AFTER if in_list else _PLACE_RIGHT_AFTER
    return pattern.match(text, mention.end) is not None


def _has_apostrophe(text: str, mention: PersonMention) -> bool:
    """An apostrophe inside the mention (``Leyla'nın filmi``: her film)."""
    return "'" in text[mention.start : mention.end] or "’" in text[mention.start : mention.end]


def without_named_things(text: str, mentions: list[PersonMention], public_figures: set[str]) -> list[PersonMention]:
    """The mentions less the parts played (``pipeline.persons.fictional_characters``) and those of
    a name that names a thing somewhere in the text."""
    mentions = without_characters(text, mentions, public_figures)
    if not mentions or _ANY_HEAD.search(text) is None:
        return mentions
    things = {tuple(m.words) for m in mentions if names_a_thing(text, m)}
    return [m for m in mentions if tuple(m.words) not in things] if things else mentions


def _in_quoted_work(text: str, mention: PersonMention) -> bool:
    """The mention stands inside quotes that close before a work's noun, on its line."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    opening = max(text.rfind(q, line_start, mention.start) for q in _OPENING_QUOTES)
    return opening >= 0 and not any(q in text[opening + 1 : mention.start] for q in "”»") \
        and _QUOTED_WORK_AFTER.match(text, mention.end) is not None


def without_conjunctions(mentions: list[PersonMention]) -> list[PersonMention]:
    """The mentions less those holding a conjunction: no person's name does (``Enflasyon Ve
    Emekli``, ``Novak İle Kritik Temas``: a headline in title case)."""
    return [m for m in mentions if COORDINATORS.isdisjoint(m.words)]
