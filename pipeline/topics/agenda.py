"""Agenda statements: the lists of topics a meeting covers, split into items with offsets.

An agenda statement is found by its cue phrase (``data/topic_cues.tsv``): ``X, Y ve Z ele
alındı``, ``gündeminde X ve Y yer alıyor``, ``X hakkında görüş alışverişinde bulunuldu``.
The cue says where the list stands; the list's far end is found by walking away from the
cue, chunk by chunk (chunks are separated by commas outside quotes), until something
that cannot belong to a list of noun phrases:

- the scene of the meeting, a meeting noun in the locative (``Görüşmede``, ``toplantıda,``)
  or a speech noun (``açıklamasında``; a finite cue after one states what a speaker talked
  about, no agenda), or a word after which a list starts (``göre``, ``kapsamında``, ``ise``);
- the end of a clause: a finite verb, an object clause (``olacağını``), an ``-ArAk``
  converb, the verbal noun of a light verb (``temaslarda bulunması ve``);
- a chunk ending in the genitive (``Bakan Fidan'ın,``: the subject of the clause), a
  participant (``Bakanlar,``, ``mevkidaşıyla``, ``iki bakanın``) or, before an active verb,
  a name with ``ile`` (``Lavrov ile``);
- a chunk that holds no coordinator: a list of several items ends in ``ve``/``ile``, so
  without one the last chunk is the whole list (unless the items are bullet lines, follow
  a connector such as ``başta olmak üzere``, or all carry the accusative of an active cue).

Words that usually stop the walk do not inside an item: a boundary word a participle
follows (``denetim sırasında fark edilen eksik``), a person in the genitive
(``Erdoğan'ın Trump ile yaptığı görüşme``), a converb joined to a verbal noun
(``geliştirilerek güçlendirilmesi``). What stands between the list and its cue (the
meeting, a time, a relative clause of a predicate noun) is cut by ``pipeline.topics.scenes``;
which nouns set the scene, and when a speech's scene states no agenda, is read by
``pipeline.topics.scene_words``; a boundary word or a person inside an item, by
``pipeline.topics.inside_items``.

The list is then cut into items (``pipeline.topics.splitting``) at its commas and final
coordinator, and each item is trimmed to its noun phrase (``pipeline.topics.items``).
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.topics.cues import CueTable, FoundCue
from pipeline.topics.word_classes import WordClasses, is_adjective
from pipeline.topics.scenes import ListEndTrimmer
from pipeline.topics.scene_words import SceneReader
from pipeline.topics.splitting import ListSplitter
from pipeline.topics.items import EXAMPLES, TIME_ADVERBS, AgendaItem, ItemShaper
from pipeline.topics.item_marks import with_opening_mark
from pipeline.topics.item_words import additive_at, after_subject_and_when
from pipeline.topics.inside_items import (FRAME_WORDS, agenda_compound_before_cue, among_sides_of_between, inside_relative_clause, modified_agenda_noun,
                                         person_inside, scene_of_a_participle)
from pipeline.topics.cue_cases import owned_future
from pipeline.topics.gapped_clauses import after_parallel_adverbial, gapped_comma
from pipeline.topics.item_edges import clause_before_postposition, duration_of_a_participle, preposed_example, takes_a_participle
from pipeline.topics.gatherings import PARTNER_PRONOUNS, is_gathering_noun, meeting_in_instrumental
from pipeline.topics.list_shapes import (after_genitive_subject, after_partner, agent_before_cue, converb_clause_before_cue, bare_comma_list, before_partner, starts_after,
                                         titled_items)
from pipeline.topics.clauses import STATEMENT_QUOTE, Sentence, Token, sentences_of, tokens_of
from pipeline.topics.phrases import (
    at_the_time_of,
    adverb_inside_list,
    before_olan,
    converb_inside,
    is_topicalized_subject,
    plural_subject,
    means_before_list,
    head_after_comma,
    owner_of_verbal_noun,
    owns_next_noun,
    bare_verbal_noun_item,
    partner_before_verb,
    after_person_owner,
    after_place,
    planned_for_a_year,
    passive_discussion,
    quote_start,
    same_case_item,
)
from pipeline.lang.tr.morphology import (
    Stemmer, has_case, has_compound_head, is_complement_clause, is_converb, is_denominal_past, is_finite_verb,
    is_passive_past, is_past_of, is_relative_participle, is_verbal_noun_of, is_while_converb,
)
from pipeline.lang.tr.endings import is_conditional_verb, is_manner_converb
from pipeline.lang.tr.text import COORDINATORS, Word

#: bodies that meet; named and in the nominative before a comma, the subject of a clause
#: a finite verb's last letters (past, future, progressive): a passive cue said as a statement
_FINITE_ENDINGS = ("dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "cek", "cak", "yor")
BODY_NOUNS = {"kurul", "meclis", "komisyon", "konsey", "komite", "kabine", "encümen", "senato"}
BETWEEN = "arasında"
BULLET = "•"


class AgendaFinder:
    def __init__(self, cues: str, word_classes: str, stemmer: Stemmer | None = None) -> None:
        self._person_ends: set[int] = set()
        self._inside: set[int] = set()
        self._beside_a_list: list[FoundCue] = []
        self._list_end = 0  # where the list being walked ends (the cue's first word)
        self._active = False  # whether that cue is an active verb with an object
        self.stemmer = stemmer or Stemmer()
        self.words = WordClasses(word_classes, self.stemmer)
        self.cues = CueTable(cues, self.words)
        self.shape = ItemShaper(self.words)
        self.scenes = ListEndTrimmer(self.words)
        self.scene = SceneReader(self.words)
        self.splitter = ListSplitter(self.words)

    def find(
        self,
        text: str,
        text_words: list[Word],
        skip: tuple[int, int] | None = None,
        people: Iterable[tuple[int, int]] = (),
    ) -> list[AgendaItem]:
        """Agenda items of ``text``; ``skip`` is a span that is no content (the dateline),
        ``people`` are the spans of person mentions, who take part rather than being topics."""
        self._person_ends = {end for _, end in people}
        tokens = tokens_of(text, text_words, self.stemmer.key)
        sentences = list(sentences_of(text, tokens, skip))
        found_in = self.cues.find(text, text_words, sentences)
        items: list[AgendaItem] = []
        for sentence, found in zip(sentences, found_in):
            limit, previous = 0, None
            # "X başta olmak üzere Y ele alındı": the connector stays inside the item it qualifies,
            # unless only vague words follow it ("X dahil olmak üzere muhtelif başlıklar") or a list
            # of several items does ("X başta olmak üzere A, B ve C ele alındı": X is one of them)
            connectors = [cue for cue in found if cue.cue.role == "connector" and not self._vague_after(sentence, cue)]
            self._beside_a_list = [cue for cue in connectors if self._list_after(text, sentence, cue, found)]
            inner = [cue for cue in connectors if cue not in self._beside_a_list]
            self._inside = {i for cue in inner for i in range(cue.first, cue.last)}
            opening = {cue: self._opening_connector(cue) for cue in found if cue.cue.list == "after"}
            for cue in found:
                if cue in inner or cue in opening.values():
                    continue
                if cue.cue.list == "after":  # "gündeminde, başta X olmak üzere Y ve Z var": X, then the list after the connector
                    items += self._items(text, sentence, (cue.last, opening[cue].first), opening[cue], None) if opening[cue] else []
                    region = (opening[cue].last if opening[cue] else cue.last, cue.until)
                else:
                    region = (limit, cue.first)
                items += self._items(text, sentence, region, cue, previous)
                limit = max(limit, cue.last if cue.until < 0 else cue.until + 1)
                previous = cue
        return items

    # -- lists -----------------------------------------------------------------------------

    def _items(self, text: str, sentence: Sentence, region: tuple[int, int], cue: FoundCue, previous: FoundCue | None):
        self._list_end = cue.first if cue.cue.list == "before" else len(sentence.tokens)
        self._active = cue.cue.case == "object"
        partner = cue.cue.list == "before" and cue.cue.case == "object" and before_partner(self.words, sentence, cue.first, self._person_ends)
        if partner and partner < cue.first:  # "X'i mevkidaşıyla görüştü": the list ends before whom it was discussed with
            region = (region[0], min(region[1], partner))
        start, end = self.shape.strip_particles(sentence, *region)
        if start >= end or self._continues(sentence, region, previous) or planned_for_a_year(sentence, cue) \
                or self.shape.counted_entrants(sentence, end):  # "ödüller için 412 aday değerlendirildi": a selection
            return []
        if not (partner and partner < cue.first) and partner_before_verb(sentence, cue):
            return []
        if cue.cue.role == "title":
            return self.shape.title(sentence, start, end)
        if cue.cue.role == "lead":  # one agenda point, commas and all
            item = self.shape.trim(sentence, start, end, "apostrophe", False)
            return [with_opening_mark(text, item)] if item else []
        if cue.cue.list == "before":
            start = max(start, quote_start(sentence, cue.first))  # a quoted statement's list stays inside it
            end = converb_clause_before_cue(sentence, start, end) or end  # "X, Y de dikkate alınarak görüşüldü"
            if sentence.tokens[cue.last - 1].folded.endswith(_FINITE_ENDINGS):  # not "tarafından değerlendirilmiş bir konu"
                end = agent_before_cue(sentence, start, end) or end  # "X bakanlar tarafından gözden geçirildi"
            end = self.scenes.strip(sentence, start, end)
            if start >= end:
                return []
            keep_first_chunk = (previous is None or previous.cue.role == "connector") and (
                cue.cue.case == "subject" or passive_discussion(sentence, cue)
            )
            opening, start = start, self._list_start(sentence, start, end, keep_first_chunk, cue.cue.case == "object")
            start = after_place(sentence, start, end)
            start = after_person_owner(sentence, start, end, self._person_ends)
            start = after_genitive_subject(self.words, sentence, start, end, cue.cue.case, cue.last)  # "liderlerin X'i görüştüğü"
            start = after_subject_and_when(self.words, sentence, start, end, TIME_ADVERBS)  # "Plan ve Bütçe Komisyonu yarın"
            if self.scene.said_in_a_speech(sentence, start, cue):
                return []
            gapped = gapped_comma(self.words, sentence, opening, start, end) if self._active else None
            if gapped is not None:  # "X'i, 24 Mart'ta ise Y'yi ele alacak": X, the gapped clause's object, first
                first = after_parallel_adverbial(sentence, self._list_start(sentence, opening, gapped, False, True), gapped)
                return self._list_items(text, sentence, first, gapped, cue) + self._list_items(text, sentence, start, end, cue)
        return self._list_items(text, sentence, start, end, cue)

    def _list_items(self, text: str, sentence: Sentence, start: int, end: int, cue: FoundCue) -> list[AgendaItem]:
        """The items of the list ``tokens[start:end]`` of ``cue``, each trimmed to its noun phrase."""
        chunks = self.splitter.chunks(text, sentence, start, end)
        spans = self.splitter.split(text, sentence, chunks)
        titled = cue.cue.list == "before" and titled_items(sentence, spans, self.cues.title_words)
        if titled:  # "A'nın “X” ve B'nin “Y” konulu önergeleri görüşüldü": the titles are the topics
            return [item for first, last in titled for item in self.shape.title(sentence, first, last)]
        case = self.shape.case_of_last_item(sentence, cue)
        cased = []
        for number, (first, last) in enumerate(spans):
            item_case = case if number == len(spans) - 1 else self.shape.case_of_inner_item(sentence, first, last, case)
            if item_case == "acc" and owner_of_verbal_noun(sentence, last, cue):
                item_case = "gen"  # "teklifin görüşmesi": the owner of the verbal noun cue
            ends = self.splitter.range_list(sentence, start, end) and self.splitter.range_items(sentence, first, last)
            cased += ends or [(first, last, item_case)]
        items = []
        for first, last, item_case in cased:
            item = self.shape.head_of_adjectives(sentence, first, last, cue) or self.shape.trim(
                sentence, first, last, item_case, len(cased) > 1
            )
            if item:
                items.append(with_opening_mark(text, item))
        people = [item for item in items if item.end in self._person_ends]
        if 2 * len(people) > len(items):
            return []  # "İşadamı X Y, Bakan Z ve W": a list of people, not of topics
        return [item for item in items if item not in people]

    def _vague_after(self, sentence: Sentence, cue: FoundCue) -> bool:
        return cue.last < len(sentence.tokens) and self.words.is_generic(sentence.tokens[cue.last])

    def _list_after(self, text: str, sentence: Sentence, connector: FoundCue, found: list[FoundCue]) -> bool:
        """``X başta olmak üzere A, B ve C'ye kadar birçok konu``: the connector's examples stand
        beside a list of topics named by a classifying head (``konular``, ``başlıklar``), or beside
        a list of three items or more after a comma, not before one head noun they exemplify
        (``X başta olmak üzere bölgeye yönelik tehditler``): X is then an item of that list."""
        later = [cue.first for cue in found if cue.first >= connector.last and cue.cue.list == "before"]
        # or the end of an opener's list the connector stands in ("gündeminde, başta X olmak üzere Y ve Z var")
        later = later or [cue.until for cue in found if cue.cue.list == "after" and cue.last <= connector.first < cue.until]
        if not later or later[0] <= connector.last:
            return False
        start, end = connector.last, later[0]
        if self.words.has("generic_head", sentence.tokens[end - 1]):
            return any("," in mark for mark in sentence.marks[start + 1 : end]) or preposed_example(sentence, connector.first)
        preposed = preposed_example(sentence, connector.first)
        if "," not in sentence.marks[start] and not preposed:
            return False
        end = self.scenes.strip(sentence, start, end)
        spans = self.splitter.split(text, sentence, self.splitter.chunks(text, sentence, start, end)) if start < end else []
        # ``başta X olmak üzere Y ve Z``: X opens the list that follows, of two items or more
        return len(spans) >= (2 if preposed else 3)

    def _opening_connector(self, opener: FoundCue) -> FoundCue | None:
        """A connector beside a list inside an opener's list: its examples open that list."""
        return next((c for c in self._beside_a_list if opener.last <= c.first and c.last < opener.until), None)

    def _continues(self, sentence: Sentence, region: tuple[int, int], previous: FoundCue | None) -> bool:
        """``enerji alanlarında iş birliğinin geliştirilmesi ele alındı``: what follows a noun-like
        cue without a break is the rest of the same phrase, whose topics are already taken
        (not after a comma further on: ``iş birliğinin sürmesinden memnun iki lider, X'i ele aldı``)."""
        start, end = region
        if previous is None or sentence.marks[start]:
            return False
        if any("," in mark for mark in sentence.marks[start:end]):
            return False
        if previous.cue.role == "connector":
            return previous not in self._beside_a_list
        return previous.cue.role == "agenda" and previous.cue.case == "none"

    def _list_start(self, sentence: Sentence, start: int, end: int, keep_first_chunk: bool, active: bool) -> int:
        """Walk left from the list's end to where the list starts.

        A first chunk that opens the sentence before a comma is the subject of an active verb
        (``Bakanlar, X ve Y'yi görüştü``); after another cue it is that cue's clause. Only
        before a passive verb at the start of a sentence can it be an item.
        """
        tokens, marks = sentence.tokens, sentence.marks
        chunk_end = end
        index = end - 1
        while index >= start:
            if self._stops_list(sentence, index) or (active and after_partner(self.words, sentence, index)):
                return index + 1
            if any(mark in ";:" + STATEMENT_QUOTE for mark in marks[index]):
                return index  # a list starts after a colon, a semicolon, or where a quoted statement opens
            if "," in marks[index] and head_after_comma(sentence, index, end):
                pass  # "ödeme süresinin, 1 Mart'tan itibaren uzatılmasına dair": one chunk goes on
            elif "," in marks[index]:  # the chunk tokens[index:chunk_end] is complete
                chunk = range(index, chunk_end)
                if chunk_end == end and not self._has_coordinator(sentence, chunk):
                    after_connector = index - 1 in self._inside  # "X başta olmak üzere, Y ..."
                    after_connector = after_connector or BULLET in marks[index]  # bullet lines are items
                    same_case = active and index > start and same_case_item(self.words, sentence, index - 1, end - 1)
                    same_case = same_case or (  # "enerjiden savunmaya, ticaretten turizme kadar ..."
                        has_case(tokens[index - 1].folded, "dat") and self.splitter.range_list(sentence, index, end)
                    )
                    bare_list = keep_first_chunk and not active and bare_comma_list(self.words, sentence, index, start)
                    # "X, Y gibi konular": examples listed before "gibi" need no "ve"
                    examples = any(tokens[k].folded == EXAMPLES for k in range(index, end))
                    if not (after_connector or same_case or bare_list or examples):
                        return index
                if index > start and has_case(tokens[index - 1].folded, "gen") and sentence.depths[index - 1] == 0 \
                        and not among_sides_of_between(sentence, index, end):  # "Türkiye ile Ürdün, Kenya ve X arasında"
                    return index
                chunk_end = index
            index -= 1
        if keep_first_chunk or chunk_end == end or (active and self._is_object_chunk(tokens[chunk_end - 1])):
            return start  # "X'i, Y'yi ve Z'yi ele aldık": a first chunk in the accusative is an item, no subject
        # the first chunk after another cue is that cue's clause, up to a scene it ends with
        # ("X'in de masaya yatırılacağı toplantıda Y, Z ve W görüşülecek")
        scene = next((i for i in range(chunk_end - 1, start - 1, -1) if self._stops_list(sentence, i)), None)
        return scene + 1 if scene is not None else chunk_end

    def _is_object_chunk(self, last: Token) -> bool:
        return (
            has_case(last.folded, "acc")
            and not last.capitalized
            and not self.words.has("participant", last)
            and not is_complement_clause(last.folded)
        )

    def _stops_list(self, sentence: Sentence, index: int) -> bool:
        if index in self._inside:
            return False
        token = sentence.tokens[index]
        if token.folded in FRAME_WORDS and inside_relative_clause(sentence, index):
            return False
        if before_olan(sentence, index):
            return False  # "Türkiye'nin gündeminde olan konular": a relative clause inside an item
        if self.words.has("boundary", token) and not (modified_agenda_noun(self.words, sentence, index) or adverb_inside_list(sentence, index)
                                                       or scene_of_a_participle(sentence, index) or duration_of_a_participle(sentence, index)
                                                       or agenda_compound_before_cue(sentence, index, self._list_end)):
            return True
        if self.scene.is_scene(sentence, index) and not (scene_of_a_participle(sentence, index) or self.scene.inside_an_item(sentence, index)) \
                or starts_after(self.words, sentence, index, self._list_end, self._active):
            return True  # "Toplantıda", "kurulun X'i ele aldığı", "son gününde"
        if (token.end in self._person_ends or token.stem_end in self._person_ends) and not person_inside(self.words, sentence, index):
            return True  # "Dışişleri Bakanı Fidan Suriye'yi görüştü"
        if means_before_list(sentence, index) or at_the_time_of(sentence, index):
            return True  # "onayladığımız metinle X'i değerlendirdik", "açılışıyla birlikte": means, time
        if is_topicalized_subject(sentence, index):
            return True  # "Konsey'in de önümüzdeki ay X'i ele alması": the subject, set off by "de"
        if self.words.has("participant", token) and self._is_participant_phrase_end(sentence, index) or token.folded in PARTNER_PRONOUNS:
            return True  # "Bakanlar, ...", "mevkidaşıyla ...", "iki bakanın ...", "kendisiyle": who meets, not what about
        if token.folded == "ile" and index > 0 and self.words.has("participant", sentence.tokens[index - 1]):
            return True  # "Başkanı ile ..."
        if self._named_body_subject(sentence, index):
            return True  # "İl İstihdam Kurulu, X'e dair toplantı düzenledi": the body that met
        if token.folded == "ile" and index > 0 and self.words.has("setting", sentence.tokens[index - 1]) \
                or meeting_in_instrumental(self.words, sentence, index):
            return True  # "bu toplantı ile ...", "Konsey Toplantısı'yla ...": the meeting as the occasion
        if token.folded == BETWEEN and index > 0 and self.words.has("participant", sentence.tokens[index - 1]):
            return True  # "Hamas ve İsrail heyetleri arasında X'i görüşmek üzere": who talks
        word = token.folded
        if is_complement_clause(word) and not (owned_future(sentence.tokens, index) or clause_before_postposition(sentence, index)):
            return True
        if (
            (is_verbal_noun_of(word, self.words.clause_verbs) or is_gathering_noun(sentence, index))
            and not owns_next_noun(sentence, index)
            and not bare_verbal_noun_item(sentence, index)
            and not self._owns_classifier(sentence, index)
        ):
            return True  # "temaslarda bulunması ve", not "tasfiye etme sürecine": a compound's first noun
        if is_converb(word) and not is_adjective(self.words, token) and not converb_inside(sentence, index, self._list_end):
            return True  # "gelerek", not "müşterek"
        if is_manner_converb(word) and not token.capitalized:
            return True  # "tali komisyonlarda görüşülmeden doğrudan ...": a clause of its own ends
        if (is_while_converb(word) or is_conditional_verb(word)) and not token.capitalized:
            return True  # "bulunulurken", "itiraz gelmezse": a clause of its own ends, not "gereken"
        if self.scene.is_source_meeting(sentence, index):
            return True  # "toplantımızdan X'i aktaracağım": where the news comes from, not a topic
        clause_final = index + 1 < len(sentence.tokens) and (
            sentence.mark_after(index) or sentence.tokens[index + 1].folded in COORDINATORS
        )
        past = is_passive_past(word) or is_denominal_past(word) or is_past_of(word, self.words.clause_verbs)
        if clause_final and past and not token.capitalized:
            return True  # "Toplantı Ankara'da düzenlendi ve X ele alındı": the clause before ends
        return clause_final and is_finite_verb(word)  # "atılacak adımlar" is a participle

    def _owns_classifier(self, sentence: Sentence, index: int) -> bool:
        """``birliklerin tatbikata iştirak etmesi hususunda``: a verbal noun right before a
        classifier (``hususu``, ``konusu``) is that noun's owner, no clause end."""
        following = sentence.tokens[index + 1] if index + 1 < len(sentence.tokens) else None
        return following is not None and not sentence.mark_after(index) and self.words.has("generic_head", following)

    def _named_body_subject(self, sentence: Sentence, index: int) -> bool:
        """``İl İstihdam Kurulu,``: a named council or commission (a capitalized body noun in the
        nominative) set off by a comma is the subject of the clause, who met, not a topic."""
        token = sentence.tokens[index]
        return (
            token.capitalized and token.key in BODY_NOUNS and "," in sentence.mark_after(index)
            and not any(has_case(token.folded, case) for case in ("gen", "dat", "abl", "loc", "ins"))  # "Kurulu": a compound, no accusative
        )

    def _is_participant_phrase_end(self, sentence: Sentence, index: int) -> bool:
        """A participant noun that ends its phrase: before a comma, in a case that says who met
        whom, or as a bare subject (``İki bakan X'i görüştü``) when no name or relation follows."""
        token = sentence.tokens[index]
        if sentence.mark_after(index) or any(has_case(token.folded, case) for case in ("ins", "dat", "abl")):
            return not takes_a_participle(sentence, index)  # not "heyetlerine yapılan başvurular": in a relative clause
        if index + 1 < len(sentence.tokens) and sentence.tokens[index + 1].folded in ("de", "da"):
            return True  # "Bölge Müdürleri de X hakkında sunum yaptı": the subject, set off by "de"
        if has_case(token.folded, "gen"):  # "iki bakanın X'i görüşmesi", but "il başkanının itirazları"
            if index + 1 >= len(sentence.tokens):
                return True
            following = sentence.tokens[index + 1]
            return following.capitalized or not has_compound_head(following.folded)
        if plural_subject(self.words, sentence, index):
            return True  # "iki ülke başkanları X'i ele aldı": the subject, never a title before a name
        following = sentence.tokens[index + 1] if index + 1 < len(sentence.tokens) else None
        if following is not None and is_relative_participle(following.folded) and not following.capitalized:
            return True  # "müdürler yürüttükleri çalışmalar hakkında": the subject of a -DIk clause would be a genitive
        bare = not any(has_case(token.folded, case) for case in ("acc", "loc"))
        if not bare or following is None or self.words.has("relation", following):
            return False
        return not (token.capitalized and following.capitalized)  # "Bakan Fidan": a title before a name

    def _has_coordinator(self, sentence: Sentence, indexes: range) -> bool:
        """``ve``, ``ile`` or ``yanı sıra`` (``X, Y'nin yanı sıra Z``) outside quotes."""
        return any(
            (sentence.tokens[i].folded in COORDINATORS or additive_at(sentence, i)) and sentence.depths[i] == 0
            for i in indexes
        )
