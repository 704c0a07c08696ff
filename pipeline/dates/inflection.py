"""Date words with case endings (pure functions on text): months with a glued case, relative phrases in a case.

Economic and local news write a month without a day in lower case and without an apostrophe:
``kira artışları haziranda durdu``, ``fuar ocakta açılacak``, ``eylüle kadar sürecek``.
The ending must be one the month's last vowel and last consonant allow (``haziranda``,
``mayısta``, ``eylülde``; not ``haziranta``). A month that is also a common noun (``ocak`` hearth or
mine, ``ekim`` sowing, ``aralık`` interval: ``data/months.tsv``, column ``noun``; ``nisanda``, ``kasımda``
are months) is read so only where the same text names that month unmistakably elsewhere
(``ocak ayına ilişkin``, ``5 Ocak``, ``Ocak 2026``) or a verb to come closes its clause (``Toplantı ekimde
yapılacak.``), no number or ``bir`` before it (``30-32 aralıkta``: ``counted_before``).

Relative phrases of two words take the locative and ablative on their last word (``gelecek yıldan
itibaren``, ``geçen aydan beri``): ``case_forms``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.tr.morphology import suffix_after
from pipeline.lang.tr.text import turkish_lower


def glued_case_fits(written: str, suffix: str, after_day: bool = False) -> bool:
    """Whether ``suffix`` is a locative, ablative, ``-daki`` or dative that the month ``written``
    (as in the text) takes: the vowel by harmony, ``t`` after a voiceless consonant. A dative is
    read in lower case only (``Marta`` capitalized is a given name), but ``after_day``: a day
    before the month says it is one (``15 Marta kadar``)."""
    month, folded = turkish_lower(written), turkish_lower(suffix)
    if len(folded) == 1:
        return folded == suffix_after(month, "A") and (written.islower() or after_day)
    return folded in {suffix_after(month, template) for template in ("DA", "DAn", "DAki")}


@lru_cache(maxsize=32)  # asked again for every glued mention of the month: the text is read once
def written_as_a_month_elsewhere(text: str, month: str) -> bool:
    """Whether ``text`` names ``month`` (folded) unmistakably as a month somewhere: with ``ay``
    after it (``ocak ayında``), a day before it (``5 Ocak``) or a year after it (``Ocak 2026``).
    An apostrophe is no proof: ``Kasım'ın`` is as often a given name."""
    name = re.escape(month)
    unmistakable = re.compile(rf"\d\.?\s+{name}(?![^\W_])|(?<![^\W_]){name}\s+(?:ay|(?:1\d|20)\d\d(?!\d))")
    return unmistakable.search(turkish_lower(text)) is not None


#: a number or "bir" right before a word: "30-32 aralıkta", "geniş bir aralıkta" (an interval, not December)
_COUNTED_BEFORE = re.compile(r"(?:\d|(?<![^\W_])[Bb]ir)[^\S\n]+$")


def counted_before(text: str, start: int) -> bool:
    """Whether a number or ``bir`` stands right before ``start``: a noun's modifier, which a month takes none of."""
    return _COUNTED_BEFORE.search(text, max(0, start - 12), start) is not None


def case_forms(phrase: str) -> list[str]:
    """The locative and ablative of a relative phrase (folded), built on its last word by harmony:
    ``geçen yıl`` -> ``geçen yılda``, ``geçen yıldan``; ``gelecek sene`` -> ``gelecek seneden``;
    ``bu hafta`` -> ``bu haftada``. Left out: the genitive opens a part of the period (``bu yılın
    ilk üç ayında``, ``geçen yılın aynı döneminde``), which the gold sets do not list as the
    period; the dative names a base of comparison far more often than the time of an event
    (``geçen yıla göre``, ``geçen yıla ait``)."""
    locative = suffix_after(phrase, "DA")
    return [phrase + locative, phrase + locative + "n"] if locative else []
