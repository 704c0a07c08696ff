"""Sentences as tokens with their punctuation: the ground the agenda-list finder walks on.

A token is a word together with an apostrophe suffix written after it (``Suriye'yi``),
its folded form and its stem key (``pipeline.lang.tr.morphology.match_key``). Between tokens lie
gaps of punctuation; a gap knows whether it is inside quotes or parentheses, because a
quoted title is one item however many commas it has.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import partial
from itertools import compress
from operator import itemgetter
from typing import Callable, Iterator, NamedTuple

from pipeline.lang.tr.morphology import match_key
from pipeline.lang.tr.text import APOSTROPHES, Word, sentence_breaks

OPENING = "“«(„"
CLOSING = "”»)"
QUOTES_OPENING = "“«„\""
SINGLE_QUOTES = "'‘’"  #: quotes inside quotes, and apostrophes (told apart by their neighbours)
CLOSING_SINGLE_QUOTE = re.compile(r"\S['’](?!\w)")
STATEMENT_QUOTE = '"'  #: the mark that opens a quoted statement
STATEMENT_END = "”"  #: the mark that closes one
SAYING_AFTER_QUOTE = re.compile(r"\s*(?:de(?:di|miş|yip)|diye|şeklinde|ifade(?:leri|si)n[ie]|denil)")
MIN_STATEMENT_WORDS = 4  #: a quote of fewer words is a name or a title, even with a final mark
#: A short paragraph whose last character is not one of these is a headline or a crosshead;
#: it states an agenda only with an agenda cue of its own ("X ve Y masada").
SENTENCE_FINAL = ".!?…:;\"”»)'’"
MAX_HEADLINE_WORDS = 20
BULLETS = "•▪●◦·"
#: a dash or an asterisk opening a line after a colon is a bullet ("- X", "* X"), not a hyphen or a footnote mark
LINE_BULLETS = "-–—*"
LIST_OPENERS = ":;"  #: a paragraph ending so may be followed by bullet lines
#: a numbered point, read as a bullet: at a line's start ``1)``, ``2-``, ``3.``, ``a)``; inside a
#: line after a space or a comma ``1)``, ``2-`` (``gündeminde 1- X, 2- Y``; not ``3-0``, ``2. Lig``)
NUMBERED_POINT = re.compile(r"(?:^[ \t]*(?:\d{1,2}|[a-hA-H])[.)\-–]|(?<=[\s,;:])(?:\d{1,2}|[a-h])[)\-–])[ \t]+(?=\S)",
                            re.MULTILINE)
#: a weekday and a colon opening a line of a week's programme, read as a bullet as a number is
#: (``Salı: X\nÇarşamba: Y``): the day heads the entry and is no word of the item
DAY_POINT = r"^[ \t]*(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar)[ \t]*:[ \t]+(?=\S)"
LIST_POINT = re.compile(f"{NUMBERED_POINT.pattern}|{DAY_POINT}", re.MULTILINE)


class Token(NamedTuple):
    """A NamedTuple rather than a frozen dataclass: one is made per word of every article,
    and a tuple is made several times faster."""

    start: int
    end: int  #: end of the word as written, apostrophe suffix included
    stem_end: int  #: where an apostrophe suffix starts (``end`` when there is none)
    folded: str  #: Turkish-folded, apostrophe left out: ``suriyeyi``
    key: str  #: stem key for lexicon comparisons: ``suriye``
    capitalized: bool  #: written with a capital: a name, or the first word of a sentence


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  #: number of the body paragraph (headlines are not counted)
    tokens: list[Token]
    headline: bool = False  #: a short paragraph without a final mark: a headline or a crosshead
    #: the article's text, for the punctuation between the tokens (read on first use)
    text: str = field(default="", compare=False, repr=False)
    _gaps: tuple[list[int], list[str]] | None = field(default=None, compare=False, repr=False)

    @property
    def depths(self) -> list[int]:
        """Per token: 0 outside quotes and parentheses."""
        return self._punctuation()[0]

    @property
    def marks(self) -> list[str]:
        """marks[i]: punctuation outside quotes between tokens[i - 1] and tokens[i]."""
        return self._punctuation()[1]

    def mark_after(self, index: int) -> str:
        return self.marks[index + 1]

    def _punctuation(self) -> tuple[list[int], list[str]]:
        # read only for the sentences a cue is found in: most sentences of an article hold none
        if self._gaps is None:
            object.__setattr__(self, "_gaps", _read_punctuation(self.text, self.start, self.end, self.tokens))
        return self._gaps


def tokens_of(text: str, words: list[Word], key: Callable[[str], str] = match_key) -> list[Token]:
    """Words with the apostrophe suffixes after them merged in (``Suriye`` + ``'yi``)."""
    if not words:
        return []
    # one token per word of every article: the fields are read column by column and the Tokens
    # made at C level; only the few suffixes glued by an apostrophe are handled one by one
    starts, ends, written, folded = zip(*words)
    glued = _glued_suffixes(text, starts, ends)
    keys = map(key, folded)
    capitalized = map(str.isupper, map(itemgetter(0), written))
    if not glued:
        return list(map(_new_token, zip(starts, ends, ends, folded, keys, capitalized)))
    token_ends, token_folded = list(ends), list(folded)
    kept = [True] * len(words)
    head = 0  # the word whose token a glued suffix joins (a suffix may follow a suffix)
    for index in glued:
        if kept[index - 1]:
            head = index - 1
        token_ends[head] = ends[index]
        token_folded[head] += folded[index]
        kept[index] = False
    columns = (starts, token_ends, ends, token_folded, list(keys), list(capitalized))
    return list(map(_new_token, zip(*(compress(column, kept) for column in columns))))


_new_token = partial(tuple.__new__, Token)  # a Token made at C level
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")


def _glued_suffixes(text: str, starts: tuple[int, ...], ends: tuple[int, ...]) -> list[int]:
    """Indices of the words written right after an apostrophe that follows the word before
    (``'yi`` of ``Suriye'yi``), in order: found from the apostrophes, a few per article."""
    glued = []
    for apostrophe in _APOSTROPHE.finditer(text, starts[0], ends[-1]):
        after = apostrophe.end()
        index = bisect.bisect_left(starts, after)
        if 0 < index < len(starts) and starts[index] == after and ends[index - 1] == apostrophe.start():
            glued.append(index)
    return glued


def sentences_of(text: str, tokens: list[Token], skip: tuple[int, int] | None = None) -> Iterator[Sentence]:
    """The sentences of body paragraphs (headlines left out), as runs of tokens."""
    points = {m.start() + len(m.group()) - len(m.group().lstrip()) for m in LIST_POINT.finditer(text)}
    if points:  # ``1)``, ``2-``: the number of a point is no word of an item
        tokens = [t for t in tokens if t.start not in points]
    starts = [t.start for t in tokens]
    number = -1
    for paragraph_start, paragraph_end in _paragraphs(text):
        paragraph = text[paragraph_start:paragraph_end]
        headline = _is_headline(paragraph)
        number += 1
        start = paragraph_start
        for end in [*sentence_breaks(text, start, paragraph_end), paragraph_end]:
            if skip and start < skip[1] and skip[0] < end:
                start = max(start, skip[1])
            first = bisect.bisect_left(starts, start)
            sentence_tokens = tokens[first : bisect.bisect_left(starts, end)]
            while sentence_tokens and sentence_tokens[-1].end > end:  # tokens do not overlap: only
                sentence_tokens.pop()  # the last ones can run past the sentence's end
            if sentence_tokens:
                yield _sentence(text, start, end, number, sentence_tokens, headline)
            start = end


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans; a paragraph that ends in a colon or semicolon and the bullet lines
    after it form one (``toplantıda; • X • Y ... ele alındı``): a list set out line by line,
    with the line after it when that goes on in lowercase (``- Y\nkonularında görüşüldü``)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    index = 0
    while index < len(spans):
        start, end = spans[index]
        index += 1
        if text[start:end].rstrip()[-1:] in LIST_OPENERS:
            opened = index
            while index < len(spans) and (text[spans[index][0]:spans[index][1]].lstrip()[:1] in BULLETS + LINE_BULLETS
                                          or _numbered_item(text, *spans[index])):
                end = spans[index][1]
                index += 1
            if opened < index < len(spans) and text[start:end].rstrip()[-1:] in ",;" \
                    and LIST_POINT.match(text, spans[index][0]) is not None:
                end = spans[index][1]  # "2- X,\n3- Y.": the last item of the numbered list closes it
                index += 1
            if opened < index < len(spans) and text[spans[index][0]:spans[index][1]].lstrip()[:1].islower():
                end = spans[index][1]  # "Toplantıda;\n- X,\n- Y\nkonularında görüşüldü.": the list's predicate
                index += 1
        yield start, end


def _numbered_item(text: str, start: int, end: int) -> bool:
    """A line opened by a numbered point and closed without a sentence's final mark: an item of a
    list set out line by line (``1) Bütçe görüşmeleri``); a numbered paragraph that ends in a full
    stop is a statement of its own (``1. ... hakkında kurula bilgi sunulmuştur.``)."""
    return LIST_POINT.match(text, start) is not None and text[start:end].rstrip()[-1:] not in ".!?"


def _is_headline(paragraph: str) -> bool:
    # a list set out line by line after a colon ends without a mark, and is no headline
    return "\n" not in paragraph and paragraph.rstrip()[-1:] not in SENTENCE_FINAL and len(paragraph.split()) <= MAX_HEADLINE_WORDS


def _sentence(text: str, start: int, end: int, paragraph: int, tokens: list[Token], headline: bool) -> Sentence:
    return Sentence(start, end, paragraph, tokens, headline, text)


def _inside_a_number(text: str, offset: int, gap: str) -> bool:
    """``9,7``, ``1.250``: a decimal comma or a thousands point between digits is no punctuation."""
    return gap in (",", ".") and text[offset - 1 : offset].isdigit() and text[offset + 1 : offset + 2].isdigit()


def _read_punctuation(text: str, start: int, end: int, tokens: list[Token]) -> tuple[list[int], list[str]]:
    """The depths and marks of a sentence's tokens (``Sentence.depths``, ``Sentence.marks``)."""
    bounds = [start] + [offset for t in tokens for offset in (t.start, t.end)] + [end]
    depths: list[int] = []
    marks: list[str] = []
    depth = 0
    # a quoted statement ("Açıklamada, “Zirve X'i ele alacak.” denildi") is read as if unquoted:
    # its commas and coordinators shape lists; its opening is kept as a mark, a break
    statement_quotes = 0
    singles = 0  # single quotes open ("'X ve Y' temasıyla", often inside a double-quoted statement)
    for index in range(len(tokens) + 1):
        gap = text[bounds[2 * index] : bounds[2 * index + 1]]
        if not gap or gap == " " or _inside_a_number(text, bounds[2 * index], gap):
            marks.append("")  # most words are one space apart: no mark, same depth; "9,7 milyar": one number
            depths.append(depth)
            continue
        outside = []
        gap_start = bounds[2 * index]
        # the point's pattern looks one character past the gap (the token after it)
        point = LIST_POINT.search(text, gap_start, gap_start + len(gap) + 1) if gap.strip() else None
        if point is not None:
            # read as a bullet: its number and mark are no punctuation of the item
            outside.append(",•")
            first, last = point.start() - gap_start, min(point.end() - gap_start, len(gap))
            gap = gap[:first] + " " * (last - first) + gap[last:]
        for offset, char in enumerate(gap, gap_start):
            if char == " ":
                continue  # a space says nothing; a point's blanked characters must not be read from the text again
            char = single_quote_as_double(text, offset, singles)
            singles += (char == "“" and text[offset] in SINGLE_QUOTES) - (char == "”" and text[offset] in SINGLE_QUOTES)
            if char in QUOTES_OPENING and not depth and not statement_quotes and _quotes_a_statement(text, offset, end):
                statement_quotes += 1
                outside.append(STATEMENT_QUOTE)
            elif char in OPENING or (char == '"' and not depth and not statement_quotes):
                depth += 1
            elif char in CLOSING or char == '"':
                if depth:
                    depth -= 1
                elif statement_quotes:
                    statement_quotes -= 1
                    outside.append(STATEMENT_END)  # the quoted clause ends here
            elif depth == 0 and not char.isspace():
                bullet = char in BULLETS or (char in LINE_BULLETS and text[offset - 1] == "\n")
                outside.append(",•" if bullet else char)  # a bullet separates items as a comma does
        marks.append("".join(outside))
        depths.append(depth)
    return depths[:-1], marks


def single_quote_as_double(text: str, offset: int, open_singles: int) -> str:
    """The character at ``offset``, with a single quote read as the double one it stands for:
    ``'`` or ``‘`` after a space opens a quote (``“``); ``'`` or ``’`` after a word and before
    no letter closes one that is open (``”``). A suffix's apostrophe (``Ankara'da``) stays."""
    char = text[offset]
    if char not in SINGLE_QUOTES:
        return char
    before = text[offset - 1] if offset else " "
    after = text[offset + 1] if offset + 1 < len(text) else " "
    if char != "’" and (before.isspace() or before in OPENING or before == '"') and not after.isspace():
        line_end = text.find("\n", offset)
        closed = CLOSING_SINGLE_QUOTE.search(text, offset + 2, len(text) if line_end < 0 else line_end)
        return "“" if closed else char  # "İran 'a": a suffix written apart, nothing closes it
    if open_singles and char != "‘" and not before.isspace() and not after.isalnum():
        return "”"
    return char


def _closing_quote(text: str, opening: int, sentence_end: int) -> int | None:
    """Where the quote opened at ``opening`` closes: a title quoted inside a statement
    (``"Konsey “X ve Y” temasıyla toplandı."``) or a parenthesis in it does not close it."""
    nested = 0
    for index in range(opening + 1, sentence_end):
        char = single_quote_as_double(text, index, nested + 1)  # the quote being closed is open
        if char == '"' and (text[opening] == '"' or not nested):
            return index  # a straight quote does not nest: it closes its own kind
        if char in OPENING:
            nested += 1
        elif char in CLOSING:
            if not nested:
                return index
            nested -= 1
    return None


def _quotes_a_statement(text: str, opening: int, sentence_end: int) -> bool:
    """Whether the quote opened at ``opening`` holds a statement rather than a name or a title:
    it runs past the sentence, or ends in a sentence-final mark (``“Zirve X'i ele alacak.”``)."""
    close = _closing_quote(text, opening, sentence_end)
    if close is None:
        return len(text[opening + 1 : sentence_end].split()) >= MIN_STATEMENT_WORDS
    inner = text[opening + 1 : close].rstrip()
    said = SAYING_AFTER_QUOTE.match(text, close + 1) is not None  # "“X de gündemdedir” demişti"
    return (said or inner[-1:] in SENTENCE_FINAL) and len(inner.split()) >= MIN_STATEMENT_WORDS
