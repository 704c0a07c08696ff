"""What qualifies an office head on its left: the capitalized body, field or unit written
before it (``NATO Genel Sekreteri``, ``9'uncu Kolordu Komutanı``, ``Kalkınma, Sanayi ve
Ticaret Bakanı``), read by ``TitleFinder`` (``pipeline.persons.titles``) through this mixin.
Which words name an office's field is asked of ``pipeline.persons.office_fields``."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import ends_in, ends_in_head_possessive, is_compound_head, spells_case
from pipeline.lang.tr.text import Word, after_apostrophe, is_all_caps, is_capitalized
from pipeline.lang.tr.calendar import month_numbers
from pipeline.lexicons.candidates import word_index_at
from pipeline.names.canonical import dotted_name_word
from pipeline.names.openers import lowercase_words_of
from pipeline.persons.title_edges import (
    RESPONSIBLE,
    STANDINGS,
    ends_in_case_or_vowel,
    in_oblique_case,
    name_after_title_end,
    name_before,
    opens_district_name,
    parenthesized_acronym,
    struggle_field,
    word_of_address,
)
from pipeline.persons.office_fields import OfficeFieldWords, field_noun_forms
from pipeline.persons.qualifier_joints import PAIRED, listed_in_body_name, pair_between, parenthesized_body
from pipeline.persons.title_phrases import TextClues, TitleEntry
from pipeline.persons.title_owners import closes_legal_form, common_owner, legal_form_before_short_name, names_body

#: ``eski Cumhurbaşkanı``: the former holder; stays in the title as the gold format keeps it
FORMER = "eski"
#: ``geçmiş dönem``: "of the past term", said before an office like ``eski`` and kept as written
PAST_TERM = ("geçmiş", "dönem")
#: ``KFOR'un yeni komutanı``: the new holder; unlike ``eski``, the gold format leaves it out
NEW = "yeni"
#: ``AK Partili``, ``Zafer Partili``: a member of a party, said of the holder, owns no office (``CHP'li``
#: stops the title at its apostrophe)
PARTY_MEMBER = "partili"
_SPACE_JOINTS = {"", "-", "–", "—", "/"}
_DASHES = _SPACE_JOINTS - {"", "/"}  #: joints that, with a space beside them, are a dash
#: what joins the parts of a time, a date or a decimal (``16.00``, ``12:30``, ``1/2``)
_NUMBER_JOINTS = ".:,/"
#: offices of a municipality, said after the name of its place (``Belediye Başkanı``)
_PLACE_OFFICES = {"mayor"}
#: a lawyer said in lowercase after a common noun (``aile avukatı``, ``şirket avukatı``): the noun
#: names the client, as ``ailenin avukatı`` does, no field of an office; the title is ``avukat``
_FOR_A_CLIENT = {"Avukat"}
#: the ending of an ordinal written in digits (``9'uncu``, ``2'nci``)
ORDINAL = re.compile("[ıiuü]?nc[ıiuü]")


def said_former(text_words: list[Word], i: int) -> bool:
    """Whether word ``i`` is ``eski`` (former): in capitals only in a line of capitals (``ESKİ
    BAŞBAKAN``); before a word in lowercase letters it is an acronym (``ESKİ Genel Müdürü``: a
    water utility)."""
    word = text_words[i]
    return word.folded == FORMER and (not is_all_caps(word.text) or i + 1 < len(text_words)
                                      and is_all_caps(text_words[i + 1].text))


class LeftQualifiers(OfficeFieldWords):
    """The lexicons it reads are set by ``TitleFinder.__init__``."""

    _vocabulary: set[str]
    left_stopwords: set[str]

    def _extend_left(self, text: str, text_words: list[Word], first: int, barrier: int, clues: TextClues,
                     entry: TitleEntry, possessed: bool = False, deputy_head: bool = False) -> int:
        """Index of the first word of the title phrase: capitalized qualifiers on the left of the
        head, joined by spaces, hyphens, slashes or ``ve``, within one sentence. ``deputy_head``: the
        head is said with ``Yardımcısı`` and the like (``Başkan Yardımcısı``). ``possessed``: the
        head is a simple noun with a possessive (``Komutanı``), which always has a qualifier."""
        start = first
        j = first - 1
        coordinated = False  # a ``ve`` between fields was passed: a comma may list one more field
        # ``Bakanı Ali Kaya İl Sağlık Müdürleri``: the name of the title before is no qualifier
        barrier = max(barrier, name_after_title_end(text, text_words, barrier, clues.given_names,
                                                      clues.entity_word_starts))
        while j >= 0 and text_words[j].start >= barrier:
            word = text_words[j]
            gap = text[word.end : text_words[j + 1].start]
            if start == j + 1 and gap == " " and (word.text.isdigit() or word.folded in month_numbers()) \
                    and inside_organization(clues, word.start, text_words[start].end):
                start = j  # ``15 Temmuz ... Derneği Başkanı``: a date opening the body's name as found
                j -= 1
                continue
            if gap == ") " and start == j + 1 and (company := legal_form_before_short_name(
                    text, text_words, j, clues.organizations)) is not None and text_words[company].start >= barrier:
                start, j = company, company - 1  # ``Dağıtım A.Ş. (Başkentgaz) Genel Müdürü``: the company in full
                continue
            if gap == ") " and (opening := parenthesized_acronym(text, text_words, j)
                                if not parenthesized_body(text, word, clues) else j) is not None:
                j, word = opening, text_words[opening]  # ``(RC-W)``: a hyphened acronym is read whole
                # the body in full: an organization another stage found, or a capitalized word
                # that opens no sentence (``Açıklamayı (SB) Basın Müşaviri``: no body)
                before = text_words[j - 1] if j > 0 else None
                if before is not None and before.start < barrier:
                    break  # ``Komutanı (KKK) Orgeneral``: the acronym of the office before, a title of its own
                in_full = before is not None and text[before.end : word.start] == " (" and (
                    before.start in clues.entity_word_starts
                    or is_capitalized(before.text) and before.start not in clues.sentence_openers)
                owner = j - 2  # ``Programı'nın (WFP) sözcüsü``: the body in full, in the genitive, owns the office
                if before is not None and owner > 0 and text[before.end : word.start] == " (" \
                        and after_apostrophe(text, before.start) and spells_case(before.folded, "gen") \
                        and is_capitalized(text_words[owner].text) and self._body_owner(text_words[owner], clues):
                    start, j = owner, owner - 1
                    continue
                if before is not None and text[before.end : word.start] == " (" and after_apostrophe(text, before.start):
                    break  # ``Birliği'nde (TBB) Genel Sekreteri``: the body said in a case (here where the office is held)
                if word.start in clues.mission_starts or not in_full:
                    start = j  # ``Misyonu (UNMIK) Başkanı``: a mission's office, said by its short name
                    break
                start, j = j - 1, j - 2  # ``Birleşmiş Milletler (BM) Genel Sekreteri``: the body in full
                continue
            if word.text.isdigit() and gap == ". " and start == j + 1:
                if word.start > 0 and text[word.start - 1] in _NUMBER_JOINTS:
                    break  # ``saat 16.00. Ford Otosan``: a time (or a date) closes the sentence before
                start, j = j, j - 1  # ``Ankara 5. Ağır Ceza Mahkemesi Başkanı``: an ordinal numbers the unit
                continue
            if start == j + 1 and gap == " " and j > 0 and text_words[j - 1].text.isdigit() \
                    and text[text_words[j - 1].end : word.start] in ("'", "’") and ORDINAL.fullmatch(word.folded):
                if start == first and not _qualified_number(text, text_words, j - 1):
                    break  # ``45'inci başkanı``: the ordinal counts the holders of the office
                start, j = j - 1, j - 2  # ``9'uncu Kolordu Komutanı``: an ordinal with its ending
                continue
            if word.text.isdigit() and gap == " " and start == j + 1 and j > 0 \
                    and text[text_words[j - 1].end : word.start] == "-" and is_capitalized(text_words[j - 1].text):
                start, j = j, j - 1  # ``Marmara-2 Bölge Müdürü``: a numbered region or unit
                continue
            # ``Kalkınma, Sanayi ve Ticaret Bakanı``: a list of fields is one portfolio
            if gap == "." and len(word.text) == 1 == len(text_words[j + 1].text) and word.text.isupper() \
                    and start == j + 1:
                start, j = j, j - 1  # ``D.Ü Rektörü``: an abbreviation with dots names the body
                continue
            # ``Ölçme, Seçme ve Yerleştirme Merkezi``: or a list inside an organization's name
            listed = gap.strip() == "," and coordinated and (
                self._portfolio_word(word) or word.start in clues.entity_word_starts and is_capitalized(word.text)
                or listed_in_body_name(text, text_words, j, start, first, clues.given_names))
            if gap == ". " and dotted_name_word(word) and start == j + 1 \
                    and inside_organization(clues, word.start, text_words[start].end):
                start, j = j, j - 1  # ``Kartal Dr. Lütfi Kırdar Şehir Hastanesi Başhekimi``: the body's name
                continue
            if gap == ". " and start == j + 1 and closes_legal_form(text, word, clues.organizations):
                start, j = j, j - 1  # ``Akkuyu Nükleer A.Ş. Genel Müdürü``: the dot is the legal form's
                continue
            if "\n" in gap or gap.strip() not in _SPACE_JOINTS and not listed:
                break
            if gap.strip() in _DASHES and gap != gap.strip():
                break  # ``ANKARA - AK Parti Milletvekili``: a spaced dash ends a dateline, joins no words
            if after_apostrophe(text, word.start):  # Komisyonu'nun: a genitive qualifier
                if spells_case(word.folded, "abl") and text_words[j + 1].folded == RESPONSIBLE \
                        and j > 0 and is_capitalized(text_words[j - 1].text):
                    start, j = j - 1, j - 2  # ``Afrika'dan Sorumlu``: the field of the office
                    continue
                if self._body_and_place(text, text_words, j, start, clues):
                    start, j = j - 3, j - 4  # ``NATO'nun Napoli'deki Komutanı``: the body's office at a place
                    continue
                if not spells_case(word.folded, "gen") or j == 0 or not is_capitalized(text_words[j - 1].text):
                    break
                if entry.kind == "rank" and not possessed:
                    break  # ``KFOR'un Türk Tümgeneral X``: a genitive owns a possessive head, no bare rank
                named_body = start == first and names_body(text, text_words, j - 1, clues)  # ``Müzik'in Genel Müdürü``
                if not (self._body_owner(text_words[j - 1], clues) or named_body) \
                        or _persons_name(text, text_words, j - 1, clues):
                    break  # ``Cumhurbaşkanı Erdoğan'ın ABD Başkanı``: a person's genitive owns no office
                start, j = j - 1, j - 2
                continue
            if start == first and entry.title in _FOR_A_CLIENT and not is_capitalized(text_words[first].text) \
                    and (not is_capitalized(word.text) or word.start in clues.sentence_openers) \
                    and self._names_field(word.folded):
                break  # ``aile avukatı``: the lawyer's client
            lowercase_field = gap == " " and not is_capitalized(text_words[start].text) and (
                start == j + 1 or coordinated and start == j + 2 and text_words[j + 1].folded == "ve")
            if lowercase_field and (not is_capitalized(word.text) and self._names_field(word.folded)
                                    or start == j + 1 < first and self._compound_member(word, text_words[start], clues)):
                # ``otel müdürü``, ``mahkeme heyeti başkanı``, ``siyasi büro başkanı``: the field of
                # a lowercase office, in as many words as the text says (``iş sağlığı ve güvenliği uzmanı``)
                start, j = j, j - 1
                continue
            if word.folded == NEW and gap == " " and j > 1 and after_apostrophe(text, text_words[j - 1].start) \
                    and spells_case(text_words[j - 1].folded, "gen") and (word.text == NEW or j == first - 1):
                # ``KFOR'un yeni komutanı``: the body's office, ``yeni`` no part of it (a country's
                # ``yeni temsilcisi`` describes the person, names no office; so does a headline's
                # ``Almanya'nın Yeni Başbakanı``, where the capital is no name's: ``Yeni Delhi``)
                if text_words[j - 2].start in clues.countries:
                    break
                j -= 1
                continue
            if said_former(text_words, j) and gap == " ":
                start = j  # ``ABD'nin eski Başkanı``: nothing left of ``eski`` but a qualifier
                j -= 1
                continue
            if word.text == PAIRED and gap == " " and pair_between(text, text_words, j, first):
                j -= 1  # ``Kosova ile Sırbistan Arasındaki Diyaloğu``: the two sides of the office's field
                continue
            if word.folded == "ve":
                # ``Merkez Karar ve Yönetim Kurulu Üyesi``: or a ``ve`` inside a body's name as found
                coordinated = start < first or entry.compound and self._portfolio_before(text_words, j) \
                    or inside_organization(clues, word.start, word.end)
                if not coordinated or name_before(text, text_words, j, barrier, clues.given_names):
                    break  # ``Mirzoyan ve Bakan Fidan``, ``Abbas Erakçi ve Rusya Dışişleri Bakanı``
                j -= 1
                continue
            if word.text == RESPONSIBLE and gap == " " and start == j + 1 and is_capitalized(text_words[start].text) \
                    and (field := self._responsible_field(text, text_words, j, barrier, clues)) is not None:
                start, j = field, field - 1  # ``dış ticaretten sorumlu Devlet Bakanı``: the office's field
                continue
            if not is_capitalized(word.text) or in_oblique_case(word, text_words, j, clues.entity_word_starts) \
                    or self._field_in_place_case(text, word) \
                    or word.folded in self.left_stopwords and not inside_organization(clues, word.start, word.end) \
                    or word.folded in STANDINGS and j == first - 1 \
                    or j == first - 1 and word_of_address(word) \
                    or common_owner(text, word) \
                    or word.folded.endswith(PARTY_MEMBER):  # ``AK Partili meclis üyesi``: the holder's party
                break
            if entry.role == "minister" and entry.compound and is_compound_head(word.folded) \
                    and word.start not in clues.entity_word_starts and not self._portfolio_word(word):
                break  # ``Toplantısı Hazine ve Maliye Bakanı``: a ministry belongs to a state, not to a meeting
            if entry.kind == "rank" and not is_all_caps(word.text) and ends_in_head_possessive(word.folded) \
                    and len(word.folded) > 4:
                break  # ``Basın Müşaviri Tuğamiral``: the office and the rank are two titles
            # ``3. Kolordu``: the dot of an ordinal closes no sentence
            after_ordinal = j > 0 and text_words[j - 1].text.isdigit() \
                and text[text_words[j - 1].end : word.start] == ". "
            if word.start in clues.glued_openers or word.folded == text_words[j + 1].folded:
                break  # ``AVRUPA Avrupa Konseyi``: a word said twice, a headline's rest
            if word.start in clues.sentence_openers and not after_ordinal and not (
                is_all_caps(word.text) or word.folded in clues.known_proper or word.folded in self._vocabulary
                or self._names_field(word.folded)
                or (possessed or deputy_head) and j == first - 1 and not ends_in_case_or_vowel(word.folded)
                and is_capitalized(text_words[first].text)  # ``Mağdur avukatı``: a lowercase head's adjective
                or text_words[j + 1].folded == RESPONSIBLE  # ``Ekonomiden Sorumlu``: the office's field
                or struggle_field(text_words, j)  # ``Terörle Mücadele``: what the unit fights
                or opens_district_name(text, text_words, j, first, clues.districts)  # ``Kazım Karabekir``
                # ``Merzifon Belediye Başkanı``: a municipality's office opening the sentence is said
                # with its place, a word in the nominative (``Açılışa`` is an ordinary word)
                or entry.role in _PLACE_OFFICES and j == first - 1 and not ends_in_case_or_vowel(word.folded)
                or not ends_in_case_or_vowel(word.folded) and _opens_compound_name(text_words, j, first)
                and word.folded not in lowercase_words_of(text_words)  # ``Panel Kurtuluş Savaşı Müzesi``: ``panel``
            ):
                # ``Açılışa Gaziantep ...``: a capitalized ordinary word opening the sentence;
                # but ``Operasyon Komutanı`` opening it: a bare noun right before a possessive
                # head is what the head belongs to, and ``Taş Tepeler Projesi Koordinatörü``: a bare
                # noun opening a named thing (its head a word or two on) is part of that name
                break
            start = j
            j -= 1
        while text_words[start].folded == "ve":
            start += 1
        return start

    def _responsible_field(self, text: str, text_words: list[Word], responsible: int, barrier: int,
                           clues: TextClues) -> int | None:
        """Index of the first word of the field said in lowercase before ``sorumlu`` and a capitalized
        head: a noun in the ablative (``ekonomiden sorumlu``), with a field adjective (``dış
        ilişkilerden``, ``siyasi işlerden``), another field joined by ``ve`` (``enerji ve madencilikten``)
        or a partner said with ``ile`` (``AB ile ilişkilerden``: the capitalized partner is read on as
        a qualifier). None when the word before ``sorumlu`` is no ablative in lowercase (or opening the
        sentence): ``Afrika'dan Sorumlu`` is read with the capitals, ``olaydan sorumlu`` before a
        lowercase head is blame."""
        k = responsible - 1
        ablative = text_words[k] if k >= 0 else None
        if ablative is None or ablative.start < barrier \
                or is_capitalized(ablative.text) and ablative.start not in clues.sentence_openers \
                or after_apostrophe(text, ablative.start) or not ends_in(ablative.folded, "abl") \
                or text[ablative.end : text_words[responsible].start] != " ":
            return None
        while k > 0 and text_words[k - 1].start >= barrier and text[text_words[k - 1].end : text_words[k].start] == " ":
            word = text_words[k - 1]
            if word.text in ("dış", "iç") or not is_capitalized(word.text) and word.folded in self._office_adjectives:
                k -= 1  # ``dış ilişkilerden``, ``siyasi işlerden``
            elif word.text in ("ve", "ile") and k > 1 and text[text_words[k - 2].end : word.start] == " " \
                    and not after_apostrophe(text, text_words[k - 2].start) \
                    and (word.text == "ile" or not is_capitalized(text_words[k - 2].text)):
                k -= 2  # ``enerji ve madencilikten``, ``AB ile ilişkilerden``
            else:
                break
        return k

    def _body_and_place(self, text: str, text_words: list[Word], j: int, start: int, clues: TextClues) -> bool:
        """Whether the suffix word ``j`` is the ``-deki`` of a place said right before the head,
        after a body in the genitive: ``NATO'nun Napoli'deki Kuvvetler Komutanı`` is the office
        ``NATO Napoli Kuvvetler Komutanı``."""
        if start != j + 1 or j < 3 or not spells_case(text_words[j].folded, "loc", relative=True) \
                or spells_case(text_words[j].folded, "loc"):
            return False
        place, genitive, owner = text_words[j - 1], text_words[j - 2], text_words[j - 3]
        return is_capitalized(place.text) and text[genitive.end : place.start] == " " \
            and after_apostrophe(text, genitive.start) and spells_case(genitive.folded, "gen") \
            and is_capitalized(owner.text) and self._body_owner(owner, clues)

    def _body_owner(self, word: Word, clues: TextClues) -> bool:
        """Whether a word in the genitive may own an office: a body (``AB Komisyonu'nun``), a
        country or an organization another stage found, an acronym, a word of the title lexicon.
        A capitalized word the lists do not know there is a person's name (``Bakan Kaya'nın
        Fransa Dışişleri Bakanı ile``): the office after it is someone else's."""
        return (
            word.start in clues.entity_word_starts
            or is_all_caps(word.text)
            or is_compound_head(word.folded)
            or word.folded in self._vocabulary
            or self._names_state_body(word.folded)
        )

    def _compound_member(self, word: Word, field: Word, clues: TextClues) -> bool:
        """Whether ``word`` is the first member of the compound that the field noun ``field`` heads
        with its possessive: ``iş güvenliği uzmanı``, ``halk sağlığı uzmanı`` (a possessed noun
        always has one). A genitive owns the field instead (``şirketin güvenliği``), and ``eski``
        or ``yeni`` describes the holder."""
        stems = field_noun_forms(field.folded) - {field.folded}
        if self._office_fields.isdisjoint(stems) or not word.text.isalpha() \
                or word.folded in (FORMER, NEW) or word.folded in self.left_stopwords or ends_in(word.folded, "gen"):
            return False
        return not is_capitalized(word.text) \
            or word.start in clues.sentence_openers and not ends_in_case_or_vowel(word.folded)


def _persons_name(text: str, text_words: list[Word], owner: int, clues: TextClues) -> bool:
    """Whether the genitive owner at ``owner`` closes a person's name: a given name right before it
    (``Ali Özel'in İl Başkanı``: ``Özel`` is a surname here, though ``Özel Temsilcisi`` is an office)."""
    if owner == 0 or text_words[owner].start in clues.entity_word_starts:
        return False
    given = text_words[owner - 1]
    return text[given.end : text_words[owner].start] == " " and is_capitalized(given.text) \
        and given.folded in clues.given_names and given.start not in clues.entity_word_starts


def inside_organization(clues: TextClues, start: int, end: int) -> bool:
    """Whether one organization's mention, found by its stage, covers ``start..end``."""
    return any(mention_start <= start and end <= mention_end for mention_start, mention_end in clues.organizations.items())


def within_organization_name(clues: TextClues, start: int, end: int) -> bool:
    """Whether an organization's mention covers ``start..end`` and goes on after it: the words
    are part of the body's name (``Memur`` of ``Memur-Sen``), no office said before it."""
    return any(mention_start <= start and end < mention_end for mention_start, mention_end in clues.organizations.items())


def _qualified_number(text: str, text_words: list[Word], digits: int) -> bool:
    """Whether a capitalized qualifier is said right before the number at ``digits``: ``Meclis
    2'nci Başkanvekili`` numbers an office of its own, ``ABD'nin 45'inci Başkanı`` a holder."""
    if digits == 0:
        return False
    before = text_words[digits - 1]
    return text[before.end : text_words[digits].start] == " " and is_capitalized(before.text) \
        and not after_apostrophe(text, before.start)


def _opens_compound_name(text_words: list[Word], j: int, first: int) -> bool:
    """Whether one of the three words after word ``j``, before the office head at ``first``, heads
    a compound name (``Projesi``, ``Vakfı``, ``Serbest Stil Milli Takımı``): word ``j`` opens that name."""
    return any((is_compound_head(text_words[k].folded) or ends_in_head_possessive(text_words[k].folded))
               and is_capitalized(text_words[k].text) for k in range(j + 1, min(j + 4, first)))  # ``Güngör Köyü``


def without_inner_nationalities(text: str, text_words: list[Word], start: int, end: int, clues: TextClues) -> str:
    """The title's text with a nationality word after a genitive owner blanked: ``Fenerbahçe'nin
    Portekizli teknik direktörü`` says whose the office is and where its holder is from; the
    office is ``Fenerbahçe teknik direktörü``."""
    said = text[start:end]
    for offset in clues.nationalities:
        index = word_index_at(text_words).get(offset) if start < offset < end else None
        if not index:
            continue
        word, before = text_words[index], text_words[index - 1]
        if after_apostrophe(text, before.start) and spells_case(before.folded, "gen"):
            said = said[: word.start - start] + " " * (word.end - word.start) + said[word.end - start :]
    return said
