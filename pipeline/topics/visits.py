"""Briefings on a visit: ``köyleri ziyaret ederek ihtiyaçları değerlendirdi``, ``Kaymakam köyü
ziyaret etti. Muhtardan yürütülen çalışmalar hakkında bilgi aldı``. A governor's or a mayor's
visit to villages, sites or institutions, with what the hosts told or showed the visitor, is
no meeting's agenda; a talk with someone named there still is one (``X ile görüşen Vali,
ilçenin durumu hakkında bilgi aldı``, ``Görüşmede X ele alındı``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.lang.tr.morphology import has_case
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.gatherings import GATHERING, MEETING_VERBS
from pipeline.topics.meeting_phrases import names_no_meeting, on_a_tour
from pipeline.topics.word_classes import WordClasses

if TYPE_CHECKING:
    from pipeline.topics.cues import Cue

VISITOR = "çı"  #: "ziyaretçi": the visitors of a place, not a visit
#: a verb of talking with someone: görüşen, görüşerek, görüştü, görüşüp, görüşecek, görüşmüş
_TALK_VERB = re.compile(r"görüş(?:en|erek|t[üu]|üp|ece|mü|üyor)")


def _visit_at(words: WordClasses, token: Token) -> bool:
    return any(
        token.folded.startswith(stem) and not token.folded[len(stem) :].startswith(VISITOR)
        for stem in words.by_kind.get("visit", ())
    )


def _names_a_visit(words: WordClasses, sentence: Sentence, end: int) -> bool:
    """A visit (``ziyaret etti``, ``ziyaretinde``) or a tour (``gezerek``) before ``end``."""
    return any(_visit_at(words, t) for t in sentence.tokens[:end]) or on_a_tour(words, sentence, end)


def _talk_verb(sentence: Sentence, index: int) -> bool:
    tokens = sentence.tokens
    if _TALK_VERB.match(tokens[index].folded) or tokens[index].folded.startswith(MEETING_VERBS):
        return True
    return (
        tokens[index].folded == GATHERING[0]
        and index + 2 < len(tokens)
        and tokens[index + 1].folded == GATHERING[1]
        and tokens[index + 2].folded.startswith(GATHERING[2])
    )


def names_a_talk(words: WordClasses, sentence: Sentence) -> bool:
    """A meeting noun other than the visit itself (``görüşmede``, ``toplantıda``), or a verb of
    talking or meeting with a partner before it (``X ile görüşen``, ``mevkidaşıyla bir araya
    gelen``): not the public met on the way (``vatandaşlarla bir araya gelerek``), nor a place
    gone on to (``X Köyü ile devam etti``), which has no such verb."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if words.has("setting", token) and not _visit_at(words, token) and not names_no_meeting(words, sentence, index):
            return True
        if _talk_verb(sentence, index) and any(
            (has_case(t.folded, "ins") or (i + 1 < len(tokens) and tokens[i + 1].folded == "ile"))
            and not words.has("audience", t) and not words.has("kin", t)
            for i, t in enumerate(tokens[:index])
        ):
            return True
    return False


def _briefing(words: WordClasses, sentence: Sentence, first: int) -> bool:
    return any(sentence.tokens[first].folded.startswith(stem) for stem in words.by_kind.get("briefing", ()))


def on_a_visit(words: WordClasses, sentence: Sentence, placed: list[tuple[int, int, Cue]], before: Sentence | None) -> set[int]:
    """The briefing or assessment cues among ``placed`` (``bilgi aldı``, ``değerlendirdi``,
    ``üzerinde durdu``, cues that need a meeting) after a visit named before them in their
    sentence or in ``before`` (the sentence before, in the same paragraph), where neither names a
    talk and no other agenda cue says what the visit covered (``X'in ele alındığı ziyarette``):
    their first token's indexes."""
    briefings = {
        first for first, _, cue in placed
        if cue.needs_meeting and cue.role in ("discussion", "agenda") and _briefing(words, sentence, first)
    }
    if not briefings or any(cue.role == "agenda" and first not in briefings for first, _, cue in placed):
        return set()
    if before is not None and _names_a_visit(words, before, len(before.tokens)):
        visited = briefings
    else:
        visited = {first for first in briefings if _names_a_visit(words, sentence, first)}
    if not visited or names_a_talk(words, sentence) or (before is not None and names_a_talk(words, before)):
        return set()
    return visited
