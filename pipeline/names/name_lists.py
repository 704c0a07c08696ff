"""Words that list or date inside a name: ``Gençlik, Kültür ve Spor Vakfı``, ``Şehitleri,
Gazileri ve Terör Mağdurları Derneği`` (fields listed with commas), ``15 Temmuz ... Derneği``
(a date opening it: the months are ``lang.tr.calendar.month_numbers``). Read by
``pipeline.names.shape`` and the title grammar."""

from __future__ import annotations

from pipeline.lang.tr.endings import ends_in
from pipeline.lang.tr.text import Word
from pipeline.names.canonical import CONNECTORS

#: a plural with a possessive this long lists a field inside a name (``Gazileri``)
MIN_PLURAL_FIELD = 6


def listed_in_name(text: str, text_words: list[Word], first: int, head_first: int, field_words: frozenset[str]) -> bool:
    """``Gençlik, Kültür ve Spor Vakfı``, ``Bilim, Sanayi ve Teknoloji Bakanlığı``: a comma joins
    two words of one name when both are fields (``field_words``) of a list that runs, one field
    (of one or more field words) per item, up to a ``ve`` inside the name (``A, B ve C Head``). Other words before a comma
    are a list of names (``Ankara, İzmir ve Bursa Üniversitesi``, a person before the name)."""
    word, following = text_words[first - 1], text_words[first]
    if text[word.end : following.start] != ", " or not word.text[:1].isupper():
        return False
    index = first
    while True:
        if not _lists_as_field(text_words[index], field_words) or index + 1 >= head_first:
            return False
        gap = text[text_words[index].end : text_words[index + 1].start]
        if gap == " " and text_words[index + 1].folded not in CONNECTORS \
                and _lists_as_field(text_words[index + 1], field_words):
            index += 1  # ``Enerji, Tabii Kaynaklar, Bilgi ve Teknoloji``: a field of two words
            continue
        if gap == " ":
            return _lists_as_field(word, field_words) and text_words[index + 1].folded in CONNECTORS
        if gap != ", ":
            return False
        index += 1


def _lists_as_field(word: Word, field_words: frozenset[str]) -> bool:
    """A field of a list inside a name: a listed field word, or a plural with a possessive
    (``Şehitleri, Gazileri ve Terör Mağdurları Derneği``: the groups an association serves)."""
    return word.folded in field_words or len(word.folded) >= MIN_PLURAL_FIELD and ends_in(word.folded, "poss3_plural")
