"""Where a list is said: a meeting or a speech noun in the locative is the scene of a list
(``Görüşmede X ele alındı``, ``açıklamasında X'i değerlendirdi``); a meeting in the ablative is
the source of the news (``toplantımızdan X'i aktaracağım``); and a cue in a speech's scene
says what a speaker talked about, not what a meeting covered.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.morphology import (
    ends_in_an_after_consonant,
    has_case,
    is_complement_clause,
    is_first_person_plural,
    is_nominalized_verb,
    is_participle,
    is_passive_participle,
    is_relative_participle,
)
from pipeline.lang.tr.numbers import is_ordinal_word
from pipeline.lang.tr.text import LIST_COORDINATORS
from pipeline.topics.clauses import STATEMENT_QUOTE, Sentence, Token
from pipeline.topics.cues import FoundCue
from pipeline.topics.word_classes import WordClasses


AGENDA_POINT_LOCATIVES = {"maddesinde", "maddelerinde"}  #: "Gündemin 3. maddesinde X görüşüldü"
#: participles that say an event took place ("üç gün süren kampta", "Ankara'da düzenlenen programda")
EVENT_PARTICIPLES = {"süren", "düzenlenen", "gerçekleştirilen", "gerçekleşen"}
MAX_WORDS_TO_VERBAL_NOUN = 4  #: "Genel Kurulda özel oturum düzenlenmesi": words from a locative to its verbal noun
SINCE = {"beri", "itibaren", "sonra", "önce"}  #: "toplantıdan beri": a time after a meeting in the ablative


class SceneReader:
    def __init__(self, words: WordClasses) -> None:
        self.words = words

    def said_in_a_speech(self, sentence: Sentence, start: int, cue: FoundCue) -> bool:
        """``yaptığı açıklamada X'i değerlendirdi``, ``basın brifinginde X'i ele aldı``: when the
        nearest scene before the list is a speech, a finite cue says what a speaker talked
        about, not what a meeting covered. A reported cue (``ele alındığını söyledi``,
        ``görüştüğü bildirildi``) reports a meeting, with the speech as its source. A press
        conference or a court case (``hearing``) is a speech scene with questions asked or parties
        heard: a cue there states what it covered."""
        if cue.cue.names_agenda:
            return False  # "konuşmasında X'i masadaki başlıklar olarak sıraladı": the meeting's agenda, as listed
        verb = sentence.tokens[cue.last - 1].folded
        if is_complement_clause(verb) or is_nominalized_verb(verb) or is_relative_participle(verb):
            return False  # "açıklamada, X'i görüştükleri, ...": reported, as "görüştüğü" is
        tokens = sentence.tokens
        if any(is_first_person_plural(t.folded) for t in tokens[cue.last - 1 :]):
            return False  # "paylaşımda, “X'i değerlendirerek ... görüşme gerçekleştirdik”": the speaker's own meeting
        for index in range(start - 1, -1, -1):
            if any(mark in sentence.marks[index + 1] for mark in (":", STATEMENT_QUOTE)):
                return False  # "açıklamada: “X ele alınmıştır”": the speech quotes the statement's own words
            if not has_case(tokens[index].folded, "loc"):
                continue
            phrases = [tokens[max(0, index - size) : index + 1] for size in (0, 1, 2)]
            if any(self.words.has_phrase("hearing", phrase) for phrase in phrases):
                return False  # "basın toplantısında X'i değerlendirdi", "davada X ele alınacak": what it covered
            if is_passive_relative(tokens, index) and self.words.has("talk", tokens[index]):
                return False  # "X'in ele alındığı söyleşide Y irdelendi": a talk that covered things
            if any(self.words.has_phrase("speech", phrase) for phrase in phrases):
                return True  # "açıklamasında", "basın toplantısında", "basın bilgilendirme toplantısında"
            if self.words.has("setting", tokens[index]):
                return False
        return False

    def is_scene(self, sentence: Sentence, index: int) -> bool:
        """A meeting or speech noun in the locative: ``Görüşmede``, ``toplantısında``, ``açıklamasında``;
        a numbered point of the agenda: ``Gündemin 3. maddesinde``, ``üçüncü maddesinde``."""
        token = sentence.tokens[index]
        if token.folded in AGENDA_POINT_LOCATIVES and index > 0:
            # the agenda's own point, not a law's article ("Kanunun 5. maddesinde yer alan ceza")
            before, owner = sentence.tokens[index - 1], sentence.tokens[index - 2].folded if index > 1 else "gündemin"
            numbered = (before.folded.isdigit() and "." in sentence.marks[index]) or is_ordinal_word(before.folded)
            return numbered and owner == "gündemin"
        kind = "setting" if self.words.has("setting", token) else "speech" if self.words.has("speech", token) else None
        if index > 0 and self.words.has_phrase("speech", sentence.tokens[index - 1 : index + 1]):
            kind = "speech"  # "televizyon programında", "grup toplantısında": a speech named by two words
        if kind is None and index > 0 and sentence.tokens[index - 1].folded in EVENT_PARTICIPLES and not sentence.marks[index]:
            kind = "event"  # "üç gün süren kampta", "dün düzenlenen programda": an event held, the scene
        if kind is None or not (has_case(token.folded, "loc") or self._loanword_locative(token, kind)):
            return False
        # "Zirvesi'nde alınan kararlar": a relative clause inside an item, not the scene
        following = sentence.tokens[index + 1].folded if index + 1 < len(sentence.tokens) else ""
        return not (is_passive_participle(following) or following == "olan")  # "Türkiye'nin gündeminde olan konular"

    def inside_an_item(self, sentence: Sentence, index: int) -> bool:
        """``Toplantıda X'in uzatılması ve bayram dolayısıyla Genel Kurulda özel oturum
        düzenlenmesi görüşülecek``: once the meeting's scene is named, a second one after ``ve``
        in the same chunk, followed closely by a verbal noun, is where an item's action takes
        place (the session is held in the General Assembly), not the meeting's scene."""
        tokens, marks = sentence.tokens, sentence.marks
        before = index - 1
        while before > 0 and not marks[before + 1].strip() and tokens[before].folded not in LIST_COORDINATORS:
            before -= 1
        if before <= 0 or tokens[before].folded not in LIST_COORDINATORS or marks[before + 1].strip():
            return False
        if not any(self.is_scene(sentence, earlier) for earlier in range(before)):
            return False
        for after in range(index + 1, min(len(tokens), index + 1 + MAX_WORDS_TO_VERBAL_NOUN)):
            if marks[after].strip():
                return False
            if is_nominalized_verb(tokens[after].folded) and not tokens[after].capitalized:
                return True
        return False

    def is_source_meeting(self, sentence: Sentence, index: int) -> bool:
        """A meeting noun in the ablative, not inside a relative clause (``komisyonlarından gelecek raporlar``)."""
        token = sentence.tokens[index]
        if not (self.words.has("setting", token) and has_case(token.folded, "abl") and token.stem_end == token.end):
            return False
        following = sentence.tokens[index + 1].folded if index + 1 < len(sentence.tokens) else ""
        if following in SINCE or (following == "bu" and index + 2 < len(sentence.tokens) and sentence.tokens[index + 2].folded == "yana"):
            return False  # "son toplantıdan bu yana kaydedilen ilerleme": since when, inside the item
        return not (is_participle(following) or ends_in_an_after_consonant(following))

    def _loanword_locative(self, token: Token, kind: str) -> bool:
        """``kabulde``: a loanword breaks vowel harmony, so its locative is read off the listed word."""
        word = token.folded
        return word[-2:] in ("da", "de", "ta", "te") and word[:-2] in self.words.by_kind.get(kind, ())


#: the passive of a relative participle: "ele alındığı", "konuşulduğu", "tartışıldığı"
_PASSIVE_RELATIVE = re.compile(r"(?:[ıiuü]l|n)[dt][ıiuü]ğ[ıiuü]$")


def is_passive_relative(tokens: list[Token], index: int) -> bool:
    """A passive relative participle right before ``tokens[index]``."""
    return index > 0 and is_relative_participle(tokens[index - 1].folded) and _PASSIVE_RELATIVE.search(tokens[index - 1].folded) is not None

