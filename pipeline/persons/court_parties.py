"""The parties of a court case or an inquiry, named after their role (``data/court_roles.tsv``).

Initials stand for a person's name in court reporting: ``davacı H.P.``, ``sanık A.K.``, ``tanık
L.D``. The role right before capital letters joined by dots tells that they are a person kept
anonymous; the name is the initials as the article writes them.

A role right before capitalized words anchors a full name as an office does (``sanık Zelkif
Danacı``, ``şüpheli Rıfat Tosunoğlu``), whether or not the name lists know its words; the role
is no title of the person. A role in the plural (``sanıklar``, ``şüphelilerden``) or a nationality
(``Gürcistan uyruklu``) may stand before a list: each item of two words or more, or of initials,
joined by a comma, ``ve`` or ``ile``, is a name (``sanıklar Ali Kaya, Can Öz ve B.K.``).

Initials written with their dots stand for a person with no role said too (``Olayda M.K. hayatını
kaybetti``), unless they are a dotted abbreviation (``data/dotted_abbreviations.tsv``: ``T.C.``,
``M.Ö.``; and the legal forms, ``A.Ş.``) or a name's initials before its surname."""

from __future__ import annotations

import re
from functools import partial
from itertools import compress
from typing import Iterator

from pipeline.lang.tr.text import Word, folded_word_at, is_capitalized, suffix_end, turkish_lower
from pipeline.lexicons.candidates import folded_words
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import NAME_PARTICLES
from pipeline.persons.names import NameReader
from pipeline.persons.word_spans import claim

#: two or three capitals, each but the last followed by a dot (``H.P.``, ``L.D``, ``A. K.``),
#: then no further letter (``H.Pazar`` is a name written short)
_INITIALS = re.compile(r"(?:[A-ZÇĞİÖŞÜ]\. ?){1,2}[A-ZÇĞİÖŞÜ]\.?(?!\w)")


_PLURAL = re.compile(r"l[ae]r(?:d[ae]n)?$")


def _announces_list(word: Word) -> bool:
    """Whether a role word may stand before a list of names: a plural (``sanıklar``,
    ``şüphelilerden``) or a nationality (``uyruklu``); ``sanık Ali Kaya ve ...`` names one."""
    return word.folded == "uyruklu" or _PLURAL.search(word.folded) is not None


#: what joins the items of a list of names (``Ali Kaya, Can Öz ve Ayşe Demir``, ``B.K. ile A.S.``)
_LIST_JOINT = re.compile(r"(?:, *| +ve +|, +ve +| +ile +)(?=[A-ZÇĞİÖŞÜ])")


def initials_after_roles(text: str, words: list[Word], roles: set[str], blocked: set[int]) -> list[PersonMention]:
    """Mentions of the initials said right after a court role word (``Davacı H.P.,``), and of
    the initials listed after them (``sanıklar B.K. ve A.S.``)."""
    mentions = []
    index_at = {w.start: k for k, w in enumerate(words)}
    for i in _role_words(words, roles):
        word = words[i]
        if i + 1 in blocked or text[word.end : words[i + 1].start] != " ":
            continue
        position = words[i + 1].start
        while position in index_at and index_at[position] not in blocked:
            match = _INITIALS.match(text, position)
            if match is None:
                break
            name = match.group().rstrip()
            mentions.append(PersonMention(match.start(), match.start() + len(name), name, [dotted_letters(name)]))
            joint = _LIST_JOINT.match(text, match.start() + len(name)) if _announces_list(word) else None
            position = joint.end() if joint else -1
    return mentions


#: words said of a person kept anonymous right after initials: a driver (``M.C. yönetimindeki
#: otomobil``) or one named so (``M.Y. isimli şahıs``, ``A.K. adlı kadın``)
_OF_A_PERSON = {"yönetimindeki", "idaresindeki", "kullandığı", "kontrolündeki", "isimli", "adlı", "adındaki",
                "ismindeki"}
#: an age in parentheses right after initials (``M.Y. (45)``)
_AGE_AFTER = re.compile(r" \((\d{1,3})\)")
#: initials that are a company's legal form (``A.Ş.``), no person's
_LEGAL_FORMS = {"aş"}


def initials_before_person_words(text: str, words: list[Word], blocked: set[int]) -> list[PersonMention]:
    """Mentions of the initials said right before a word of driving or of naming (``A.K.
    yönetimindeki araç``, ``M.Y. isimli şahıs``) or before an age in parentheses (``M.Y. (45)``): a
    person kept anonymous."""
    mentions = []
    said = list(compress(range(1, len(words)), map(_OF_A_PERSON.__contains__, folded_words(words)[1:])))
    index_at = {w.start: k for k, w in enumerate(words)} if "(" in text else {}
    ages = [index_at[m.start(1)] for m in _AGE_AFTER.finditer(text) if m.start(1) in index_at]
    for i in sorted(said + ages):
        for match in _INITIALS.finditer(text, max(0, words[i].start - 10), words[i].start):
            name = match.group().rstrip()
            letters = dotted_letters(name)
            first = next((k for k in range(i - 1, max(-1, i - 6), -1) if words[k].start == match.start()), None)
            between = text[match.start() + len(name) : words[i].start]
            if first is None or first in blocked or between not in (" ", " (") or letters in _LEGAL_FORMS \
                    or match.start() and text[match.start() - 1].isalnum():
                continue
            mentions.append(PersonMention(match.start(), match.start() + len(name), name, [letters]))
            break
    return mentions


#: two or three capitals glued by their dots, the last dot written too (``M.K.``, ``H.K.'yi``), as
#: a word of its own (no letter or dot before it, no letter after it)
_GLUED_INITIALS = re.compile(r"(?<![\w.])(?:[A-ZÇĞİÖŞÜ]\.){2,3}(?![\w.])")


def dotted_letters(form: str) -> str:
    """``A.Ş.`` -> ``aş``: the folded letters of a dotted abbreviation or of initials."""
    return "".join(turkish_lower(c) for c in form if c.isalpha())


def uncued_initials(text: str, words: list[Word], abbreviations: frozenset[str], blocked: set[int],
                    openers: frozenset[int] = frozenset()) -> list[PersonMention]:
    """Initials standing alone for a person whom the article keeps anonymous, with no role said
    before them (``Olayda M.K. hayatını kaybetti``, ``Polis H.K.'yi gözaltına aldı``). Not a dotted
    abbreviation (``abbreviations``: ``T.C.``, ``M.Ö.``, ``A.Ş.``), nor initials before a
    capitalized word or a name's particle (``J.R.R. Tolkien``, ``G.H. von Wright``: a name's
    initials), nor after a capitalized word that opens no sentence (``Troms I.L.``: a club's name;
    ``openers``: the starts of the words that open one), nor in parentheses (``(A.A.)``)."""
    mentions = []
    index_at = {w.start: k for k, w in enumerate(words)} if "." in text else {}
    for match in _GLUED_INITIALS.finditer(text):
        letters = dotted_letters(match.group())
        first = index_at.get(match.start())
        if letters in abbreviations or first is None \
                or any(k in blocked for k in range(first, first + len(letters))):
            continue
        end = suffix_end(text, match.end())
        after = text[end : end + 2]
        before = words[first - 1] if first else None
        if text[match.start() - 1 : match.start()] == "(" or after[:1] == ")" \
                or after[:1] == " " and (is_capitalized(after[1:]) or folded_word_at(text, end + 1) in NAME_PARTICLES) \
                or before is not None and text[before.end : match.start()] == " " and is_capitalized(before.text) \
                and before.start not in openers:
            continue
        mentions.append(PersonMention(match.start(), end, match.group(), [letters]))
    return mentions


def anonymous_initials(text: str, words: list[Word], roles: set[str], abbreviations: frozenset[str],
                       reader: NameReader) -> list[PersonMention]:
    """The initials of the people an article keeps anonymous, each reading claiming its words
    before the next: after a court role (``sanık A.K.``), before a word of driving or naming or an
    age (``M.C. yönetimindeki``, ``M.Y. (45)``), then standing alone (``Olayda M.K. öldü``)."""
    mentions = []
    for read in (partial(initials_after_roles, text, words, roles), partial(initials_before_person_words, text, words),
                 partial(uncued_initials, text, words, abbreviations, openers=reader.sentence_openers)):
        for mention in read(reader.blocked):
            claim(reader, words, mention)
            mentions.append(mention)
    return mentions


def names_after_roles(text: str, words: list[Word], roles: set[str], reader: NameReader) -> list[PersonMention]:
    """Mentions of the names of two words or more said right after a court role word, and of
    the names of two words or more listed after them (``sanıklar Ali Kaya ve Can Öz``)."""
    mentions = []
    index_at = {w.start: k for k, w in enumerate(words)}
    for i in _role_words(words, roles):
        word = words[i]
        if text[word.end : words[i + 1].start] != " ":
            continue
        k = i + 1
        while k is not None:
            mention = reader.after_anchor(k, anchor_all_caps=False, role_word=True) \
                if k not in reader.blocked and words[k].text[:1].isupper() else None
            if mention is None or len(mention.words) < 2:
                break
            mentions.append(mention)
            joint = _LIST_JOINT.match(text, mention.end) if _announces_list(word) else None
            k = index_at.get(joint.end()) if joint else None
    return mentions


def _role_words(words: list[Word], roles: set[str]) -> Iterator[int]:
    """Indices of the role words with a word after them, in order: every word of every article
    is tested, at C level (most articles name no court role)."""
    return compress(range(len(words) - 1), map(roles.__contains__, folded_words(words)))
