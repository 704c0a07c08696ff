"""Names that no catalogue lists, found by their shape, and acronyms given in parentheses.

Turkish names of institutions and operations end in a head noun in the possessive
(``Balkan Barış Platformu``, ``Beşiktaş Deniz Müzesi``, ``Pençe-Kilit Harekâtı``): a run of
capitalized words ending in such a head noun is a name. The head noun may carry a case
suffix with or without an apostrophe (``Kurulunda``, ``Platformu'nun``); the name itself is
the nominative (``Kurulu``). A name may hold its acronym in parentheses
(``Birleşmiş Milletler (BM) Daimi Temsilciliği``) and may be followed by it
(``Dış Ekonomik İlişkiler Kurulu'nun (DEİK)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from pipeline.lang.tr.endings import plural_of_possessed
from pipeline.names.canonical import CONNECTORS, is_state_prefix
from pipeline.names.english import english_complement
from pipeline.names.holding import outermost
from pipeline.names.left_edge import after_indefinite, extend_left, is_suffix_word, joined_in_name, trim_left
from pipeline.names.openers import EverydayWords, opens_sentence_as_common_word, runs_on_in_capitals
from pipeline.memo import Memo
from pipeline.resources import read_tsv
from pipeline.lang.tr.text import (
    Word,
    after_apostrophe,
    typed_without_turkish_letters,
    is_all_caps,
    suffix_end,
    turkish_lower,
    words,
)

_TEXT_AND_FOLDED = attrgetter("text", "folded")
_FOLDED = attrgetter("folded")
#: How many distinct words a head-noun table remembers (their candidate heads; whether one is a name alone).
CANDIDATE_MEMO_SIZE = 100_000
#: The role of an ending that makes one capitalized word a name (``-spor``: ``Bandırmaspor``).
WORD_ENDING = "word_ending"
#: The role of a foreign head noun (``Systems``, ``Bank``): no case suffix without an apostrophe.
FOREIGN = "foreign"
#: a trade word without a possessive (``Kartal Mobilya``): in capitals it may be a common noun
BARE = "bare"
#: a facility's or an event's noun, in the compound's possessive (a case ending may follow): a bare
#: trade word right before one qualifies it, closing no company's name (``Trabzon Lojistik
#: Merkezi``, a logistics centre; ``Tekstil Kenti``, ``Konut ve Gayrimenkul Fuarı``, a fair)
FACILITY_NOUNS = ("merkezi", "üssü", "limanı", "terminali", "tesisi", "tesisleri", "deposu", "depoları", "köyü",
                  "kenti", "parkı", "bölgesi", "vadisi", "koridoru", "istasyonu",
                  "fuarı", "zirvesi", "forumu", "kongresi", "sergisi", "festivali", "haftası")
#: a bare word that closes a club's name (``Yeşilköy Spor``, ``Akşehir Bld``) only where the
#: capitalized run ends with it, written in lowercase letters after its capital: ``Spor Salonu``,
#: ``Gençlik ve Spor Bakanlığı`` and a headline's ``SPOR`` go on or name nothing
CLOSING = "closing"
#: a head that names a thing only after a code name (``"Anadolu Yıldızı-2024" tatbikatı``), never
#: after any capitalized words (``Deprem Tatbikatı``): read by ``pipeline.missions.quoted`` only
CODE_NAME = "code_name"
#: a head that names a thing only capitalized, right after a code name of several words with a number
#: (``Kartal Pençesi-2026 Eğitimi``), never in lowercase (``"Sıfır Atık" eğitimi`` is a course)
CODE_TITLE = "code_title"
#: The shortest head word also matched as typed without Turkish letters (``Mudurlugu``);
#: ``as`` is no ``AŞ`` (``Güney Asya``).
MIN_ASCII_HEAD = 5
_ACRONYM = r"[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ0-9&\-]{1,9}"
_INNER_ACRONYM = re.compile(rf" \(({_ACRONYM})\)(?= [A-ZÇĞİÖŞÜ])")
#: ``(BM)``, or a pair of one body's acronyms in two languages (``(ETOK/JETCO)``)
_ACRONYM_AFTER = re.compile(rf"\s?\(({_ACRONYM})(?:/({_ACRONYM}))?\)")


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name found by its head noun: word indices and character offsets."""

    first: int  #: index of the first word
    last: int  #: index of the head noun (the last word)
    start: int
    name_end: int  #: end of the nominative head noun, before any suffix
    end: int  #: end of the mention, suffix included
    head: str  #: the head noun as listed (``Bakanlığı``), empty for names found otherwise
    role: str  #: ``unit`` for a head naming a unit of what precedes it (``Komutanlığı``), else ""

    head_start: int = -1  #: where the head noun begins (``Genel`` of ``Genel Kurulu``)
    written: str = ""  #: the name as the finder wrote it (``Turkcell Holding A.Ş``), else built from the words

    @property
    def unit(self) -> bool:
        return self.role == "unit"


class HeadNouns:
    """Head nouns from a TSV (``head``, ``role``): one or more words, the last in the possessive.

    ``role`` is ``unit`` for heads that name a unit of what precedes them (``Genel
    Müdürlüğü``), ``code_name`` for heads read elsewhere (skipped here), ``foreign`` for foreign words that take a case suffix only after an
    apostrophe (``Systems'in``), ``exclude`` for longer heads that make a name something else (``Daimi
    Misyonu`` is a diplomatic mission, not an operation), else empty.
    """

    def __init__(self, table: str) -> None:
        self._heads: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        #: endings that make one capitalized word a name (``Hatayspor``, ``Bandırmaspor``)
        self.word_endings: list[str] = []
        for row in read_tsv(table):
            head = row["head"].strip()
            if (row.get("role") or "").strip() == WORD_ENDING:
                self.word_endings.append(turkish_lower(head.lstrip("-")))
                continue
            folded = tuple(w.folded for w in words(head))
            role = (row.get("role") or "").strip()
            if role in (CODE_NAME, CODE_TITLE):
                continue
            for spelling in (folded, *typed_without_turkish_letters(folded, MIN_ASCII_HEAD)):
                self._heads.setdefault(spelling[-1], []).append((spelling, head, role))
        for entries in self._heads.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self._candidates_of: dict[str, tuple] = {}  # folded word -> _candidates (words repeat)
        self._one_word_names: dict[tuple[str, str], bool] = {}  # (word, folded) -> is_one_word_name
        self._may_end_name = Memo(self._may_end, CANDIDATE_MEMO_SIZE)  # (word, folded) -> ``name_ends`` keeps it
        #: the plural of each one-word head (``bakanlıkları``) -> the head as listed (``Bakanlığı``);
        #: a plural listed as a head itself names one body (``Kuvvetleri``, not two ``Kuvveti``)
        self._plurals = {plural: head for folded, head, role in (e for es in self._heads.values() for e in es)
                         if len(folded) == 1 and role not in ("exclude", FOREIGN)
                         and (plural := plural_of_possessed(folded[0])) is not None and plural not in self._heads}

    def singular_of_plural(self, folded_word: str) -> str | None:
        """``bakanlıklarına`` -> ``Bakanlığı``: the one-word head (as listed) whose plural,
        possessive kept, the word is, with or without a case ending after it."""
        for cut in range(len(folded_word), max(3, len(folded_word) - 6), -1):
            head = self._plurals.get(folded_word[:cut])
            if head is not None and (cut == len(folded_word) or folded_word[cut] == "n"):
                return head
        return None

    def match(self, text: str, text_words: list[Word], i: int) -> tuple[int, int, str, str] | None:
        """If word ``i`` ends a head noun: (index of the head's first word, length of the
        nominative last word, the head as listed, its role)."""
        word = text_words[i]
        candidates = self._candidates(word.folded)  # first: most words end no head noun
        if not candidates or not word.text[:1].isupper() or is_suffix_word(text, word):
            return None
        for last, entries in candidates:
            for folded, head, role in entries:
                if role == FOREIGN and last != word.folded:
                    continue  # ``Banknot`` is no ``Bank`` with a suffix: foreign words take ``'in``
                first = i - len(folded) + 1
                if first < 0 or tuple(map(_FOLDED, text_words[first:i])) != folded[:-1]:
                    continue
                if all(joined_in_name(text, a, b) for a, b in zip(text_words[first:i], text_words[first + 1 : i + 1])):
                    return first, len(last), head, role
        return None

    def name_ends(self, text_words: list[Word], indices: list[int]) -> list[int]:
        """The ``indices`` whose word may end a head-noun name (a head entry ends with it, as written
        or before a case suffix) or be a one-word name: ``find_headed_names`` reads only those."""
        # at C level: (written, folded) of each word, the memo read without a Python call
        answers = map(self._may_end_name.__getitem__, map(_TEXT_AND_FOLDED, map(text_words.__getitem__, indices)))
        return list(compress(indices, answers))

    def _may_end(self, key: tuple[str, str]) -> bool:
        text, folded = key  # the tests of ``match`` and ``is_one_word_name`` that read no context
        return bool(self._candidates(folded)) or self.is_one_word_name(Word(0, len(text), text, folded))

    def is_one_word_name_text(self, name: str) -> bool:
        """``Bandırmaspor``: a name (of one or more words) whose last word has a name-making ending."""
        name_words = words(name)
        return bool(name_words) and self.is_one_word_name(name_words[-1])

    def is_one_word_name(self, word: Word) -> bool:
        known = self._one_word_names.get((word.text, word.folded))
        if known is None:  # asked of every capitalized word without a head noun: words repeat
            if len(self._one_word_names) >= CANDIDATE_MEMO_SIZE:
                self._one_word_names.clear()
            known = self._one_word_names[word.text, word.folded] = (
                word.text[:1].isupper() and not is_all_caps(word.text)
                and any(word.folded.endswith(e) and len(word.folded) >= len(e) + 3 for e in self.word_endings)
            )
        return known

    def is_bare_noun(self, folded_word: str) -> bool:
        """``Platform``, ``Platformun``, ``Teşkilat``: a head noun without its possessive, used
        alone to refer back to a name; no name itself."""
        return any(
            folded_word.startswith(last[:-1]) and len(folded_word) <= len(last) + 3
            for last in self._heads
            if len(last) > 3
        )

    def _candidates(self, folded_word: str) -> tuple:
        """Head entries whose last word is ``folded_word`` or its start before a case suffix
        (``kurulu`` in ``kurulunda``; a suffix after the possessive begins with n or y)."""
        known = self._candidates_of.get(folded_word)
        if known is None:
            if len(self._candidates_of) >= CANDIDATE_MEMO_SIZE:
                self._candidates_of.clear()
            known = self._candidates_of[folded_word] = tuple(
                (folded_word[:cut], self._heads[folded_word[:cut]])
                for cut in range(len(folded_word), 1, -1)
                if folded_word[:cut] in self._heads and (cut == len(folded_word) or folded_word[cut] in "ny")
                and len(folded_word) - cut <= 6
            )
        return known


def closes_run(text: str, text_words: list[Word], i: int) -> bool:
    """``Yeşilköy Spor'un``, ``Dörtyol Spor,``: word ``i`` is written with a capital and then lowercase
    letters, and no capitalized word follows it after a space, nor after ``ve`` (``Spor ve
    Etkinlik Salonu``) unless the next name ends in the same word (``Dörtyol Spor ve Reyhanlı Spor``)."""
    word = text_words[i]
    if is_all_caps(word.text):
        return False
    following = text_words[i + 1] if i + 1 < len(text_words) else None
    if following is None or text[word.end : following.start] != " ":
        return True
    if following.folded == "ve":  # ``Spor ve Etkinlik Salonu``: the list of fields goes on
        run = i + 2
        while run < len(text_words) and text_words[run].text[:1].isupper() \
                and text[text_words[run - 1].end : text_words[run].start] == " ":
            run += 1
        return run == i + 2 or text_words[run - 1].folded == word.folded  # ``Dörtyol Spor ve Reyhanlı Spor``
    return not following.text[:1].isupper()


def blank_inner_acronyms(text: str) -> str:
    """``Birleşmiş Milletler (BM) Daimi Temsilciliği`` -> the same text with ``(BM)`` blanked
    to spaces, so that the name reads as one run of words; offsets are unchanged."""

    def blank(match: re.Match) -> str:
        window = max(0, match.start() - 60)  # the word before, without searching the whole text
        previous = re.search(r"([^\W\d_]+)$", text[window : match.start()])
        if previous is None or not previous.group(1)[:1].isupper():
            return match.group(0)
        word_start = window + previous.start(1)
        if after_apostrophe(text, word_start):
            return match.group(0)  # ``AŞ'ye (TEİAŞ) Hazine``: the name ended before the suffix
        return " " * len(match.group(0))

    return _INNER_ACRONYM.sub(blank, text)


def acronym_after(text: str, end: int) -> tuple[int, int] | None:
    """Offsets of an acronym in parentheses right after a mention ending at ``end``."""
    match = _ACRONYM_AFTER.match(text, end)
    return (match.start(1), match.end(1)) if match else None


def acronyms_after(text: str, end: int) -> list[tuple[int, int]]:
    """Offsets of each acronym in parentheses right after a mention ending at ``end``: one,
    or both of a pair (``Ortak Ekonomik Komisyonu (OEK/JEC)``)."""
    match = _ACRONYM_AFTER.match(text, end)
    return [match.span(group) for group in (1, 2) if match and match.group(group)]


def _before_facility_noun(text: str, text_words: list[Word], i: int) -> bool:
    """``Lojistik Merkezi``, ``Gayrimenkul Fuarı``: word ``i`` stands right before a capitalized
    facility or event noun."""
    if i + 1 >= len(text_words) or text[text_words[i].end : text_words[i + 1].start] != " ":
        return False
    following = text_words[i + 1]
    return following.text[:1].isupper() and following.folded.startswith(FACILITY_NOUNS)


def _body_before_unit(text: str, text_words: list[Word], untrimmed: int, first: int, head_first: int,
                      heads: HeadNouns) -> int:
    """``Sağlık Bakanlığı Halk Sağlığı Genel Müdürlüğü``: a generic word trimmed off a run that
    then opens with a head noun of its own (``Bakanlığı``) names that body, the unit's parent:
    it stays (alone, ``Sağlık Komisyonu`` names no particular body)."""
    if untrimmed < first < head_first and text_words[first - 1].text[:1].isupper():
        inner = heads.match(text, text_words, first)
        if inner is not None and inner[0] == first and inner[3] != "exclude" \
                and joined_in_name(text, text_words[first - 1], text_words[first]):
            return first - 1
    return first


def find_headed_names(
    text: str,
    text_words: list[Word],
    heads: HeadNouns,
    stopwords: set[str],
    sentence_starts: set[int],
    proper_starts: frozenset[int] = frozenset(),
    place_words: frozenset[str] = frozenset(),
    capitalized: list[int] | None = None,
    field_words: frozenset[str] = frozenset(), lowercase_words: frozenset[str] = frozenset(),
    name_words: frozenset[str] = frozenset(), everyday_words: EverydayWords = EverydayWords(),
    name_openers: frozenset[str] = frozenset(),
) -> list[NameSpan]:
    """Runs of capitalized words ending in a head noun (at least one word before the head:
    a bare ``Platformun`` refers back to a name, it is none), outermost only.
    ``sentence_starts`` are the text's (``iter_sentence_starts``); ``proper_starts`` the starts
    of words of other names (countries): ``ve`` after one joins two names, not two words of one
    (``Türkiye ve Balkan Barış Platformu``); ``capitalized`` the indices of the words written
    with a capital, where the caller has them; ``field_words`` the fields a name may list with
    commas (``Gençlik, Kültür ve Spor Vakfı``); ``lowercase_words`` the article's, ``name_words``
    the words of listed names, ``everyday_words`` the words public corpora write in lowercase and
    ``name_openers`` the first words of listed names (``openers``)."""
    spans: list[NameSpan] = []
    if capitalized is None:
        capitalized = [i for i, word in enumerate(text_words) if word.text[:1].isupper()]
    # a head noun or a one-word name is written with a capital (most words are not), and most
    # capitalized words are neither
    for i in heads.name_ends(text_words, capitalized):
        head = heads.match(text, text_words, i)
        one_word = head is None and heads.is_one_word_name(text_words[i]) and not is_suffix_word(text, text_words[i])
        if one_word:  # ``Bandırmaspor``, ``İstanbul Büyükşehir Belediyespor``: the word is name enough
            head = (i, len(text_words[i].text), "", "")
        if head is None:
            continue
        head_first, base_length, head_text, role = head
        if role == "exclude" or role == BARE and (runs_on_in_capitals(text, text_words, i)
                                                  or _before_facility_noun(text, text_words, i)) \
                or role == CLOSING and not closes_run(text, text_words, i):
            continue
        first = extend_left(text, text_words, head_first, heads, proper_starts, field_words, place_words)
        if role == FOREIGN:  # ``Collective Spark ve Revo Capital``: a foreign name holds no Turkish ``ve``
            first = max([first] + [k + 1 for k in range(first, head_first) if text_words[k].folded in CONNECTORS])
        first = after_indefinite(text_words, first, head_first)
        if first >= 2 and text_words[first].text[:1].isupper() and is_state_prefix(text, text_words, first - 2):
            first -= 2  # ``T.C. Başbakanlık X Başkanlığı``
        first = _body_before_unit(text, text_words, first, trim_left(text, text_words, first, head_first, stopwords),
                                  head_first, heads)
        if first < head_first and opens_sentence_as_common_word(
            text_words, first, sentence_starts, proper_starts, place_words, lowercase_words, name_words,
            first + 1 < head_first, text, everyday_words, name_openers,
        ):
            first += 1
            first = _body_before_unit(text, text_words, first, trim_left(text, text_words, first, head_first, stopwords),
                                      head_first, heads)
        if first >= head_first and not one_word:
            continue
        if role == CLOSING and (text_words[first].folded in lowercase_words and text_words[first].folded not in place_words
                                or head_first - first == 1 and is_all_caps(text_words[first].text)):
            continue  # ``Ekonomi Spor``: a menu's common words; ``NTV Spor``: a broadcaster's channel, no club
        if head_first - first == 1 and len(text_words[first].text) == 1 and text_words[first].text.isalpha():
            continue  # ``A Grubu``, ``B Takımı``: a letter tells groups or teams apart, it names none
        word, head_start = text_words[i], text_words[head_first].start
        name_end, end = word.start + base_length, suffix_end(text, word.end)
        if role == FOREIGN and end == word.end:  # ``Institute of Technology``: the name goes on
            i = english_complement(text, text_words, i)
            name_end, end = text_words[i].end, suffix_end(text, text_words[i].end)
        spans.append(NameSpan(first, i, text_words[first].start, name_end, end, head_text, role, head_start))
    return outermost(spans)
