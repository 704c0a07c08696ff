"""Organizations named together before one plural head noun.

``Dışişleri, Sağlık ve İçişleri Bakanlıkları`` names three ministries, ``Ankara, İzmir ve Bursa
büyükşehir belediyeleri`` three municipalities: each conjunct with the head in the singular is
one organization (``Sağlık Bakanlığı``, ``Bursa Büyükşehir Belediyesi``). Words between the
last conjunct and the head belong to every name: lowercase ones (``büyükşehir``, ``il sağlık``)
always, capitalized ones when every conjunct is a place (``Ankara ve İzmir Büyükşehir
Belediyeleri``); after a lowercase head the conjuncts are places, else the plural describes
names given already (``PKK ve FETÖ terör örgütleri``). A name that itself holds a comma or a ``ve`` is one conjunct when a list
spells it with the head (``Enerji ve Tabii Kaynaklar``, ``Ulaştırma, Denizcilik ve
Haberleşme`` before ``Bakanlıkları``).

A plural followed by a capitalized head noun of its own is a word of one name (``Esnaf ve
Sanatkarlar Odaları Birliği``), no list's head.

A lowercase head with nothing between it and the names (``Türkiye ve Rusya bakanlıkları``) is
prose, not a list of names: left alone, unless every name the list makes with the head is
listed (``Tarım ve Orman ile Sanayi ve Teknoloji bakanlıkları``; ``ile`` joins a list too).
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import attrgetter
from dataclasses import dataclass

from pipeline.lang.tr.endings import ends_in
from pipeline.lang.tr.text import Word, suffix_end, turkish_lower, turkish_upper
from pipeline.lexicons.catalogue import Catalogue
from pipeline.names.finder import ArticleText
from pipeline.names.openers import MIN_OBLIQUE_WORD
from pipeline.names.canonical import CONNECTORS
from pipeline.names.left_edge import has_suffix, is_suffix_word, joined_in_name
from pipeline.names.shape import HeadNouns, NameSpan

#: The most words of one conjunct (``Milli Eğitim``, ``Tabii Kaynaklar``).
MAX_CONJUNCT_WORDS = 4
_FOLDED = attrgetter("folded")
#: The most capitalized words after a plural up to a head noun that makes it a word of one name
#: (``Kurumları Genel Müdürlüğü``)
MAX_HEAD_WORDS = 3
#: The most words between the last conjunct and the head (``il sağlık``).
MAX_SHARED_WORDS = 2
#: A sentence's first word this long with a case ending is the sentence's (``Törene``).
MIN_OPENER_IN_CASE = 6
#: Words joining a list's names (``Tarım ve Orman ile Sanayi ve Teknoloji``)
LIST_CONNECTORS = CONNECTORS | {"ile"}
#: Folded words that end in ``-lAr`` + possessive and are no plural head worth a look.
_PLURAL_MARKS = ("ları", "leri", "larına", "lerine", "larının", "lerinin", "larında", "lerinde",
                 "larını", "lerini", "larından", "lerinden")


@dataclass(frozen=True, slots=True)
class _Conjunct:
    first: int  #: index of its first word
    last: int  #: index of its last word


class CoordinatedNames:
    def __init__(self, heads: HeadNouns, catalogue: Catalogue, stopwords: set[str], places: frozenset[str],
                 generic_words: frozenset[str] = frozenset()) -> None:
        self.heads = heads
        self.catalogue = catalogue
        self.stopwords = stopwords
        self.places = places
        self.generic_words = generic_words

    def find(self, article: ArticleText, proper_starts: frozenset[int]) -> list[NameSpan]:
        """The names of the conjuncts before every plural head in the article; ``proper_starts``
        are the starts of countries' words (places, like the listed cities)."""
        text, text_words = article.blanked, article.blanked_words
        spans = []
        # the plural test at C level first: few words end so
        for index in compress(count(), map(str.endswith, map(_FOLDED, text_words), repeat(_PLURAL_MARKS))):
            word = text_words[index]
            if is_suffix_word(text, word):
                continue
            head = self.heads.singular_of_plural(word.folded)
            if head is not None and not self._inside_longer_name(text, text_words, index):
                spans += self._names_before(article, index, head, proper_starts)
        return spans

    def _names_before(self, article: ArticleText, head_index: int, head: str, proper_starts: frozenset[int]) -> list:
        text, text_words = article.blanked, article.blanked_words
        head_word = text_words[head_index]
        shared = [] if head_word.text[:1].isupper() else _shared_words(text, text_words, head_index)
        # ``Türkiye ve Rusya bakanlıkları``: prose, unless every name the list makes is listed
        listed_only = not head_word.text[:1].isupper() and not shared
        last = head_index - len(shared) - 1
        conjuncts, after_name = self._conjuncts_ending_at(article, last)
        if len(conjuncts) < 2 and not (conjuncts and after_name and head_word.text[:1].isupper()):
            return []
        if any(self.catalogue.key_of(article.text[text_words[c.first].start : head_word.end]) is not None for c in conjuncts):
            return []  # ``Esnaf ve Sanatkarlar Kredi ve Kefalet Kooperatifleri``: one listed name in the plural
        if listed_only:
            return self._listed_names(article, conjuncts, head_index, head)
        if shared and not self._all_places(text_words, conjuncts, proper_starts, last_alone=True):
            return []  # ``PKK ve FETÖ terör örgütleri``: a lowercase plural after other names describes them
        if not shared and self._all_places(text_words, conjuncts, proper_starts):
            final = conjuncts[-1]  # ``Ankara ve İzmir Büyükşehir Belediyeleri``: the city, then shared words
            shared = text_words[final.first + 1 : final.last + 1]
            conjuncts[-1] = _Conjunct(final.first, final.first)
        shared_text = "".join(" " + turkish_upper(w.text[0]) + w.text[1:] for w in shared)
        return self._spans(article, conjuncts, head_index, f"{shared_text} {head}", head)

    def _listed_names(self, article: ArticleText, conjuncts: list[_Conjunct], head_index: int, head: str) -> list:
        """``Çevre, Şehircilik ve İklim Değişikliği, Tarım ve Orman ile Sanayi ve Teknoloji
        bakanlıkları``: before a lowercase head, a list whose every name is listed."""
        spans = self._spans(article, conjuncts, head_index, f" {head}", head)
        return spans if all(self.catalogue.key_of(span.written) is not None for span in spans) else []

    def _spans(self, article: ArticleText, conjuncts: list[_Conjunct], head_index: int, suffix: str, head: str) -> list:
        text, text_words = article.blanked, article.blanked_words
        head_word = text_words[head_index]
        spans = []
        for first, last_conjunct in self._merged(article.text, text_words, conjuncts, suffix):
            start, end = text_words[first.first].start, text_words[last_conjunct.last].end
            if first is last_conjunct and self._names_itself(article.text[start:end]):
                continue  # ``PKK, FETÖ ve DEAŞ terör örgütleri``: named already, the plural describes them
            name = article.text[start:end] + suffix
            if self._names_a_kind(text_words[first.first : last_conjunct.last + 1], name):
                continue  # ``Bölge Adliye ve Bölge İdare Mahkemeleri``: kinds of body, no particular one
            if last_conjunct is conjuncts[-1]:  # the last names the head too: its mention runs to it
                spans.append(NameSpan(first.first, head_index, start, head_word.end,
                                      suffix_end(text, head_word.end), head, "", -1, name))
            else:
                spans.append(NameSpan(first.first, last_conjunct.last, start, end, end, head, "", -1, name))
        return spans

    def _conjuncts_ending_at(self, article: ArticleText, last: int) -> tuple[list[_Conjunct], bool]:
        """The capitalized names joined by commas and ``ve`` that end at word ``last``, in order,
        and whether a name with a head of its own comes before them in the list."""
        text, text_words = article.blanked, article.blanked_words
        conjuncts: list[_Conjunct] = []
        after_name = False
        end = last
        while end >= 0 and self._may_name(text, text_words[end]):
            first = end
            while first > 0 and end - first + 1 < MAX_CONJUNCT_WORDS \
                    and joined_in_name(text, text_words[first - 1], text_words[first]) \
                    and self._may_name(text, text_words[first - 1]):
                first -= 1
            if self._head_in_case(text, text_words, end):
                break  # ``Ağır Ceza Mahkemesince, Sincan Ceza İnfaz Kurumları``: a name in a case of its own
            if conjuncts and self._ends_in_head(text, text_words, end):
                # ``MİT Başkanlığı ile Cumhuriyet Başsavcılıkları``: a name with its own head ends
                # the list; what follows it are the plural head's names (one is enough: a list)
                after_name = True
                break
            conjuncts.append(_Conjunct(first, end))
            if first == 0:
                break
            before = text_words[first - 1]
            gap = text[before.end : text_words[first].start]
            if gap == ", " and not has_suffix(text, before):
                end = first - 1
            elif before.folded in LIST_CONNECTORS and gap == " " and first >= 2 \
                    and text[text_words[first - 2].end : before.start] == " ":
                end = first - 2
            else:
                break
        conjuncts.reverse()
        while conjuncts and self._opens_sentence_only(article, text_words, conjuncts[0].first):
            opening = conjuncts.pop(0)
            if opening.first < opening.last:
                conjuncts.insert(0, _Conjunct(opening.first + 1, opening.last))
        return conjuncts, after_name

    def _ends_in_head(self, text: str, text_words: list[Word], index: int) -> bool:
        """Whether word ``index`` ends a head noun of its own (``Başkanlığı``): a name, not a
        conjunct waiting for the plural head."""
        found = self.heads.match(text, text_words, index)
        return found is not None and found[3] != "exclude" and found[1] == len(text_words[index].folded)

    def _head_in_case(self, text: str, text_words: list[Word], index: int) -> bool:
        """Whether word ``index`` is a head noun with a case ending glued on (``Mahkemesince``,
        ``Bakanlığınca``): that name is a sentence's agent or place, no conjunct before a plural."""
        found = self.heads.match(text, text_words, index)
        return found is not None and found[3] != "exclude" and found[1] < len(text_words[index].folded)

    def _inside_longer_name(self, text: str, text_words: list[Word], index: int) -> bool:
        """``Esnaf ve Sanatkarlar Odaları Birliği``: a plural before capitalized words closed by a
        head noun of their own, or by an office's title, is a word of that one body's name (a union
        of chambers; ``Ceza ve Tedbir İnfaz Kurumları Genel Müdürlüğü``, ``Kalkınma Ajansları Genel
        Müdürü``), no list's head."""
        for following in range(index + 1, min(index + 1 + MAX_HEAD_WORDS, len(text_words))):
            if text[text_words[following - 1].end : text_words[following].start] != " " \
                    or not text_words[following].text[:1].isupper():
                return False
            if self.heads.match(text, text_words, following) is not None:
                return True
        return False

    def _names_a_kind(self, conjunct_words: list[Word], name: str) -> bool:
        """A name of generic words only (``Bölge İdare Mahkemesi``) that no row lists (``Sağlık
        Bakanlığı`` is one) names a kind of body, as a bare ``Yönetim Kurulu`` does."""
        return all(w.folded in self.generic_words for w in conjunct_words) and self.catalogue.key_of(name) is None

    def _names_itself(self, conjunct: str) -> bool:
        """A conjunct that is a listed organization's name, not a place's (``FETÖ``), nor an
        ordinary word that names a newspaper only before a word of the press (``Cumhuriyet``)."""
        key = self.catalogue.key_of(conjunct)
        return key is not None and turkish_lower(conjunct) not in self.places \
            and "press" not in self.catalogue[key].flags

    def _opens_sentence_only(self, article: ArticleText, text_words: list[Word], index: int) -> bool:
        """A list's first word that is the sentence's, not a name's: a function word (``Ayrıca
        Sağlık ve ...``), or a sentence's first word in a case or the plural (``Törene Sağlık ve ...``,
        ``Projeler Tarım ve Orman ile ...``) or before a place (``Rapor Adana, Mersin ve ...``; a place's name opens its bodies' names)."""
        word = text_words[index]
        if word.folded in self.stopwords:
            return True
        if word.start not in article.sentence_starts or word.folded in self.places:
            return False
        following = text_words[index + 1]
        return len(word.folded) >= MIN_OPENER_IN_CASE and ends_in(word.folded, "vowel_dative", "loc", "abl", "plural") \
            or following.folded in self.places and joined_in_name(article.blanked, word, following)

    def _may_name(self, text: str, word: Word) -> bool:
        """A word that may be part of a conjunct: capitalized, no suffix after an apostrophe, not
        a long word in a case (``Açıklamada``: the sentence's). Function words (``Ayrıca``) may
        stand inside a list (``Tabii Kaynaklar``), not open it."""
        return word.text[:1].isupper() and not has_suffix(text, word) and not is_suffix_word(text, word) \
            and not (len(word.folded) >= MIN_OBLIQUE_WORD and ends_in(word.folded, "loc", "abl"))

    def _all_places(self, text_words: list[Word], conjuncts: list[_Conjunct], proper_starts: frozenset[int],
                    last_alone: bool = False) -> bool:
        """Whether every conjunct is one place's name; the last may hold more words after its
        place unless ``last_alone`` (``Ankara ve İzmir Büyükşehir``)."""
        def place(word: Word) -> bool:
            return word.folded in self.places or word.start in proper_starts
        final = conjuncts[-1]
        return all(c.first == c.last and place(text_words[c.first]) for c in conjuncts[:-1]) \
            and place(text_words[final.first]) and (final.last == final.first if last_alone else final.last > final.first)

    def _merged(self, text: str, text_words: list[Word], conjuncts: list[_Conjunct], suffix: str) -> list:
        """(first, last) conjuncts of each name: runs of conjuncts that a listed name spells with
        the head (``Enerji ve Tabii Kaynaklar Bakanlığı``) are one name, the longest first."""
        names, i = [], 0
        while i < len(conjuncts):
            j = next((j for j in range(len(conjuncts) - 1, i, -1) if self.catalogue.key_of(
                text[text_words[conjuncts[i].first].start : text_words[conjuncts[j].last].end] + suffix) is not None), i)
            names.append((conjuncts[i], conjuncts[j]))
            i = j + 1
        return names


def _shared_words(text: str, text_words: list[Word], head_index: int) -> list[Word]:
    """The lowercase words right before the head (``büyükşehir`` of ``büyükşehir belediyeleri``)."""
    shared: list[Word] = []
    index = head_index - 1
    while index >= 0 and len(shared) < MAX_SHARED_WORDS:
        word = text_words[index]
        if not word.text.islower() or word.folded in CONNECTORS or not joined_in_name(text, word, text_words[index + 1]):
            break
        shared.insert(0, word)
        index -= 1
    return shared
