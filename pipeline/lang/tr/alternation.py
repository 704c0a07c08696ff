"""Regular expressions that match one of many words (month names, number words) written as a
trie: ``pazar(?:tesi)?`` rather than ``pazartesi|pazar``.

Python's engine tries the branches of an alternation one by one at each offset; with the
words side by side it reads up to every word there, with a trie it reads the text once. Used
where a pattern scans a whole article for its words.
"""

from __future__ import annotations

import re
from typing import Iterable

_END = ""  #: the key of a trie node where a word ends


def longest_first(words: Iterable[str]) -> str:
    """A pattern (without a group around it) matching any of ``words``, as the words side by
    side longest first would: at each character only one branch can go on, and a longer word
    is tried before a word that is its prefix, so a match and its backtracking order are the same."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(trie)


def _pattern(node: dict) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    if _END in node:  # a word ends here: what follows is optional, and tried first
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
