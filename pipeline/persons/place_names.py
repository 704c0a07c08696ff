"""Name words spelled like places: Turkish surnames and given names are often city names
(``Tekin Bingöl``, ``Ayşe Aydın``, ``Bağdat Amreyev``). The locations stage reads such a word as
the place; inside a person's name it is a name word.

A one-word place said without a case ending is a name word when it stands in a run of two
capitalized words that is a name by its anchor: after a known given name or a word right after an
office or honorific (``Başkanvekili Tekin Bingöl``, ``Mehmet Bingöl``), or as the first of two
words right after an office or honorific (``Sayın Bağdat Amreyev``). The run must end there: in
``Ali Kaya Bingöl Valisi`` the place opens the next office (the title finder has taken it then)."""

from __future__ import annotations

import bisect

from pipeline.lang.tr.endings import spells_case
from pipeline.lang.tr.text import Word, turkish_lower, after_apostrophe, before_apostrophe, is_all_caps, is_capitalized
from pipeline.lexicons.candidates import word_starts


def places_in_names(text: str, words: list[Word], places: list[tuple[int, int]], taken: set[int],
                    title_ends: set[int], given_names: set[str]) -> set[tuple[int, int]]:
    """The spans of ``places`` (one location mention each) that are name words. ``taken``: the
    indices of the words other readings hold (the places' own words included); ``title_ends``:
    where the office titles and honorifics end."""
    starts = word_starts(words)
    found = set()
    for start, end in places:
        k = bisect.bisect_left(starts, start)
        if k == len(words) or words[k].start != start:
            continue
        before = k - 1
        if words[k].end < end and _suffixed_surname_after_given_name(text, words, k, end, taken, title_ends, given_names):
            found.add((start, end))  # ``Başkan Mehmet Muş'a``: an office names no one by the given name alone
            continue
        if words[k].end != end or not _bare_name_word(text, words[k]):
            continue
        after_title = _after_title(text, words, k, title_ends)
        if before >= 0 and _joined(text, words, before) and before not in taken and _bare_name_word(text, words[before]) \
                and (words[before].folded in given_names or _after_title(text, words, before, title_ends)) \
                and not _run_goes_on(text, words, k):
            found.add((start, end))  # ``Tekin Bingöl başkanlığında``: the surname
        elif after_title and k + 1 < len(words) and _joined(text, words, k) and k + 1 not in taken \
                and is_capitalized(words[k + 1].text) and not is_all_caps(words[k + 1].text) \
                and not after_apostrophe(text, words[k + 1].start) and not _run_goes_on(text, words, k + 1):
            found.add((start, end))  # ``Sayın Bağdat Amreyev``: the given name
    return found


def _suffixed_surname_after_given_name(text: str, words: list[Word], k: int, end: int, taken: set[int],
                                      title_ends: set[int], given_names: set[str]) -> bool:
    """Whether place word ``k``, with a case ending after an apostrophe up to ``end``, is the
    surname after a known given name: when an office or honorific comes before the given name
    (``Vali Hasan Bingöl'ün``, ``Başkan Ali Muş'a``: an office names no one by the given name
    alone), or when the ending is a genitive (``Ayşe Kaya ve Doğan Aydın'ın tutuklanması``: a
    given name alone owns little; a place after it takes a case of direction)."""
    word, before = words[k], k - 1
    if not (before >= 0 and is_capitalized(word.text) and not is_all_caps(word.text) and word.text.isalpha()
            and before_apostrophe(text, word.end) and _joined(text, words, before) and before not in taken
            and _bare_name_word(text, words[before]) and words[before].folded in given_names):
        return False
    genitive = spells_case(turkish_lower(text[word.end + 1 : end]), "gen")
    return genitive or _after_title(text, words, before, title_ends)


def _bare_name_word(text: str, word: Word) -> bool:
    return is_capitalized(word.text) and not is_all_caps(word.text) and word.text.isalpha() \
        and not before_apostrophe(text, word.end)


def _after_title(text: str, words: list[Word], k: int, title_ends: set[int]) -> bool:
    """Whether word ``k`` follows an office or honorific (``Prof. Dr.``: after its dot)."""
    start = words[k].start  # one space before it, read in place (a copy of the text before each word costs)
    if text[start - 1 : start] != " " or text[start - 2 : start - 1] == " ":
        return False
    end = start - 1
    return end in title_ends or (text[end - 1 : end] == "." and end - 1 in title_ends)


def _joined(text: str, words: list[Word], i: int) -> bool:
    return i + 1 < len(words) and text[words[i].end : words[i + 1].start] == " "


def _run_goes_on(text: str, words: list[Word], k: int) -> bool:
    """Whether a capitalized word follows word ``k`` in the same run."""
    return _joined(text, words, k) and is_capitalized(words[k + 1].text) and not before_apostrophe(text, words[k].end)


def places_said_as_surnames(text: str, places: list[tuple[int, int]], surnames: set[str]) -> set[tuple[int, int]]:
    """The spans of ``places`` (one-word location mentions) that say the surname of a person
    the article names in full (folded ``surnames``), bare or in a case a person takes
    (``Meclis Üyesi Ayşe Tutak ... Tutak, başkanı eleştirdi``, ``Midyat'ın ardından``): the
    person's later mentions. In the locative it stays the place (``Bingöl'de deprem``)."""
    found = set()
    for start, end in places:
        name_end = _name_end(text, start, end)
        if " " in text[start:name_end] or turkish_lower(text[start:name_end]) not in surnames:
            continue
        if name_end == end or not spells_case(turkish_lower(text[name_end + 1 : end]), "loc", relative=True):
            found.add((start, end))
    return found


def _name_end(text: str, start: int, end: int) -> int:
    """Where the name of a mention ``start:end`` ends, before an apostrophe suffix."""
    for index in range(start, end):
        if not text[index].isalpha():
            return index
    return end


#: ``-lI`` after a place: one who is from there
_FROM_SUFFIXES = frozenset({"lı", "li", "lu", "lü"})


def hometown_words(words: list[Word], capitalized: list[int], places: frozenset[str]) -> frozenset[int]:
    """Starts of the words that say where someone is from (``Trabzonlu``, ``Adanalı``: a listed place
    and ``-lI``): inside an office (``TFF'nin Trabzonlu Başkanı``) they are no part of it, as a
    nationality is not."""
    return frozenset(
        words[i].start for i in capitalized
        if words[i].folded[-2:] in _FROM_SUFFIXES and words[i].folded[:-2] in places
    )
