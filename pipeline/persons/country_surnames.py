"""Countries' names that are Turkish surnames too (``Ahmet Katar``, ``İsmail Cezayir``).

The countries stage reads every ``Katar`` as Qatar. Right after a capitalized given name that
is no surname itself (``Ahmet``, not ``Fidan`` of ``Bakan Fidan Katar'da``), and written
without a case ending or with one after an apostrophe, such a word is the person's surname when
the surname lists hold it (``data/surnames_turkish.tsv``); the persons stage then reads the
name, and the country's mention inside it is dropped.
"""

from __future__ import annotations

from pipeline.lang.tr.text import Word, after_apostrophe, is_capitalized
from pipeline.lexicons.candidates import word_index_at


def countries_said_as_surnames(
    text: str, words: list[Word], country_spans: list[tuple[int, int]], given_names: set[str] | frozenset[str],
    surnames: set[str] | frozenset[str], surname_words: set[str] | frozenset[str],
) -> set[tuple[int, int]]:
    """The (start, end) of the country mentions that are surnames after a given name."""
    index_at = word_index_at(words)
    found = set()
    for start, end in country_spans:
        index = index_at.get(start)
        if not index or index + 1 < len(words) and words[index + 1].start < end \
                and not after_apostrophe(text, words[index + 1].start):
            continue  # a name of one word only (``Katar``, ``Katar'ın``), not ``Birleşik Krallık``
        word, before = words[index], words[index - 1]
        if word.folded not in surname_words or text[before.end : word.start] != " ":
            continue
        if is_capitalized(before.text) and before.folded in given_names and before.folded not in surnames:
            found.add((start, end))
    return found
