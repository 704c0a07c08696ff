"""Listed names said as common nouns. A body named for an office, said of the office itself: a noun of the post right after the
name, in the compound's possessive (``Cumhurbaşkanlığı seçimi``, ``Başbakanlık koltuğuna``,
``Devlet Başkanlığı yarışı``, ``Belediye Başkanlığı adaylığı``): the race for or the seat of
the office, no organization (``data/office_qualified_nouns.tsv``). A found name after a
determiner of any one (``her İl Sağlık Müdürlüğü``, ``hiçbir X Derneği``) says a kind of body. A body every country has
(flag ``generic``), its last word in lowercase and its first capitalized only as the sentence's
first (``Merkez bankası faizi indirdi``): any country's central bank, no name. A number and a
head after an owner in the genitive (``Mahkemenin İkinci Dairesi``) is the owner's numbered unit.
"""

from __future__ import annotations

import bisect
import re

from pipeline.lang.tr.endings import read_noun_tail, spells_case
from pipeline.lang.tr.numbers import is_ordinal_word
from pipeline.lang.tr.text import after_apostrophe, suffix_end
from pipeline.persons.held_posts import held_post
from pipeline.persons.title_edges import APPOINTING_STEMS
from pipeline.names.finder import ArticleText
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.shape import NameSpan

#: heads of found names that name one holder's post (``Devlet Başkanlığı``, ``X Valiliği
#: görevine``, ``X Büyükelçiliği döneminde``)
POST_HEADS = frozenset({"başkanlığı", "valiliği", "kaymakamlığı", "muhtarlığı", "rektörlüğü", "dekanlığı",
                        "müdürlüğü", "müftülüğü", "başsavcılığı", "büyükelçiliği", "başkonsolosluğu",
                        "başhekimliği", "komutanlığı", "koordinatörlüğü", "ataşeliği"})


def office_noun_follows(article: ArticleText, end: int, office_nouns: tuple[str, ...]) -> bool:
    """Whether a noun of the office, in the possessive (after a plural too: ``seçimlerinde``),
    follows the name ending at ``end``."""
    index = article.first_word_from(end + 1)
    word = article.blanked_words[index].folded if index < len(article.blanked_words) else ""
    return any(_possessed(read_noun_tail(word[len(noun):])) for noun in office_nouns if word.startswith(noun))


def _possessed(tail) -> bool:
    if tail is None:
        return False
    plural = tail.group("plural")  # ``seçimlerini``: the plural and then the possessive
    return tail.group("possessive") is not None or plural is not None and plural[3:4] in ("ı", "i")


def names_a_post(article: ArticleText, span: NameSpan, office_nouns: tuple[str, ...]) -> bool:
    """A found name ending in a post's head (``Başkanlığı``, ``Valiliği``) with no case ending,
    before a noun of the office (``Devlet Başkanlığı yarışı``, ``X Valiliği görevini``): the
    post, not a body."""
    head = article.blanked_words[span.last]
    return head.folded in POST_HEADS and span.end == span.name_end \
        and article.blanked[span.end : span.end + 1] == " " \
        and office_noun_follows(article, span.end, office_nouns)


#: words read after a post's name for such a verb (``X İl Başkanlığına Ali Kaya bir kez daha seçildi``)
APPOINTING_REACH = 6


def appointed_to_post(article: ArticleText, span: NameSpan) -> bool:
    """A found name ending in a post's head in the dative (``CHP Manisa İl Başkanlığına``,
    ``Ankara Valiliğine``) with a verb of election or appointment a few words on, in the same
    sentence: the post someone is put in, not a body."""
    head = article.blanked_words[span.last]
    post = next((h for h in POST_HEADS if head.folded.startswith(h)), None)
    if post is None or not _dative(head.folded[len(post):] + article.text[head.end : suffix_end(article.text, head.end)]):
        return False
    words = article.blanked_words[span.last : span.last + APPOINTING_REACH + 1]
    for before, word in zip(words, words[1:]):
        if any(mark in article.blanked[before.end : word.start] for mark in ".!?\n"):
            return False  # the sentence ended
        if word.folded.startswith(APPOINTING_STEMS):
            return True  # ``seçildi``, ``atanan``, ``getirildi``
    return False


def held_by_someone(article: ArticleText, span: NameSpan) -> bool:
    """A found name ending in a post's head that the titles read as a post someone holds or is put
    in (``pipeline.persons.held_posts``): ``sırasıyla X Müdürlüğü, Y Koordinatörlüğü ve Z Başkanlığı
    görevlerinde bulundu``, ``2012-2016 yılları arasında Kocaeli Emniyet Müdürlüğü yaptı``,
    ``Şirketin Güvenlik Koordinatörlüğüne getirildi``, ``Ali Kaya Samsun Valiliğine, Veli Can ise
    Bakanlık Merkez Valiliğine atandı``: the post, no mention of a body (a body named as such
    elsewhere keeps that mention). A post in the nominative right before a verb of conducting
    (``Soruşturmayı İl Emniyet Müdürlüğü yürüttü``) is the body doing it; in the nominative it is
    a post only in a list of posts, before its duty (``görevini``) or before ``yap-``."""
    head = article.blanked_words[span.last]
    stem = next((h[:-4] for h in POST_HEADS if head.folded.startswith(h[:-4])), None)
    if stem is None or span.end != suffix_end(article.text, head.end):
        return False
    index = bisect.bisect_left([w.start for w in article.words], head.start)
    if index >= len(article.words) or article.words[index].start != head.start:
        return False
    if held_post(article.text, article.words, index, head.folded[len(stem):]) is None:
        return False
    if span.end != span.name_end:
        return True  # a case ending: ``Valiliğine``, ``Komutanlığını``
    following = article.text[span.end : span.end + 6]
    return following.startswith((",", " ve ", " görev", " yap", " da yap", " de yap")) \
        and not _object_before(article, span)


#: a lowercase word in the accusative (``açıklamayı``, ``denetimini``) fronted before a body doing it
_ACCUSATIVE = re.compile(r"(?:[aeıioöuü]y|n)[ıiuü]$")


def _object_before(article: ArticleText, span: NameSpan) -> bool:
    """``Açıklamayı İl Sağlık Müdürlüğü yaptı``: an object in the accusative right before the name
    (in lowercase, or capitalized as the sentence's first word) makes the name the doer."""
    if span.first == 0:
        return False
    before = article.blanked_words[span.first - 1]
    return (before.text[:1].islower() or before.start in article.sentence_starts) \
        and bool(_ACCUSATIVE.search(before.folded))


def _dative(ending: str) -> bool:
    """``na``/``ne`` after the possessive (``Başkanlığı-na``), also after an apostrophe (``'na``)."""
    return ending.lstrip("'’") in ("na", "ne")


def generic_body_in_lowercase(article: ArticleText, match: GazetteerMatch, flags: frozenset[str]) -> bool:
    """``Merkez bankası`` opening a sentence: a generic body's name in lowercase after its first word."""
    if "generic" not in flags or match.start not in article.sentence_starts:
        return False
    mention = article.words_between(match.start, match.name_end)
    return len(mention) > 1 and mention[-1].text[:1].islower()


#: determiners that make the name after them any one of its kind (``her İl Müftülüğü``)
ANY_ONE = frozenset({"her", "hiçbir"})


def said_of_any(article: ArticleText, span: NameSpan) -> bool:
    """A found name right after ``her`` or ``hiçbir``: any body of the kind, no name."""
    return span.first > 0 and article.blanked_words[span.first - 1].folded in ANY_ONE


def numbered_unit_of_owner(article: ArticleText, span: NameSpan) -> bool:
    """``Mahkemenin 7 üyeli İkinci Dairesi``, ``Danıştay'ın 5. Dairesi``: a found name of an ordinal
    and its head alone, after an owner in the genitive a few words before, names the owner's
    numbered unit, no body of its own name (``Yargıtay 3. Hukuk Dairesi`` names its owner)."""
    text_words = article.blanked_words
    first = text_words[span.first]
    ordinal = is_ordinal_word(first.folded) or first.text.isdigit() and article.text[first.end : first.end + 1] == "."
    if not ordinal or span.last - span.first != 1 or span.first == 0:
        return False
    for word in reversed(text_words[max(0, span.first - UNIT_OWNER_REACH) : span.first]):
        if any(mark in article.blanked[word.end : text_words[span.first].start] for mark in ".!?\n"):
            return False
        if after_apostrophe(article.text, word.start) and spells_case(word.folded, "gen") \
                or _BUFFERED_GENITIVE.search(word.folded):
            return True
    return False


#: words read back from a numbered unit for its owner in the genitive (``Mahkemenin 7 üyeli``)
UNIT_OWNER_REACH = 3
#: a genitive whose buffer ``n`` shows it after a vowel (``mahkemenin``; ``için`` is none)
_BUFFERED_GENITIVE = re.compile(r"[aeıioöuü]n[ıiuü]n$")
