"""Runs of capitalized name words: units, particles, initials and the heads of things' names that end a run."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.lang.tr.endings import (ends_in, is_compound_head, is_conditional_verb, is_progressive_or_future_verb,
                                      spells_case)
from pipeline.lang.tr.verb_forms import is_converb_in_harmony
from pipeline.persons.lines import in_title_case_line
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import (CLITIC_LIKE_PARTICLES, HYPHEN_PARTICLES, NAME_PARTICLES, TURKISH_LETTERS,
                                         display_name, is_postnominal_honorific, syllable_after_hyphen)
from pipeline.lang.tr.text import (Word, after_apostrophe, before_apostrophe, is_all_caps, is_capitalized, suffix_end,
                                   turkish_lower)

#: "chaired by" after a name (``Ayşe Kaya Başkanlığında``): the name is a person's
_CHAIRED_BY = "başkanlığında"
#: accusative or dative after a possessive (``Ödülü-nü``); only after a listed head (``Mancini``)
_OBJECT_AFTER_POSSESSIVE = re.compile("n[ıiuüae]$")

#: the quotation marks around a nickname said inside a name, with the spaces outside them
#: (single quotes too: ``Rıza 'Baba' Tokgöz``; an apostrophe's suffix has no space before it)
_BEFORE_NICKNAME = (' "', " “", " '", " ‘")
_AFTER_NICKNAME = ('" ', "” ", "' ", "’ ")
_QUOTED_NICKNAME = re.compile(r' ["“\'‘][^"“”\'‘’\s]+["”\'’] ')

#: the heads of the names of sports events and memorials, which bear the names of one or two
#: people (``Vehbi Emre ve Hamit Kaplan Turnuvası``, ``Ayşe Kaya Anma Koşusu``)
EVENT_HEADS = frozenset({"turnuvası", "maratonu", "kupası", "memorial", "koşusu", "şampiyonası", "yarışması",
                         "mitingi", "rallisi"})
#: the words from the second person's name to the event's head, at most
MAX_EVENT_NAME_WORDS = 6

#: nationality adjectives that are common surnames too: a name word only right after given names
#: (``data/name_stopwords.tsv`` keeps the others out of names: ``Porter İngiliz``)
DEMONYM_SURNAMES = frozenset({"türk"})


@dataclass
class NameRun:
    """The words of one text and the runs of name words in them; ``blocked`` holds indices of
    words that belong to other entities (countries, organizations, titles, names already read)."""

    text: str
    words: list[Word]
    given_names: set[str]
    stopwords: set[str]
    blocked: set[int]
    sentence_openers: frozenset[int]  #: starts of the words that open a sentence or line (the analysis)
    surnames: set[str] = field(default_factory=set)
    public_figures: set[str] = field(default_factory=set)  #: no everyday words: alone opening a sentence too
    function_words: set[str] = field(default_factory=set)  #: ``Dün``, ``Ayrıca``: openers, no name words
    second_given: set[str] = field(default_factory=set)  #: ``Nur``, ``Gül``: given names only after one
    regions: frozenset[str] = frozenset()  #: folded one-word regions and continents (``avrupa``)
    #: the given names of the corpus-derived and hand-written lists, without those only the public
    #: lists of ``data/given_names_world*.tsv`` hold (``Atalay``, a surname too); empty: all of them
    listed_given: set[str] = field(default_factory=set)
    #: public figures' surnames that are everyday words (``Özel``): a person alone only with a suffix
    suffixed_figures: set[str] = field(default_factory=set)

    def _has_suffix(self, unit: list[int]) -> bool:
        return before_apostrophe(self.text, self.words[unit[-1]].end)

    def _suffix(self, index: int) -> str:
        """The folded apostrophe suffix of word ``index`` (``ya`` of ``Ankara'ya``), "" when none."""
        end = self.words[index].end
        return turkish_lower(self.text[end + 1 : suffix_end(self.text, end)]) if self._has_suffix([index]) else ""

    def has_spatial_suffix(self, index: int) -> bool:
        """A dative, locative or ablative after an apostrophe (``Fidan Ankara'ya``: a place's case)."""
        return spells_case(self._suffix(index), "dat", "loc", "abl")

    def name_run(self, index: int, limit: int) -> list[list[int]]:
        """The capitalized name words from word ``index`` on (at most ``limit``), as units."""
        return self._units(index, limit=limit)

    def units_mention(self, units: list[list[int]]) -> PersonMention | None:
        """The mention of the name words ``units`` (read by another pass)."""
        return self._mention(units)

    def is_known_word(self, index: int) -> bool:
        """Whether word ``index`` is a given name or a surname of the lists."""
        return self.words[index].folded in self.given_names or self.words[index].folded in self.surnames

    def _capitalized_after(self, index: int) -> bool:
        """``James Webb Uzay Teleskobu``: the capitalized run goes on after word ``index``."""
        return index + 1 < len(self.words) and self._gap(index, index + 1) == " " \
            and is_capitalized(self.words[index + 1].text)

    def _names_a_thing(self, follower: int) -> bool:
        """Whether the capitalized words right after a name candidate make it the name of a
        place, institution or work: ``Platformu``, ``Kilisesi``, ``Savaşları``."""
        if self._names_event_with_partner(follower):
            return True
        for i in range(follower, min(follower + 3, len(self.words))):
            word = self.words[i]
            if self._gap(i - 1, i) != " " or not is_capitalized(word.text):
                return False
            if word.folded == _CHAIRED_BY:
                return False  # ``Ayşe Kaya Başkanlığında``: chaired by a person
            if word.folded in self.stopwords or is_compound_head(word.folded) or self._inflected_head(word.folded):
                return True
        return False

    def _names_event_with_partner(self, follower: int) -> bool:
        """``Dan Kolov-Nikola Petrov Uluslararası Güreş Turnuvası``, ``Vehbi Emre ve Hamit Kaplan
        Turnuvası``: a name joined by a hyphen or ``ve`` to another, both heading the name of an
        event (``EVENT_HEADS``) a few capitalized words on, with no other entity's word between
        (``Ali Kaya ve Can Öz Türkiye Kupası'nda``: the cup is the country's)."""
        if follower >= len(self.words):
            return False
        first = follower
        if self.words[follower].folded == "ve" and self._gap(follower - 1, follower) == " ":
            first = follower + 1
        elif self._gap(follower - 1, follower) != "-":
            return False
        for i in range(first, min(first + MAX_EVENT_NAME_WORDS, len(self.words))):
            word = self.words[i]
            if i in self.blocked or not is_capitalized(word.text) or i > first and self._gap(i - 1, i) != " " \
                    or i == first and self._gap(i - 1, i) not in (" ", "-"):
                return False
            if word.folded in EVENT_HEADS:
                return True
        return False

    def _inflected_head(self, folded: str) -> bool:
        """``Merkezinde``, ``Salonunun``: a possessive with a case ending and no apostrophe, the
        head of a place's or thing's name (a person's name takes ``'nde``); not a listed name
        word (``Belinda``)."""
        if _OBJECT_AFTER_POSSESSIVE.search(folded) and folded[:-2] in self.stopwords:
            return True  # ``Ödülünü``, ``Merkezine``: a listed head (``Ödülü``) with its ``n`` and a case
        return len(folded) >= 7 and ends_in(folded, "case_after_possessive") \
            and folded not in self.given_names and folded not in self.surnames

    def _thing_head_at(self, i: int) -> bool:
        """Whether word ``i`` follows after a space and heads a thing's name (``Merkezinde``)."""
        if i >= len(self.words) or self._gap(i - 1, i) != " " or not is_capitalized(self.words[i].text):
            return False
        folded = self.words[i].folded
        if folded == _CHAIRED_BY:
            return False  # ``Ayşe Kaya Başkanlığında``: chaired by a person
        if folded in self.stopwords and not self._capitalized_after(i) and not ends_in(folded, "poss3"):
            return False  # ``Yıldız Kabine toplantısından``: a bare institution word ends the run, heads nothing
        return folded in self.stopwords or is_compound_head(folded) or self._inflected_head(folded)

    def _is_particle(self, unit: list[int]) -> bool:
        word = self.words[unit[0]]
        if len(unit) != 1 or is_capitalized(word.text):
            return False
        if word.folded in CLITIC_LIKE_PARTICLES:
            return self._between_name_words(unit[0])
        return word.folded in NAME_PARTICLES

    def _between_name_words(self, i: int) -> bool:
        """``Lula da Silva``: capitalized name words on both sides, joined by single spaces.
        Next to a word spelled with letters only Turkish has (``Binali Yıldırım da Bahçeli``),
        after a known surname (``Ahmet Kaya da Demir``) or before a given name that opens a Turkish
        full name it is the clitic "too"."""
        return (
            0 < i < len(self.words) - 1
            and self._gap(i - 1, i) == " " and self._gap(i, i + 1) == " "
            and is_capitalized(self.words[i - 1].text) and is_capitalized(self.words[i + 1].text)
            and (self.words[i + 1].folded in self.surnames or self.words[i + 1].folded in self.given_names)
            and not self.has_spatial_suffix(i + 1)
            and not any(TURKISH_LETTERS.search(self.words[k].folded) for k in (i - 1, i + 1))
            and not (self.words[i - 1].folded in self.surnames and self.words[i - 1].folded not in self.given_names)
            and not self._opens_full_name(i + 1)
        )

    def _opens_full_name(self, i: int) -> bool:
        """``Ali Safi de Kerem Aydınoğlu``: a given name with a name word spelled with Turkish letters
        after it opens the next person's full name; the ``de`` before it is the clitic "too"."""
        return self.words[i].folded in self.given_names and self._capitalized_after(i) \
            and TURKISH_LETTERS.search(self.words[i + 1].folded) is not None

    def _units(self, index: int, limit: int, anchored: bool = False) -> list[list[int]]:
        """Capitalized words from ``index`` on; a unit is one name word with its hyphenated
        parts (``Al-Falih``); ``limit`` counts name words, not particles (``bin``, ``von``).
        ``anchored``: a title is said right before ``index`` (``_verb_shaped_name``)."""
        units: list[list[int]] = []
        i = index
        after_nickname = False
        while i < len(self.words) and sum(not self._is_particle(u) for u in units) < limit:
            if units and not after_nickname and all(map(self._is_given, units)) and self._nickname_at(i):
                i, after_nickname = i + 1, True  # ``Rafael "Rafinha" Costa``: no word of the name
                continue
            if units and not after_nickname and not self._joined(i - 1, i):
                break
            after_nickname = False
            if self._particle_joins(i):  # ``es-Sisi``: particle, hyphen and name word
                unit = [i, i + 1]
            elif anchored and i == index and self._verb_shaped_name(i):
                unit = [i]
            elif not self._usable(i):
                if units and self._is_particle([i]) and self._particles_then_name(i):
                    units.append([i])
                    i += 1
                    continue
                break
            elif self.words[i].folded in DEMONYM_SURNAMES and not (units and all(map(self._is_listed_given, units))):
                break  # ``Ahmet Türk``: a surname after Turkish given names only (``Ali Kaya Türk basını``,
                #        ``Bence Türk tarımı``: a foreign list's given name that is a Turkish word)
            else:
                unit = [i]
            while unit[-1] + 1 < len(self.words) and self._gap(unit[-1], unit[-1] + 1) in ("-", "‐") and (
                    self._usable(unit[-1] + 1) or syllable_after_hyphen(self.text, *self.words[unit[-1] :][:2])) \
                    and not (units and self._opens_partner(unit[-1] + 1)):
                unit.append(unit[-1] + 1)
            units.append(unit)
            i = unit[-1] + 1
            if self._has_suffix(unit):
                break  # the case suffix closes the name
        while units and self._is_particle(units[-1]):
            units.pop()
        return units

    def _opens_partner(self, i: int) -> bool:
        """``Maria Kaya-Elena Demir``: after a full name, a hyphen and a given name with a capitalized
        word after it open a second person's name (a pair of players, a driver and co-driver); a
        hyphen inside the first name word stays (``Jean-Luc Martin``)."""
        return self.words[i].folded in self.given_names and self._capitalized_after(i)

    def _particle_joins(self, i: int) -> bool:
        """``es-Sisi``, ``el-Abbasi``: a hyphenated particle before a name word."""
        word = self.words[i]
        return (
            word.folded in HYPHEN_PARTICLES
            and i not in self.blocked
            and i + 1 < len(self.words)
            and self._gap(i, i + 1) in ("-", "‐")
            and self._usable(i + 1)
            and not after_apostrophe(self.text, word.start)
        )

    def _particles_then_name(self, i: int) -> bool:
        """``von der Leyen``: particles, each followed by a space, then a name word."""
        while i < len(self.words) and self._is_particle([i]):
            if i + 1 == len(self.words) or self._gap(i, i + 1) != " ":
                return False
            i += 1
        return i < len(self.words) and self._usable(i)

    def thing_head_at(self, i: int) -> bool:
        """Word ``i`` heads a thing's name (``Vakfı``, ``Merkezinde``; read by another pass)."""
        return self._thing_head_at(i)

    def usable(self, i: int) -> bool:
        """Word ``i`` may be a name word: capitalized, free, no stopword, no head of a thing's name
        nor a word in a case after a possessive (``Uygulamasını``)."""
        return self._usable(i)

    def _usable(self, i: int) -> bool:
        word = self.words[i]
        return (
            is_capitalized(word.text)
            and word.text[0].isalpha()
            and i not in self.blocked
            and word.folded not in self.stopwords
            and not is_postnominal_honorific(word.folded)
            and not is_compound_head(word.folded)
            and not is_conditional_verb(word.folded) and not is_progressive_or_future_verb(word.folded)
            and not self._converb(word.folded)
            and not self._inflected_head(word.folded)
            and not after_apostrophe(self.text, word.start)
        )

    def _verb_shaped_name(self, i: int) -> bool:
        """``Dışişleri Bakanı Bahtiyor Saidov``: a foreign given name spelled like a Turkish verb in the
        progressive, right after a title and before a capitalized word of no other entity, is a name
        word (not in a headline in title case: ``Bakan Geliyor Ankara'ya``)."""
        word = self.words[i]
        return is_progressive_or_future_verb(word.folded) and is_capitalized(word.text) and i not in self.blocked \
            and not after_apostrophe(self.text, word.start) and self._capitalized_after(i) \
            and not self._has_suffix([i]) and word.folded not in self.stopwords and i + 1 not in self.blocked \
            and not in_title_case_line(self.text, self.words, i)

    def _converb(self, folded: str) -> bool:
        """``Gülerek "..." dedi``, ``Ağlayarak``: a verb's ``-(y)ArAk`` converb opening a sentence,
        unless a list knows the word as a name (``Barak``)."""
        return is_converb_in_harmony(folded) and folded not in self.given_names and folded not in self.surnames

    def _nickname_at(self, i: int) -> bool:
        """``Rafael "Rafinha" Costa``, ``Recep "Reis" Yılmaz``: one capitalized word in quotes between
        the given names and a name word is the person's nickname, said inside the name."""
        return 0 < i < len(self.words) - 1 and self._gap(i - 1, i) in _BEFORE_NICKNAME \
            and self._gap(i, i + 1) in _AFTER_NICKNAME and is_capitalized(self.words[i].text) \
            and self.words[i].text.isalpha() and self._usable(i + 1)

    def _joined(self, left: int, right: int) -> bool:
        gap = self._gap(left, right)
        if gap == " ":
            return True
        # ``Y.Kemal Uğurlu``: an initial glued to the name word after its dot (no second initial: ``A.Ş.``)
        return self._is_initial([left]) and (gap == ". " or gap == "." and len(self.words[right].text) > 1)

    def _gap(self, left: int, right: int) -> str:
        return self.text[self.words[left].end : self.words[right].start]

    def _is_initial(self, unit: list[int]) -> bool:
        word = self.words[unit[0]]
        return len(unit) == 1 and len(word.text) == 1 and self.text[word.end : word.end + 1] == "."

    def _is_given(self, unit: list[int]) -> bool:
        return all(self.words[i].folded in self.given_names for i in unit)  # ``Jean-Luc`` too

    def _is_listed_given(self, unit: list[int]) -> bool:
        """A given name of the Turkish lists (not only of the world's: ``Bence`` is also a word)."""
        return all(self.words[i].folded in (self.listed_given or self.given_names) for i in unit)

    def _all_caps_word(self, unit: list[int]) -> bool:
        return any(len(self.words[i].text) > 1 and is_all_caps(self.words[i].text) for i in unit)

    def _mention(self, units: list[list[int]]) -> PersonMention | None:
        if not units or all(self._is_initial(u) for u in units):
            return None
        first, last = self.words[units[0][0]], self.words[units[-1][-1]]
        surface = _QUOTED_NICKNAME.sub(" ", self.text[first.start : last.end])
        end = suffix_end(self.text, last.end)
        suffix = self._suffix(units[-1][-1])
        if len(units) == 1 and suffix.endswith("ki") and spells_case(suffix, "loc", relative=True):
            return None  # ``Cihangir'deki evinde``, ``Moda'daki``: the locative made an adjective, said of places
        return PersonMention(
            start=first.start,
            end=end,
            name=display_name(surface),
            words=[self._unit_key(unit) for unit in units],
        )

    def _unit_key(self, unit: list[int]) -> str:
        """Folded name word for coreference; a hyphenated particle is left out (``es-Sisi``
        and ``Sisi`` are one surname)."""
        if len(unit) > 1 and self.words[unit[0]].folded in HYPHEN_PARTICLES:
            unit = unit[1:]
        return turkish_lower("".join(self.words[i].text for i in unit))
