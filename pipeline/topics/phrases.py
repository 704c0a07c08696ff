"""Small tests on the phrases around a list (used by ``pipeline.topics.agenda``): whether a
discussion verb is passive, where a quoted statement opens, whether a word belongs to the
noun phrase after it."""

from __future__ import annotations

import re

from pipeline.lang.tr.morphology import (
    has_case,
    has_compound_head,
    is_clause_verb_form,
    is_converb,
    is_unmistakable_accusative,
    is_finite_verb,
    is_nominalized_verb,
    is_participle,
    is_verbal_noun_in_dative,
)
from pipeline.lang.tr.endings import is_marked_locative, spells_case
from pipeline.lang.tr.text import COORDINATORS
from pipeline.topics.clauses import STATEMENT_QUOTE, Sentence, Token
from pipeline.topics.cues import FoundCue
from pipeline.topics.relative_clauses import stacked_relative_clause
from pipeline.topics.word_classes import WordClasses, is_adjective

#: The passive stems of the light verbs of discussion nouns (``bilgi sunuldu``, ``görüşmelerde bulunuldu``).
PASSIVE_LIGHT_VERBS = ("bulunul", "sunul", "veril", "alın", "yapıl", "gerçekleştiril", "edil")
#: Passive discussion verbs used without a subject after a postposition (``X hakkında görüşüldü``).
PASSIVE_DISCUSSION_VERBS = ("görüşül", "konuşul", "tartışıl")
#: A verbal noun in the instrumental (``açılışıyla``, ``başlamasıyla``, ``edilmesiyle``).
EVENT_INSTRUMENTAL = re.compile(r"(?:m[ae]s[ıi]|[ıiuü]ş[ıiuü])yl[ae]$")
RELATED = "ilgili"  #: "X'le ilgili": the postposition that takes an instrumental
AT_THE_TIME = "birlikte"  #: "X'in açılışıyla birlikte": when X happens
BEFORE_AFTER = {"sonra", "önce"}  #: "X'ten sonra": when
ANAPHORIC = "bu"  #: "bu çerçevede", "bu kapsamda": in the frame of what was just said


MAX_CLASSIFIER_MODIFIERS = 2  #: generic words between a genitive and the classifier it owns ("gündemin öncelikli konuları")


def classifier_follows(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``gündemin öncelikli konuları``: a genitive that owns a classifier noun (after at most
    two generic words) is part of a noun phrase, not where a list starts."""
    tokens = sentence.tokens
    if not has_case(tokens[index].folded, "gen"):
        return False
    for after in range(index + 1, min(len(tokens), index + 2 + MAX_CLASSIFIER_MODIFIERS)):
        if sentence.marks[after].strip():
            return False
        if words.has("generic_head", tokens[after]):
            return True
        if not words.has("generic", tokens[after]):
            return False
    return False


def passive_discussion(sentence: Sentence, cue: FoundCue) -> bool:
    """``X, Y ve Z'ye ilişkin değerlendirmelerde bulunuldu``: a postposition whose discussion
    verb is passive has no subject, so a first chunk before a comma is an item too."""
    return cue.cue.role == "postposition" and sentence.tokens[cue.last - 1].folded.startswith(
        PASSIVE_LIGHT_VERBS + PASSIVE_DISCUSSION_VERBS
    )


def quote_start(sentence: Sentence, index: int) -> int:
    """Where the quoted statement holding ``index`` opens (0 outside one)."""
    return next((i for i in range(index, -1, -1) if STATEMENT_QUOTE in sentence.marks[i]), 0)


def owner_of_verbal_noun(sentence: Sentence, last: int, cue: FoundCue) -> bool:
    """``teklifin görüşmesi``: an item in the genitive before a verbal noun cue owns it."""
    verb = sentence.tokens[cue.last - 1].folded
    return last <= cue.first and is_nominalized_verb(verb) and has_case(sentence.tokens[last - 1].folded, "gen")


def partner_before_verb(sentence: Sentence, cue: FoundCue) -> bool:
    """``mevkidaşı ile görüşecek``: "ile" right before an active discussion verb marks whom
    one talks with; the noun before it only looks like an object (``mevkidaşı``)."""
    return cue.cue.case == "object" and cue.first > 0 and sentence.tokens[cue.first - 1].folded == "ile"


FUTURE = ("acak", "ecek", "acağ", "eceğ")  #: the future suffix, bare or before a possessive


def planned_for_a_year(sentence: Sentence, cue: FoundCue) -> bool:
    """``harcamaların 2029 yılında gözden geçirileceği``: a cue in the future dated by a year
    is a plan or a deadline, not the agenda of a meeting."""
    tokens = sentence.tokens
    if cue.first < 2 or not any(f in tokens[cue.last - 1].folded for f in FUTURE):
        return False
    year, word = tokens[cue.first - 2], tokens[cue.first - 1]
    if word.folded == "yılında" and len(year.folded) == 4 and year.folded.isdigit():
        return True
    return len(word.folded) > 4 and word.folded[:4].isdigit() and word.folded[4:].lstrip("'’") in ("da", "de", "ta", "te")


def owns_next_noun(sentence: Sentence, index: int) -> bool:
    """``tasfiye etme sürecine``: a bare verbal noun before a possessed noun is the first half of a compound."""
    word = sentence.tokens[index].folded
    if index + 1 >= len(sentence.tokens) or sentence.mark_after(index) or not word.endswith(("me", "ma")):
        return False
    following = sentence.tokens[index + 1]
    return not following.capitalized and has_compound_head(following.folded)


def bare_verbal_noun_item(sentence: Sentence, index: int) -> bool:
    """``sorunlarla mücadele etme ve fırsatları değerlendirme``: a bare -mA (no possessive) before
    ``ve`` names an activity, an item of the list, while ``temaslarda bulunması ve`` ends a clause."""
    word = sentence.tokens[index].folded
    if index + 1 >= len(sentence.tokens) or sentence.mark_after(index) or not word.endswith(("me", "ma")):
        return False
    return sentence.tokens[index + 1].folded in COORDINATORS


def before_olan(sentence: Sentence, index: int) -> bool:
    """A locative right before ``olan``/``bulunan`` is the predicate of a relative clause."""
    token = sentence.tokens[index]
    following = sentence.tokens[index + 1].folded if index + 1 < len(sentence.tokens) else ""
    return following in ("olan", "bulunan") and has_case(token.folded, "loc") and not sentence.mark_after(index)


MAX_CONVERB_CLAUSE = 6  #: words from a converb to the verb form it depends on


#: converbs of meeting (``toplanarak``, ``buluşarak``): the meeting's own clause, never inside an item
_MEETING_CONVERBS = ("toplan", "buluş")


def converb_inside(sentence: Sentence, index: int, list_end: int) -> bool:
    """``kalıcı olarak düşürmeye``, ``geliştirilerek güçlendirilmesi``, ``nüfus esas alınarak
    Meclis'çe seçilmesini öngören teklif``: an adverb of manner, or a converb whose clause
    ends in a verbal noun or a participle before the cue, is inside an item: the next verb
    form after a converb is the verb it depends on, and only the cue's own clause ends the list."""
    tokens = sentence.tokens
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or sentence.marks[index + 1]:
        return False
    if tokens[index].folded == "olarak" and (is_verbal_noun_in_dative(following.folded) or is_participle(following.folded)):
        return True  # "ülkeler olarak izleyeceğimiz yol": the role of the relative clause's subject
    if tokens[index].folded == "olarak":
        return False  # "ağırlıklı olarak X'e verilen destek": an adverb of the whole clause
    if tokens[index].folded.startswith(_MEETING_CONVERBS):
        return False  # "MYK yarın toplanarak X'i görüşecek": the meeting itself, before the list
    for after in range(index + 1, min(list_end, index + 1 + MAX_CONVERB_CLAUSE)):
        if sentence.marks[after].strip():
            return False
        word = tokens[after].folded
        if tokens[after].capitalized or not (is_converb(word) or is_finite_verb(word) or is_participle(word) or is_nominalized_verb(word)):
            continue
        return is_nominalized_verb(word) or is_participle(word)
    return False


def is_topicalized_subject(sentence: Sentence, index: int) -> bool:
    """``Konsey'in de önümüzdeki ay X'i ele alması``: a genitive set off by ``de`` is the subject."""
    tokens = sentence.tokens
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and following.folded in ("de", "da")
        and token.stem_end < token.end
        and has_case(token.folded, "gen")
    )


#: postpositions after a dative that make an adjective phrase, whose noun comes later
ADJECTIVAL_POSTPOSITIONS = ("karşı", "yönelik", "ilişkin", "dair")


def head_after_comma(sentence: Sentence, comma: int, end: int) -> bool:
    """A comma inside one item: the word before it needs a head further on, a genitive (see
    ``owner_across_comma``), a postposition phrase (``X'in kararına karşı, izleyeceğimiz yol``)
    or a marked locative (``X hedefi doğrultusunda, Y'ye yönelik çalışmalar``)."""
    tokens = sentence.tokens
    postposition = comma >= 2 and tokens[comma - 1].folded in ADJECTIVAL_POSTPOSITIONS
    if is_adverbial_locative(tokens[comma - 1]) or (postposition and has_case(tokens[comma - 2].folded, "dat")):
        return not sentence.depths[comma - 1] and not any(m.strip() not in ("", ",") for m in sentence.marks[comma:end])
    return owner_across_comma(sentence, comma, end) or stacked_relative_clause(sentence, comma, end)


def is_adverbial_locative(token: Token) -> bool:
    """``sınırlarımız içinde``, ``X hedefi doğrultusunda``: a marked locative says where or in
    line with what, for a clause further on; a list item never ends in one."""
    return not token.capitalized and token.stem_end == token.end and is_marked_locative(token.folded)


def owner_across_comma(sentence: Sentence, comma: int, end: int) -> bool:
    """``ödeme süresinin, 1 Mart'tan itibaren uzatılmasına dair teklif``: a genitive before a
    comma owns a verbal noun further in the list (no other genitive between), so the comma
    sets off an adverbial inside one item; it neither cuts the item nor opens the list. A
    genitive subject of the cue itself (``Bakanın, X'i görüşmesi``) has no such noun before
    the list's end."""
    tokens = sentence.tokens
    if comma == 0 or not has_case(tokens[comma - 1].folded, "gen") or sentence.depths[comma - 1]:
        return False
    for index in range(comma, end):
        word = tokens[index].folded
        if index > comma and sentence.marks[index].strip():
            return False
        if is_nominalized_verb(word) and not tokens[index].capitalized:
            return index > comma
        if has_case(word, "gen"):
            return False
    return False


MAX_RELATIVE_HEAD = 3  #: words from a participle to the noun it describes ("onayladığımız ortak metinle")


#: a possessed noun in the instrumental: "sunumuyla", "katkısıyla", "desteğiyle"
POSSESSED_INSTRUMENTAL = re.compile(r"(s?[ıiuü]yl[ae])$")


def means_before_list(sentence: Sentence, index: int) -> bool:
    """``Onayladığımız ortak metinle X'i değerlendirdik``: a noun described by a relative
    clause, in the instrumental, is the means of the whole clause; the list starts after it
    (not ``anlaşmayla sağlanan kazanımlar``, where a participle after it takes it in)."""
    tokens = sentence.tokens
    token = tokens[index]
    if token.folded == "ile" or token.stem_end < token.end or not has_case(token.folded, "ins"):
        return False
    if index + 1 >= len(tokens) or sentence.marks[index + 1].strip() or tokens[index + 1].folded == RELATED:
        return False  # "yürüttüğü projelerle ilgili": the object of a postposition, no means
    before = range(max(0, index - MAX_RELATIVE_HEAD), index)
    owned = index > 0 and not sentence.marks[index].strip() and POSSESSED_INSTRUMENTAL.search(token.folded) is not None \
        and _named_owner(tokens[index - 1], token)
    if not owned and not any(is_participle(tokens[i].folded) and not any(m.strip() for m in sentence.marks[i + 1 : index + 1])
                             for i in before):
        return False  # "Bakan X'in sunumuyla Y'yi ele alacak", "Danışma Kurulu kararıyla": a named owner's noun is the means too
    return not any(is_participle(t.folded) for t in tokens[index + 1 : index + 1 + MAX_RELATIVE_HEAD])


def _named_owner(token: Token, owned: Token) -> bool:
    """A name in the genitive (``Bakan X'in``) or a named body, a capitalized possessed noun
    (``Danışma Kurulu``), before the common noun it owns (not a word of a title: ``Sorunların
    Giderilmesi Amacıyla Bazı Kanunlarda Değişiklik``)."""
    if token.stem_end < token.end:
        return has_case(token.folded, "gen")
    return token.capitalized and not owned.capitalized and has_compound_head(token.folded)


def at_the_time_of(sentence: Sentence, index: int) -> bool:
    """``devrenin açılışıyla birlikte X görüşülecek``: a verbal noun in the instrumental with
    ``birlikte`` says when, and so does a noun in the ablative with ``sonra`` or ``önce``
    (``açılış konuşmalarından sonra X görüşüldü``); the list starts after it."""
    tokens = sentence.tokens
    if index == 0 or sentence.marks[index]:
        return False
    if tokens[index].folded in BEFORE_AFTER:
        return has_case(tokens[index - 1].folded, "abl")
    return tokens[index].folded == AT_THE_TIME and EVENT_INSTRUMENTAL.search(tokens[index - 1].folded) is not None


def adverb_inside_list(sentence: Sentence, index: int) -> bool:
    """A boundary word that points back inside the list starts no list there: after ``bu`` and
    a comma (``X'in artırılması, bu çerçevede Y'nin geliştirilmesi ve Z``; at a sentence's start,
    ``Bu çerçevede X görüşüldü``, it does), right after ``ve`` (``ateşkes ilanı ve ardından
    yaşanan gelişmeler``: then, not after what), or after a genitive that opens a listed item
    (``göç, savaşın ardından yeniden imar``)."""
    tokens, marks = sentence.tokens, sentence.marks
    if index >= 2 and tokens[index - 1].folded == ANAPHORIC and "," in marks[index - 1]:
        return True
    if in_a_series_of_times(sentence, index):
        return True
    if tokens[index].folded in WITH_POSTPOSITIONS and tokens[index - 1].folded == "ile":
        return False  # "muhtarlar ile birlikte X görüşüldü": who took part, the list starts after it
    if index >= 3 and "," in marks[index - 1] and has_case(tokens[index - 1].folded, "gen") \
            and index + 1 < len(tokens) and not marks[index + 1].strip():
        return True  # "göç, savaşın ardından yeniden imar ve enerji": a listed item's time, inside it
    return index >= 2 and tokens[index - 1].folded in COORDINATORS and not marks[index].strip()


WITH_POSTPOSITIONS = {"birlikte", "beraber"}  #: "X ile birlikte": together with, a comitative postposition
#: Postpositions of time that line up in a series: "seçim öncesi, seçim sırasında ve seçim sonrasında".
TIME_SERIES = {"öncesi", "öncesinde", "sırasında", "esnasında", "sonrası", "sonrasında"}
MAX_SERIES_GAP = 3  #: words from one time postposition of a series to the next


def in_a_series_of_times(sentence: Sentence, index: int) -> bool:
    """``tatil öncesi, tatil sırasında ve tatil sonrasında alınacak önlemler``: a time
    postposition joined by a comma or ``ve`` to another one is part of one modifier of the
    item's head, no scene before the list."""
    tokens, marks = sentence.tokens, sentence.marks
    if tokens[index].folded not in TIME_SERIES:
        return False
    for other in (*range(index + 2, index + 2 + MAX_SERIES_GAP), *range(index - 2, index - 2 - MAX_SERIES_GAP, -1)):
        if not 0 <= other < len(tokens) or tokens[other].folded not in TIME_SERIES:
            continue
        low, high = min(index, other), max(index, other)
        joints = [i for i in range(low + 1, high + 1) if "," in marks[i]] + [
            i for i in range(low + 1, high) if tokens[i].folded in COORDINATORS
        ]
        if len(joints) == 1 and not any(m.strip(", ") for m in marks[low + 1 : high + 1]):
            return True
    return False


#: a plural noun with the possessive of the third person: ``teklifleri``, ``konuları``
PLURAL_POSSESSED = re.compile(r"l[ae]r[ıi]$")


def among_a_set(sentence: Sentence, index: int) -> bool:
    """``X Müdürlüğü'nün teklifleri arasında Y bulunuyor``: ``arasında`` after a plural owned by
    someone names the set Y belongs to; the item starts after it (not ``iki ülke arasında``,
    ``ülkeler arasında``: a relation inside an item)."""
    tokens = sentence.tokens
    previous = tokens[index - 1]
    if sentence.marks[index] or previous.capitalized or PLURAL_POSSESSED.search(previous.folded) is None:
        return False
    return any(has_case(t.folded, "gen") for t in tokens[max(0, index - 8) : index - 1])


def same_case_item(words: WordClasses, sentence: Sentence, before_comma: int, last: int) -> bool:
    """``X'in seyrini, Y'yi ele aldık``: a list without ``ve``, its items all in the accusative.
    A bare ``-(s)I`` after a bare noun heads a compound in the nominative (``ekonomi yönetimi,
    X'i değerlendirdi``: the subject), unless only an accusative spells it (``-nI``, ``-yI``)."""
    tokens = sentence.tokens
    if not (has_case(tokens[before_comma].folded, "acc") and has_case(tokens[last].folded, "acc")):
        return False
    if is_unmistakable_accusative(tokens[before_comma].folded) or before_comma == 0 or sentence.marks[before_comma]:
        return True
    modifier = tokens[before_comma - 1]
    bare = modifier.stem_end == modifier.end and not any(has_case(modifier.folded, case) for case in ("gen", "acc", "dat", "loc", "abl", "ins"))
    return not bare or is_adjective(words, modifier) or not has_compound_head(tokens[before_comma].folded)


def after_place(sentence: Sentence, start: int, end: int) -> int:
    """Where a list starts after a first chunk that ends in a name in the locative (``PM'de,
    X ve Y görüşüldü``): that is where the meeting was, unless another such locative follows
    the comma (``Suriye'de, Irak'ta ve Libya'da yaşanan gelişmeler``)."""
    tokens = sentence.tokens
    comma = next((i for i in range(start + 1, end) if "," in sentence.marks[i]), None)
    if comma is None or not _is_named_locative(tokens[comma - 1]):
        return start
    return start if _is_named_locative(tokens[comma]) else comma  # "Irak'ta" right after the comma


#: a third-person possessive, bare or before a case (``saldırıları``, ``politikasına``, ``tutumunu``):
#: what a genitive before it may own
_POSSESSED = re.compile(r"(?:l[ae]r[ıi]|s?[ıiuü])(?:n(?:[ae]|[ıi]n?|[dt][ae]n?|l[ae])|yl[ae])?$")


def after_person_owner(sentence: Sentence, start: int, end: int, person_ends: set[int]) -> int:
    """Where a list starts after a person named in the genitive whom its last word does not belong
    to (``Bakan X'in kamu maliyesindeki gelişmelere ilişkin sunum yapması``: X is the speaker,
    ``gelişmelere`` owns nothing); ``X'in Y'ye yönelik saldırıları`` keeps X, the owner of ``saldırıları``, and
    so does ``X'in Y ile yaptığı görüşme``, whose X is the subject of the relative clause."""
    tokens = sentence.tokens
    if _POSSESSED.search(tokens[end - 1].folded):
        return start
    for i in range(end - 2, start - 1, -1):
        token = tokens[i]
        if is_clause_verb_form(token.folded):
            return start  # "Başkan X'in Y ile yaptığı görüşmenin sonuçları": the subject of a relative clause
        suffix = token.end - token.stem_end - 1
        named = token.stem_end in person_ends or token.end in person_ends  # with or without its ending
        if named and suffix > 0 and spells_case(token.folded[-suffix:], "gen"):
            return i + 1
    return start


#: after an apostrophe (``PM'de``: no vowel to harmonize with; ``Planı'nda``: after a possessive)
LOCATIVE_SUFFIXES = ("da", "de", "ta", "te", "nda", "nde")


def _is_named_locative(token: Token) -> bool:
    suffix = token.end - token.stem_end - 1  # the letters after the apostrophe
    return suffix > 0 and token.folded[-suffix:] in LOCATIVE_SUFFIXES


_PLURAL = re.compile(r"l[ae]r[ıi]?$")  #: "bakanlar", "başkanları": plural, bare or possessed, no case after


BETWEEN_ADJECTIVE = "arasındaki"  #: "X arasındaki": describes the noun after it, so X is inside an item


def plural_subject(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``Bakanlar Ukrayna'daki durumu ele aldı``, ``iki ülke başkanları ikili ilişkileri``: a
    plural participant, bare or the possessed head of a compound (``ülke başkanları``), is the
    subject of the clause; a title before a name is never plural, so a capitalized word after
    it starts the list. Not the first word of a meeting's name (``Bakanlar Kurulu``), nor the
    sides of a relation inside an item (``bakanlar arasındaki bir sonraki toplantı``)."""
    tokens = sentence.tokens
    word = tokens[index].folded
    if not _PLURAL.search(word) or is_unmistakable_accusative(word) or index + 1 >= len(tokens):
        return False
    if tokens[index + 1].folded == BETWEEN_ADJECTIVE:
        return False
    return not sentence.mark_after(index) and not words.has("setting", tokens[index + 1])

