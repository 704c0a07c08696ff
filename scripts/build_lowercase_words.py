"""Rebuild data/lowercase_words.tsv: words that public corpora write in lowercase inside sentences.

Run: `python scripts/build_lowercase_words.py TREEBANK_DATA [OUT]`, where TREEBANK_DATA is the
``data`` folder of the unpacked PyPI package ``turkish-treebanks`` 1.0.0 (Apache-2.0; its
``web.conllu`` and ``wiki.conllu``). The Turkish Wiki NER training split is read from
``../shared/data/ner/turkish-wiki-ner/train.conll`` (CC BY-SA 4.0).

A word is kept when the two corpora together write it in lowercase at least ``MIN_COUNT`` times
(Wiki NER: alphabetic tokens tagged ``O``; the treebank: the words of each sentence's text after
its first, stripped of punctuation). The persons stage compares stem keys with these words' keys:
a word opening a sentence whose key is among them is an ordinary word capitalized by its place.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from pipeline.resources import data_path, shared_dir

MIN_COUNT = 2
_PUNCTUATION = ".,;:!?\"'()«»“”…"
HEADER = """\
# Words written in lowercase inside sentences of two public corpora, each at least twice: the
# Turkish Wiki NER training split (Altinok 2023; CC BY-SA 4.0; tokens tagged O) and the Turkish
# Web Treebank (turkish-treebanks 1.0.0, Apache-2.0; sentence text, first word left out).
# Read by the persons stage (pipeline/persons/speakers.py): a word that opens a sentence and whose
# stem key (pipeline/lang/tr/morphology.match_key) is one of these words' keys is an ordinary
# word capitalized by its place ("Yetkililer, ... açıkladı"), not a name said once.
# Read by the organizations stage too (pipeline/names/openers.py, EverydayWords): a sentence's first
# word that is one of these in a case or a plural is the clause's, no word of the name after it
# ("Operasyona Özel Harekat Şube Müdürlüğü").
# Built by scripts/build_lowercase_words.py. Licence of this file: CC BY-SA 4.0.
word
"""


def wiki_ner_words(path: Path) -> Counter:
    counts: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if len(parts) < 2:
            continue
        token, tag = parts[0], parts[-1]
        if tag == "O" and token[:1].islower() and token.isalpha():
            counts[token] += 1
    return counts


def treebank_words(folder: Path) -> Counter:
    counts: Counter = Counter()
    for name in ("web.conllu", "wiki.conllu"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                for token in line[len("# text = "):].split()[1:]:
                    token = token.strip(_PUNCTUATION)
                    if token[:1].islower() and token.isalpha():
                        counts[token] += 1
    return counts


def main() -> None:
    treebank = Path(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else data_path("lowercase_words.tsv")
    counts = wiki_ner_words(shared_dir() / "data" / "ner" / "turkish-wiki-ner" / "train.conll") + treebank_words(treebank)
    words = sorted(word for word, count in counts.items() if count >= MIN_COUNT)
    out.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()
