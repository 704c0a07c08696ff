"""Turkish text helpers shared by every stage: case folding, suffix stripping, words.

Turkish needs its own case folding: Python's ``str.lower`` maps ``I`` to ``i`` (Turkish
``ı``) and ``İ`` to ``i`` plus a combining dot, so ``"İTALYA".lower() != "italya"``.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache, partial
from typing import Iterator, NamedTuple

from pipeline.memo import Memo

#: Apostrophes that separate a proper noun from its case suffix (``Fidan'ın``, ``Kallas’tan``).
APOSTROPHES = "'’‘`´"

_WORD = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")
_SUFFIX_AFTER_APOSTROPHE = re.compile(f"[{APOSTROPHES}][^\\W_]*")


def turkish_lower(text: str) -> str:
    """Lower-case with Turkish dotted/dotless i rules (``İSTANBUL`` -> ``istanbul``)."""
    # two replaces, not ``str.translate``: the same letters (neither replace makes what the other
    # replaces), and 4x (a word) to 30x (an article) faster; every stage folds words with it
    return text.replace("İ", "i").replace("I", "ı").lower()


def turkish_upper(text: str) -> str:
    """Upper-case with Turkish dotted/dotless i rules (``istanbul`` -> ``İSTANBUL``)."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def strip_apostrophe_suffix(text: str) -> str:
    """Remove case suffixes written after an apostrophe: ``Türkiye'nin`` -> ``Türkiye``."""
    return _SUFFIX_AFTER_APOSTROPHE.sub("", text)


def fold_for_matching(text: str) -> str:
    """The comparison key used by the gold-format scorer and by lexicon look-ups:
    Turkish lower case, apostrophe suffixes removed, whitespace collapsed."""
    if len(text) > SHORT_TEXT:
        return _fold_for_matching(text)
    return _folded_names[text]


def _fold_for_matching(text: str) -> str:
    return _SPACES.sub(" ", turkish_lower(strip_apostrophe_suffix(text))).strip()


#: names are folded again and again by the stages (a country's, an organization's): the keys
#: of strings up to this long are remembered, for up to 50,000 of them
_folded_names = Memo(_fold_for_matching, 50_000)


#: the circumflex only marks a vowel's length or a palatal consonant before it: ``Kâzım`` and
#: ``Kazım``, ``Millî`` and ``Milli`` write one word
CIRCUMFLEX_VOWELS = "âîû"
_PLAIN_VOWELS = str.maketrans(CIRCUMFLEX_VOWELS, "aiu")


def without_circumflex(folded: str) -> str:
    """``kâzım`` -> ``kazım``: a folded word with its circumflexed vowels written plainly."""
    return folded.translate(_PLAIN_VOWELS)


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()


@lru_cache(maxsize=65536)  # asked of the same words by several stages
def is_all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class Word(NamedTuple):
    """A run of letters/digits in the original text, with its Turkish-folded form.

    A NamedTuple rather than a frozen dataclass: every stage makes one per word of every
    article, and a tuple is made several times faster."""

    start: int
    end: int
    text: str
    folded: str


_new_word = partial(tuple.__new__, Word)


def words(text: str) -> list[Word]:
    """Split text into words (apostrophes, hyphens and punctuation separate words)."""
    if len(text) <= SHORT_TEXT:  # a name or a phrase, split again by several stages: a new list of
        return list(_words_of_short_texts[text])  # the words (tuples) remembered for it
    return _split_words(text)


def _split_words(text: str) -> list[Word]:
    folded = turkish_lower(text)
    # folding the whole text at once is letter for letter, except for a Greek capital sigma
    # (its small form depends on the next letter): then fold word by word
    if len(folded) != len(text) or "Σ" in text:
        return [Word(m.start(), m.end(), m.group(), turkish_lower(m.group())) for m in _WORD.finditer(text)]
    # every stage reads an article's words: the spans first, then the tuples made as Words at C
    # level (``tuple.__new__``, what ``Word._make`` calls from Python: a third faster than
    # ``Word(m.start(), m.end(), ...)`` per match, and ``_make`` itself a tenth slower)
    spans = map(re.Match.span, _WORD.finditer(text))
    return list(map(_new_word, [(start, end, text[start:end], folded[start:end]) for start, end in spans]))


#: texts up to this long (names, phrases) have their words remembered, up to 50,000 of them
SHORT_TEXT = 80
_words_of_short_texts = Memo(lambda text: tuple(_split_words(text)), 50_000)


def leading_words(text: str, count: int) -> list[Word]:
    """``words(text)[:count]``, without splitting the rest of the text (a window after a
    number whose first words a lexicon may match)."""
    ends = [match.end() for match in itertools.islice(_WORD.finditer(text), count)]
    return words(text[: ends[-1]]) if ends else []


def iter_folded_words(text: str) -> Iterator[str]:
    """The folded forms of the words of ``text``, in order (``w.folded for w in words(text)``),
    folded one at a time: a reader that stops at an early word splits no more of the text."""
    return (turkish_lower(match.group()) for match in _WORD.finditer(text))


def folded_word_at(text: str, offset: int) -> str | None:
    """The folded form of the word that starts at ``offset`` (None when none starts there):
    ``words(text[offset:])[0].folded`` when that word starts at 0, without splitting a window."""
    match = _WORD.match(text, offset)
    return turkish_lower(match.group()) if match else None


def after_apostrophe(text: str, start: int) -> bool:
    """Whether an apostrophe stands right before ``start``: the word there is a suffix (the
    ``ın`` of ``Fidan'ın``), no word of its own."""
    return start > 0 and text[start - 1] in APOSTROPHES


def before_apostrophe(text: str, end: int) -> bool:
    """Whether an apostrophe follows ``end``: the word that ends there carries an apostrophe
    suffix (``Fidan'ın``), which closes a name."""
    return end < len(text) and text[end] in APOSTROPHES


def is_suffix_after_apostrophe(text: str, offset: int) -> bool:
    """Whether the apostrophe at ``offset`` opens a case suffix glued to the word before it
    (``Ankara'nın``), rather than closing a quotation (``'Kartal' operasyonu``, ``'Kartal'.``)."""
    return text[offset : offset + 1] in APOSTROPHES and text[offset + 1 : offset + 2].islower()


def suffix_end(text: str, end: int) -> int:
    """If an apostrophe suffix follows position ``end`` (``Fidan|'ın``), return where it ends."""
    if text[end : end + 1] not in APOSTROPHES:  # most words: no regex call (an empty slice is "in" and goes on)
        return end
    match = _SUFFIX_AFTER_APOSTROPHE.match(text, end)
    return match.end() if match else end


#: Words that join two items of a list (``X ve Y``, ``X ile Y``, ``X veya Y``)
COORDINATORS = frozenset({"ve", "ile", "veya", "yahut"})
#: the coordinators that join items of a list only; ``ile`` also means "with"
LIST_COORDINATORS = COORDINATORS - {"ile"}
#: Question words (folded): in a clause they make it an indirect question (``X'in ne şekilde
#: kullanıldığı``, ``kimin aday olacağı``), which names a matter, not a claim.
INTERROGATIVES = frozenset(
    {"ne", "neden", "niçin", "niye", "nasıl", "nerede", "nereye", "nereden", "kim", "kimin", "kime", "kimi", "hangi", "kaç"}
)

#: The end of a sentence: ``.``, ``!`` or ``?`` before a space or the text's end, or a line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
#: The same, and a full stop written without the space after it before a letter (``etti.Ankara``)
_SENTENCE_END_UNSPACED = re.compile(r"[.!?](?=\s|[^\W\d_])|\n")
#: how far back a sentence's start is looked for: a longer "sentence" is a list or a table
SENTENCE_LOOK_BACK = 600


def sentence_end(text: str, offset: int) -> int:
    """Where the sentence (or line) holding ``offset`` ends: the offset of its final punctuation
    or line break, or the text's end."""
    match = _SENTENCE_END.search(text, offset)
    return match.start() if match else len(text)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding ``text[start:end]``, its final punctuation left out."""
    sentence_start = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - SENTENCE_LOOK_BACK), start):
        sentence_start = match.end()
    return sentence_start, sentence_end(text, end)


def sentence_at(text: str, offset: int) -> str:
    """The sentence holding ``offset``, its final punctuation included, also where a full stop
    lacks the space after it; at most ``SENTENCE_LOOK_BACK`` characters before ``offset``."""
    start = max(0, offset - SENTENCE_LOOK_BACK)
    for match in _SENTENCE_END_UNSPACED.finditer(text, start, offset):
        start = match.end()
    end_match = _SENTENCE_END_UNSPACED.search(text, offset)
    return text[start : end_match.end() if end_match else len(text)]


#: Where one sentence ends and the next begins, read strictly (for walking a text sentence by
#: sentence): final punctuation, a closing quote, space, then a capital or a digit. A period
#: after a number of one to three digits is an ordinal (``4. Türkiye-Afrika Zirvesi``, also quoted:
#: ``"11. Yargı Paketi"``), not the end of a sentence (a year, ``2025.``, still ends one); nor is the period of a title
#: abbreviated before a name (``Doç. Dr. Ayşe Kaya``, ``Prof. Dr.``, ``Av.``, ``Uzm.``).
_TITLE_ABBREVIATIONS = ("Dr", "Doç", "Prof", "Av", "Op", "Uzm", "Yrd", "Dt", "Ecz", "Müh", "Sn")
_STRICT_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…])(?<!(?<![^\s\"“«(])\d\.)(?<!(?<![^\s\"“«(])\d\d\.)(?<!(?<![^\s\"“«(])\d\d\d\.)"
    + "".join(rf"(?<!\b{abbreviation}\.)" for abbreviation in _TITLE_ABBREVIATIONS)
    + r"[\"”’»]?\s+(?=[\"“«(]?[A-ZÇĞİÖŞÜ0-9])"
)


def sentence_breaks(text: str, start: int, end: int) -> list[int]:
    """The offsets in ``text[start:end]`` where a sentence ends (before the space that follows
    it), by the strict reading: the agenda finder walks sentences with it."""
    return [match.start() for match in _STRICT_SENTENCE_BREAK.finditer(text, start, end)]


#: A sentence or line boundary, or a quotation opening after a space (``dedi ki "Mali ...``).
#: It opens with a lookahead for the characters every match opens with: the scan then passes
#: over the other characters (half the time of the bare alternation; the same matches).
_SENTENCE_BREAK = re.compile(r"(?=[.!?:;\n\"“«])(?:[.!?:;]\s+|\n\s*|(?<=\s)(?=[\"“«]))")
#: Opening quotes and brackets at the start of a sentence: the first word comes after them.
_OPENERS = re.compile(r"[\"“«‘(\[]+\s*")


#: a leading ``date YYYY-MM-DD`` (or ``YYYY-MM``) stamp of a scraped page, its date as group 1: the
#: document stage reads the publication date from it, and the word after it opens a sentence
DATE_STAMP = r"\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)"
_DATE_STAMP = re.compile(rf"{DATE_STAMP}[ \t]+")


def iter_sentence_starts(text: str) -> Iterator[int]:
    """Offsets where a sentence or a line starts (a cheap cue for the capital-letter tests),
    also after the quotes and brackets that open one (``"Mali disiplin ...``, ``(Sudan ...``)."""
    yield from sentence_starts(text)


@lru_cache(maxsize=8)  # the analysis and several searches of one article ask for its text's
def sentence_starts(text: str) -> tuple[int, ...]:
    """``iter_sentence_starts`` as a tuple, remembered for the last few texts."""
    starts = {0}
    for match in _SENTENCE_BREAK.finditer(text):
        starts.add(match.end())
        openers = _OPENERS.match(text, match.end())
        if openers:
            starts.add(openers.end())
    openers = _OPENERS.match(text)
    if openers:
        starts.add(openers.end())
    stamp = _DATE_STAMP.match(text)
    if stamp:
        starts.add(stamp.end())
    return tuple(sorted(starts))


#: what may stand between a sentence break and the sentence's first word
_BEFORE_FIRST_WORD = " \t\"“”'‘’«»("


#: what may stand before the text's first word, and a sentence or line break with what may stand
#: before the next sentence's first word (two patterns: one opening with ``\\A`` or a break would
#: be tried at every offset of the text, while one opening with the break passes over the others)
#: a line may open with a bullet or a dialogue dash before its first word (``- Oğlum, dedi.``, ``• Ali``)
_BULLETS = "-–—•*"
_BULLET_RUN = f"(?:[{re.escape(_BULLETS)}][ \\t]+[{re.escape(_BEFORE_FIRST_WORD)}]*)?"
_OPENING_RUN_AT_START = re.compile(f"[{re.escape(_BEFORE_FIRST_WORD)}]*{_BULLET_RUN}")
_OPENING_RUN = re.compile(f"\\n[{re.escape(_BEFORE_FIRST_WORD)}]*{_BULLET_RUN}|[.!?:;][{re.escape(_BEFORE_FIRST_WORD)}]*")


def sentence_openings(text: str) -> set[int]:
    """The offsets where a word is the first of its sentence or line (``opens_sentence`` of
    every offset at once): the end of each break's run of quotes, brackets and spaces. The
    run is read greedily and a break character is none of those, so each ends where
    ``opens_sentence`` looking back from a word would start."""
    first = _OPENING_RUN_AT_START.match(text).end()
    stamp = _DATE_STAMP.match(text)
    return {first, *(match.end() for match in _OPENING_RUN.finditer(text, first)), *((stamp.end(),) if stamp else ())}


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of its sentence or line: what comes before it,
    quotes and brackets aside, is the text's start or a sentence or line break. It looks back
    only as far as those characters go, so asking for every word costs linear time."""
    i = start
    while i > 0 and text[i - 1] in _BEFORE_FIRST_WORD:
        i -= 1
    if i > 0 and text[i - 1] in _BULLETS and i < start and text[i] in " \t":
        bullet = i - 1  # ``- Oğlum``: a bullet or dash opens the line only where the line starts with it
        i = bullet
        while i > 0 and text[i - 1] in _BEFORE_FIRST_WORD:
            i -= 1
        if not (i == 0 or text[i - 1] == "\n"):
            i = bullet + 1
    return i == 0 or text[i - 1] in ".!?:;\n" or _DATE_STAMP.fullmatch(text, 0, i) is not None


#: Turkish letters as text typed without them writes them (``Müdürlüğü`` -> ``Mudurlugu``)
_ASCII_LETTERS = str.maketrans("çğıöşü", "cgiosu")


def ascii_spellings(folded: str) -> tuple[str, ...]:
    """The folded forms of a folded word typed without Turkish letters: ``müdürlüğü`` ->
    ``mudurlugu``; a word beginning with ``i`` also as a capital ``I`` folds it
    (``idaresi``, ``ıdaresi``). Empty when the word has no Turkish letter to lose."""
    plain = folded.translate(_ASCII_LETTERS)
    spellings = {plain} | ({"ı" + plain[1:]} if plain.startswith("i") else set())
    spellings.discard(folded)
    return tuple(sorted(spellings))


def typed_without_turkish_letters(folded: tuple[str, ...], min_length: int) -> list[tuple[str, ...]]:
    """A phrase of folded words as text typed without Turkish letters writes it (``deniz
    komutanligi``, ``ıl saglik mudurlugu``), word by word: such text often keeps some of them
    (``bölge ... komutanligi``). Words shorter than ``min_length`` keep their letters."""
    options = [(word, *ascii_spellings(word)) if len(word) >= min_length else (word,) for word in folded]
    return [spelling for spelling in itertools.product(*options) if spelling != folded]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the non-empty lines, white space around them left out."""
    lines, position = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped)
            lines.append((start, start + len(stripped)))
        position += len(line) + 1
    return lines
