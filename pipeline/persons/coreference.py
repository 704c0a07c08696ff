"""In-article coreference of person mentions: one PERSON entity per real person.

``Dışişleri Bakanı Hakan Fidan``, ``Bakan Fidan'ın`` and ``FİDAN`` are one person: a
surname alone joins the person whose full name ends with it (seen before or after it); a
surname spelt differently (``Erakçi`` / ``Arakçi``) joins when the same office of the same
country is said of both. Once the people are known, the text is searched again for every
full name and unambiguous surname, so that mentions without an anchor (``Fidan,``,
``Rutte:``) are found too. Each office is kept once, in its fullest form
(``pipeline.persons.title_cover``).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.lang.tr.endings import is_compound_head
from pipeline.persons.name_words import without_particle
from pipeline.persons.families import names_a_relative
from pipeline.persons.mention import PersonMention
from pipeline.persons.misspelled_surnames import without_misspelled_surnames
from pipeline.persons.stage_names import joined_stage_names
from pipeline.schema import Entity, Mention, Title
from pipeline.lang.tr.text import Word, before_apostrophe, is_all_caps, is_capitalized, suffix_end, turkish_lower
from pipeline.persons.title_phrases import TitlePhrase
from pipeline.persons.title_cover import covers, keep_fullest, spelled_acronyms, with_acronym_spelled
from pipeline.names.openers import lowercase_words_of
from pipeline.lexicons.candidates import word_starts

#: least similarity (0-100) of two spellings of one surname said with the same office
SAME_OFFICE_SPELLING = 75


@dataclass
class Person:
    mentions: list[PersonMention] = field(default_factory=list)
    spellings: set[str] = field(default_factory=set)  # display spellings of names and surnames
    #: ``full`` and the number of mentions it was taken from: the owner searches ask every
    #: person for it once per mention, and the list only ever grows (``mentions.append``)
    _full: tuple[int, PersonMention] | None = field(default=None, repr=False, compare=False)

    @property
    def full(self) -> PersonMention:
        if self._full is None or self._full[0] != len(self.mentions):
            self._full = (len(self.mentions), max(self.mentions, key=lambda m: (len(m.words), len(m.name), -m.start)))
        return self._full[1]

    @property
    def surname(self) -> str:
        return self.full.surname

    @property
    def phrases(self) -> list[TitlePhrase]:
        return [phrase for mention in self.mentions for phrase in mention.titles if phrase.title]

    def add(self, mention: PersonMention) -> None:
        self.mentions.append(mention)
        self.spellings.add(mention.name)


def group_mentions(text: str, mentions: list[PersonMention]) -> list[Person]:
    """People from their anchored mentions: full names first, then lone surnames (not a relative's
    surname: ``Erdoğan'ın eşi Emine Erdoğan``)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    people = _full_name_people([m for m in ordered if len(m.words) > 1])
    full_names = list(people)
    # the people's full names stay as they are below (a lone surname is no fuller than a full
    # name), so their surnames are read once, not once per lone surname
    by_surname: dict[str, list[Person]] = {}
    for person in full_names:
        by_surname.setdefault(person.surname, []).append(person)
    for mention in (m for m in ordered if len(m.words) == 1):
        person = (
            _surname_owner(full_names, by_surname.get(mention.surname, []), mention)
            or _family_name_owner(full_names, mention)
            or _given_name_owner(full_names, mention)
            or _middle_name_owner(full_names, mention)
            or next((p for p in people if p.full.words == mention.words), None)
        )
        if person is not None and mention.roster_item and any(m.roster_item for m in person.mentions):
            person = None  # ``Ali`` and ``Ömer Ali`` on a bench: two players
        if person is not None and any(names_a_relative(text, mention, m) for m in person.mentions):
            person = None
        if person is None:
            person = Person()
            people.append(person)
        person.add(mention)
    return joined_stage_names(text, without_misspelled_surnames(people))  # ``Asıl adı X olan şarkıcı Y``


def complete_prefixes(text: str, mentions: list[PersonMention]) -> None:
    """``Sevcan Demir Sakman'a``: a name read short (a place's case on its last word ended the
    reading) whose text goes on with the rest of another mention's fuller name is that name."""
    fuller: dict[tuple[str, ...], PersonMention] = {}
    for mention in mentions:
        for size in range(2, len(mention.words)):
            fuller.setdefault(tuple(mention.words[:size]), mention)
    for mention in mentions:
        full = fuller.get(tuple(mention.words))
        if full is None or before_apostrophe(text, mention.end):
            continue
        rest = " " + " ".join(full.name.split()[len(mention.words):])
        if turkish_lower(text[mention.end : mention.end + len(rest)]) == turkish_lower(rest):
            end = mention.end + len(rest)
            mention.end = suffix_end(text, end)
            mention.name, mention.words = full.name, list(full.words)


def _full_name_people(mentions: list[PersonMention]) -> list[Person]:
    """``Tayyip Erdoğan`` and ``Recep Tayyip Erdoğan`` are one name: a full name joins the first
    person one of whose names ends with it or is its ending; so do two spellings of a foreign
    name that differ only in the dot of an ``i`` (``Mıkropoulos``, ``Mikropoulos``), and two
    spellings of given names written as one word or two (``Buse Naz``, ``Busenaz``). A name of two
    words or more said after a longer one that opens with it is that person's, when no one else's
    name opens so (``Barış Alper`` after ``Barış Alper Yılmaz``: a player called by his given names).

    The names are indexed by their endings, so that each mention is a few look-ups rather than a
    comparison with every mention before it (quadratic on a long article)."""
    people: list[Person] = []
    by_ending: dict[tuple[str, ...], int] = {}  # each ending of two words or more -> the first person
    by_name: dict[tuple[str, ...], int] = {}  # each whole name -> the first person
    by_given_names: dict[tuple[str, ...], set[int]] = {}  # the first words of longer names -> their people
    for mention in mentions:
        words = tuple(word.replace("ı", "i") for word in mention.words)
        joined = ("".join(words[:-1]), words[-1])  # the given names as one word
        endings = [words[-size:] for size in range(2, len(words) + 1)]
        owners = [by_name[ending] for ending in endings + [joined] if ending in by_name]
        if words in by_ending:
            owners.append(by_ending[words])
        if not owners and len(by_given_names.get(words, ())) == 1:
            owners = list(by_given_names[words])  # ``Barış Alper`` after ``Barış Alper Yılmaz``: his given names
        number = min(owners, default=len(people))
        if number == len(people):
            people.append(Person())
        people[number].add(mention)
        for key in {words, joined}:
            by_name[key] = min(number, by_name.get(key, number))
        for ending in endings:
            by_ending[ending] = min(number, by_ending.get(ending, number))
        for size in range(2, len(words)):
            by_given_names.setdefault(words[:size], set()).add(number)
    return people


def _surname_owner(people: list[Person], same: list[Person], mention: PersonMention) -> Person | None:
    """``same``: the people whose full name ends in the mention's surname."""
    if len(same) == 1:
        return same[0]
    if len(same) > 1:  # two people share the surname: the one with the office said here
        return next((p for p in same if _shares_office(p, mention)), None) or _only_office_holder(same, mention)
    similar = [
        p for p in people
        if _shares_office(p, mention) and fuzz.ratio(p.surname, mention.surname) >= SAME_OFFICE_SPELLING
    ]
    return similar[0] if len(similar) == 1 else None


def _only_office_holder(same: list[Person], mention: PersonMention) -> Person | None:
    """``KKTC Cumhurbaşkanı Eroğlu`` after ``KKTC Cumhurbaşkanı Derviş Eroğlu`` and his wife ``Meral
    Eroğlu``: of the bearers of a surname, the only one the article gives an office, when the
    mention's own office (if it says one) is theirs, or theirs in short (no country needed: ``KKTC``
    has none)."""
    with_office = [p for p in same if p.phrases]
    if len(with_office) != 1:
        return None
    theirs = {turkish_lower(t.title.title) for t in mention.titles if t.title is not None}
    mine = {turkish_lower(phrase.title.title) for phrase in with_office[0].phrases}
    # ``Başkan Selvitopu`` after ``Karabağlar Belediye Başkanı Muhittin Selvitopu``: the office in short
    said_in_short = any(" " not in short and office.split()[-1].startswith(short) for short in theirs for office in mine)
    return with_office[0] if not theirs or theirs & mine or said_in_short else None


def _family_name_owner(people: list[Person], mention: PersonMention) -> Person | None:
    """``Büyükelçi Jiang`` after ``Ankara Büyükelçisi Jiang Xuebin``: a name written family name
    first is referred to by its first word; taken when the same kind of office is said of both."""
    roles = {phrase.title.role for phrase in mention.titles if phrase.title is not None and phrase.title.role}
    if not roles:
        return None
    owners = [p for p in people if mention.surname in p.full.words[:-1]]
    if len(owners) != 1 or not roles & {phrase.title.role for phrase in owners[0].phrases}:
        return None
    return owners[0]


def _given_name_owner(people: list[Person], mention: PersonMention) -> Person | None:
    """``Tahsin'i`` after ``Tahsin Özbay``: a first name said alone after the full name was
    given is that person's, when no one else in the article bears it."""
    owners = [p for p in people if p.full.words[0] == mention.surname]
    if len(owners) != 1 or min(m.start for m in owners[0].mentions) > mention.start:
        return None
    return owners[0]


def _middle_name_owner(people: list[Person], mention: PersonMention) -> Person | None:
    """``Lula ile`` after ``Luiz Inacio Lula da Silva``, ``Sanchez'e`` after ``Pedro Sanchez
    Perez-Castejon``: a word said alone after a full name of three words or more, where it stands
    between the first word and the last, is that person's short name, when no one else's full
    name holds it."""
    owners = [p for p in people if mention.surname in p.full.words[1:-1] and len(p.full.words) >= 3]
    if len(owners) != 1 or min(m.start for m in owners[0].mentions) > mention.start:
        return None
    return owners[0]


def _shares_office(person: Person, mention: PersonMention) -> bool:
    """The same office of the same country (a country must be known on both sides)."""
    for mine in person.phrases:
        for theirs in mention.titles:
            if theirs.title is None or mine.title.country is None or theirs.title.country != mine.title.country:
                continue
            if covers(mine.title, theirs.title, mine.words, theirs.words) or covers(
                theirs.title, mine.title, theirs.words, mine.words
            ):
                return True
    return False


def find_more_mentions(
    text: str, words: list[Word], people: list[Person], taken: list[tuple[int, int]],
    given_names: frozenset[str] = frozenset(),
) -> None:
    """Every further occurrence of a person's full name or unambiguous surname, and of a given
    name of ``given_names`` that opens one person's full name only (``Cenk`` after ``Cenk
    Tosun``: sport and columns call people by their first name once they are introduced)."""
    surnames: dict[str, list[int]] = {}
    for number, person in enumerate(people):
        for spelling in person.spellings:
            last = spelling.split()[-1]
            for surname in {last, without_particle(last)}:  # ``es-Sisi`` is ``Sisi`` too
                surnames.setdefault(surname, []).append(number)
    entries = [(spelling, str(n)) for n, p in enumerate(people) for spelling in p.spellings if " " in spelling]
    for surname, owners in surnames.items():
        owner = _main_owner(people, sorted(set(owners)))
        if owner is not None:
            entries.append((surname, str(owner)))
    first_names = _first_name_entries(text, words, people, given_names, set(surnames))
    entries += first_names
    starts = word_starts(words)
    covered = bytearray(len(text))  # 1 for each character of a taken span: a look-up, not a scan of the spans
    for start, end in taken:
        _cover(covered, start, end)
    for match in Gazetteer(entries, proper=True, in_candidate_pass=False).find(text, words):
        if covered.find(1, match.start, match.end) != -1:
            continue
        if " " not in match.entry and _inside_a_name(text, words, starts, covered, match.end):
            continue  # ``Göbeklitepe Film Festivali``: a word inside a longer name, not a surname
        if (match.entry, match.key) in first_names and _before_a_capital(text, words, starts, match.end):
            continue  # ``Cenk Yılmaz``: another person's full name, not Cenk Tosun's first name
        name = text[match.start : match.name_end]
        people[int(match.key)].mentions.append(
            PersonMention(match.start, match.end, name, people[int(match.key)].full.words[-1:])
        )
        _cover(covered, match.start, match.end)


def _inside_a_name(text: str, words: list[Word], starts: list[int], covered: bytearray, end: int) -> bool:
    """Whether the word ending at ``end`` stands inside a longer name of a thing: capitalized
    words that no other mention covers follow it after a space, and one of the next two is a
    compound head (``Göbeklitepe Film Festivali``). ``Fidan Paris'te``, ``Trump Beyaz Saray'da``
    (another stage's name) are a surname and what follows it."""
    index = bisect.bisect_left(starts, end + 1)
    for following in words[index : index + 2]:
        gap = text[end : following.start]
        if gap != " " or not is_capitalized(following.text) or covered[following.start] \
                or before_apostrophe(text, following.end):
            return False
        if is_compound_head(following.folded):
            return True
        end = following.end
    return False


def _first_name_entries(
    text: str, words: list[Word], people: list[Person], given_names: frozenset[str], surnames: set[str]
) -> list[tuple[str, str]]:
    """(given name, owner) for the known given names that open exactly one person's full name,
    that no one bears as a surname and that the article never writes in lowercase (``Umut``)."""
    if not given_names:
        return []
    owners: dict[str, set[int]] = {}
    for number, person in enumerate(people):
        for spelling in person.spellings:
            parts = spelling.split()
            if len(parts) > 1 and turkish_lower(parts[0]) in given_names:
                owners.setdefault(parts[0], set()).add(number)
    if not owners:
        return []  # before walking the words for their lowercase forms
    lowercase = lowercase_words_of(words)  # read once per Doc (the names stages read it first)
    return [(name, str(owner.pop())) for name, owner in owners.items()
            if len(owner) == 1 and name not in surnames and turkish_lower(name) not in lowercase]


def _before_a_capital(text: str, words: list[Word], starts: list[int], end: int) -> bool:
    index = bisect.bisect_left(starts, end + 1)
    return index < len(words) and text[end : words[index].start] == " " and is_capitalized(words[index].text)


def _cover(covered: bytearray, start: int, end: int) -> None:
    end = min(end, len(covered))
    if start < end:
        covered[start:end] = b"\x01" * (end - start)


def _main_owner(people: list[Person], owners: list[int]) -> int | None:
    """Whom a surname alone refers to: its only bearer, or of two bearers (``Gerhard Schröder``
    and his father ``Fritz Schröder``) the only one the article gives an office."""
    if len(owners) == 1:
        return owners[0]
    with_office = [n for n in owners if people[n].phrases]
    return with_office[0] if len(with_office) == 1 else None


def person_entity(text: str, person: Person) -> Entity:
    titles: list[tuple[Title, list[str]]] = []
    # ``CHP LİDERİ ÖZEL'E ELEŞTİRİ``: a headline in capitals says the office in short; when the
    # running text gives the person an office, the headline's adds nothing
    in_prose = [p for p in person.phrases if not is_all_caps(text[p.start : p.end])]
    phrases = sorted(in_prose or person.phrases, key=lambda p: p.start)
    said = Counter(phrase.title.title for phrase in phrases)
    spelled = spelled_acronyms([(text[p.start : p.end], p.words) for p in phrases])  # ``(BUSİAD) Başkanı``
    for phrase in phrases:
        keep_fullest(titles, phrase.title, with_acronym_spelled(phrase.words, spelled), said)
    mentions = sorted({(m.start, m.end) for m in person.mentions})
    return Entity(
        id="",
        type="PERSON",
        name=person.full.name,
        titles=[title for title, _ in titles],
        mentions=[Mention(start=s, end=e, text=text[s:e]) for s, e in mentions],
    )
