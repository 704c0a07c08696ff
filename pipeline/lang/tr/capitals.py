"""Lines in capitals: a reading copy with each word cased as running text cases it.

Scraped dumps put headlines and some whole lines in capitals (``DIŞİŞLERİ BAKANI FİDAN,
KOSOVA'DA KFOR KOMUTANI İLE GÖRÜŞTÜ``). The stages read a capital letter as the sign of a name
and a word in capitals as an acronym, so such a line reads as a run of names (``Açıklamalarda
Bulundu``, ``Ve``). The reader gives each word of a line in capitals the case running text gives
it, letter for letter with the Turkish ``İ``/``I`` rules (same length, same offsets: the records
quote the text as given):

- the case of the words of a run of two or more that the article writes elsewhere, outside lines
  in capitals, or that ``data/`` writes (``Yatırım İzleme ve Koordinasyon Başkanlığı``, though
  the article writes ``yatırım`` alone in lower case), the longest from the left;
- the case the article itself writes the word in elsewhere, outside lines in capitals
  (``Fidan``, ``KFOR``, ``görüştü``; a capital at a sentence's opening says nothing);
- else the case the words of ``data/`` write it in most (an acronym of a catalogue stays in
  capitals, a word of a name or office is capitalized, a word of the word lists is lower case;
  a lexicon's word before a name list's), of the word or of its longest known stem;
- else capitals for a word Turkish would not spell (no vowel, or two consonants opening it:
  ``MYK``, ``TBMM``) or of three letters at most, else lower case; capitalized in a line where
  no known word is lower case (a byline, ``RIZA CAN ÖZDEMİR``: the name lists lack many names).
  The words an acronym in brackets after them spells are capitalized (``KÜLTÜR SANAT VAKFI
  (KSV)``), first of all, and so is a word a suffix follows after an apostrophe (only a
  name takes one so: ``ORAL'DAN``). A line's first word is capitalized, and a suffix after an apostrophe
  (``KOSOVA'DA``) is lower case.

A text without a line in capitals is not copied (``restore`` gives None).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable

from pipeline.lang.tr.morphology import stems
from pipeline.lang.tr.text import APOSTROPHES, Word, is_all_caps, sentence_openings, turkish_lower, turkish_upper, words

UPPER, TITLE, LOWER = "upper", "title", "lower"
INSIDE_A_NAME = "inside a name"  #: capitalized after a capitalized word: weaker evidence than alone
MIN_WORDS = 3  #: words of two letters or more that make a line in capitals (not ``ANKARA (AA)``)
MIN_STEM = 4  #: a known stem shorter than this fits too many words
_ROMAN = re.compile(r"[IVXLCDM]+")
_VOWELS = frozenset("aeıioöuüâîû")
MAX_SHORT = 3  #: an unknown word this short is read as an acronym
MAX_ACRONYM = 4  #: a word this short that ``data/`` writes in capitals anywhere is an acronym
MAX_RUN = 6  #: the longest run of words whose case is looked up as a whole
MAX_PREFIX = 3  #: the most letters a word gives an acronym (``KOordinasyon``)
_BRACKETED = re.compile(r"\([^()]*\)")
_CONNECTORS = frozenset({"ve", "ile", "of", "and"})
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def casing(written: str) -> str:
    """How a word is written: in capitals (two letters or more), capitalized or in lower case."""
    if len(written) > 1 and is_all_caps(written):
        return UPPER
    return TITLE if written[:1].isupper() else LOWER


def cased(word: str, case: str) -> str:
    """``word`` in ``case``, letter for letter (as written when a letter would change length)."""
    if case == UPPER:
        recased = turkish_upper(word)
    elif case == TITLE:
        recased = turkish_upper(word[:1]) + turkish_lower(word[1:])
    else:
        recased = turkish_lower(word)
    return recased if len(recased) == len(word) else word


def capital_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line written wholly in capitals, with ``MIN_WORDS`` words or more."""
    found, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.upper() == line and len(_LETTERS.findall(line)) >= MIN_WORDS:
            if all(is_all_caps(match.group()) for match in _LETTERS.finditer(line)):
                found.append((start, end))
        start = end + 1
    return found


def without_capital_lines(text: str, lines: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its lines in capitals (``capital_lines``, found again when not given) blanked
    out (same length): a headline a CMS put in capitals says nothing of how the article was typed
    (``TOPLANTİSİ`` of ``toplantisi``)."""
    lines = capital_lines(text) if lines is None else lines
    if not lines:
        return text
    chars = list(text)
    for start, end in lines:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def cased_as(typed: str, recased: str, lines: list[tuple[int, int]] | None = None) -> str:
    """``typed`` (a text typed without Turkish letters) with its lines in capitals in the case of
    ``recased``, its reading copy read by ``CapitalsReader`` (same length): the record names a
    person as typed (``Sevi Gozay``), not as the line in capitals writes the name. ``lines``: the
    lines in capitals of ``typed`` when the caller found them already."""
    chars = list(typed)
    for start, end in capital_lines(typed) if lines is None else lines:
        for i in range(start, end):
            if recased[i].islower() and chars[i].isupper():
                lower = chars[i].lower()  # typed plainly: an "I" is an "i" or a "ı" alike
                chars[i] = lower if len(lower) == 1 else recased[i]
    return "".join(chars)


class CapitalsReader:
    """Reading copies of texts with lines in capitals, from a vocabulary of phrases as written."""

    def __init__(self, vocabulary: Iterable[str], names: Iterable[str] = (), openers: Iterable[str] = (),
                 common: Iterable[str] = ()) -> None:
        """``vocabulary``: phrases of any words, as ``data/`` writes them; ``names``: person names;
        ``openers``: words that open sentences, capitalized so (``Hangi``), mostly common words;
        ``common``: common words, in whatever case a list writes them (``Otomotiv``)."""
        counts: dict[str, Counter] = {}
        #: folded words of a phrase of ``data/`` -> their cases
        self.phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for phrase in vocabulary:
            phrase_words = words(phrase)
            for word in phrase_words:
                counts.setdefault(word.folded, Counter())[casing(word.text)] += 1
            if 1 < len(phrase_words) <= MAX_RUN:
                key = tuple(word.folded for word in phrase_words)
                self.phrases.setdefault(key, tuple(casing(word.text) for word in phrase_words))
        for opener in openers:
            for word in words(opener):
                counts.setdefault(word.folded, Counter())[LOWER] += 1
        for name in names:  # a word of the lexicons before a name ("bin", "yıldız")
            for word in words(name):
                if word.folded not in counts or TITLE in counts[word.folded]:
                    counts.setdefault(word.folded, Counter())[TITLE] += 1
        #: folded word -> the case ``data/`` writes it in (``_listed_case``)
        self.cases = {folded: _listed_case(found, short=len(folded) <= MAX_ACRONYM) for folded, found in counts.items()}
        self.cases.update((word.folded, LOWER) for phrase in common for word in words(phrase))

    def restore(self, text: str, lines: list[tuple[int, int]] | None = None) -> str | None:
        """The reading copy of ``text`` (same length), or None when no line is in capitals
        (``lines``: its lines in capitals when the caller found them already)."""
        lines = capital_lines(text) if lines is None else lines
        if not lines:
            return None
        words_of_lines = [words(text[start:end]) for start, end in lines]
        seen, runs = self._cases_in_article(text, lines, words_of_lines)
        chars = list(text)
        for (start, end), line_words in zip(lines, words_of_lines):
            line = text[start:end]
            for word, case in zip(line_words, self._line_cases(line, line_words, seen, runs)):
                if case is not None:
                    chars[start + word.start : start + word.end] = cased(word.text, case)
        return "".join(chars)

    def _line_cases(self, line: str, line_words: list[Word], seen: dict, runs: dict) -> list[str | None]:
        """The case of each word of a line in capitals (None: as written, a number)."""
        in_runs = _cases_of_runs(line_words, runs, self.phrases) | _spelled_out(line, line_words)
        cases: list[str | None] = []
        unknown: list[int] = []
        for index, word in enumerate(line_words):
            if index and _before_suffix(line, line_words[index - 1], word):
                cases.append(LOWER)  # "KOSOVA'DA": a suffix
            elif word.text.isdigit() or _ROMAN.fullmatch(word.text):
                cases.append(None)
            else:
                case = in_runs.get(index) or seen.get(word.folded) or self._known_case(word.folded)
                if case is None:
                    unknown.append(index)
                    case = _unknown_case(word.folded)
                cases.append(case)
        if LOWER not in [cases[i] for i in range(len(cases)) if i not in unknown]:
            for index in unknown:  # "RIZA CAN ÖZDEMİR": a line of names alone (the lists lack many)
                cases[index] = TITLE if cases[index] == LOWER else cases[index]
        for index, word in enumerate(line_words[:-1]):
            if cases[index] == LOWER and _before_suffix(line, word, line_words[index + 1]):
                cases[index] = TITLE  # "ORAL'DAN": only a name takes its suffix after an apostrophe
        openings = sentence_openings(line)
        for index, word in enumerate(line_words):
            if cases[index] == LOWER and word.start in openings:
                cases[index] = TITLE  # the line's first word, or the first after a colon or a quote
        bracketed = _in_brackets(line, line_words)
        if len(bracketed) < len(line_words):  # "(KARS-İHA)": an acronym or a credit, as written
            for index in bracketed:
                cases[index] = None
        return cases

    def _cases_in_article(self, text: str, lines: list[tuple[int, int]],
                          words_of_lines: list[list[Word]]) -> tuple[dict, dict]:
        """folded word -> its case in the article outside the lines in capitals (a capital at a
        sentence's opening says nothing); folded run of words -> their cases (None for such a
        capital). Only the words and runs the lines in capitals hold are kept: the rest are never
        looked up, and a run through a word no line holds is no run a line holds (so the run
        starts again after it; the first case an article writes a run in is kept as before)."""
        wanted_words = {word.folded for line_words in words_of_lines for word in line_words}
        wanted_runs = {
            tuple(folded[index : index + length])
            for folded in ([word.folded for word in line_words] for line_words in words_of_lines)
            for index in range(len(folded))
            for length in range(2, min(MAX_RUN, len(folded) - index) + 1)
        }
        openings = sentence_openings(text)
        line_starts, line_ends = [start for start, _ in lines], [end for _, end in lines]
        counts: dict[str, Counter] = {}
        runs: dict[tuple[str, ...], tuple[str | None, ...]] = {}
        run: list[tuple[str, str | None]] = []  # (folded, case) of the words since the last line in capitals
        # only the wanted words outside the lines are read (most words are neither); a run goes
        # on only from the word right before, with no line in capitals ending in between
        text_words = words(text)
        last_read, lines_before = -1, 0
        for index in [i for i, word in enumerate(text_words) if word.folded in wanted_words]:
            word = text_words[index]
            line = bisect.bisect_right(line_starts, word.start) - 1
            if line >= 0 and word.start < line_ends[line]:
                continue  # a word of a line in capitals
            ended = bisect.bisect_right(line_ends, word.start)  # the lines ended before the word
            if index != last_read + 1 or ended != lines_before:
                run = []
            last_read, lines_before = index, ended
            before = text_words[index - 1] if index else None
            # after a word written with a capital ("Doğan Trend Otomotiv")
            after_a_capital = before.end if before is not None and before.text[:1].isupper() else -1
            follows_a_capital = after_a_capital == word.start - 1 and text[word.start - 1] == " "
            case: str | None = casing(word.text)
            if case == TITLE and word.start in openings:
                case = None
            elif case == TITLE and follows_a_capital:
                counts.setdefault(word.folded, Counter())[INSIDE_A_NAME] += 1
            elif not word.text.isdigit():
                counts.setdefault(word.folded, Counter())[case] += 1
            run.append((word.folded, case))
            for length in range(2, min(len(run), MAX_RUN) + 1):
                ngram = run[-length:]
                key = tuple(f for f, _ in ngram)
                if key in wanted_runs:
                    runs.setdefault(key, tuple(c for _, c in ngram))
        seen = {folded: _preferred(found) for folded, found in counts.items()}
        return seen, runs

    def _known_case(self, folded: str) -> str | None:
        """The case ``data/`` writes the word in, or its longest known stem."""
        if folded in self.cases:
            return self.cases[folded]
        known = [stem for stem in stems(folded) if len(stem) >= MIN_STEM and stem in self.cases]
        if not known:
            return None
        case = self.cases[max(known, key=lambda stem: (len(stem), stem))]
        return LOWER if case == UPPER else case  # an inflected word is no acronym


def _cases_of_runs(line_words: list[Word], *known: dict) -> dict[int, str]:
    """Index of a word of the line -> its case in the longest run from the left (two words or
    more) that one of ``known`` (folded words -> cases) holds, the first holding it."""
    found: dict[int, str] = {}
    folded = [word.folded for word in line_words]
    index = 0
    while index < len(folded):
        length = 1
        for size in range(min(MAX_RUN, len(folded) - index), 1, -1):
            cases = next((runs[key] for runs in known if (key := tuple(folded[index : index + size])) in runs), None)
            if cases is not None:
                found.update((index + i, case) for i, case in enumerate(cases) if case is not None)
                length = size
                break
        index += length
    return found


def _in_brackets(line: str, line_words: list[Word]) -> set[int]:
    """Indexes of the words between round brackets."""
    inside = {index for match in _BRACKETED.finditer(line) for index in range(match.start(), match.end())}
    return {index for index, word in enumerate(line_words) if word.start in inside}


def _before_suffix(line: str, word: Word, following: Word) -> bool:
    """Whether ``following`` is a suffix written after ``word`` with an apostrophe."""
    return word.end + 1 == following.start and line[word.end] in APOSTROPHES


def _spelled_out(line: str, line_words: list[Word]) -> dict[int, str]:
    """Index of a word -> capitalized, for the words an acronym in brackets after them spells
    (``KÜLTÜR SANAT VAKFI (KSV)``, ``İZLEME VE KOORDİNASYON BAŞKANLIĞI (İKOB)``): each gives the
    acronym its first letter or first few, a connector may give none."""
    found: dict[int, str] = {}
    for index, word in enumerate(line_words):
        if index < 2 or word.start == 0 or line[word.start - 1] != "(" or len(word.text) < 2:
            continue
        spelled = _spelling_words(word.folded, line_words[:index])
        if spelled and len(spelled) >= 2:
            found.update((i, LOWER if line_words[i].folded in _CONNECTORS else TITLE) for i in spelled)
            found[index] = UPPER
    return found


def _spelling_words(acronym: str, before: list[Word]) -> list[int] | None:
    """Indexes of the last words of ``before`` whose starts spell ``acronym``, or None."""
    if not acronym:
        return []
    if not before:
        return None
    last = len(before) - 1
    word = before[last].folded
    if word in _CONNECTORS:
        rest = _spelling_words(acronym, before[:last])
        if rest is not None:
            return rest + [last]
    for size in range(min(MAX_PREFIX, len(word), len(acronym)), 0, -1):
        if acronym.endswith(word[:size]):
            rest = _spelling_words(acronym[: len(acronym) - size], before[:last])
            if rest is not None:
                return rest + [last]
    return None


def _unknown_case(folded: str) -> str:
    """Capitals for a word no Turkish word is spelled like (an acronym), else lower case."""
    if len(folded) <= MAX_SHORT or _VOWELS.isdisjoint(folded) or _VOWELS.isdisjoint(folded[:2]):
        return UPPER
    return LOWER


def _preferred(found: Counter) -> str:
    """The case the article writes a word in most (capitalized before lower case on a tie). A
    word capitalized only after another capitalized word is a name's word: it counts as
    capitalized unless the article also writes the word alone in lower case (``Doğan Trend
    Otomotiv`` and ``otomotiv sektörü``: the word is ``otomotiv``)."""
    if found[INSIDE_A_NAME] and not found[LOWER]:
        found = found + Counter({TITLE: found[INSIDE_A_NAME]})
    return max((UPPER, TITLE, LOWER), key=lambda case: (found[case], case == TITLE, case == LOWER))


def _listed_case(found: Counter, short: bool) -> str:
    """The case ``data/`` writes a word in most: capitals for a word written only so, or a
    ``short`` one written so at all (``İHA``, an agency, beside ``iha``, a drone); else
    capitalized or lower case, whichever more often (capitalized on a tie)."""
    if found[UPPER] and (short or not (found[TITLE] or found[LOWER])):
        return UPPER
    return TITLE if found[TITLE] >= found[LOWER] else LOWER
