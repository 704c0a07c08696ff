"""Reading a person's name from running text, without a statistical model.

A name is a run of capitalized words; what tells that the run is a person is its anchor:
an office title or honorific right before it (``Dışişleri Bakanı Hakan Fidan``,
``Prof. Dr. Ömer Bolat``) or a known given name at its start (``Hakan Fidan Paris'te``,
the byline ``Mehmet H. GÜLEL``; ``data/given_names.tsv``). A name ends at a lowercase
word, punctuation, a line break, the mention of another entity, or after the word that
carries the case suffix (``Erdoğan’ın``), which belongs to the mention but not to the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.lang.tr.endings import (ends_in, is_compound_head, is_conditional_verb, is_progressive_or_future_verb,
                                      spells_case)
from pipeline.names.openers import lowercase_words_of
from pipeline.persons.mention import PersonMention
from pipeline.persons.lines import counts_a_number, fills_byline, in_title_case_line, opens_word_list
from pipeline.persons.name_words import (CLITIC_LIKE_PARTICLES, HYPHEN_PARTICLES, NAME_PARTICLES, TURKISH_LETTERS,
                                         comma_or_lowercase_after, display_name, is_postnominal_honorific,
                                         syllable_after_hyphen)
from pipeline.lang.tr.text import (
    Word,
    after_apostrophe,
    before_apostrophe,
    is_all_caps,
    is_capitalized,
    suffix_end,
    turkish_lower,
)

MAX_NAME_WORDS = 4
MAX_ANCHORED_NAME_WORDS = 6
_OPENING_QUOTES = "\"“«‘'"
_CLOSING_QUOTES = "\"”»’'"
#: "chaired by" after a name (``Ayşe Kaya Başkanlığında toplandı``): the name is a person's
_CHAIRED_BY = "başkanlığında"
_MIN_CASE_OPENER = 6  #: ``Ayda`` is a given name: only longer words in a case ending open a sentence as no name
_NOT_SPACE = re.compile(r"\S")  # what ``str.strip`` keeps


#: accusative or dative after a possessive (``Ödülü-nü``); only after a listed head (``Mancini``)
_OBJECT_AFTER_POSSESSIVE = re.compile("n[ıiuüae]$")


@dataclass
class NameReader:
    """Reads names in one text; ``blocked`` holds indices of words that belong to other
    entities (countries, organizations, titles, names already read)."""

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

    def after_anchor(self, index: int, anchor_all_caps: bool, role_word: bool = False) -> PersonMention | None:
        """The name that starts at word ``index`` right after a title or honorific (``role_word``:
        after a profession or cue, which award and work names also hold)."""
        # ``Büyükelçi Juan Carlos Ruiz De La Vega``: after an office a foreign name may be long
        units = self._units(index, limit=MAX_ANCHORED_NAME_WORDS)
        if len(units) > MAX_NAME_WORDS and (self.in_title_case_line(index) or not self._ends_run(units[-1][-1])):
            units = units[:MAX_NAME_WORDS]
        if not units or not anchor_all_caps and any(self._all_caps_word(u) for u in units):
            return None  # ``Bakan NATO'nun``: an acronym, not a name
        if self._is_given(units[0]) and not any(self._is_particle(u) for u in units):  # ``bin``: a long name
            known = self._given_then_surname(units)
            # more capitalized words are further name words (``Şükrü Sina Gürel``, ``Martha Ama
            # Akyaa Pobee``) up to one that carries the case suffix of a place: ``Hakan Fidan
            # İstanbul'da`` ends before the place, ``Salih Mutlu Şen'i`` does not; nor one that opens
            # a list of single words (``Yarbay Ali Kaya Izmir, Aydin ve Mugla illerinde``)
            while len(units) > len(known) and not opens_word_list(self.text, self.words, units[len(known)][-1]) \
                    and not (self.has_spatial_suffix(units[len(known)][-1]) and self._listed_surname(known[-1])):
                known = units[: len(known) + 1]
            units = known
        cut = False
        while units and self._thing_head_at(units[-1][-1] + 1):
            units, cut = units[:-1], True  # ``Vali Ali Kaya Kültür Merkezinde``: ``Kültür`` opens the hall's name
        if cut and role_word and len(units) == 1 and not any(self._known_word(i) for i in units[0]):
            return None  # ``En İyi Yönetmen Gümüş Kelebek Ödülü``: the whole run names the award
        if units and self.in_title_case_line(index):
            # ``BAKAN ERDOĞAN ZİRVEYE KATILIYOR``: in a headline, capitals do not mark name words;
            # only the words the name lists know, or the first word alone, are the name
            known_words = 0
            while known_words < len(units) and all(
                    (self.words[i].folded in self.given_names or self.words[i].folded in self.surnames)
                    and self.words[i].folded not in CLITIC_LIKE_PARTICLES for i in units[known_words]):
                known_words += 1
            units = units[:known_words]
        if len(units) >= 2 and self._is_initial(units[-1]) and not self._capitalized_after_initial(units[-1][-1]):
            return self._with_initial(units)  # ``sürücü Ali Ç.``
        return self._mention(units)

    def _has_suffix(self, unit: list[int]) -> bool:
        return before_apostrophe(self.text, self.words[unit[-1]].end)

    def _suffix(self, index: int) -> str:
        """The folded apostrophe suffix of word ``index`` (``ya`` of ``Ankara'ya``), "" when none."""
        end = self.words[index].end
        return turkish_lower(self.text[end + 1 : suffix_end(self.text, end)]) if self._has_suffix([index]) else ""

    def has_spatial_suffix(self, index: int) -> bool:
        """A dative, locative or ablative after an apostrophe (``Fidan Ankara'ya``: a place's case)."""
        return spells_case(self._suffix(index), "dat", "loc", "abl")

    def from_given_name(self, index: int) -> PersonMention | None:
        """A name without an anchor: known given names (or initials), then one surname."""
        if self.words[index].folded in CLITIC_LIKE_PARTICLES:
            return None  # ``DUMAN DA SİLİVRİ'YE``: the clitic in capitals
        if counts_a_number(self.words, index):
            return None  # ``148 BİN TAHLİYE``: the scale word of a number, no ``bin`` of a name
        all_units = self._units(index, limit=MAX_NAME_WORDS)
        units = self._given_then_surname(all_units)
        # ``Sinem Keleş Akgün``: a second surname (or an unknown middle name) before the last one
        headline = self.in_title_case_line(index)
        if headline and 2 <= len(all_units) <= 3 and fills_byline(self.text, self.words, all_units[0][0], all_units[-1][-1]):
            return self._mention(all_units)  # the byline ``(AYŞE NUR DEMİR)``: a line that is only a name
        last_word = self.words[units[-1][-1]] if units else None
        if headline and len(units) >= 2 and is_all_caps(last_word.text) and last_word.folded not in self.surnames \
                and (not self._ends_line(units[-1][-1]) or len(last_word.text) <= 2):
            return None  # ``ÖDÜLÜ ALAN FİLM:``, ``200 BİN TL``: in capitals, a capital makes no surname
        if headline and len(units) >= 2 and self._ends_line(units[-1][-1]):
            return self._mention(units)  # ``Selin Nur Kahvecioğlu`` alone on its line: a name
        # (a word the lists know as both a given name and a surname ends the run as its surname:
        # ``Dilan Dirayet Aksoy,``; an acronym after the name is none of it: ``Ali Kaya YKS'de``)
        if 2 <= len(units) < len(all_units) and not headline \
                and not self._all_caps_word(all_units[len(units)]) \
                and (not self._is_given(all_units[len(units)]) or self._surname_only_after(all_units[len(units)])) \
                and self.words[units[-1][-1]].folded not in self.surnames \
                and not self.has_spatial_suffix(all_units[len(units)][-1]) \
                and not opens_word_list(self.text, self.words, all_units[len(units)][-1]) \
                and not self._capitalized_after(all_units[len(units)][-1]):
            units = all_units[: len(units) + 1]
        elif 2 <= len(units) < len(all_units) and not headline and self._known_name_words_to_end(all_units[len(units):]):
            units = all_units  # ``John Anderson Brown,``: every further word a name word, the run ending there
        if headline and len(units) >= 2 and self.words[units[-1][-1]].folded not in self.surnames \
                and self._capitalized_after(units[-1][-1]):
            return None  # ``Erdoğan Zirveye Katılıyor``: in a title-case line a capital says nothing
        if len(units) == 1 and self._is_given(units[0]) and self._honorific_after(units[0]):
            # ``Ayşe Hanım``; ``Zehra Hanım Tıp Merkezi`` names a hospital after her
            return None if self._names_a_thing(units[0][-1] + 2) else self._mention(units)
        if len(units) >= 2 and self._is_initial(units[-1]) and all(self._is_given(u) for u in units[:-1]) \
                and not self._capitalized_after_initial(units[-1][-1]):
            return self._with_initial(units)  # ``sürücü Ali Ç.``: the surname kept hidden, its initial said
        if len(units) < 2 or self._is_initial(units[-1]) or self._is_given(units[-1]) and len(units) < 2:
            return None
        if self._names_a_thing(units[-1][-1] + 1):  # ``Balkan Barış Platformu``
            return None
        if self._has_locative(units[-1][-1]) and self.words[units[-1][-1]].folded not in self.surnames:
            return None  # ``Fatih Saraçhane'deki``: a district and a square, no person
        if self._quoted(units[0][0], units[-1][-1]):
            return None  # ``"Harry Potter"``: the title of a work
        return self._mention(units)

    def name_run(self, index: int, limit: int) -> list[list[int]]:
        """The capitalized name words from word ``index`` on (at most ``limit``), as units."""
        return self._units(index, limit=limit)

    def run_goes_on(self, index: int) -> bool:
        """After word ``index`` the capitalized run goes on, or heads a thing's name (``Enstitüsü``)."""
        return not self._has_suffix([index]) and self._capitalized_after(index) or self._thing_head_at(index + 1)

    def units_mention(self, units: list[list[int]]) -> PersonMention | None:
        """The mention of the name words ``units`` (read by another pass)."""
        return self._mention(units)

    def _known_name_words_to_end(self, units: list[list[int]]) -> bool:
        """The further words of a run are all name words the lists know, none in capitals, the
        last closing the run (no capitalized word after it) without a place's case ending."""
        return all(self._known_word(i) and not is_all_caps(self.words[i].text) for unit in units for i in unit) \
            and not self._capitalized_after(units[-1][-1]) and not self.has_spatial_suffix(units[-1][-1]) \
            and not opens_word_list(self.text, self.words, units[0][-1])

    def _surname_only_after(self, unit: list[int]) -> bool:
        """A listed surname (a given name too) that ends the capitalized run."""
        return all(self.words[i].folded in self.surnames for i in unit) and not self._capitalized_after(unit[-1])

    def _capitalized_after_initial(self, index: int) -> bool:
        """``Ali Ç. Yılmaz``: a capitalized word after the initial's dot (the initial is a middle one)."""
        return index + 1 < len(self.words) and self._gap(index, index + 1) == ". " \
            and is_capitalized(self.words[index + 1].text)

    def _with_initial(self, units: list[list[int]]) -> PersonMention | None:
        """The given names and the surname's initial with its dot (``Hamza B.``)."""
        mention = self._mention(units)
        if mention is not None:
            mention.end = self.words[units[-1][-1]].end + 1
            mention.name += "."
        return mention

    def _quoted(self, first: int, last: int) -> bool:
        """Whether words ``first..last`` are exactly what a pair of quotation marks encloses."""
        start, end = self.words[first].start, suffix_end(self.text, self.words[last].end)
        return start > 0 and self.text[start - 1] in _OPENING_QUOTES and self.text[end : end + 1] in _CLOSING_QUOTES \
            and self.text[end : end + 1] != ""

    def _ends_line(self, index: int) -> bool:
        after = self.words[index].end  # a line break after spaces, or only white space to the end (no copy)
        while self.text[after : after + 1] == " ":
            after += 1
        return self.text[after : after + 1] == "\n" or _NOT_SPACE.search(self.text, after) is None

    def _known_word(self, index: int) -> bool:
        return self.words[index].folded in self.given_names or self.words[index].folded in self.surnames

    def _ends_run(self, index: int) -> bool:
        """The capitalized run ends at word ``index``: a case suffix, or no capitalized word after it."""
        return self._has_suffix([index]) or not self._capitalized_after(index)

    def _capitalized_after(self, index: int) -> bool:
        """``James Webb Uzay Teleskobu``: the capitalized run goes on after word ``index``."""
        return index + 1 < len(self.words) and self._gap(index, index + 1) == " " \
            and is_capitalized(self.words[index + 1].text)

    def in_title_case_line(self, index: int) -> bool:
        """Whether word ``index`` stands in a headline in title case or capitals (``pipeline.persons.lines``)."""
        return in_title_case_line(self.text, self.words, index)

    def _has_locative(self, index: int) -> bool:
        """``Saraçhane'de``, ``Saraçhane'deki``: where, not who."""
        return spells_case(self._suffix(index), "loc", relative=True)

    def _honorific_after(self, unit: list[int]) -> bool:
        follower = unit[-1] + 1
        return (
            follower < len(self.words)
            and self._gap(unit[-1], follower) == " "
            and is_postnominal_honorific(self.words[follower].folded)
            and is_capitalized(self.words[follower].text)
        )

    def _names_a_thing(self, follower: int) -> bool:
        """Whether the capitalized words right after a name candidate make it the name of a
        place, institution or work: ``Platformu``, ``Kilisesi``, ``Savaşları``."""
        for i in range(follower, min(follower + 3, len(self.words))):
            word = self.words[i]
            if self._gap(i - 1, i) != " " or not is_capitalized(word.text):
                return False
            if word.folded == _CHAIRED_BY:
                return False  # ``Ayşe Kaya Başkanlığında``: chaired by a person
            if word.folded in self.stopwords or is_compound_head(word.folded) or self._inflected_head(word.folded):
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

    def lone_surname(self, index: int, surnames: set[str]) -> PersonMention | None:
        """A known surname alone (``Putin üzerinde``): no capitalized word next to it (a longer name)."""
        word = self.words[index]
        if word.folded not in surnames or is_all_caps(word.text) or not self._usable(index):
            return None
        if self.text[word.start - 1 : word.start] in _OPENING_QUOTES and word.folded in lowercase_words_of(self.words):
            return None  # ``“Uygun zamanda``: a word the article writes in lowercase too, opening a quote
        if word.start in self.sentence_openers and not self._has_suffix([index]) \
                and not (word.folded in self.public_figures and comma_or_lowercase_after(self.text, word.end)):
            return None  # ``Kim nesnellikten ...``: a capital that only opens the sentence
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(self.words) and is_capitalized(self.words[neighbour].text) \
                    and not (word.folded not in self.given_names and self._only_opens_sentence(neighbour)):
                if self._gap(*sorted((neighbour, index))) in (" ", "-"):
                    return None
        return self._mention([[index]])

    def _only_opens_sentence(self, i: int) -> bool:
        """``Toplantıda Trump``, ``Dün Trump``: an opener in a case or a function word before a surname."""
        if self.words[i].start not in self.sentence_openers or self._known_word(i) or i in self.blocked:
            return False
        folded = self.words[i].folded
        return folded in self.function_words \
            or len(folded) >= _MIN_CASE_OPENER and ends_in(folded, "loc", "abl", "vowel_dative")

    def single_word(self, index: int) -> PersonMention | None:
        """Word ``index`` alone as a name, when no other reading has taken it."""
        return self._mention([[index]]) if self._usable(index) else None

    def two_words(self, index: int, count: int = 2) -> PersonMention | None:
        """Words ``index`` and the ``count - 1`` after it as one name (``Seçil Erzan``)."""
        run = range(index, index + count)
        return self._mention([[i] for i in run]) if all(self._usable(i) for i in run) else None

    def run_of_words(self, first: int, last: int) -> PersonMention | None:
        """Words ``first..last`` as one name, particles included (``Kiera van Ryk``)."""
        return self._mention([[i] for i in range(first, last + 1)])

    def _given_then_surname(self, units: list[list[int]]) -> list[list[int]]:
        taken = 0
        while taken < len(units) and (self._is_given(units[taken]) or self._is_initial(units[taken])
                                      or taken and self._second_given_at(units, taken)):
            taken += 1
        if taken == 0:
            return []
        while taken < len(units) - 1 and self._is_particle(units[taken]):  # ``Ursula von der Leyen``
            taken += 1
        return [] if self._is_particle(units[min(taken, len(units) - 1)]) else units[: taken + 1]

    def _second_given_at(self, units: list[list[int]], taken: int) -> bool:
        """``Derya Nur Aksoy``: a second given name (``data/given_names_second.tsv``) after a given
        name, with a name word after it that is no place in a case (``Ayşe Nur Ankara'da``); a word of
        that list names no place (``Dilan Çiçek Deniz'den``)."""
        unit = units[taken]
        return len(unit) == 1 and self.words[unit[0]].folded in self.second_given and taken + 1 < len(units) \
            and (not self.has_spatial_suffix(units[taken + 1][-1])
                 or self.words[units[taken + 1][-1]].folded in self.second_given)

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
            and self.words[i + 1].folded in self.surnames | self.given_names
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

    def _units(self, index: int, limit: int) -> list[list[int]]:
        """Capitalized words from ``index`` on; a unit is one name word with its hyphenated
        parts (``Al-Falih``); ``limit`` counts name words, not particles (``bin``, ``von``)."""
        units: list[list[int]] = []
        i = index
        while i < len(self.words) and sum(not self._is_particle(u) for u in units) < limit:
            if units and not self._joined(i - 1, i):
                break
            if self._particle_joins(i):  # ``es-Sisi``: particle, hyphen and name word
                unit = [i, i + 1]
            elif not self._usable(i):
                if units and self._is_particle([i]) and self._particles_then_name(i):
                    units.append([i])
                    i += 1
                    continue
                break
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
            and not self._inflected_head(word.folded)
            and not after_apostrophe(self.text, word.start)
        )

    def _joined(self, left: int, right: int) -> bool:
        gap = self._gap(left, right)
        if gap == " ":
            return True
        return gap == ". " and self._is_initial([left])

    def _gap(self, left: int, right: int) -> str:
        return self.text[self.words[left].end : self.words[right].start]

    def _is_initial(self, unit: list[int]) -> bool:
        word = self.words[unit[0]]
        return len(unit) == 1 and len(word.text) == 1 and self.text[word.end : word.end + 1] == "."

    def _listed_surname(self, unit: list[int]) -> bool:
        """Whether ``unit`` is a name word the lists know (a place's case ending after it ends the
        name: ``Hakan Fidan Brüksel'de``); an unlisted word, or a common noun such as ``Deniz``,
        may still be a middle name (``Ayşe Deniz Özkan'a``)."""
        return all(self.words[i].folded in self.surnames or self.words[i].folded in self.given_names for i in unit)

    def _is_given(self, unit: list[int]) -> bool:
        return all(self.words[i].folded in self.given_names for i in unit)  # ``Jean-Luc`` too

    def _all_caps_word(self, unit: list[int]) -> bool:
        return any(len(self.words[i].text) > 1 and is_all_caps(self.words[i].text) for i in unit)

    def _mention(self, units: list[list[int]]) -> PersonMention | None:
        if not units or all(self._is_initial(u) for u in units):
            return None
        first, last = self.words[units[0][0]], self.words[units[-1][-1]]
        surface = self.text[first.start : last.end]
        return PersonMention(
            start=first.start,
            end=suffix_end(self.text, last.end),
            name=display_name(surface),
            words=[self._unit_key(unit) for unit in units],
        )

    def _unit_key(self, unit: list[int]) -> str:
        """Folded name word for coreference; a hyphenated particle is left out (``es-Sisi``
        and ``Sisi`` are one surname)."""
        if len(unit) > 1 and self.words[unit[0]].folded in HYPHEN_PARTICLES:
            unit = unit[1:]
        return turkish_lower("".join(self.words[i].text for i in unit))
