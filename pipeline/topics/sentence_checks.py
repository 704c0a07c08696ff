"""Checks on the shape of one sentence around a cue that need no lexicon: whether it asks
rather than states, where a list closes, what a postposition or a verb there does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.tr.endings import is_conditional_of_a_verb
from pipeline.lang.tr.morphology import (
    ends_in_past,
    has_case,
    is_finite_verb,
    is_first_person_plural,
    is_nominalized_verb,
    is_unmistakable_accusative,
    is_whether_pair,
)
from pipeline.lang.tr.text import COORDINATORS
from pipeline.topics.clauses import Sentence

if TYPE_CHECKING:
    from pipeline.topics.cues import Cue

LIGHT_VERBS = ("edil", "et", "ol", "yap", "bulun")
#: after -DIğI, an adverbial clause, not a relative one ("görüştüğü sırada", "ele aldığı için")
ADVERBIAL_HEADS = {"için", "sırada", "sırasında", "gibi", "halde", "zaman", "takdirde", "kadar"}
NOT_CLOSING = {"olarak", "olan", "olmak", "olup"}
PURPOSE = "için"  #: a postposition cue only after an infinitive ("X'i geliştirmek için görüştüler")
#: after a discussion noun in the genitive, a time: "sunumun ardından" still reports the talk
TIME_POSTPOSITIONS = {"ardından", "sonrasında", "sonunda", "öncesinde", "sırasında", "esnasında"}
CLOSING_VERBS = ("tamamlan", "bitti", "kapandı")  #: with "sona er-", "son bul-": the meeting ended
MAX_CLASSIFIER_MODIFIERS = 3  #: words between "de" and a classifier predicate ("de dış politika başlıkları arasında")
MAX_WHETHER_DISTANCE = 3  #: words between a cue and the "V-Ip V-mA-" pair that makes it a question ("devam edip etmediği")
JUDGEMENT_VERB = "değerlendir"  #: "X olarak değerlendirildi": regarded as X
ESSIVE = "olarak"
#: "ayrıntılı olarak değerlendirildi": how it was discussed, not what it was regarded as
MANNER_BEFORE_ESSIVE = {"ayrıntılı", "detaylı", "kapsamlı", "etraflı", "etraflıca", "geniş", "genel", "bütüncül", "toplu", "ortak"}


def purpose_of_talks(sentence: Sentence, first: int) -> bool:
    """``ticareti artırmak için görüş alışverişi``: the aim of the talks is their topic."""
    if sentence.tokens[first].folded != PURPOSE:
        return True
    return first > 0 and sentence.tokens[first - 1].folded.endswith(("mak", "mek")) and not sentence.marks[first]


def opens_set_off(sentence: Sentence, first: int, last: int) -> bool:
    """``Gündemde; X, Y ve Z yer aldı``: a locative cue opening the sentence, set off by a
    semicolon (which announces a list as a colon does), heads the list after it as ``gündeminde``
    does (not ``X gündemde``). Not after a comma: there the commas of a long item's relative clause
    (``Gündemde, otobüs, metro ve vapura zam öngören düzenleme yer aldı``) would be cut as items."""
    return first == 0 and last < len(sentence.tokens) and ";" in sentence.marks[last]


def last_comma(sentence: Sentence, last: int) -> int | None:
    """``3. maddesinde yer alan X, Y'ye karar verildi``: the item of a numbered agenda point
    runs to the sentence's last comma (commas inside it join its parts), its predicate follows."""
    commas = [i for i in range(last + 2, len(sentence.tokens)) if "," in sentence.marks[i]]
    return commas[-1] if commas else None


def is_inner_item(sentence: Sentence, last: int, later: list[tuple[int, int, Cue]]) -> bool:
    """A verbal noun cue (``gözden geçirilmesi``) followed by ``ve`` or ``ile`` and, later in
    the sentence, a cue of its own or a discussion noun: an item of that cue's list, not a statement."""
    if last >= len(sentence.tokens) or not is_nominalized_verb(sentence.tokens[last - 1].folded):
        return False
    if sentence.marks[last] or sentence.tokens[last].folded not in COORDINATORS:
        return False  # "X konularının ele alınması, ayrıca Y'nin de gündemde olması": two statements
    # "X'in gözden geçirilmesi ve Y'nin istişare edilmesi bekleniyor": two verbal nouns in a row are two statements;
    # a postposition and its discussion noun later ("X'in gözden geçirilmesi ile Y'ye ilişkin görüş
    # alışverişi") head the whole list
    roles = [cue.role for _, _, cue in later]
    if roles[:1] == ["postposition"] and "discussion" in roles:
        return True
    return any(cue.role == "agenda" and not is_nominalized_verb(sentence.tokens[end - 1].folded) for _, end, cue in later)


def is_conditional(sentence: Sentence, last: int) -> bool:
    """``X görüşülecekse``, ``X ele alınırsa``: the cue, or the verb right after it, in the
    conditional sets a condition; it reports no meeting's agenda."""
    tokens = sentence.tokens
    words = [tokens[last - 1].folded] + ([tokens[last].folded] if last < len(tokens) and not sentence.marks[last] else [])
    return any(is_conditional_of_a_verb(word) for word in words)


def regards_as(sentence: Sentence, first: int) -> bool:
    """``X'in bir göstergesi olarak değerlendiriliyor``, ``X'i olumlu bir adım olarak
    değerlendirdi``: ``değerlendir-`` after ``olarak`` judges, it discusses nothing (but
    ``ayrıntılı olarak değerlendirildi`` says how a topic was discussed)."""
    tokens = sentence.tokens
    if first < 1 or tokens[first - 1].folded != ESSIVE or not tokens[first].folded.startswith(JUDGEMENT_VERB):
        return False
    return first < 2 or tokens[first - 2].folded not in MANNER_BEFORE_ESSIVE


def asks_whether(sentence: Sentence, last: int) -> bool:
    """``görüşülüp görüşülmeyeceği``, ``istişarelerin devam edip etmediği``: a verb in -Ip and
    its own negative right after the cue ask whether, they state nothing."""
    tokens = sentence.tokens
    for index in range(last - 1, min(len(tokens) - 1, last + MAX_WHETHER_DISTANCE)):
        if index >= last and sentence.marks[index]:
            return False
        if is_whether_pair(tokens[index].folded, tokens[index + 1].folded):
            return True
    return False


def closes_list(sentence: Sentence, last: int) -> bool:
    """``olacak``, ``oldu``, ``yer alıyor`` close a list; ``olarak``, ``olan`` and an
    infinitive (``bulunmak yerine``) do not."""
    word = sentence.tokens[last - 1].folded
    return word not in NOT_CLOSING and not word.endswith(("mak", "mek"))


def reports(sentence: Sentence, index: int) -> bool:
    """A verb at ``index``, or a noun with a light verb after it (``ifade edildi``)."""
    tokens = sentence.tokens
    word = tokens[index].folded
    if is_finite_verb(word) or ends_in_past(word) or word in ADVERBIAL_HEADS:
        return True
    return index + 1 < len(tokens) and tokens[index + 1].folded.startswith(LIGHT_VERBS)


def start_of_name(sentence: Sentence, index: int) -> int:
    """The word before the capitalized words without a suffix that end at ``index``: the
    name of a meeting (``NATO Dışişleri Bakanları``) holds no object of the verb after it."""
    tokens = sentence.tokens
    while index >= 0 and tokens[index].capitalized and tokens[index].stem_end == tokens[index].end:
        if sentence.mark_after(index):
            break
        index -= 1
    return index


def owns_a_noun(sentence: Sentence, last: int) -> bool:
    """``X'e yönelik müzakerelerin üçüncü turunu değerlendirdi``: a discussion noun in the
    genitive owns the noun after it, which the clause is about (not a time: ``sunumun ardından``)."""
    tokens = sentence.tokens
    if last >= len(tokens) or sentence.marks[last] or not has_case(tokens[last - 1].folded, "gen"):
        return False
    return tokens[last].folded not in TIME_POSTPOSITIONS and tokens[last].folded not in COORDINATORS


def closes_the_meeting(sentence: Sentence, last: int) -> bool:
    """``Toplantı, X'e ilişkin sunumların ardından sona erdi``: what the meeting ended with is
    its closing formula, not a statement of its agenda."""
    tokens = sentence.tokens
    if last >= len(tokens) or tokens[last].folded not in TIME_POSTPOSITIONS:
        return False
    following = [t.folded for t in tokens[last + 1 : last + 3]] + [""]
    if following[0] == "son":
        return following[1].startswith("bul")  # "son buldu"
    return following[0] == "sona" or following[0].startswith(CLOSING_VERBS)  # "sona erdi", "tamamlandı"


def predicate_start(sentence: Sentence, first: int) -> int:
    """``X de dış politika başlıkları arasında yer aldı``: "de" closes the subject, and the words
    between it and a classifier predicate say what kind of topics these are; the predicate
    starts at "de" (``first`` when no "de" stands that close)."""
    tokens = sentence.tokens
    for index in range(first - 1, max(0, first - MAX_CLASSIFIER_MODIFIERS - 1), -1):
        if sentence.marks[index + 1]:
            break
        if tokens[index].folded in ("de", "da"):
            return index
    return first


def is_name_in_compound(sentence: Sentence, index: int) -> bool:
    """``Cumhurbaşkanı görüşmesi``: a capitalized word inside the sentence whose -I follows no
    apostrophe is a compound's possessed head, not an accusative (a name's case follows an
    apostrophe, ``Suriye'yi``; a title's head takes -nI, ``Kanun Tasarısını``)."""
    token = sentence.tokens[index]
    bare = token.stem_end == token.end  # no apostrophe
    return index > 0 and token.capitalized and bare and not is_unmistakable_accusative(token.folded)


def passive_discussion_verb(cue: Cue) -> bool:
    """A passive verb that by itself means a meeting's discussion, used without a subject after
    a postposition (``X hakkında görüşüldü``, ``X üzerine istişare edildi``)."""
    return cue.role == "agenda" and cue.case == "subject" and not cue.locative


def talked_together(sentence: Sentence, placed: tuple[int, int, Cue]) -> bool:
    """``X hakkında konuştuk``, ``X üzerine konuştular``: an active cue that needs a meeting
    (already in sight here) in the first or third person plural is a talk among several, not
    one speaker's remarks (``X hakkında konuştu``)."""
    _, last, cue = placed
    verb = sentence.tokens[last - 1].folded
    return cue.role == "agenda" and cue.case == "object" and (is_first_person_plural(verb) or verb.endswith(("lar", "ler")))


def ends_clause(sentence: Sentence, last: int) -> bool:
    """``X masada``, ``X masada olacak``: a nominal predicate ends its clause (not ``masada
    tuttu``, ``aynı masada buluşan``)."""
    tokens = sentence.tokens
    if last >= len(tokens) or sentence.marks[last]:
        return True
    following = tokens[last].folded  # "yer alıyor", but not "yerini koruyor"
    return following.startswith(("ol", "bulun")) or following in ("yer", "da", "de", "ise")


def meetings_nearby(sentences: list[Sentence], mentions: list[bool]) -> list[bool]:
    """Per sentence: a meeting in it, in an earlier sentence of its paragraph, or in the
    sentence before (one pass, so long paragraphs cost no more than short ones)."""
    nearby, in_paragraph = [], False
    for number, (sentence, mention) in enumerate(zip(sentences, mentions)):
        new_paragraph = number == 0 or sentences[number - 1].paragraph != sentence.paragraph
        previous = number > 0 and mentions[number - 1]
        in_paragraph = mention or (not new_paragraph and in_paragraph)
        nearby.append(in_paragraph or previous)
    return nearby
