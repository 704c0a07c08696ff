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
  without one the last chunk is the whole list.

The list is then cut into items at the commas and at its final coordinator; the final
``ve`` stays inside the last item when other items already use ``ve`` inside them (the
list is then comma-separated throughout), when it joins a fixed pair (``barış ve
istikrar``) or two adjectives (``küresel ve bölgesel meseleler``); ``ile`` stays when the
noun after it takes a partner (``AB ile koordinasyon``). Each item is then trimmed to its
noun phrase by ``pipeline.topics.items``.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.topics.cues import CueTable, FoundCue, WordClasses, is_adjective
from pipeline.topics.items import COORDINATORS, AgendaItem, ItemShaper, additive_at, with_opening_mark
from pipeline.topics.clauses import Sentence, Token, sentences_of, tokens_of
from pipeline.lang.tr.morphology import (
    Stemmer,
    case_suffix_length,
    has_case,
    is_complement_clause,
    is_converb,
    is_finite_verb,
    is_nominalized_verb,
    is_participle,
    is_passive_participle,
    is_unmistakable_accusative,
    is_verbal_noun_of,
)
from pipeline.lang.tr.text import Word

#: Coordinators that join whole items; "ile" also joins the two sides of a relation
#: ("Türkiye ile AB arasındaki ilişkiler").
ITEM_COORDINATORS = {"ve", "veya", "yahut"}
INTENSIFIERS = {"daha", "en", "çok"}  #: before an adjective: "daha yakın diyalog"
MAX_WORDS_TO_PARTICIPLE = 4  #: "kapsamında ortaya çıkan": words from a boundary to the participle it belongs to


class AgendaFinder:
    def __init__(self, cues: str, word_classes: str, stemmer: Stemmer | None = None) -> None:
        self._person_ends: set[int] = set()
        self._inside: set[int] = set()
        self.stemmer = stemmer or Stemmer()
        self.words = WordClasses(word_classes, self.stemmer)
        self.cues = CueTable(cues, self.words)
        self.shape = ItemShaper(self.words)

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
            # unless only vague words follow it ("X dahil olmak üzere muhtelif başlıklar")
            inner = [cue for cue in found if cue.cue.role == "connector" and not self._vague_after(sentence, cue)]
            self._inside = {i for cue in inner for i in range(cue.first, cue.last)}
            for cue in found:
                if cue in inner:
                    continue
                if cue.cue.list == "after":
                    region = (cue.last, cue.until)
                else:
                    region = (limit, cue.first)
                items += self._items(text, sentence, region, cue, previous)
                limit = max(limit, cue.last if cue.until < 0 else cue.until + 1)
                previous = cue
        return items

    # -- lists -----------------------------------------------------------------------------

    def _items(self, text: str, sentence: Sentence, region: tuple[int, int], cue: FoundCue, previous: FoundCue | None):
        start, end = self.shape.strip_particles(sentence, *region)
        if start >= end or self._continues(sentence, region, previous):
            return []
        if cue.cue.role == "title":
            return self.shape.title(sentence, start, end)
        if cue.cue.list == "before":
            end = self._strip_scene(sentence, start, end)
            keep_first_chunk = previous is None and cue.cue.case == "subject"
            start = self._list_start(sentence, start, end, keep_first_chunk, cue.cue.case == "object")
            if self._said_in_a_speech(sentence, start, cue):
                return []
        chunks = self._chunks(sentence, start, end)
        spans = self._split(text, sentence, chunks)
        case = self.shape.case_of_last_item(sentence, cue)
        items = []
        for number, (first, last) in enumerate(spans):
            item_case = case if number == len(spans) - 1 else self.shape.case_of_inner_item(sentence, first, last, case)
            item = self.shape.head_of_adjectives(sentence, first, last, cue) or self.shape.trim(
                sentence, first, last, item_case, len(spans) > 1
            )
            if item:
                items.append(with_opening_mark(text, item))
        return items

    def _vague_after(self, sentence: Sentence, cue: FoundCue) -> bool:
        return cue.last < len(sentence.tokens) and self.words.is_generic(sentence.tokens[cue.last])

    @staticmethod
    def _continues(sentence: Sentence, region: tuple[int, int], previous: FoundCue | None) -> bool:
        """``enerji alanlarında iş birliğinin geliştirilmesi ele alındı``: what follows a noun-like
        cue without a break is the rest of the same phrase, whose topics are already taken
        (not after a comma further on: ``iş birliğinin sürmesinden memnun iki lider, X'i ele aldı``)."""
        start, end = region
        if previous is None or sentence.marks[start]:
            return False
        if any("," in mark for mark in sentence.marks[start:end]):
            return False
        return previous.cue.role == "connector" or (previous.cue.role == "agenda" and previous.cue.case == "none")

    def _strip_scene(self, sentence: Sentence, start: int, end: int) -> int:
        """``tezkere, önceki gün Genel Kurul'da görüşüldü``: where and when, said last, are no topic."""
        tokens = sentence.tokens
        while end > start:
            last = tokens[end - 1]
            if last.capitalized and last.stem_end < last.end and has_case(last.folded, "loc"):
                end -= 1
                while end > start and tokens[end - 1].capitalized and not sentence.marks[end]:
                    end -= 1  # the rest of the name: "Genel Kurul'da"
            elif self._participle_at_end(sentence, start, end) is not None:
                end = self._participle_at_end(sentence, start, end)
            elif self._is_meeting_scene(sentence, start, end):
                end = self._before_meeting_scene(sentence, start, end)
            elif self.words.has("time", last) and not sentence.marks[end]:
                end -= 1
            elif self._is_time_noun(_without_locative(last)):
                end -= 1  # "Kasım ayında görüşülecek": when, not what
            elif end - 1 > start and not sentence.marks[end - 1] and self._is_time_position(tokens[end - 2], last):
                end -= 2  # "Kasım ayı ortasında", "hafta sonunda": a part of a time span
            else:
                return end
        return end

    def _participle_at_end(self, sentence: Sentence, start: int, end: int) -> int | None:
        """``X de kabinede görüşülecek önemli konular arasında``: a relative clause of the
        predicate noun, after the list (a list itself ends in a noun): where it starts."""
        tokens = sentence.tokens
        index = end - 1
        while index > start and self._is_predicate_word(tokens[index]) and not sentence.marks[index + 1]:
            index -= 1
        if self._is_bare_participle(tokens[index]) and not sentence.marks[index + 1]:
            return index
        return None

    @staticmethod
    def _is_bare_participle(token: Token) -> bool:
        return not token.capitalized and token.stem_end == token.end and is_participle(token.folded)

    def _is_meeting_scene(self, sentence: Sentence, start: int, end: int) -> bool:
        """``... kabine toplantısında`` or ``... toplantının en önemli gündem`` right before the
        cue: where the list is discussed, or whose agenda it is, not a topic."""
        tokens = sentence.tokens
        index = end - 1
        while index > start and not sentence.marks[index + 1] and self._is_predicate_word(tokens[index]):
            index -= 1
        token = tokens[index]
        if not self.words.has("setting", token) or sentence.marks[index + 1]:
            return False
        case = "gen" if index < end - 1 else "loc"
        return has_case(token.folded, case) and (index < end - 1 or not is_passive_participle(token.folded))

    def _is_predicate_word(self, token: Token) -> bool:
        return self.words.has("generic", token) or self.words.has("generic_head", token) or token.folded in INTENSIFIERS

    def _before_meeting_scene(self, sentence: Sentence, start: int, end: int) -> int:
        tokens = sentence.tokens
        index = end - 1
        while not self.words.has("setting", tokens[index]):
            index -= 1
        # the meeting's own name or kind before it: "kabine toplantısında", "MGK toplantısının"
        while index > start and not sentence.marks[index] and self._names_the_meeting(tokens[index - 1]):
            index -= 1
        return index

    def _names_the_meeting(self, token: Token) -> bool:
        word = token.folded
        bare = not any(has_case(word, case) for case in ("gen", "acc", "dat", "loc", "abl", "ins"))
        return token.capitalized or (bare and (self.words.has("setting", token) or self.words.has("generic", token)))

    def _is_time_position(self, time: Token, position: Token) -> bool:
        """``ayı ortasında``, ``yılı sonunda``, ``hafta sonunda``: a part of a time span, in the locative."""
        return bool(_without_locative(position)) and self._is_time_noun(time.folded)

    def _is_time_noun(self, word: str) -> bool:
        """``ay``, ``ayı`` (``Kasım ayı``), ``haftası``: a time word, bare or as the head of a compound.
        The possessive -(s)I is matched as written: ``ay`` is too short for the suffix stripper."""
        time_words = self.words.by_kind.get("time", ())
        if word in time_words or (word[-3:] in ("lar", "ler") and word[:-3] in time_words):
            return True  # "günlerde", "önümüzdeki haftalarda"
        return word[-1:] in ("ı", "i", "u", "ü") and (
            word[:-1] in time_words or (word[-2:-1] == "s" and word[:-2] in time_words)
        )

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
            if self._stops_list(sentence, index) or (active and self._after_partner(sentence, index)):
                return index + 1
            if any(mark in ";:" for mark in marks[index]):
                return index
            if "," in marks[index]:  # the chunk tokens[index:chunk_end] is complete
                chunk = range(index, chunk_end)
                if chunk_end == end and not self._has_coordinator(sentence, chunk):
                    if not (active and index > start and self._same_case_item(tokens[index - 1], tokens[end - 1])):
                        return index
                if index > start and has_case(tokens[index - 1].folded, "gen") and sentence.depths[index - 1] == 0:
                    return index
                chunk_end = index
            index -= 1
        return start if keep_first_chunk or chunk_end == end else chunk_end

    @staticmethod
    def _same_case_item(before_comma: Token, last: Token) -> bool:
        """``X'in seyrini, Y'yi ele aldık``: a list without ``ve``, its items all in the accusative."""
        return has_case(before_comma.folded, "acc") and has_case(last.folded, "acc") and is_unmistakable_accusative(before_comma.folded)

    def _inside_relative_clause(self, sentence: Sentence, index: int) -> bool:
        """``soruşturma kapsamında ortaya çıkan durum``: a boundary word that a participle
        follows closely belongs to the relative clause of an item."""
        tokens = sentence.tokens
        for after in range(index + 1, min(len(tokens), index + 1 + MAX_WORDS_TO_PARTICIPLE)):
            if sentence.marks[after]:
                return False
            if is_participle(tokens[after].folded) and not tokens[after].capitalized:
                return True
        return False

    def _stops_list(self, sentence: Sentence, index: int) -> bool:
        if index in self._inside:
            return False
        token = sentence.tokens[index]
        if (
            self.words.has("boundary", token)
            and has_case(token.folded, "loc")
            and self._inside_relative_clause(sentence, index)
        ):
            return False
        if self.words.has("boundary", token) or self._is_scene(sentence, index):
            return True
        if (token.end in self._person_ends or token.stem_end in self._person_ends) and not self._person_inside(sentence, index):
            return True  # "Dışişleri Bakanı Fidan Suriye'yi görüştü"
        if self.words.has("participant", token) and self._is_participant_phrase_end(sentence, index):
            return True  # "Bakanlar, ...", "mevkidaşıyla ...", "iki bakanın ...": who meets, not what about
        if token.folded == "ile" and index > 0 and self.words.has("participant", sentence.tokens[index - 1]):
            return True  # "Başkanı ile ..."
        word = token.folded
        if is_complement_clause(word) or is_verbal_noun_of(word, self.words.clause_verbs):
            return True
        if is_converb(word) and not is_adjective(self.words, token):  # "gelerek", not "müşterek"
            return True
        clause_final = index + 1 < len(sentence.tokens) and (
            sentence.mark_after(index) or sentence.tokens[index + 1].folded in COORDINATORS
        )
        return clause_final and is_finite_verb(word)  # "atılacak adımlar" is a participle

    def _person_inside(self, sentence: Sentence, index: int) -> bool:
        """``Erdoğan'ın Trump ile yaptığı görüşme``, ``Zelensky ile Erdoğan arasındaki görüşme``:
        a person in the genitive or before a relation noun is part of an item."""
        token = sentence.tokens[index]
        following = sentence.tokens[index + 1] if index + 1 < len(sentence.tokens) else None
        if sentence.mark_after(index) if following else True:
            return False
        return (token.stem_end < token.end and has_case(token.folded, "gen")) or self.words.has("relation", following)

    def _is_participant_phrase_end(self, sentence: Sentence, index: int) -> bool:
        """A participant noun that ends its phrase: before a comma, in a case that says who met
        whom, or as a bare subject (``İki bakan X'i görüştü``) when no name or relation follows."""
        token = sentence.tokens[index]
        if sentence.mark_after(index) or any(has_case(token.folded, case) for case in ("ins", "dat", "abl", "gen")):
            return True
        following = sentence.tokens[index + 1] if index + 1 < len(sentence.tokens) else None
        bare = not any(has_case(token.folded, case) for case in ("acc", "loc"))
        if not bare or following is None or self.words.has("relation", following):
            return False
        return not (token.capitalized and following.capitalized)  # "Bakan Fidan": a title before a name

    def _after_partner(self, sentence: Sentence, index: int) -> bool:
        """``Lavrov ile Suriye'yi görüştü``: with an active verb, a name and ``ile`` before the
        list say whom the topics were discussed with."""
        tokens = sentence.tokens
        if tokens[index].folded != "ile" or index == 0 or not tokens[index - 1].capitalized:
            return False
        return not any(self.words.has("relation", t) for t in tokens[index:])

    def _said_in_a_speech(self, sentence: Sentence, start: int, cue: FoundCue) -> bool:
        """``yaptığı açıklamada X'i değerlendirdi``, ``basın toplantısında X'i ele aldı``: when the
        nearest scene before the list is a speech, a finite cue says what a speaker talked
        about, not what a meeting covered. A reported cue (``ele alındığını söyledi``,
        ``görüştüğü bildirildi``) reports a meeting, with the speech as its source."""
        verb = sentence.tokens[cue.last - 1].folded
        if is_complement_clause(verb) or is_nominalized_verb(verb):
            return False
        tokens = sentence.tokens
        for index in range(start - 1, -1, -1):
            if not has_case(tokens[index].folded, "loc"):
                continue
            if self.words.has_phrase("speech", tokens[max(0, index - 1) : index + 1]) or self.words.has(
                "speech", tokens[index]
            ):
                return True
            if self.words.has("setting", tokens[index]):
                return False
        return False

    def _is_scene(self, sentence: Sentence, index: int) -> bool:
        """A meeting or speech noun in the locative: ``Görüşmede``, ``toplantısında``, ``açıklamasında``."""
        token = sentence.tokens[index]
        if not (
            (self.words.has("setting", token) or self.words.has("speech", token)) and has_case(token.folded, "loc")
        ):
            return False
        # "Zirvesi'nde alınan kararlar": a relative clause inside an item, not the scene
        following = sentence.tokens[index + 1].folded if index + 1 < len(sentence.tokens) else ""
        return not is_passive_participle(following)

    def _has_coordinator(self, sentence: Sentence, indexes: range) -> bool:
        return any(sentence.tokens[i].folded in COORDINATORS and sentence.depths[i] == 0 for i in indexes)

    def _joins_items(self, text: str, sentence: Sentence, first: int, last: int) -> bool:
        """Whether a chunk holds a "ve" between two noun phrases (not adjectives, not a fixed pair)."""
        return any(
            sentence.tokens[i].folded in ITEM_COORDINATORS
            and sentence.depths[i] == 0
            and self._ends_a_list(text, sentence, first, i, last)
            for i in range(first + 1, last)
        )

    def _chunks(self, sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
        """The list cut at commas outside quotes, and at ``yanı sıra`` (``X'in yanı sıra Y``)."""
        chunks, chunk_start = [], start
        for index in range(start + 1, end):
            if "," in sentence.marks[index]:
                chunks.append((chunk_start, index))
                chunk_start = index
            elif additive_at(sentence, index) and index + 2 < end:
                chunks.append((chunk_start, index))
                chunk_start = index + 2
        chunks.append((chunk_start, end))
        return [chunk for chunk in chunks if chunk[0] < chunk[1]]

    def _split(self, text: str, sentence: Sentence, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Items: the chunks, the last one cut at its final coordinator where that ends a list."""
        if not chunks:
            return []
        *leading, (first, last) = chunks
        if any(self._joins_items(text, sentence, *chunk) for chunk in leading):
            return chunks  # "ve" is used inside items: the list is comma-separated throughout
        coordinator = next(
            (
                i
                for i in range(last - 1, first, -1)
                if sentence.tokens[i].folded in COORDINATORS
                and sentence.depths[i] == 0
                and self._ends_a_list(text, sentence, first, i, last)
            ),
            None,
        )
        if coordinator is None:
            return chunks
        return [*leading, (first, coordinator), (coordinator + 1, last)]

    def _ends_a_list(self, text: str, sentence: Sentence, first: int, coordinator: int, last: int) -> bool:
        """Whether the coordinator joins two items, rather than two adjectives of one noun
        (``küresel ve bölgesel meseleler``), the two sides of a relation (``Türkiye ile AB
        arasındaki ilişkiler``) or the halves of a fixed pair (``barış ve istikrar``)."""
        tokens = sentence.tokens
        if is_adjective(self.words, tokens[coordinator - 1]):
            return False
        if self._shares_a_relative_suffix(sentence, first, coordinator, last):
            return False
        if tokens[coordinator].folded == "ile" and any(self.words.has("relation", t) for t in tokens[coordinator:last]):
            return False
        if tokens[coordinator].folded == "ile" and self._comitative_follows(sentence, coordinator, last):
            return False
        window_start, window_end = (
            tokens[max(first, coordinator - 4)].start,
            tokens[min(len(tokens) - 1, coordinator + 4)].end,
        )
        for pair in self.words.pairs.find(text[window_start:window_end]):
            if pair.start <= tokens[coordinator].start - window_start < pair.end:
                return False
        return True

    @staticmethod
    def _shares_a_relative_suffix(sentence: Sentence, first: int, coordinator: int, last: int) -> bool:
        """``Suriye ve Irak'taki gelişmeler``: a bare name before the coordinator shares the
        ``-ki`` of the name after it (suspended affixation), so both name one topic."""
        tokens = sentence.tokens
        before, after = tokens[first:coordinator], tokens[coordinator + 1] if coordinator + 1 < last else None
        if after is None or coordinator + 2 >= last or not after.capitalized:
            return False
        if not (after.stem_end < after.end and after.folded.endswith("ki")):
            return False
        return all(t.capitalized and t.stem_end == t.end and not sentence.depths[i] for i, t in enumerate(before, first))

    def _comitative_follows(self, sentence: Sentence, coordinator: int, last: int) -> bool:
        """``AB ile koordinasyon``, ``Rusya ile daha yakın diyalog``: a noun just after ``ile``
        (only adjectives and ``daha`` between) takes the partner before it: one item. A noun
        between (``X ile savunma iş birliği``) makes ``ile`` the list's coordinator again,
        unless a name stands before ``ile``: a country or body is the partner (``Irak ile
        enerji iş birliği``)."""
        tokens = sentence.tokens
        if tokens[coordinator - 1].capitalized:  # "Irak ile enerji iş birliği": a named partner
            nouns = range(coordinator + 1, last)
        else:
            noun = coordinator + 1
            while noun < last and (tokens[noun].folded in INTENSIFIERS or is_adjective(self.words, tokens[noun])):
                noun += 1
            nouns = range(noun, noun + 1)
        return any(
            self.words.has_phrase("comitative", tokens[noun : noun + size])
            for noun in nouns
            for size in (1, 2)
            if noun + size <= last
        )


def _without_locative(token: Token) -> str:
    """A lower-case word in the locative, without its ending (``ortasında`` → ``ortası``); "" otherwise."""
    word = token.folded
    if token.capitalized or not has_case(word, "loc"):
        return ""
    return word[: len(word) - case_suffix_length(word, "loc")]
