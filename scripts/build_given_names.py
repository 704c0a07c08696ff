"""Rebuild data/given_names.tsv from the PERSON spans of the Turkish Wiki NER corpus.

Run: `python scripts/build_given_names.py [path/to/train.conll]`.

A word is a given name when it stands before the last word of a multi-word PERSON span
(``Hakan`` in ``Hakan Fidan``). Words that are also ordinary or place names (``Deniz``:
sea, ``Barış``: peace) are written with a capital mostly outside person names, so a word
is kept only when most of its capitalized occurrences are inside person names.

Only the train split is read (never the Milliyet test set, never IMST): the Turkish Wiki
NER corpus (Altinok 2023) is CC BY-SA 4.0, and so is the derived list.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.text import is_capitalized, strip_apostrophe_suffix, turkish_lower  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data"
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared/data/ner/turkish-wiki-ner/train.conll"
MIN_SHARE = 0.5  #: uses inside person names / all capitalized uses


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    result, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                result.append(current)
            current = []
            continue
        token, tag = line.split("\t")
        current.append((token, tag))
    if current:
        result.append(current)
    return result


def person_spans(sentence: list[tuple[str, str]]) -> list[list[str]]:
    spans, current = [], None
    for token, tag in sentence:
        if tag == "B-PERSON":
            current = [token]
            spans.append(current)
        elif tag == "I-PERSON" and current is not None:
            current.append(token)
        else:
            current = None
    return spans


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    given, in_person, capitalized, spelling = Counter(), Counter(), Counter(), {}
    for sentence in sentences(corpus):
        for token, _ in sentence:
            bare = strip_apostrophe_suffix(token)
            if is_capitalized(bare):
                capitalized[turkish_lower(bare)] += 1
        for span in person_spans(sentence):
            for token in span:
                in_person[turkish_lower(strip_apostrophe_suffix(token))] += 1
            for token in span[:-1]:
                bare = strip_apostrophe_suffix(token)
                if bare.isalpha() and len(bare) > 1 and is_capitalized(bare) and not bare.isupper():
                    key = turkish_lower(bare)
                    given[key] += 1
                    spelling.setdefault(key, Counter())[bare] += 1
    rows = [
        (spelling[key].most_common(1)[0][0], count, capitalized[key])
        for key, count in given.items()
        if in_person[key] / max(capitalized[key], in_person[key]) >= MIN_SHARE
    ]
    with open(DATA / "given_names.tsv", "w", encoding="utf-8") as handle:
        handle.write(
            "# Given names, derived by scripts/build_given_names.py from the PERSON spans of the\n"
            "# Turkish Wiki NER corpus (Altinok 2023), train split. Licence: CC BY-SA 4.0.\n"
            "# as_given_name: uses before a surname; capitalized: all capitalized uses of the word;\n"
            "# kept when at least half of the capitalized uses are inside person names.\n"
        )
        handle.write("name\tas_given_name\tcapitalized\n")
        for name, count, total in sorted(rows, key=lambda row: (-row[1], turkish_lower(row[0]))):
            handle.write(f"{name}\t{count}\t{total}\n")
    print(f"{len(rows)} given names written to {DATA / 'given_names.tsv'}")


if __name__ == "__main__":
    main()
