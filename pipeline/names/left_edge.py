"""Where a name found by its head noun begins (``pipeline.names.shape``): the run of
capitalized words before the head, read leftwards up to a word of the clause (a case ending
inside the run, a plural in a case, a place said in a case without an apostrophe), a title
(``Vakfı Başkanı Ali Demir ve ...``) or a second name after ``ve``; then trimmed of leading
connectors, function words and counts, an ordinal or a date that numbers the name staying.
The joints of a name's words (space, hyphen; an apostrophe ends one) are read here too.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from pipeline.lang.tr.calendar import month_numbers
from pipeline.lang.tr.endings import ends_in
from pipeline.lang.tr.numbers import is_ordinal_suffix
from pipeline.lang.tr.text import APOSTROPHES, Word, after_apostrophe, before_apostrophe, is_all_caps, turkish_lower
from pipeline.names.canonical import CONNECTORS, NAME_JOINTS, POSTNOMINAL_HONORIFICS, dotted_name_word, is_initial
from pipeline.names.name_lists import listed_in_name
from pipeline.names.openers import LOCAL_OFFICE_OPENERS, MIN_OBLIQUE_WORD
from pipeline.names.person_before import ends_listed_person
from pipeline.resources import read_tsv

if TYPE_CHECKING:
    from pipeline.names.shape import HeadNouns

#: the hyphens that join the words of one name (``Memur-Sen``, ``Bosna-Hersek``)
HYPHENS = frozenset({"-", "–", "‑"})
INDEFINITE = "bir"
#: The Ottoman joining vowel of a historic name (``İmalat-ı Harbiye``, ``Mecelle-i Ahkâm``).
IZAFE_VOWELS = frozenset({"ı", "i", "u", "ü"})
#: The longest name (in words) the head-noun pattern builds.
MAX_NAME_WORDS = 9
#: Words after a number that make it the name's number (``12 Nolu Kooperatifi``, ``3 Numaralı``).
NUMBERED = {"nolu", "numaralı"}
#: A department of a body, named before ``ve``: it ends a name of its own, so the run after the
#: ``ve`` is a second name (``Kimya Bölümü ve Ege Üniversitesi``: the department and a university)
DEPARTMENTS = frozenset({"bölümü", "dalı", "servisi", "kliniği"})
#: Words after an ordinal that make it a period's, not the name's (``1. Dönem İl Koordinasyon Kurulu``).
PERIOD_WORDS = {"dönem", "yarıyıl", "çeyrek", "etap", "sezon"}
#: Words before a number that make it a share (``yüzde 6. Sol Parti``: the sentence ends at the stop).
SHARE_WORDS = frozenset({"yüzde", "binde"})
#: A line that opens with a numbered list item (``1. Plan ve Bütçe Komisyonu ...``).
_LIST_ITEM_OPENING = re.compile(r"\d{1,2}\. ")
#: A plural in a case (``Yangınlara``, ``Köylerde``): a word of the clause, never inside a name.
_PLURAL_IN_CASE = re.compile(r"l[ae]r(?:[ae]|[dt][ae]n?|[ıi]n)$")
#: Locatives after a possessive, ``-ncA`` after one (``Müdürlüklerince``: by the body) and ``-ki``
#: forms (``Komutasında``, ``Denizdeki``): a word of a clause, never inside a name
#: A locative or ablative ending (``-da``, ``-ten``) at a word's end
_PLACE_CASE = re.compile(r"[dt][ae]n?$")
#: ``-ncA`` after a plural's possessive (``Müdürlüklerince``)
_PLURAL_EQUATIVE = re.compile(r"l[ae]r[ıi]nc[ae]$")
_INNER_CASE_ENDINGS = ("loc_after_possessive", "abl_after_possessive", "equ_after_possessive", "loc_ki")

def extend_left(
    text: str, text_words: list[Word], head_first: int, heads: HeadNouns, proper_starts: frozenset[int],
    field_words: frozenset[str] = frozenset(), place_words: frozenset[str] = frozenset(),
) -> int:
    first = head_first
    listed_fields = 0  # fields listed with commas (``Enerji, Tabii Kaynaklar, Bilgi ve``) lengthen no run
    # words joined by a bare hyphen are one word of the name (``Bölgesel Deprem-Tsunami İzleme``)
    hyphened = 0
    eponym = False  # a person's name with a dotted initial or rank was passed (``Rahmi M. Koç``)
    while first > 0 and head_first - first + 1 < MAX_NAME_WORDS + listed_fields + hyphened:
        word, following = text_words[first - 1], text_words[first]
        hyphened += text[word.end : following.start] in HYPHENS
        if eponym and word.folded in CONNECTORS:
            break  # ``Nazan Gezer ve Rahmi M. Koç Müzesi``: the eponym's name opens the body's
        eponym = eponym or text[word.end : following.start] == ". "
        ordinal = _ordinal_before(text, text_words, first)
        if ordinal is not None:  # ``40. Ağır Ceza Mahkemesi``, ``3'üncü Kolordu``: the number is in the name
            first = ordinal
            continue
        listed = listed_in_name(text, text_words, first, head_first, field_words)
        listed_fields += listed
        if not (joined_in_name(text, word, following) or listed) or is_suffix_word(text, word) \
                or has_suffix(text, word):
            break
        if not (word.text[:1].isupper() or word.text[:1].isdigit() or word.folded in CONNECTORS
                or _is_izafe(text, text_words, first - 1)):
            break
        if len(word.folded) >= MIN_OBLIQUE_WORD and ends_in(word.folded, *_INNER_CASE_ENDINGS) \
                and word.start not in proper_starts and not _only_ends_like_equative(text, text_words, first - 1, heads):
            break  # ``Komutasında Denizdeki Operasyonu``: a name inflects only its last word
        if len(word.folded) >= MIN_OBLIQUE_WORD and _PLURAL_IN_CASE.search(word.folded) \
                and word.start not in proper_starts:
            break  # ``Yangınlara Orman Bölge Müdürlüğü``
        if _place_in_case(word.folded, place_words) and word.start not in proper_starts:
            break  # ``Konyada İl Spor Kurulu``: where the body met, no word of its name
        if _dateline_place(word, following, place_words):
            break  # ``SİVAS Cumhuriyet Üniversitesi``: the dateline's city, then the news
        if _is_ours(word.folded):
            break  # ``Belediyemiz Fen İşleri Müdürlüğü``: "our" body's unit, said by a speaker
        if word.folded in POSTNOMINAL_HONORIFICS and first < head_first:
            break  # ``Ahmet Bey Mülkiye Mektebi'ni``: the honorific closes a person's name (``Ayşe Hanım Anaokulu``
            # bears hers: the head right after it)
        title = heads.match(text, text_words, first - 1)
        if title is not None and title[3] == "exclude" and first < head_first:
            # ``Vakfı Başkanı Ali Demir ve İstanbul ... Vakfı``: after a title comes a person's
            # name; the organization's name begins after the ``ve`` that ends it. Right before the
            # head, an initiative or a forum names what the body is for (``Kadın Girişimi Kooperatifi``)
            joined = [i for i in range(first, head_first) if text_words[i].folded in CONNECTORS]
            return joined[-1] + 1 if joined else first
        if word.folded in CONNECTORS and following.folded in LOCAL_OFFICE_OPENERS:
            break
        if word.folded in CONNECTORS and heads.is_one_word_name(text_words[head_first]):
            break  # ``Zeren Spor ve Nilüfer Belediyespor``: a club's name holds no ``ve``
        if word.folded in CONNECTORS and first > 1:
            before = first - 2
            if ends_listed_person(text_words, before):
                break  # ``Ali Kaya ve Ege Kalkınma Ajansı``: a person, then the body
            if text_words[before].start in proper_starts or _closes_a_name(text, text_words, before, heads) \
                    or heads.is_one_word_name(text_words[before]) or text_words[before].folded in DEPARTMENTS:
                break  # ``Boğaziçi Üniversitesi ve Orta Doğu Teknik Üniversitesi``: two names
        first -= 1
    else:
        if first > 0 and text_words[first - 1].text[:1].isupper() \
                and joined_in_name(text, text_words[first - 1], text_words[first]):
            # the run goes on past the longest name: it is a list (``Müdürü Ece Yılmaz ve Kuzey
            # Ege Deniz Arama Kurtarma Komutanlığı``), and the name begins after its first ``ve``
            # (``Limanı ve Batı Anadolu Tarım ve Orman Bölge Müdürlüğü``), or after the last name
            # closed inside it, a unit's parents (``Boğaziçi Üniversitesi Kandilli Rasathanesi
            # Bölgesel Deprem-Tsunami İzleme ve Değerlendirme Merkezi``: the centre)
            closed = _last_closed_name(text, text_words, first, head_first, heads)
            if closed is not None:
                return closed + 1
            joined = [i for i in range(first, head_first) if text_words[i].folded in CONNECTORS]
            return joined[0] + 1 if joined else first
    return first


def _last_closed_name(text: str, text_words: list[Word], first: int, head_first: int,
                      heads: HeadNouns) -> int | None:
    """The last word before ``head_first`` that closes a name by a head noun (no title's), with
    a capitalized word, no ``ve``, after it."""
    for i in range(head_first - 2, first - 1, -1):
        head = heads.match(text, text_words, i)
        if head is not None and head[3] != "exclude" and text_words[i + 1].folded not in CONNECTORS:
            return i
    return None


def _closes_a_name(text: str, text_words: list[Word], before: int, heads: HeadNouns) -> bool:
    """Whether the word before a ``ve`` closes a name of its own: a head noun does, a closing
    word only where the next name ends in it too (``Dörtyol Spor ve Reyhanlı Spor``); else it is
    a field the one name lists (``Görsel Yapım ve Foto Film Merkez Komutanlığı``)."""
    from pipeline.names.shape import CLOSING, closes_run  # shape.py reads this module

    head = heads.match(text, text_words, before)
    return head is not None and (head[3] != CLOSING or closes_run(text, text_words, before))


def _only_ends_like_equative(text: str, text_words: list[Word], index: int, heads: HeadNouns) -> bool:
    """``Derince``: a name that ends like the ``-ncA`` after a possessive (``Müdürlüğünce``: by
    the body) without the locative, ablative or ``-ki`` endings; the ``-ncA`` ends a clause's
    word only after a head noun (``Bakanlığınca``) or a plural (``Müdürlüklerince``)."""
    folded = text_words[index].folded
    if ends_in(folded, *(e for e in _INNER_CASE_ENDINGS if e != "equ_after_possessive")):
        return False
    return _PLURAL_EQUATIVE.search(folded) is None and heads.match(text, text_words, index) is None


#: ``-(I)mIz`` after a vowel, in harmony: ``Belediyemiz``, ``Kurumumuz``, ``Odamız`` ("our ...")
_OURS = re.compile(r"(?:[aı]mız|[ei]miz|[ou]muz|[öü]müz)$")
#: shorter words ending so are as often names (``Temiz``)
MIN_OURS_WORD = 7


def _dateline_place(word: Word, following: Word, place_words: frozenset[str]) -> bool:
    """A listed place in capitals before a word that is not (``SİVAS Cumhuriyet``): a
    dateline's city; a name in capitals is in capitals throughout."""
    return word.folded in place_words and is_all_caps(word.text) and len(word.text) > 1 \
        and not is_all_caps(following.text)


def _is_ours(folded: str) -> bool:
    """A noun with the first person plural possessive (``Üniversitemiz``): a word of the
    clause, never of a name."""
    return len(folded) >= MIN_OURS_WORD and _OURS.search(folded) is not None


def _place_in_case(folded: str, place_words: frozenset[str]) -> bool:
    """``Konyada``, ``İzmirden``: a listed place with a locative or ablative ending written
    without an apostrophe (a name inflects only its last word)."""
    case = _PLACE_CASE.search(folded)
    return case is not None and folded[: case.start()] in place_words


def _is_izafe(text: str, text_words: list[Word], index: int) -> bool:
    """``İmalat-ı Harbiye``, ``Mecelle-i Ahkâm``: the Ottoman joining vowel, hyphened to a
    capitalized word, is a word of the historic name."""
    word = text_words[index]
    return word.text in IZAFE_VOWELS and index > 0 and text[word.start - 1] == "-" \
        and text_words[index - 1].end == word.start - 1 and text_words[index - 1].text[:1].isupper()


def after_indefinite(text_words: list[Word], first: int, head_first: int) -> int:
    """``İLK KEZ BİR CEZAEVİNİN``: after the indefinite ``bir`` comes a common noun, and the
    words before it are the clause's (headline capitals make them look like a name's)."""
    for index in range(head_first - 1, first - 1, -1):
        if text_words[index].folded == INDEFINITE:
            return index + 1
    return first


def _ordinal_before(text: str, text_words: list[Word], index: int) -> int | None:
    """Index of an ordinal number right before word ``index`` (``40.`` or ``3'üncü``), else None."""
    if index < 1:
        return None
    before = text_words[index - 1]
    if before.text.isdigit() and text[before.end : text_words[index].start] == ". ":
        return None if _is_share(text, text_words, index - 1) or _is_list_number(text, before) else index - 1
    if index >= 2 and is_ordinal_suffix(before.folded) and text_words[index - 2].text.isdigit() \
            and text[text_words[index - 2].end : before.start] in APOSTROPHES \
            and text[before.end : text_words[index].start] == " ":
        return index - 2
    return None


def _is_list_number(text: str, number: Word) -> bool:
    """The number of an item of a numbered list written one item a line (``programı şöyle:``,
    then ``1. Plan ve Bütçe Komisyonu ...``, ``2. Dışişleri Komisyonu ...``): it opens its line,
    and the line before (blank lines aside) ends with a colon or opens with a number of its own.
    It numbers no name; ``3. Kolordu`` after a sentence and ``Ankara 5. Ağır Ceza Mahkemesi``
    keep theirs."""
    line_start = text.rfind("\n", 0, number.start) + 1
    if line_start == 0 or text[line_start : number.start].strip():
        return False
    before = text[:line_start].rstrip()  # blank lines between items
    line_before = before[before.rfind("\n") + 1 :].strip()
    return line_before.endswith(":") or _LIST_ITEM_OPENING.match(line_before) is not None


def _is_share(text: str, text_words: list[Word], index: int) -> bool:
    """``yüzde 6.``, ``%6.``: a share ends its sentence at the full stop; it numbers no name."""
    if index > 0 and text_words[index - 1].folded in SHARE_WORDS:
        return True
    return text[: text_words[index].start].rstrip().endswith("%")


def trim_left(text, text_words: list[Word], first: int, head_first: int, stopwords: set[str]) -> int:
    """Drop leading connectors, cardinal numbers and capitalized function words (``Ayrıca``);
    a capitalized word listed before ``ve`` stays (``Bilim ve Sanayi``: fields of the name);
    an ordinal stays (``5. Filo``), and so does a number that numbers the name (``12 Nolu``) or a
    date that opens it (``15 Temmuz Şehitler Derneği``)."""
    while first < head_first:
        word = text_words[first]
        numbered = text_words[first + 1].folded in NUMBERED or _ordinal_before(text, text_words, first + 1) == first \
            or first + 2 < head_first and text_words[first + 1].folded in month_numbers()  # ``15 Temmuz ... Derneği``
        ordinal = word.text.isdigit() and (numbered or _ordinal_before(text, text_words, first + 2) == first)
        listed_field = first + 2 < head_first and word.text[:1].isupper() \
            and (text_words[first + 1].folded in CONNECTORS or text[word.end : text_words[first + 1].start] == ", ")
        # ``Tarım ve Gıda Araştırma Ajansı``, ``Sağlık, Aile ve Sosyal İşler Komisyonu``: a field of the name
        if word.folded in CONNECTORS or word.folded in stopwords and not listed_field \
                or word.text.isdigit() and not ordinal:
            first += 1
        elif ordinal and text_words[first + 1].folded in PERIOD_WORDS and first + 1 < head_first:
            first += 2  # ``1. Dönem``: the period of a meeting, no part of the body's name
        else:
            break
    return first


def joined_in_name(text: str, left: Word, right: Word) -> bool:
    """Two words of one name: on one line, with nothing but a name joint (space, hyphen) between;
    a dash with a space beside it separates (``DUVAR - İBB``, a dateline before a name)."""
    gap = text[left.end : right.start]
    if gap == ". " and right.text[:1].isupper() and dotted_name_word(left) \
            and not (is_initial(left.text) and text[left.start - 1 : left.start] == "."):  # not ``T.C.``
        return True  # ``Kartal Dr. Lütfi Kırdar Şehir Hastanesi``, ``Rahmi M. Koç Müzesi``: a person's name inside
    joint = gap.strip()
    return "\n" not in gap and joint in NAME_JOINTS and (joint not in HYPHENS or gap == joint or _typed_hyphen(gap, left))


def _typed_hyphen(gap: str, left: Word) -> bool:
    """``Türkiye- Japonya``: a hyphen with a space after it only, after a country's name not in
    capitals, joins the two words as a hyphen does (a pair of countries names a bilateral body;
    a dateline keeps it: ``ANKARA- AB``, ``Kent Haber- Bakanlık``)."""
    return gap[:1] in HYPHENS and gap[1:] == " " and not left.text.isupper() and left.folded in _country_words()


@functools.cache
def _country_words() -> frozenset[str]:
    """The folded names of countries written in one word (``türkiye``, ``japonya``)."""
    return frozenset(turkish_lower(row[column]) for row in read_tsv("countries.tsv")
                     for column in ("name", "cldr_name") if " " not in row[column])


def is_suffix_word(text: str, word: Word) -> bool:
    """The ``nin`` of ``ABD'nin``: a case suffix, not a word of a name (``'Zeytin Dalı'``: an
    apostrophe after a space or at the start opens a quotation)."""
    return after_apostrophe(text, word.start) and word.start > 1 and text[word.start - 2].isalnum()


def has_suffix(text: str, word: Word) -> bool:
    """``ABD'nin``: a word with an apostrophe suffix ends a name; nothing before joins the next."""
    return before_apostrophe(text, word.end)
