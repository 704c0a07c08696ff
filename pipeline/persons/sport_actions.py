"""Players named by what only a player does with the ball: ``X'in golüyle``, ``X Y'nin
asistinde``, ``X'in uzaktan attığı basketle``, ``X'in kafa vuruşu``. A goal, an assist, a
basket, a shot or a block is a player's; the capitalized words in the genitive before such a
word (a few lowercase words may stand between) are the player's name, whether or not the name
lists know them: sport reports name foreign players by surname alone (``Novak'ın``). A club
said in the genitive (``Galatasaray'ın golü``) is an organization the stages before have read,
and its words are no longer free to be a name.

Two more places of a match report hold a player's name: right after the minute of a goal
(``35. dakikada Okoro``, ``44 ve 71. dakikalarda Brandt``, ``62'de Lindqvist``), and right after
a participle said of a player's action (``penaltıyı gole çeviren Okoro``, ``asisti yapan
Brandt'ın``, ``kornere yükselen Lindqvist``)."""

from __future__ import annotations

import re

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import APOSTROPHES, Word, is_all_caps, is_capitalized
from pipeline.persons.mention import PersonMention
from pipeline.persons.names import NameReader
from pipeline.persons.word_spans import word_at

#: the nouns of a player's action, in any case or possessive form (``golüyle``, ``basketleriyle``,
#: ``asistinde``, ``vuruşunda``, ``smacıyla``, ``şutu``, ``köşe atışında``, ``isabetle``, ``pasında``, ``turnikesi``,
#: the points of basketball and volleyball: ``sayılarıyla``, ``üç sayı``; not ``sayısı``, which counts anything)
_ACTION = re.compile(r"(?:gol|asist|basket|smaç|smac|şut|vuruş|atış|isabet|blok|pas[ıi]|turnike|üçlük|sayı(?:$|l|y))")
#: the minute of a match, said before the player who scores in it (``dakikada``, ``dakikalarda``)
_MINUTE = re.compile(r"dakika(?:da|larda|sında)$")
#: a club's or a place's adjective before the words of a player's role (``67. dakikada Trabzonsporlu savunma
#: oyuncusu X``, ``Brezilyalı futbolcu``): the name comes after the role, the adjective is none
_ADJECTIVE_BEFORE_ROLE = re.compile(
    r"l[ıiuü]\s+(?:[a-zçğıöşü]+\s+){0,2}(?:oyuncu|futbolcu|kaleci|golcü|forvet|stoper|sporcu|savunmacı|basketbolcu|voleybolcu)"
)
#: the most points, rebounds or goals one player's line may give
_MAX_FIGURE = 80
#: the last minute a match may reach (extra time and stoppage): a larger number is a year
_LAST_MINUTE = 130
#: a participle of an action (``çeviren``, ``yapan``, ``yükselen``): the player's name follows it
_PARTICIPLE = re.compile(r"\w+(?:[ae]n)$")
#: what a player does before such a participle (the actions above, a corner, a penalty, a cross)
_SET_PIECE = re.compile(r"(?:korner|penaltı|frikik|ortay|ortas|kafa)")
#: lowercase words that may stand between the genitive and the action (``uzaktan attığı``)
_MAX_BETWEEN = 4
#: words of a name said before the genitive word (``Berk Ali Uğurlu'nun``)
_MAX_NAME_WORDS = 3

# Where in an article the rules may fire, found by searching its text for a few strings (most
# articles hold none, and then no word is read): the rules read only lowercase action words,
# whose text is their folded form, so each starts with one of these stems in the text
_ACTION_STEMS = ("gol", "asist", "basket", "smaç", "smac", "şut", "vuruş", "atış", "isabet", "blok", "pası", "pasi",
                 "turnike", "üçlük", "sayı")
_SET_PIECE_STEMS = ("korner", "penaltı", "frikik", "ortay", "ortas", "kafa")
#: ``dakikada`` (a lowercase first letter, the rest in any case: ``dAKİKADA`` folds alike)
_MINUTE_WORD = re.compile("d[aA][kK\u212a][iİ][kK\u212a][aA]")
#: ``62'de``: the locative after a number's apostrophe
_MINUTE_LOCATIVE = re.compile(f"[{APOSTROPHES}]([dt][ae])(?![^\\W_])")


def players_by_actions(text: str, words: list[Word], reader: NameReader) -> list[PersonMention]:
    """Mentions of the names said in the genitive before a player's action."""
    mentions = []
    # an action is at most ``_MAX_BETWEEN + 2`` words after the genitive's name word
    candidates = sorted({i for j in _action_words(text, words) for i in range(max(0, j - _MAX_BETWEEN - 2), j - 1)})
    for i in candidates:
        if i >= len(words) - 2:
            break
        suffix = words[i + 1]
        if text[words[i].end : words[i].end + 1] not in APOSTROPHES or suffix.start != words[i].end + 1 \
                or not spells_case(suffix.folded, "gen") or not action_follows(text, words, i + 1):
            continue
        first = _name_start(text, words, i, reader)
        if first is None:
            continue
        _take_name(reader, first, i, mentions)
    return mentions


def players_by_minutes(text: str, words: list[Word], reader: NameReader) -> list[PersonMention]:
    """Mentions of the names said right after a goal's minute or an action's participle."""
    mentions = []
    for i in _minute_or_participle_candidates(text, words):
        if i >= len(words) - 1:
            break
        if text[words[i].end : words[i + 1].start] != " " or not name_word(words[i + 1]) \
                or i + 1 in reader.blocked or not (_after_minute(text, words, i) or _after_action(text, words, i)):
            continue
        if _ADJECTIVE_BEFORE_ROLE.match(text, words[i + 1].end - 2):
            continue
        last = i + 1
        while last + 1 < len(words) and last - i < _MAX_NAME_WORDS and not _suffix_after(text, words, last) \
                and text[words[last].end : words[last + 1].start] == " " and name_word(words[last + 1]) \
                and last + 1 not in reader.blocked:
            last += 1
        _take_name(reader, i + 1, last, mentions)
    return mentions


#: a player's figures right after the name: ``Larkin 24 sayıyla``, ``Baldwin 24 sayı, 6 asist``, ``Icardi 2 golle``
_STATS_AFTER = re.compile(r" (\d{1,3}) (?:sayı(?:yla|,| ve)|ribaund|asist(?:le)?(?![^\W_])|golle|gol att)")


def players_by_stats(text: str, words: list[Word], reader: NameReader) -> list[PersonMention]:
    """Mentions of the names said right before a player's figures (``Wade Baldwin 24 sayıyla``): a
    sentence's first word alone only when the lists know it as a name (``Toplam 24 sayı``: no one)."""
    mentions: list[PersonMention] = []
    ends: dict[int, int] | None = None  # word ends, indexed at the first figure (most articles say none)
    for match in _STATS_AFTER.finditer(text):
        ends = ends if ends is not None else {w.end: k for k, w in enumerate(words)}
        last = ends.get(match.start())
        if last is None or int(match.group(1)) > _MAX_FIGURE:
            continue
        first = _name_start(text, words, last, reader)
        if first is None or (first == last and words[last].start in reader.sentence_openers and not reader.is_known_word(last)):
            continue
        _take_name(reader, first, last, mentions)
    return mentions


def _take_name(reader: NameReader, first: int, last: int, mentions: list[PersonMention]) -> None:
    """Words ``first..last`` as a player's name, taken from the words free for other names."""
    mention = reader.two_words(first, last - first + 1)
    if mention is not None:
        reader.blocked.update(range(first, last + 1))
        mentions.append(mention)


def _minute_or_participle_candidates(text: str, words: list[Word]) -> list[int]:
    """The words that may say a minute or an action's participle, in order: every word for
    which ``_after_minute`` or ``_after_action`` holds is among them."""
    candidates = {word_at(words, match.start()) for match in _MINUTE_WORD.finditer(text)}
    candidates.update(word_at(words, match.start(1)) for match in _MINUTE_LOCATIVE.finditer(text))
    candidates.discard(None)
    for j in _action_words(text, words) + _words_starting(text, words, _SET_PIECE_STEMS):
        candidates.update(range(j + 1, j + 2 + _MAX_BETWEEN))  # the participle a few words after it
    return sorted(candidates)


def _action_words(text: str, words: list[Word]) -> list[int]:
    """The words that start with an action's stem (both rules ask: the last text's remembered)."""
    global _last_actions
    last_text, last_words, found = _last_actions  # read once: another thread may replace it
    if last_text is not text or last_words is not words:
        found = _words_starting(text, words, _ACTION_STEMS)
        _last_actions = (text, words, found)
    return found


_last_actions: tuple[str | None, list[Word] | None, list[int]] = (None, None, [])


def _words_starting(text: str, words: list[Word], stems: tuple[str, ...]) -> list[int]:
    """The indices of the words whose text starts with one of ``stems``."""
    found = []
    for stem in stems:
        at = text.find(stem)
        while at >= 0:
            index = word_at(words, at)
            if index is not None:
                found.append(index)
            at = text.find(stem, at + 1)
    return found


def _after_minute(text: str, words: list[Word], i: int) -> bool:
    """Word ``i`` says a minute: ``dakikada`` after a number, or a number with its locative (``62'de``)."""
    word = words[i]
    if _MINUTE.match(word.folded):  # ``5 Dakikada Finale Yükseldi``: a headline's capitals name no player
        return word.text[:1].islower() and i > 0 and (words[i - 1].text.isdigit() or text[words[i - 1].end : word.start].strip() == ".")
    return word.text in ("de", "da", "te", "ta") and i > 0 and words[i - 1].text.isdigit() \
        and int(words[i - 1].text) <= _LAST_MINUTE and text[words[i - 1].end : word.start] in APOSTROPHES \
        and text[words[i - 1].start - 1 : words[i - 1].start] not in (":", ".")  # ``10:30'da``: a time of day


def _after_action(text: str, words: list[Word], i: int) -> bool:
    """Word ``i`` is a participle with a player's action in the few lowercase words before it."""
    if not words[i].text.islower() or not _PARTICIPLE.match(words[i].folded) or _ACTION.match(words[i].folded):
        return False
    for j in range(i - 1, max(-1, i - 1 - _MAX_BETWEEN), -1):
        if text[words[j].end : words[j + 1].start] != " " or not words[j].text.islower():
            return False
        if _ACTION.match(words[j].folded) or _SET_PIECE.match(words[j].folded):
            return True
    return False


def _suffix_after(text: str, words: list[Word], i: int) -> bool:
    return text[words[i].end : words[i].end + 1] in APOSTROPHES


def action_follows(text: str, words: list[Word], suffix: int) -> bool:
    """Whether a player's action follows the genitive suffix at ``suffix``, after at most a few
    lowercase words and no punctuation."""
    j, last = suffix + 1, min(suffix + 2 + _MAX_BETWEEN, len(words))
    while j < last:
        if text[words[j - 1].end : words[j].start] != " ":
            return False
        if _minute_at(text, words, j):  # ``Okoro'nun 12. dakikada gelen vuruşu``: the minute is said between
            j, last = j + 2, min(last + 2, len(words))
            continue
        if not words[j].text.islower():
            return False
        if _ACTION.match(words[j].folded):
            return True
        j += 1
    return False


def _minute_at(text: str, words: list[Word], j: int) -> bool:
    """Words ``j`` and ``j + 1`` say a minute: ``59. dakikada``."""
    return j + 1 < len(words) and words[j].text.isdigit() and int(words[j].text) <= _LAST_MINUTE \
        and text[words[j].end : words[j + 1].start] == ". " and _MINUTE.match(words[j + 1].text) is not None


def _name_start(text: str, words: list[Word], last: int, reader: NameReader) -> int | None:
    """The first word of the name that ends at word ``last``: the capitalized words right before
    it, a sentence's first word only when the lists know it as a given name (``Maçta Ali'nin``:
    the opener is no name word)."""
    if not name_word(words[last]) or last in reader.blocked:
        return None
    first = last
    while first > 0 and last - first + 1 < _MAX_NAME_WORDS and text[words[first - 1].end : words[first].start] == " " \
            and name_word(words[first - 1]) and first - 1 not in reader.blocked \
            and (words[first - 1].start not in reader.sentence_openers or words[first - 1].folded in reader.given_names):
        first -= 1
    return first


def name_word(word: Word) -> bool:
    """A capitalized word that may be part of a name (not a word in capitals)."""
    return is_capitalized(word.text) and word.text[0].isalpha() and not (len(word.text) > 1 and is_all_caps(word.text))
