"""Words that would end the walk of an agenda list (``pipeline.topics.agenda``) but stand inside an item."""

from __future__ import annotations

from pipeline.lang.tr.morphology import ends_in_an_after_consonant, has_case, is_participle, is_relative_participle
from pipeline.topics.clauses import Sentence, Token
from pipeline.topics.meeting_phrases import AGENDA_NOUN
from pipeline.topics.phrases import classifier_follows
from pipeline.topics.word_classes import WordClasses, is_adjective

#: Boundary words that also frame a relative clause inside an item ("soruşturma kapsamında
#: alınan kararlar", "bakanlık tarafından hazırlanan rapor"); time words such as "sürecinde"
#: always end the list.
#: words before a time unit that look like participles (``gelecek hafta``, ``geçen ay``)
TIME_DIRECTIONS = {"gelecek", "geçen", "geçtiğimiz"}
FRAME_WORDS = {"kapsamında", "çerçevesinde", "doğrultusunda", "istikametinde", "tarafından"}
#: Nouns of phrasal verbs (``ortaya çık-``, ``meydana gel-``, ``hayata geçir-``).
PHRASAL_VERB_NOUNS = {"ortaya", "meydana", "hayata", "gündeme", "ele", "yerine", "önüne", "göz"}
MAX_PARTNER_WORDS = 4  #: "ile Cumhurbaşkanı Erdoğan arasındaki": words from "ile" to the relation noun
BETWEEN = ("arası", "arasında")  #: "X ve Y arasındaki": the noun whose two sides "ve" joins
MAX_WORDS_TO_PARTICIPLE = 4  #: "kapsamında ortaya çıkan": words from a boundary to the participle it belongs to


def inside_relative_clause(sentence: Sentence, index: int) -> bool:
    """``denetim sırasında fark edilen eksik``: a boundary word that a participle
    follows closely belongs to the relative clause of an item."""
    tokens = sentence.tokens
    for after in range(index + 1, min(len(tokens), index + 1 + MAX_WORDS_TO_PARTICIPLE)):
        if sentence.marks[after]:
            return False
        word = tokens[after].folded
        if tokens[after].capitalized:
            continue
        if is_participle(word) or word == "olan" or participle_of_phrase(tokens[after - 1].folded, word):
            return True
    return False


def scene_of_a_participle(sentence: Sentence, index: int) -> bool:
    """``barış sürecinde gelinen aşama``: a scene's locative inside a phrase (no mark before it,
    a word of the phrase before it) with a participle right after it is where the participle's
    event took place, in an item, not where the meeting was."""
    tokens = sentence.tokens
    return 0 < index < len(tokens) - 1 and not sentence.marks[index].strip() and not sentence.marks[index + 1].strip() \
        and not tokens[index + 1].capitalized and is_participle(tokens[index + 1].folded) \
        and tokens[index + 1].folded not in TIME_DIRECTIONS  # "Genel Kurulda gelecek hafta": when, no participle


def participle_of_phrase(previous: str, word: str) -> bool:
    """``ortaya çıkan``, ``meydana gelen``: -An after any consonant is a participle when the
    word before is the noun of a phrasal verb (alone, ``çıkan`` may be a noun's ending)."""
    return previous in PHRASAL_VERB_NOUNS and ends_in_an_after_consonant(word)


def modified_agenda_noun(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``dünya gündeminin sıcak başlıkları``: an agenda noun after an adjective is the
    world's agenda, inside an item, not the meeting's agenda that a list follows; so is one
    that owns a classifier (``X gibi ortak gündemin öncelikli konuları``), and one owned by a
    genitive right after the scene, set off by a comma (``Görüşmede zirvenin gündemi, göç ve
    enerji``): the summit's agenda is the list's first item, as it is inside the list."""
    tokens = sentence.tokens
    if not tokens[index].folded.startswith(AGENDA_NOUN):
        return False
    if index > 0 and not sentence.marks[index] and is_adjective(words, tokens[index - 1]):
        return True
    if index > 1 and "," in sentence.mark_after(index) and owned_after_scene(words, sentence, index):
        return True
    return classifier_follows(words, sentence, index)


#: cases of a word that owns no compound with the agenda noun after it ("kurulun gündemi": a body's agenda)
_CASES_BEFORE_NO_COMPOUND = ("gen", "dat", "loc", "abl", "ins")


def agenda_compound_before_cue(sentence: Sentence, index: int, list_end: int) -> bool:
    """``deprem bölgesindeki çalışmalar ve dış politika gündemi ele alındı``: an agenda noun
    right before the cue, the head of a compound with a bare noun before it, is the last
    item (a topic's agenda), not the word a list follows: nothing would be left after it
    (``kurulun gündemi``, a body's agenda, and ``gündem`` alone name no topic)."""
    tokens = sentence.tokens
    if index + 1 != list_end or index == 0 or sentence.marks[index].strip() or not tokens[index].folded.startswith(AGENDA_NOUN):
        return False
    before = tokens[index - 1]
    return not before.capitalized and not any(has_case(before.folded, case) for case in _CASES_BEFORE_NO_COMPOUND)


def owned_after_scene(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``Görüşmede zirvenin gündemi``: a noun whose owner in the genitive stands right after a
    meeting noun in the locative, with no mark between the three words."""
    scene, owner = sentence.tokens[index - 2], sentence.tokens[index - 1]
    return not (sentence.marks[index].strip() or sentence.marks[index - 1].strip()) and has_case(owner.folded, "gen") \
        and words.has("setting", scene) and has_case(scene.folded, "loc")


def person_inside(words: WordClasses, sentence: Sentence, index: int) -> bool:
    """``Erdoğan'ın Trump ile yaptığı görüşme``, ``Ali Kaya ile Veli Demir arasındaki görüşme``:
    a person in the genitive or before a relation noun is part of an item."""
    token = sentence.tokens[index]
    following = sentence.tokens[index + 1] if index + 1 < len(sentence.tokens) else None
    if sentence.mark_after(index) if following else True:
        return False
    if following.folded in FRAME_WORDS and inside_relative_clause(sentence, index + 1):
        return True  # "Vali X tarafından hazırlanan plan": the agent of a participle inside the item
    if following.folded == "ile":  # "Ali Kaya ile Bakan Veli Demir arasındaki görüşme"
        side = unbroken(sentence, index + 2, MAX_PARTNER_WORDS)
        if side and is_relative_participle(side[0].folded) and not side[0].capitalized:
            return True  # "Trump ile yaptığı görüşme": the partner of a relative clause inside the item
        side = side[: next((i for i, t in enumerate(side) if t.folded == "ile"), len(side))]  # "Niang ile X ile Y arasındaki"
        return any(words.has("relation", t) for t in side)
    return (token.stem_end < token.end and has_case(token.folded, "gen")) or words.has("relation", following)


def unbroken(sentence: Sentence, start: int, count: int) -> list[Token]:
    """Up to ``count`` words from ``start``, up to the next punctuation mark."""
    words = []
    for index in range(start, min(len(sentence.tokens), start + count)):
        if sentence.marks[index].strip():
            break
        words.append(sentence.tokens[index])
    return words


def among_sides_of_between(sentence: Sentence, comma: int, end: int) -> bool:
    """``Türkiye ile Ürdün, Kenya ve Vietnam arasında imzalanan anlaşmalar``: one side named
    before ``ile``, the other a list of bare names that ``ve`` closes before ``arasında``; the
    commas between those names are inside the one item."""
    tokens = sentence.tokens
    partner = comma - 1
    while partner > 0 and tokens[partner].capitalized and not sentence.marks[partner].strip():
        partner -= 1  # back over the words of the name before the comma ("Suudi Arabistan")
    if partner >= comma - 1 or tokens[partner].folded != "ile" or partner == 0 or not tokens[partner - 1].capitalized:
        return False
    for index in range(comma, end):
        token, mark = tokens[index], sentence.marks[index].strip()
        if mark not in ("", ","):
            return False
        if token.folded == "ve" and not mark:
            continue
        if not token.capitalized:
            return index > comma and not mark and token.folded.startswith(BETWEEN) and tokens[index - 1].capitalized
        if token.stem_end < token.end:  # "Vietnam'la": a name in a case ends the sides
            return False
    return False
