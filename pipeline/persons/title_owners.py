"""Whose office a title phrase names, when its owner is said in the genitive before it: a common
noun (``bankanın Genel Müdürü``, ``Bakanlığın Kamu Finansmanı Genel Müdürü``) refers back to a
body named earlier and is no part of the office; a body named in full (``Avrupa Komisyonunun
Başkanı``) stays in it, in the nominative (``Avrupa Komisyonu Başkanı``), as after an apostrophe
(``AB Komisyonu'nun`` -> ``AB Komisyonu``). Read by ``pipeline.persons.titles`` and its qualifiers."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.tr.endings import ends_in, without_compound_possessive, without_ending
from pipeline.lang.tr.text import Word, after_apostrophe, is_all_caps, is_capitalized, turkish_lower
from pipeline.names.legal_forms import listed_forms
from pipeline.persons.title_phrases import TextClues
from pipeline.resources import read_tsv

#: adjectives that place a holder in time between an office's owner and the office (``sendikanın
#: mevcut başkanı``): no part of the title
_HOLDER_ADJECTIVES = {"mevcut", "yeni", "şimdiki", "önceki"}
#: how many words an office listed before ``ve`` may have (``Yönetim Kurulu Başkan Vekili``)
_LISTED_OFFICE_WORDS = 5
#: the genitive after a possessive (``Komisyonu-nun``, ``Bankası-nın``) or the plural (``-ların``)
_POSSESSED_GENITIVE = re.compile("(?<=[ıiuü])n[ıiuü]n$")
_GENITIVE_AFTER_POSSESSIVE_OR_PLURAL = re.compile("(?:[ıiuü]n|l[ae]r)[ıiuü]n$")


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """One-word heads of bodies' names (``Komisyonu``, ``Bankası``; ``data/organization_heads.tsv``), folded."""
    return frozenset(turkish_lower(row["head"]) for row in read_tsv("organization_heads.tsv")
                     if " " not in row["head"])


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """Those heads as common nouns, without the compound's possessive (``bakanlığ``, ``banka``, ``derneğ``)."""
    return frozenset(without_compound_possessive(head) for head in _body_heads())


def common_owner(text: str, word: Word) -> bool:
    """``Bakanlığın``, ``Şirketin``, ``Derneğin`` before an office: a capitalized common noun in the
    genitive with no possessive before the ending, the body named earlier, owns the office said after it
    and is no part of it (a body's name ends in a compound's possessive: ``Avrupa Komisyonunun``; a
    name takes its ending after an apostrophe: ``Rosatom'un``; ``Kadının Statüsü``, no body's noun, is
    a name's own genitive)."""
    return is_capitalized(word.text) and not is_all_caps(word.text) and len(word.folded) > 4 \
        and not after_apostrophe(text, word.start) and ends_in(word.folded, "gen") \
        and _GENITIVE_AFTER_POSSESSIVE_OR_PLURAL.search(word.folded) is None \
        and without_ending(word.folded, "gen") in _body_nouns()


def without_owners_genitive(title: str) -> str:
    """``Avrupa Komisyonunun Başkanı`` -> ``Avrupa Komisyonu Başkanı``, ``Dünya Bankasının Türkiye
    Direktörü`` -> ``Dünya Bankası Türkiye Direktörü``: a body's head said in the genitive before the
    office, in the nominative (``Kadının Statüsü``, no body's head, is a name's own genitive)."""
    parts = title.split(" ")
    for i, part in enumerate(parts[:-1]):
        folded = turkish_lower(part)
        genitive = _POSSESSED_GENITIVE.search(folded)
        if genitive is not None and is_capitalized(part) and folded[: genitive.start()] in _body_heads():
            parts[i] = part[: genitive.start()]
    return " ".join(parts)


def after_lowercase_genitive(text: str, text_words: list[Word], first: int) -> bool:
    """Whether the word before ``first`` is a common noun in the genitive (``bankanın``, ``Bakanlığın``),
    or a name's genitive ending that the title did not take in (``Koçtaş'ın``: whose office it is)."""
    if first == 0 or text[text_words[first - 1].end : text_words[first].start] != " ":
        return False
    if text_words[first - 1].folded in _HOLDER_ADJECTIVES and first > 1:
        return after_lowercase_genitive(text, text_words, first - 1)  # ``sendikanın mevcut başkanı``
    if text_words[first - 1].folded == "ve":
        # ``şirketin Yönetim Kurulu Başkanı ve Genel Müdürü``: the offices listed share the owner
        return any(after_lowercase_genitive(text, text_words, k) for k in range(first - 2, max(0, first - 2 - _LISTED_OFFICE_WORDS), -1)
                   if is_capitalized(text_words[k].text) and text[text_words[k].end : text_words[k + 1].start] == " ")
    word = text_words[first - 1]
    if after_apostrophe(text, word.start):
        return ends_in(word.folded, "gen")
    before = word.start  # the text before the word, its spaces left out (not copied)
    while before > 0 and text[before - 1] == " ":
        before -= 1
    opens_sentence = before == 0 or text[before - 1] in ".!?\n"
    return (opens_sentence or not is_capitalized(word.text)) and not is_all_caps(word.text) \
        and len(word.folded) > 4 and ends_in(word.folded, "gen") or common_owner(text, word)


def after_owned_office(text: str, text_words: list[Word], first: int, vocabulary: set[str]) -> bool:
    """``Borsa İstanbul Yönetim Kurulu Başkanı ve Genel Müdürü``: an office listed after another
    said with its body shares that owner, whose possessive it carries (``Genel Müdür``); ``vocabulary``:
    the words of the title lexicon."""
    return first > 2 and text[text_words[first - 2].end : text_words[first].start] == " ve " \
        and text_words[first - 2].folded in vocabulary and is_capitalized(text_words[first - 2].text) \
        and text[text_words[first - 3].end : text_words[first - 2].start] == " " \
        and is_capitalized(text_words[first - 3].text)


@lru_cache(maxsize=1)
def _dotted_legal_forms() -> tuple[str, ...]:
    """Companies' legal forms written with a closing dot (``A.Ş.``, ``Ltd.``; ``data/company_legal_forms.tsv``)."""
    return tuple(form for form in listed_forms() if form.endswith("."))


def closes_legal_form(text: str, word: Word, organization_spans: dict[int, int]) -> bool:
    """``Akkuyu Nükleer A.Ş. Genel Müdürü``: whether the dot after ``word`` closes a company's legal
    form inside the company's name as its stage found it, no sentence: the office is the company's."""
    return any(text.startswith(form, word.end + 1 - len(form)) for form in _dotted_legal_forms()) \
        and any(start <= word.start < end for start, end in organization_spans.items())


#: how many words a company's short name in parentheses may have (``(Toroslar EDAŞ)``)
_SHORT_NAME_WORDS = 3


def legal_form_before_short_name(text: str, text_words: list[Word], last: int, organization_spans: dict[int, int]) -> int | None:
    """``Başkent Doğalgaz Dağıtım A.Ş. (Başkentgaz) Genel Müdürü``: the index of the word whose dot closes a
    company's legal form right before the short name in parentheses that ends at word ``last`` (capitalized
    words); None when no legal form comes before. The office is the company's, said in full, as after
    ``Birleşmiş Milletler (BM)``: the short name is no part of it."""
    for k in range(last, max(last - _SHORT_NAME_WORDS, 0), -1):
        gap = text[text_words[k - 1].end : text_words[k].start]
        if not is_capitalized(text_words[k].text) or gap not in (" ", ". ("):
            return None
        if gap == ". (":
            return k - 1 if closes_legal_form(text, text_words[k - 1], organization_spans) else None
    return None


def names_body(text: str, text_words: list[Word], owner: int, clues: TextClues) -> bool:
    """``Nota Canlı Müzik'in Genel Müdürü``: whether the capitalized words ending at ``owner``, in the
    genitive after it, name a body: two words at least, none opening the sentence (``Açılışta``), none a
    given name (``Ali Kaya'nın Genel Müdürü`` is a person's; ``Kaya'nın``, one word, may be too). Asked
    only right before the office's own words: one named with its body (``Heyeti'nin AKP Genel Başkanı
    ile görüşmesi``) has its owner, and the genitive is the subject of what follows."""
    first = owner
    while first > 0 and is_capitalized(text_words[first - 1].text) \
            and text[text_words[first - 1].end : text_words[first].start] == " ":
        first -= 1
    return owner > first and text_words[first].start not in clues.sentence_openers \
        and not any(word.folded in clues.given_names for word in text_words[first : owner + 1])

