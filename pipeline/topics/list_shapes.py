"""Shapes of a list around its cue that the walk in ``pipeline.topics.agenda`` reads:
a list joined by commas alone before a passive cue (``X, Y, Z ele alınmıştır``), a partner
named between the list and an active verb (``X'i mevkidaşıyla görüştü``) and a meeting in
the genitive that is the subject of a nominalized cue (``kurulun X'i ele aldığı``)."""

from __future__ import annotations

import re
from collections.abc import Collection

from pipeline.lang.tr.endings import is_manner_converb
from pipeline.lang.tr.morphology import (
    ends_in_an_after_consonant,
    ends_in_past,
    has_case,
    has_compound_head,
    is_converb,
    is_finite_verb,
    is_participle,
    is_nominalized_verb,
    is_past_of,
    is_relative_participle,
    is_unmistakable_accusative,
)
from pipeline.lang.tr.text import COORDINATORS
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.gatherings import bilateral_partner
from pipeline.topics.word_classes import WordClasses

#: cases that a list item in the nominative does not carry at its end
OBLIQUE_CASES = ("gen", "dat", "loc", "abl", "ins")
MIN_BARE_COMMAS = 2  #: "X, Y, Z": three items at least, so that a first chunk is no subject or scene
#: -sI after a vowel is only a possessive (the accusative there is -yI): "elebaşısı", "Başkanı" is not told
POSSESSIVE_AFTER_VOWEL = re.compile(r"[aeıioöuü]s[ıiuü]$")
LOCATIVE_ADJECTIVE = re.compile(r"[dt][ae]ki$")  #: "beraberindeki", "Ankara'daki": the -ki adjective of a locative
LOCATIVE_ENDING = re.compile(r"n?[dt][ae]$")  #: "gününde" -> "günü", "günde" -> "gün"
MAX_PARTNER_MODIFIERS = 3  #: "Rus Dışişleri Bakanı Lavrov ile": words of a partner before "ile" or the noun
#: verbs of meeting whose past closes a clause before the list ("görüştü ve", "toplandı,"); not
#: ``gatherings.MEETING_VERBS``, the verbs that put a meeting in sight by themselves
CLAUSE_CLOSING_MEETING_VERBS = frozenset({"görüş", "görüşül", "konuş", "toplan", "buluş", "gel"})
MAX_WORDS_TO_PARTICIPLE = 3  #: "yılında açılması düşünülen": words from a time to the participle it belongs to


def _is_nominal_end(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """The last word of a noun phrase in the nominative (``durumu``, ``süreci``, ``gelişmeler``);
    a -DI ending is a noun's possessive only after its owner in the genitive (``X'in ticareti``,
    not ``vali dinledi``)."""
    token = sentence.tokens[index]
    word = token.folded
    if any(has_case(word, case) for case in OBLIQUE_CASES) or words.has("particle", token):
        return False
    if ends_in_past(word) and not (index > 0 and has_case(sentence.tokens[index - 1].folded, "gen")):
        return False
    return not (is_finite_verb(word) or is_converb(word) or is_participle(word))


def bare_comma_list(words: WordClasses, sentence: Sentence, comma: int, start: int) -> bool:
    """``Toplantıda; X'in son durumu, Y süreci, Z'deki gelişmeler ele alınmıştır``: before a
    passive cue, three or more chunks that each end in the nominative, joined by commas
    alone, are one list (two would leave a subject or a scene before the comma possible),
    when the meeting's scene or a semicolon opens them (``Bakan konuştu, vali dinledi, X
    görüşüldü`` is a row of clauses: a bare -DI past looks like a noun's -I)."""
    commas, index = 0, comma
    while index > start:
        marks = sentence.marks[index]
        if any(mark in marks for mark in ";:"):
            break
        if "," in marks:
            if not _is_nominal_end(words, sentence, index - 1):
                return False
            commas += 1
        index -= 1
    if commas < MIN_BARE_COMMAS:
        return False
    opener = range(start, index + 1)
    return any(mark in sentence.marks[index] for mark in ";:") or any(_is_meeting_scene(words, sentence.tokens[i]) for i in opener)


def _is_meeting_scene(words: WordClasses, token: Token) -> bool:
    return words.has("setting", token) and has_case(token.folded, "loc")


def before_partner(words: WordClasses, sentence: Sentence, first: int, person_ends: Collection[int] = ()) -> int:
    """``Gazze'deki durumu mevkidaşıyla görüştü``, ``Suriye'yi Lavrov ile ele aldı``: whom the
    topics were discussed with, named between an accusative list and an active cue that
    starts at ``first``; where the partner starts (the list ends there), else ``first``."""
    tokens, last = sentence.tokens, first - 1
    while last > 0 and not sentence.marks[last + 1] and _is_meeting_scene(words, tokens[last]):
        last -= 1  # "Trump ile telefonda görüştü"
    if last < 1:
        return first
    if tokens[last].folded == "ile":
        named = tokens[last - 1]
        if not (named.capitalized or named.end in person_ends or words.has("participant", named)):
            return first
        start = last - 1
    elif words.has("participant", tokens[last]) and has_case(tokens[last].folded, "ins"):
        start = last
    else:
        return first
    for _ in range(MAX_PARTNER_MODIFIERS):  # "Rus mevkidaşıyla", "kurum müdürleriyle"
        if start == 0 or sentence.marks[start]:
            break
        before = tokens[start - 1]
        bare = not any(has_case(before.folded, c) for c in ("acc", *OBLIQUE_CASES))
        if is_participle(before.folded) or ends_in_an_after_consonant(before.folded) or before.folded in COORDINATORS:
            return first  # "Ankara'yı ziyaret eden heyetle", "X ve beraberindeki heyetle": the partner's own words
        if before.stem_end < before.end or not (before.capitalized or bare):
            break  # "Suriye'yi Lavrov ile": a suffix after an apostrophe ends the name
        start -= 1
    while start > 0 and not sentence.marks[start] and _is_meeting_scene(words, tokens[start - 1]):
        start -= 1  # "durumu telefonda mevkidaşıyla görüştü"
    if start == 0 or sentence.marks[start]:
        return first
    item = tokens[start - 1]
    accusative = is_unmistakable_accusative(item.folded) or (has_case(item.folded, "acc") and not words.has("participant", item))
    if POSSESSIVE_AFTER_VOWEL.search(item.folded) or LOCATIVE_ADJECTIVE.search(item.folded):
        return first  # "elebaşısı Öcalan ile": -sI is a possessed title; "beraberindeki heyetle": a -ki adjective
    return start if accusative and item.end not in person_ends else first


def meeting_as_subject(words: WordClasses, sentence: Sentence, index: int, cue_first: int, active: bool) -> bool:
    """``kurulun X konusunu ele aldığı``: before an active cue made a noun or a participle,
    a meeting noun in the genitive that owns no noun right after it is the cue's subject,
    not part of the first item (``toplantının gündemi``, ``zirvenin sonuç bildirgesi`` own
    the noun after them; ``Komisyonunun X önerisi görüşüldü``: a passive cue has no such subject)."""
    token = sentence.tokens[index]
    if not active or not (words.has("setting", token) and has_case(token.folded, "gen")) or token.capitalized or index + 1 >= cue_first:
        return False
    cue_words = [t.folded for t in sentence.tokens[cue_first : cue_first + 3]]
    if not any(is_nominalized_verb(w) or is_relative_participle(w) for w in cue_words):
        return False
    following = sentence.tokens[index + 1]
    return not sentence.marks[index + 1] and not following.capitalized and not has_compound_head(following.folded)


def time_scene(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``zirvenin son gününde X'e odaklandı``: a time noun in the locative says when the
    topics were discussed, so the list starts after it (``Kasım ayında yapılan seçimler``,
    a time inside a relative clause, does not stop it)."""
    token = sentence.tokens[index]
    if token.capitalized or not has_case(token.folded, "loc") or index + 1 >= len(sentence.tokens):
        return False
    word, times = LOCATIVE_ENDING.sub("", token.folded), words.by_kind.get("time", ())
    possessed = word[-1:] in "ıiuü" and (word[:-1] in times or (word[-2:-1] == "s" and word[:-2] in times))
    if not (word in times or possessed):  # "günde", "gününde", "haftasında"
        return False
    place = sentence.tokens[index + 1]
    if place.capitalized and has_case(place.folded, "loc"):
        return False  # "mart ayında Kahire'de": a time and a place, which the walk reads on
    for after in range(index + 1, min(len(sentence.tokens), index + 1 + MAX_WORDS_TO_PARTICIPLE)):
        following = sentence.tokens[after].folded
        if sentence.marks[after]:
            break
        if is_participle(following) or ends_in_an_after_consonant(following) or following == "olan":
            return False  # "2027 yılında açılması düşünülen okullar": a time inside the item's clause
    return True


def met_before(sentence: Sentence, index: int) -> bool:
    """``mevkidaşıyla görüştü ve X üzerine fikir alışverişi yaptı``: the -DI past of a verb
    of meeting that ends a clause (before a comma or ``ve``) is no list item."""
    token = sentence.tokens[index]
    if token.capitalized or index + 1 >= len(sentence.tokens) or not is_past_of(token.folded, CLAUSE_CLOSING_MEETING_VERBS):
        return False
    return bool(sentence.marks[index + 1].strip()) or sentence.tokens[index + 1].folded in COORDINATORS


def starts_after(words: WordClasses, sentence: Sentence, index: int, cue_first: int, active: bool) -> bool:
    """Whether a list walked leftwards starts right after ``index``: a meeting as the subject
    of the cue, a time, or a clause that reports the meeting itself."""
    return (
        meeting_as_subject(words, sentence, index, cue_first, active)
        or time_scene(words, sentence, index)
        or met_before(sentence, index)
    )


def titled_items(sentence: Sentence, spans: list[tuple[int, int]], title_words: Collection[str]) -> list[tuple[int, int]] | None:
    """``A'nın “X”, B'nin “Y” ve C'nin “Z” konulu önergeleri görüşüldü``: a list whose last
    item is a title before the noun it heads (``konulu``, ``başlıklı``) is a list of titles,
    whose head and owners name no topic. Per item, the span that holds its title (up to the
    title word in the last item; an item before it must end in a quoted title), else None."""
    if not spans:
        return None
    tokens, depths, marks = sentence.tokens, sentence.depths, sentence.marks
    first, last = spans[-1]
    word = next(
        (i for i in range(first + 1, last - 1) if depths[i] == 0 and tokens[i].folded in title_words and not marks[i + 1]),
        None,
    )
    if word is None or any(depths[end - 1] == 0 for _, end in spans[:-1]):
        return None
    return [*spans[:-1], (first, word)]


def after_partner(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``Lavrov ile Suriye'yi görüştü``: with an active verb, a name and ``ile`` before the
    list say whom the topics were discussed with."""
    tokens = sentence.tokens
    if plural_partner(sentence, index):
        return True  # "sanayicilerle ihracat desteklerini görüştü"
    if tokens[index].folded != "ile" or index == 0 or not tokens[index - 1].capitalized:
        return False
    return bilateral_partner(sentence, index) or not any(words.has("relation", t) for t in tokens[index:])


PLURAL_INSTRUMENTAL = ("larla", "lerle")
INSTRUMENTAL_POSTPOSITIONS = ("ilgil", "alakal", "bağlant")  #: "vatandaşlarla ilgili sorunlar": about them


def plural_partner(sentence: Sentence, index: int) -> bool:
    """``Bakan, sanayicilerle ihracat desteklerini görüştü``: a plural noun in the instrumental
    opening the clause before an object list names whom it was discussed with (a manner is
    possessed: ``tüm yönleriyle``), unless a participle takes it (``vatandaşlarla yaşanan sorunlar``)."""
    tokens = sentence.tokens
    token = tokens[index]
    if index + 1 >= len(tokens) or sentence.marks[index + 1].strip() or is_participle(tokens[index + 1].folded) \
            or ends_in_an_after_consonant(tokens[index + 1].folded) or tokens[index + 1].folded.startswith(INSTRUMENTAL_POSTPOSITIONS):
        return False
    return (not token.capitalized and token.folded.endswith(PLURAL_INSTRUMENTAL) and token.stem_end == token.end
            and (index == 0 or "," in sentence.marks[index]))


#: the postposition of a passive verb's agent (``bakanlar tarafından görüşüldü``)
AGENT_POSTPOSITION = "tarafından"
MAX_AGENT_WORDS = 4  #: "Dışişleri Bakanı Hakan Fidan tarafından"


def agent_before_cue(sentence: Sentence, start: int, end: int) -> int | None:
    """``X bakanlar tarafından gözden geçirildi``: where the agent phrase of a passive cue opens
    when it stands right before the cue (``end``), so that the list ends before it: a lowercase
    noun or up to ``MAX_AGENT_WORDS`` capitalized words before ``tarafından``; None when there
    is none."""
    tokens = sentence.tokens
    if end - 2 <= start or tokens[end - 1].folded != AGENT_POSTPOSITION or sentence.marks[end - 1].strip():
        return None
    agent = end - 2
    while agent - 1 > start and end - 1 - agent < MAX_AGENT_WORDS and tokens[agent - 1].capitalized \
            and tokens[agent].capitalized and not sentence.marks[agent].strip():
        agent -= 1
    return agent


#: the members of a body, who meet ("Konsey üyelerinin X'i ele aldığını"): no participant word
#: elsewhere, where "üye ülkeler" (member states) often own a topic
MEMBERS = ("üyelerinin", "üyelerin")
MAX_SUBJECT_WORDS = 3  #: words of a subject in the genitive up to its head ("Konsey üyelerinin")


def after_genitive_subject(words: WordClasses, sentence: Sentence, start: int, end: int, case: str, cue_end: int) -> int:
    """``liderlerin enerji işbirliğini görüştüğü bildirildi``: before an active cue made a noun
    (``görüştüğü``), a participant in the genitive opening the list, after bare words of its
    phrase at most (``Konsey üyelerinin``), is the clause's subject, and the list starts after it."""
    tokens = sentence.tokens
    if case != "object" or not is_nominalized_verb(tokens[cue_end - 1].folded) or start + 1 >= end:
        return start
    for index in range(start, min(end - 1, start + MAX_SUBJECT_WORDS)):
        token = tokens[index]
        if index > start and (sentence.marks[index].strip() or has_case(tokens[index - 1].folded, "gen")):
            return start  # "Konsey üyelerinin": only bare words of the subject's phrase before its head
        subject = words.has("participant", token) or token.folded.startswith(MEMBERS)
        if subject and has_case(token.folded, "gen") and not token.capitalized and not sentence.depths[index]:
            return index + 1
    return start


MAX_ADVERBS_BEFORE_CUE = 2  #: "alınarak etraflıca görüşüldü", "alınarak ayrıntılı biçimde ele alındı"
MAX_CONVERB_CLAUSE_BEFORE_CUE = 10  #: words from the comma that opens such a clause to its converb


def converb_clause_before_cue(sentence: Sentence, start: int, end: int) -> int | None:
    """``X, Y de göz önüne alınarak etraflıca görüşüldü``: a converb clause set off by a comma
    right before the cue (only adverbs between) says how the list before it was discussed;
    the comma where the clause opens, or None."""
    tokens = sentence.tokens
    converb = end - 1
    while (
        converb >= start
        and end - 1 - converb < MAX_ADVERBS_BEFORE_CUE
        and not _is_clause_converb(tokens[converb].folded)
        and _is_adverb(tokens[converb])
    ):
        converb -= 1
    if converb < start or tokens[converb].capitalized or not _is_clause_converb(tokens[converb].folded):
        return None
    if sentence.depths[converb] or any(sentence.marks[i].strip() for i in range(converb + 1, end)):
        return None
    for index in range(converb, max(start, converb - MAX_CONVERB_CLAUSE_BEFORE_CUE - 1), -1):
        if sentence.marks[index].strip():
            return index if "," in sentence.marks[index] and sentence.depths[index] == 0 else None
    return None


def _is_clause_converb(word: str) -> bool:
    return is_converb(word) or is_manner_converb(word)


def _is_adverb(token) -> bool:
    word = token.folded
    if token.capitalized or is_participle(word) or is_finite_verb(word):
        return False
    return not any(has_case(word, case) for case in ("acc", "dat", "gen", "abl", "ins"))
