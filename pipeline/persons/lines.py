"""What the line or the list around a word says about it: a headline in title case or capitals
reads capitals as no sign of a name, a byline in parentheses is a name, a scale word after digits
is a number, a list of single words is a list of things (places), not the
end of a name. Read by ``pipeline.persons.names``."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.lang.tr.numbers import number_words
from pipeline.lang.tr.text import Word, is_all_caps, is_capitalized

#: endings that make a word a surname (``Kahvecioğlu``, ``Yılmazoğulları``)
SURNAME_SUFFIXES = ("oğlu", "oğulları")
#: lowercase words a title-case headline keeps (``Bakan ile Görüştü``)
_HEADLINE_LOWERCASE = {"ile", "ve", "için", "gibi", "kadar", "ama", "veya"}


def in_title_case_line(text: str, words: list[Word], index: int) -> bool:
    """Whether word ``index`` stands in a headline written in title case or capitals (``Bakan
    Yarın Ankara'ya Gidiyor``): a line without a closing full stop, of three to sixteen words of
    three letters or more, all capitalized but conjunctions."""
    line_start = text.rfind("\n", 0, words[index].start) + 1
    line_end = text.find("\n", words[index].end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].rstrip(" \"”'’").endswith((".", ",", ";")):
        return False  # a sentence, or a list of names and offices, that happens to be all capitals
    first = bisect.bisect_left(words, line_start, key=_start_of)  # the words are in text order
    last = bisect.bisect_left(words, line_end, key=_start_of)
    line = [w for w in words[first:last] if len(w.text) > 2 and w.text[0].isalpha()]
    if not 3 <= len(line) <= 16:
        return False
    return all(is_capitalized(w.text) or w.folded in _HEADLINE_LOWERCASE for w in line)


def fills_byline(text: str, words: list[Word], first: int, last: int) -> bool:
    """Whether words ``first..last`` fill their line as a byline does: inside a pair of
    parentheses (``(AYŞE NUR DEMİR)``), or alone when the last word ends in a surname's suffix
    (``Ayşe Gül Kahvecioğlu``; a headline of three capitalized words may be a name and a verb:
    ``AHMET KAYA SAHNEDE``)."""
    line_start = text.rfind("\n", 0, words[first].start) + 1
    line_end = text.find("\n", words[last].end)
    before = text[line_start : words[first].start].strip(" ")
    after = text[words[last].end : len(text) if line_end < 0 else line_end].strip(" ")
    if (before, after) == ("", "") and words[last].folded.endswith(SURNAME_SUFFIXES):
        return True
    return (before, after) == ("(", ")")


#: ``(Ayşe KARACA)`` closing a paragraph: a reporter signs a piece as ``Name SURNAME``
_SIGNATURE = re.compile(r"\((\w+) (\w{3,})\)[ \t]*(?=\n|$)")


def signatures(text: str, words: list[Word], reader) -> list:
    """Names signing a paragraph in parentheses at its end, the given name capitalized and the
    surname in capitals (``... dedi. (Ayşe KARACA)``): a byline, whatever the given name is
    (``Deniz``, an everyday word, is no listed given name). ``reader``: a ``NameReader``."""
    found = []
    for match in _SIGNATURE.finditer(text):
        given, surname = match.group(1), match.group(2)
        if not is_capitalized(given) or is_all_caps(given) or not surname.isalpha() or not is_all_caps(surname):
            continue
        index = bisect.bisect_left(words, match.start(1), key=_start_of)
        mention = reader.two_words(index) if index < len(words) and words[index].start == match.start(1) else None
        if mention is not None:
            found.append(mention)
    return found


def counts_a_number(words: list[Word], index: int) -> bool:
    """Whether word ``index`` is a scale word (``bin``, ``milyon``) right after digits and one
    space (``148 BİN TAHLİYE``): a number, no ``bin`` of an Arabic name."""
    number_word = number_words().get(words[index].folded)
    if number_word is None or number_word.kind != "scale" or index == 0:
        return False
    before = words[index - 1]
    return before.end + 1 == words[index].start and before.text[-1:].isdigit()


def opens_word_list(text: str, words: list[Word], index: int) -> bool:
    """Whether word ``index`` opens a list of single capitalized words (``Izmir, Aydin ve Mugla``:
    places, each item one word), of three items at least: an item, not the last word of a name."""
    items, i = 1, index
    while i + 1 < len(words):
        following = i + 1
        if words[following].folded == "ve" and following + 1 < len(words) \
                and _gap(text, words, i, following) == " " == _gap(text, words, following, following + 1):
            following += 1  # ``Aydin ve Mugla``: the last item
        elif _gap(text, words, i, following) != ", ":
            break
        if not is_capitalized(words[following].text):
            break
        if _capitalized_after(text, words, following):
            return False  # ``Ali Kaya, Ayşe Demir``: the items are names of several words
        items, i = items + 1, following
    return items >= 3


def _gap(text: str, words: list[Word], left: int, right: int) -> str:
    return text[words[left].end : words[right].start]


def _capitalized_after(text: str, words: list[Word], index: int) -> bool:
    return index + 1 < len(words) and _gap(text, words, index, index + 1) == " " \
        and is_capitalized(words[index + 1].text)


def _start_of(word: Word) -> int:
    return word.start


def headline_surnames(text: str, mentions: list) -> list:
    """``ADAYLARI ALAN KAYA`` over a text about ``Ekrem Kaya``: in capitals a word before a
    surname is as often a verb or noun (``alan``, "taking") as a given name; when the running
    text names someone else by that surname and never this full name, the capitals name only
    the surname. Returns the mentions, such ones cut to their last word."""
    in_prose = [m for m in mentions if not is_all_caps(text[m.start : m.end])]
    said = {tuple(m.words) for m in in_prose}
    by_surname = {m.surname for m in in_prose if len(m.words) > 1}
    cut = []
    for mention in mentions:
        surface = text[mention.start : mention.end]
        last_space = surface.rfind(" ")
        if len(mention.words) > 1 and is_all_caps(surface) and last_space > 0 \
                and mention.surname in by_surname and tuple(mention.words) not in said:
            start = mention.start + last_space + 1
            mention = replace(mention, start=start, name=mention.name.rsplit(" ", 1)[-1],
                              words=mention.words[-1:])
        cut.append(mention)
    return cut


#: ``EN İYİ SENARYO ÖDÜLÜNÜ ALAN FİLM: X``: a label line naming a work; what follows the colon
#: is the work's title, whatever names it looks like (a film titled after a person), up to an
#: opening parenthesis: what a parenthesis adds after a work is its credits (``Film: X (yönetmen:
#: Ayşe Kaya)``, ``Film: X (Ayşe Kaya)``), people
_WORK_LABEL = re.compile(
    r"(?m)(?:^|(?<=\s))(?:FİLM|Film|film|KİTAP|Kitap|kitap|DİZİ|Dizi|dizi|ALBÜM|Albüm|albüm|BELGESEL|Belgesel|"
    r"belgesel|ŞARKI|Şarkı|şarkı|ROMAN|Roman|roman|ESER|Eser|eser)(?:İ|I|Ü|i|ı|ü)? ?: *(?P<title>[^\n(]+)"
)


def outside_work_titles(text: str, mentions: list) -> list:
    """The mentions that no work's label line holds after its colon (``FİLM: Ayşe Kaya``)."""
    titles = [found.span("title") for found in _WORK_LABEL.finditer(text)] if ":" in text else []
    if not titles:
        return mentions
    return [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in titles)]
