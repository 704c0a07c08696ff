"""Operations named before a lower-case word for an operation: in quotation marks
(``'Kartal-5' operasyonunda``, ``"Yıldırım" Harekâtı'na``, ``'Kapan' adlı operasyonda``) or by
a code name that ends in a number (``Eren Kış-23 operasyonları``). A named military exercise is
one too (``"Anadolu Yıldızı-2024" tatbikatı``): its word (``data/mission_heads.tsv``, role
``code_name``) makes a mission only after such a name, not after any capitalized words
(``Deprem Tatbikatı`` is a drill, no mission).

A quoted name right before a one-word mission head (``data/mission_heads.tsv``), in lower case
or capitalized and with any case ending, names an operation; so does one said with a naming
phrase before the bare word (``adlı``, ``isimli``, ``adı verilen``: ``operasyonda``). The name
is what the quotation marks hold. Apostrophes inside the quotation that open a suffix
(``'Dicle'nin Kalkanı'``) do not close it (``is_suffix_after_apostrophe``). Without quotation
marks, capitalized words whose last one is joined by a hyphen to a number, right before the
word for an operation in any form, are its code name: a person's or a place's name carries no
number.
"""

from __future__ import annotations

import re

from pipeline.lang.tr.morphology import stems
from pipeline.lang.tr.text import APOSTROPHES, Word, is_suffix_after_apostrophe, suffix_end, turkish_lower, words
from pipeline.names.finder import ArticleText
from pipeline.lang.tr.endings import ends_in
from pipeline.names.openers import MIN_OBLIQUE_WORD, lowercase_words_of
from pipeline.names.shape import CODE_NAME, CODE_TITLE, NameSpan
from pipeline.resources import read_tsv

#: an opening quote at a line's start or after a space or bracket, a capital or digit after it.
#: The quote comes first and the character before it is checked behind it (``(?<![^\s(].)``:
#: not a character other than a space or ``(``, right before the quote), so that the regex
#: engine jumps from quote to quote instead of testing a look-behind at every offset of the
#: article (8x faster; the same matches as ``(?:(?<=\s)|(?<=^)|(?<=\())`` before the quote)
_OPENING = re.compile(f"[\"“‘{APOSTROPHES}](?<![^\\s(].)(?=[A-ZÇĞİÖŞÜ0-9])")
_CLOSING = f"\"”{APOSTROPHES}"
#: what a quoted name holds at most: a few words, no sentence punctuation
MAX_NAME_CHARACTERS = 50
MAX_NAME_WORDS = 5
_NOT_IN_NAME = re.compile(r"[.!?:;,\n\"“”«»()]")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
#: letters glued after a closing quote: the possessive or a case ending of the quoted name's last word
_GLUED = re.compile(r"[^\W\d_]+")
#: a phrase that names what follows it: ``'Kapan' adlı operasyon``, ``adı verilen``, ``kod adlı``
_NAMING = re.compile(r"\s+(?:kod\s+)?(?:adlı|isimli|adı\s+verilen|ismi\s+verilen)(?=\s)")
#: a code name ending in a number: capitalized words, the last joined by a hyphen to digits
_CODE_NAME = re.compile(r"(?<![\w'’-])((?:[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+ ){0,2}[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+-\d{1,4})(?=\s)")
#: a code name with a year for its number, before a capitalized head only: ``Mavi Yıldız 2023 Tatbikatı``
_YEAR_CODE_NAME = re.compile(r"(?<![\w'’-])((?:[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+ ){0,2}[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+ (?:19|20)\d\d)(?=\s)")
_WORD_SPACE_YEAR = re.compile(r"[a-zçğıöşüâî] (?:19|20)\d\d\s+[A-ZÇĞİÖŞÜ(]")
_BRACKETED_ACRONYM = re.compile(r"\s+\([A-ZÇĞİÖŞÜ0-9][A-ZÇĞİÖŞÜ0-9-]{0,11}\)")
_CAPITALIZED_WORD = re.compile(r"\s+([A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+)(?![\w-])")
#: a code name's number that is a year: a ``code_title`` head (``Eğitimi``) counts only after one
_YEAR_AT_END = re.compile(r"[- ](?:19|20)\d\d$")
#: capitalized words between a code name (with its bracketed acronym) and its capitalized head
MAX_WORDS_BEFORE_CODE_HEAD = 2
#: what every code name holds: looked for first, as most texts hold none (the pattern above is
#: tried at every capital)
_WORD_DASH_NUMBER = re.compile(r"[a-zçğıöşüâî]-\d")


def operation_heads(table: str) -> tuple[str, ...]:
    """The one-word heads of missions, folded (``operasyonu``, ``harekâtı``, ``misyonu``)."""
    return tuple(
        turkish_lower(row["head"].strip())
        for row in read_tsv(table)
        if " " not in row["head"].strip() and (row.get("role") or "").strip() in ("", CODE_NAME)
    )


def code_name_heads(table: str) -> tuple[str, ...]:
    """The heads that name a mission only after a code name (``tatbikatı``), folded."""
    return tuple(turkish_lower(row["head"].strip()) for row in read_tsv(table)
                 if (row.get("role") or "").strip() == CODE_NAME)


def code_title_heads(table: str) -> tuple[str, ...]:
    """The heads that name a mission only capitalized after a code name of several words (``Eğitimi``), folded."""
    return tuple(turkish_lower(row["head"].strip()) for row in read_tsv(table)
                 if (row.get("role") or "").strip() == CODE_TITLE)


def operation_stems(heads: tuple[str, ...]) -> tuple[str, ...]:
    """The heads without their possessive (``operasyon``, ``harekât``): the word a naming
    phrase or a code name stands before, in any form (``operasyonda``, ``operasyonları``)."""
    return tuple(head[:-1] for head in heads if head[-1:] in "ıiuü")


def quoted_operations(
    article: ArticleText, heads: tuple[str, ...], code_heads: tuple[str, ...] = ()
) -> list[NameSpan]:
    """Quoted names followed by a mission head: the span runs from the name to the head's end.
    A quoted name that ends in its own head is one too (``_own_head``)."""
    text = article.text
    stems = operation_stems(heads)
    found = []
    for opening in _OPENING.finditer(text):
        start = opening.end()
        close = _closing_quote(text, start)
        if close is None:
            continue
        name = text[start:close]
        head = _WORD_AFTER.match(text, close + 1)
        naming = _NAMING.match(text, close + 1)
        if naming is not None:
            head = _WORD_AFTER.match(text, naming.end())
            if head is None or not turkish_lower(head.group(1)).startswith(stems):
                continue
        elif head is None or not turkish_lower(head.group(1)).startswith(heads):
            own = _own_head(text, name, close, heads, code_heads)
            if own is not None:
                first = article.first_word_from(start)
                found.append(NameSpan(first, first + len(words(name)) - 1, opening.start(), own[1], own[2], "", "",
                                      written=own[0]))
            continue
        count = len(words(name))
        if not 1 <= count <= MAX_NAME_WORDS:
            continue
        first = article.first_word_from(start)
        found.append(NameSpan(first, first + count - 1, opening.start(), close, head.end(1), "", "", written=name))
    return found


def _own_head(
    text: str, name: str, close: int, heads: tuple[str, ...], code_heads: tuple[str, ...]
) -> tuple[str, int, int] | None:
    """A quoted name whose last word is a capitalized mission head, its possessive or case ending
    inside the quotation or glued after it (``"Kararlı Kalkan-2024 Tatbikatı"``, ``"Mavi Yıldız
    2023 Tatbikat"ı``): (the name with the head in the nominative, where that head ends, where the
    mention ends). A head read only after a code name (``Tatbikatı``) needs a number in the name:
    a quoted ``"Deprem Tatbikatı"`` is a drill."""
    name_words = words(name)
    last = name_words[-1] if name_words else None
    if last is None or len(name_words) < 2 or not all(w.text[:1].isupper() or w.text[:1].isdigit() for w in name_words):
        return None  # ``'2011 yılı X Tatbikatı'``: a date before the name, no part of it
    glued = _GLUED.match(text, close + 1)
    folded = last.folded + (turkish_lower(glued.group()) if glued else "")
    head = next((h for h in heads if folded.startswith(h) and len(last.folded) >= len(h) - 1), None)
    if head is None or head in code_heads and not any(w.text.isdigit() for w in name_words):
        return None
    nominative = name[: last.start] + last.text + head[len(last.folded):]
    end = glued.end() if glued else close + 1
    return nominative[: last.start + len(head)], close, end


def _closing_quote(text: str, start: int) -> int | None:
    """Where the quotation opened before ``start`` closes, within a short name."""
    for offset in range(start, min(len(text), start + MAX_NAME_CHARACTERS)):
        character = text[offset]
        if character in _CLOSING and not is_suffix_after_apostrophe(text, offset):
            return offset
        if _NOT_IN_NAME.match(character):
            return None
    return None


def code_named_operations(
    article: ArticleText, heads: tuple[str, ...], months: frozenset[str] = frozenset(),
    titled_heads: tuple[str, ...] = (),
) -> list[NameSpan]:
    """``Eren Kış-23 operasyonları``: a code name with a number before the lower-case word for an
    operation in any form; the span is the code name (the word after it is no part of the name).
    Before a capitalized head the head is the name's own (``Kuzey Yıldızı-2024 Tatbikatı``), also
    after a year for a number (``Mavi Yıldız 2023 Tatbikatı``; not after a month: ``Ekim 2019``);
    an acronym in brackets and up to two capitalized words may stand between
    (``Kuzey Yıldızı-2024 (KY-24) Müşterek Tatbikatı``: the code name is the name). ``titled_heads``
    count only capitalized, after a code name of several words that ends in a year (``Kartal
    Pençesi-2026 Eğitimi``; not ``Personel Covid-19 Eğitimi``)."""
    text = article.text
    codes = []
    if _WORD_DASH_NUMBER.search(text) is not None:
        codes += [(code, False) for code in _CODE_NAME.finditer(text)]
    if _WORD_SPACE_YEAR.search(text) is not None:
        codes += [(code, True) for code in _YEAR_CODE_NAME.finditer(text)
                  if turkish_lower(code.group(1).split()[-2]) not in months]
    if not codes:
        return []
    stems = operation_stems(heads)
    found = []
    for code, year in codes:
        name_end = end = code.end()
        written_head = ""
        first = article.first_word_from(code.start())
        last = first + len(words(code.group(1))) - 1
        if first < last and _common_opener(article, article.blanked_words[first]):
            first += 1  # ``Jandarma Kar Kalkanı-14 operasyonu``: the sentence's subject, no part of the name
        titled = " " in text[article.blanked_words[first].start : code.end()] and _YEAR_AT_END.search(code.group(1))
        head = _WORD_AFTER.match(text, code.end())
        if head is None or not head.group(1).islower():
            capitalized = _capitalized_head(text, code.end(), heads + titled_heads if titled else heads)
            if capitalized is None:
                continue
            head_start, head_word = capitalized
            if head is not None and head_start == head.start(1):  # right after the code name: the name's own
                name_end, end = head_start + len(head_word), suffix_end(text, head.end(1))
                written_head = " " + text[head_start:name_end]
        elif year or not head.group(1).startswith(stems):
            continue
        start = article.blanked_words[first].start
        found.append(NameSpan(first, last, start, name_end, end, "", "", written=text[start : code.end()] + written_head))
    return found


def _capitalized_head(text: str, offset: int, heads: tuple[str, ...]) -> tuple[int, str] | None:
    """Where the capitalized mission head after a code name starts and the head (folded): after an
    acronym in brackets and up to two other capitalized words (``(KY-24) Müşterek Tatbikatı``)."""
    bracket = _BRACKETED_ACRONYM.match(text, offset)
    if bracket is not None:
        offset = bracket.end()
    for _ in range(MAX_WORDS_BEFORE_CODE_HEAD + 1):
        word = _CAPITALIZED_WORD.match(text, offset)
        if word is None:
            return None
        folded = turkish_lower(word.group(1))
        head = next((h for h in heads if folded.startswith(h)), None)
        if head is not None:
            return word.start(1), head
        if text[word.end(1) : word.end(1) + 1] in APOSTROPHES:
            return None
        offset = word.end(1)
    return None


def _common_opener(article: ArticleText, word: Word) -> bool:
    """A sentence's first word that the article also writes in lowercase, itself or its stem, or
    one with a locative or ablative ending (``Hastanede``: a name inflects only its last word), or in
    the plural (``Askerler Kararlılık-2026 tatbikatına``: the sentence's subject)."""
    if word.start not in article.sentence_starts:
        return False
    if len(word.folded) >= MIN_OBLIQUE_WORD and ends_in(word.folded, "loc", "abl", "plural"):
        return True
    lowercase = lowercase_words_of(article.words)
    return word.folded in lowercase or any(stem in lowercase for stem in stems(word.folded) if len(stem) > 2)
