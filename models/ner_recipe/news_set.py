"""The news NER set (``benchmarks/real/ner-news.jsonl``) as training and dev Docs.

The set marks five labels (PERSON, ORG, GPE, LOC, TITLE); Wiki NER marks nineteen. Written as
plain ``O``, a date or a nationality in a news sentence would teach the model that dates and
nationalities are no entities. So the words of the labels the set does not mark are *missing*
(spaCy's unknown annotation: no loss either way) rather than ``O``: a token with a digit, a
number word, month, weekday or currency of the lexicon lists, with the lower-case word before
it and up to two after it (``2003 yılının başında``, ``5 milyar dolar``, ``yüzde 20``); ordinal
words (``ikinci``, ``ilk``); the relative dates of ``data/relative_dates.tsv`` (``dün``,
``geçen yılın``); and the nationalities and languages of the lists (``Alman``, ``Türkçe``).
Every other token outside the five labels is ``O``: the model learns from real news which
capitalized words are no names.

The same marking is applied to the news dev part, so that spaCy's dev score (which ignores
predictions on missing tokens) does not count the model's dates in news as errors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.ner.lexicon_tags import LexiconTagger
from pipeline.ner_eval import NerSentence
from pipeline.resources import read_tsv

#: ``words`` tags of the lexicon tagger that belong to numbers, dates and amounts.
NUMERIC_WORD_TAGS = {"MONTH", "NUMBER", "CURRENCY"}
#: ``names`` tags of the lexicon tagger that Wiki NER labels NORP or LANGUAGE.
UNMARKED_NAME_TAGS = {"NORP", "LANGUAGE"}
#: Lower-case words after a number that may still belong to its date or amount.
WORDS_AFTER_NUMBER = 2
_ORDINAL = re.compile(
    r"^(ilk|(bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen"
    r"|doksan|yüz|bin)\w*[ıiuü]?nc[ıiuü]\w*)$"
)


@lru_cache(maxsize=1)
def relative_date_phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``data/relative_dates.tsv`` as word tuples (``("geçen", "yıl")``); not its nouns of
    events (unit ``event``: ``toplantı``), which only say when a day's adjective is a date."""
    return tuple(tuple(row["phrase"].split()) for row in read_tsv("relative_dates.tsv") if row["unit"] != "event")


def relative_date_tokens(doc: Doc) -> set[int]:
    """Tokens of relative dates; the last word may carry a suffix (``geçen yılın``)."""
    lower = [token.lower_ for token in doc]
    found: set[int] = set()
    for phrase in relative_date_phrases():
        n = len(phrase)
        for i in range(len(lower) - n + 1):
            if lower[i : i + n - 1] == list(phrase[:-1]) and lower[i + n - 1].startswith(phrase[-1]):
                found |= set(range(i, i + n))
    return found


def _tag_kind(tag: str) -> str:
    return tag.split("-", 1)[1] if "-" in tag else tag


def unmarked_label_tokens(doc: Doc, tags: list[tuple[str, str, str]]) -> set[int]:
    """Indices of the tokens that may belong to a label the news set does not mark."""
    numeric = {
        i for i, token in enumerate(doc)
        if any(ch.isdigit() for ch in token.text) or _tag_kind(tags[i][1]) in NUMERIC_WORD_TAGS
    }
    unknown = set(numeric)
    for i in numeric:
        if i > 0 and doc[i - 1].text.islower():
            unknown.add(i - 1)
        for after in range(i + 1, min(i + 1 + WORDS_AFTER_NUMBER, len(doc))):
            if not doc[after].text.islower():
                break
            unknown.add(after)
    unknown |= {i for i, token in enumerate(doc) if _ORDINAL.match(token.lower_)}
    unknown |= relative_date_tokens(doc)
    unknown |= {i for i, tag in enumerate(tags) if _tag_kind(tag[0]) in UNMARKED_NAME_TAGS}
    return unknown


def with_missing_labels(doc: Doc, tagger: LexiconTagger) -> Doc:
    """``doc`` (its gold entities set) with the tokens of unmarked labels made missing."""
    tags = tagger(doc)._.trnews_lexicon_tags
    in_entity = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    missing = sorted(unmarked_label_tokens(doc, tags) - in_entity)
    doc.set_ents(list(doc.ents), missing=[Span(doc, i, i + 1) for i in missing], default="outside")
    return doc


def news_docs(nlp, sentences: list[NerSentence], to_doc) -> list[Doc]:
    """Training Docs of news sentences: gold entities on whole tokens (``to_doc``), unmarked
    labels missing."""
    tagger = LexiconTagger()
    return [with_missing_labels(to_doc(nlp, sentence), tagger) for sentence in sentences]
