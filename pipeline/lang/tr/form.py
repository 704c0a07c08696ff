"""The form of a text: the characters scraped news dumps write differently from clean text.

A dump's text may carry Windows line ends (``\\r\\n``) or Unicode line separators,
non-breaking and other Unicode spaces, tabs and runs of spaces, zero-width spaces and soft
hyphens inside words (a CMS's hyphenation hints), HTML entities left unescaped (``&quot;``,
``&#39;``, ``&amp;``), letters decomposed into a base and a combining mark (Unicode NFD: ``s``
+ U+0327 for ``ş``, ``I`` + U+0307 for ``İ``; ``i`` + U+0307 where a tool lower-cased ``İ`` by
other languages' rules, read as ``i``) and a suffix's apostrophe written ``’``, ``ʼ``
or ``′``, or doubled (``Ankara''da``, ``2019''da``: a database's escape of the apostrophe).
The stages read words, spaces and apostrophes as clean text writes them, so they read
``normalize_form(text)``: a copy with those written the clean way, and the ``FormMap`` that
takes its offsets back to the input text, where every record offset points. A text that has
none of them is its own copy (no map), so clean texts read exactly as before.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from typing import Iterator, NamedTuple

#: spaces other than U+0020 that separate words: the tab, no-break space, the typographic
#: spaces of U+2000-U+200A, narrow no-break, medium mathematical and ideographic spaces
_OTHER_SPACES = "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: characters that show nothing: zero-width space, non-joiner, joiner, word joiner, byte
#: order mark, soft hyphen
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_FORM = re.compile(
    "(?P<line>\r\n?|[\u2028\u2029\x85])"
    f"|(?P<space>[ {_OTHER_SPACES}]{{2,}}|[{_OTHER_SPACES}])"
    f"|(?P<invisible>[{_INVISIBLE}]+)"
    "|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    "|(?P<decomposed>.[\u0300-\u036f]+)"
    "|(?<=[^\\W_])(?P<apostrophe>[’‘`´ʼ′]|'')(?=[^\\W\\d_])",
    re.DOTALL,
)
#: a character every match of ``_FORM`` holds as its first or second (a space run: two spaces
#: or another space; a decomposed letter: the combining mark after its base letter)
_FORM_TRIGGER = re.compile(
    f"[\r\u2028\u2029\x85{_OTHER_SPACES}{_INVISIBLE}&\u0300-\u036f’‘`´ʼ′]|  |''"
)
_CLEAN_SPACES = str.maketrans(_OTHER_SPACES, " " * len(_OTHER_SPACES), _INVISIBLE)
#: ``i`` or ``ı`` with a combining dot above: ``İ`` lower-cased by a rule that is not Turkish's
#: (Python's ``"İ".lower()`` gives ``i`` + U+0307; other tools leave ``ı`` + U+0307)
_DOTTED_SMALL_I = ("i\u0307", "ı\u0307")


class Edit(NamedTuple):
    """One replacement: ``input[start:end]`` became ``copy[copy_start:copy_end]``."""

    copy_start: int
    copy_end: int
    start: int
    end: int


class FormMap:
    """Offsets of the normalized copy -> offsets of the input text (and back)."""

    def __init__(self, edits: list[Edit]):
        self.edits = edits
        self._copy_starts = [edit.copy_start for edit in edits]
        self._starts = [edit.start for edit in edits]

    def start(self, offset: int) -> int:
        """The input offset where a span starting at copy ``offset`` starts (after any
        invisible characters dropped right there: they belong to no word)."""
        i = bisect.bisect_right(self._copy_starts, offset) - 1
        if i < 0:
            return offset
        edit = self.edits[i]
        return edit.start if offset < edit.copy_end else offset - edit.copy_end + edit.end

    def end(self, offset: int) -> int:
        """The input offset where a span ending at copy ``offset`` ends (before any invisible
        characters dropped right there)."""
        i = bisect.bisect_left(self._copy_starts, offset) - 1
        if i < 0:
            return offset
        edit = self.edits[i]
        return edit.end if offset <= edit.copy_end else offset - edit.copy_end + edit.end

    def to_copy(self, offset: int) -> int:
        """The copy offset of input ``offset`` (a model's token or entity boundary); an offset
        inside a replaced run goes to the start of its replacement."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return offset
        edit = self.edits[i]
        return edit.copy_start if offset < edit.end else offset - edit.end + edit.copy_end

    def to_list(self) -> list[list[int]]:
        return [list(edit) for edit in self.edits]

    @classmethod
    def from_list(cls, rows: list[list[int]]) -> FormMap:
        """The map of stored edits (``to_list``). Every stage that adds results asks for its
        Doc's map, and building it again each time cost more than the look-ups it serves: the
        map of the last list asked is kept (a Doc stores one list, never changed in place)."""
        global _last_map
        last_rows, form_map = _last_map  # read once: another thread may replace it
        if last_rows is not rows:
            form_map = cls([Edit(*row) for row in rows])
            _last_map = (rows, form_map)
        return form_map


#: (edits list, its map) of the last ``FormMap.from_list``
_last_map: tuple[list | None, FormMap | None] = (None, None)


def _replacement(match: re.Match) -> str:
    kind, found = match.lastgroup, match.group()
    if kind == "line":
        return "\n"
    if kind == "space":
        return " "
    if kind == "apostrophe":
        return "'"
    if kind == "invisible":
        return ""
    if kind == "entity":  # an entity names a character that may itself need its clean form
        return html.unescape(found).replace("\r\n", "\n").translate(_CLEAN_SPACES)
    composed = unicodedata.normalize("NFC", found)
    if composed[:2] in _DOTTED_SMALL_I:  # no letter composes them: Turkish writes ``i``
        return "i" + composed[2:]
    return composed


def normalize_form(text: str) -> tuple[str, FormMap | None]:
    """The text as clean text writes it and the map of its offsets (None: nothing changed)."""
    parts: list[str] = []
    edits: list[Edit] = []
    done = copy_length = 0
    for match in _form_matches(text):
        replacement = _replacement(match)
        if replacement == match.group():  # an unknown entity, a mark with no composed letter
            continue
        parts.append(text[done : match.start()])
        copy_length += match.start() - done
        parts.append(replacement)
        edits.append(Edit(copy_length, copy_length + len(replacement), match.start(), match.end()))
        copy_length += len(replacement)
        done = match.end()
    if not edits:
        return text, None
    parts.append(text[done:])
    return "".join(parts), FormMap(edits)


def _form_matches(text: str) -> Iterator[re.Match]:
    """``_FORM.finditer(text)``, tried only next to a trigger character: ``_FORM`` has a branch
    that starts with any character, so ``finditer`` tries all six branches at every offset of
    every article, while the trigger class scans like a plain search (most texts hold few)."""
    position = 0
    while trigger := _FORM_TRIGGER.search(text, position):
        at = trigger.start()
        # a match holds its first trigger as its first or second character: it starts there or
        # one before (never before ``position``, where the last match ended); tried in that order
        match = (at > position and _FORM.match(text, at - 1)) or _FORM.match(text, at)
        if match:
            yield match
            position = match.end()
        else:
            position = at + 1
