"""Phrases that tie a cue to a meeting or to a list of topics (used by ``pipeline.topics.cues``):
a demonstrative before a meeting noun, a colon that introduces topics, a title that names a
meeting, and the object of a discussion verb that is a language rather than a topic."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.tr.endings import copula_length, ends_in
from pipeline.lang.tr.morphology import has_case, is_complement_clause, is_converb, is_finite_verb, is_nominalized_verb
from pipeline.lang.tr.text import turkish_lower
from pipeline.lang.tr.numbers import number_words
from pipeline.resources import read_tsv
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.word_classes import WordClasses, is_adjective

MEETING_VERB = "toplan"  #: "toplandı", "toplanacak": a meeting, as the noun "toplantı" is

FORWARD_POINTERS = {"şu", "aşağıdaki"}  #: "şu konular", "aşağıdaki başlıklar": a list to come
FORWARD_LIST_WORDS = {"şunlar", "aşağıdakiler"}  #: "gündeminde şunlar vardı: X, Y"
DEMONSTRATIVES = {"bu", "şu", "o", "bunlar", "şunlar"}  #: "bu görüşmede", "bu durum"
MAX_TITLE_HEAD_DISTANCE = 3  #: words between "konulu" and the meeting it names
#: "dil" (language) and "lisan" in the accusative, bare or possessed: "kendi dillerini konuştular"
LANGUAGE_NOUN_FORMS = {"dili", "dilini", "dilleri", "dillerini", "lisanı", "lisanını", "anadili", "anadilini"}
LANGUAGE_OBJECT_WORDS = 2  #: words before a cue where its object may stand ("Türkçeyi akıcı konuşuyor")
AGENDA_NOUN = "gündem"
PROGRESSIVE = ("mekte", "makta")  #: "gerekmektedir": the -mAktA tense before -DIr
#: a noun's endings that keep it in the nominative: bare, possessed, plural ("Mahkemesi", "hakimler")
NOMINATIVE_ENDINGS = ("", "si", "sı", "i", "ı", "ler", "lar", "leri", "ları")
MAX_AGENDA_OWNER_DISTANCE = 3  #: words between an agenda's owner and the agenda noun ("toplantının dış politika gündeminde")


def demonstrative_before_setting(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``bu görüşmede``: a demonstrative between a relative clause and its meeting noun."""
    tokens = sentence.tokens
    return (
        tokens[index].folded in DEMONSTRATIVES
        and index + 1 < len(tokens)
        and not sentence.marks[index + 1]
        and words.has("setting", tokens[index + 1])
    )


def introduces_topics(words: WordClasses, sentence: Sentence, first: int, last: int) -> bool:
    """``ele alınan başlıklar şöyle: X, Y ve Z``: a colon right after the cue, and topics
    named just before it (not ``açıklaması şöyle:``, which quotes a statement)."""
    tokens = sentence.tokens
    if last >= len(tokens) or ":" not in sentence.marks[last] or first == 0:
        return False
    before = tokens[first - 1]
    if words.has("generic_head", before):
        return True
    # "konuların bazıları şunlar:", not "işyerlerinin bazıları şunlardır:": a part of what the
    # genitive names, which must itself be topics
    owner = tokens[first - 2] if first > 1 and not sentence.marks[first - 1].strip() else None
    if owner is not None and has_case(owner.folded, "gen"):
        return any(words.has(kind, owner) for kind in ("generic_head", "generic", "setting"))
    return words.has("generic", before)


def announces_list(words: WordClasses, sentence: Sentence, first: int, last: int, pointer: bool = True) -> bool:
    """``şu konular görüşüldü: X, Y ve Z``, ``aşağıdaki başlıkları ele aldık:``: the cue's own
    subject or object points forward to the list after the colon right after the cue.
    Without ``pointer``: a classifier right before the colon (``görüşülen konular: X, Y``)."""
    tokens = sentence.tokens
    if last >= len(tokens) or ":" not in sentence.marks[last] or first < 1 + pointer:
        return False
    head = tokens[first - 1]
    if pointer and tokens[first - 2].folded not in FORWARD_POINTERS:
        return False
    return words.has("generic_head", head) or (pointer and words.has("generic", head))


MAX_REPORT_WORDS = 2  #: "söyledi", "ifade etti": the reporting verb between a cue and its colon
#: a reporting verb's past or progressive (``söyledi``, ``sıraladı``, ``belirtiyor``)
_REPORTED = re.compile(r"(?:[dt][ıiuü]|[ıiuü]?yor)$")


def colon_after_report(sentence: Sentence, last: int) -> int:
    """``şu konuların ele alındığını söyledi: X, Y``: where the colon stands after the reporting
    verb that takes the cue's clause as its object (a finite verb of one or two words); ``last``,
    the cue's end, where no such verb comes before a colon."""
    tokens = sentence.tokens
    if last >= len(tokens) or sentence.marks[last].strip() or not is_complement_clause(tokens[last - 1].folded):
        return last
    for end in range(last + 1, min(len(tokens) - 1, last + MAX_REPORT_WORDS) + 1):
        if ":" in sentence.marks[end] and _REPORTED.search(tokens[end - 1].folded):
            return end
        if sentence.marks[end].strip():
            break
    return last


def points_ahead(words: WordClasses, sentence: Sentence, start: int, stop: int, closer_end: int) -> bool:
    """``gündeminde şu maddeler yer aldı: X, Y``, ``gündeminde şunlar vardı: X``: the words between an
    opener and its closer (``start:stop``) only point forward to a list after the colon right after the
    closer (ending at ``closer_end``), so the list is there, not between them."""
    tokens = sentence.tokens[start:stop]
    if closer_end >= len(sentence.tokens) or ":" not in sentence.marks[closer_end] or not tokens:
        return False
    return tokens[0].folded in FORWARD_LIST_WORDS or (
        len(tokens) == 2 and tokens[0].folded in FORWARD_POINTERS
        and (words.has("generic_head", tokens[1]) or words.has("generic", tokens[1]))
    )


def names_a_meeting(words: WordClasses, sentence: Sentence, first: int, last: int) -> bool:
    """``“X” konulu toplantı``, ``“X” başlıklı sunum``: a title of a meeting or a talk, not of a
    concert or an exhibition.
    ``“X” temasıyla ... düzenlenen zirve``: a quoted theme in the instrumental names the
    meeting its relative clause ends in, anywhere later in the sentence."""
    if has_case(sentence.tokens[last - 1].folded, "ins"):
        quoted = first > 0 and sentence.depths[first - 1] > 0
        # the meeting noun ("düzenlenen zirve") or its verb ("temasıyla toplandı")
        return quoted and any(words.has("setting", t) or t.folded.startswith(MEETING_VERB) for t in sentence.tokens[last:])
    # "“X” başlıklı sunum": a titled talk, too
    return any(words.has("setting", t) or words.has("talk", t) for t in sentence.tokens[last : last + MAX_TITLE_HEAD_DISTANCE])


#: periods in the genitive before a peak (``haftanın zirvesi``, ``zamanların zirvesi``)
_PERIOD_GENITIVES = ("haftanın", "ayın", "yılın", "zamanların", "günün", "dönemin", "sezonun")


def names_no_meeting(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """A meeting noun that names no meeting here: a round alone (``dünya turu``, an auction's
    ``ilk tur``), a speech named by two words (``grup toplantısı``: one speaker's address; a press
    conference, where questions are asked, still is a meeting), or a peak as a position
    (``zirvede yer alan``, ``zirve yarışı``, ``zirveye yerleşti``: a league's top)."""
    tokens = sentence.tokens
    if words.has("round", tokens[index]):
        return True
    if _owner_in_a_name(sentence, index) or _body_in_an_office(words, sentence, index):
        return True
    phrase = tokens[max(0, index - 1) : index + 1]
    if len(phrase) == 2 and words.has_phrase("speech", phrase) and not words.has_phrase("hearing", phrase):
        return True
    if words.has("peak", tokens[index]) and index > 0 and not sentence.marks[index].strip() \
            and tokens[index - 1].folded.startswith(_PERIOD_GENITIVES):
        return True  # "son üç haftanın zirvesi", "tüm zamanların zirvesi": a price's or a count's peak
    if not words.has("peak", tokens[index]) or index + 1 >= len(tokens) or sentence.marks[index + 1].strip():
        return False
    following = tokens[index + 1].folded
    return any(following.startswith(start) for start in words.by_kind.get("rank", ()))


def _body_in_an_office(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``Bilim Kurulu Başkanı``, ``Meclis Başkan Vekili``: a body named inside an office title
    names who someone is, not a meeting held (``Toplantıda Rektör``, in a case, still does)."""
    tokens = sentence.tokens
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and tokens[index].capitalized
        and following.capitalized
        and not sentence.marks[index + 1].strip()
        and words.has("participant", following)
        and not any(has_case(tokens[index].folded, case) for case in ("loc", "dat", "abl", "gen", "ins"))
    )


def _owner_in_a_name(sentence: Sentence, index: int) -> bool:
    """``İhracatçılar Meclisi'nin raporu``, ``Güvenlik Konseyi'nin kararı``: a meeting noun that
    ends an institution's name in the genitive owns something the body made; it names the body,
    not one of its meetings (``Meclis Genel Kurulu'nda`` still does, and so does the body's
    agenda: ``Genel Kurulun bu haftaki gündemi`` is what its sittings take up)."""
    tokens = sentence.tokens
    token = tokens[index]
    after = range(index + 1, min(len(tokens), index + 1 + MAX_AGENDA_OWNER_DISTANCE))
    agenda = any(tokens[i].folded.startswith(AGENDA_NOUN) and not any(m.strip() for m in sentence.marks[index + 1 : i + 1]) for i in after)
    return (
        index > 0
        and token.capitalized
        and tokens[index - 1].capitalized
        and not sentence.marks[index].strip()
        and has_case(token.folded, "gen")
        and not agenda
    )


def public_agenda(words: WordClasses, sentence: Sentence, first: int) -> bool:
    """``piyasaların gündeminde``, ``kamuoyunun gündeminde``, ``takımın gündeminde``: the agenda
    of an audience (markets, the public, a team) is what it attends to, not a meeting's list;
    the owner is the nearest genitive before the agenda noun (``kabinenin gündeminde`` is a
    meeting's)."""
    tokens = sentence.tokens
    if not tokens[first].folded.startswith(AGENDA_NOUN):
        return False
    for index in range(first - 1, max(-1, first - 1 - MAX_AGENDA_OWNER_DISTANCE), -1):
        if sentence.marks[index + 1].strip():
            return False
        if has_case(tokens[index].folded, "gen"):
            return words.has("audience", tokens[index])
    return False


#: what follows a touring verb's stem in its verb forms: -(y)ArAk, -(y)Ip, -(y)An, -DI(lAr), -DIktAn
_TOUR_FORM = re.compile(r"(?:y?[ae]r[ae]k|y?[ıiuü]p|y?[ae]n|[dt][ıiuü](?:l[ae]r)?|[dt][ıiuü]kt[ae]n)")


def on_a_tour(words: WordClasses, sentence: Sentence, first: int) -> bool:
    """``sergiyi gezerek tablolar hakkında bilgi aldı``, ``stantları inceleyen bakan ... bilgi
    aldı``: a verb of touring a place before a briefing cue; what the guests were shown is no
    meeting's agenda."""
    stems = words.by_kind.get("tour", ())
    return any(
        token.folded.startswith(stem) and _TOUR_FORM.fullmatch(token.folded[len(stem) :])
        for token in sentence.tokens[:first]
        for stem in stems
    )


JUDGEMENT_VERB = "değerlendir"
#: "değerlendirdi", "değerlendirdiler", "değerlendiriyor", "değerlendirilecek": a finite form
_FINITE_JUDGEMENT = re.compile(r"değerlendir(?:il)?(?:di(?:ler)?|iyor(?:lar)?|ecek(?:ler)?|miş(?:ler)?|dik)$")


def rates(words: WordClasses, sentence: Sentence, first: int) -> bool:
    """``görüşmeyi olumlu değerlendirdi``, ``kararı memnuniyetle değerlendirdiler``: a word that
    rates right before ``değerlendir-`` makes it a judgement of what is named, not a discussion
    (``ayrıntılı değerlendirdi`` says how a topic was discussed)."""
    tokens = sentence.tokens
    if first < 1 or not tokens[first].folded.startswith(JUDGEMENT_VERB) or sentence.marks[first].strip():
        return False
    if words.has("opportunity", tokens[first - 1]) and has_case(tokens[first - 1].folded, "acc"):
        # "fırsatı değerlendirmek için", "olanağı değerlendirmesi": making use of a chance;
        # a finite "fırsatları değerlendirdiler" may still report a discussion
        return not _FINITE_JUDGEMENT.search(tokens[first].folded)
    return words.has("judgement", tokens[first - 1]) or (
        first > 1 and not sentence.marks[first - 1].strip() and words.has_phrase("judgement", tokens[first - 2 : first])
    )


def court_forms(words: WordClasses) -> frozenset[str]:
    """Every nominative form of the court nouns (``mahkeme``, ``mahkemesi``, ``hakimler``), built once
    for ``court_rules``: one set look-up a word."""
    return frozenset(court + ending for court in words.by_kind.get("court", ()) for ending in NOMINATIVE_ENDINGS)


def court_rules(courts: frozenset[str], sentence: Sentence, first: int) -> bool:
    """``Mahkeme heyeti, avukatların taleplerini değerlendirerek duruşmayı erteledi``: a court as the
    subject of the cue (a court noun in the nominative, one of ``courts`` from ``court_forms``, in the
    clause's first phrase, up to its first comma) rules on what it weighs, a decision, no meeting's
    agenda (``Duruşmada X ele alındı``, with the hearing as the scene, still states what the hearing
    covers)."""
    comma = next((i for i in range(1, first) if "," in sentence.marks[i]), first)
    return any(not sentence.depths[index] and token.folded in courts for index, token in enumerate(sentence.tokens[:comma]))


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    return frozenset(turkish_lower(row["name"]) for row in read_tsv("languages.tsv"))


def object_is_a_language(sentence: Sentence, before: int) -> bool:
    """``Türkçeyi akıcı konuşuyor``, ``kendi dillerini konuştular``: a language spoken, not a
    matter discussed (a language name ends in -cA, here under the accusative -(y)I)."""
    for token in sentence.tokens[max(0, before - LANGUAGE_OBJECT_WORDS + 1) : before + 1]:
        word = token.folded
        name = word.removesuffix("yı").removesuffix("yi")  # the accusative itself: "Türkçe eğitimi" is a topic
        if word in LANGUAGE_NOUN_FORMS or (name != word and name in _language_names()):
            return True
    return False


def copula_predicate(words: WordClasses, sentence: Sentence, last: int) -> bool:
    """``Toplantının gündemi enerji güvenliğiydi``: an agenda noun as the subject, its predicate
    the rest of the sentence, closed by a copula on the last word (not one adjective that rates
    the agenda: ``gündemi yoğundu``, ``ana konusu belliydi``)."""
    tokens = sentence.tokens
    if last >= len(tokens) or sentence.marks[last].strip() or not copula_length(tokens[-1].folded):
        return False
    folded = tokens[-1].folded[: -copula_length(tokens[-1].folded)]
    if is_finite_verb(folded) or folded.endswith(PROGRESSIVE) or any(is_converb(t.folded) for t in tokens[last:]):
        return False  # "X ele alınıp onaylanmıştır", "gerekmektedir": a verb's tense, no copula
    head = Token(*tokens[-1][:3], folded, words.key(folded), False)
    return len(tokens) - last > 1 or not (is_adjective(words, head) or ends_in(head.folded, "with"))


#: postpositions that name what a meeting held is about (``X ile ilgili``, ``X konusunda``,
#: ``X hakkında``); ``X'e yönelik`` and ``X için`` name its aim, not its agenda
ABOUT_POSTPOSITIONS = {"ilgili", "hakkında", "konusunda", "konularında", "ilişkin", "dair"}  # not "yönelik": aimed at, a purpose
HOLDING_VERBS = ("yapıl", "düzenlen", "gerçekleştiril", "yap", "düzenle", "gerçekleştir")
MAX_MEETING_MODIFIERS = 2  #: words between the postposition and the meeting noun ("bir istişare toplantısı")
#: how long a meeting lasted, said between the postposition and the meeting noun ("iki saatlik bir toplantı")
DURATION_WORDS = {"yaklaşık", "saat", "saatlik", "gün", "günlük", "dakika", "dakikalık", "süren", "kadar"}


def meeting_held_after(words: WordClasses, sentence: Sentence, last: int) -> int | None:
    """``X ile ilgili bir toplantı yapıldı``, ``X hakkında istişare toplantısı düzenlendi``,
    ``X konusunda toplandılar``: a meeting held right after an ``about`` postposition has X as
    its agenda; the index after its verb (not ``toplantı düzenlenmesini istedi``, a wish)."""
    tokens = sentence.tokens
    if tokens[last - 1].folded not in ABOUT_POSTPOSITIONS:
        return None
    reach = MAX_MEETING_MODIFIERS
    index = last
    while index < min(len(tokens), last + reach + 1):
        if sentence.marks[index].strip():
            return None
        token = tokens[index]
        if token.folded in DURATION_WORDS or token.folded.isdigit() or token.folded in number_words():
            reach += 1  # "X'e dair yaklaşık iki gün süren kamp": a duration, no modifier of the meeting
        if words.has("setting", token):
            verb = tokens[index + 1] if index + 1 < len(tokens) and not sentence.marks[index + 1].strip() else None
            held = verb is not None and verb.folded.startswith(HOLDING_VERBS)
            return index + 2 if held and not is_nominalized_verb(verb.folded) else None
        if token.folded.startswith(MEETING_VERB):
            return index + 1 if not is_nominalized_verb(token.folded) else None
        index += 1
    return None
