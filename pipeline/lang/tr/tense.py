"""The tense of the clause that follows a date: is the event still to come, or has it happened?

A day or month written without a year (``22 Ocak'ta``, ``Ekim ayında``) is resolved by the
verb that governs it. Turkish is verb-final, and the date's own verb (a finite verb or a
participle: ``yapılacak``, ``imzalanan``, ``düzenlendiği``) is the first verb after it, even when
the sentence ends in a reporting verb (``... toplanacağını söyledi``). So the first word after
the date that shows a tense decides; ``data/tense_cues.tsv`` adds the verbs whose meaning
points ahead (``bekleniyor``, ``planlanan``, ``hedefleniyor``).
"""

from __future__ import annotations

import re

from pipeline.resources import read_tsv
from pipeline.lang.tr.text import APOSTROPHES, sentence_end, turkish_lower

FUTURE, PAST = "future", "past"

#: -ecek/-acak in all its forms (yapılacak, süreceğini, olacaktır)
_FUTURE_SUFFIX = re.compile(r"[ae]c[ae][kğ]")
#: Past forms no noun ends in: -mişti, the participles -diği/-dikten, passive -ilen/-nan (edilen, alınan)
_PAST_PARTICIPLE = re.compile(r"m[ıiuü]şt[ıiuü]|[dt][ıiuü]ğ[ıiuü]|[dt][ıiuü]kt[ae]n$|..(?:[ıiuü]l[ae]n|n[ae]n)$")
#: A finite past verb (yaptı, yapıldılar, yapılmış). Nouns end like it too (hükümeti, kredi,
#: ithalatı, parti), so it counts only where the sentence ends right after it: a comma
#: follows nouns as often as verbs ("iktidar partisi, muhalefet partisi").
_FINITE_PAST = re.compile(r"(?:[dt][ıiuü]|m[ıiuü]ş)(?:[mnk]|n[ıiuü]z|l[ae]r)?$")
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.;!?\"”’')]|$)")
_WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]+)?")


class TenseReader:
    def __init__(self, cues: str) -> None:
        self.cues = [(turkish_lower(row["stem"]), row["tense"]) for row in read_tsv(cues)]

    def tense_after(self, text: str, offset: int) -> str | None:
        """The tense of the first word after ``offset`` in its sentence that shows one; None when none does."""
        for match in _WORD.finditer(text, offset, sentence_end(text, offset)):
            tense = self.word_tense(match.group(), ends_sentence=bool(_SENTENCE_CLOSE.match(text, match.end())))
            if tense:
                return tense
        return None

    def word_tense(self, word: str, ends_sentence: bool) -> str | None:
        """A capitalized word without a suffix is a name (``Ordu``, ``Kadı``) and shows no tense;
        after an apostrophe only the suffix counts (``Brüksel'deydi``)."""
        apostrophe = next((i for i, char in enumerate(word) if char in APOSTROPHES), None)
        if apostrophe is not None:
            word = word[apostrophe + 1 :]
        elif word[:1].isupper():
            return None
        folded = turkish_lower(word)
        for stem, tense in self.cues:
            if folded.startswith(stem):
                return tense
        if _FUTURE_SUFFIX.search(folded):
            return FUTURE
        if _PAST_PARTICIPLE.search(folded) or (ends_sentence and _FINITE_PAST.search(folded)):
            return PAST
        return None
