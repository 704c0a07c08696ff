"""How the records hold up when the text's form changes the way scraped news dumps change it.

    python benchmarks/real/perturb.py                  # every perturbation, every read gold set
    python benchmarks/real/perturb.py --only nbsp,crlf --sets news,dev

Reads the read gold sets (``../shared/gold/news``, ``../shared/gold/dev`` and the read names
sets through ``materialize.py``: never the kept halves), applies one form perturbation at a
time to each text in memory (no text is written anywhere), extracts, and scores the record
against the gold as ``trnews eval`` does (``pipeline.evaluate.score_article``). Prints F1 per
field and the change from the clean texts.

The gold holds normalized labels (names, ISO codes, amounts, dates), which a change of form
leaves valid, except:
- topics are phrases of the text: both sides are compared in a form-neutral view (NFC, HTML
  entities read, invisible characters dropped, non-breaking spaces and curly quotes made plain);
- ``dateline`` credits an agency (``ANKARA (AA) - ``), which the gold lists as an organization
  (the read sets list ``AA`` and ``Bursa Kuşu`` of such datelines): it is added to the gold;
- with ``ascii`` and ``dotless`` (typed without Turkish letters, or without ``ı``, ``ş``,
  ``ğ``) the article names its people and bodies without those letters too: names, titles and
  topics are compared with both sides folded to ASCII (countries, money and dates are labels).
  A name the gold writes in capitals (``EMİNE``) folds to ``EMINE``, which Turkish lower case
  reads ``emıne``: the record's ``Emine`` misses it in this view only.
``names-dev.jsonl`` annotates no topics: its articles are left out of the topics column.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import unicodedata
from typing import Callable

from materialize import DEFAULT_RAW, HERE, gold_record, in_split, load_splits

from pipeline.api import extract, load
from pipeline.evaluate import FIELDS, Scores, load_gold, score_article
from pipeline.lang.tr.text import turkish_upper
from pipeline.resources import shared_dir

#: annotation file -> the splits of it that may be read (never a kept half)
NAMES_SETS = {
    "names-heldout.jsonl": ("all",),
    "names-heldout-2.jsonl": ("all",),
    "names-dev.jsonl": ("all",),
    "names-heldout-3.jsonl": ("train", "opened"),
}
UNSCORED_TOPICS = {"names-dev.jsonl"}  # annotates no topics

_WORD_GAP = re.compile(r"(?<=[^\W_]) (?=[^\W_])")
_LONG_WORD = re.compile(r"[^\W\d_]{8,}")
_TURKISH_LETTERS = str.maketrans("ıİşŞğĞçÇöÖüÜ", "iIsSgGcCoOuU")
#: the letters keyboards without Turkish layout lack most often (``ç``, ``ö``, ``ü`` are on many)
_DOTLESS_LETTERS = str.maketrans("ıİşŞğĞ", "iIsSgG")


def curly_quotes(text: str) -> str:
    """Typographic quotes: ``Fidan’ın``, ``“...”``, ``‘...’``."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"'(?=\w)", "‘", text)
    text = text.replace("'", "’")
    opening = iter(range(len(text)))
    return re.sub('"', lambda m: "“" if next(opening) % 2 == 0 else "”", text)


def every_nth(pattern: re.Pattern, text: str, n: int, replacement: Callable[[str], str]) -> str:
    """Replaces every ``n``-th match of ``pattern`` (the first, the n+1-th ...)."""
    count = iter(range(len(text) + 1))
    return pattern.sub(lambda m: replacement(m.group()) if next(count) % n == 0 else m.group(), text)


def inside_word(mark: str, n: int) -> Callable[[str], str]:
    """Puts ``mark`` in the middle of every ``n``-th long word (a CMS's hyphenation hint)."""
    return lambda text: every_nth(_LONG_WORD, text, n, lambda word: word[: len(word) // 2] + mark + word[len(word) // 2 :])


def html_entities(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#39;")


def caps_headline(text: str) -> str:
    """The headline in Turkish capitals: the first line of content when it is one (at most
    ``HEADLINE`` characters after any ``date`` line); a text opening with a paragraph is left."""
    match = re.match(r"\s*(?:date \S+\s*)?", text)
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    if line_end - match.end() > HEADLINE:
        return text
    return text[: match.end()] + turkish_upper(text[match.end() : line_end]) + text[line_end:]


HEADLINE = 150


def dateline(text: str) -> str:
    """An agency dateline before the first line of content."""
    match = re.match(r"\s*date \S+\s*", text)
    at = match.end() if match else 0
    return text[:at] + "ANKARA (AA) - " + text[at:]


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "clean": lambda text: text,
    "curly": curly_quotes,
    "nbsp": lambda text: every_nth(_WORD_GAP, text, 2, lambda _: "\u00a0"),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "spaces": lambda text: every_nth(re.compile(r"(?<=[.,]) "), text, 1, lambda _: "  ").replace(" ve ", "\tve\t"),
    "zwsp": inside_word("\u200b", 3),
    "shy": inside_word("\u00ad", 3),
    "entities": html_entities,
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "caps": caps_headline,
    "dotless": lambda text: text.translate(_DOTLESS_LETTERS),
    "ascii": lambda text: text.translate(_TURKISH_LETTERS),
    "oneline": lambda text: re.sub(r"\s*\n\s*", " ", text),
    "dateline": dateline,
}


DATELINE_AGENCY = {"name": "Anadolu Ajansı", "aliases": ["AA"]}


def with_organization(organizations: list[dict], added: dict) -> list[dict]:
    """The gold organizations with ``added``, unless one of them shares a name with it."""
    names = {added["name"], *added["aliases"]}
    if any(names & {entry["name"], *entry.get("aliases", [])} for entry in organizations):
        return organizations
    return [*organizations, added]


def form_neutral(text: str) -> str:
    """The view topics are compared in: the forms above undone where they are characters."""
    text = unicodedata.normalize("NFC", html.unescape(text))
    text = re.sub("[\u200b\u00ad]", "", text).replace("\u00a0", " ")
    return text.translate(str.maketrans("’‘“”", "''\"\""))


def golds(sets: list[str]) -> list[tuple[str, dict]]:
    """(set name, gold) of every read article, each article once (the first set holding it)."""
    found, seen = [], set()
    raw = DEFAULT_RAW
    # an article of a names set may sit in another set's unread half (the topics test split's kept
    # half holds two of the first names held-out set): never read it here
    unread = set().union(*(ids for key, ids in load_splits().items() if key.endswith("_kept") or key == "names_heldout_4"))
    for name in sets:
        if name in ("news", "dev"):
            rows = load_gold(shared_dir() / "gold" / name)
        else:
            path = HERE / name
            lines = [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]
            rows = [gold_record(line, raw) for line in lines
                    if any(in_split(line["id"], path, split) for split in NAMES_SETS[name])
                    and line["id"] not in unread]
        for gold in rows:
            if gold["id"] not in seen:
                seen.add(gold["id"])
                found.append((name, gold))
    return found


def ascii_view(record, gold: dict) -> tuple:
    """Record and gold with names, titles and topics folded to ASCII (see the module text)."""
    fold = lambda value: value.translate(_TURKISH_LETTERS) if isinstance(value, str) else value  # noqa: E731
    gold = json.loads(json.dumps(gold))
    for person in gold["persons"]:
        person["name"], person["titles"] = fold(person["name"]), [fold(t) for t in person["titles"]]
    for entry in gold["missions"] + gold["organizations"]:
        entry["name"], entry["aliases"] = fold(entry["name"]), [fold(a) for a in entry.get("aliases", [])]
    gold["topics"] = [fold(t) for t in gold["topics"]]
    record = record.model_copy(deep=True)
    for entity in record.entities:
        entity.name, entity.acronym, entity.name_en = fold(entity.name), fold(entity.acronym), fold(entity.name_en)
        for title in entity.titles or []:
            title.title = fold(title.title)
    for topic in record.topics:
        topic.text = fold(topic.text)
    return record, gold


def score(name: str, perturb: Callable[[str], str], articles: list[tuple[str, dict]], nlp) -> Scores:
    total = Scores()
    for set_name, gold in articles:
        record = extract(perturb(gold["text"]), id=gold["id"], published=gold.get("published"), nlp=nlp)
        expected = dict(gold["gold"], topics=[form_neutral(t) for t in gold["gold"]["topics"]])
        record = record.model_copy(deep=True)
        for topic in record.topics:
            topic.text = form_neutral(topic.text)
        if name == "dateline":
            expected["organizations"] = with_organization(expected["organizations"], DATELINE_AGENCY)
        if name in ("ascii", "dotless"):
            record, expected = ascii_view(record, expected)
        one = Scores()
        score_article(record, expected, one)
        total.articles += 1
        for field in FIELDS:
            if field == "topics" and set_name in UNSCORED_TOPICS:
                continue
            counts = one.fields[field]
            total.fields[field].add(counts.true_positives, counts.system, counts.gold)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="news,dev," + ",".join(NAMES_SETS), help="gold sets, comma-separated")
    parser.add_argument("--only", default=",".join(PERTURBATIONS), help="perturbations, comma-separated")
    args = parser.parse_args()
    articles = golds(args.sets.split(","))
    nlp = load()
    names = ["clean", *[n for n in args.only.split(",") if n != "clean"]]
    print(f"{len(articles)} articles; F1 per field (change from clean)")
    print(f"{'':10}" + "".join(f"{field[:13]:>16}" for field in FIELDS))
    clean = None
    for name in names:
        table = score(name, PERTURBATIONS[name], articles, nlp)
        f1 = {field: table.fields[field].f1 for field in FIELDS}
        clean = clean or f1
        cells = [f"{f1[f]:.3f}" + (f" ({f1[f] - clean[f]:+.3f})" if name != "clean" else " " * 9) for f in FIELDS]
        print(f"{name:10}" + "".join(f"{cell:>16}" for cell in cells), flush=True)


if __name__ == "__main__":
    sys.exit(main())
