"""Texts typed without Turkish letters: a reading copy with the letters put back, so that the
lexicons and grammar written for Turkish spelling read them.

Some news is typed without ``ı``, ``ş`` and ``ğ`` (``Disisleri Bakani ... toplantida``), some
fully in ASCII (no ``ç``, ``ö``, ``ü`` either). Each of those letters has a plain twin of one
character (``pipeline.lang.tr.plain_letters``), so the copy has the same length and every offset
stays valid: the records quote the text as typed. A text counts as typed so when hardly any of
its words holds one of the letters (in Turkish news a third of the words do).

A word gets its letters back from the vocabulary the reader is given (the words and phrases of
the lexicons, gazetteers, catalogues and name lists):

- a run of words that, typed plainly, is a known phrase is spelled as the phrase (``Tip
  Merkezi`` -> ``Tıp Merkezi``, ``A.S`` -> ``A.Ş``): the phrase tells words that alone have two
  spellings;
- otherwise the longest start of the word that, typed plainly, is a known word or the stem of
  one (``toplantida`` -> ``toplantı`` + ``da``; ``Bakanligina`` -> ``Bakanlığ`` + ``ına``). What
  follows is its endings, read by harmony, when it is a chain of suffixes; else the second word
  of a compound, which may bring an ``ş`` harmony cannot (``Demir`` + ``başı``). Of two known
  spellings a whole word wins over the stem of one (``Aslı``), a word of the lexicons over a
  name, and the one turning fewer letters (``on``, not ``ön``);
- a word with no known start is read by harmony (``artirilmasi`` -> ``artırılması``), except a
  capitalized one: a name the lists lack stays as typed.

Loanwords that break harmony (``idari``) may come back wrong: the copy is only read, never
written out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.lang.tr.morphology import VOWELS, stems
from pipeline.lang.tr.plain_letters import ASCII_TWINS, DOTLESS_TWINS, PLAIN, by_harmony, cased_like, fits, turns
from pipeline.lang.tr.text import APOSTROPHES, Word, turkish_lower, words

TURKISH_LETTERS = "ıİşŞğĞ"  #: the letters keyboards without a Turkish layout lack most often
OTHER_LETTERS = "çÇöÖüÜ"  #: the rest of the Turkish letters: a text without them is ASCII
_LETTER_SET, _OTHER_SET = frozenset(TURKISH_LETTERS), frozenset(OTHER_LETTERS)
_SOFTENED = {"k": "ğ", "ç": "c"}  #: a stem's last consonant before a vowel (``bakanlık`` -> ``bakanlığı``)
_HARDENED = {soft: hard for hard, soft in _SOFTENED.items()}
MIN_WORDS = 30  #: a shorter text says too little about how it was typed
MAX_SHARE = 0.01  #: at most this share of words holds one of the letters
MAX_STRAY = 2  #: or this many words (a source line added later: "Kaynak: İHA")
MIN_STEM = 4  #: a known start shorter than this ("al", "ol") fits too many words
MAX_GAP = 2  #: characters between two words of a phrase ("A.Ş", "Tıp Merkezi")
MAX_MEMO = 100_000  #: words remembered across texts
_WORD = re.compile(r"[^\W_]+")  #: a word as ``pipeline.lang.tr.text.words`` reads it


def plain_twins(text: str) -> dict[str, str] | None:
    """How ``text`` was typed: ``ASCII_TWINS`` (without any Turkish letter), ``DOTLESS_TWINS``
    (without ı, ş, ğ) or None (with its letters).

    Asked of every text: it reads the words one by one and stops at the first word with a letter
    that is over the limit even for the most words the rest of the text could hold (one letter
    and one gap each), in Turkish text within the first lines."""
    count = with_letters = with_others = 0
    for match in _WORD.finditer(text):
        count += 1
        word = match.group()
        if not _LETTER_SET.isdisjoint(word):
            with_letters += 1
            most_words = count + (len(text) - match.end()) // 2 + 1
            if with_letters > max(MAX_STRAY, MAX_SHARE * most_words):
                return None
        if not _OTHER_SET.isdisjoint(word):
            with_others += 1
    limit = max(MAX_STRAY, MAX_SHARE * count)
    if count < MIN_WORDS or with_letters > limit:
        return None
    return ASCII_TWINS if with_others <= limit else DOTLESS_TWINS


def is_dotless(text: str) -> bool:
    """Whether ``text`` was typed without ı, ş and ğ (and maybe without ç, ö, ü)."""
    return plain_twins(text) is not None


class DotlessReader:
    """Reading copies of texts typed without Turkish letters, from a vocabulary of phrases."""

    def __init__(self, vocabulary: Iterable[str], names: Iterable[str] = ()) -> None:
        """``vocabulary``: phrases of any words; ``names``: person names, which spell only
        capitalized words (a list of the world's surnames holds ``Gore``, not the word ``göre``)."""
        spellings: dict[str, dict[tuple[bool, str], set[str]]] = {}  # plain form -> (softened?, spelling) -> sources
        phrases: dict[str, set[tuple[str, ...]]] = {}  # plain first word -> phrases of two words or more
        for source, is_name in ((vocabulary, False), (names, True)):
            for phrase in source:
                folded = tuple(word.folded for word in words(phrase))
                if len(folded) > 1 and not is_name:
                    phrases.setdefault(folded[0].translate(PLAIN), set()).add(folded)
                for word in folded:
                    for form in _forms(word):
                        sources = spellings.setdefault(form[1].translate(PLAIN), {}).setdefault(form, set())
                        sources.add("name" if is_name else "vocabulary")
                        sources.add("word" if form[1] == word else "stem")
        #: plain form -> its known spellings: (a stem's softened form?, only a stem?, spelling,
        #: in the vocabulary (not only in a name list)?)
        self.spellings = {
            plain: tuple(sorted((softened, "word" not in sources, spelling, "vocabulary" in sources)
                                for (softened, spelling), sources in found.items()))
            for plain, found in spellings.items()
        }
        #: plain first word -> the phrases it opens, longest first
        self.phrases = {first: sorted(found, key=lambda p: (-len(p), p)) for first, found in phrases.items()}
        self.longest = max(map(len, self.spellings), default=0)
        self._memo: dict[tuple[str, int], str] = {}

    def restore(self, text: str, judged_by: str | None = None) -> str | None:
        """The reading copy of ``text`` (same length), or None when it has its letters (as the
        words of ``judged_by`` tell, when given: the text without lines whose case was changed)."""
        twins = plain_twins(text if judged_by is None else judged_by)
        if twins is None:
            return None
        text_words = words(text)
        chars = list(text)
        in_phrases = self._phrase_words(text, text_words, twins)
        previous = None
        for index, word in enumerate(text_words):
            if previous is not None and previous.end + 1 == word.start and text[previous.end] in APOSTROPHES:
                # "Kaya'nin": the suffix after an apostrophe follows the vowels of the name
                host = turkish_lower("".join(chars[previous.start : previous.end]))
                chars[word.start : word.end] = cased_like(word.text, by_harmony(host, word.text.lower(), twins))
            elif index in in_phrases:
                chars[word.start : word.end] = in_phrases[index]
            else:
                chars[word.start : word.end] = self._word(word.text, twins)
            previous = word
        return "".join(chars)

    def _phrase_words(self, text: str, text_words: list[Word], twins: dict[str, str]) -> dict[int, str]:
        """Index of a word -> its spelling in the known phrase it stands in (the longest
        from the left; the last word may go on with endings: ``Tıp Merkezi|nde``)."""
        spelled: dict[int, str] = {}
        index = 0
        while index < len(text_words):
            length = 1
            for phrase in self.phrases.get(text_words[index].text.lower().translate(PLAIN), ()):
                found = self._phrase_at(text, text_words, index, phrase, twins)
                if found is not None:
                    spelled.update(zip(range(index, index + len(found)), found))
                    length = len(found)
                    break
            index += length
        return spelled

    def _phrase_at(self, text: str, text_words: list[Word], index: int, phrase: tuple[str, ...],
                   twins: dict[str, str]) -> list[str] | None:
        if index + len(phrase) > len(text_words):
            return None
        spelled = []
        for offset, spelling in enumerate(phrase):
            word = text_words[index + offset]
            if offset and not _joined(text, text_words[index + offset - 1], word):
                return None
            lower = word.text.lower()
            last = offset == len(phrase) - 1
            if len(lower) != len(word.text) or not (
                fits(lower, spelling, twins)
                or last and len(spelling) >= MIN_STEM and fits(lower[: len(spelling)], spelling, twins)
            ):
                return None
            spelled.append(cased_like(word.text, spelling + by_harmony(spelling, lower[len(spelling) :], twins)))
        return spelled

    def _word(self, word: str, twins: dict[str, str]) -> str:
        key = (word, len(twins))
        if key not in self._memo:
            if len(self._memo) >= MAX_MEMO:
                self._memo.clear()  # a long-running process reads many texts: keep the memo small
            self._memo[key] = self.restore_word(word, twins)
        return self._memo[key]

    def restore_word(self, word: str, twins: dict[str, str] = DOTLESS_TWINS) -> str:
        """One word as it is spelled with its letters (``Disisleri`` -> ``Dışişleri``)."""
        lower = word.lower()  # ASCII "I" is "i" here: the letters are plain twins
        missing = twins.values()
        if len(lower) != len(word) or any(c in missing for c in lower) or not any(c in twins for c in lower):
            return word  # "İHA": written with its letters; "ve": nothing to put back
        spelled = self._spelled(lower, turkish_lower(word), twins, word[:1].isupper())
        if spelled is not None:
            return cased_like(word, spelled)
        if word[:1].isupper():
            return word  # a name the lists lack: as typed
        return cased_like(word, by_harmony("", lower, twins))

    def _spelled(self, lower: str, typed: str, twins: dict[str, str], capitalized: bool) -> str | None:
        """``lower`` spelled from its longest known start, None when it has none (see the
        module text for what follows the start); ``typed``: the word in Turkish lower case."""
        known = self._known_start(lower, typed, twins, capitalized)
        if known is None:
            return None
        rest = lower[len(known) :]
        endings = by_harmony(known, rest, twins)
        if len(rest) < MIN_STEM or _takes_endings(known, endings):
            return known + endings
        second = self._spelled(rest, typed[len(known) :], twins, capitalized)
        if second is None:
            return known + endings
        # harmony reads the second word's vowels and "ğ" as well; only "ş" is the word's own
        return known + "".join("ş" if word == "ş" else heard for heard, word in zip(endings, second))

    def _known_start(self, lower: str, typed: str, twins: dict[str, str], capitalized: bool) -> str | None:
        """The spelling of the longest start of ``lower`` that the vocabulary knows (the name
        lists only for a capitalized word); a stem's softened form only before a vowel (and
        first there); a known word before a stem (the suffix stripper also cuts ``konus|u``),
        a word of the vocabulary before a name (``Nisan``, not ``Nişan``); of two, the one
        turning fewer letters, then the first in order."""
        plain = lower.translate(PLAIN)
        for length in range(min(len(lower), self.longest), 1, -1):
            if length < len(lower) and length < MIN_STEM:
                return None
            before_vowel = length < len(lower) and lower[length] in VOWELS
            fitting = [
                (not softened, stem_only, not in_vocabulary, turns(typed, spelling), spelling)
                for softened, stem_only, spelling, in_vocabulary in self.spellings.get(plain[:length], ())
                if (before_vowel or not softened) and (capitalized or in_vocabulary)
                and fits(lower[:length], spelling, twins)
            ]
            if fitting:
                return min(fitting)[-1]
        return None


def _forms(folded: str) -> list[tuple[bool, str]]:
    """A known word, its stems (``sırasında`` -> ``sıra``: the word's inflections start so too)
    and, for those ending in ``k`` or ``ç``, their softened forms (``bakanlık`` -> ``bakanlığ``).
    Not the word itself with its last letter hardened (``stems`` gives ``kktç`` for ``kktc``)."""
    found = stems(folded) - {folded[:-1] + _HARDENED.get(folded[-1], folded[-1])}
    forms = []
    for stem in {folded} | {stem for stem in found if len(stem) >= MIN_STEM}:
        forms.append((False, stem))
        if len(stem) >= MIN_STEM and stem[-1] in _SOFTENED:
            forms.append((True, stem[:-1] + _SOFTENED[stem[-1]]))
    return forms


def _takes_endings(stem: str, endings: str) -> bool:
    """Whether ``endings`` after ``stem`` are a chain of suffixes (``ın|a`` after ``bakanlığ``)."""
    found = stems(stem + endings)
    return stem in found or (stem[-1] in _HARDENED and stem[:-1] + _HARDENED[stem[-1]] in found)


def _joined(text: str, first: Word, second: Word) -> bool:
    """Whether two words follow each other inside one name (a space or a dot between)."""
    gap = text[first.end : second.start]
    return 0 < len(gap) <= MAX_GAP and not any(c in gap for c in "\n,;:" + APOSTROPHES)
