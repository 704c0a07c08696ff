"""Whether a cue verb is a participle or a verbal noun that describes the noun after it
(``görüşülecek konular``, ``ele alındığı toplantı``, ``gözden geçirilmesi pratiği``): then it
states no agenda of its own (used by ``pipeline.topics.cues``)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from pipeline.lang.tr.endings import ends_in
from pipeline.lang.tr.morphology import has_compound_head, is_nominalized_verb, is_participle, is_passive_past, is_relative_participle
from pipeline.lang.tr.text import COORDINATORS, Word
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.meeting_phrases import demonstrative_before_setting
from pipeline.topics.sentence_checks import reports
from pipeline.topics.word_classes import WordClasses, is_adjective

if TYPE_CHECKING:
    from pipeline.topics.cues import Cue

#: after a cue verb: "görüşülür hale geldi", "ele alınması gerekiyor", "tartışılmasını
#: istiyoruz", "görüşülmesi önem taşıyor": a change, a need, a wish, a judgement
NOT_A_STATEMENT = ("hale", "gerek", "iste", "isti", "önem")
MANNER_NOUNS = {"şekilde", "biçimde"}  #: "-AcAk şekilde": in such a way that
MAX_MEETING_NAME_WORDS = 5  #: "olan Karadeniz Ekonomik İşbirliği zirvesi": words up to the meeting noun


def is_participle_of(words: WordClasses, sentence: Sentence, last: int) -> bool:
    """``görüşülecek olan yasa``, ``ele alınacak konular``: the cue verb describes the noun after it."""
    if last >= len(sentence.tokens) or sentence.marks[last]:
        return False
    verb, following = sentence.tokens[last - 1], sentence.tokens[last]
    if following.folded == "olan":
        return True
    if following.folded.startswith(NOT_A_STATEMENT):
        return True  # "tartışılır hale geldi", "müzakere edilmesi gerekiyor": a change, a need
    if is_nominalized_verb(verb.folded) and words.has("generic_head", following):
        return True  # "gündeme alınması hususu": a proposal about it
    if verb.folded.endswith(("ması", "mesi")) and is_possessed_noun(words, following):
        return True  # "yaptırımların gözden geçirilmesi pratiği": the head of a compound, not a predicate
    if not (is_participle(verb.folded) or is_relative_participle(verb.folded)):
        return False
    if following.folded in MANNER_NOUNS:
        return True  # "odaklanacak şekilde": an adverbial clause
    if following.folded in COORDINATORS or words.has("particle", following):
        return False
    if not is_relative_participle(verb.folded):
        return True  # "ele alınacak konular", "odaklanacak şekilde": -AcAk and -An before a noun
    # "ele alındığı konular", "üzerinde durdukları zemin", but "ele alındığı bildirildi",
    # "görüştüğü ifade edildi": -DIğI before a verb is reported speech
    if words.has("setting", following) or demonstrative_before_setting(words, sentence, last):
        return False  # "X'in konuşulduğu (bu) toplantıda": the meeting's topic, named by its relative clause
    if any(words.has(kind, following) for kind in ("generic_head", "setting", "manner", "generic")):
        return True
    return not (following.capitalized or reports(sentence, last))


def is_possessed_noun(words: WordClasses, token: Token) -> bool:
    """``pratiği``, ``talebini``: a noun in the possessive (not ``olacak``, ``öncelikli``, ``önemli``,
    nor a passive past, the predicate: ``X'in gündeme alınması kararlaştırıldı``)."""
    word = token.folded
    if token.capitalized or word.startswith("ol") or is_adjective(words, token) or ends_in(word, "with") or is_passive_past(word):
        return False
    return has_compound_head(word)


def describes_a_meeting(words: WordClasses, sentence: Sentence, last: int) -> bool:
    """``X'i ele alacak (olan) toplantı``, ``gündem maddesi X olan kurul toplantısı``: the
    participle describes the meeting after it (a name or adjectives may stand between), so
    its object, or the predicate of its agenda noun, is the meeting's topic."""
    tokens = sentence.tokens
    index = last
    if index < len(tokens) and tokens[index].folded == "olan" and not sentence.marks[index]:
        index += 1
    for position in range(index, min(len(tokens), index + MAX_MEETING_NAME_WORDS)):
        token = tokens[position]
        if sentence.marks[position]:
            return False
        if words.has("setting", token):
            return True
        if not (token.capitalized or is_adjective(words, token) or words.is_generic(token)):
            return False
    return False


def describes_a_talk(words: WordClasses, sentence: Sentence, last: int) -> bool:
    """``X'in ele alındığı söyleşide``, ``X'in konuşulduğu seminer``: the relative clause of a
    passive cue before a talk given at an event says what the talk covered; the talk is the
    meeting (alone, ``söyleşide`` may be an interview, a speech)."""
    tokens = sentence.tokens
    if last >= len(tokens) or sentence.marks[last] or not is_relative_participle(tokens[last - 1].folded):
        return False
    return words.has("talk", tokens[last])


def participants_discussed(words: WordClasses, cue: Cue, match: GazetteerMatch, text_words: list[Word], starts: list[int]) -> bool:
    """``X'i de görüşen iki lider``, ``X'i görüşen toplantı``: the participle of an active cue
    describes who took part or the meeting, and its object is what they discussed; so does
    a closer's (``gündem maddesi X olan kurul toplantısı``)."""
    if cue.case != "object" and cue.role != "closer":
        return False
    index = bisect.bisect_left(starts, match.end)
    following = [Token(w.start, w.end, w.end, w.folded, words.key(w.folded), False) for w in text_words[index : index + 2]]
    if cue.role != "closer" and any(words.has("participant", t) for t in following):
        return True
    return any(words.has("setting", t) for t in following)


def heads_a_colon_list(words: WordClasses, match: GazetteerMatch, text: str, text_words: list[Word], starts: list[int]) -> bool:
    """``görüşülen konular: X, Y ve Z``: the participle describes the classifier of a list after a colon."""
    index = bisect.bisect_left(starts, match.end)
    head = text_words[index] if index < len(text_words) else None
    if head is None or text[head.end : head.end + 1] != ":":
        return False
    return words.has("generic_head", Token(head.start, head.end, head.end, head.folded, words.key(head.folded), False))
