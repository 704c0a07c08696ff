"""Gapped clauses that share the cue's verb with the list after them (``X'i, 24 Mart'ta ise Y'yi ele
alacak``): the object of the gapped clause is another item of the list."""

from __future__ import annotations

from pipeline.lang.tr.morphology import has_case
from pipeline.topics.clauses import Sentence
from pipeline.topics.list_shapes import LOCATIVE_ADJECTIVE
from pipeline.topics.phrases import same_case_item
from pipeline.topics.word_classes import WordClasses


CONTRAST = "ise"  #: "24 Mart'ta ise Y'yi": the particle that sets a gapped clause against the one before
MAX_CONTRAST_WORDS = 3  #: "24 Mart'ta ise", "ayın son gününde ise": the adverbial before it


def gapped_comma(words: WordClasses, sentence: Sentence, start: int, list_start: int, end: int) -> int | None:
    """``Konsey, ayın 18'inde X'i, 24 Mart'ta ise Y'yi ele alacak``: a list of an active cue that
    starts after a contrastive ``ise``, whose adverbial in the locative opens its clause after a
    comma, shares its verb with the clause before that comma when that ends in the accusative too:
    the object there (X) is another item. The comma that ends that object, or None."""
    tokens, marks = sentence.tokens, sentence.marks
    contrast = list_start - 1
    if contrast - 2 < start or tokens[contrast].folded != CONTRAST or not has_case(tokens[contrast - 1].folded, "loc"):
        return None
    comma = contrast - 1
    while comma > start and contrast - comma < MAX_CONTRAST_WORDS and not marks[comma].strip():
        comma -= 1
    if comma <= start or marks[comma].strip() != "," or sentence.depths[comma - 1]:
        return None
    return comma if same_case_item(words, sentence, comma - 1, end - 1) else None


def after_parallel_adverbial(sentence: Sentence, start: int, end: int) -> int:
    """``ayın 18'inde X'i, 24 Mart'ta ise Y'yi``: the gapped clause's object starts after an
    adverbial in the locative that opens it as the contrasted one opens the clause after it."""
    for index in range(start, min(end - 1, start + MAX_CONTRAST_WORDS)):
        if index > start and sentence.marks[index].strip():
            break
        if has_case(sentence.tokens[index].folded, "loc") and not LOCATIVE_ADJECTIVE.search(sentence.tokens[index].folded):
            return index + 1
    return start
