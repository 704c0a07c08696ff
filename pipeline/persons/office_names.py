"""Office words that are name words too (``Emir``, ``Sultan``): where a found office title is a
word of a person's name instead, said before (``genel müdürü Emir Aras``) or after a given name
(``Milletvekili Murat Emir``). Read by ``pipeline/persons/component.py`` to drop such titles
before names are read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.tr.text import strip_apostrophe_suffix, turkish_lower
from pipeline.persons.title_phrases import TitlePhrase
from pipeline.resources import read_tsv

#: a capitalized word after a single space: the surname after a given name
_NAME_WORD_AFTER = re.compile(r" [A-ZÇĞİÖŞÜ][a-zçğıöşü]")
#: two capitalized words and a comma right before: the previous item of a list of names
_LISTED_BEFORE = re.compile(r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ [A-ZÇĞİÖŞÜ][a-zçğıöşü]+, $")
#: epithets that are given names before one name word (``Gazi Yaşargil``)
_EPITHET_GIVEN_NAMES = frozenset({"gazi"})
#: two capitalized words after a single space each: a full name after an epithet
_FULL_NAME_AFTER = re.compile(r" [A-ZÇĞİÖŞÜ][a-zçğıöşü]+ [A-ZÇĞİÖŞÜ][a-zçğıöşü]")
#: one capitalized word in quotes after a name word, before one more: a nickname (``Serdar 'Kaptan' Oğuz``)
_QUOTED_WORD = re.compile(r"(?<=[a-zçğıöşü] )['‘\"“][A-ZÇĞİÖŞÜ][a-zçğıöşü]+['’\"”](?= [A-ZÇĞİÖŞÜ])")
#: the two capitalized words right before, after single spaces (``Ayşe Nur``)
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w'’])([A-ZÇĞİÖŞÜ][a-zçğıöşü]+) ([A-ZÇĞİÖŞÜ][a-zçğıöşü]+) $")
#: the capitalized word right before, after a single space (a given name before a surname)
_PREVIOUS_WORD = re.compile(r"(?<![\w'’])([A-ZÇĞİÖŞÜ][a-zçğıöşü]+) $")
#: the capitalized word after a single space, and what follows it (a space and a capital: a longer name)
_WORD_AFTER = re.compile(r" ([A-ZÇĞİÖŞÜ][a-zçğıöşü]+)(?![\w.])(?! [A-ZÇĞİÖŞÜ])")
#: what may stand right before a given name opening a person's name: the start of the text or of
#: a sentence or line, an opening quote or parenthesis, a lowercase word, or a sentence's first
#: word (``Kazada``, ``yaralanan``: no capitalized word of a longer name or a country, ``Katar
#: Emir Temim``; no comma, after which an item of a list of offices may stand, ``Başkan Kaya,
#: Muhtar Erengül'e``)
_OPENS_NAME_AFTER = re.compile(r"(?:^|[.!?:;]\s+|\n|[(\"“] ?|(?<![.!?:;,]) [a-zçğıöşü]+ |^[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ "
                               r"|[.!?:]\s+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ )$")
#: an office said with ``olarak`` after it (``Başkan olarak``), or a bare office before ``ile`` or
#: ``ve`` (``Kaymakam Ali Vali ile konuştu``: with the governor): an office, no surname
_AS_OFFICE = re.compile(r" (?:olarak|ile|ve)\b")
#: offices whose words are common Turkish given names (``Emir Doğan``, ``Sultan Kaya``); the
#: corpus-derived lists hold rarer ones too (``Kardinal``, ``Haham``), which stay offices
GIVEN_NAME_OFFICES = frozenset({"emir", "sultan"})
#: letters a Turkish surname may have that the names of Arab and other rulers written in Turkish lack
_TURKISH_LETTERS = re.compile("[çğıöşü]")


def mostly_surnames(given_names: str, surnames: str) -> set[str]:
    """Words the name lists count more often in a surname's place than in a given name's."""
    given = {turkish_lower(row["name"]): int(row["uses"]) for row in read_tsv(given_names)}
    return {turkish_lower(row["name"]) for row in read_tsv(surnames)
            if int(row["uses"]) > given.get(turkish_lower(row["name"]), 0)}


@dataclass(frozen=True)
class OfficeWordNames:
    given_names: set[str]
    surnames: set[str]  #: every listed surname, the confirming ones too
    second_given: set[str]  #: ``Nur``, ``Sultan``: given names only after another (``given_names_second.tsv``)
    mostly_surnames: set[str]  #: ``Erdoğan``: counted more often as a surname than as a given name
    turkish_surnames: set[str] = frozenset()  #: ``Kaya``, ``Doğan``: the hand-written Turkish surnames

    def given_name_before_surname(self, text: str, phrase: TitlePhrase, phrases: list[TitlePhrase]) -> bool:
        """``Kazada Sultan Kaya ile Emir Doğan yaralandı``, ``Kadroda Emir Tokgöz``: a bare office
        word that is a common given name too (``GIVEN_NAME_OFFICES``), opening a name (no capitalized word or office right before)
        before one word that is a Turkish surname (a listed one, or one spelled with Turkish letters
        that is no given name), is the given name. A ruler's office stays before a given name or a
        foreign name (``Sultan Abdülhamid``, ``Emir Temim``), and ``Vali`` is no given name. A
        description said before opens the name as a lowercase word would (``Şarkıcı Sultan Yıldız``)."""
        said = text[phrase.start : phrase.end]
        folded = turkish_lower(said)
        if phrase.kind != "office" or said != phrase.entry.title or folded not in GIVEN_NAME_OFFICES:
            return False
        after = _WORD_AFTER.match(text, phrase.end)
        if after is None or any(other.end < phrase.start <= other.end + 1 and other.kind != "description" for other in phrases) \
                or not _OPENS_NAME_AFTER.search(text[max(0, phrase.start - 40) : phrase.start]):
            return False
        surname = turkish_lower(after.group(1))
        return surname in self.turkish_surnames \
            or surname not in self.given_names and (surname in self.surnames or _TURKISH_LETTERS.search(surname) is not None)

    def given_name_said(self, text: str, phrase: TitlePhrase, phrases: list[TitlePhrase]) -> bool:
        """``genel müdürü Emir Aras``, ``Ayşe Kaplan, Emir Aras ve``: an office word that is also a
        given name (``Emir``; not an honorific: ``Emiri Şeyh Temim``), said bare before a capitalized
        word right after a title in lowercase or after a name in a list, is the given name: one
        person has one office said before the name."""
        said = text[phrase.start : phrase.end]
        if phrase.kind != "office" or said != phrase.entry.title or turkish_lower(said) not in self.given_names \
                or not _NAME_WORD_AFTER.match(text, phrase.end):
            return False
        # a capitalized title before it makes a chain of offices (``Bakan Vali Ayşe Demir``)
        if any(other.end + 1 == phrase.start and text[other.end] == " " and not other.capitalized
               for other in phrases):
            return True
        listed = _LISTED_BEFORE.search(text, max(0, phrase.start - 80), phrase.start)
        # (``Başkan Kaya, Muhtar Demir'e``: an item that is an office and a surname lists offices;
        # so does an item with its office before it: ``Vali Ali Kaya, Muhtar Can Er``)
        return listed is not None and not any(other.end == listed.end() - 2 or other.start == listed.start()
                                              or other.end + 1 == listed.start() for other in phrases)

    def given_name_epithet(self, text: str, phrase: TitlePhrase) -> bool:
        """``Gazi Yaşargil``: an epithet that is also a given name (``Gazi``), said before one name
        word only, is the given name; before a full name it is the epithet (``Gazi Mustafa Kemal``).
        (``Şeyh`` and ``Molla`` stay honorifics before one name word: ``Şeyh Temim``.)"""
        said = text[phrase.start : phrase.end]
        return phrase.kind == "honorific" and said == phrase.entry.title and turkish_lower(said) in _EPITHET_GIVEN_NAMES \
            and _NAME_WORD_AFTER.match(text, phrase.end) is not None and not _FULL_NAME_AFTER.match(text, phrase.end)

    def name_word_said(self, text: str, phrase: TitlePhrase, phrases: list[TitlePhrase] = ()) -> bool:
        """``Grup Başkanvekili Murat Emir``, ``Ahmet Emir Kaya``: a bare capitalized office word that the
        name lists know (as a surname where the name ends, as a given name before another name word),
        said right after a word the lists read mostly as a given name, is a word of that name.
        So is such an honorific before another name word (``Hasan Şeyh Mahmud``).
        (``Erdoğan Emir Temim``: ``Erdoğan`` is mostly a surname; ``İnan Başkan``: no listed name word.)
        An office word written with an apostrophe before its suffix is a proper name whatever the lists
        hold (``Rojhat Elçi'nin``: an office takes its suffix without one, ``elçinin``)."""
        if phrase.kind in ("office", "rank") and phrase.start and _QUOTED_WORD.match(text, phrase.start - 1):
            return True  # ``Serdar 'Kaptan' Oğuz``: a nickname in quotes inside the name
        if self._surname_after_titled_given_name(text, phrase, phrases):
            return True
        said = strip_apostrophe_suffix(text[phrase.start : phrase.end])  # ``Murat Emir'in``
        if phrase.kind not in ("office", "rank", "honorific") or said != phrase.entry.title or " " in said:
            return False
        folded = turkish_lower(said)
        named_on = _NAME_WORD_AFTER.match(text, phrase.start + len(said)) is not None
        if phrase.kind == "honorific" and not named_on:
            return False  # ``Hasan Şeyh Mahmud``: an honorific the lists know as a given name, inside a name only
        proper_suffix = text[phrase.start + len(said) : phrase.start + len(said) + 1] in ("'", "’")
        if folded not in (self.given_names if named_on else self.surnames) and folded not in self.second_given \
                and not proper_suffix and not self._after_two_given_names(text, phrase.start):
            return False
        before = _PREVIOUS_WORD.search(text, max(0, phrase.start - 40), phrase.start)
        previous = turkish_lower(before.group(1)) if before is not None else None
        return previous is not None and (previous in self.given_names or previous in self.second_given) \
            and previous not in self.mostly_surnames

    def _surname_after_titled_given_name(self, text: str, phrase: TitlePhrase, phrases: list[TitlePhrase]) -> bool:
        """``Holding CEO'su Serkan Kaptan``, ``Belediye Başkanı Veli Başkan``, ``Genel Müdür Ahmet
        Hakem``: a bare capitalized office or profession word right after a given name that another
        title announces, ending the name (no capitalized word after it), is the surname: one person
        has his offices said before his name, whatever the lists hold (there a given name the lists
        count more often as a surname, ``Veli``, is the given name too)."""
        said = strip_apostrophe_suffix(text[phrase.start : phrase.end])
        if phrase.kind not in ("office", "rank", "profession") or said != phrase.entry.title or " " in said \
                or _NAME_WORD_AFTER.match(text, phrase.start + len(said)) or _AS_OFFICE.match(text, phrase.end):
            return False  # (``Cumhurbaşkanı Erdoğan Başkan olarak``, ``Kaymakam Ali Vali ile``: an office)
        before = _PREVIOUS_WORD.search(text, max(0, phrase.start - 40), phrase.start)
        if before is None:
            return False
        previous = turkish_lower(before.group(1))
        return previous in self.given_names and any(other.end + 1 == before.start() and text[other.end] == " " and other.capitalized for other in phrases)

    def _after_two_given_names(self, text: str, start: int) -> bool:
        """``Büyükelçi Ayşe Nur Kaptan``: a given name and a second given name right before (a full
        given name said): the office word after them is the surname, whatever the lists hold."""
        names = _TWO_WORDS_BEFORE.search(text, max(0, start - 60), start)
        return names is not None and turkish_lower(names.group(1)) in self.given_names \
            and turkish_lower(names.group(2)) in self.second_given
