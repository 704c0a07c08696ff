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

from pipeline.lang.tr.endings import ends_in, spells_case
from pipeline.names.openers import lowercase_words_of
from pipeline.persons.mention import PersonMention
from pipeline.persons.lines import counts_a_number, fills_byline, in_title_case_line, opens_word_list
from pipeline.persons.name_runs import NameRun
from pipeline.persons.name_words import (CLITIC_LIKE_PARTICLES, TITLES_AFTER, comma_or_lowercase_after,
                                         is_postnominal_honorific)
from pipeline.lang.tr.text import is_all_caps, is_capitalized, suffix_end

MAX_NAME_WORDS = 4
MAX_ANCHORED_NAME_WORDS = 6
_OPENING_QUOTES = "\"“«‘'"
_CLOSING_QUOTES = "\"”»’'"
_MIN_CASE_OPENER = 6  #: ``Ayda`` is a given name: only longer words in a case ending open a sentence as no name
#: an exam's or body's acronym: two to five letters, at most one of them a vowel (``ygs``, ``kpss``, ``tus``)
_ACRONYM = re.compile(r"(?=\w{2,5}$)[^aeıioöuü]*[aeıioöuü]?[^aeıioöuü]*")
_NOT_SPACE = re.compile(r"\S")  # what ``str.strip`` keeps


#: endings of the first and second person plural possessive (``Malumunuz``, ``Bildiğimiz``)
_PERSONAL_POSSESSIVES = ("nız", "niz", "nuz", "nüz", "mız", "miz", "muz", "müz")


class NameReader(NameRun):
    """Reads the names of one text from its runs of name words (``pipeline.persons.name_runs``)."""

    def after_anchor(self, index: int, anchor_all_caps: bool, role_word: bool = False) -> PersonMention | None:
        """The name that starts at word ``index`` right after a title or honorific (``role_word``:
        after a profession or cue, which award and work names also hold)."""
        # ``Büyükelçi Juan Carlos Ruiz De La Vega``: after an office a foreign name may be long, up
        # to the name of another entity in a case (``Muhammed bin Abdurrahman Al Sani Ankara'ya``)
        units = self._units(index, limit=MAX_ANCHORED_NAME_WORDS, anchored=True)
        if len(units) > MAX_NAME_WORDS and (self.in_title_case_line(index) or not self._ends_run(units[-1][-1])
                                            and not self._suffixed_entity_at(units[-1][-1] + 1)):
            units = units[:MAX_NAME_WORDS]
        if not units or not anchor_all_caps and any(self._all_caps_word(u) for u in units):
            return None  # ``Bakan NATO'nun``: an acronym, not a name
        if self._is_given(units[0]) and not any(self._is_particle(u) for u in units):  # ``bin``: a long name
            known = self._given_then_surname(units)
            # more capitalized words are further name words (``Şükrü Sina Gürel``, ``Martha Ama
            # Akyaa Pobee``) up to one that carries the case suffix of a place: ``Hakan Fidan
            # İstanbul'da`` ends before the place, ``Salih Mutlu Şen'i`` does not; nor one that opens
            # a list of single words (``Yarbay Ali Kaya Izmir, Aydin ve Mugla illerinde``)
            if self._place_after(units[len(known):]):
                units = known  # ``Yazar Ali Kaya Ören Meydan'da``: a place of two words after the name
            while len(units) > len(known) and not opens_word_list(self.text, self.words, units[len(known)][-1]) \
                    and not (self.has_spatial_suffix(units[len(known)][-1]) and self._listed_surname(known[-1])):
                known = units[: len(known) + 1]
            units = known
        cut, first_cut = False, []
        while units and self._thing_head_at(units[-1][-1] + 1):
            units, cut, first_cut = units[:-1], True, units[-1]  # ``Vali Ali Kaya Kültür Merkezinde``: ``Kültür`` opens the hall's name
        if cut and role_word and len(units) == 1 and not any(self.is_known_word(i) for i in units[0]):
            return None  # ``En İyi Yönetmen Gümüş Kelebek Ödülü``: the whole run names the award
        if cut and units and all(self._is_given(u) or k and self._second_given_at(units + [first_cut], k)
                                 for k, u in enumerate(units)) \
                and len(first_cut) == 1 and self.words[first_cut[0]].folded not in self.stopwords:
            # ``Muhtar Ali Uzun Parkı``: the park bears the name of a man of that office; ``Gazi
            # Mustafa Kemal Atatürk Kupası``: the cup the whole name of a man of that epithet; a second
            # given name is one too (``Fatih Sultan Mehmet Köprüsü``)
            return None
        if units and (self._names_event_with_partner(units[-1][-1] + 1)
                      or self._honorific_after(units[-1]) and self._names_a_thing(units[-1][-1] + 2)):
            return None  # ``Sporcu Dan Kolov-Nikola Petrov Turnuvası``, ``Gazi Hüsrev Bey Camii``
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

    def from_given_name(self, index: int) -> PersonMention | None:
        """A name without an anchor: known given names (or initials), then one surname."""
        if self.words[index].folded in CLITIC_LIKE_PARTICLES:
            return None  # ``DUMAN DA SİLİVRİ'YE``: the clitic in capitals
        if counts_a_number(self.words, index):
            return None  # ``148 BİN TAHLİYE``: the scale word of a number, no ``bin`` of a name
        all_units = self._units(index, limit=MAX_NAME_WORDS)
        units = self._given_then_surname(all_units)
        if len(units) >= 3 and self._no_surname(units[-1], units[-2]):
            units = units[:-1]  # ``Elif Yasin Avrupa şampiyonu``, ``Ali Murat Yılmaz YKS'de``: the name ends before
        elif len(units) == 2 and self._no_surname(units[1], units[0]) and self.words[units[1][-1]].folded in self.regions:
            return None  # ``Ufuk Avrupa programı``: a given name before a continent names a thing
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
                and not self._all_caps_word(all_units[len(units)]) and not self._no_surname(all_units[len(units)], units[-1]) \
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

    def run_goes_on(self, index: int) -> bool:
        """After word ``index`` the capitalized run goes on, or heads a thing's name (``Enstitüsü``)."""
        return not self._has_suffix([index]) and self._capitalized_after(index) or self._thing_head_at(index + 1)

    def _known_name_words_to_end(self, units: list[list[int]]) -> bool:
        """The further words of a run are all name words the lists know, none in capitals, the
        last closing the run (no capitalized word after it) without a place's case ending."""
        return all(self.is_known_word(i) and not is_all_caps(self.words[i].text) for unit in units for i in unit) \
            and not self._capitalized_after(units[-1][-1]) and not self.has_spatial_suffix(units[-1][-1]) \
            and not opens_word_list(self.text, self.words, units[0][-1])

    def _place_after(self, units: list[list[int]]) -> bool:
        """Two or more capitalized words no list knows as name words, the last in a locative or
        ablative (``Kuğulu Park'ta``, ``Ören Meydan'dan``): a place's name after a person's."""
        return len(units) >= 2 and spells_case(self._suffix(units[-1][-1]), "loc", "abl") \
            and not any(self.is_known_word(i) for unit in units for i in unit)

    def _no_surname(self, unit: list[int], before: list[int]) -> bool:
        """After two given names, a word in the surname's place that no list knows as a name word
        and that is a region or continent (``Avrupa``), or a short acronym in capitals after a given
        name the lists know as a surname too (``Yılmaz YKS``; ``Yunus Emre BOZDOĞAN`` is a surname),
        is no word of the name."""
        word = self.words[unit[-1]]
        if len(unit) != 1 or self.is_known_word(unit[-1]) or is_all_caps(self.words[before[-1]].text):
            return False
        if word.folded in self.regions:
            return True
        return is_all_caps(word.text) and _ACRONYM.fullmatch(word.folded) is not None \
            and self.words[before[-1]].folded in self.surnames

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

    def _ends_run(self, index: int) -> bool:
        """The capitalized run ends at word ``index``: a case suffix, or no capitalized word after it."""
        return self._has_suffix([index]) or not self._capitalized_after(index)

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
            and (is_postnominal_honorific(self.words[follower].folded) or self.words[follower].folded in TITLES_AFTER)
            and is_capitalized(self.words[follower].text)
        )

    def lone_surname(self, index: int, surnames: set[str], opening: frozenset[str] = frozenset()) -> PersonMention | None:
        """A known surname alone (``Putin üzerinde``): no capitalized word next to it (a longer name).
        ``opening``: surnames that are no everyday word, which may open a sentence alone before a
        comma or a lowercase word (``Erdoğan dün açıklama yaptı``) as the public figures' do."""
        word = self.words[index]
        suffixed = word.folded in self.suffixed_figures and bool(self._suffix(index))
        if (word.folded not in surnames and not suffixed) or is_all_caps(word.text) or not self._usable(index):
            return None  # (``Özel'in``: a public figure's surname that is an everyday word, with a suffix)
        if self.text[word.start - 1 : word.start] in _OPENING_QUOTES and word.folded in lowercase_words_of(self.words):
            return None  # ``“Uygun zamanda``: a word the article writes in lowercase too, opening a quote
        if word.start in self.sentence_openers and not self._has_suffix([index]) \
                and not ((word.folded in self.public_figures or word.folded in opening)
                         and (comma_or_lowercase_after(self.text, word.end) or self._suffixed_entity_at(index + 1))):
            return None  # ``Kim nesnellikten ...``: a capital that only opens the sentence
        for neighbour in (index - 1, index + 1):
            # a name of another entity after it, with its own suffix, is no word of a longer name (``Trump Türkiye'ye``)
            if 0 <= neighbour < len(self.words) and is_capitalized(self.words[neighbour].text) \
                    and not (neighbour > index and self._suffixed_entity_at(neighbour)) \
                    and not (word.folded not in self.given_names and self._only_opens_sentence(neighbour)) \
                    and not (neighbour < index and word.folded in self.public_figures and self._opens_before_figure(neighbour)):
                if self._gap(*sorted((neighbour, index))) in (" ", "-"):
                    return None
        return self._mention([[index]])

    def _suffixed_entity_at(self, index: int) -> bool:
        """Word ``index`` belongs to another entity and ends it with a suffix (``Fenerbahçe'den``,
        ``Türkiye'ye``): a name before it does not run on into it."""
        return index < len(self.words) and index in self.blocked and self._has_suffix([index])

    def _only_opens_sentence(self, i: int) -> bool:
        """``Toplantıda Trump``, ``Dün Trump``: an opener in a case or a function word before a surname."""
        if self.words[i].start not in self.sentence_openers or self.is_known_word(i) or i in self.blocked:
            return False
        folded = self.words[i].folded
        return folded in self.function_words \
            or len(folded) >= _MIN_CASE_OPENER and ends_in(folded, "loc", "abl", "vowel_dative")

    def _opens_before_figure(self, i: int) -> bool:
        """``Malumunuz Kılıçdaroğlu ve ...``: a sentence's first word in the possessive of the first or
        second person plural (``-mIz``, ``-nIz``: said to or of the readers) that no name list knows,
        before a public figure's surname, only opens the sentence (no given name of the figure's)."""
        folded = self.words[i].folded
        return self.words[i].start in self.sentence_openers and not self.is_known_word(i) and i not in self.blocked \
            and len(folded) >= _MIN_CASE_OPENER and folded.endswith(_PERSONAL_POSSESSIVES)

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

    def _listed_surname(self, unit: list[int]) -> bool:
        """Whether ``unit`` is a name word the lists know (a place's case ending after it ends the
        name: ``Hakan Fidan Brüksel'de``); an unlisted word, or a common noun such as ``Deniz``,
        may still be a middle name (``Ayşe Deniz Özkan'a``)."""
        return all(self.words[i].folded in self.surnames or self.words[i].folded in self.given_names for i in unit)
