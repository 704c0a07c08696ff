"""Word-level tests on the words of an agenda item (used by ``pipeline.topics.items`` and the
list walk): whether a word is a clause's verb, a pronoun pointing back, a participle of a
phrasal agenda verb, or the "and also" of ``X'in yanı sıra Y``."""

from __future__ import annotations

from pipeline.lang.tr.text import fold_for_matching
from pipeline.resources import read_tsv
from pipeline.topics.relative_times import is_clause_verb, relative_time_at, relative_time_length
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.meeting_phrases import DEMONSTRATIVES
from pipeline.topics.phrases import is_adverbial_locative
from pipeline.lang.tr.morphology import (
    ends_in_an_after_consonant, has_case, has_compound_head, is_demonstrative_pronoun,
    is_nominalized_verb, is_participle, is_relative_participle,
)

#: a country before "ve" is a name of its own ("Türkiye ve Avrupa Birliği"), not a word of a
#: title; before a meeting noun, the meeting's matter ("Suriye toplantısı")
COUNTRY_WORDS = frozenset(fold_for_matching(row["name"]) for row in read_tsv("countries.tsv"))
ADDITIVE = ("yanı", "sıra")  #: "X'in yanı sıra Y": X and also Y
ADDITIVE_LOCATIVE = "yanında"  #: "X'in yanında Y": the same in one word

ADVERBIAL_POSTPOSITIONS = ("için", "gibi", "göre", "rağmen", "dolayı")  #: an item never ends in one: "X için" says why
PRONOUN_STEMS = ("bun", "şun", "onlar", "onu", "ona")  #: "bunu", "bunların", "onları"
MAX_PRONOUN_LENGTH = 9  #: "bunlarının" at most; longer words only start so


#: Nouns of the phrasal agenda verbs whose participle says only that a thing is on the
#: agenda ("gündeme alınan toplam 56 madde", "ele alınan konular", "yer alan konular").
AGENDA_VERB_NOUNS = {"gündeme", "ele", "masaya", "yer"}


def in_agenda_participle(tokens: list[Token], index: int) -> bool:
    word = tokens[index].folded
    if word in AGENDA_VERB_NOUNS:
        return index + 1 < len(tokens) and is_phrasal_participle(tokens[index + 1].folded)
    return index > 0 and tokens[index - 1].folded in AGENDA_VERB_NOUNS and is_phrasal_participle(word)


def is_phrasal_participle(word: str) -> bool:
    """After the noun of a phrasal verb, -An after any consonant is its participle (``yer alan``),
    and so is -DIklArI (``ele aldıkları``)."""
    return is_participle(word) or ends_in_an_after_consonant(word) or is_relative_participle(word)


def is_enumerator(sentence: Sentence) -> bool:
    first = sentence.tokens[0].folded
    return first.isdigit() and len(first) <= 2 and sentence.marks[1].strip()[:1] in (".", ")")


def says_where(tokens: list[Token]) -> bool:
    """``X'in ifadelerinde``, ``okul açılışları için``: where or why, not what; ``gerçekleşmesi``: no owner."""
    alone = len(tokens) == 1 and not tokens[0].capitalized and is_nominalized_verb(tokens[0].folded)
    adverbial = tokens[-1].folded in ADVERBIAL_POSTPOSITIONS and not tokens[-1].capitalized
    return alone or adverbial or is_adverbial_locative(tokens[-1])


def is_anaphora(tokens: list[Token]) -> bool:
    """``bu durum``, ``söz konusu mesele``: a demonstrative and one noun point back to a topic named before."""
    if len(tokens) == 1:  # "bunların", "onları": a pronoun alone
        return any(tokens[0].folded.startswith(p) for p in PRONOUN_STEMS) and len(tokens[0].folded) <= MAX_PRONOUN_LENGTH
    if is_demonstrative_pronoun(tokens[-1].folded):
        return True  # "Dünya'nın onları konuşacağı": a pronoun heads no phrase, the rest is its clause
    return len(tokens) == 2 and tokens[0].folded in DEMONSTRATIVES


def both_at(sentence: Sentence, index: int) -> bool:
    """``hem X hem de Y``: the words at ``index`` open the second of two items."""
    tokens = sentence.tokens
    return index + 1 < len(tokens) and tokens[index].folded == "hem" and tokens[index + 1].folded in ("de", "da")


def additive_at(sentence: Sentence, index: int) -> bool:
    """``X'in yanı sıra Y``, ``X'in yanında Y``: the words at ``index`` say "and also"."""
    return additive_length(sentence, index) > 0


def additive_length(sentence: Sentence, index: int) -> int:
    """How many words of "and also" start at ``index``: 2 for ``yanı sıra``, 1 for ``yanında``
    after a genitive (``güçlendirilmesinin yanında``), 0 otherwise."""
    tokens = sentence.tokens
    if index + 1 < len(tokens) and (tokens[index].folded, tokens[index + 1].folded) == ADDITIVE:
        return 2
    if tokens[index].folded == ADDITIVE_LOCATIVE and index > 0 and not tokens[index - 1].capitalized:
        return 1 if has_case(tokens[index - 1].folded, "gen") and not sentence.marks[index] else 0
    return 0


_NAME_CONJUNCTIONS = {"ve", "ile"}


def starts_name(sentence: Sentence, index: int, last: int) -> bool:
    """A quoted name, or a name of several capitalized words that shows it is one: an apostrophe
    before a suffix (``Lahey Zirvesi'nin``) or an acronym (``NATO Zirvesi``). Capitals alone are
    no sign (``Yol Bakım Çalışmaları``: a heading's or a bullet's capitals on common nouns)."""
    tokens = sentence.tokens
    if not tokens[index].capitalized:
        return False
    if sentence.depths[index] > 0:
        return True
    if not (index + 1 < last and tokens[index + 1].capitalized):
        return False
    run = index
    # (``Bazı Kanun ve Kanun Hükmünde ... Teklifi'ni``: a ``ve`` between capitals stays in the name)
    while run < last and (tokens[run].capitalized or tokens[run].folded in _NAME_CONJUNCTIONS
                          and run + 1 < last and tokens[run + 1].capitalized):
        token = tokens[run]
        written = sentence.text[token.start : token.stem_end]
        if token.stem_end < token.end or (len(written) > 1 and written.isupper()):
            return True
        run += 1
    return False


DATELINE_DASHES = "–—-"
MAX_DATELINE_WORDS = 5  #: "İSTANBUL (AA) -", "DÜZCE (İHA) –", "ANKARA (Bursa Kuşu) –"


MAX_PLACE_WORDS = 2  #: "ŞANLIURFA - ", "AFYON KARAHİSAR - ": a dateline's place without an agency


def after_agency_dateline(sentence: Sentence, start: int) -> int:
    """``DÜZCE (İHA) – X ele alındı``: a place in capitals and an agency in parentheses before a
    dash open the sentence; the list starts after them."""
    if start != 0:
        return start
    tokens = sentence.tokens
    for index in range(1, min(len(tokens), MAX_DATELINE_WORDS + 1)):
        mark = sentence.marks[index]
        if any(dash in mark for dash in DATELINE_DASHES):
            place = [i for i in range(index) if sentence.depths[i] == 0]
            # the agency in parentheses, or a dash set apart by spaces ("ANKARA - X", not "ABD-Çin")
            gap = sentence.text[tokens[index - 1].end : tokens[index].start]
            agency = len(place) < index or (gap[:1].isspace() and gap[-1:].isspace() and len(place) <= MAX_PLACE_WORDS)
            if place and agency and all(sentence.text[tokens[i].start : tokens[i].end].isupper() for i in place):
                return index
            return start
    return start


def is_bare_participle(token: Token) -> bool:
    """``düzenlenen``, ``üretilen``: a participle in -(y)An or -DIğI standing alone (not the future
    in -AcAk, which is also a noun: ``gelecek``, ``yiyecek``)."""
    word = token.folded
    return not token.capitalized and is_participle(word) and not word.endswith(("acak", "ecek"))


#: "X doğrultusunda", "X kapsamında", "X çerçevesinde": a frame the clause's verb is done in
FRAME_POSTPOSITIONS = ("doğrultusunda", "kapsamında", "çerçevesinde")
MAX_FRAME_WORDS = 3  #: "barış takvimi doğrultusunda": the frame's noun phrase before its postposition


def after_leading_frame(sentence: Sentence, start: int, end: int, is_time_word) -> int:
    """``barış takvimi doğrultusunda 12 Mart'ta Kahire'de rehine değişimi``: a frame before the first
    word of an item, and the dates and places after it, are adverbials of the clause's verb,
    not words of the topic, when no verb form follows them to take them (``X kapsamında
    sürdürülen projeler`` keeps its frame, and so does a frame set off by a comma before a
    verbal noun: ``X doğrultusunda, Y'nin sona erdirilmesi``)."""
    tokens = sentence.tokens
    frame = next(
        (i for i in range(start + 1, min(end - 1, start + MAX_FRAME_WORDS + 1)) if tokens[i].folded in FRAME_POSTPOSITIONS),
        None,
    )
    if frame is None or any(sentence.marks[i].strip() or sentence.depths[i] for i in range(start + 1, frame + 2)):
        return start
    after = frame + 1
    if any(takes_adverbial(t) for t in tokens[start : frame]) or any(takes_adverbial(t) for t in tokens[after : after + 2]):
        return start  # "X kapsamında sürdürülen projeler", "X kapsamında ortaya çıkan durum": a participle's frame
    rest = after
    while rest < end - 1 and (
        sentence.depths[rest]
        or _is_time_locative(sentence, rest, is_time_word)
        or (tokens[rest].folded.isdigit() or is_time_word(tokens[rest]))
        and rest + 1 < end and _is_time_locative(sentence, rest + 1, is_time_word)
        or tokens[rest].capitalized and tokens[rest].stem_end < tokens[rest].end and has_case(tokens[rest].folded, "loc")
    ):
        rest += 1  # "12 Mart'ta (yarın) Kahire'de": when and where
    if rest > after and any(takes_adverbial(t) for t in tokens[rest:end]):
        return after  # the dates may belong to a participle after them: "12 Mart'ta yapılacak seçim"
    return rest


def _is_time_locative(sentence: Sentence, index: int, is_time_word) -> bool:
    """``Ekim'de``, ``haftasında``: a time word in the locative (a month's case after an apostrophe)."""
    token = sentence.tokens[index]
    if token.stem_end < token.end:
        stem = fold_for_matching(sentence.text[token.start : token.stem_end])
        return is_time_word(token._replace(folded=stem)) and has_case(token.folded, "loc")
    return is_time_word(token._replace(folded=token.key)) and has_case(token.folded, "loc")  # "ayında"


def takes_adverbial(token: Token) -> bool:
    """A verb form that an adverbial before it may belong to (a participle, a verbal noun, a clause's verb)."""
    word = token.folded
    return not token.capitalized and (is_participle(word) or is_nominalized_verb(word) or is_clause_verb(token))


def after_opening_scene(sentence: Sentence, start: int, end: int) -> int:
    """``Valilikte enerji güvenliği hakkında görüşüldü``: a common noun in the locative that opens
    the sentence, with no comma after it, is where the talks were held, not a word of the
    first item (a name's locative stays: ``İstanbul'da ulaşıma zam``; so does one a verb form
    right after it takes: ``Okulda yaşanan kaza``, and the ``-ki`` adjective: ``Bölgedeki``)."""
    tokens = sentence.tokens
    if start != 0 or end - start < 2 or sentence.depths[0] or sentence.marks[1].strip():
        return start
    first = tokens[0]
    if first.stem_end < first.end or not has_case(first.folded, "loc") or takes_adverbial(tokens[1]):
        return start
    return 1


PARTY_COUNTS = {"iki", "üç"}  #: "iki ülke": the parties, counted
COUNTRY_NOUN = "ülke"


def after_parties(words, sentence: Sentence, start: int, end: int, time_words: set[str]) -> int:
    """Who discussed the item, said before it: counted countries (``iki ülke hava savunma
    sistemini ele aldı``; not ``iki ülke ilişkileri``, ``iki ülke arasındaki ticaret``), a partner
    with ``ile`` and a time adverb (``Orban ile bugün X'i görüştük``); the item starts after them."""
    tokens = sentence.tokens
    if start + 3 < end and tokens[start].folded in PARTY_COUNTS and tokens[start + 1].folded == COUNTRY_NOUN \
            and not words.has("relation", tokens[start + 2]) and not has_compound_head(tokens[start + 2].folded) \
            and not words.has_any("participant", tokens[start + 2 : end]):  # "iki ülke devlet başkanlarının"
        start += 2
    if start + 3 < end and tokens[start].capitalized and tokens[start + 1].folded == "ile" \
            and tokens[start + 2].folded in time_words and not any(sentence.marks[start + 1 : start + 3]):
        start += 3
    return start


#: what a subject's word may end in after its stem: nothing, or the plural (``Liderler``)
_NOMINATIVE_ENDINGS = ("", "lar", "ler")


def after_subject_and_when(words, sentence: Sentence, start: int, end: int, time_words: set[str]) -> int:
    """``Kabine bugün X'i görüşecek``, ``Meclis bu hafta X'i görüşecek``, ``Heyetler Ankara'da X'i
    görüştü``: a capitalized noun in the nominative that opens the sentence, followed by when (a
    time adverb, ``bu hafta``, a day: ``23 Mart'ta``) is the subject that meets, and the item starts after the adverbial;
    so does a participant's noun followed by where (a place in the locative). ``start`` may already
    stand after the subject. Not where a verb form of the item may take the adverbial (``Türkiye
    bugün yaşanan gelişmeler``, ``Suudi Arabistan'da gerçekleşen görüşme``; a word ending like
    ``-An`` is taken for a participle) nor after an opening particle (``Ayrıca Gazze'de ...``)."""
    tokens = sentence.tokens
    body = _body_name_end(words, sentence, end)  # "Adalet Komisyonu bugün", "Plan ve Bütçe Komisyonu yarın"
    if start > body or end < body + 2 or sentence.depths[0] or any(m.strip() for m in sentence.marks[1 : body + 2]):
        return start
    subject = tokens[0]
    suffix = subject.folded[len(subject.key):] if subject.stem_end < subject.end else ""
    if not subject.capitalized or (body == 1 and suffix not in _NOMINATIVE_ENDINGS) or words.has("particle", subject):
        return start
    when = body
    if relative_time_at(tokens, body, end):
        when = body + relative_time_length(tokens, body, end)
    elif tokens[body].folded in time_words:
        when = body + 1
    elif tokens[body].folded.isdigit() and tokens[body + 1].capitalized and tokens[body + 1].stem_end < tokens[body + 1].end \
            and has_case(tokens[body + 1].folded, "loc"):
        when = body + 2  # "Kabine 23 Mart'ta X'i görüşecek": a day
    elif words.has("participant", tokens[body - 1]) and tokens[body].capitalized \
            and tokens[body].stem_end < tokens[body].end and has_case(tokens[body].folded, "loc"):
        when = body + 1
    if when == body or when >= end or any(is_participle(t.folded) or is_clause_verb(t) or t.folded.endswith(("an", "en"))
                                          for t in tokens[when:end]):
        return start
    return when


def _body_name_end(words, sentence: Sentence, end: int) -> int:
    """Where the name of a body opening the sentence ends: after ``Adalet Komisyonu`` or ``Plan
    ve Bütçe Komisyonu`` (capitalized words, ``ve`` between two of them, a meeting body's noun
    last, possessed as a compound is, in no other case), else after the first word."""
    tokens = sentence.tokens
    index = 1
    while index < end and not sentence.marks[index].strip() and (
        tokens[index].capitalized or (tokens[index].folded == "ve" and index + 1 < end and tokens[index + 1].capitalized)
    ):
        index += 1
    head = tokens[index - 1]
    if index > 1 and head.stem_end == head.end and words.has("setting", head) and has_compound_head(head.folded) \
            and tokens[index - 2].folded != "ve":
        return index
    return 1


MAX_WORDS_BEFORE_NAME = 1  #: "toplanan son NATO Zirvesi": a modifier before the name a clause describes


def after_descriptive_clause(sentence: Sentence, first: int, last: int) -> int:
    """``Haziranda toplanan son NATO Zirvesi``, ``sınırları korumayı hedefleyen “Kalkan”
    girişimi``: a relative clause before a name only describes what the name already
    identifies, so the item starts after it (``Ukrayna'ya verilen destek`` keeps its
    clause, which says which support is meant, and so does ``Türkiye'nin önerdiği
    Karadeniz girişimi``, where a place name only modifies a common noun)."""
    tokens = sentence.tokens
    for index in range(last - 2, first - 1, -1):
        verb = tokens[index]
        if verb.capitalized or verb.stem_end < verb.end or sentence.depths[index] or not is_participle(verb.folded):
            continue
        if any(
            starts_name(sentence, name, last)
            for name in range(index + 1, min(last, index + 2 + MAX_WORDS_BEFORE_NAME))
        ):
            return index + 1
    return first


QUANTITY_NOUNS = {"dizi", "kısım", "sürü"}  #: after "bir": "bir dizi konu", a number of them


def is_quantity(tokens: list[Token], index: int) -> bool:
    """``dizi`` in ``bir dizi konu``: how many, not what."""
    return tokens[index].folded in QUANTITY_NOUNS and index > 0 and tokens[index - 1].folded == "bir"


def joined_modifiers(sentence: Sentence, start: int, end: int) -> int:
    """``kapsamlı, dostça ve verimli biçimde``: the modifiers joined by ``ve`` or a comma to the
    one before a noun of manner (which ``end`` starts at), one word each: how, not what."""
    tokens = sentence.tokens
    while end - 2 > start and _is_bare_word(tokens[end - 2]) and not sentence.marks[end].strip():
        if tokens[end - 1].folded == "ve" and not sentence.marks[end - 1].strip():
            end -= 2
            while end - 1 > start and sentence.marks[end].strip() == "," and _is_bare_word(tokens[end - 1]):
                end -= 1  # "kapsamlı, dostça ve verimli"
        else:
            break
    return end


def _is_bare_word(token: Token) -> bool:
    """A lower-case word without an oblique case ending (``dostça``, ``verimli``: a final -I may be
    the word's own)."""
    word = token.folded
    return not token.capitalized and not any(has_case(word, case) for case in ("gen", "dat", "loc", "abl", "ins"))


#: the locative's endings read off an acronym (``TBMM'de``), whose vowel harmony cannot be read
_LOCATIVE_ENDINGS = {"de", "da", "te", "ta"}
INDEFINITE = "bir"


#: words closing a purpose clause (``çözüme kavuşturmak amacıyla``): why a meeting was held
PURPOSE_WORDS = {"amacıyla", "maksadıyla", "gayesiyle"}


def names_no_matter(words, tokens: list[Token], scope_words: set[str]) -> bool:
    """An item that names no matter: a placeholder noun (``only_a_placeholder``; ``çeşitli``, a
    ``scope_words`` word, before it names the range of the talks) or a purpose clause."""
    return tokens[-1].folded in PURPOSE_WORDS or tokens[0].folded not in scope_words and only_a_placeholder(words, tokens)


def only_a_placeholder(words, tokens: list[Token]) -> bool:
    """``durum``, ``bu tartışma``, ``TBMM'de bir kanun teklifi``: a placeholder noun with generic
    words and places in the locative only (``son durum``, ``Vergi Kanunu`` name a matter); a
    placeholder of two words (a bill) only when indefinite."""
    if len(tokens) > 1 and words.has_phrase("placeholder", tokens[-2:]):
        before = tokens[:-2]  # ``bir kanun teklifi``: some bill (``Teklif``, ``kanun teklifi``: the one named before)
        if not any(t.folded == INDEFINITE for t in before):
            return False
    elif words.has("placeholder", tokens[-1]):
        before = tokens[:-1]
    else:
        return False
    return all(
        words.has("placeholder", t) or words.is_generic(t)
        or (t.capitalized and t.stem_end < t.end
            and (t.folded[len(t.key):] in _LOCATIVE_ENDINGS or has_case(t.folded, "loc")))
        for t in before
    )


#: postpositions naming what is talked about
ABOUT = {"hakkında", "konusunda"}


def who_is_heard_about(words, tokens: list[Token], first: int, last: int) -> int | None:
    """``X hakkında oda başkanlarını dinledi``: where an object item's topic ends when a lowercase
    postposition of the matter stands inside it and someone who takes part follows it, the one
    heard (``X hakkında kanun teklifini görüştü`` keeps its bill); None when not so."""
    return next((k for k in range(first + 1, last - 1) if tokens[k].folded in ABOUT and not tokens[k].capitalized
                 and words.has_any("participant", tokens[k + 1 : last])), None)
