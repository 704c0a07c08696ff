"""What the words around a title phrase tell about its edges: a genitive that owns the office,
a capitalized word that goes on with a name, a name before ``ve``, a word in an oblique case.
Read by ``pipeline.persons.titles``."""

from __future__ import annotations

import bisect
import re

from pipeline.lang.tr.endings import (
    ends_in, is_compound_head, read_noun_tail, without_compound_possessive, without_ending,
)
from pipeline.lang.tr.morphology import VOWELS
from pipeline.names.left_edge import HYPHENS
from pipeline.persons.name_words import HYPHEN_PARTICLES
from pipeline.lang.tr.text import (
    Word,
    after_apostrophe,
    is_all_caps,
    is_capitalized,
    strip_apostrophe_suffix,
    turkish_lower,
)

#: an unmarked ablative (or a locative after a possessive) on a capitalized word marks an
#: institution in an oblique case (``Daimi Temsilciliğinden Büyükelçi``): the title phrase does
#: not reach over it
OBLIQUE_CASES = ("abl", "loc_after_possessive")
#: the dative after a compound's possessive (``Rektörlüğüne``, ``Bölgesine``)
_DATIVE_AFTER_POSSESSIVE = ("na", "ne")
#: an institution in ``-lIk`` in the locative (``Bakanlıkta``, ``Müdürlükte``): where the office after it is held
_INSTITUTION_LOCATIVE = re.compile("l[ıiuü]kt[ae]$")
#: ``Genişlemeden Sorumlu Üyesi``: the ablative belongs to the title
RESPONSIBLE = "sorumlu"
#: a holder's standing, said right before the office and no part of it (``Bağımsız Belediye
#: Başkanı``: the office is ``Belediye Başkanı``, held without a party; ``Bağımsız Devletler
#: Topluluğu Genel Sekreteri`` keeps its body)
STANDINGS = {"bağımsız"}
#: words that follow a country's name in the state's full name (``Kazakistan Cumhuriyeti``)
STATE_FORMS = {"cumhuriyeti", "krallığı", "federasyonu"}
DEPUTY = "yardımcı"
#: office heads that are adjectives when said bare: an office only with the possessive
#: (``Bölge Sorumlusu``; ``olaydan sorumlu`` says who is to blame, ``Genişlemeden Sorumlu Üyesi``
#: the field of another office)
ADJECTIVE_HEADS = {RESPONSIBLE}
#: words after a title that make another office of it: the deputy, the acting holder, the candidate
MODIFIERS = {DEPUTY: "deputy", "vekil": "acting", "aday": "candidate"}
#: the country whose own bodies carry its name as their first word (``Türkiye Büyük Millet Meclisi``)
HOME_COUNTRY = "TR"
#: heads of a national association, federation or chamber: a country that opens such a name
#: is part of it (``Türkiye Basketbol Federasyonu Başkanı``), while a state's own organ is named
#: after the state, whose office the country says (``Rusya Merkez Bankası Başkanı``)
ASSOCIATION_HEADS = ("federasyon", "konfederasyon", "birliğ", "derneğ", "vakf", "odası", "odaları")
#: an acronym in parentheses after the body said in full (``Milletler (BM) Genel``): no part of the title
_PARENTHESIZED = re.compile(r" \([^()]*\)(?= )")
#: where a lost space glued two words: a lowercase word's end (three letters at least: not ``McAdam``)
#: or an acronym's, right before a capitalized word
_LOST_SPACE = re.compile("(?:(?<=[a-zçğıöşü]{3})|(?<=[A-ZÇĞİÖŞÜ]{2}))(?=[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2})")
_ORDINAL_IN_DIGITS = re.compile("(\\d+['’][ıiuü]?nc[ıiuü])")  # ``9'uncu``: kept as written


def capitalized_word_after(text: str, text_words: list[Word], last: int) -> bool:
    """``Bakanlar Kurulu``: a capitalized word follows after one space, in the same name."""
    return last + 1 < len(text_words) and text[text_words[last].end : text_words[last + 1].start] == " " \
        and is_capitalized(text_words[last + 1].text)


def name_before(text: str, text_words: list[Word], ve: int, barrier: int, given_names: set[str]) -> bool:
    """Whether the capitalized words before ``ve`` are a person's name: no head of a body's name is
    among them, and they follow the previous title, or they start with a given name (after the word
    opening the sentence too: ``Toplantıya Mehmet Ak ve``); hyphens join a name word's parts
    (``Jean-Noel``), and a lowercase Arabic article to the name word after it (``Esad Hasan eş-Şeybani ve``)."""
    k = ve - 1
    while k >= 0 and text_words[k].start >= barrier and _name_word_before(text, text_words, k):
        k -= 1
    if k + 1 == ve:
        return False
    first = text_words[k + 1]
    after_title = barrier > 0 and text[barrier : first.start].isspace()
    if any(is_compound_head(w.folded) for w in text_words[k + 1 : ve]):
        return False  # ``Muğla Sıtkı Koçman Üniversitesi Mühendislik ve``: a body named after a person
    return after_title or any(w.folded in given_names for w in text_words[k + 1 : ve])


def _name_word_before(text: str, text_words: list[Word], k: int) -> bool:
    """Whether word ``k`` goes on the name of the word after it: capitalized before a space, or before a
    hyphen a capitalized part (``Jean-Noel``) or a lowercase Arabic article (``eş-Şeybani``)."""
    word, between = text_words[k], text[text_words[k].end : text_words[k + 1].start]
    if between == " ":
        return is_capitalized(word.text)
    return between == "-" and word.text.isalpha() and (is_capitalized(word.text) or word.folded in HYPHEN_PARTICLES)


def in_oblique_case(word: Word, text_words: list[Word], j: int, entity_word_starts: set[int]) -> bool:
    if len(word.folded) < 6 or is_all_caps(word.text):
        return False
    if word.folded.endswith(_DATIVE_AFTER_POSSESSIVE) and is_compound_head(word.folded[:-2]):
        return True  # ``Rektörlüğüne Fen Fakültesi Dekanı``: the post given, in the dative
    if _INSTITUTION_LOCATIVE.search(word.folded):
        return True  # ``Bakanlıkta Avrupa Birliği İşleri Genel Müdürü``: where the office is held
    if not ends_in(word.folded, *OBLIQUE_CASES):
        return False
    if word.start in entity_word_starts and not is_compound_head(without_ending(word.folded, *OBLIQUE_CASES)):
        # ``Suudi Arabistan``: a name, not an ablative; but a body's head in a case stays oblique
        # though its stage took the word in (``Deniz Kuvvetlerinden Tuğamiral``, ``Emniyet Müdürlüğünde``)
        return False
    return not (j + 1 < len(text_words) and text_words[j + 1].folded == RESPONSIBLE)


def ends_in_case_or_vowel(folded: str) -> bool:
    """A word opening a sentence that ends in a vowel or a case ending is no bare qualifier
    (``Açılışa``, ``Toplantıda``, ``Ayrıca``)."""
    return (folded != "" and folded[-1] in VOWELS) or ends_in(folded, "abl", "gen")


def name_after_title_end(text: str, text_words: list[Word], title_end: int, given_names: set[str],
                         other_words: set[int] | frozenset[int] = frozenset()) -> int:
    """Where the name said right after the title that ends at ``title_end`` ends, at least: a
    known given name and the capitalized word after it (``Bakanı Ali Kaya İl ...``), and a surname
    after a second given name (``_surname_before_mention``); a hyphen joins
    the parts of one name word (``Bakanı Jean-Noel Barrot ve``) and a lowercase Arabic article to
    the name word after it (``Bakanı Eymen es-Safedi ve``, ``Esad Hasan eş-Şeybani``), which no
    qualifier of a title starts; 0 when no given name follows there."""
    if title_end == 0:
        return 0
    first = bisect.bisect_left(text_words, title_end, key=lambda w: w.start)
    if first == len(text_words) or not text[title_end : text_words[first].start].isspace():
        return 0
    word = text_words[first]
    if not is_capitalized(word.text) or word.folded not in given_names:
        return 0
    last = _hyphenated_end(text, text_words, first)
    if last + 1 < len(text_words) and text[text_words[last].end : text_words[last + 1].start] == " " \
            and is_capitalized(text_words[last + 1].text):
        last = _hyphenated_end(text, text_words, last + 1)
        if text_words[last].folded in given_names and _surname_before_mention(text, text_words, last + 1, other_words):
            last = _hyphenated_end(text, text_words, last + 1)
    while last + 2 < len(text_words) and text[text_words[last].end : text_words[last + 1].start] == " " \
            and text_words[last + 1].folded in HYPHEN_PARTICLES and text_words[last + 1].text.islower() \
            and text[text_words[last + 1].end : text_words[last + 2].start] == "-" \
            and is_capitalized(text_words[last + 2].text):
        last = _hyphenated_end(text, text_words, last + 2)
    return text_words[last].end


def _surname_before_mention(text: str, text_words: list[Word], k: int, other_words: set[int] | frozenset[int]) -> bool:
    """Whether word ``k``, after two given names, is their surname: a capitalized word of no other
    stage's mention (``other_words``: their starts) right before one, a place or a body that owns the
    next office (``Valisi Mehmet Ali Karaoğlan Samsun Valiliğine``; not ``Valisi Mehmet Ali Samsun
    Valiliğine``, nor ``Vali Mehmet Ali Halk Sağlığı Müdürü``, a qualifier of the office)."""
    return k + 1 < len(text_words) and is_capitalized(text_words[k].text) and text_words[k].start not in other_words \
        and text_words[k + 1].start in other_words \
        and text[text_words[k - 1].end : text_words[k].start] == text[text_words[k].end : text_words[k + 1].start] == " "


def _hyphenated_end(text: str, text_words: list[Word], index: int) -> int:
    """The last of the words joined to word ``index`` by hyphens (``Jean-Noel``, ``Perez-Castejon``)."""
    while index + 1 < len(text_words) and text[text_words[index].end : text_words[index + 1].start] == "-" \
            and text_words[index + 1].text.isalpha():
        index += 1
    return index


#: kinds of title words that say what a person is, no post: written with a capital inside a
#: longer name they are that name's first word
_WORD_KINDS = {"profession", "description", "cue"}


def opens_place_or_body(text: str, text_words: list[Word], last: int, kind: str, given_names: set[str],
                        office_words: set[str]) -> bool:
    """Whether a capitalized word of what a person is (``Esnaf``, ``Mimar``) opens the name of a
    body or a place right after it (``Esnaf Odaları Birliği``, ``Esnaf ve Sanatkârlar Odası``,
    ``Mimar Kemalettin Mahallesi``): no
    name of a person follows it, or the name goes on with a compound's head (a place named after
    someone; not a word of an office, ``Dışişleri``). Such a word sets no edge for the office
    said after the name."""
    if kind not in _WORD_KINDS or not is_capitalized(text_words[last].text) or last + 2 >= len(text_words):
        return False
    k = last + 1
    if text_words[k].text == "ve" and text[text_words[last].end : text_words[k + 1].start] == " ve ":
        # ``Esnaf ve Sanatkârlar Odası``: a body's name of two fields
        after = text_words[k + 1]
        return is_capitalized(after.text) and after.folded not in given_names and after.folded not in office_words
    if not capitalized_word_after(text, text_words, last):
        return False
    if text_words[k].folded not in given_names:
        return True
    while k + 1 < len(text_words) and text[text_words[k].end : text_words[k + 1].start] == " " \
            and is_capitalized(text_words[k + 1].text) and not is_compound_head(text_words[k + 1].folded):
        k += 1
    return k + 1 < len(text_words) and text[text_words[k].end : text_words[k + 1].start] == " " \
        and is_capitalized(text_words[k + 1].text) and is_compound_head(text_words[k + 1].folded) \
        and text_words[k + 1].folded not in office_words


#: stems of the verbs that put someone into a post (``seçildi``, ``atanan``, ``getirildi``)
APPOINTING_STEMS = ("seçil", "atan", "getiril")


def opens_district_name(text: str, text_words: list[Word], j: int, first: int, districts: frozenset[str]) -> bool:
    """``Kazım Karabekir Kaymakamı``, ``Yunus Emre Belediye Başkanı``: whether word ``j`` and the one or
    two capitalized words after it, before the office's head at ``first``, spell a district's name
    joined (``Kazımkarabekir``): a district named after a person, the office's place."""
    joined = text_words[j].folded
    for k in range(j + 1, min(j + 3, first)):
        if text[text_words[k - 1].end : text_words[k].start] != " " or not is_capitalized(text_words[k].text):
            return False
        joined += text_words[k].folded
        if joined in districts:
            return True
    return False


def as_said(said: str, glued_names: frozenset[str] = frozenset()) -> str:
    """A title's words as said, without case suffixes (``Komutanlığı'nın`` -> ``Komutanlığı``; an
    ordinal keeps its ending: ``9'uncu``) and without an acronym in parentheses after the body.
    Two words a lost space glued together (``AK Partiİstanbul``, ``İTOYönetim``: a page's line
    break dropped) are parted again, but not an organization's name written so (``glued_names``:
    ``VakıfBank``, ``ExxonMobil``)."""
    parts = _ORDINAL_IN_DIGITS.split(said)
    without_suffixes = "".join(part if i % 2 else strip_apostrophe_suffix(part) for i, part in enumerate(parts))
    words = _PARENTHESIZED.sub("", without_suffixes).split(" ")
    return " ".join(word if word in glued_names else _LOST_SPACE.sub(" ", word) for word in words)


def names_association(text: str, start: int, organizations: dict[int, int], iso2: str | None = None) -> bool:
    """Whether an organization's mention of several words opens at ``start`` and ends in the head
    of an association (``ASSOCIATION_HEADS``), or, for Türkiye (``iso2`` TR), whatever its head:
    Turkish bodies carry the country's name as their own first word (``Türkiye Büyük Millet
    Meclisi``, ``Türkiye İhracatçılar Meclisi``), where a foreign state's organ is said with its
    country before it as an owner (``Azerbaycan Milli Meclisi Başkanı``: ``Milli Meclis Başkanı``)."""
    end = organizations.get(start)
    if end is None:
        return False
    said = text[start:end].split()
    return len(said) > 1 and (iso2 == HOME_COUNTRY or turkish_lower(said[-1]).startswith(ASSOCIATION_HEADS))


def heads_association(qualifiers: list[Word]) -> bool:
    """Whether the capitalized qualifiers of an office hold the head of an association, though no
    organization's mention was found there (``Türkiye Süt, Et, Gıda Sanayicileri ve Üreticileri
    Birliği Yönetim Kurulu Başkanı``): a country opening them is part of that body's name, as in
    ``names_association``."""
    return any(is_capitalized(word.text) and word.folded.startswith(ASSOCIATION_HEADS) for word in qualifiers)


def possessive_after_apostrophe(text: str, text_words: list[Word], last: int) -> bool:
    """``BMW CEO'su``: an abbreviated head takes its possessive after an apostrophe."""
    if last + 1 >= len(text_words) or not after_apostrophe(text, text_words[last + 1].start):
        return False
    suffix = read_noun_tail(text_words[last + 1].folded)
    return suffix is not None and bool(suffix.group("possessive"))


def qualifies_next(text: str, text_words: list[Word], last: int, following: list, entries: dict,
                   fields: set[str]) -> bool:
    """Whether the next title match starts right after the word ``last`` (or after lowercase
    fields of an office, ``fields``: ``Elçi gazetesi yazarı`` names a newspaper) and is a head
    that takes qualifiers: a compound (``Genel Başkanı``) or a head with a possessive."""
    if not following:
        return False
    after, k = following[0], last + 1
    while k < len(text_words) and text_words[k].start < after.start and text_words[k].text.islower() \
            and without_compound_possessive(text_words[k].folded) in fields:
        k += 1
    if k >= len(text_words) or after.start != text_words[k].start \
            or any(text[text_words[i].end : text_words[i + 1].start] != " " for i in range(last, k)):
        return False
    if entries[after.key].compound:
        return True
    end = next((w.end for w in text_words[k:] if w.end >= after.name_end), after.name_end)
    tail = read_noun_tail(turkish_lower(text[after.name_end : end]))
    return tail is not None and bool(tail.group("possessive"))


#: roles of the staff of an office: said right after the office, they make one title of it
#: (``Cumhurbaşkanı Başdanışmanı``, ``Genel Başkan Sözcüsü``), no two offices of one person
STAFF_ROLES = {"adviser", "chief_adviser", "spokesperson", "special_representative"}


def staff_follows(text: str, text_words: list[Word], last: int, following: list, entries: dict) -> bool:
    """Whether the next title match opens the word right after ``last`` (one space between) and
    is a staff head with its possessive (``Danışmanı``): the office before it is whose staff."""
    if not following or last + 1 >= len(text_words) or following[0].start != text_words[last + 1].start \
            or text[text_words[last].end : text_words[last + 1].start] != " ":
        return False
    after = following[0]
    entry = entries[after.key]
    if entry.role not in STAFF_ROLES:
        return False
    if entry.compound:
        return True
    tail = read_noun_tail(turkish_lower(text[after.name_end : text_words[last + 1].end]))
    return tail is not None and bool(tail.group("possessive"))


def modifier_after(text: str, text_words: list[Word], last: int):
    """``Başkan Yardımcısı``: the modifier word after a title's last word, read with its ending."""
    if last + 1 >= len(text_words):
        return None
    word = text_words[last + 1]
    modifier = next((m for m in MODIFIERS if word.folded.startswith(m)), None)
    if text[text_words[last].end : word.start] != " " or modifier is None:
        return None
    ending = read_noun_tail(word.folded[len(modifier) :])
    if ending is not None and not ending.group(0) and last + 2 < len(text_words):
        again = text_words[last + 2]  # ``Milletvekili Aday Adayı``: the candidate for the candidacy
        second = read_noun_tail(again.folded[len(modifier) :]) if again.folded.startswith(modifier) else None
        if second is not None and text[word.end : again.start] == " ":
            return second, again.start, again.end, modifier
    return (ending, word.start, word.end, modifier) if ending is not None else None


def modifier_inside(rest: str, start: int, end: int):
    """``Başkanvekili``: a modifier written as one word with the title's stem."""
    modifier = next((m for m in MODIFIERS if rest.startswith(m)), None)
    ending = read_noun_tail(rest[len(modifier) :]) if modifier else None
    return (ending, start, end, modifier) if ending is not None else None


#: ``Terörle Mücadele Şube Müdürü``: the unit is named by what it fights, said in the instrumental
STRUGGLE = "mücadele"
_STRUGGLE_FIELD_WORDS = 4  #: words of the field before ``Mücadele``


def struggle_field(text_words: list[Word], j: int) -> bool:
    """Whether word ``j`` opens the field of a unit named by what it fights: the instrumental
    (``-lA``) that ``Mücadele`` takes, with the words that qualify it (``Terörle Mücadele``,
    ``Narkotik Suçlarla Mücadele``, ``Kaçakçılık ve Organize Suçlarla Mücadele``), a sentence may
    open with them."""
    for k in range(j, min(j + _STRUGGLE_FIELD_WORDS, len(text_words) - 1)):
        word, following = text_words[k], text_words[k + 1]
        if following.folded == STRUGGLE and is_capitalized(following.text):
            return len(word.folded) > 4 and ends_in(word.folded, "ins")
        if not is_capitalized(word.text) and word.text != "ve":
            return False
    return False


#: adjectives of address said before an office, as ``Sayın`` is (``Değerli Bakanımız``): no part of it
_ADDRESS_ADJECTIVES = {"değerli", "kıymetli", "muhterem", "saygıdeğer"}


def word_of_address(word: Word) -> bool:
    """``Değerli Bakanımız``, ``Hemşehrimiz Bakanımız``: an adjective of address, or a noun said with
    the speaker's possessive (``our fellow townsman``), before an office: the office stands alone."""
    return word.folded in _ADDRESS_ADJECTIVES or len(word.folded) > 6 and ends_in(word.folded, "poss1_plural")


def parenthesized_acronym(text: str, text_words: list[Word], last: int) -> int | None:
    """Index of the first word of an acronym in parentheses whose last word is ``last``: capitals
    (``(KDC)``), hyphened (``(RC-W)``) or with a lowercase letter between (``(BoE)``); None when the
    parentheses hold anything else."""
    k = last
    while k > 0 and text_words[k].start > 0 and text[text_words[k].start - 1] != "(" \
            and text[text_words[k - 1].end : text_words[k].start] in HYPHENS and last - k < 2:
        k -= 1
    first = text_words[k]
    said = text[first.start : text_words[last].end]
    if first.start == 0 or text[first.start - 1] != "(" or text[text_words[last].end : text_words[last].end + 1] != ")":
        return None
    capitals = sum(c.isupper() for c in said)
    return k if is_all_caps(said) or is_capitalized(said) and capitals >= 2 \
        and capitals * 2 > sum(c.isalpha() for c in said) else None
