"""Office titles in running text: found with the title lexicon, extended to the full phrase,
normalized to ``schema.Title``.

A title phrase is a lexicon head (``Bakanı``, ``Genel Sekreteri``, ``Büyükelçi``,
``Oramiral``; ``data/titles.tsv``) with what qualifies it on its left: an organization or
field written with capitals (``NATO Genel Sekreteri``, ``Cumhurbaşkanlığı Savunma Sanayii
Başkanı``, ``AB Komisyonu'nun Genişlemeden Sorumlu Üyesi``), a leading country that gives
the office's country and is not part of the title (``Rusya Dışişleri Bakanı`` -> title
``Dışişleri Bakanı``, country ``RU``) and ``Yardımcısı`` (the deputy), ``Vekili`` (acting) or
``Adayı`` (candidate) on its right.

Titles are common nouns, so the lexicon is matched on the stem of its last word
(``Dışişleri Bakan``) and what follows the stem is read as Turkish morphology:
a possessive (``Bakanı``) and case endings (``Bakanının``) are a title; a plural
(``bakanları``) is a role phrase, not a person; ``-lık`` (``Bakanlığı``: the ministry,
``Komutanlığı``: the command) is an institution and no title at all.
"""

from __future__ import annotations

import re

from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.resources import read_tsv, read_words
from pipeline.schema import Title
from pipeline.lang.tr.endings import (
    spells_case, HIGH_VOWELS, plural_is_possessed, read_noun_tail,
    speakers_possessive, tail_has_case, with_possessive,
)
from pipeline.persons.title_phrases import TextClues, TitleEntry, TitlePhrase
from pipeline.persons.title_qualifiers import (
    without_inner_nationalities, FORMER, NEW, PAST_TERM, LeftQualifiers, inside_organization, said_former,
    within_organization_name,
)
from pipeline.persons.title_edges import (
    ADJECTIVE_HEADS, RESPONSIBLE, STATE_FORMS, as_said,
    capitalized_word_after, DEPUTY, MODIFIERS, modifier_after, modifier_inside, names_association,
    heads_association,
    opens_place_or_body, possessive_after_apostrophe, qualifies_next, staff_follows,
)
from pipeline.persons.held_posts import deputy_post, held_post
from pipeline.persons.title_owners import after_lowercase_genitive, after_owned_office, without_owners_genitive
from pipeline.lang.tr.text import (
    Word, before_apostrophe, is_all_caps, is_capitalized, strip_apostrophe_suffix, suffix_end, turkish_lower,
    turkish_upper, words,
)
from pipeline.lexicons.candidates import word_index_at
from pipeline.names.left_edge import HYPHENS

_MODIFIER_EN = {"acting": "Acting {}", "candidate": "{} Candidate"}
#: a country's missions abroad, named by the country: the country stays in an office there
_MISSION_BODIES = ("büyükelçiliğ", "başkonsolosluğ", "konsolosluğ", "elçiliğ")
_NOMINATIVE_PLURALS = {"lar", "ler", "ları", "leri"}
#: the plural in the ablative, with the possessive or without: ``avukatlarından`` "one of the
#: lawyers", ``Eski Başbakanlardan`` "one of the former prime ministers"
_PARTITIVE = re.compile("l[ae]r(?:[ıi]n)?d[ae]n")
#: the genitive after a compound's possessive (``Operasyonunun``, ``Birliğinin``), before another word
_POSSESSED_GENITIVE = re.compile(r"(?<=[a-zçğıöşü][ıiuü])n[ıiuü]n(?= )")
#: kinds of lowercase words that announce a name (``yönetmen Ali Kaya``, ``gazeteci Ali Kaya``,
#: ``mevkidaşı Ali Kaya``)
NAME_CUES = ("profession", "description", "cue")
#: offices said in lowercase as role words right before a name, as professions are
#: (``başantrenör Ali Kaya``, ``savcı Ayşe Demir``): sport and court news name people so
_ROLE_WORD_OFFICES = {"head_coach", "prosecutor", "judge"}


def is_role_word(phrase: TitlePhrase) -> bool:
    """Whether a title phrase is said as a role word that announces the name after it."""
    return phrase.kind in NAME_CUES or phrase.kind == "office" and phrase.entry.role in _ROLE_WORD_OFFICES
#: roles of a deputy: ``Cumhurbaşkanı Yardımcısı`` is the vice-president
_DEPUTY_ROLES = {
    "head_of_state": "vice_president",
    "president_of_organization": "vice_president",
    "head_of_government": "deputy_head_of_government",
}


def _stem(title: str, compound: bool) -> str:
    """The matching form of a title: a compound loses the possessive of its last word."""
    if not compound:
        return title
    folded = turkish_lower(title)
    if len(folded) > 2 and folded[-1] in HIGH_VOWELS:
        cut = 2 if folded[-2] == "s" and folded[-3] not in "bcçdfgğhjklmnprsştvyz" else 1
        return title[:-cut]
    return title


#: a stem's last stop voiced before a vowel ending (``Patrik`` -> ``Patriği``, ``Rahip`` -> ``Rahibi``);
#: a ``t`` mostly stays (``Avukatı``) and is left out
_SOFTENED = {"k": "ğ", "p": "b", "ç": "c"}


def _softened(title: str) -> str | None:
    """The stem a one-word head of more than one syllable takes before a vowel ending, when its
    last consonant softens there."""
    folded = turkish_lower(title)
    if " " in title or folded[-1:] not in _SOFTENED or sum(ch in "aeıioöuü" for ch in folded) < 2:
        return None
    return title[:-1] + _SOFTENED[folded[-1]]


class TitleFinder(LeftQualifiers):
    def __init__(self, lexicon: str, portfolio_words: str | None = None, left_stopwords: str | None = None,
                 office_fields: str | None = None) -> None:
        self.entries: dict[str, TitleEntry] = {}
        #: lowercase nouns naming the field of an office said in lowercase (``otel müdürü``), and
        #: the relational adjectives that do so (``siyasi büro başkanı``)
        fields = list(read_tsv(office_fields)) if office_fields else []
        self._office_fields = {turkish_lower(row["word"]) for row in fields if row["kind"] == "noun"}
        self._office_adjectives = {turkish_lower(row["word"]) for row in fields if row["kind"] == "adjective"}
        #: words that name a ministry's field (``İş``, ``Hazine``): ``İş ve Ticaret Bakanı`` is one office
        self._portfolio_words = read_words(portfolio_words) if portfolio_words else set()
        self._vocabulary: set[str] = set()  # words of the lexicon: ``Dışişleri`` may open a sentence
        self._acronyms: set[str] = set()  # ``CEO``: a lexicon word written in capitals stays so
        #: offices written without the possessive (``Genel Müdür`` beside ``Genel Müdürü``)
        self._bare_titles: dict[str, str] = {}
        spellings = []
        for row in read_tsv(lexicon):
            compound = row["compound"] == "yes"
            entry = TitleEntry(
                row["title"], row["kind"], row["role"] or None, row["portfolio"] or None,
                row["turkish"] == "yes", row["title_en"] or None, compound,
            )
            self._vocabulary.update(w.folded for w in words(entry.title) if len(w.folded) > 2)
            self._acronyms.update(w.text for w in words(entry.title) if is_all_caps(w.text))
            if not compound:
                self._bare_titles[turkish_lower(entry.title)] = entry.title
            key = turkish_lower(_stem(entry.title, compound))
            self.entries.setdefault(key, entry)
            spellings.append((_stem(entry.title, compound), key))
            if not compound and (softened := _softened(entry.title)):
                spellings.append((softened, key))  # ``Patriği``, ``Rahibi``: the head before its possessive
        self.gazetteer = Gazetteer(spellings, proper=False, inflected=True)
        self._head_stems = {key.split()[-1] for key in self.entries if len(key.split()[-1]) > 3}
        self._head_stem_lengths = sorted({len(stem) for stem in self._head_stems})
        self._portfolio_words |= self._vocabulary
        #: capitalized function words (``İşte``, ``Ayrıca``, ``Bugün``) that never open an office
        self.left_stopwords = (read_words(left_stopwords) if left_stopwords else set()) - self._vocabulary

    def find(self, text: str, text_words: list[Word], clues: TextClues) -> list[TitlePhrase]:
        """Title phrases in text order, plural ones and honorifics included."""
        index_of = word_index_at(text_words)
        organization_ends = set(clues.organizations.values())
        phrases: list[TitlePhrase] = []
        barrier = 0
        for number, match in enumerate(matches := list(self.gazetteer.find(text, text_words))):
            entry = self.entries[match.key]
            last = index_of[match.start]
            while last + 1 < len(text_words) and text_words[last + 1].start < match.name_end:
                last += 1
            rest = turkish_lower(text[match.name_end : text_words[last].end])
            if entry.kind == "honorific" and rest:
                continue  # ``Gazileri ve ... Derneği``, ``Drca``: letters after an honorific make another word
            ending = read_noun_tail(rest)
            deputy = modifier_after(text, text_words, last)
            if ending is None and deputy is None:
                deputy = modifier_inside(rest, match.name_end, text_words[last].end)
                ending = read_noun_tail("") if deputy is not None else None
            # ``Komutanlığını yürütüyor``: the post, said of its holder, gives the holder's title
            # (a lowercase post is one when a body's name right before owns it: ``İzmir Ticaret Borsası
            # başkanlığına seçilen``)
            post = held_post(text, text_words, last, rest) \
                if ending is None and deputy is None and entry.kind == "office" \
                and (is_capitalized(text_words[last].text) or _after_body(text, text_words, index_of[match.start],
                                                                          organization_ends)) else None
            if post is not None:
                ending = read_noun_tail("")
            elif deputy is None and ending is not None and not ending.group(0) and entry.kind == "office" \
                    and (held := deputy_post(text, text_words, last)) is not None:
                deputy, post = held  # ``Vali Yardımcılığına atanan``: a deputy's post
            if ending is None or match.start < barrier:
                continue  # Bakanlığı, Kraliyet: not a title
            if text[match.end : match.end + 1] in HYPHENS and within_organization_name(clues, match.start, match.end):
                continue  # ``Memur-Sen``: an office word hyphened to the rest of a body's name
            if entry.kind == "office" and match.key in ADJECTIVE_HEADS and deputy is None \
                    and not ending.group("possessive"):
                continue  # ``olaydan sorumlu Ali Kaya``: an adjective; ``Bölge Sorumlusu`` is the post
            if not ending.group("possessive") and deputy is None and entry.kind == "office" and not entry.compound \
                    and qualifies_next(text, text_words, last, matches[number + 1 :], self.entries,
                                       self._office_fields):
                continue  # ``Kurucu Genel Başkanı``: a bare office word before a possessed head qualifies it
            if deputy is None and entry.kind == "office" and ending.group(0) == (ending.group("possessive") or "") \
                    and staff_follows(text, text_words, last, matches[number + 1 :], self.entries):
                continue  # ``Cumhurbaşkanı Başdanışmanı``: the office whose adviser the person is
            head_end = match.name_end + len(ending.group("possessive") or "")
            plural_ending, end = ending.group("plural") or "", match.end
            if deputy is not None:
                deputy_ending, modifier_start, modifier_end, modifier = deputy
                plural_ending = deputy_ending.group("plural") or ""
                head_end = modifier_start + len(modifier) + len(deputy_ending.group("possessive") or "")
                end = suffix_end(text, modifier_end)
            plural = bool(plural_ending)
            first = index_of[match.start]
            # ``Encümen Üyeleri``: a plural possessive; ``CEO'su``: one after an apostrophe
            has_possessive = bool(ending.group("possessive")) or post is not None \
                or plural_is_possessed(plural_ending) \
                or not rest and possessive_after_apostrophe(text, text_words, last)
            # ``Altyapıdan Sorumlu Asbaşkan``: a bare head with its field said before it
            responsible = first > 0 and text_words[first - 1].folded == RESPONSIBLE \
                and text[text_words[first - 1].end : match.start] == " "
            if has_possessive or entry.compound or entry.kind == "rank" or deputy is not None or responsible:
                # only a possessive head takes qualifiers: ``NATO Genel Sekreteri``, ``Kurmay Albay``;
                # ``Arakçi'nin Bakan Fidan ile``: the bare ``Bakan`` stands alone
                possessed = has_possessive and not entry.compound and deputy is None
                first = self._extend_left(text, text_words, first, barrier, clues, entry, possessed,
                                          deputy_head=deputy is not None)
            if first > 0 and said_former(text_words, first - 1) and text_words[first - 1].start >= barrier \
                    and text[text_words[first - 1].end : text_words[first].start] == " ":
                first -= 1  # ``eski Başbakan``
            elif first > 1 and (text_words[first - 2].folded, text_words[first - 1].folded) == PAST_TERM \
                    and text_words[first - 2].start >= barrier \
                    and text[text_words[first - 2].end : text_words[first].start] == " dönem ":
                first -= 2  # ``geçmiş dönem İzmir Pazarcılar Odası Başkanı``: a former office, as written
            lexical_first = index_of[match.start]
            capitalized = is_capitalized(text_words[last].text)
            phrase = TitlePhrase(
                start=text_words[first].start, end=end, entry=entry, plural=plural, capitalized=capitalized,
                qualified_lowercase=not capitalized and entry.kind == "office"
                and not is_capitalized(text_words[lexical_first].text)
                and (first < lexical_first or text_words[first].start - 1 in organization_ends),
                plural_possessed=plural_is_possessed(plural_ending),
                plural_nominative=plural_ending in _NOMINATIVE_PLURALS, post=post,
                plural_partitive=_PARTITIVE.fullmatch(plural_ending) is not None,
                oblique=tail_has_case(deputy[0] if deputy is not None else ending)
                or _genitive_after_apostrophe(text, text_words[last].end),
            )
            self._normalize(phrase, text, text_words, first, lexical_first, head_end, deputy and deputy[3],
                            clues)
            if deputy is not None and phrase.title is not None and speakers_possessive(deputy[0]):
                # ``Genel Başkan Yardımcımız``: "our deputy", the office ``Genel Başkan Yardımcısı``
                phrase.title = phrase.title.model_copy(update={"title": with_possessive(phrase.title.title)})
                phrase.words[-1] = turkish_lower(phrase.title.title.split()[-1])
            while phrases and phrases[-1].plural and phrase.start <= phrases[-1].start:
                phrases.pop()  # ``Bakanlar Kurulu Başkanı``: the plural names the body of the office
            phrases.append(phrase)
            if not (plural and capitalized and capitalized_word_after(text, text_words, last)) \
                    and not opens_place_or_body(text, text_words, last, entry.kind, clues.given_names,
                                                self._vocabulary) \
                    and not (entry.kind == "honorific" and inside_organization(clues, match.start, end)):
                barrier = end  # (``Kartal Dr. Lütfi Kırdar Şehir Hastanesi``: a doctor's name inside a body's)
        return phrases

    def _glues_office_word(self, word: str) -> bool:
        """Whether a word that a lost space glued together ends in a word of the title lexicon
        (``ASOYönetim``: ``Yönetim``), which a brand's capitals do not (``VakıfBank``)."""
        parts = as_said(word).split()
        return len(parts) > 1 and any(turkish_lower(part) in self._vocabulary for part in parts[1:])

    def _title_case(self, title: str) -> str:
        """``DIŞİŞLERİ BAKANI`` (a headline) -> ``Dışişleri Bakanı``; acronyms stay (``NATO``)."""
        if not is_all_caps(title):
            return title
        parts = []
        for part in title.split(" "):
            folded = turkish_lower(part)
            if folded == "ve":
                part = folded
            elif folded in self._vocabulary and part not in self._acronyms:
                part = turkish_upper(part[:1]) + folded[1:]
            parts.append(part)
        return " ".join(parts)

    def _normalize(self, phrase: TitlePhrase, text: str, text_words: list[Word], first: int, lexical_first: int,
                   head_end: int, modifier: str | None, clues: TextClues) -> None:
        entry = phrase.entry
        countries = clues.countries
        title_start, country = phrase.start, None
        # ``eski ABD Başkanı``, ``eski Fransız Cumhurbaşkanı``: a country or nationality after ``eski``
        # owns the office as one before it does; the country goes, ``eski`` stays
        opening_former = first < lexical_first and said_former(text_words, first) \
            and text_words[first + 1].start in countries
        if opening_former:
            title_start = text_words[first + 1].start
        # ``Çin'in Türkiye Büyükelçisi``: the first country owns the office, a second one (the
        # host) is no part of the title either
        leading = countries.get(title_start)
        while leading is not None and first < lexical_first:
            country_end, iso2 = leading
            if names_association(text, title_start, clues.organizations, leading[1]) \
                    or heads_association(text_words[first:lexical_first]):
                country = country or iso2  # ``Türkiye Basketbol Federasyonu Başkanı``: the body's name
                break
            rest = [w for w in text_words[first : lexical_first + 1] if w.start >= country_end]
            # not ``Suudi Arabistan–Türkiye``; ``(KDC) Dışişleri Bakanı``: an acronym in parentheses
            if text[country_end : country_end + 1] not in (" ", ")") or not rest:
                break
            if rest[0].folded.startswith(_MISSION_BODIES):
                break  # ``İspanya Büyükelçiliği Basın Ataşesi``: an embassy is named by its country
            if rest[0].folded in STATE_FORMS and len(rest) > 1:
                rest = rest[1:]  # ``Kazakistan Cumhuriyeti Birinci Cumhurbaşkanı``: the state's full name
            if rest[0].folded == "ve" and len(rest) > 1:
                rest = rest[1:]  # ``Ermenistan ve Azerbaycan liderleri``: countries listed before the office
            title_start, country = rest[0].start, country or iso2
            phrase.country_start = phrase.start
            leading = countries.get(title_start)
        former_words = [i for i in range(first, lexical_first)
                        if said_former(text_words, i) and text_words[i].start >= title_start]
        leading_former = bool(former_words) and text_words[former_words[0]].start == title_start
        if leading_former:  # the office is read without ``eski``, which is put back before it
            title_start = text_words[former_words[0] + 1].start
        leading_former = leading_former or opening_former
        said = without_inner_nationalities(text, text_words, title_start, head_end, clues)
        new = text_words[lexical_first - 1] if lexical_first > first else None
        if new is not None and new.folded == NEW and new.start > title_start:  # ``KFOR'un Yeni Komutanı``
            said = said[: new.start - title_start] + " " * len(new.text) + said[new.end - title_start :]
        # an organization named inside the title keeps its capitals (``VakıfBank Genel Müdürü``), and so
        # do the words of a longer name (``VakıfBank Spor Kulübü``) but one that a lost space glued to
        # an office's word (``ASOYönetim Kurulu``)
        glued = frozenset(strip_apostrophe_suffix(word) for start, end in clues.organizations.items()
                          if title_start <= start < head_end for word in text[start:end].split()
                          if " " not in text[start:end] or not self._glues_office_word(word))
        said = as_said(said, glued).replace(")", " ")
        if title_start < text_words[lexical_first].start:
            said = " ".join(word for word in said.split(" ") if word != NEW)  # ``KFOR'un yeni komutanı``
        if country is not None and title_start > phrase.start:
            said = self._without_countrys_possessive(said)
        # ``MSB) Basın Müşaviri`` -> ``MSB Basın Müşaviri``; ``Avrupa Komisyonunun`` -> ``Avrupa Komisyonu``
        title_text = without_owners_genitive(self._title_case(" ".join(said.split())))
        if phrase.post is not None:  # ``Kuvvet Komutanlığı`` -> ``Kuvvet Komutanı``
            # ``X Operasyonunun Komutanlığı``: the owner's genitive goes, as in ``X Operasyonu Komutanı``
            title_text = _POSSESSED_GENITIVE.sub("", title_text)
            stem = _stem(entry.title, entry.compound)
            title_text = title_text + entry.title[len(stem) :] if entry.compound and modifier is None \
                else with_possessive(title_text)
        lexical_only = title_start == text_words[lexical_first].start  # no qualifier left
        role = entry.role
        deputy = modifier is not None
        lexical_entry = lexical_only and not deputy and (not entry.compound or not is_capitalized(title_text))
        if lexical_only and not deputy and not is_capitalized(title_text):
            # ``Rusya dışişleri bakanı`` -> ``Dışişleri Bakanı``; a role word as written: ``avukatı`` -> ``avukat``
            title_text = self._role_word(entry, title_text) if entry.kind in ("profession", "description") else entry.title
        if lexical_only and not entry.compound and not deputy and is_capitalized(title_text):
            title_text = entry.title  # ``Rusya Başbakanı`` -> ``Başbakan``
            if country is not None and role == "president_of_organization":
                role = "head_of_state"  # ``ABD Başkanı``
        bare = self._bare_titles.get(turkish_lower(_stem(entry.title, entry.compound)))
        if lexical_only and entry.compound and not deputy and bare and (
                after_lowercase_genitive(text, text_words, first) or after_owned_office(text, text_words, first, self._vocabulary)):
            title_text = bare  # ``bankanın Genel Müdürü``: the possessive is the owner's, the office ``Genel Müdür``
        elif phrase.post is not None and lexical_only and entry.compound and not deputy and bare:
            title_text = bare  # ``Genel Sekreterliği görevini yürüten``: no owner said, the office ``Genel Sekreter``
        if country is None and entry.turkish and lexical_only:
            country = "TR"
        title_en = entry.title_en
        if modifier == DEPUTY:
            role = _DEPUTY_ROLES.get(role or "", f"deputy_{role}")
            title_en = f"{'Vice' if role == 'vice_president' else 'Deputy'} {title_en}"
        elif deputy:
            role = f"{MODIFIERS[modifier]}_{role}"
            title_en = _MODIFIER_EN[MODIFIERS[modifier]].format(title_en)
        if phrase.plural and not lexical_entry and (deputy or phrase.plural_possessed):
            title_text = with_possessive(title_text)  # ``Belediye Başkan Yardımcıları`` -> ``... Yardımcısı``
        if leading_former:
            title_text = f"{FORMER} {title_text}"
        if former_words or opening_former:  # ``İYİ Parti'nin eski Genel Başkanı``: as written, a former office
            role = f"former_{role}" if role else None
            title_en = f"Former {title_en}" if title_en else None
        # ``gazeteci Ali Kaya``, ``galibiyetin mimarı Ali Kaya``: what the person is, no office; it is
        # one when the title names its owner (``Akşam Gazetesi yazarı``)
        described = entry.kind == "description" and lexical_only
        if entry.kind not in ("honorific", "cue") and not described:
            phrase.title = Title(title=title_text, role=role, portfolio=entry.portfolio, country=country,
                                 title_en=title_en)
        phrase.words = [turkish_lower(w) for w in re.split(r"[\s/\-–]+", title_text) if w]
        phrase.head_words = len(text[text_words[lexical_first].start : head_end].split())


    @staticmethod
    def _role_word(entry: TitleEntry, said: str) -> str:
        """A role word as its entry writes it, lowercase; a compound's stem said without the possessive
        stays so (``memur Ali Kaya``: ``memur``, not ``memuru``)."""
        stem = turkish_lower(_stem(entry.title, entry.compound))
        return stem if entry.compound and turkish_lower(said) == stem else turkish_lower(entry.title)


def _genitive_after_apostrophe(text: str, end: int) -> bool:
    """``Cumhurbaşkanı'nın Başdanışmanı X``: an office in the genitive owns the next one, it is not X's."""
    return before_apostrophe(text, end) and spells_case(turkish_lower(text[end + 1 : suffix_end(text, end)]), "gen")


def _after_body(text: str, text_words: list[Word], first: int, organization_ends: set[int]) -> bool:
    """Whether an organization's mention ends one space before word ``first``."""
    return first > 0 and text_words[first - 1].end in organization_ends \
        and text[text_words[first - 1].end : text_words[first].start] == " "
