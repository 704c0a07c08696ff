"""Texts typed without the Turkish letters ı, ş, ğ (``toplantida degerlendirildi``): a reading copy
with the letters put back, so that lexicons and grammar written for Turkish spelling read it
(the topics stage reads its cue table and grammar off such a copy).

Each of those letters has a plain twin of one character (``i``, ``s``, ``g``), so the copy has
the same length and every offset stays valid: items are cut from the text as written. A
text counts as typed so when hardly any of its words holds one of the six letters (in Turkish
news a third of the words do). A word gets its letters back from the caller's vocabulary where a
spelling with a known stem exists (``toplantida`` -> ``toplantıda``, ``hususlarinda`` ->
``hususlarında``); otherwise by vowel harmony alone (an ``i`` after a back vowel is ``ı``,
``artirilmasi`` -> ``artırılması``; a ``g`` between vowels of a small word is ``ğ``,
``açtigi`` -> ``açtığı``). Loanwords that break harmony (``idari``) may come back wrong;
that copy is only read, never written out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from pipeline.lang.tr.morphology import BACK_VOWELS, VOWELS, match_key, stems
from pipeline.lang.tr.text import APOSTROPHES, Word, turkish_lower

TURKISH_LETTERS = "ıİşŞğĞ"
_LETTER_SET = frozenset(TURKISH_LETTERS)
PLAIN_TWINS = {"i": "ı", "s": "ş", "g": "ğ"}
DAKI = re.compile(r"[dt][ae]ki$")  #: "alanındaki": the -ki of a locative never harmonizes
MIN_WORDS = 30  #: a shorter text says too little about how it was typed
MAX_SHARE = 0.01  #: at most this share of words holds one of the letters
MAX_STRAY = 2  #: or this many words (a source line added later: "Kaynak: İHA")
MIN_STEM = 4  #: a known stem shorter than this ("al", "ol") fits too many spellings
MAX_MEMO = 100_000  #: words remembered across texts
MAX_AMBIGUOUS = 10  #: letters with a twin in one word, at most (2**10 spellings)


def is_dotless(text: str, text_words: list[Word]) -> bool:
    """Whether ``text`` was typed without ı, ş and ğ."""
    if len(text_words) < MIN_WORDS:
        return False
    limit = max(MAX_STRAY, MAX_SHARE * len(text_words))
    with_letters = 0
    for word in text_words:  # stops at the first word over the limit: in most texts within a line
        if not _LETTER_SET.isdisjoint(word.text):
            with_letters += 1
            if with_letters > limit:
                return False
    return True


class DotlessReader:
    def __init__(self, vocabulary: Iterable[str], stems_of_verbs: Iterable[str] = ()) -> None:
        folded = {turkish_lower(word) for phrase in vocabulary for word in phrase.split()}
        self.known = frozenset(folded | {match_key(word) for word in folded})
        #: verb stems of the cues (``görüş``, ``konuş``, ``değerlendir``): a verb's endings are
        #: no noun suffixes, so its spelling is told by the stem it starts with
        self.prefixes = frozenset(turkish_lower(stem) for stem in stems_of_verbs if len(stem) >= MIN_STEM)
        self._memo: dict[str, str] = {}

    def restore(self, text: str, text_words: list[Word]) -> str | None:
        """The reading copy of ``text`` (same length), or None when it has its letters."""
        if not is_dotless(text, text_words):
            return None
        chars = list(text)
        previous = None
        for word in text_words:
            if previous is not None and previous.end + 1 == word.start and text[previous.end] in APOSTROPHES:
                # "Tavli'nin": the suffix after an apostrophe follows the vowels of the name
                host = "".join(chars[previous.start : previous.end]).lower()
                chars[word.start : word.end] = _cased_like(word.text, _by_harmony(host, word.text.lower(), True))
            else:
                chars[word.start : word.end] = self._word(word.text)
            previous = word
        return "".join(chars)

    def _word(self, word: str) -> str:
        if word not in self._memo:
            if len(self._memo) >= MAX_MEMO:
                self._memo.clear()  # a long-running process reads many texts: keep the memo small
            self._memo[word] = self._restore_word(word)
        return self._memo[word]

    def _restore_word(self, word: str) -> str:
        lower = word.lower()  # ASCII "I" is "i" here: the letters are plain twins
        if len(lower) != len(word) or any(c in TURKISH_LETTERS for c in word):
            return word  # "İHA": written with its letters
        positions = [i for i, c in enumerate(lower) if c in PLAIN_TWINS]
        if not positions:
            return word
        best: tuple[int, int, str] | None = None
        if len(positions) <= MAX_AMBIGUOUS:
            for choice in itertools.product((False, True), repeat=len(positions)):
                spelled = list(lower)
                for position, turn in zip(positions, choice):
                    if turn:
                        spelled[position] = PLAIN_TWINS[spelled[position]]
                candidate = "".join(spelled)
                known = [len(stem) for stem in stems(candidate) & self.known if len(stem) >= MIN_STEM]
                known += [k for k in range(MIN_STEM, len(candidate) + 1) if candidate[:k] in self.prefixes]
                if known:
                    rank = (-max(known), sum(choice), candidate)
                    best = rank if best is None or rank < best else best
        if best is not None:
            stem_length = -best[0]
            restored = best[2][:stem_length] + _by_harmony(best[2][:stem_length], lower[stem_length:], True)
        else:
            restored = _by_harmony("", lower, not word[:1].isupper())
        return _cased_like(word, restored)


def _by_harmony(stem: str, rest: str, soften: bool) -> str:
    """``rest`` after ``stem`` with each ``i`` read by harmony and, when ``soften``, ``g``
    between vowels as ``ğ``. An ``i`` takes the frontness of the next vowel (a suffix vowel
    follows the one before it: ``valilikler``, ``artırılması``), of the one before where none
    follows or ``-yor`` does (``geliyor``, ``alıyor``); a word's first vowel and the ``-ki`` of
    ``-DAki`` stay ``i``."""
    out = list(stem)
    for index, char in enumerate(rest):
        previous = next((c for c in reversed(out) if c in VOWELS), None)
        if char == "i" and previous is not None and not (index == len(rest) - 1 and DAKI.search(rest)):
            following = None if rest[index + 1 : index + 4] == "yor" else next((c for c in rest[index + 1 :] if c in VOWELS and c != "i"), None)
            if following is None:
                char = "ı" if previous in BACK_VOWELS else "i"
            else:
                char = "ı" if following in BACK_VOWELS else "i"
        elif char == "g" and soften and out and out[-1] in VOWELS and index + 1 < len(rest) and rest[index + 1] in VOWELS:
            char = "ğ"
        out.append(char)
    return "".join(out[len(stem):])


def _cased_like(original: str, restored: str) -> str:
    """``restored`` with the capitals of ``original`` (``I`` -> ``İ`` where the letter is ``i``)."""
    out = []
    for old, new in zip(original, restored):
        if not old.isupper():
            out.append(new)
        else:
            out.append({"i": "İ", "ı": "I"}.get(new, new.upper()))
    return "".join(out)
