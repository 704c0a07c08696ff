"""Rebuild data/given_names.tsv, data/surnames.tsv and data/surnames_confirming.tsv from the
PERSON spans of the Turkish Wiki NER corpus.

Run: `python scripts/build_name_lists.py [path/to/train.conll]`.

A word is a given name when it stands before the last word of a multi-word PERSON span
(``Hakan`` in ``Hakan Fidan``), a surname when it ends a PERSON span (``Fidan``, ``Putin``).
Words that are also ordinary or place names (``Deniz``: sea, ``Barış``: peace) are written
with a capital mostly outside person names, so a word is kept only when most of its
capitalized occurrences are inside person names (surnames, which the pipeline accepts
without any other cue, need a larger share and two uses). A surname with that share seen only
once goes to surnames_confirming.tsv: it does not stand alone, it only confirms the capitalized
word before it as a given name (``pipeline/persons/confirmed_names.py``).

Only the train split is read (never the Milliyet test set, never IMST): the Turkish Wiki
NER corpus (Altinok 2023) is CC BY-SA 4.0, and so are the derived lists.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.lang.tr.text import is_capitalized, strip_apostrophe_suffix, turkish_lower  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data"
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared/data/ner/turkish-wiki-ner/train.conll"
GIVEN_NAME_SHARE = 0.5  #: uses inside person names / all capitalized uses
SURNAME_SHARE = 0.8
#: words the corpus's foreign names use as given names that Turkish text writes with a capital
#: in other senses (``El Clasico``, ``Camp Nou``, ``Üye Girişi``, the office ``Vali Ali Kaya``, the
#: city ``Van Büyükşehir Belediyesi``)
NOT_GIVEN = {"el", "camp", "üye", "vali", "van"}
SURNAME_USES = 2
#: what the list of surnames that may not stand alone is for
CONFIRMING_USE = (
    "# Too rare to stand alone as a person: read by pipeline/persons/confirmed_names.py only right\n"
    "# after a capitalized word, which they confirm as a given name (``Lale Aldemir``).\n"
)
LICENCE = (
    "# derived by scripts/build_name_lists.py from the PERSON spans of the Turkish Wiki NER\n"
    "# corpus (Altinok 2023, ACL), train split. Licence: CC BY-SA 4.0.\n"
    "# uses: how often the word stands in that position of a person name.\n"
)


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


def is_name_word(word: str) -> bool:
    return word.isalpha() and len(word) > 1 and is_capitalized(word) and not word.isupper()


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    given, surname, in_person, capitalized = Counter(), Counter(), Counter(), Counter()
    spelling: dict[str, Counter] = {}
    for sentence in sentences(corpus):
        for token, _ in sentence:
            bare = strip_apostrophe_suffix(token)
            if is_capitalized(bare):
                capitalized[turkish_lower(bare)] += 1
        for span in person_spans(sentence):
            bare_words = [strip_apostrophe_suffix(token) for token in span]
            for position, bare in enumerate(bare_words):
                key = turkish_lower(bare)
                in_person[key] += 1
                if not is_name_word(bare):
                    continue
                spelling.setdefault(key, Counter())[bare] += 1
                if position == len(span) - 1:
                    surname[key] += 1
                else:
                    given[key] += 1

    def share(key: str) -> float:
        return in_person[key] / max(capitalized[key], in_person[key])

    write("given_names.tsv", "Given names", given, spelling, lambda k, n: share(k) >= GIVEN_NAME_SHARE and k not in NOT_GIVEN)
    def strict_surname(k: str, n: int) -> bool:
        return n >= SURNAME_USES and share(k) >= SURNAME_SHARE

    write("surnames.tsv", "Surnames", surname, spelling, strict_surname)
    write("surnames_confirming.tsv", "Surnames seen once", surname, spelling,
          lambda k, n: not strict_surname(k, n) and share(k) >= SURNAME_SHARE, CONFIRMING_USE)


def write(name: str, what: str, counts: Counter, spelling: dict[str, Counter], keep, use: str = "") -> None:
    rows = [(spelling[key].most_common(1)[0][0], n, key) for key, n in counts.items() if keep(key, n)]
    with open(DATA / name, "w", encoding="utf-8") as handle:
        handle.write(f"# {what}, {LICENCE[2:]}{use}")
        handle.write("name\tuses\n")
        for surface, n, _ in sorted(rows, key=lambda row: (-row[1], row[2])):
            handle.write(f"{surface}\t{n}\n")
    print(f"{len(rows)} rows written to {DATA / name}")


if __name__ == "__main__":
    main()
