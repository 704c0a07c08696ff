"""Names in a roster line: a label, a colon, then items set off by commas, each item a name
and at most a number (points, a shirt number) or a rating in marks and a note in parentheses after it::

    Ev Sahibi: Ali Kaya 12, Brown 8, Tomás de Lima, Okoro 3
    Hakemler: Ayşe Demir (Türkiye), Petrov (Bulgaristan), Jan Novak (Çekya)
    Konuk Takım: Mert Aydın, Diallo, Luis Ortega (Dk. 70 Kovac), N'Diaye
    Misafir: Can Er xx, Lopes xxx, Sami Ak x (Petrov dk. 64 xx)

Line-ups, box scores, juries and lists of officials are written so, and sport reports name
foreign players there by surname alone. The line is a roster when every item has that shape and
at least two of its items are names found otherwise (or words of names found elsewhere
in the text: ``Soner`` after ``Soner Dikmen``), or when its items mostly carry numbers
and another roster line of the text that carries numbers holds found names (the other team's
box score), or when it stands right next to a roster line with found names and its label is
written alike (the other team's line-up, ``EV SAHİBİ: ...`` over ``KONUK: ...``). Then every item is a name, and so is a substitute said in parentheses before or after a
minute (``(Dk. 70 Kovac)``, ``(Petrov dk. 64 xx)``). An item that holds a word another stage took (a club, a country)
is no name, and keeps the line from being a roster. The items of rosters are so many people: a
lone name among them is nobody else's of them (``Ali`` beside ``Ömer Ali`` on a bench)."""

from __future__ import annotations

import bisect
import re

from pipeline.lang.tr.text import Word, is_capitalized, line_spans
from pipeline.lexicons.candidates import word_starts
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import NAME_PARTICLES
from pipeline.persons.names import NameReader
from pipeline.persons.word_spans import word_indices

#: most name words of one item (``Juan Carlos de la Vega``: particles not counted)
_MAX_ITEM_WORDS = 4
#: most words of the label before the colon (``Ev Sahibi Takım``)
_MAX_LABEL_WORDS = 4
_MIN_ITEMS = 3
#: a substitute's minute: ``Dk.`` (dakika) before the number
_MINUTE = {"dk", "dak"}
_PARTICLES = NAME_PARTICLES | {"de", "da", "do", "dos", "y"}
_APOSTROPHES = ("'", "’")
#: a player's rating after his name, in marks (``x``, ``xx``, ``xxx``), as a number is
_RATING = re.compile(r"x{1,5}")


def roster_names(text: str, words: list[Word], reader: NameReader,
                 mentions: list[PersonMention]) -> list[PersonMention]:
    """Mentions of the roster items no reading found."""
    if ": " not in text:
        return []  # no line holds a label and its colon
    starts = word_starts(words)
    covered = word_indices(words, [(m.start, m.end) for m in mentions])
    named = {word for mention in mentions for word in mention.words}  # ``Soner`` after ``Soner Dikmen``
    rosters = []  # (items, found, numbered, the line's number, its label in capitals)
    for number, (line_start, line_end) in enumerate(line_spans(text)):
        items = _items(text, words, starts, line_start, line_end)
        if items is None:
            continue
        found = sum(item[0][0] in covered or all(words[i].folded in named for i in item[0]) for item in items)
        if any(item[0][0] not in covered and any(i in reader.blocked for i in item[0]) for item in items):
            continue  # a club or a country among the items: no line of people
        numbered = sum(item[1] for item in items) * 2 >= len(items)
        rosters.append((items, found, numbered, number, _label_in_capitals(text, line_start)))
    scored = any(found >= 2 and numbered for _, found, numbered, _, _ in rosters)
    # the other team's line-up, on the line next to a roster line and labelled alike
    beside = {(number + step, capitals) for _, found, _, number, capitals in rosters if found >= 2 for step in (-1, 1)}
    result = []
    at_start = {mention.start: mention for mention in mentions}
    for items, found, numbered, number, capitals in rosters:
        if found < 2 and not (numbered and scored) and (number, capitals) not in beside:
            continue
        for name_words, _, substitute in items:
            for run in (name_words, substitute):
                if run and words[run[0]].start in at_start:
                    at_start[words[run[0]].start].roster_item = True
                elif run and not any(i in reader.blocked for i in run):
                    mention = reader.run_of_words(run[0], run[-1])
                    if mention is not None:
                        reader.blocked.update(run)
                        mention.roster_item = True
                        result.append(mention)
    return result


def _label_in_capitals(text: str, line_start: int) -> bool:
    label = text[line_start : text.find(":", line_start)]
    return label.upper() == label


def _items(text: str, words: list[Word], starts: list[int], line_start: int,
           line_end: int) -> list[tuple[list[int], bool, list[int]]] | None:
    """The items of a roster line, each as (its name words, whether a number follows, the name
    words of a substitute in parentheses); None when the line has no roster's shape."""
    colon = text.find(": ", line_start, line_end)
    if colon < 0:
        return None
    first, last = bisect.bisect_left(starts, line_start), bisect.bisect_left(starts, line_end)
    label_end = bisect.bisect_left(starts, colon)
    if not 0 < label_end - first <= _MAX_LABEL_WORDS:
        return None
    items, i = [], label_end
    while i < last:
        end, depth = i + 1, 0
        while end < last:
            gap = text[words[end - 1].end : words[end].start]
            depth += gap.count("(") - gap.count(")")
            if depth == 0 and "," in gap:
                break
            end += 1
        item = _item(text, words, i, end)
        if item is None:
            return None
        items.append(item)
        i = end
    return items if len(items) >= _MIN_ITEMS else None


def _item(text: str, words: list[Word], first: int, end: int) -> tuple[list[int], bool, list[int]] | None:
    """One item, words ``first`` to ``end - 1``: a name, then a number or a rating, a note in
    parentheses, or both."""
    name = _name_run(text, words, first, end)
    if not name:
        return None
    rest = name[-1] + 1
    marked = rest < end and text[words[rest - 1].end : words[rest].start] == " " and _is_mark(words[rest].text)
    if marked:
        rest += 1
    if rest == end:
        return name, marked, []
    gap = text[words[rest - 1].end : words[rest].start]
    if gap.strip() != "(" or not text[words[end - 1].end :].lstrip(" ").startswith(")"):
        return None
    substitute: list[int] = []
    if words[rest].folded in _MINUTE and rest + 2 < end and words[rest + 1].text[0].isdigit():
        j = rest + 1
        while j < end and not is_capitalized(words[j].text):
            j += 1  # ``Dk. 90+1``: the minute's numbers and signs
        substitute = _name_run(text, words, j, end) if j < end else []
        if substitute and substitute[-1] != end - 1:
            substitute = []
    elif is_capitalized(words[rest].text):  # ``(Kovac dk. 70 xx)``: the name before the minute
        substitute = _name_run(text, words, rest, end)
        after = substitute[-1] + 1 if substitute else end
        if not (after + 1 < end and words[after].folded in _MINUTE and words[after + 1].text[0].isdigit()
                and all(_is_mark(w.text) or not w.text[0].isalpha() for w in words[after + 1 : end])):
            substitute = []
    return name, marked, substitute


def _is_mark(word: str) -> bool:
    """A number or a rating in marks after a player's name."""
    return word.isdigit() or _RATING.fullmatch(word) is not None


def _name_run(text: str, words: list[Word], first: int, end: int) -> list[int]:
    """Words from ``first`` that make a name: capitalized words and particles between them, joined
    by a space or a hyphen; empty when word ``first`` opens none."""
    run: list[int] = []
    i = first
    while i < end and sum(is_capitalized(words[k].text) for k in run) < _MAX_ITEM_WORDS:
        word = words[i]
        if run and text[words[i - 1].end : word.start] not in (" ", "-") and not _letter_apostrophe(text, words, i - 1):
            break
        if is_capitalized(word.text) and word.text[0].isalpha() and not word.text.isupper() \
                or _letter_apostrophe(text, words, i) and i + 1 < end and is_capitalized(words[i + 1].text):
            run.append(i)
        elif word.folded in _PARTICLES and i + 1 < end and is_capitalized(words[i + 1].text):
            run.append(i)
        else:
            break
        i += 1
    while run and not is_capitalized(words[run[-1]].text):
        run.pop()
    return run


def _letter_apostrophe(text: str, words: list[Word], index: int) -> bool:
    """``N'Diaye``, ``D'Souza``: one capital letter and an apostrophe open a surname."""
    word = words[index]
    return len(word.text) == 1 and word.text.isupper() and text[word.end : word.end + 1] in _APOSTROPHES


