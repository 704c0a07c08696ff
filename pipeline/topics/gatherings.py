"""Who meets: a gathering verb with its parties (``Fidan ile Lavrov bir araya geldi``), the
parties opening a sentence (``İki lider ...``), a partner in the instrumental (``mevkidaşıyla``)
and a meeting named as the place of the event (``toplantıda``). Used by ``pipeline.topics.cues``
and ``agenda`` to tell a meeting's agenda from one speaker's remarks."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from pipeline.lang.tr.morphology import has_case, is_participle, is_verbal_noun_of
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.meeting_phrases import names_no_meeting
from pipeline.topics.word_classes import WordClasses

if TYPE_CHECKING:
    from pipeline.topics.cues import Cue


GATHERING = ("bir", "araya", "gel")  #: "bir araya geldi", "bir araya gelecek": a meeting, as "toplantı" is
GATHERING_STEM = frozenset({GATHERING[2]})
MEETING_VERBS = ("buluş",)  #: "buluştu", "buluşacaklar" (the noun "buluşma" is a setting word)
_FOLDED = attrgetter("folded")


#: setting words that name no meeting held for an agenda: a meetup with the public, a phone call
MEETUPS = frozenset({"buluşma", "telefon"})


def held_here(words: WordClasses, sentence: Sentence) -> bool:
    """A meeting named as the place of the sentence's event (``istişare toplantısında``,
    ``Toplantıda``), not a visit or a round (``ziyaretinde``, ``ilk turda``), a meetup with the
    public (``halk buluşmasında``) or a time around it (``toplantı sonunda``)."""
    return any(
        words.has("setting", token)
        and has_case(token.folded, "loc")
        and not words.has("round", token)
        and not token.folded.startswith((*words.by_kind.get("visit", ()), *MEETUPS))
        and not names_no_meeting(words, sentence, index)
        for index, token in enumerate(sentence.tokens)
    )


def is_gathering_noun(sentence: Sentence, index: int) -> bool:
    """``heyetin Bakan ile bir araya gelmesi ve X'i ele alması``: the verbal noun of a gathering
    names the meeting itself, a clause of its own before the list of what it will cover."""
    tokens = sentence.tokens
    return (
        index >= 2 and tokens[index - 2].folded == GATHERING[0] and tokens[index - 1].folded == GATHERING[1]
        and is_verbal_noun_of(tokens[index].folded, GATHERING_STEM)
    )


#: a count of the parties before a participant noun (``iki lider``, ``üç bakan``)
_PARTY_COUNTS = {"iki", "üç", "dört", "beş"}
#: parties a treaty binds, not people who meet (``Taraflar, X'i ele alacak``: what the text obliges)
_BOUND_PARTIES = {"taraf"}


def parties_open(words: WordClasses, sentence: Sentence) -> bool:
    """``Bakanlar, ...``, ``İki lider ...``, ``Heyetler ...``: the sentence opens with the parties of
    a meeting as its subject (a participant noun in the plural, or counted), so an active cue's
    discussion later in it is theirs."""
    tokens = sentence.tokens
    first = 1 if len(tokens) > 1 and tokens[0].folded in _PARTY_COUNTS else 0
    if first >= len(tokens) - 1 or not words.has("participant", tokens[first]) or tokens[first].key in _BOUND_PARTIES:
        return False
    word = tokens[first].folded
    return bool(first) or word[len(tokens[first].key):].startswith(("lar", "ler")) or word.endswith(("lar", "ler"))


def gathers(words: WordClasses, sentence: Sentence) -> bool:
    """``Fidan ile Lavrov bir araya geldi``, ``heyetler buluştu``: a verb phrase that names a
    meeting when its parties are named (a participant noun, or a partner with ``ile`` or in the
    instrumental), not a crowd's gathering (``binlerce kişi meydanda bir araya geldi``) nor a
    reunion with one's own circle or audience (``tahliye edilen sanık ailesiyle buluştu``, ``film
    seyirciyle buluştu``)."""
    tokens = sentence.tokens
    # most sentences hold neither verb: told from their folded words joined, without a walk
    folded = " ".join(map(_FOLDED, tokens))
    if " ".join(GATHERING[:2]) not in folded and not any(verb in folded for verb in MEETING_VERBS):
        return False
    verb = None
    for index, token in enumerate(tokens):
        if token.folded.startswith(MEETING_VERBS) and not words.has("setting", token):
            verb = index
        elif token.folded == GATHERING[0] and index + 2 < len(tokens) and tokens[index + 1].folded == GATHERING[1]:
            if tokens[index + 2].folded.startswith(GATHERING[2]) and not sentence.marks[index + 2].strip():
                verb = index
        if verb is not None:
            break
    if verb is None or _reunion(words, tokens[:verb]):
        return False
    return any(
        words.has("participant", t) or t.folded == "ile" or (t.stem_end < t.end and has_case(t.folded, "ins"))
        or (has_case(t.folded, "ins") and not t.capitalized)
        for t in tokens[:verb]
    )


def _reunion(words: WordClasses, tokens: list[Token]) -> bool:
    """Partners with ``ile`` or in the instrumental before a gathering verb, all of one's private
    circle or audience (``ailesiyle``, ``sevenleriyle``, ``okurlarıyla``), none a participant."""
    partners = [
        t for i, t in enumerate(tokens)
        if has_case(t.folded, "ins") or (i + 1 < len(tokens) and tokens[i + 1].folded == "ile")
    ]
    return any(words.has("kin", t) for t in partners) and not any(words.has("participant", t) for t in partners)


#: the personal pronouns in the instrumental: whom one talked with ("kendisiyle konuştum")
PARTNER_PRONOUNS = {"kendisiyle", "kendileriyle", "onunla", "onlarla", "benimle", "bizimle", "sizinle", "sizlerle", "seninle"}


def talked_with_partner(words: WordClasses, sentence: Sentence, placed: tuple[int, int, Cue]) -> bool:
    """``Kendisiyle X hakkında konuştum``, ``mevkidaşıyla X üzerine konuştu``: with whom it was
    said named in the instrumental before an active cue, a talk of two, not one speaker's remarks."""
    first, _, cue = placed
    return cue.role == "agenda" and cue.case == "object" and any(
        t.folded in PARTNER_PRONOUNS or _party_in_instrumental(words, t) for t in sentence.tokens[:first]
    )


def talks_with_a_party(words: WordClasses, sentence: Sentence) -> bool:
    """``Sayın Bakan ile X'i ele aldık``, ``mevkidaşıyla X'i değerlendirdi``: a party to a talk (a
    participant noun) with ``ile`` or in the instrumental names the talk the cue's agenda is of;
    ``Bakan ile ilgili`` (about the minister) names none."""
    tokens = sentence.tokens
    if any(bilateral_partner(sentence, index) for index, token in enumerate(tokens) if token.folded == "ile"):
        return True  # "Aliyev ile ikili ilişkileri ele aldı": the other side of a bilateral talk
    if not words.has_any("participant", tokens):
        return False  # most sentences name no party: one pass over the remembered answers
    return any(
        _party_in_instrumental(words, token) or words.has("participant", token) and index + 2 < len(tokens)
        and tokens[index + 1].folded == "ile" and not tokens[index + 2].folded.startswith("ilgil")
        for index, token in enumerate(tokens)
    )


BILATERAL = "ikili"  #: "ikili ilişkiler", "ikili ticaret": between the subject and the partner


def bilateral_partner(sentence: Sentence, index: int) -> bool:
    """``Aliyev ile ikili ilişkileri``: a name with ``ile`` before ``ikili`` is the partner the
    bilateral matters are discussed with, not one side of a list or a relation."""
    tokens = sentence.tokens
    return (0 < index < len(tokens) - 1 and tokens[index].folded == "ile" and tokens[index - 1].capitalized
            and tokens[index + 1].folded == BILATERAL and not sentence.marks[index + 1].strip())


def _party_in_instrumental(words: WordClasses, token: Token) -> bool:
    return words.has("participant", token) and has_case(token.folded, "ins")


#: words from a meeting in the instrumental to a participle that would take it in ("toplantıyla başlayan süreç")
MAX_OCCASION_HEAD = 3


def meeting_in_instrumental(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``Bakanlar Konseyi Toplantısı'yla X ve Y ele alındı``: a meeting noun in the
    instrumental is the occasion the cue's agenda was taken up at, as ``bu toplantı ile`` is;
    the list starts after it (not ``toplantıyla ilgili X``, the object of a postposition, nor
    ``zirveyle başlayan süreç``, where a participle after it takes it in)."""
    tokens = sentence.tokens
    token = tokens[index]
    if token.folded == "ile" or not has_case(token.folded, "ins") or not words.has("setting", token):
        return False
    after = tokens[index + 1 : index + 1 + MAX_OCCASION_HEAD]
    if not after or sentence.marks[index + 1].strip() or after[0].folded.startswith("ilgil"):
        return False
    return not any(is_participle(t.folded) for t in after)
