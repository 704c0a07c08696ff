"""Cutting a list into items: at commas outside quotes, at ``yanı sıra`` and ``hem de``,
and at its final coordinator, unless that ``ve``/``ile`` joins two adjectives (``küresel
ve bölgesel meseleler``), the sides of a relation (``Türkiye ile AB arasındaki ilişkiler``),
a fixed pair (``barış ve istikrar``), a partner and the noun that takes it (``AB ile
koordinasyon``) or the words of one title (``Plan ve Bütçe Komisyonu``), or the items already
use ``ve`` inside them.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.morphology import has_case, has_compound_head, is_nominalized_verb, is_participle
from pipeline.lang.tr.text import COORDINATORS, LIST_COORDINATORS
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.phrases import ADJECTIVAL_POSTPOSITIONS, head_after_comma, is_adverbial_locative
from pipeline.topics.word_classes import WordClasses, is_adjective
from pipeline.topics.items import INTENSIFIERS
from pipeline.topics.item_words import COUNTRY_WORDS, additive_at, additive_length, both_at
from pipeline.topics.inside_items import BETWEEN, among_sides_of_between

#: Items are joined by ``LIST_COORDINATORS``; "ile" also joins the two sides of a relation
#: ("Türkiye ile AB arasındaki ilişkiler").
FIELD_NOUNS = ("alanlarında", "alanlarındaki", "sektörlerinde", "sektörlerindeki")  #: shared by a list before them
MAX_FIELD_NAME_WORDS = 3
TITLE_CASES = ("loc", "dat", "abl")  #: "Bazı Kanunlarda Değişiklik": a case inside a capitalized run makes it a title
MAX_MANNER_WORDS = 2  #: words of one noun in "azim, kararlılık ve başarıyla yürütülen"
LIGHT_VERB_STEMS = ("edil", "ed", "olun", "yapıl")  #: "icra edilen": a noun and a light verb make one verb
CONNECTOR_END = ("olmak", "üzere")  #: "başta olmak üzere", "dahil olmak üzere"
BETWEEN_SIDE_WORDS = 3  #: words of the second side ("Körfez İşbirliği Konseyi arasındaki")
RANGE_END = "kadar"  #: "X'ten Y'ye kadar pek çok konu": X and Y, the two ends of a range of examples


def _in_capitals(text: str, token: Token) -> bool:
    return text[token.start : token.stem_end].isupper()


class ListSplitter:
    def __init__(self, words: WordClasses) -> None:
        self.words = words

    def _joins_items(self, text: str, sentence: Sentence, first: int, last: int) -> bool:
        """Whether a chunk holds a "ve" between two noun phrases (not adjectives, not a fixed pair)."""
        return any(
            sentence.tokens[i].folded in LIST_COORDINATORS
            and sentence.depths[i] == 0
            and self._ends_a_list(text, sentence, first, i, last)
            for i in range(first + 1, last)
        )

    def chunks(self, text: str, sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
        """The list cut at commas outside quotes and titles, at ``yanı sıra`` (``X'in yanı sıra Y``) and at
        ``hem de`` (``hem X hem de Y``)."""
        chunks, chunk_start = [], start
        for index in range(start + 1, end):
            if "," in sentence.marks[index] and not (
                self._comma_inside_a_title(text, sentence, index, end)
                or _inside_a_manner_list(sentence, index, end)
                or head_after_comma(sentence, index, end)
                or self._between_adjectives(sentence, index)
                or _after_connector(sentence, index)
                or among_sides_of_between(sentence, index, end)
            ):
                chunks.append((chunk_start, index))
                chunk_start = index
            elif (additive_at(sentence, index) or both_at(sentence, index)) and index + (additive_length(sentence, index) or 2) < end:
                chunks.append((chunk_start, index))
                chunk_start = index + (additive_length(sentence, index) or 2)  # "X'in yanı sıra Y", "hem X hem de Y"
        chunks.append((chunk_start, end))
        return [chunk for chunk in chunks if chunk[0] < chunk[1]]

    def _between_adjectives(self, sentence: Sentence, comma: int) -> bool:
        """``siyasi, ekonomik ve kültürel ilişkiler``: adjectives in a row share the noun after them."""
        before, after = sentence.tokens[comma - 1], sentence.tokens[comma]
        return not after.capitalized and is_adjective(self.words, before) and is_adjective(self.words, after)

    def split(self, text: str, sentence: Sentence, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Items: the chunks, the last one cut at its final coordinator where that ends a list."""
        if not chunks:
            return []
        *leading, (first, last) = chunks
        if leading and self._shares_a_field_noun(sentence, chunks):
            return [(chunks[0][0], last)]  # "enerji, ulaştırma ve turizm alanlarında iş birliği": one topic
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
        spans = chunks if coordinator is None else [*leading, (first, coordinator), (coordinator + 1, last)]
        *inner, final = spans
        return [*(piece for span in inner for piece in self._at_inner_ile(text, sentence, *span)), final]

    def _at_inner_ile(self, text: str, sentence: Sentence, first: int, last: int) -> list[tuple[int, int]]:
        """``X gerilimi ile Y, Z ve W``, ``şikâyetleri ile kırsal yollar ve X``: an item before a
        later comma or coordinator that holds ``ile`` after a possessed or plural common noun (the
        head of a noun phrase; no adjective, owner or verbal noun) is two items, unless ``ile``
        joins the sides of a relation or a partner and its noun (``Türkiye ile AB arasındaki
        ilişkiler``, ``bölge ülkeleri ile iş birliği``)."""
        tokens = sentence.tokens
        for index in range(last - 2, first, -1):
            before = tokens[index - 1]
            if tokens[index].folded != "ile" or sentence.depths[index] or sentence.marks[index].strip():
                continue
            if before.capitalized or before.stem_end < before.end or _is_owner(before) or has_case(before.folded, "gen"):
                continue
            if not (has_compound_head(before.folded) or before.folded.endswith(("lar", "ler"))):
                continue
            if is_nominalized_verb(before.folded):
                continue  # "X'in sona erdirilmesi ile Y'nin güçlendirilmesine yönelik": two verbal nouns of one frame
            if self._ends_a_list(text, sentence, first, index, last):
                return [(first, index), (index + 1, last)]
        return [(first, last)]

    def range_list(self, sentence: Sentence, start: int, end: int) -> bool:
        """``ekonomiden eğitime kadar pek çok konu``: a dative, ``kadar`` and a vague class after
        it (a quantifier first): the words before name examples, the ends of a range."""
        tokens = sentence.tokens
        return any(
            tokens[i].folded == RANGE_END
            and has_case(tokens[i - 1].folded, "dat")
            and self.words.is_generic(tokens[i + 1])
            and not self.words.has("generic_head", tokens[i + 1])
            and self._is_vague_class(tokens[i + 1 : end])
            for i in range(start + 1, end - 1)
        )

    def _is_vague_class(self, tokens: list[Token]) -> bool:
        """``pek çok ekonomik çalışma``: quantifiers, adjectives and one noun at most."""
        nouns = [t for t in tokens if not (self.words.is_generic(t) or is_adjective(self.words, t))]
        return len(nouns) <= 1

    def range_items(self, sentence: Sentence, first: int, last: int) -> list[tuple[int, int, str]] | None:
        """A span of a range list cut at its ablative (``enerjiden savunmaya``): the two ends,
        each with the case to trim, the class after ``kadar`` dropped; None if no range."""
        tokens = sentence.tokens
        source = next((i for i in range(first, last - 1) if self._range_start(sentence, i)), None)
        if source is None:
            return None
        target = next((i - 1 for i in range(source + 2, last) if tokens[i].folded == RANGE_END), last - 1)
        if not has_case(tokens[target].folded, "dat"):
            return None
        return [(first, source + 1, "abl"), (source + 1, target + 1, "dat")]

    def _range_start(self, sentence: Sentence, index: int) -> bool:
        token = sentence.tokens[index]
        return (
            has_case(token.folded, "abl")
            and sentence.depths[index] == 0
            and not sentence.marks[index + 1].strip()
            and not self.words.has("setting", token)
        )

    @staticmethod
    def _shares_a_field_noun(sentence: Sentence, chunks: list[tuple[int, int]]) -> bool:
        """Short chunks before ``X alanlarında ...``: the plural field noun is shared by all of them."""
        *leading, (first, last) = chunks
        if any(end - start > MAX_FIELD_NAME_WORDS for start, end in leading):
            return False
        return any(t.folded.startswith(FIELD_NOUNS) for t in sentence.tokens[first + 1 : last])

    def _ends_a_list(self, text: str, sentence: Sentence, first: int, coordinator: int, last: int) -> bool:
        """Whether the coordinator joins two items, rather than two adjectives of one noun
        (``küresel ve bölgesel meseleler``), the two sides of a relation (``Türkiye ile AB
        arasındaki ilişkiler``) or the halves of a fixed pair (``barış ve istikrar``)."""
        tokens = sentence.tokens
        if is_adjective(self.words, tokens[coordinator - 1]) or self._is_bare_an_participle(tokens[coordinator - 1]):
            return False  # "küresel ve bölgesel meseleler", "devam eden ve planlanan projeler": one head noun
        if tokens[coordinator - 1].folded in ADJECTIVAL_POSTPOSITIONS and has_case(tokens[coordinator - 2].folded, "dat"):
            return False  # "gençlere yönelik ve kadınlara yönelik destekler": one head noun
        if is_adverbial_locative(tokens[coordinator - 1]):
            return False  # "sınırlarımız içinde ve sınır ötesinde sürdürülen harekatlar": one clause
        if _joins_manners(sentence, coordinator, last):
            return False  # "sabır ve başarıyla yürütülen çalışmalar": how the clause's action is done
        if _is_owner(tokens[coordinator - 1]) and not _owners_of_the_cue(tokens, coordinator, last):
            return False  # "ordumuzun ve güvenlik güçlerimizin gücü": two owners of one head noun
        if _shares_a_possessive(sentence, first, coordinator, last):
            return False  # "esnafların dert ve istekleri": one owner's two nouns
        if self._shares_a_relative_suffix(sentence, first, coordinator, last):
            return False
        if self._inside_a_title(text, sentence, coordinator, last):
            return False
        if tokens[coordinator].folded == "ile" and coordinator + 1 < last and tokens[coordinator + 1].folded == "ilgili":
            return False  # "deprem ile ilgili genel durum": a postposition, no coordinator
        if tokens[coordinator].folded == "ile" and any(self.words.has("relation", t) for t in tokens[coordinator:last]):
            return False
        if self._two_sides_of_between(sentence, coordinator, last):
            return False
        if tokens[coordinator].folded == "ile" and self._comitative_follows(sentence, coordinator, last):
            return False
        if tokens[coordinator].folded == "ile" and any(
            is_participle(t.folded) for t in tokens[coordinator + 1 : min(last, coordinator + 3)]
        ):
            return False  # "Yılmaz'ın Kaya ile yaptığı görüşme": the partner of a relative clause
        window_start, window_end = (
            tokens[max(first, coordinator - 4)].start,
            tokens[min(len(tokens) - 1, coordinator + 4)].end,
        )
        for pair in self.words.pairs.find(text[window_start:window_end]):
            if pair.start <= tokens[coordinator].start - window_start < pair.end:
                return False
        return True

    @staticmethod
    def _two_sides_of_between(sentence: Sentence, coordinator: int, last: int) -> bool:
        """``Türkiye ve Kuveyt arasındaki ilişkiler``: two bare names joined by "ve" before
        ``arası`` are its two sides, as with "ile"."""
        tokens = sentence.tokens
        before = tokens[coordinator - 1]
        if tokens[coordinator].folded != "ve" or not before.capitalized or before.stem_end < before.end:
            return False
        after = tokens[coordinator + 1 : min(last, coordinator + 1 + BETWEEN_SIDE_WORDS + 1)]
        return bool(after) and after[0].capitalized and any(t.folded.startswith(BETWEEN) for t in after[1:])

    @staticmethod
    def _is_bare_an_participle(token: Token) -> bool:
        """``devam eden``, ``yürütülen``: an -(y)An participle describes a noun after it, so an
        item never ends in one."""
        word = token.folded
        if token.capitalized or token.stem_end < token.end:
            return False
        return word in ("eden", "olan", "gelen") or (is_participle(word) and word.endswith(("an", "en")))

    def _shares_a_relative_suffix(self, sentence: Sentence, first: int, coordinator: int, last: int) -> bool:
        """``Suriye ve Irak'taki gelişmeler``, ``Filistin ve Kudüs konusundaki gelişmeler``: a
        bare name right before the coordinator shares the ``-ki`` of the name after it, or of
        the classifier after that name (suspended affixation), so both name one topic."""
        tokens = sentence.tokens
        after = tokens[coordinator + 1] if coordinator + 1 < last else None
        if after is None or coordinator + 2 >= last or not after.capitalized:
            return False
        if after.stem_end < after.end:
            if not after.folded.endswith("ki"):
                return False
        elif not (
            coordinator + 3 < last
            and tokens[coordinator + 2].folded.endswith("ki")
            and self.words.has("generic_head", tokens[coordinator + 2])
        ):
            return False
        named = tokens[coordinator - 1]
        return coordinator > first and named.capitalized and named.stem_end == named.end and not sentence.depths[coordinator - 1]

    def _comma_inside_a_title(self, text: str, sentence: Sentence, comma: int, end: int) -> bool:
        """``Eğitim, Kültür ve Sosyal Hizmetler Komisyonu``: a comma between bare capitalized words
        of a run that ends in a title's ``ve``."""
        tokens = sentence.tokens
        before = tokens[comma - 1]
        if comma - 1 == 0 or not before.capitalized or before.stem_end < before.end or before.folded in COUNTRY_WORDS:
            return False
        for index in range(comma, end):
            token = tokens[index]
            if index > comma and sentence.marks[index].strip() not in ("", ","):
                return False
            if token.folded == "ve" and sentence.depths[index] == 0:
                return self._inside_a_title(text, sentence, index, end)
            if not token.capitalized or token.stem_end < token.end or token.folded in COUNTRY_WORDS:
                return False
        return False

    @staticmethod
    def _inside_a_title(text: str, sentence: Sentence, coordinator: int, last: int) -> bool:
        """``Plan ve Bütçe Komisyonu``, ``Seçim Kanunu ile Bazı Kanunlarda Değişiklik``: a
        capitalized word without an apostrophe suffix before the coordinator and a capitalized
        run after it that ends in a possessed head (a body) or holds a case ending without an
        apostrophe (a law's or a report's title): the coordinator is a word of one title."""
        tokens = sentence.tokens
        before = tokens[coordinator - 1]
        if coordinator - 1 == 0 or not before.capitalized or before.stem_end < before.end:
            return False  # the first word of a sentence is capitalized as any word is
        if before.folded in COUNTRY_WORDS or _in_capitals(text, before):
            return False
        end = coordinator + 1
        while end < last and tokens[end].capitalized and not sentence.marks[end].strip():
            end += 1
        run = tokens[coordinator + 1 : end]
        if len(run) < 2 or any(_in_capitals(text, t) for t in run):
            return False  # acronyms and headlines in capitals say nothing of titles
        head = run[-1].folded[: run[-1].stem_end - run[-1].start]
        if has_compound_head(head) or has_compound_head(head, plural=True):
            return True
        return any(t.stem_end == t.end and any(has_case(t.folded, c) for c in TITLE_CASES) for t in run[:-1])

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


#: a possessed noun or a plural in the genitive (``ordumuzun``, ``halkının``, ``ülkelerin``),
#: which needs a head noun after it (a bare ``kadın`` only ends like a genitive)
_POSSESSED_GENITIVE = re.compile(r"(?:[ıiuü]m[ıiuü]z|[ıiuü]n[ıiuü]z|s?[ıiuü]n|l[ae]r)[ıiuü]n$")


POSSESSIVE_ENDS = ("ı", "i", "u", "ü")  #: a third person's possessive ("talepleri", "sorunu")


def _is_owner(token: Token) -> bool:
    """A word in the genitive: it owns a noun after it, so an item does not end in it."""
    if token.stem_end < token.end:
        return has_case(token.folded, "gen")  # "Türkiye'nin"
    return _POSSESSED_GENITIVE.search(token.folded) is not None


def _owners_of_the_cue(tokens: list[Token], coordinator: int, last: int) -> bool:
    """``projenin ve otopark sorununun gündeme alınması``: two subjects of the cue, two items."""
    return _is_owner(tokens[last - 1]) and not any(_is_owner(t) for t in tokens[coordinator + 1 : last - 1])


def _shares_a_possessive(sentence: Sentence, first: int, coordinator: int, last: int) -> bool:
    """``esnafların dert ve istekleri``: a bare noun right after an owner in the genitive (or a
    ``-ki`` modifier: ``köylerdeki sorun ve talepler``),
    joined by "ve" to the possessed noun that ends the item, shares its possessive suffix
    (suspended affixation): the owner's problems and requests, one item."""
    tokens = sentence.tokens
    if tokens[coordinator].folded != "ve" or coordinator - 2 < first or coordinator + 2 != last:
        return False
    bare, possessed = tokens[coordinator - 1], tokens[coordinator + 1]
    if bare.capitalized or any(has_case(bare.folded, c) for c in ("acc", "dat", "loc", "abl", "ins")):
        return False  # a genitive-looking ending may be the stem's ("sorun")
    if bare.folded.endswith((*POSSESSIVE_ENDS, "lar", "ler")) or sentence.marks[coordinator].strip():
        return False
    owner = tokens[coordinator - 2]
    described = owner.folded.endswith(("daki", "deki", "taki", "teki"))  # "çarşıdaki dert ve istekler"
    return (_is_owner(owner) or described) and possessed.folded != possessed.key and possessed.folded.endswith(POSSESSIVE_ENDS)


def _inside_a_manner_list(sentence: Sentence, comma: int, end: int) -> bool:
    """``azim, kararlılık ve başarıyla yürütülen faaliyetler``: bare nouns before a comma,
    coordinated with an instrumental right before a participle, say how the action of a
    relative clause is done; the commas are inside that item."""
    tokens = sentence.tokens
    if not _is_bare(tokens[comma - 1]):
        return False
    words = 0
    for index in range(comma, end - 1):
        token = tokens[index]
        if index > comma and sentence.marks[index].strip() not in ("", ","):
            return False
        if token.folded == "ve":
            return _joins_manners(sentence, index, end)
        words = 0 if "," in sentence.marks[index] else words + 1
        if words > MAX_MANNER_WORDS or not _is_bare(token):
            return False
    return False


def _is_bare(token: Token) -> bool:
    """A lower-case word without a case ending."""
    return not token.capitalized and not any(has_case(token.folded, c) for c in ("gen", "acc", "dat", "loc", "abl", "ins"))


def _joins_manners(sentence: Sentence, coordinator: int, end: int) -> bool:
    """``ve`` before an instrumental (one word, no apostrophe) right before a participle."""
    tokens = sentence.tokens
    if coordinator + 2 >= end or not _is_bare(tokens[coordinator - 1]):
        return False
    following = tokens[coordinator + 1]
    return (
        has_case(following.folded, "ins")
        and following.stem_end == following.end
        and not sentence.marks[coordinator + 2].strip()
        and (is_participle(tokens[coordinator + 2].folded) or _light_verb_participle(sentence, coordinator + 2, end))
    )


def _light_verb_participle(sentence: Sentence, index: int, end: int) -> bool:
    """``icra edilen``, ``takip edilen``: a noun and the participle of a light verb, one verb."""
    following = sentence.tokens[index + 1] if index + 1 < end else None
    return (
        following is not None
        and not sentence.marks[index + 1].strip()
        and following.folded.startswith(LIGHT_VERB_STEMS)
        and is_participle(following.folded)
    )


def _after_connector(sentence: Sentence, comma: int) -> bool:
    """``X ve Y başta olmak üzere, Z'ye yönelik tehditler``: the examples before the connector
    belong to the head noun after the comma, so the comma cuts no item."""
    return comma >= 2 and (sentence.tokens[comma - 2].folded, sentence.tokens[comma - 1].folded) == CONNECTOR_END
