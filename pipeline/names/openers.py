"""A sentence's first word before a name: the name's, or a common word the sentence capitalized.

A name found by the word that closes it (a head noun, a legal form) reaches back over
capitalized words, and a sentence's first word is capitalized whatever it is: ``Dava İstanbul
40. Ağır Ceza Mahkemesi'nde``, ``Görüşmede Kosova Güvenlik Kuvvetleri``, ``İhaleye Ekin
İnşaat AŞ katıldı``. These tests say when that first word is no part of the name.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.lang.tr.endings import ends_in, is_compound_head
from pipeline.lang.tr.morphology import stems, strip_suffix
from pipeline.lang.tr.text import Word, is_all_caps
from pipeline.lexicons.candidates import DocWords
from pipeline.names.canonical import CONNECTORS

#: Shorter words with a case ending are often names themselves (``Ordu``, ``Adana``).
MIN_OBLIQUE_WORD = 7
#: a compass word before a place names a region (``Doğu Karadeniz``, ``Kuzey Anadolu``)
COMPASS_WORDS = frozenset({"kuzey", "güney", "doğu", "batı", "orta", "iç", "kuzeydoğu", "kuzeybatı", "güneydoğu",
                           "güneybatı"})
#: an accusative after a vowel, its buffer ``y`` written
_VOWEL_ACCUSATIVE = re.compile(r"[aeıioöuü]y[ıiuü]$")
#: a verbal noun (``Açıklama``, ``Görüşme``, ``Toplantı``): a noun, never an adjective before a name
_VERBAL_NOUN = re.compile(r"..(?:m[ae]|nt[ıiuü])$")
#: The first word of a province's or district's office (``İl Sağlık Müdürlüğü``, ``İlçe Emniyet
#: Müdürlüğü``): the name is whole from there, so after a ``ve`` it opens a name of its own
#: (``Jandarma ve İl Tarım Müdürlüğü``: the gendarmerie and the office; ``Büyükşehir Belediyesi``, the
#: metropolitan municipality, said without its city), and at a sentence's start
#: it stays whatever the article writes in lowercase (``ilçesinde``)
LOCAL_OFFICE_OPENERS = frozenset({"il", "ilçe", "büyükşehir"})
#: a stem shorter than this is too often a name's first letters (``Ada``, ``Ak``)
MIN_STEM = 3
#: the endings of a clause's cases after an ordinary noun: genitive (``Mahkemenin İkinci
#: Dairesi``: the owner of what follows), dative, accusative (only with its buffer ``y``: a bare
#: ``-I`` is as often a possessive), locative and ablative
_CLAUSE_CASES = ("In", "nIn", "A", "yA", "nA", "yI", "DA", "nDA", "DAn", "nDAn")
#: the bare dative vowel after a consonant (``Törene``): a word of its own that ends so keeps
#: its nominative reading (``Daire``, not ``dair`` + ``e``)
_BARE_DATIVE = ("A",)
_PLURAL = ("lAr",)


def lowercase_words_of(text_words: list[Word]) -> frozenset[str]:
    """The words an article writes in lowercase: what it writes so is a common word."""
    global _last_lowercase
    cached_words, lowercase = _last_lowercase  # read once: another thread may replace it
    if cached_words is text_words and isinstance(text_words, DocWords):  # a Doc's words never change
        return lowercase
    lowercase = frozenset(w.text for w in text_words if w.text.islower())
    if isinstance(text_words, DocWords):
        _last_lowercase = (text_words, lowercase)
    return lowercase


#: the last words read and their lowercase words (organizations and missions read the same Doc's)
_last_lowercase: tuple[list[Word] | None, frozenset[str]] = (None, frozenset())


@dataclasses.dataclass(frozen=True)
class EverydayWords:
    """The folded words public corpora write in lowercase (``data/lowercase_words.tsv``), and the
    listed places' names, which may look like such a word inflected (``Avcılar``: ``avcı`` + ``lar``,
    a district of Istanbul)."""

    words: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()

    def in_case(self, folded: str, plural_alone: bool = False) -> bool:
        """``Operasyona``, ``İhaleye``, ``Törende``, ``Yangınlara``, ``Mahkemenin``: an ordinary word
        (its stem among the words) with a genitive, dative, accusative, locative or ablative ending, after a plural or
        not; a name inflects only its last word. With ``plural_alone``, also a bare plural
        (``Yaralılar Devlet Hastanesine``: the subject; right before the head a plural may open a
        name, ``Taraflar Konferansı``)."""
        if folded in self.places:
            return False
        for stem in strip_suffix(folded, _CLAUSE_CASES):
            if folded in self.words and stem in strip_suffix(folded, _BARE_DATIVE):
                continue  # ``Daire``: a word of its own, not ``dair`` + ``e``
            if stem in self.words or self._plural_of_word(stem):
                return True
        return plural_alone and self._plural_of_word(folded)

    def _plural_of_word(self, folded: str) -> bool:
        return any(noun in self.words for noun in strip_suffix(folded, _PLURAL))


def opens_sentence_as_common_word(
    text_words: list[Word], first: int, sentence_starts: set[int], proper_starts: frozenset[int],
    place_words: frozenset[str], lowercase_words: frozenset[str] = frozenset(),
    name_words: frozenset[str] = frozenset(), before_head: bool = False, text: str = "",
    everyday_words: EverydayWords = EverydayWords(), name_openers: frozenset[str] = frozenset(),
) -> bool:
    """Whether word ``first``, opening a sentence before more words of a name, is the
    sentence's: it has a locative or ablative ending (a name inflects only its last word:
    ``Görüşmede``, ``Toplantıdan``), or it stands before a place's name or a bare number (``Dava
    İstanbul 40. Ağır Ceza``, ``Toplam 3 Belediye``; a Turkish institution's name opens with its
    place). Countries' names and listed places stay (``Kanada``, ``Ankara 5. Ağır Ceza``).
    ``before_head``: a word stands between it and the head noun; then a noun the article writes
    in lowercase (bare or inflected: ``written_in_lowercase``), that no listed name holds (``name_words``), before a word the article never
    writes in lowercase, is the sentence's too (``Toplantı Mogan Oteli'nde``; ``Merkez``,
    ``Milli``, ``Devlet`` open listed names and stay; so does one before a compound's possessive
    head, which it qualifies: ``Yatırımcı Hakları Derneği``). A number joined to the word by a hyphen
    (in ``text``) is no bare number: ``Kıran-5 Operasyonu`` is an operation's code name.
    ``name_openers``: the first words of listed names (``millet``)."""
    word, following = text_words[first], text_words[first + 1]
    if word.start not in sentence_starts or word.start in proper_starts:
        return False
    if word.folded in place_words:
        return False  # ``Eyüpsultan``: a place's name that only ends like an ablative
    if before_head and name_words and word.folded not in LOCAL_OFFICE_OPENERS and word.folded not in name_words \
            and written_in_lowercase(word.folded, lowercase_words) \
            and following.folded not in lowercase_words and not is_all_caps(word.text) \
            and not is_compound_head(following.folded):
        return True
    if before_head and _common_noun_before_name(word, following, name_words, everyday_words, name_openers):
        return True
    if len(word.folded) >= MIN_OBLIQUE_WORD and (ends_in(word.folded, "loc", "abl") or is_vowel_accusative(word)):
        return True
    if lowercase_words and any(stem != word.folded and len(stem) >= MIN_STEM and stem in lowercase_words
                               for stem in stems(word.folded)):
        return True  # ``Maçta``, ``Yatırımı``: a noun the article writes in lowercase, with a case ending
    if word.folded not in name_words \
            and everyday_words.in_case(word.folded, before_head and following.folded not in CONNECTORS):
        return True
    if is_all_caps(word.text):
        return False
    if following.text.isdigit():  # ``Yargıtay 3. Ceza Dairesi``: a listed name's word numbers its unit
        return text[word.end : following.start] != "-" and word.folded not in name_words
    if word.folded in COMPASS_WORDS and following.folded in place_words:
        return False  # ``Kuzey Anadolu Kalkınma Ajansı``: a region's name opens the name
    return following.folded in place_words or is_all_caps(following.text)


def _common_noun_before_name(word: Word, following: Word, name_words: frozenset[str],
                             everyday_words: EverydayWords, name_openers: frozenset[str]) -> bool:
    """``Teklif Nilüfer Belediyesi``, ``Açıklama Büyükşehir Belediyesi``, ``Toplantı Millet Kongre ve
    Kültür Merkezi``: a bare noun the corpora write in lowercase, in no listed name, before a word
    that opens a name by itself (any listed place, a local government's first word; the first word
    of a listed name after a verbal noun only: an adjective qualifies it, ``Temiz Hava Platformu``)
    is the sentence's subject; ``Millet``, ``Merkez``, ``Halk`` open listed names and stay."""
    if word.folded not in everyday_words.words or word.folded in name_words or word.folded in name_openers \
            or word.folded in everyday_words.places or word.folded in LOCAL_OFFICE_OPENERS or is_all_caps(word.text):
        return False  # ``İl Genel Meclisi``: the province's own body
    return following.folded in everyday_words.places or following.folded in LOCAL_OFFICE_OPENERS \
        or following.folded in name_openers and _VERBAL_NOUN.search(word.folded) is not None


def written_in_lowercase(folded: str, lowercase_words: frozenset[str]) -> bool:
    """Whether the article writes the word in lowercase, bare or with suffixes (``Şirket``:
    ``şirketiyle``)."""
    return folded in lowercase_words or len(folded) >= MIN_STEM and any(
        written.startswith(folded) and folded in stems(written) for written in lowercase_words)


def opens_sentence_before_company(word: Word, sentence_starts: set[int], lowercase_words: frozenset[str]) -> bool:
    """Before a company's name closed by a legal form, also a sentence's first word with a
    dative ending (``İhaleye``) or one the article writes in lowercase elsewhere (``Teklifi``).
    (For institutions' names these cost more than they gave: their first words are ordinary
    adjectives, ``Milli``, ``Merkez``.)"""
    if word.start not in sentence_starts or is_all_caps(word.text):
        return False
    return word.folded in lowercase_words or len(word.folded) >= MIN_OBLIQUE_WORD \
        and (ends_in(word.folded, "loc", "abl", "vowel_dative") or is_vowel_accusative(word))


def is_vowel_accusative(word: Word) -> bool:
    """``Açıklamayı``, ``Toplantıyı``: an accusative whose buffer ``y`` shows it (a possessive
    after a vowel takes ``s``: ``Sanayisi``); a name inflects only its last word."""
    return _VOWEL_ACCUSATIVE.search(word.folded) is not None


def runs_on_in_capitals(text: str, text_words: list[Word], i: int) -> bool:
    """``TÜRKİYE OTOMOTİV SEKTÖRÜNDE``: a bare trade word in capitals before another word in
    capitals (one space between) may modify it as a common noun; where a name would end is not told."""
    if i + 1 >= len(text_words) or not is_all_caps(text_words[i].text):
        return False
    following = text_words[i + 1]
    return is_all_caps(following.text) and following.text.isalpha() and len(following.text) > 1 \
        and text[text_words[i].end : following.start] == " "
