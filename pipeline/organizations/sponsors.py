"""A listed club under its sponsor's name: ``Galatasaray Odeabank``, ``Darüşşafaka Doğuş``.

Clubs in basketball and volleyball play under a sponsor's name written after their own, and
the article's form is the club's name (the gold format takes the form used in the article).
A listed club whose name opens another listed club's that the article names is that club.
One or two capitalized words before a football club may be its sponsor's too (``Mavi Yıldız
Konyaspor``; a bare trade word may close them: ``İstikbal Mobilya Kayserispor``; a listed company
of one word is the sponsor there, no mention of its own). The words after a listed club (kind ``sports``, no suffix of its own) are its sponsor's when
they are capitalized, at most ``MAX_SPONSOR_WORDS``, none of them a word of another kind (a
function word, a given name, a place, a country, a listed name other than a company's, an
office or a head noun: ``Galatasaray Başkanı``, ``Fenerbahçe Ali Koç``, ``Beşiktaş Kadıköy'de``;
a listed company of one word is the sponsor: ``Beşiktaş Fibabanka``), and the run ends
there: a suffix, punctuation or a lowercase word follows. A capitalized word after the run
leaves the end unknown: no sponsor then.
"""

from __future__ import annotations

from typing import Callable

from pipeline.lang.tr.endings import ends_in, is_bare_past_verb
from pipeline.lang.tr.morphology import VOWELS
from pipeline.lang.tr.verb_forms import is_finite_verb
from pipeline.lang.tr.text import APOSTROPHES, Word, suffix_end, words
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText
from pipeline.names.openers import lowercase_words_of
from pipeline.names.shape import BARE, HeadNouns
from pipeline.resources import read_tsv
from pipeline.lexicons.candidates import word_index_at

MAX_SPONSOR_WORDS = 2
MIN_INFLECTED_OPENER = 5  #: ``Kararı``; shorter words are too often names
SPONSORED_KINDS = frozenset({"sports"})
#: kinds of a listed name that may be a club's sponsor before it (``Mavifon Konyaspor``)
SPONSOR_KINDS = frozenset({"company", "bank"})


class Sponsors:
    def __init__(self, catalogue: Catalogue, heads: HeadNouns, other_words: set[str], titles: str) -> None:
        self.catalogue = catalogue
        self.heads = heads
        #: folded function words, given names, places and the words of office titles
        self.other_words = frozenset(other_words) | {w.folded for row in read_tsv(titles) for w in words(row["title"])}

    def extend(self, article: ArticleText, matches: list[GazetteerMatch], kind_of: Callable[[str], str],
               national_starts: frozenset[int]) -> tuple[list[GazetteerMatch], set[GazetteerMatch]]:
        """The matches with each sponsored club's mention run over its sponsor, and those mentions."""
        def other_kind(index: int) -> bool:
            word = article.words[index]
            return word.folded in self.other_words or word.start in national_starts \
                or self.catalogue.key_of(word.text) is not None \
                or self.heads.match(article.text, article.words, index) is not None

        def trade_word(index: int) -> bool:  # ``Mobilya``: a trade word without a possessive
            word = article.words[index]
            head = self.heads.match(article.text, article.words, index)
            return head is not None and head[0] == index and head[3] == BARE and word.text[:1].isupper() \
                and self.catalogue.key_of(word.text) is None

        def company(index: int) -> bool:  # ``Mavifon``: a listed company of one word
            key = self.catalogue.key_of(article.words[index].text)
            return key is not None and kind_of(key) in SPONSOR_KINDS

        def other_kind_than_company(index: int) -> bool:
            return other_kind(index) and not company(index)

        companies = {(m.start, m.end) for m in matches if kind_of(m.key) in SPONSOR_KINDS}
        taken = {(m.start, m.end) for m in matches} - companies
        starts = word_index_at(article.words)
        kept, sponsored = [], set()
        for match in matches:
            first = _sponsor_start(article, match, starts, other_kind_than_company, trade_word) \
                if kind_of(match.key) in SPONSORED_KINDS else None
            if first is not None and not any(s < match.start and article.words[first].start < e for s, e in taken):
                start = article.words[first].start
                match = GazetteerMatch(start, match.end, match.name_end, match.key, article.text[start : match.name_end])
                sponsored.add(match)
                kept.append(match)
                continue
            last = _sponsor_end(article, match, starts, other_kind_than_company) \
                if kind_of(match.key) in SPONSORED_KINDS else None
            if last is not None:
                word = article.words[last]
                extended = GazetteerMatch(match.start, suffix_end(article.text, word.end), word.end, match.key,
                                          article.text[match.start : word.end])
                if not any(s < extended.end and match.end <= s for s, _ in taken):
                    match = extended
                    sponsored.add(match)
            kept.append(match)
        kept = [m for m in kept if (m.start, m.end) not in companies
                or not any(s.start <= m.start and m.name_end <= s.name_end for s in sponsored)]  # the club's name holds it
        return _as_sponsored_rows(kept, kind_of), sponsored


def _as_sponsored_rows(matches: list[GazetteerMatch], kind_of: Callable[[str], str]) -> list[GazetteerMatch]:
    """``Fenerbahçe`` in an article that names ``Fenerbahçe Beko`` (a row of its own): the club's
    short name, the same team."""
    clubs = sorted({m.key for m in matches if kind_of(m.key) in SPONSORED_KINDS})
    longer_of = {}
    for club in clubs:
        longer = [other for other in clubs if other.startswith(club + " ")]
        if len(longer) == 1:
            longer_of[club] = longer[0]
    return [GazetteerMatch(m.start, m.end, m.name_end, longer_of[m.key], m.entry) if m.key in longer_of else m
            for m in matches]


def _sponsor_start(article: ArticleText, match: GazetteerMatch, starts: dict[int, int],
                   other_kind: Callable[[int], bool], trade_word: Callable[[int], bool]) -> int | None:
    """The index of a sponsor's first word before a football club (``Kuzeyfon Konyaspor``, ``Mavi
    Yıldız Konyaspor``), or None: up to ``MAX_SPONSOR_WORDS`` capitalized words of no other kind
    that open the capitalized run. A sentence's first word is one when the article never writes
    it in lowercase (``Lider Konyaspor``: ``lider``); a sentence's first word with a case ending
    before the sponsor is the sentence's (``Karşılaşmada Kuzeyfon Konyaspor``)."""
    text, text_words = article.text, article.words
    index = starts.get(match.start)
    if not index:
        return None
    first = None
    for candidate in range(index - 1, max(index - 1 - MAX_SPONSOR_WORDS, -1), -1):
        closing = candidate == index - 1 and trade_word(candidate)  # ``İstikbal Mobilya``: a word must come before
        if not (closing or _sponsor_word(article, candidate, other_kind)) \
                or text[text_words[candidate].end : text_words[candidate + 1].start] != " ":
            break
        first = None if closing else candidate
        if text_words[candidate].start in article.sentence_starts:
            break
    if first is None:
        return None
    word = text_words[first]
    if word.start in article.sentence_starts:
        return None if word.folded in lowercase_words_of(text_words) or _accusative_look(word.folded) else first
    before = text_words[first - 1] if first else None
    if before is not None and text[before.end : word.start] == " " and before.text[:1].isupper() \
            and not _sentence_word(article, before):
        return None  # ``Ali Kaya Konyaspor``: the run begins further left, its start unknown
    return first


def _accusative_look(folded: str) -> bool:
    """``Kararı``, ``Transferi``: a sentence's first word ending in a vowel of the accusative or the
    possessive after a consonant is the object or the owner of the sentence's verb, no sponsor
    (sponsors' trade names end otherwise: ``Mavi Yıldız``, ``Kuzeyfon``)."""
    return len(folded) >= MIN_INFLECTED_OPENER and folded[-1] in "ıiuü" and folded[-2] not in VOWELS


def _sponsor_word(article: ArticleText, index: int, other_kind: Callable[[int], bool]) -> bool:
    """A capitalized word of no other kind, not in a case (``Temsilcimiz Galatasaray``)."""
    word = article.words[index]
    return word.text[:1].isupper() and not word.text.isupper() and word.text.isalpha() \
        and not other_kind(index) \
        and (word.start == 0 or article.text[word.start - 1] not in APOSTROPHES) and not _sentence_word(article, word) \
        and not (len(word.folded) > 4 and ends_in(word.folded, "poss1_plural", "case_after_possessive"))


def _verb_look(folded: str) -> bool:
    """``Kazandı``, ``Geldi``, ``Kazanıyor``: a verb of a title-case headline after the club
    (``Galatasaray Kazandı``), no sponsor's word: a finite verb, or the past's ``-DI`` in harmony."""
    return is_finite_verb(folded) or is_bare_past_verb(folded)


def _sentence_word(article: ArticleText, word: Word) -> bool:
    """A word with a locative or ablative ending (``Derbide``, ``Karşılaşmada``), or a sentence's
    first word with a dative (``Haftaya``): the sentence's, no name's."""
    if len(word.folded) <= 4:
        return False
    return ends_in(word.folded, "loc", "abl") \
        or word.start in article.sentence_starts and ends_in(word.folded, "vowel_dative")


def _sponsor_end(article: ArticleText, match: GazetteerMatch, starts: dict[int, int],
                 other_kind: Callable[[int], bool]) -> int | None:
    """The index of the sponsor's last word after ``match``, or None."""
    text, text_words = article.text, article.words
    if match.has_suffix or text[match.end : match.end + 1] != " " or match.end + 1 not in starts:
        return None
    first = starts[match.end + 1]
    last = None
    for index in range(first, min(first + MAX_SPONSOR_WORDS, len(text_words))):
        word = text_words[index]
        if not word.text[:1].isupper() or other_kind(index) or _verb_look(word.folded):
            break
        if index > first and text[text_words[index - 1].end : word.start] != " ":
            break
        last = index
        after = text[word.end : word.end + 1]
        if after != " ":
            return last if after in APOSTROPHES or not after.isalnum() else None
    if last is None or last + 1 >= len(text_words):
        return last
    following = text_words[last + 1]
    joined = text[text_words[last].end : following.start] == " "
    return None if joined and following.text[:1].isupper() else last
