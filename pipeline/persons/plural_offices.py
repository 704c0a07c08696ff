"""Offices said in the plural before a list of names (``Belediye Başkan Yardımcıları Ali Kaya,
Ayşe Demir ve Can Öz``): each name of the list holds the office, in the singular. Read by
``pipeline.persons.component``."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.tr.numbers import number_words
from pipeline.lang.tr.text import Word, turkish_lower
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader
from pipeline.persons.title_phrases import TitlePhrase
from pipeline.persons.titles import NAME_CUES
from pipeline.lexicons.candidates import word_index_at

#: ``Ali Kaya, Ayşe Demir ve Can Öz``, ``Ali Kaya ile Can Öz``; ``Ali Kaya (Hırvatistan), Can Öz (Çekya)``: a short note in
#: parentheses (a country, a club) may follow each name, and so may a reporter's mark in x's
#: (``Hakemler: Ali Kaya xx, Can Öz x``)
_NOTE = r"(?: \([^()\n]{1,40}\)| x{1,5})?"
_LIST_GAP = re.compile(rf"^{_NOTE}(?:, *| +ve +|, +ve +| +ile +)$")
_LIST_JOINT = re.compile(rf"{_NOTE}(?:, *| +ve +|, +ve +| +ile +)")
#: ``Konya Milletvekilleri, Ali Kaya, Ayşe Demir``: a comma may part the plural office from its list;
#: ``Hakemler: Ali Kaya, Can Öz``: so may a colon after a label that opens its line;
#: ``Başkan Yardımcıları; Ali Kaya, Can Öz``: a semicolon parts it as a comma does
_OFFICE_GAP = re.compile(r" |[,;] |: *")
#: the openings after which only a list of two or more names is the office's
_LIST_OPENINGS = {", ", "; "}


def _plural_announces(chain: list[TitlePhrase]) -> bool:
    """Whether a chain ends in an office in the nominative plural said as a title of the names
    after it (``Belediye Başkan Yardımcıları``, ``HDP milletvekilleri``, ``yapımcılar``), or in
    the partitive (``avukatlarından Ali Kaya``: one of the lawyers)."""
    last = chain[-1]
    said_as_title = last.capitalized or last.qualified_lowercase or last.kind in NAME_CUES \
        or len(last.words) > 1  # ``yönetim kurulu üyeleri A ve B``: a compound office, not ``bakanlar``
    # ``Ermenistan ve Azerbaycan liderleri A ve B``: countries and a bare lowercase office describe
    only_countries = not last.capitalized and last.country_start is not None \
        and last.title is not None and turkish_lower(last.title.title) == turkish_lower(last.entry.title)
    # ``milli boksörler Ali Kaya ve Can Öz``: a word that says what they are names them, as no title
    named = last.title is not None or last.kind in NAME_CUES
    return last.plural and named and (last.plural_nominative or last.plural_partitive) \
        and said_as_title and not only_countries


#: ``iki milletvekili Ali Kaya ve Ayşe Demir``: a count before a singular office (said in the
#: singular after a number, as Turkish says it) makes it each listed name's
_COUNT_BEFORE = re.compile(r"(?:^|[\s(])(?P<count>\d+|[a-zçğıöşü]+) $")


def _counted(text: str, chain: list[TitlePhrase]) -> bool:
    """Whether the singular office that ends ``chain`` (a name's titles) follows a count of two or more."""
    last = chain[-1]
    found = _COUNT_BEFORE.search(text, max(0, chain[0].start - 12), chain[0].start)
    if last.plural or last.title is None or found is None:
        return False
    count = found.group("count")
    word = number_words().get(count)
    return count.isdigit() and 1 < int(count) < 100 or word is not None and word.kind == "unit" and word.value > 1


def _opening(text: str, chain: list[TitlePhrase]) -> re.Match[str] | None:
    """What parts a plural office from the list of names after it: a space, a comma, or the colon
    of a label that opens its line (``Hakemler: Ali Kaya, Can Öz``)."""
    opening = _OFFICE_GAP.match(text, chain[-1].end)
    if opening is not None and opening.group().startswith(":") \
            and chain[0].start > 0 and text[chain[0].start - 1] != "\n":
        return None
    return opening


def names_in_plural_lists(text: str, words: list[Word], mentions: list[PersonMention],
                           chains: list[list[TitlePhrase]], reader: NameReader) -> list[PersonMention]:
    """``HDP milletvekilleri Ali Kaya, Dilan Dirayet Demir ve ...``: each item of the list after a
    plural office is a name, anchored by the office, whether or not a given name opens it."""
    starting_at = {m.start: m for m in mentions}
    index_at = word_index_at(words)
    found = []
    for chain in chains:
        opening = _opening(text, chain)
        if not _plural_announces(chain) or opening is None:
            continue
        position, listed = opening.end(), []
        while position in index_at:
            mention = starting_at.get(position) or reader.after_anchor(index_at[position], anchor_all_caps=False)
            if mention is None or mention.start not in starting_at and len(mention.words) < 2:
                break  # ``Genelkurmay Başkanları Toplantısına``: one word names the meeting
            listed.append(mention)
            gap = _LIST_JOINT.match(text, mention.end)
            position = gap.end() if gap else -1
        if len(listed) >= 2 or listed and opening.group() not in _LIST_OPENINGS:
            # after a comma only a list: ``milletvekilleri, Ali Kaya'yı ziyaret etti`` names whom they met
            found.extend(m for m in listed if m.start not in starting_at)
    return found


def attach_plural_titles(text: str, mentions: list[PersonMention], chains: list[list[TitlePhrase]]) -> None:
    """``Belediye Başkan Yardımcıları Ali Kaya, Ayşe Demir ve Can Öz``, ``yapımcılar Ali Kaya ve
    Ayşe Demir``: an office in the plural right before a list of names is each one's title (in the
    singular). A lowercase office in the plural is prose (``bakanlar Ali Kaya ve ...``); a role
    word is said so of the people it names."""
    ordered = sorted(mentions, key=lambda m: m.start)
    # ``Rektör Yardımcıları Prof. Dr. Ali Kaya ve Prof. Dr. Can Öz``: a name is said from its honorifics
    index_at = {said_from(m): i for i, m in enumerate(ordered)} | {m.start: i for i, m in enumerate(ordered)}
    for chain in chains:
        last = chain[-1]
        if not _plural_announces(chain) or last.title is None:
            continue  # ``bakanlar Ali Kaya ve ...``: prose; ``boksörler Ali Kaya ve ...``: no office
        opening = _opening(text, chain)
        i = index_at.get(opening.end()) if opening is not None else None
        if i is not None and opening.group() in _LIST_OPENINGS and not _lists_two(text, ordered, i):
            continue  # ``milletvekilleri, Ali Kaya'yı ziyaret etti``: one name after a comma is no list
        listed = []
        while i is not None and not ordered[i].titles:
            listed.append(ordered[i])
            following = ordered[i + 1] if i + 1 < len(ordered) else None
            i = i + 1 if following is not None and _LIST_GAP.match(text[ordered[i].end : said_from(following)]) else None
        for mention, office in zip(listed, each_owners_office(last, len(listed))):
            mention.titles = [office]
    for i, mention in enumerate(ordered):
        if not mention.titles or not _counted(text, mention.titles) \
                or text[mention.titles[-1].end : mention.start] != " ":
            continue  # ``iki milletvekili Ali Kaya ve Ayşe Demir``: the office said of the first is the list's
        while i + 1 < len(ordered) and not ordered[i + 1].titles \
                and _LIST_GAP.match(text[ordered[i].end : ordered[i + 1].start]):
            ordered[i + 1].titles = [mention.titles[-1]]
            i += 1


def each_owners_office(phrase: TitlePhrase, holders: int) -> list[TitlePhrase]:
    """The office of each of ``holders`` names listed after a plural office: the office in the
    singular, or, for two names after two owners joined by ``ve``, each one's own, in order (``Kars ve
    Iğdır valileri Ali Kaya ile Can Öz``: ``Kars valisi``, ``Iğdır valisi``; ``İçişleri ve Dışişleri
    Bakanları``: the second owner is the head's field, ``İçişleri Bakanı``, ``Dışişleri Bakanı``)."""
    words = phrase.title.title.split(" ") if phrase.title is not None else []
    head, owners = words[len(words) - phrase.head_words :], words[: len(words) - phrase.head_words]
    folded = [turkish_lower(word) for word in owners]
    if holders != 2 or folded.count("ve") != 1 or not owners or folded[0] == "ve":
        return [phrase] * holders
    first, second = owners[: folded.index("ve")], owners[folded.index("ve") + 1 :]
    if not second:
        second, head = head[:-1], head[-1:]
    if not second or not head:
        return [phrase] * holders
    return [replace(phrase, title=phrase.title.model_copy(update={"title": " ".join(owner + head)}),
                    words=[turkish_lower(word) for word in owner + head], head_words=len(head))
            for owner in (first, second)]


def _lists_two(text: str, ordered: list[PersonMention], i: int) -> bool:
    """Whether mention ``i`` is followed, across a list joint, by another mention."""
    return i + 1 < len(ordered) and _LIST_GAP.match(text[ordered[i].end : said_from(ordered[i + 1])]) is not None


def said_from(mention: PersonMention) -> int:
    """Where a name is said from: its honorifics (``Prof. Dr. Ali Kaya``), or its first word."""
    return mention.honorifics_start if mention.honorifics_start is not None else mention.start
