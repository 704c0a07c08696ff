"""A university or a municipality that opens a centre's name is named too.

``Ege Üniversitesi Deniz Bilimleri Araştırma ve Uygulama Merkezi`` is a centre of the
university, ``Kent Belediyesi Nazım Hikmet Kültür Merkezi`` one of the municipality: the longer
name says the body that runs it, and that body is an organization of its own (the gold sets
list both). Only these bodies: an inner court, office or command (``Bayraklı Adliyesi 1. Ağır
Ceza Mahkemesi``, ``Asayiş Şube Müdürlüğü Büro Amirliği``) only locates the longer body. Only
centres: a faculty or a hospital (``Gazi Üniversitesi Tıp Fakültesi``, ``Atatürk Üniversitesi
Araştırma Hastanesi``) is read as one name.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

from pipeline.names.canonical import canonical_name
from pipeline.names.finder import ArticleText
from pipeline.names.shape import HeadNouns, NameSpan

#: Folded head nouns, in the nominative, of the bodies named inside a centre's name.
INNER_BODIES = frozenset({"üniversitesi", "belediyesi"})
#: The last word of a centre's head noun (``Uygulama Merkezi``, ``Kültür Merkezi``).
CENTRE = "Merkezi"


def inner_bodies(article: ArticleText, spans: list[NameSpan], heads: HeadNouns) -> list[NameSpan]:
    """The university or municipality each head-noun name opens with, as a name of its own."""
    text, text_words = article.blanked, article.blanked_words
    inner = []
    for span in spans:
        if not span.head.endswith(CENTRE):
            continue
        for index in range(span.first + 1, span.last):
            word, following = text_words[index], text_words[index + 1]
            if word.folded not in INNER_BODIES or not following.text[:1].isupper() \
                    or text[word.end : following.start].strip():  # ``(DEÜ)`` is blanked
                continue
            found = heads.match(text, text_words, index)
            if found is not None and found[3] == "":
                inner.append(NameSpan(span.first, index, span.start, word.end, word.end, found[2], found[3],
                                      text_words[found[0]].start))
            break
    return inner


def split_at_acronym(article: ArticleText, span: NameSpan, heads: HeadNouns, listed: Callable[[str], bool]) -> list[NameSpan]:
    """``X Üniversitesi (XÜ) Y Meslek Yüksekokulu``: a body closed by its head noun and given its
    acronym in parentheses is named on its own, and the acronym with the words after it names its
    unit (``XÜ Y Meslek Yüksekokulu``).
    A bare head noun after the acronym (``X Belediyesi (XB) Meclisi``) leaves one name, and so
    does a name that is no body before the parentheses (``Birleşmiş Milletler (BM) Daimi
    Temsilciliği``)."""
    text_words = article.blanked_words
    if span.written:
        return [span]
    for index in range(span.first, span.last):
        word, following = text_words[index], text_words[index + 1]
        if "(" not in article.text[word.end : following.start]:
            continue
        found = heads.match(article.blanked, text_words, index)
        if found is None or found[3] == "exclude":
            return [span]
        before = NameSpan(span.first, index, span.start, word.end, word.end, found[2], found[3],
                          text_words[found[0]].start)
        head_first = span.last if span.head_start < 0 else article.first_word_from(span.head_start)
        if head_first <= index + 1:
            return [span]  # ``X Belediyesi (XB) Meclisi``: a bare head after the acronym is its council's name
        acronym = article.text[word.end : following.start].strip().strip("()").strip()
        unit = canonical_name(article.blanked, text_words, index + 1, span.last, span.name_end)
        if listed(unit):
            return [span]  # ``X Belediyesi (XB) Ulaşım Koordinasyon Merkezi``: a listed local body's full mention
        return [before, dataclasses.replace(span, first=index + 1, start=following.start, written=f"{acronym} {unit}")]
    return [span]
