"""Persons named by one word only, with strong evidence (the gold format lists a person the
article names only by surname under that surname): ``Peskov, ... ifade etti``, ``söyleyen
Peskov``, ``Uğurcan ile görüşmem oldu`` in an article that never gives the full name.

A word counts when all of these hold: it is capitalized and no neighbour is (no longer name),
it is written capitalized at least twice, once inside a sentence (or, for a given name, once
with an apostrophe suffix: ``Uğurcan'ın``); the article never writes it
in lowercase (``Yağmur`` / ``yağmur``); no other entity, title or name covers it; it is no
name stopword; and it is a known given name (``Uğurcan``), a player said in the compound of his
transfer (``Muçi transferi``), or at least once it speaks: it
opens a clause followed by a comma in a sentence that ends in a verb of saying, or a
participle of saying stands before it.
"""

from __future__ import annotations

import bisect

import re
from collections import defaultdict

from pipeline.lang.tr.endings import ends_in
from pipeline.lang.tr.verb_forms import is_finite_verb
from pipeline.lang.tr.text import Word, after_apostrophe, before_apostrophe, is_all_caps, is_capitalized
from pipeline.persons.everyday_words import EverydayWords
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import CASE_AFTER_POSSESSIVE
from pipeline.persons.names import NameReader

#: verbs of saying that close a sentence reporting speech (``dedi``, ``ifade etti``)
_SAYS = re.compile(
    r"(?:dedi|söyledi|belirtti|ifade etti|kaydetti|vurguladı|açıkladı|konuştu|dile getirdi|aktardı|"
    r"ekledi|yanıt verdi|cevap verdi|savundu|iddia etti|değerlendirdi|ifadelerini kullandı|sözlerini sürdürdü|"
    r"anlattı|hatırlattı|bildirdi|altını çizdi|uyardı|sordu|yanıtladı|öne sürdü)[.!]?\s*$"
)
#: what only a player does, closing the sentence whose subject the name is (``Icardi, ... iki gol
#: attı``; ``Szymanski sakatlandı`` right after the name): a club scores too, but a club's name is
#: an organization the stages before have read
_PLAYER_VERBS = (r"gol(?:ü|le)? (?:attı|kaydetti|buldu)|golünü attı|asist yaptı|sakatlandı|sakatlık yaşadı|"
                 r"(?:kırmızı|sarı) kart gördü|oyundan atıldı|penaltı kaçırdı|forma giydi|oyuna girdi|"
                 r"ağları havalandırdı|fileleri havalandırdı|sözleşme imzaladı|sözleşmesini uzattı|"
                 r"(?:topu |meşin yuvarlağı )?(?:ağlara|filelere) (?:gönderdi|yolladı|bıraktı)|"
                 r"ilk (?:11|on bir)'de (?:yer aldı|başladı|sahaya çıktı)|kadroda (?:yer almadı|yok|bulunmuyor)")
_PLAYS_AT_END = re.compile(rf"\b(?:{_PLAYER_VERBS})[.!]?\s*$")
_PLAYS = re.compile(rf" (?:{_PLAYER_VERBS})[.!]?\s*$")
#: participles of saying before a name (``söyleyen Peskov``)
_SAYING = {"söyleyen", "diyen", "belirten", "kaydeden", "vurgulayan", "konuşan", "açıklayan", "getiren", "eden", "savunan",
           "değerlendiren", "aktaran", "ekleyen",
           # participles of what only people do: wish, listen, tell, remind
           "dileyen", "dinleyen", "anlatan", "hatırlatan", "bildiren", "ileten"}
MIN_USES = 2
#: endings of a word opening a sentence that make it no name unless a name list has it (``Çelik``):
#: a plural names a group (``Yenidoğanlar, ...``), ``-lIk`` an office or an institution
#: (``Savcılık, ... bildirdi``); ``-lI`` says where someone is from (``Felluceli``), for any word used once
_NOT_A_NAME_OPENING = ("plural", "attributive")
#: a word this long with a locative or ablative glued on (``İddianamede, ... söyledi``) is a noun in its
#: case: a name takes its case after an apostrophe
MIN_CASE_WORD = 7
#: a past tense with a person's ending (``Kaçtım, kurtuldum, dedi``): a verb opening a quoted clause
_PAST_PERSON = re.compile(r"[dt][ıiuü](?:m|n|k|n[ıiuü]z)$")
#: a comma, then a word in lowercase or the end of the line
_CLAUSE_AFTER_COMMA = re.compile(r",(?: [a-zçğıöşü]|\s*$|\s*\n)")
#: ``Muçi transferi``, ``Uğurcan transferinin``: the compound names a player by the transfer of him
_TRANSFER = re.compile(r" transfer(?:i|inin|inde|ine|ini|iyle|inden)\b")
#: the seasons of transfer windows (``Yaz transferi``): no player
_TRANSFER_WINDOWS = {"yaz", "kış", "devre"}


def lone_names(
    text: str, words: list[Word], reader: NameReader, stopwords: set[str], mentions: list[PersonMention],
    sentence_starts: list[int], capitalized: list[int], everyday: EverydayWords = EverydayWords(set()),
    places: frozenset[str] = frozenset(),
) -> list[PersonMention]:
    """``sentence_starts``: the analysis's, in text order; ``capitalized``: the indices of the
    capitalized words (the only ones that may be names), in text order; ``everyday``: the
    words written in lowercase in public corpora (``data/lowercase_words.tsv``); ``places``: the
    folded one-word places, a word joined to one by a hyphen being a place too (``Aydın-Denizli
    Otoyolu``, ``Aydın-Denizli arası``: the road between two cities, no one named Aydın)."""
    given_names = reader.given_names
    starts = set(sentence_starts)
    named = {word for m in mentions for word in m.words}
    uses: dict[str, list[int]] = defaultdict(list)
    full: dict[str, list[int]] = defaultdict(list)
    for i in capitalized:
        word = words[i]
        if i in reader.blocked or is_all_caps(word.text) or len(word.folded) < 3:
            continue
        # (a word the article also writes in lowercase is left out below, for the few words used
        # often enough: the lowercase words are gathered only then)
        if word.folded in stopwords or word.folded in named or not word.text.isalpha():
            continue
        if not word.text[1:].islower() and any(c.isupper() for c in word.text[1:]):
            continue  # ``DeMet's``: a brand written with inner capitals
        if after_apostrophe(text, word.start) or _hyphenated_to_place(text, words, i, places):
            continue
        if _capitalized_neighbour(text, words, i, reader.blocked, _opening_word_in_case(words, i, reader, everyday)):
            if _first_name_before(text, words, i, reader, starts):
                full[word.folded].append(i)  # ``Seçil Erzan'ın``: the full name, said once
            continue
        uses[word.folded].append(i)
    found = []
    lowercase: set[str] | None = None
    for folded, indices in uses.items():
        once = len(indices) + len(full[folded]) < MIN_USES
        if once and (full[folded] or not _said_once(text, words, indices[0], reader, sentence_starts, everyday)):
            continue
        if lowercase is None:
            lowercase = {w.folded for w in words if w.text[:1].islower()}
        if folded in lowercase:
            continue
        given = folded in given_names  # ``Uğurcan``: a footballer named by first name
        transferred = folded not in _TRANSFER_WINDOWS and any(_TRANSFER.match(text, words[i].end) for i in indices)
        if not once and all(words[i].start in starts for i in indices) and not (
                (given or transferred) and any(before_apostrophe(text, words[i].end) for i in indices)):
            continue  # a name opening every sentence it is in, where a suffix shows it a name
        if not once and not given and not transferred and not any(_speaks(text, words, i, sentence_starts) for i in indices):
            continue
        candidates = [reader.single_word(i) for i in indices]
        candidates += [reader.two_words(i - 1) for i in full[folded]]
        found += [mention for mention in candidates if mention is not None]
    return found


def _said_once(text: str, words: list[Word], i: int, reader: NameReader, sentence_starts: list[int],
               everyday: EverydayWords) -> bool:
    """A word the article uses once is a person's name only with strong evidence: it speaks
    (``Calimlim, ... belirtti``, ``açıklayan Somçağ``), and where it opens the sentence it is a
    listed name or neither an ordinary word, a plural, a verb nor a noun in a case (``Yetkililer, ...
    açıkladı`` is no one); or it is a given
    name of the Turkish lists inside a sentence, in a person's case after an apostrophe
    (``Nurettin'e``, ``Sabiha'yı``; not a place's)."""
    word = words[i]
    if ends_in(word.folded, "with") and word.folded not in reader.surnames:
        return False  # ``Felluceli, ... söyledi``: someone from a place, no name
    opens = word.start in reader.sentence_openers
    if _speaks(text, words, i, sentence_starts):
        return not opens or word.folded in reader.given_names or word.folded in reader.surnames \
            or not everyday.is_word(word.folded) and not ends_in(word.folded, *_NOT_A_NAME_OPENING) \
            and not is_finite_verb(word.folded) and _PAST_PERSON.search(word.folded) is None \
            and not (len(word.folded) >= MIN_CASE_WORD and ends_in(word.folded, "loc", "abl"))
    given = reader.listed_given or reader.given_names
    if word.folded not in given or opens:
        return False
    if before_apostrophe(text, word.end):
        return not reader.has_spatial_suffix(i)
    # ``büyüyen Nevzat, kendi ...``: the subject of the clause the comma opens; not an item of a
    # list of capitalized words (``Elif, Deniz ve Mehmet Ali Arslan``: a family's given names)
    return _CLAUSE_AFTER_COMMA.match(text, word.end) is not None


def _hyphenated_to_place(text: str, words: list[Word], i: int, places: frozenset[str]) -> bool:
    """Word ``i`` joined by a hyphen to a place's name (``Aydın-Denizli``, ``İzmir-Aydın``)."""
    return any(0 <= left and right < len(words) and text[words[left].end : words[right].start] == "-"
               and words[left if right == i else right].folded in places for left, right in ((i - 1, i), (i, i + 1)))


def _first_name_before(text: str, words: list[Word], i: int, reader: NameReader, starts: set[int]) -> bool:
    """``Seçil Erzan``: one capitalized word, not opening the sentence, right before word ``i``,
    and nothing capitalized after it."""
    if i < 1 or i + 1 < len(words) and text[words[i].end : words[i + 1].start] == " " \
            and is_capitalized(words[i + 1].text):
        return False
    before = words[i - 1]
    if CASE_AFTER_POSSESSIVE.search(before.folded):
        return False  # ``Aşı Uygulamasını Kaya İnceledi``: a noun in a case, no given name
    return text[before.end : words[i].start] == " " and before.start not in starts and is_capitalized(before.text) \
        and not is_all_caps(before.text) and not (i > 1 and text[words[i - 2].end : before.start] == " "
                                                  and is_capitalized(words[i - 2].text)) and reader.usable(i - 1)


def _opening_word_in_case(words: list[Word], i: int, reader: NameReader, everyday: EverydayWords) -> int:
    """The index of the word before ``i`` when it opens the sentence as an ordinary noun in a case
    (``Maçta Dzeko, ...``: the match's, no given name of his; its stem key among the lowercase
    words, no name list's word), else -1: no capitalized neighbour then."""
    if i < 1 or words[i - 1].start not in reader.sentence_openers:
        return -1
    folded = words[i - 1].folded
    if not everyday.inflected_word(folded, reader.given_names, reader.surnames) \
            or not ends_in(folded, "loc", "abl", "vowel_dative"):
        return -1
    return i - 1


def _capitalized_neighbour(text: str, words: list[Word], i: int, blocked: set[int], sentence_word: int) -> bool:
    """A capitalized word right before or after word ``i``, so that it may be a word of a longer
    name; a neighbour another entity holds is none (``Manastır Askeri Lisesinde Mustafa'nın``), nor
    the sentence's opening word in a case (``sentence_word``)."""
    for left, right in ((i - 1, i), (i, i + 1)):
        neighbour = left if right == i else right
        if 0 <= left and right < len(words) and text[words[left].end : words[right].start] in (" ", "-") \
                and is_capitalized(words[neighbour].text) and neighbour not in blocked and neighbour != sentence_word:
            return True
    return False


#: an opening quotation mark right after a word (a comma may stand between)
_QUOTE_AFTER = re.compile(r',? ?([“"«])')
_CLOSING = {"“": "”", '"': '"', "«": "»"}


def _in_quotation(text: str, position: int) -> bool:
    """Whether ``position`` stands inside a quotation opened earlier in its paragraph."""
    paragraph = text.rfind("\n", 0, position) + 1
    before = text[paragraph:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("«") > before.count("»")


def _up_to_space(text: str, start: int) -> str:
    """``text[start:]`` up to its first space, without copying the rest of the text."""
    end = text.find(" ", start)
    return text[start : end if end >= 0 else len(text)]


def _speaks(text: str, words: list[Word], i: int, sentence_starts: list[int]) -> bool:
    """Word ``i`` speaks (a participle of saying before it, the speaker before a quote, the subject
    of a sentence closed by a verb of saying) or plays (a player's verb after it, or closing the
    sentence whose subject it is)."""
    word = words[i]
    if i > 0 and words[i - 1].folded in _SAYING and text[words[i - 1].end : word.start] == " ":
        return True
    if _in_quotation(text, word.start):
        return False  # ``"Kale, tarihimizin parçası" dedi``: a word inside the quote is not its speaker
    opening = _QUOTE_AFTER.match(text, word.end)
    if opening is not None:  # ``Kaya “...” ifadelerini kullandı``: the speaker right before the quote
        closing = text.find(_CLOSING[opening.group(1)], opening.end())
        if closing > 0:
            line_end = text.find("\n", closing)
            tail = text[closing + 1 : line_end if line_end >= 0 else len(text)]
            return bool(_SAYS.search(tail.split(".")[0] + "."))
    following = bisect.bisect_right(sentence_starts, word.start)  # the next sentence's start
    # (a start before a lowercase word is no sentence's: ``80. dakikada``, an ordinal's period)
    while following < len(sentence_starts) and text[sentence_starts[following] : sentence_starts[following] + 1].islower():
        following += 1
    sentence_end = sentence_starts[following] if following < len(sentence_starts) else len(text)
    if _PLAYS.match(text[word.end : sentence_end]):
        return True  # ``Szymanski sakatlandı``: the player's verb right after the name
    if text[word.end : word.end + 1] != "," and not (before_apostrophe(text, word.end) and
                                                     _up_to_space(text, word.end).endswith(",")):
        return False
    clause = text[word.end : sentence_end]
    return bool(_SAYS.search(clause) or _PLAYS_AT_END.search(clause))
