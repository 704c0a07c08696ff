"""The end of a list before its cue: what stands between the last item and the cue verb
and names no topic.

``tezkere önceki gün Genel Kurul'da görüşüldü`` (where and when), ``X de kabine
toplantısında masaya yatırılacak`` (the meeting), ``X de toplantının en önemli gündem
maddelerinden biri`` (whose agenda), ``X de kabinede görüşülecek konular arasında`` (a
relative clause of the predicate noun): the list ends before them.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.morphology import case_suffix_length, has_case, is_participle, is_passive_participle
from pipeline.lang.tr.endings import ends_in
from pipeline.lang.tr.numbers import number_words
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.word_classes import WordClasses, is_adjective
from pipeline.topics.items import INTENSIFIERS
from pipeline.topics.phrases import BEFORE_AFTER


#: The minutes of an hour in the locative, as tokenized (``16.00'da`` -> ``16``, ``00da``).
CLOCK_LOCATIVE = re.compile(r"^\d+['’]?[dt][ae]$")
#: Ordinals of a round of talks, between the topic in the genitive and the cue.
ORDINALS = {"ilk", "ikinci", "üçüncü", "son"}
#: The first words of cue phrases (``ele al-``, ``gözden geçir-``, ``masaya yatır-``).
VERB_COMPLEMENTS = {"ele", "gözden", "masaya", "gündeme", "karara", "üzerinde"}
#: Words between a place's "-ki" and the talks it places ("Sudan'daki yeni barış görüşmeleri").
MAX_TALKS_MODIFIERS = 2
#: The ablative after a third-person possessive (``arasından``): the head of a compound.
POSSESSED_ABLATIVE = re.compile(r"[ıiuü]nd[ae]n$")
#: An agenda noun with a possessive (``gündemine``, ``gündeminde``): the body before it owns it.
OWNED_AGENDA = re.compile(r"^gündem(?:ler)?i(?:n|ne|nde|ni)?$")


#: "the next one" before a meeting in the locative ("bir sonraki mecliste"): which meeting, no topic
NEXT_ONE = {"sonraki", "dahaki"}
#: a time said as an adjective of the meeting after it: "nisan ayındaki", "gelecek haftaki", "bu yılki"
_TIME_ADJECTIVE = re.compile(r"(?:ay(?:ın)?daki|hafta(?:ki|daki)|yıl(?:ki|ındaki)|gün(?:kü|ündeki)|akşamki|sabahki)$")


class ListEndTrimmer:
    def __init__(self, words: WordClasses) -> None:
        self.words = words

    def strip(self, sentence: Sentence, start: int, end: int) -> int:
        """``tezkere, önceki gün Genel Kurul'da görüşüldü``: where and when, said last, are no topic."""
        tokens = sentence.tokens
        end = self._before_agenda_owner(sentence, start, end)
        while end > start:
            last = tokens[end - 1]
            if last.capitalized and last.stem_end < last.end and has_case(last.folded, "loc"):
                end -= 1
                while end > start and sentence.marks[end].strip() in ("", ".") and (
                    tokens[end - 1].capitalized
                    or (tokens[end - 1].folded == "ve" and end - 2 >= start and tokens[end - 2].capitalized)
                    or self._is_date_word(tokens[end - 1])
                ):
                    end -= 1  # the rest of the name: "Genel Kurul'da", "Meclisin Kasım ayı 3. Birleşimi'nde"
            elif (time := _relative_time_start(sentence, start, end)) is not None:
                end = time  # "öğle arasından sonra görüşüldü": when, not what
            elif _TIME_ADJECTIVE.search(last.folded) and not sentence.marks[end]:
                end -= 1  # "teklifin nisan ayındaki oturumda görüşülmesi": which session, not what
            elif self._participle_at_end(sentence, start, end) is not None:
                end = self._participle_at_end(sentence, start, end)
            elif self._is_meeting_scene(sentence, start, end):
                end = self._before_meeting_scene(sentence, start, end)
            elif self.words.has("time", last) and not sentence.marks[end]:
                end -= 1
            elif last.folded in ORDINALS and end - 1 > start and has_case(tokens[end - 2].folded, "gen"):
                end -= 1  # "teklifin ilk görüşmeleri yapılacak": which round of talks, not the topic
            elif self._clock_time_start(sentence, start, end) is not None:
                end = self._clock_time_start(sentence, start, end)  # "saat 16.00'da görüşülecek": when, not what
            elif self._is_time_noun(_without_locative(last)):
                end -= 1  # "Kasım ayında görüşülecek": when, not what
                while end > start and tokens[end - 1].folded.isdigit() and not sentence.marks[end]:
                    end -= 1  # "2029 yılında"
            elif end - 2 > start and last.folded == "ve" and self.words.has("time", tokens[end - 2]) \
                    and self.words.has("time", tokens[end]) and not any(m.strip() for m in sentence.marks[end - 1 : end + 1]):
                end -= 2  # "nisan ve mayıs aylarında": a month joined to the time cut off after it, when too
            elif end - 1 > start and not sentence.marks[end - 1] and self._is_time_position(tokens[end - 2], last):
                end -= 2  # "Kasım ayı ortasında", "hafta sonunda": a part of a time span
            else:
                return end
        return end

    def _before_agenda_owner(self, sentence: Sentence, start: int, end: int) -> int:
        """``X Genel Kurul gündemine alınacak``, ``X Kabine gündeminde``: the body's name in front
        of the possessed agenda noun owns the agenda, it is no word of the last item."""
        tokens = sentence.tokens
        if end >= len(tokens) or not OWNED_AGENDA.match(tokens[end].folded) or sentence.marks[end]:
            return end
        last = tokens[end - 1]
        if not (last.capitalized and last.stem_end == last.end and self.words.has("setting", last)):
            return end
        end -= 1
        while end > start and tokens[end - 1].capitalized and tokens[end - 1].stem_end == tokens[end - 1].end and not sentence.marks[end]:
            end -= 1  # the rest of the name: "Genel Kurul", "Güvenlik Konseyi"
        return end

    def _participle_at_end(self, sentence: Sentence, start: int, end: int) -> int | None:
        """``X de kabinede görüşülecek önemli konular arasında``: a relative clause of the
        predicate noun, after the list (a list itself ends in a noun): where it starts."""
        tokens = sentence.tokens
        index = end - 1
        while index > start and self._is_predicate_word(tokens[index]) and not sentence.marks[index + 1]:
            index -= 1
        if self._is_bare_participle(tokens[index]) and not sentence.marks[index + 1]:
            while index > start and tokens[index - 1].folded in VERB_COMPLEMENTS and not sentence.marks[index]:
                index -= 1  # "ele alınan konular arasında": the participle of a cue phrase
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
        if sentence.marks[index + 1]:
            return False
        if has_case(token.folded, "gen"):  # "kabinenin (en önemli gündem maddesi)", "iki liderin gündeminde"
            if self._talks_elsewhere(sentence, start, index, end):
                return False  # "Kafkasya'daki yeni görüşmelerin ele alınması": talks held elsewhere, a topic
            return self.words.has("setting", token) or self.words.has("participant", token)
        return (
            index == end - 1
            and self.words.has("setting", token)
            and has_case(token.folded, "loc")
            and not is_passive_participle(token.folded)
        )

    def _talks_elsewhere(self, sentence: Sentence, start: int, index: int, end: int) -> bool:
        """``Kafkasya'daki yeni müzakerelerin ele alınması``, ``Sudan'daki barış görüşmelerinin``:
        a meeting noun in the genitive right before a cue phrase (no agenda noun it owns), after a
        place's ``-ki`` (with an adjective or a noun of a compound between), names talks held
        there, the subject of the cue, not the meeting's scene."""
        tokens = sentence.tokens
        if index != end - 1 or end >= len(tokens) or tokens[end].folded not in VERB_COMPLEMENTS - {"gündeme"}:
            return False
        for before in range(index - 1, max(start, index - 1 - MAX_TALKS_MODIFIERS) - 1, -1):
            place = tokens[before]
            if sentence.marks[before + 1]:
                return False
            if place.stem_end < place.end:
                return place.folded.endswith("ki")
            if is_adjective(self.words, place) or self.words.is_generic(place):
                continue  # "yeni", "önemli"
            if place.capitalized or any(has_case(place.folded, case) for case in ("gen", "acc", "dat", "loc", "abl", "ins")):
                return False
        return False

    def _is_predicate_word(self, token: Token) -> bool:
        return self.words.has("generic", token) or self.words.has("generic_head", token) or token.folded in INTENSIFIERS

    def _before_meeting_scene(self, sentence: Sentence, start: int, end: int) -> int:
        tokens = sentence.tokens
        index = end - 1
        while not (self.words.has("setting", tokens[index]) or self.words.has("participant", tokens[index])):
            index -= 1
        # the meeting's own name or kind before it: "kabine toplantısında", "MGK toplantısının"
        scene = has_case(tokens[index].folded, "loc")  # "yetkili kurullarda": where, with its adjective
        while index > start and not sentence.marks[index] and self._names_the_meeting(tokens[index - 1], scene):
            index -= 1
        return index

    def _names_the_meeting(self, token: Token, scene: bool = False) -> bool:
        word = token.folded
        # "kabine" as listed is bare, though it ends like a dative
        bare = word in self.words.by_kind.get("setting", ()) or not any(has_case(word, case) for case in ("gen", "acc", "dat", "loc", "abl", "ins"))
        if token.folded.isdigit() or token.folded in number_words():
            return True  # "2 liderin gündeminde", "iki liderin gündeminde"
        if self._is_date_word(token):
            return True  # "Meclisin Kasım ayı toplantısında"
        if scene and not token.capitalized and ends_in(word, "with") and word.endswith(("li", "lı", "lu", "lü")):
            return True  # "yetkili kurullarda", "ilgili toplantıda": an adjective of the meeting
        if scene and word in NEXT_ONE:
            return True  # "bir sonraki mecliste", "bir dahaki oturumda": which meeting, with its "bir"
        return token.capitalized or (bare and (self.words.has("setting", token) or self.words.has("generic", token)))

    def _is_date_word(self, token: Token) -> bool:
        """``ayı`` (``Kasım ayı``), ``3`` (``3. Birleşim``): a time noun or a number inside a meeting's name."""
        return token.folded.isdigit() or self._is_time_noun(token.folded)

    def _clock_time_start(self, sentence: Sentence, start: int, end: int) -> int | None:
        """``saat 16.00'da`` (tokens ``saat``, ``16``, ``00da``): an hour in the locative after
        ``saat``; where it starts."""
        tokens = sentence.tokens
        if not CLOCK_LOCATIVE.match(tokens[end - 1].folded):
            return None
        index = end - 1
        while index > start and tokens[index - 1].folded.isdigit() and sentence.marks[index].strip() in ("", ".", ":"):
            index -= 1  # "16.00": the hour and its minutes
        if index > start and self.words.has("time", tokens[index - 1]) and not sentence.marks[index]:
            return index - 1
        return None

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

def _without_locative(token: Token) -> str:
    """A lower-case word in the locative, without its ending (``ortasında`` → ``ortası``); "" otherwise."""
    word = token.folded
    if token.capitalized or not has_case(word, "loc"):
        return ""
    return word[: len(word) - case_suffix_length(word, "loc")]


def _relative_time_start(sentence: Sentence, start: int, end: int) -> int | None:
    """``toplantıdan sonra``, ``öğle arasından önce``: a noun in the ablative with ``sonra`` or
    ``önce`` says when; where it starts (a possessed head takes the bare noun before it)."""
    tokens = sentence.tokens
    if end - 2 < start or tokens[end - 1].folded not in BEFORE_AFTER or sentence.marks[end - 1].strip():
        return None
    noun = tokens[end - 2]
    if not has_case(noun.folded, "abl"):
        return None
    index = end - 2
    modifier = tokens[index - 1] if index - 1 >= start and not sentence.marks[index].strip() else None
    if modifier is not None and noun.stem_end == noun.end and POSSESSED_ABLATIVE.search(noun.folded) and _is_bare(modifier):
        index -= 1  # "öğle arasından": the compound's first noun
    return index


def _is_bare(token: Token) -> bool:
    return not token.capitalized and not any(has_case(token.folded, case) for case in ("gen", "acc", "dat", "loc", "abl", "ins"))
