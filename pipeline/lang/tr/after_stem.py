"""Readings of the suffix that follows a known verb's stem (a cue's ``ele al|ınmadı``).

The stem is known, so only the letters after it are read: whether they make the verb
negative, a demand, a participle, or (for a stem that is also a noun, ``görüş``) the verb at all.
"""

from __future__ import annotations

import re

#: What follows a verb cue's stem (``ele al|ınmadı``): -mA- not followed by -sI or -k is the
#: negative (``alınmadı``, ``alınmamalı``) or the necessitative (``alınmalı``), not ``-mAyA``
#: (``görüşülmeye başlandı``)
_NEGATIVE_AFTER_STEM = re.compile(r"^m[ae](?!s[ıi]|k|y[ae]$)")
#: -(y)An right after a verb's stem: the participle (``ele alınan``, ``görüşülen``)
_PARTICIPLE_AFTER_STEM = re.compile(r"^y?[ae]n$")

#: the third person imperative after a verb's stem (``ele alınsın``, ``görüşülsün``): a demand
_DEMAND_AFTER_STEM = re.compile(r"^s[ıiuü]n(?:l[ae]r)?$")


def demands(suffix: str) -> bool:
    """Whether the suffix after a verb's stem is the third person imperative (a demand, no report)."""
    return bool(_DEMAND_AFTER_STEM.match(suffix))


def negates_verb(suffix: str) -> bool:
    """Whether the suffix after a verb's stem makes it negative or necessitative."""
    return bool(_NEGATIVE_AFTER_STEM.match(suffix))


#: What follows a verb's stem that is also a noun (``görüş``: to talk, an opinion) when it is the
#: verb: a tense or aspect (-Iyor, -DI and -DIK, -(y)AcAk, -mIş, the aorist -Ir/-Ar, -mAktA),
#: the infinitive -mAk, a converb (-(y)Ip, -ArAk). The noun's own endings (``görüşü``,
#: ``görüşler``, ``görüşe``, ``görüşte``) spell none of them, nor does -mA: its noun is a word
#: of its own (``görüşme``: a meeting, ``konuşmasını yaptı``: gave a speech).
_VERB_ENDING_AFTER_STEM = re.compile(
    r"^(?:[ıiuü]yor|[dt][ıiuü]|y?[ae]c[ae][kğ]|m[ıiuü]ş|[ıiuüae]r(?![ıiuüae])|m[ae]k|y?[ıiuü]p$|[ae]r[ae]k$)"
)


def spells_verb_ending(suffix: str) -> bool:
    """Whether the suffix after a stem that is both a verb and a noun makes it the verb
    (``görüş|üyor``, ``görüş|tüler``, ``konuş|acak``), not the noun (``görüş|ü``)."""
    return bool(_VERB_ENDING_AFTER_STEM.match(suffix))


def is_participle_suffix(suffix: str) -> bool:
    """Whether the suffix after a verb's stem is the -(y)An participle."""
    return bool(_PARTICIPLE_AFTER_STEM.match(suffix))


#: a content clause in the dative after a verb's stem (``istişare edil|diğine dikkat çekti``,
#: ``görüşül|düklerine inanıyor``): what a speaker asserts or notes, not a report of a meeting
_DATIVE_CONTENT_AFTER_STEM = re.compile(r"^[dt][ıiuü](?:ğ|kl[ae]r)[ıiuü]n[ae]$")


def is_dative_content_clause(suffix: str) -> bool:
    """Whether the suffix after a verb's stem makes a content clause in the dative."""
    return bool(_DATIVE_CONTENT_AFTER_STEM.match(suffix))
