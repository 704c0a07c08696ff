"""Agenda items: a list's spans trimmed to the noun phrases that name topics.

``pipeline.topics.agenda`` finds where a list stands and cuts it into spans; this module shapes
each span into an item: particles and manner adverbials at the edges go (``ayrıca``,
``tüm boyutlarıyla``), and so do a shared classifier (``X ve Y konuları``), a wrapper
(``X'e ilişkin başlıklar``), a relative clause that only describes a name (``Lahey'de
düzenlenen NATO Zirvesi``) and the case ending the cue imposes (``X'i görüştü``); an
item that names only the meeting itself (``müzakerelerin ikinci turu``) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.topics.cues import FoundCue
from pipeline.topics.word_classes import WordClasses, is_adjective
from pipeline.topics.clauses import BULLETS, LINE_BULLETS, Sentence, Token
from pipeline.topics.phrases import among_a_set
from pipeline.topics.item_edges import adverb_of_an_action, after_clause_of_the_head, after_clock_time
from pipeline.topics.relative_times import WEEKDAYS, relative_time_at, relative_time_length
from pipeline.topics.item_words import (
    COUNTRY_WORDS, after_parties, after_subject_and_when, after_agency_dateline,
    after_leading_frame, after_opening_scene, names_no_matter, who_is_heard_about, additive_at,
    in_agenda_participle, is_anaphora, is_clause_verb, is_bare_participle,
    is_enumerator, is_quantity, joined_modifiers, says_where, takes_adverbial,
)
from pipeline.lang.tr.morphology import (
    case_suffix_length, ends_softened, has_case, has_compound_head, is_nominalized_verb,
    is_unmistakable_accusative,
)
from pipeline.lang.tr.text import COORDINATORS, INTERROGATIVES
from pipeline.lang.tr.endings import copula_length, ends_in
from pipeline.lang.tr.numbers import is_ordinal_word, number_words

TIME_ADVERBS = {"dün", "bugün", "yarın"}
PARTY_COUNTS = {"iki", "üç"}  #: "iki ülke": the parties, counted
COUNTRY_NOUN = "ülke"  #: "yarın X görüşülecek": when, before the item
#: "ilerleyen günlerde (de) X'in ne zaman çekileceği", "önümüzdeki haftalarda X": a stretch of time to come
#: or just past, before the item, when the time noun after it is in the plural locative
TIME_STRETCH_MODIFIERS = {"ilerleyen", "önümüzdeki", "gelecek", "son", "geçtiğimiz", "geçen"}
PLURAL_LOCATIVES = ("larda", "lerde")
DEGREE_NOUNS = {"oranda", "ölçüde"}  #: "büyük oranda ticaret görüşüldü": how much, not what
#: "daha çok X üzerinde duruldu", "en çok X konuşuldu": which topics weighed most, not a topic's words
DEGREE_ADVERBS = {("daha", "çok"), ("en", "çok")}
#: "kapsamlı şekilde ele alındı", "ilk olarak ele alınacak": an adverb of manner or order
MANNER_NOUNS = {"şekilde", "biçimde", "olarak"}
SCOPE_WORDS = {"çeşitli", "muhtelif", "gündemdeki"}  #: "çeşitli konular": the range of the talks
INTENSIFIERS = {"daha", "en", "çok"}  #: before an adjective: "daha yakın diyalog"
SINGLE_WORDS = {"tek", "yegane", "yegâne"}  #: "tek gündem maddesi": how many, not which
INSTRUMENTAL_POSTPOSITION = "ilgili"  #: "X'le ilgili": its noun in the instrumental
COPULA = "ol"  #: "olduğunu", "olması": the copula of a predicate noun, nominalized
EXAMPLES = "gibi"  #: "X ve Y gibi konular": examples of a class
#: meeting nouns that also name the body that meets ("Belediye Meclisi", "Güvenlik Konseyi")
BODY_NOUNS = {"meclis", "konsey", "komisyon", "kurul", "kabine", "kongre", "komite"}
MAX_UNQUOTED_TITLE = 3  # words of an unquoted "X konulu" title
MAX_ITEM_WORDS = 40  # a longer "item" is a clause the list walk did not stop at


@dataclass(frozen=True, slots=True)
class AgendaItem:
    start: int
    end: int


#: a classifier that names a dispute with the place before it (``Kıbrıs meselesi``), kept
DISPUTE_NOUN = "mesele"


class ItemShaper:
    def __init__(self, words: WordClasses) -> None:
        self.words = words

    def head_of_adjectives(self, sentence: Sentence, first: int, last: int, cue: FoundCue) -> AgendaItem | None:
        """``bölgesel konularda``, ``dünya gündeminin sıcak başlıklarında``: an item ending in an
        adjective takes the cue's classifier as its head, without the locative."""
        tokens = sentence.tokens
        if cue.cue.role != "postposition" or last != cue.first or not self.words.has("generic_head", tokens[last]):
            return None
        if first >= last or not (is_adjective(self.words, tokens[last - 1]) or tokens[last - 1].folded in SCOPE_WORDS):
            return None  # "bölgesel konularda", "çeşitli konularda"
        head = tokens[last]
        return AgendaItem(tokens[first].start, head.end - case_suffix_length(head.folded, "loc"))

    def strip_particles(self, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
        tokens = sentence.tokens
        start = after_agency_dateline(sentence, start)  # "DÜZCE (İHA) – X": where and who reports
        if start == 0 and end > 1 and is_enumerator(sentence):
            start = 1  # "2. Su kaynakları ele alındı": the number of a paragraph in a numbered statement
        while start < end and not adverb_of_an_action(sentence, start, end) and (
            self.words.has("particle", tokens[start]) or tokens[start].folded in COORDINATORS | TIME_ADVERBS
        ):
            if start + 1 < end and is_quantity(tokens, start + 1) and not sentence.marks[start + 1]:
                start += 1  # "bir dizi", "bir kısım": how many, not what
            start += 1  # "ayrıca", "ve", "yarın": no part of the topic
        while start + 1 < end and not sentence.marks[start + 1] and (
            self._is_day(tokens[start], tokens[start + 1]) or tokens[start + 1].folded in DEGREE_NOUNS
            or (tokens[start].folded, tokens[start + 1].folded) in DEGREE_ADVERBS
            or (tokens[start].folded == "bu" and self.words.has("boundary", tokens[start + 1]))
            or relative_time_at(tokens, start, end)
        ):
            # "Salı günü X", "büyük oranda X", "bu çerçevede X", "önümüzdeki salı günü X": when, how much, in what frame
            start += relative_time_length(tokens, start, end) or 2
        start = after_clock_time(sentence, start, end)  # "çarşamba günü saat 11.00'de X": when
        if start + 2 < end and tokens[start].folded in TIME_STRETCH_MODIFIERS and not sentence.marks[start + 1] \
                and tokens[start + 1].folded.endswith(PLURAL_LOCATIVES) \
                and self._is_time_word(_without_plural_locative(tokens[start + 1])) \
                and (self.words.has("particle", tokens[start + 2]) or not takes_adverbial(tokens[start + 2])):
            # (not "son günlerde yaşanan gelişmeler": the participle after it takes the time)
            start += 2  # "ilerleyen günlerde": when
            while start < end - 1 and self.words.has("particle", tokens[start]):
                start += 1  # "de"
        start = after_parties(self.words, sentence, start, end, TIME_ADVERBS)  # "iki ülke X'i", "Orban ile bugün X'i"
        start = after_leading_frame(sentence, start, end, self._is_time_word)
        while end > start and sentence.depths[end - 1] == 0:
            if tokens[end - 1].folded in MANNER_NOUNS and end - 2 > start and not sentence.marks[end - 1]:
                end -= 2  # "ciddi biçimde", "kapsamlı şekilde", "ilk olarak": how or when, not what
                if end - 1 > start and tokens[end].folded == "bir" and not sentence.marks[end]:
                    end -= 1  # "kapsamlı bir şekilde"
                end = joined_modifiers(sentence, start, end)  # "dostça ve verimli bir biçimde"
            elif self.words.has("particle", tokens[end - 1]):
                end -= 1
            elif self._is_manner(tokens[end - 1]):
                end -= 1  # "ikili ilişkiler tüm boyutlarıyla ele alındı": how, not what
                while end > start and self.words.has("generic", tokens[end - 1]):
                    end -= 1
            else:
                break
        return start, end

    def _is_manner(self, token: Token) -> bool:
        return self.words.has("manner", token) and (has_case(token.folded, "ins") or has_case(token.folded, "abl"))

    def case_of_inner_item(self, sentence: Sentence, first: int, last: int, case_of_last: str) -> str:
        """The case of an item before the last: the genitive before ``yanı sıra``; in an object
        list, the accusative where the ending cannot be read otherwise, since an inner item may
        also stand bare (``Kıbrıs sorunu ve X'i görüştü``): ``-(s)I-nI`` (``iş birliğini``), ``-yI`` (``mücadeleyi``), or
        ``-I`` right after an adjective, which forms no compound (``insani durumu``), unless a
        genitive owns the noun (``Türkiye'nin ekonomik durumu``)."""
        if additive_at(sentence, last) or case_of_last == "gen" and has_case(sentence.tokens[last - 1].folded, "gen"):
            return "gen"  # "X'in yanı sıra", "projenin ve Y'nin gündeme alınması": owners of what follows
        if case_of_last != "acc":
            return "apostrophe"
        tokens = sentence.tokens
        word = tokens[last - 1].folded
        if is_unmistakable_accusative(word):
            return "acc"
        after_adjective = last - 2 >= first and is_adjective(self.words, tokens[last - 2])
        owned = any(has_case(t.folded, "gen") for t in tokens[first : last - 1])
        if owned and word[-2:] in ("nı", "ni", "nu", "nü") and has_case(word, "acc"):
            return "acc"  # "inşaatının seyrini": a possessed noun takes -nI in the accusative
        return "acc" if after_adjective and not owned and has_case(word, "acc") else "apostrophe"

    def case_of_last_item(self, sentence: Sentence, cue: FoundCue) -> str:
        if cue.cue.case == "object":
            return "acc"
        if cue.cue.case == "dative":
            return "dat"
        if cue.cue.case == "instrumental":
            return "ins"
        if cue.cue.case == "genitive":
            return "gen"
        if cue.cue.case == "copula":
            return "cop"
        if cue.cue.case == "subject" and is_nominalized_verb(sentence.tokens[cue.last - 1].folded):
            return "gen"
        following = sentence.tokens[cue.last] if cue.last < len(sentence.tokens) else None
        if cue.cue.case == "subject" and following and following.folded.startswith(COPULA) and is_nominalized_verb(following.folded):
            return "gen"  # "X'in de ana konularından biri olacağını": the subject of a nominalized predicate
        return "apostrophe"

    def trim(self, sentence: Sentence, first: int, last: int, case: str, in_list: bool) -> AgendaItem | None:
        first, last = self.strip_particles(sentence, first, last)
        first = after_opening_scene(sentence, first, last)  # "Valilikte X görüşüldü": where, before the item
        first = after_subject_and_when(self.words, sentence, first, last, TIME_ADVERBS)  # "Kabine bugün X'i görüşecek"
        tokens = sentence.tokens
        about = who_is_heard_about(self.words, tokens, first, last) if case == "acc" else None
        if about is not None:
            last, case = about, "apostrophe"  # "X hakkında oda başkanlarını dinledi"
        example_end = self._examples_end(sentence, first, last)
        if example_end is not None:
            last, case = example_end, "apostrophe"
        wrapper = self._wrapper_start(sentence, first, last)
        if wrapper is not None:
            # "X'e ilişkin başlıklar": the wrapper goes, and the case it governs with it
            case = "dat" if self.words.has("dative_postposition", tokens[wrapper]) else "apostrophe"
            case = "ins" if tokens[wrapper].folded == INSTRUMENTAL_POSTPOSITION else case  # "sağlıkla ilgili konular"
            # "X ile ilgili konular": the written-apart instrumental goes with its postposition
            last = wrapper - (case == "ins" and wrapper - first >= 2 and tokens[wrapper - 1].folded == "ile")
        elif (
            in_list
            and not (last < len(tokens) and tokens[last].folded == "ile")  # "X ve Y konuları ile Z": its own classifier
            and last - first >= 2
            and self.words.has("generic_head", tokens[last - 1])
            and (
                has_compound_head(tokens[last - 1].folded, plural=True)
                # "Libya ve İran konusu": a singular classifier after a name is shared by the list too
                # ("Kıbrıs meselesi" names a dispute)
                or (has_compound_head(tokens[last - 1].folded) and tokens[last - 2].capitalized and last - 2 > 0
                    and not tokens[last - 1].folded.startswith(DISPUTE_NOUN))
            )
            and not is_adjective(self.words, tokens[last - 2])
            and not ends_in(tokens[last - 2].folded, "with")  # "zorlu konular": -lI, an adjective too
            and not tokens[last - 2].folded.endswith("ki")  # "iki ülke arasındaki konular": a head noun
        ):
            last -= 1  # "X, Y ve Z konuları": the plural classifier of the whole list (not "su meselesi")
            case = "apostrophe"
        elif (
            last - first >= 2
            and self.words.has("generic_head", tokens[last - 1])
            and (is_nominalized_verb(tokens[last - 2].folded) or self._named_case(tokens, last))
        ):
            last -= 1  # "ilişkilerin geliştirilmesi konusu", "Ukrayna konusu": a classifier after a verbal noun or a name adds nothing
            case = "apostrophe"
        if (
            first >= last
            or last - first > MAX_ITEM_WORDS
            or all(self._says_nothing(t) or in_agenda_participle(tokens, i) or is_quantity(tokens, i) for i, t in enumerate(tokens[first:last], first))
            and not self._current_matters(tokens[first:last])
        ):
            return None
        if names_no_matter(self.words, tokens[first:last], SCOPE_WORDS):
            return None  # "tartışma", "TBMM'de bir kanun teklifi", "çözüme kavuşturmak amacıyla"
        if last - first == 1 and case != "gen" and has_case(tokens[first].folded, "gen"):
            return None  # "Çalışmanın": an owner without the noun it owns names nothing
        if last - first == 1 and is_bare_participle(tokens[first]):
            return None  # "düzenlenen": a relative clause's verb without the noun it describes
        if is_clause_verb(tokens[last - 1]) and not any(t.folded in INTERROGATIVES for t in tokens[first:last]):
            return None  # "fiyatların düşeceği konuşuluyor": a claim; "fiyatların nasıl düşeceği" asks, a matter
        if is_anaphora(tokens[first:last]) or says_where(tokens[first:last]):
            return None  # "bu durum": named elsewhere; "X'in ifadelerinde", "gerçekleşmesi": a frame, a verb alone
        if any(self.words.has("procedure", t) for t in tokens[first:last]):
            return None  # "önceki tutanağın oylanması": the meeting's own procedure, not a topic of it
        if self.words.has("round", tokens[last - 1]) or (
            self._names_only_a_meeting(tokens[first:last]) and not self._common_noun_heading(sentence, first, last)
        ):
            return None  # "müzakerelerin ikinci turunu değerlendirdi", "Ocak ayı toplantısı": the talks, not their topic
        first = after_clause_of_the_head(sentence, first, last)  # "toplanan son NATO Zirvesi"
        first = self._after_classifying_clause(sentence, first, last)
        end_token = tokens[last - 1]
        end = end_token.end
        if end_token.stem_end < end_token.end:
            end = end_token.stem_end  # a suffix after an apostrophe is never part of the topic
        elif case == "cop":
            end -= copula_length(end_token.folded)  # "enerji güvenliğiydi": the copula closes the predicate
        elif case in ("acc", "dat", "gen", "ins", "abl") and (
            not end_token.capitalized or last == 1 or self._possessed_title(tokens, first, last)
        ):
            # a name's case follows an apostrophe, except on the possessed head of a title ("Kanun Tasarısını");
            # the first word of a sentence is capitalized as any word is ("Bütçenin görüşülmesi")
            ending = case_suffix_length(end_token.folded, case)
            if not ends_softened(end_token.folded[: len(end_token.folded) - ending]):
                end -= ending  # "balıkçılığı" stays whole: "balıkçılığ" is no word, "balıkçılık" not in the text
        return AgendaItem(tokens[first].start, end)

    def _is_day(self, name: Token, day: Token) -> bool:
        """``Salı günü``, ``Cuma akşamı``: a weekday and its time noun, said before the topic."""
        return name.folded in WEEKDAYS and self._is_time_word(day)

    def _says_nothing(self, token: Token) -> bool:
        """``dört gündem maddesi``, ``en önemli konuları``, ``üçüncü görüşmesi``: generic words, numbers,
        ordinals and intensifiers only."""
        word = token.folded
        return (
            self.words.is_generic(token) or word.isdigit() or word in number_words() or is_ordinal_word(word)
            or word in INTENSIFIERS or word in SINGLE_WORDS
        )

    def counted_entrants(self, sentence: Sentence, last: int) -> bool:
        """``X, Y ve Z ödülleri için toplam 412 aday değerlendirildi``: a list that ends in a number
        of candidates or entries weighed one by one is a selection among them, no agenda."""
        tokens = sentence.tokens
        counted = tokens[last - 2].folded if last >= 2 else ""
        return self.words.has("entrant", tokens[last - 1]) and (counted.isdigit() or counted in number_words())

    def _current_matters(self, tokens: list[Token]) -> bool:
        """``çeşitli konular``, ``gündemdeki konular``: vague, but what the meeting covered, as
        the annotators mark it (not ``önemli konular``, ``bu konular``: a judgement, a pointer)."""
        return len(tokens) == 2 and tokens[0].folded in SCOPE_WORDS and self.words.has("generic_head", tokens[1])

    def _names_only_a_meeting(self, tokens: list[Token]) -> bool:
        """``Belediye Meclisi'nin Mart ayı toplantısı``, ``Toplantı``: a meeting named by its body
        and date, or a time alone (``bugün saat 16.00``); ``X ile Y arasındaki görüşme`` says
        more, and stays."""
        if all(self._is_time_word(t) or t.folded.isdigit() for t in tokens):
            return True
        *before, head = tokens
        if not before:
            return self.words.has("setting", head) and head.stem_end == head.end
        if before[-1].capitalized and before[-1].folded in COUNTRY_WORDS:
            return False  # "BM Genel Kurulu Suriye toplantısı": a meeting on a country's matter
        if any(t.stem_end < t.end and t.folded.endswith("ki") for t in before):
            return False  # "Kafkasya'daki barış görüşmeleri": talks held there, a topic of this meeting
        return self.words.has("setting", head) and all(
            t.capitalized or t.folded.isdigit() or self._is_time_word(t) or self.words.is_generic(t) for t in before
        )

    def _common_noun_heading(self, sentence: Sentence, first: int, last: int) -> bool:
        """``Bütçe görüşmeleri``, ``- Yol çalışmaları``: one word before a meeting noun, capitalized
        only as the first word of a sentence, a list entry or a line, names what is talked about
        (``Kabine toplantısı``: a body's meeting, and no topic)."""
        word, head = sentence.tokens[first], sentence.tokens[last - 1]
        if head.key in BODY_NOUNS:
            return False  # "Belediye Meclisi": a body, named by what it governs
        opens_entry = first == 0 or any(mark in sentence.marks[first] for mark in ":\n" + BULLETS + LINE_BULLETS)
        return last - first == 2 and opens_entry and word.stem_end == word.end and not (
            self.words.has("setting", word) or self.words.has("participant", word) or word.folded in COUNTRY_WORDS
        )

    def _is_time_word(self, token: Token) -> bool:
        """``ay``, ``ayı`` (``Mart ayı``): a time word, bare or as the head of a compound."""
        time_words = self.words.by_kind.get("time", ())
        word = token.folded
        return word in time_words or (word[-1:] in "ıiuü" and word[:-1] in time_words)

    @staticmethod
    def _named_case(tokens: list[Token], last: int) -> bool:
        """``Ukrayna konusu``: a singular classifier right after a bare name (not the first word of the
        sentence) only says that the name is a matter (``Teklifinin maddeleri`` names its parts);
        ``Kıbrıs meselesi`` is the name of a dispute, as ``Filistin sorunu`` is."""
        name, head = tokens[last - 2], tokens[last - 1].folded
        if last - 2 == 0 or not name.capitalized or name.stem_end < name.end or has_case(name.folded, "gen") \
                or head.startswith(DISPUTE_NOUN):
            return False
        return has_compound_head(head) and not has_compound_head(head, plural=True)

    @staticmethod
    def _possessed_title(tokens: list[Token], first: int, last: int) -> bool:
        return last - first >= 2 and has_compound_head(tokens[last - 1].folded) and tokens[last - 2].capitalized

    def _after_classifying_clause(self, sentence: Sentence, first: int, last: int) -> int:
        """``toplantının en önemli konularından biri olan X``, ``gündem maddeleri arasında yer alan
        X``, ``gündeme alınan X``: the clause only says that X is on the agenda; X is the topic."""
        tokens = sentence.tokens
        if last - first > 2 and in_agenda_participle(tokens, first) and in_agenda_participle(tokens, first + 1):
            return first + 2
        among = next((i for i in range(first + 2, last - 1) if tokens[i].folded == "arasında" and among_a_set(sentence, i)), None)
        if among is not None:
            return among + 1  # "X Müdürlüğü'nün teklifleri arasında Y": the set Y belongs to
        for index in range(first + 2, last - 1):
            if tokens[index].folded == "olan" and tokens[index - 1].folded in ("bir", "biri"):
                owner = tokens[index - 2]
                if self.words.has("generic_head", owner) and has_case(owner.folded, "abl"):
                    return index + 1
            if tokens[index].folded == "alan" and tokens[index - 1].folded == "yer" and index - 3 >= first:
                if tokens[index - 2].folded == "arasında" and self.words.has("generic_head", tokens[index - 3]):
                    return index + 1
        return first

    def _examples_end(self, sentence: Sentence, first: int, last: int) -> int | None:
        """``Gazze ve Venezuela gibi bölgesel meseleler``, ``X gibi konularda kaydedilen
        ilerlemeler``: examples before ``gibi`` and a vague classifier after it: the examples
        are the topics (``gibi toplu ulaşım araçları`` names one, and stays)."""
        tokens = sentence.tokens
        for index in range(first + 1, last - 1):
            if tokens[index].folded != EXAMPLES or sentence.depths[index]:
                continue
            after = index + 1
            while after < last and (
                is_adjective(self.words, tokens[after]) or tokens[after].folded in COORDINATORS or self.words.is_generic(tokens[after])
                and not self.words.has("generic_head", tokens[after])
            ):
                after += 1
            if after < last and self.words.has("generic_head", tokens[after]):
                return index
        return None

    def _wrapper_start(self, sentence: Sentence, first: int, last: int) -> int | None:
        """Where ``ilişkin başlıklar``, ``kadar çok sayıda konu`` starts at the end of an item:
        a postposition followed by vague words, among them a classifier noun."""
        tokens = sentence.tokens
        index = last
        while index > first and self.words.is_generic(tokens[index - 1]) and not self._postposition(tokens[index - 1]):
            index -= 1
        has_head = any(self.words.has("generic_head", t) for t in tokens[index:last])
        return index - 1 if has_head and index - 1 > first and self._postposition(tokens[index - 1]) else None

    def _postposition(self, token: Token) -> bool:
        return self.words.has("postposition", token) or self.words.has("dative_postposition", token)

    def title(self, sentence: Sentence, start: int, end: int) -> list[AgendaItem]:
        """``“X” konulu``: the quoted title, or a few uninflected words before the cue."""
        last = end - 1
        if sentence.depths[last] > 0:
            first = last
            while first > start and sentence.depths[first - 1] > 0:
                first -= 1
            return [AgendaItem(sentence.tokens[first].start, sentence.tokens[last].end)]
        first = last
        while first > max(start, last - MAX_UNQUOTED_TITLE + 1) and not sentence.marks[first]:
            previous = sentence.tokens[first - 1]
            if previous.stem_end < previous.end or any(has_case(previous.folded, c) for c in ("loc", "abl", "dat")):
                break
            first -= 1
        return [AgendaItem(sentence.tokens[first].start, sentence.tokens[last].end)]



def _without_plural_locative(token: Token) -> Token:
    """``günlerde`` read as ``gün``: the time noun of a plural locative."""
    return token._replace(folded=token.folded[: -len(PLURAL_LOCATIVES[0])])
