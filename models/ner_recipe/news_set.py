"""The news NER set (``benchmarks/real/ner-news.jsonl``) as training and dev Docs.

The set marks five labels (PERSON, ORG, GPE, LOC, TITLE); Wiki NER marks nineteen. Written as
plain ``O``, a date or a nationality in a news sentence would teach the model that dates and
nationalities are no entities. So the words of the labels the set does not mark are *missing*
(spaCy's unknown annotation: no loss either way) rather than ``O``: a token with a digit, a
number word, month, weekday or currency of the lexicon lists, with a lower-case neighbour on
either side (``2003 yılında``, ``5 milyar dolar``, ``yüzde 20``), and the nationalities and
languages of the lists (``Alman``, ``Türkçe``). Every other token outside the five labels is
``O``: the model learns from real news which capitalized words are no names.

The same marking is applied to the news dev part, so that spaCy's dev score (which ignores
predictions on missing tokens) does not count the model's dates in news as errors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.ner.lexicon_tags import LexiconTagger
from pipeline.ner_eval import NerSentence

#: ``words`` tags of the lexicon tagger that belong to numbers, dates and amounts.
NUMERIC_WORD_TAGS = {"MONTH", "NUMBER", "CURRENCY"}
#: ``names`` tags of the lexicon tagger that Wiki NER labels NORP or LANGUAGE.
UNMARKED_NAME_TAGS = {"NORP", "LANGUAGE"}


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
        for neighbour in (i - 1, i + 1):
            if 0 <= neighbour < len(doc) and doc[neighbour].text.islower():
                unknown.add(neighbour)
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
