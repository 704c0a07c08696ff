"""The lexicon of agenda statements: cue phrases (``data/topic_cues.tsv``), and which cues of
a sentence count (the word classes that shape lists are in ``pipeline.topics.word_classes``, the
checks on a sentence's shape that need no lexicon in ``pipeline.topics.sentence_checks``).

A cue counts when its partner is there (a postposition needs a discussion noun after it,
an opener a closer, a connector an agenda cue later in the sentence), when an active verb
has an object in the accusative, when the verb is not negated (``ele alınmadı``), and, for
cues that in other news mean "was dealt with" or "became topical" (``ele alındı``,
``gündeme geldi``), when a meeting is in sight: a meeting noun or a cue that only meetings
have (``görüşüldü``, ``gündeminde ... yer aldı``) in the lead, or in the same paragraph or
one of the two before.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from pipeline.lang.tr.morphology import has_case, is_unmistakable_accusative
from pipeline.lang.tr.after_stem import (
    demands, is_dative_content_clause, is_participle_suffix, negates_verb, spells_verb_ending,
)
from pipeline.lexicons.gazetteer import Gazetteer, GazetteerMatch, with_uninflected
from pipeline.topics.clauses import Sentence
from pipeline.topics.sentence_checks import (
    asks_whether, closes_the_meeting, is_conditional, closes_list, is_inner_item, last_comma, meetings_nearby,
    opens_set_off, owns_a_noun, predicate_start, purpose_of_talks, regards_as, passive_discussion_verb,
    talked_together,
)
from pipeline.topics.meeting_phrases import (
    MEETING_VERB, announces_list, colon_after_report, copula_predicate, meeting_held_after, introduces_topics,
    court_forms, court_rules, names_a_meeting, names_no_meeting, on_a_tour, points_ahead, public_agenda, rates,
)
from pipeline.topics.gatherings import gathers, held_here, parties_open, talked_with_partner, talks_with_a_party
from pipeline.topics.visits import on_a_visit
from pipeline.topics.word_classes import WordClasses
from pipeline.topics.cue_cases import case_fits, listed_before_a_cue, needed_after
from pipeline.topics.cue_participles import describes_a_meeting, describes_a_talk, heads_a_colon_list, is_participle_of, participants_discussed
from pipeline.lexicons.candidates import word_starts
from pipeline.resources import read_tsv
from pipeline.lang.tr.text import Word


LEAD_PARAGRAPHS = 2  #: a meeting named in the lead is in sight of the whole article
MEETING_PARAGRAPHS = 2  #: elsewhere, a meeting this many paragraphs before is still in sight
MAX_DISCUSSION_DISTANCE = 4  #: words between a postposition and its discussion noun (``üzerine verimli bir görüşme``)
MAX_PREDICATE_MODIFIER = 3  #: words between a meeting or cue participle and the classifier it modifies
AGENDA_ITEM = "madde"  #: "gündem maddeleri arasında ol-": a meeting's formal agenda, whatever the clause
TOPIC_MARK = "ise"  #: "bir diğer konu ise X": what follows is the predicate
UNINFLECTED = "="  #: "gündem=": the subject "Gündem X oldu", not "gündeme geldi" or "gündemde"
VERB_STEM = "-"  #: "görüş-": a stem that is also a noun counts under a verb's ending only ("görüşüyor", not "görüşü")


@dataclass(frozen=True, slots=True)
class Cue:
    list: str  #: before | after
    case: str  #: subject | object | dative | instrumental | genitive | none
    role: str  #: agenda | title | connector | postposition | discussion | opener | subject | closer | colon | lead
    needs_meeting: bool
    locative: bool = False  #: the cue itself is a locative (``masada``, ``ön planda``)
    needs_scene: bool = False  #: the meeting must be in this sentence or the one before
    verb_only: bool = False  #: the cue is a verb's stem that is also a noun (``görüş-``)
    talks_only: bool = False  #: a postposition that a talk must follow, not a decision or a briefing (``yönünde``)
    needs_held: bool = False  #: the meeting must be named as the cue's place in its sentence (``toplantıda``)
    names_agenda: bool = False  #: the cue names the agenda itself (``X'i masadaki başlıklar olarak sıraladı``)


@dataclass(frozen=True, slots=True)
class FoundCue:
    """A cue in a sentence as token positions: the list runs up to ``first`` or from ``last``."""

    cue: Cue
    first: int  #: index of the cue's first token
    last: int  #: index of the token after the cue (or after its partner)
    until: int = -1  #: for openers, the index of the closer's first token


#: What an opener without a list after it becomes: a predicate noun after its list
#: (``X ve Y toplantının gündem maddeleri arasında``).
NOMINAL_PREDICATE = Cue("before", "subject", "agenda", False)
LIST_AFTER_COLON = Cue("after", "none", "colon", False)  #: "şu konular görüşüldü: X, Y ve Z"
COPULA_PREDICATE = Cue("after", "copula", "subject", False)  #: "Toplantının gündemi X ve Y'ydi"
OPENING_LOCATIVE = Cue("after", "none", "opener", False, True)  #: "Gündemde; X ve Y yer aldı"

def _meeting_in_sight(meetings: set[int], paragraph: int) -> bool:
    """A meeting named in the lead (the first two body paragraphs), or at most
    ``MEETING_PARAGRAPHS`` paragraphs before (or in the next one): the meeting a cue's
    statement reports (not talks named once far up in a treaty's summary)."""
    return any(m <= paragraph + 1 and (m < LEAD_PARAGRAPHS or m >= paragraph - MEETING_PARAGRAPHS) for m in meetings)


def _before_in_paragraph(sentences: list[Sentence], number: int) -> Sentence | None:
    """The sentence before ``sentences[number]`` in the same paragraph (no headline), if any."""
    if number == 0:
        return None
    before = sentences[number - 1]
    return before if before.paragraph == sentences[number].paragraph and not before.headline else None


def _discusses(cue: Cue) -> bool:
    """An active verb that by itself means a meeting's discussion (``görüştüler``)."""
    return cue.role == "agenda" and cue.case == "object" and not cue.needs_meeting


class CueTable:
    def __init__(self, table: str, word_classes: WordClasses) -> None:
        self.cues: dict[str, Cue] = {}
        for row in read_tsv(table):
            locative = has_case(row["cue"].split()[-1], "loc")
            context = row["context"]
            self.cues[row["cue"]] = Cue(
                row["list"],
                row["case"],
                row["role"],
                context in ("meeting", "scene", "held"),
                locative,
                context == "scene",
                row["cue"].endswith(VERB_STEM),
                context == "talk",
                context == "held",
                context == "agenda",
            )
        inflected = [cue for cue in self.cues if not cue.endswith(UNINFLECTED)]
        uninflected = [(cue.rstrip(UNINFLECTED), cue) for cue in self.cues if cue.endswith(UNINFLECTED)]
        self.matcher = Gazetteer(((cue.rstrip(VERB_STEM), cue) for cue in inflected), proper=False, inflected=True)
        self.uninflected = Gazetteer(uninflected, proper=False, inflected=False)
        self.words = word_classes
        self.court_forms = court_forms(word_classes)  #: the court nouns' nominative forms
        #: one-word title cues ("konulu", "başlıklı"), which may also stand inside a list of titles
        self.title_words = frozenset(c for c, cue in self.cues.items() if cue.role == "title" and " " not in c)

    def find(self, text: str, text_words: list[Word], sentences: list[Sentence]) -> list[list[FoundCue]]:
        """The cues that count in each sentence, in text order."""
        starts = word_starts(text_words)
        inflected = self.matcher.find(text, text_words)
        matches = [
            m
            for m in inflected
            # after a verb cue, a negative or necessitative (``ele alınmadı``, ``alınmalı``) is no
            # statement of an agenda; a participle (``ele alınan konular``) describes the noun after
            # it, and what is discussed follows rather than precedes
            if not negates_verb(text[m.name_end : m.end])
            and (not self.cues[m.key].verb_only or spells_verb_ending(text[m.name_end : m.end]))
            and not demands(text[m.name_end : m.end])  # "X ele alınsın": a demand, not a report
            # "istişare edildiğine dikkat çekti": a remark; "X'in gündem maddeleri arasında olduğuna": still the agenda
            and (not is_dative_content_clause(text[m.name_end : m.end]) or AGENDA_ITEM in m.key)
            and (
                not is_participle_suffix(text[m.name_end : m.end])
                or participants_discussed(self.words, self.cues[m.key], m, text_words, starts)
                or heads_a_colon_list(self.words, m, text, text_words, starts)
            )
        ]
        # "gündem" alone only outside the inflected cues, a negated one too ("gündem maddeleri arasında olmadığını")
        negated = [m for m in inflected if negates_verb(text[m.name_end : m.end]) and not self.cues[m.key].verb_only]
        uninflected = self.uninflected.find(text, text_words)
        # "ana gündem maddesi X'ti": the longer subject, not the opener inside it ("gündem maddesi")
        matches = [m for m in matches if not self._opener_inside(m, uninflected)]
        covers = sorted(matches + negated, key=lambda m: m.start)  # not "görüşmenin": a noun, no negated "görüş-"
        free = [m for m in with_uninflected(covers, uninflected) if m.key.endswith(UNINFLECTED)]
        matches = sorted(matches + free, key=lambda m: m.start)
        match_starts = [m.start for m in matches]  # in text order: each sentence reads only its own
        placed = [
            self._place(sentence, matches[bisect.bisect_left(match_starts, sentence.tokens[0].start) :
                                          bisect.bisect_right(match_starts, sentence.tokens[-1].start)])
            for sentence in sentences
        ]
        mentions = [self._mentions_meeting(s, cues) for s, cues in zip(sentences, placed)]
        meetings = {s.paragraph for s, mention in zip(sentences, mentions) if mention}
        #: (start, end) of the sentences of the last text with a meeting in sight: the trained
        #: tagger's items count only there (``pipeline.topics.tagger.model_items``)
        self.in_sight = [(s.start, s.end) for s in sentences if _meeting_in_sight(meetings, s.paragraph)]
        return [
            self._resolve(
                sentence,
                cues,
                _meeting_in_sight(meetings, sentence.paragraph),
                near,
                _before_in_paragraph(sentences, number),
            )
            if cues else []  # a sentence without a cue states no agenda
            for number, (sentence, cues, near) in enumerate(zip(sentences, placed, meetings_nearby(sentences, mentions)))
        ]

    def _place(self, sentence: Sentence, matches: list[GazetteerMatch]) -> list[tuple[int, int, Cue]]:
        """The cues among ``matches`` (those starting within the sentence) that start at a token."""
        if not matches:
            return []
        starts = {t.start: i for i, t in enumerate(sentence.tokens)}
        placed = []
        for match in matches:
            if match.start in starts:
                first = last = starts[match.start]
                while last < len(sentence.tokens) and sentence.tokens[last].start < match.end:
                    last += 1
                placed.append((first, last, self.cues[match.key]))
        return placed

    def _opener_inside(self, match: GazetteerMatch, uninflected: list[GazetteerMatch]) -> bool:
        """An opener written bare inside a longer uninflected cue (``gündem maddesi`` in ``ana gündem
        maddesi``), which says more."""
        return self.cues[match.key].role == "opener" and match.end == match.name_end and any(
            u.start <= match.start and match.end <= u.end and u.end - u.start > match.end - match.start
            and u.end == u.name_end for u in uninflected)

    def _mentions_meeting(self, sentence: Sentence, placed: list[tuple[int, int, Cue]]) -> bool:
        if self.words.has_any("setting", sentence.tokens) and any(
            self.words.has("setting", token) and not names_no_meeting(self.words, sentence, index)
            for index, token in enumerate(sentence.tokens)
        ):
            return True
        if placed and any(token.folded.startswith(MEETING_VERB) and not self.words.has("setting", token) for token in sentence.tokens):
            return True  # "X gündemiyle toplanıyor": the verb, with a cue (not "çöpler toplandı")
        if gathers(self.words, sentence):
            return True  # "Fidan ile Lavrov bir araya geldi", "heyetler buluştu"
        if placed and talks_with_a_party(self.words, sentence):
            return True  # "Sayın Bakan ile X'i ele aldık"
        if any(cue.case == "object" for _, _, cue in placed) and parties_open(self.words, sentence):
            return True  # "Bakanlar, X'i ele aldı", "İki lider X'i masaya yatırdı": the parties discussed it
        if any(cue.role == "agenda" and cue.case == "subject" and describes_a_talk(self.words, sentence, last) for _, last, cue in placed):
            return True  # "X'in ele alındığı söyleşide": a talk that covered X
        # an opener names a meeting's agenda only with "gündem" ("gündeminde", not "konular arasında")
        return any(
            cue.role in ("agenda", "discussion", "opener")
            and not cue.needs_meeting
            and not public_agenda(self.words, sentence, first)
            and (cue.role != "opener" or any(t.folded.startswith("gündem") for t in sentence.tokens[first:last]))
            for first, last, cue in placed
        )

    def _resolve(
        self, sentence: Sentence, placed: list[tuple[int, int, Cue]], in_meeting: bool, in_scene: bool,
        before: Sentence | None = None,
    ) -> list[FoundCue]:
        found = []
        # "gündeme geldi", "tartışılıyor": in most news the public's agenda, a meeting's only
        # when the meeting is near (this paragraph or the sentence before)
        placed = [p for p in placed if in_scene or not p[2].needs_scene]
        # "toplantıda talepleri dinledi": hearing requests is an agenda only at a meeting held there
        placed = [p for p in placed if not p[2].needs_held or held_here(self.words, sentence)]
        # "müzeyi gezerek X hakkında bilgi aldı": a briefing on a tour of a site, not at a meeting
        placed = [p for p in placed if not (p[2].role == "discussion" and p[2].needs_meeting and on_a_tour(self.words, sentence, p[0]))]
        # "köyü ziyaret etti. Muhtardan X hakkında bilgi aldı": a briefing on a visit, unless a talk is named
        visited = on_a_visit(self.words, sentence, placed, before)
        placed = [p for p in placed if p[0] not in visited]
        if sentence.headline:  # "X ve Y masada": a headline states an agenda only with a cue of its own
            placed = [p for p in placed if p[2].role in ("agenda", "connector")]
        for number, (first, last, cue) in enumerate(placed):
            later = [p for p in placed[number + 1 :] if in_meeting or not p[2].needs_meeting]
            # "X'i ele alacak toplantı": the participle names the meeting it describes
            of_a_meeting = cue.case == "object" and describes_a_meeting(self.words, sentence, last)
            of_a_meeting = of_a_meeting or (cue.role == "agenda" and cue.case == "subject" and describes_a_talk(self.words, sentence, last))
            if (cue.needs_meeting and not (in_meeting or of_a_meeting)) or public_agenda(self.words, sentence, first):
                continue  # "piyasaların gündeminde": what an audience attends to
            if cue.role == "agenda" and cue.locative and opens_set_off(sentence, first, last):
                cue = OPENING_LOCATIVE  # "Gündemde; X yer aldı": an opener, its list up to the closer
            if cue.role == "agenda" and announces_list(self.words, sentence, last + 1, last + 1, pointer=False):
                found.append(FoundCue(LIST_AFTER_COLON, first, last + 1, until=len(sentence.tokens)))
                continue  # "görüşülen konular: X, Y ve Z": the participle's classifier heads the list after the colon
            if cue.role != "postposition" and is_participle_of(self.words, sentence, last) and not of_a_meeting:
                continue  # "görüşülecek olan yasa", "görüşülecek konular": a participle again (not "hakkında önemli bilgiler")
            if first > 0 and not sentence.headline and sentence.tokens[first].capitalized and sentence.tokens[first - 1].capitalized:
                continue  # "... Güvenlik Mekanizması Görüşmesine İlişkin Bildiri": a word of a title
            if asks_whether(sentence, last) or is_conditional(sentence, last) or regards_as(sentence, first):
                continue  # "görüşülüp görüşülmeyeceği soruldu", "görüşülecekse", "X olarak değerlendirildi"
            if rates(self.words, sentence, first) or court_rules(self.court_forms, sentence, first):
                continue  # "görüşmeyi olumlu değerlendirdi", "Mahkeme, talepleri değerlendirerek": a judgement
            if cue.locative and has_case(sentence.tokens[last - 1].folded, "abl"):
                continue  # "ülke gündeminden çıkması": off the agenda, from where a list does not stand
            if is_inner_item(sentence, last, later):
                continue  # "X'in gözden geçirilmesi ve Y ele alındı": a verbal noun inside the list
            colon = colon_after_report(sentence, last)  # "şu konuların ele alındığını söyledi:"
            if cue.role == "agenda" and announces_list(self.words, sentence, first, colon):
                found.append(FoundCue(LIST_AFTER_COLON, first, colon, until=len(sentence.tokens)))
            elif cue.role == "agenda" and case_fits(self.words, sentence, first, last, cue):
                found.append(FoundCue(cue, first, last))
            elif cue.role == "title" and names_a_meeting(self.words, sentence, first, last):
                found.append(FoundCue(cue, first, last))
            elif cue.role == "connector" and (any(c.role in ("agenda", "postposition") for _, _, c in later)
                                               or any(f.cue.list == "after" and f.last <= first and last < f.until for f in found)):
                found.append(FoundCue(cue, first, last))  # "X'te/gündeminde, başta A olmak üzere B ve C (var)"
            elif cue.role == "postposition" and self._inside_a_name_or_object(sentence, first, later):
                continue  # "X'e Dair Kanun Tasarısını görüşecek": the postposition is inside the object
            elif cue.case == "instrumental" and not (first and has_case(sentence.tokens[first - 1].folded, "ins")):
                continue  # "ilgili bakanlar": an adjective; "X'le ilgili bilgi": a postposition
            elif cue.role == "postposition" and not purpose_of_talks(sentence, first):
                continue  # "bu amaç için görüşme": "için" states a topic only after an infinitive
            elif cue.role == "postposition":  # "X hakkında görüş alışverişi", "X konusunda görüştüler"
                partner = next((p for p in later if (p[2].role == "discussion" and not (cue.talks_only and p[2].needs_meeting))
                                or _discusses(p[2])
                                or passive_discussion_verb(p[2]) or talked_together(sentence, p)
                                or talked_with_partner(self.words, sentence, p)), None)
                # "X'e ilişkin detayları ele almak üzere müzakereler": an agenda cue between them takes X
                between = any(p[2].role == "agenda" and p[0] < partner[0] for p in later) if partner else False
                unbroken = partner is not None and not any(sentence.marks[last : partner[0] + 1])
                unbroken = unbroken and not owns_a_noun(sentence, partner[1])  # "müzakerelerin turunu": another noun
                unbroken = unbroken and not closes_the_meeting(sentence, partner[1])  # "sunumların ardından sona erdi"
                # "X'le ilgili olarak ... değerlendirdi": a bare "ilgili" takes only the noun right after
                # it, or the one after a recipient in the dative ("X'le ilgili Kurula bilgi verdi")
                recipient = last < len(sentence.tokens) and has_case(sentence.tokens[last].folded, "dat")
                distance = MAX_DISCUSSION_DISTANCE if cue.case != "instrumental" else 1 if recipient else 0
                if partner and partner[2].role == "agenda" and not _discusses(partner[2]):
                    distance = 0  # "X hakkında görüşüldü", not "X'e yönelik tedbirler görüşüldü": the verb right after
                if partner and partner[2].role == "discussion" and needed_after(sentence, partner[1]):
                    continue  # "X'e ilişkin bilgi verilmesi gerektiğini belirtti": a demand, no briefing held
                if partner and partner[2].role == "discussion" and listed_before_a_cue(sentence, partner[1], later):
                    continue  # "X, Y'ye ilişkin müzakereler ve Z ele alındı": an item of the list the later cue closes
                if partner and partner[0] - last <= distance and not between and unbroken:
                    found.append(FoundCue(cue, first, partner[1]))
                elif (held := meeting_held_after(self.words, sentence, last)) is not None:
                    found.append(FoundCue(cue, first, held))  # "X ile ilgili bir toplantı yapıldı"
            elif cue.role in ("opener", "subject"):
                # "gündemini X oluşturacak": an agenda noun in the accusative is the object of its closer
                transitive = is_unmistakable_accusative(sentence.tokens[last - 1].folded)
                closer = next((p for p in later if p[2].role == "closer"
                               and (closes_list(sentence, p[1]) or describes_a_meeting(self.words, sentence, p[1]))
                               and (p[2].case == "object" or not transitive)), None)
                if closer and points_ahead(self.words, sentence, last, closer[0], closer[1]):
                    # "gündeminde şu maddeler yer aldı: X, Y": the list follows the closer's colon
                    found.append(FoundCue(LIST_AFTER_COLON, first, closer[1], until=len(sentence.tokens)))
                elif closer and self._holds_words(sentence, last, closer[0]):
                    found.append(FoundCue(cue, first, last, until=closer[0]))
                elif ":" in sentence.marks[last] if last < len(sentence.tokens) else False:
                    # "Gündem maddeleri: X, Y ve Z", "Toplantının gündemi: X": the list follows the colon
                    found.append(FoundCue(LIST_AFTER_COLON, first, last, until=len(sentence.tokens)))
                elif cue.role == "subject" and copula_predicate(self.words, sentence, last):
                    found.append(FoundCue(COPULA_PREDICATE, first, last, until=len(sentence.tokens)))
                elif cue.role == "subject":
                    continue  # "Gündem X oldu" needs its predicate; "gündem oluşturan" is no list
                elif sentence.tokens[last - 1].folded == TOPIC_MARK and self._holds_words(sentence, last, len(sentence.tokens)):
                    # "bir diğer konu ise, X.": a verbless predicate, the list runs to the sentence's end
                    found.append(FoundCue(cue, first, last, until=len(sentence.tokens)))
                elif not self._holds_words(sentence, last, closer[0] if closer else len(sentence.tokens)):
                    # "X ve Y de gündem maddeleri arasında (yer alıyor)": a nominal predicate, the list before it
                    if in_meeting or self._names_an_agenda(sentence, first, last, placed):
                        found.append(FoundCue(NOMINAL_PREDICATE, self._predicate_start(sentence, first), last))
            elif cue.role == "colon" and introduces_topics(self.words, sentence, first, last):
                found.append(FoundCue(cue, first, last, until=len(sentence.tokens)))
            elif cue.role == "lead":
                end = last_comma(sentence, last)
                if end is not None:
                    found.append(FoundCue(cue, first, last, until=end))
        return found

    def _names_an_agenda(self, sentence: Sentence, first: int, last: int, placed: list[tuple[int, int, Cue]]) -> bool:
        """``gündem maddeleri arasında``, ``görüşülecek konular arasında``, ``toplantının konuları
        arasında``: the classifier of a nominal predicate belongs to a meeting (not ``muhalefetin
        eleştirdiği konular arasında``, which lists complaints)."""
        if any(t.folded.startswith("gündem") for t in sentence.tokens[first:last]):
            return True
        before = range(max(0, first - MAX_PREDICATE_MODIFIER), first)
        return any(self.words.has("setting", sentence.tokens[i]) for i in before) or any(
            cue_last in before or cue_last == first for _, cue_last, cue in placed if cue.role == "agenda"
        )

    def _predicate_start(self, sentence: Sentence, first: int) -> int:
        """Where a nominal predicate starts: at its ``de`` (``predicate_start``), or before the
        vague words that qualify its classifier (``X ve Y başlıca gündem maddeleri olacak``)."""
        start = predicate_start(sentence, first)
        while start == first and first > 0 and not sentence.marks[first] and self.words.is_generic(sentence.tokens[first - 1]):
            start = first = first - 1
        return start

    @staticmethod
    def _inside_a_name_or_object(sentence: Sentence, first: int, later: list[tuple[int, int, Cue]]) -> bool:
        """A capitalized postposition is part of a title (``... Yapılmasına Dair Kanun``); one
        followed by an accusative before an active verb belongs to that verb's object."""
        tokens = sentence.tokens
        if first > 0 and tokens[first].capitalized:
            return True
        verb = next((p for p in later if _discusses(p[2])), None)
        return verb is not None and any(has_case(t.folded, "acc") for t in tokens[first + 1 : verb[0]])

    def _holds_words(self, sentence: Sentence, start: int, end: int) -> bool:
        """Whether anything but particles stands between ``start`` and ``end``."""
        return any(not self.words.has("particle", t) for t in sentence.tokens[start:end])

