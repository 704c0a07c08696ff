"""Where an agenda item's edges lie when a word at them looks like the end of a clause, a
participant or a time said before the item, but belongs to the item or to the clause's verb.

Used by the list walk (``pipeline.topics.agenda``) and the item trim (``pipeline.topics.items``):
``X'in uygun bulunduğuna dair kanun teklifi`` (a clause that a postposition makes a modifier),
``tüketici hakem heyetlerine yapılan başvurular`` (a participant of a relative clause),
``ramazan ayı boyunca piyasalarda yürütülen denetimler`` (the time of a relative clause's event),
``saat 11.00'de X'in raporu`` (a clock time before the item, said of the meeting),
``gündeminde, başta X olmak üzere Y ve Z var`` (the first example, an item of its own).
"""

from __future__ import annotations

import re

from pipeline.lang.tr.morphology import has_case, is_participle
from pipeline.topics.clauses import Sentence
from pipeline.topics.item_words import after_descriptive_clause
from pipeline.topics.phrases import ADJECTIVAL_POSTPOSITIONS

#: "boyunca", "süresince": a stretch of time, said of the meeting or of an event inside an item
DURATION_POSTPOSITIONS = {"boyunca", "süresince"}
#: "olarak bilinen", "adıyla anılan": a clause that gives another name of the noun after it
ALIAS_PARTICIPLES = {"bilinen", "anılan", "adlandırılan", "tanınan"}
ALIAS_MARKERS = {"olarak", "adıyla", "diye"}
MAX_WORDS_TO_PARTICIPLE = 3  #: "boyunca piyasalarda yürütülen": words from the postposition to its participle
CLOCK_WORD = "saat"
#: the minutes of an hour, with the locative after them, as tokenized (``11.00'de`` -> ``11``, ``00de``),
#: or an hour alone in the locative (``saat 14'te``)
CLOCK_MINUTES = re.compile(r"^\d{2}[dt][ae]$")
CLOCK_HOUR = re.compile(r"^\d{1,2}$")
CLOCK_HOUR_LOCATIVE = re.compile(r"^\d{1,2}[dt][ae]$")
#: "yeniden", "tekrar": an adverb of a repeated action, part of a compound with the action's noun after it
REPEAT_ADVERBS = {"yeniden", "tekrar"}
#: a -mA verbal noun, bare or with a possessive and case (``yapılanma``, ``yapılanmanın``, ``düzenlenmesi``),
#: or an action noun of Arabic origin said with ``etmek`` (``inşa``, ``imar``)
ACTION_NOUN = re.compile(r"(?:m[ae](?:s[ıi])?(?:n[ıi]n|n[ıi]|n[ae]|y[ıi]|y[ae]|[dn][ae])?|^inşa.*|^imar.*)$")


def clause_before_postposition(sentence: Sentence, index: int) -> bool:
    """``X Anlaşması'nın onaylanmasının uygun bulunduğuna dair kanun teklifi``, ``X'in
    yapılacağına ilişkin karar``: a ``-DIğI``/``-AcAğI`` clause in the dative before ``dair``,
    ``ilişkin``, ``yönelik`` modifies the noun after them; it does not close the cue's clause."""
    tokens = sentence.tokens
    following = index + 1
    return following < len(tokens) and not sentence.marks[following].strip() and has_case(tokens[index].folded, "dat") \
        and tokens[following].folded in ADJECTIVAL_POSTPOSITIONS


def takes_a_participle(sentence: Sentence, index: int, distance: int = 1) -> bool:
    """Whether a lower-case participle follows ``index`` within ``distance`` words, no mark
    between (``heyetlerine yapılan``, ``boyunca piyasalarda yürütülen``): the word at ``index``
    then belongs to that relative clause, inside an item."""
    tokens = sentence.tokens
    for after in range(index + 1, min(len(tokens), index + 1 + distance)):
        if sentence.marks[after].strip():
            return False
        if not tokens[after].capitalized and is_participle(tokens[after].folded):
            return True
    return False


def duration_of_a_participle(sentence: Sentence, index: int) -> bool:
    """``ramazan ayı boyunca piyasalarda yürütülen fiyat denetimleri``: a stretch of time before
    a relative clause's verb is when that event happens, inside the item (``Toplantı boyunca
    X ele alındı``, with no participle after it, says how long the meeting talked)."""
    return sentence.tokens[index].folded in DURATION_POSTPOSITIONS and takes_a_participle(
        sentence, index, MAX_WORDS_TO_PARTICIPLE
    )


def after_clock_time(sentence: Sentence, start: int, end: int) -> int:
    """``saat 11.00'de Türkiye Varlık Fonu'nun raporu``, ``saat 14'te X``: a clock time in the
    locative opening an item says when the meeting takes it up; the item starts after it (not
    where a participle right after it takes the time: ``saat 10.00'da başlayacak oturum``)."""
    tokens = sentence.tokens
    if start + 2 >= end or tokens[start].folded != CLOCK_WORD or sentence.marks[start + 1].strip():
        return start
    if CLOCK_HOUR_LOCATIVE.match(tokens[start + 1].folded):
        after = start + 2
    elif CLOCK_HOUR.match(tokens[start + 1].folded) and CLOCK_MINUTES.match(tokens[start + 2].folded) \
            and sentence.marks[start + 2].strip() in ("", ".", ":"):
        after = start + 3
    else:
        return start
    if after >= end or sentence.marks[after].strip() or takes_a_participle(sentence, after - 1):
        return start
    return after


def adverb_of_an_action(sentence: Sentence, index: int, end: int) -> bool:
    """``yeniden yapılanmanın finansmanı``, ``yeniden imar süreci``: a repeat adverb right before a
    lower-case noun of an action belongs to that noun, inside the item; before anything else it is
    said of the meeting's verb (``Toplantıda yeniden Suriye ele alındı``) and is no part of the item."""
    tokens = sentence.tokens
    return tokens[index].folded in REPEAT_ADVERBS and index + 1 < end and not sentence.marks[index + 1].strip() \
        and not tokens[index + 1].capitalized and bool(ACTION_NOUN.search(tokens[index + 1].folded))


def after_clause_of_the_head(sentence: Sentence, first: int, last: int) -> int:
    """Where an item starts after a relative clause that only describes the name heading it
    (``after_descriptive_clause``: ``Haziranda toplanan son NATO Zirvesi``) or gives another
    name of it (``after_alias_clause``)."""
    start = after_descriptive_clause(sentence, first, last)
    return after_alias_clause(sentence, first, last) if start == first else start


def after_alias_clause(sentence: Sentence, first: int, last: int) -> int:
    """``kamuoyunda "11. Yargı Paketi" olarak bilinen Ceza Muhakemesi Kanunu ile ... Kanun
    Teklifi``: a clause giving another name of a title only says how the title is also called;
    the item is the title, a run of capitalized words after it (``"Yargı Paketi" olarak bilinen
    kanun teklifi`` has no title after it, and keeps its clause)."""
    tokens = sentence.tokens
    for index in range(first + 1, last - 2):
        if tokens[index].folded in ALIAS_PARTICIPLES and tokens[index - 1].folded in ALIAS_MARKERS \
                and not any(sentence.marks[i].strip() for i in range(index, index + 3)) \
                and tokens[index + 1].capitalized and tokens[index + 2].capitalized:
            return index + 1
    return first


FIRST_EXAMPLE = "başta"  #: "başta X olmak üzere": X first among the examples
MAX_EXAMPLE_WORDS = 6  #: words from "başta" to the connector


def preposed_example(sentence: Sentence, connector: int) -> bool:
    """``başta X olmak üzere Y ve Z``: the word that marks X as the first example stands before it
    (``X başta olmak üzere`` has it inside the connector), so X is an item of its own, the first
    of the list that follows."""
    tokens = sentence.tokens
    return tokens[connector].folded != FIRST_EXAMPLE and any(
        token.folded == FIRST_EXAMPLE for token in tokens[max(0, connector - MAX_EXAMPLE_WORDS) : connector]
    )
