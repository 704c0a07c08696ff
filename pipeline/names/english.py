"""The complement of an English head noun: ``Institute of Technology``, ``University of
Arts and Design``, ``Council on Foreign Relations``, ``Bank of America``.

After a foreign head (``data/organization_heads.tsv``, role ``foreign``) with no suffix of its
own, ``of``, ``for`` or ``on`` and a run of capitalized words belong to the name; inside the run
``and``, ``the``, ``of`` and ``for`` join capitalized words. The run ends at the first word that
is neither, at punctuation, or at a word that takes a suffix (``Oxford'un``: its last word).
"""

from __future__ import annotations

from pipeline.lang.tr.text import Word

#: Words that open an English head's complement.
OPENERS = frozenset({"of", "for", "on"})
#: Lowercase words that join the complement's capitalized words.
JOINERS = frozenset({"of", "for", "and", "the", "on"})
#: The most words a complement runs to.
MAX_COMPLEMENT_WORDS = 6


def english_complement(text: str, text_words: list[Word], head: int) -> int:
    """The index of the complement's last word after the head noun at ``head``, else ``head``."""
    last = head
    index = head + 1
    if index >= len(text_words) or text_words[index].text not in OPENERS or not _joined(text, text_words, index):
        return head
    while index < len(text_words) and index - head <= MAX_COMPLEMENT_WORDS and _joined(text, text_words, index):
        word = text_words[index]
        if word.text in JOINERS:
            index += 1
            continue
        if not word.text[:1].isupper():
            break
        last = index
        if text[word.end : word.end + 1] not in ("", " "):
            break  # a suffix or punctuation ends the name
        index += 1
    return last


def _joined(text: str, text_words: list[Word], index: int) -> bool:
    return text[text_words[index - 1].end : text_words[index].start] == " "
