"""Whether a cue's case is met (used by ``pipeline.topics.cues``): an active verb's object, a verb not a noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.tr.morphology import has_case, is_complement_clause, is_nominalized_verb, is_participle, is_relative_participle
from pipeline.lang.tr.text import COORDINATORS
from pipeline.lang.tr.verb_forms import is_progressive
from pipeline.topics.clauses import Sentence
from pipeline.topics.list_shapes import before_partner
from pipeline.topics.meeting_phrases import object_is_a_language
from pipeline.topics.sentence_checks import ends_clause, is_name_in_compound, start_of_name
from pipeline.topics.word_classes import WordClasses, is_adjective

if TYPE_CHECKING:
    from pipeline.topics.cues import Cue

TIME_FRAMES = {"sonrası", "öncesi"}  #: "toplantı sonrası": a time, whose -(s)I is no accusative


def case_fits(words: WordClasses, sentence: Sentence, first: int, last: int, cue: Cue) -> bool:
    """An active verb cue needs its object in the accusative (``Lavrov ile görüştü`` has none),
    and must be a verb, not a noun in a case (``ikili görüşmelerinde``)."""
    tokens = sentence.tokens
    if cue.locative:
        # "gündemdeki yerini koruyor": the -ki adjective of the locative predicates nothing
        return not tokens[last - 1].folded.endswith("ki") and ends_clause(sentence, last)
    if first > 0 and tokens[first - 1].folded == "olarak" and cue.case == "object":
        return False  # "X'i yerinde bir karar olarak değerlendirdi": a judgement, not a discussion
    if first > 0 and regarded_as(words, sentence, first - 1):
        return False  # "yüzeyler olarak ele alınıyor", "anlamsız diye değerlendiriliyorum": seen as, not discussed
    if any(has_case(tokens[last - 1].folded, case) for case in ("loc", "abl")) and not is_progressive(tokens[last - 1].folded):
        return False  # "görüşülmesinde", "ele alınmasından": a time or a cause, not a statement ("görüşülmekte" is one)
    if (
        has_case(tokens[last - 1].folded, "gen")
        and is_nominalized_verb(tokens[last - 1].folded[:-3])
        and (last >= len(tokens) or tokens[last].folded not in COORDINATORS)
    ):
        return False  # "görüşülmesinin ardından", "görüşülmesinin ertelenmesi": the owner of another noun
    if cue.case == "subject" and last < len(tokens) and tokens[last].folded == "üzere" and not sentence.marks[last]:
        return False  # "komisyonlara görüşülmek üzere": a purpose (an active "X'i görüşmek üzere" still says what)
    if cue.case == "subject" and first > 0 and is_relative_participle(tokens[first - 1].folded):
        return False  # "X olduğu değerlendirildi": a view on a fact, not a topic
    if cue.case == "subject" and first > 0 and not tokens[first - 1].capitalized \
            and has_case(tokens[first - 1].folded, "ins") and tokens[first - 1].folded not in ("ile", "birlikte") \
            and not words.has("manner", tokens[first - 1]):  # "tüm boyutlarıyla gözden geçirilecek": how
        return False  # "şirketin başvurusuyla gündeme geldi": by what it came up, no subject listed
    if cue.case not in ("object", "dative"):
        return True
    if has_case(tokens[last - 1].folded, "ins"):
        return False
    before = (before_partner(words, sentence, first) if cue.case == "object" else first) - 1  # "X'i mevkidaşıyla"
    while before >= 0 and (
        words.has("particle", tokens[before])
        or (words.has("setting", tokens[before]) and has_case(tokens[before].folded, "loc"))
    ):
        before -= 1  # "planları da gündeme getirmesi", "durumu telefonda ele alan"
        if tokens[before + 1].capitalized and words.has("setting", tokens[before + 1]):
            before = start_of_name(sentence, before)  # "NATO Bakanları Toplantısı'nda görüştü"
    if before < 0 or is_name_in_compound(sentence, before) or object_is_a_language(sentence, before):
        return False  # "Cumhurbaşkanı görüşmesi": a compound, no object; "Türkçeyi konuşuyor": a language
    token = tokens[before]
    if words.has("postposition", token) or words.has("dative_postposition", token):
        return False  # "X'le ilgili konuştu": a postposition's complement, no object in the accusative
    case = "acc" if cue.case == "object" else "dat"
    if token.folded in TIME_FRAMES:
        return False  # "kurul toplantısı sonrası konuştu": when, not what
    return has_case(token.folded, case) and not (is_complement_clause(token.folded) and not owned_future(tokens, before)) \
        and not is_adjective(words, token)


#: ``gelecek`` (the future) with a possessive: a clause's verb too (``geleceğini``: that he will come)
_FUTURE_NOUN = "geleceğ"


def owned_future(tokens: list, index: int) -> bool:
    """``Avrupa'nın güvenliğinin geleceğini``: ``geleceği`` after a genitive owner is the noun
    ``gelecek`` (the future of it), no clause's verb ``will come``."""
    return index > 0 and tokens[index].folded.startswith(_FUTURE_NOUN) and has_case(tokens[index - 1].folded, "gen")


#: adjectives of manner before ``olarak`` (``ayrıntılı olarak``, ``kapsamlı olarak``, ``ilk olarak``)
_MANNER_ENDINGS = ("lı", "li", "lu", "lü", "ca", "ce", "sal", "sel", "ilk", "genel")


def regarded_as(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``X diye`` or ``NOUN olarak`` right before a cue: what the thing is taken for (``yüzeyler olarak
    ele alınıyor``, ``anlamsız diye değerlendiriliyorum``), no discussion of it; ``ayrıntılı olarak``
    and the other adverbs of manner say how a topic was discussed."""
    tokens = sentence.tokens
    word = tokens[index].folded
    if word == "diye":
        return True
    if word != "olarak" or index == 0 or sentence.marks[index].strip():
        return False
    before = tokens[index - 1]
    return not (words.has("particle", before) or before.folded.endswith(_MANNER_ENDINGS) or is_adjective(words, before))


def listed_before_a_cue(sentence: Sentence, end: int, later: list) -> bool:
    """``ateşkese ilişkin müzakereler ve Yemen'deki gelişmeler ele alındı``: a discussion noun
    followed by ``ve`` or a comma, with an agenda verb later in the sentence, ends an item of that
    verb's list, no statement of its own; so does one in the locative that a participle follows
    (``savaşı bitirmeye yönelik müzakerelerde gelinen aşama ele alındı``: the stage the talks
    reached, one item)."""
    if end >= len(sentence.tokens):
        return False
    tokens = sentence.tokens
    coordinated = tokens[end].folded == "ve" or "," in sentence.marks[end]
    coordinated = coordinated or (has_case(tokens[end - 1].folded, "loc") and not sentence.marks[end].strip()
                                  and not tokens[end].capitalized and is_participle(tokens[end].folded))
    return coordinated and any(cue.role == "agenda" and first > end for first, _, cue in later)


#: necessity after a verbal noun (``verilmesi gerektiğini``, ``yapılması şart``): what should be, not what was
_NECESSITY = ("gerek", "şart", "lazım", "zorunlu")


def needed_after(sentence: Sentence, end: int) -> bool:
    """``bilgi verilmesi gerektiğini``: a necessity within the two words after a discussion noun
    (ending at ``end``) makes it a demand."""
    return any(token.folded.startswith(_NECESSITY) for token in sentence.tokens[end : end + 2])
