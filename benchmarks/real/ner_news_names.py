"""Score the name stages' mentions against the news NER set, reading the texts from ../shared.

    python benchmarks/real/ner_news_names.py --split train     # the part to tune on
    python benchmarks/real/ner_news_names.py --split dev       # the part to check at the end
    python benchmarks/real/ner_news_names.py --split dev --ner # with the trained NER model

`benchmarks/real/ner-news.jsonl` marks PERSON, ORG, GPE, LOC and TITLE spans in annotated
sentences of 361 real articles (none of the first names held-out set; the 48 of the second,
`names_heldout_2`, and the 85 of the third, `names_heldout_3`, are skipped). The split is the NER model's
(`pipeline.ner.news_corpus.split_of`): the model learned from the `train` part, so only the
`dev` part says anything about `--ner`. Three rows:

- PERSON, ORG: mention level. A record mention of a PERSON (an ORGANIZATION or MISSION for
  ORG) inside an annotated sentence (and not inside an annotated TITLE, which folds an
  organization into the office: `NATO Genel Sekreteri`) is a true positive when it covers the same words as an
  annotated span of that label (a case ending after an apostrophe is ignored on both sides).
- TITLE: pairs of an annotated TITLE right before an annotated PERSON. The pair is found when the record's person of that mention carries the title; a title
  matches when its words are the same, the last one up to a possessive ending
  (`Başbakan` ~ `Başbakanı`). System pairs are the titles of record persons with a mention at
  an annotated PERSON that has an annotated title.

The annotations also mark short forms and clubs that the gold format may not list, and titles
without a person: read it as a signal for open-world recall, not as a record score.
`--show N` prints up to N misses and false positives of each label (texts from ../shared, for
the terminal only: never copy them into the repository).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Iterable

from pipeline.api import extract, load
from pipeline.evaluate import Counts
from pipeline.lang.tr.text import strip_apostrophe_suffix, turkish_lower
from pipeline.ner.news_corpus import split_of
from pipeline.resources import shared_dir

HERE = Path(__file__).resolve().parent
SYSTEM_LABELS = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "MISSION": "ORG"}
MAX_GLUED_ENDING = 4
PLURAL_ENDINGS = ("ları", "leri", "lar", "ler")
POSSESSIVE_ENDINGS = ("sı", "si", "su", "sü", "ı", "i", "u", "ü")


def name_key(text: str, start: int) -> tuple[int, str]:
    """Start offset and the lower-cased words without a case ending after an apostrophe."""
    words = text.split()
    words[-1] = strip_apostrophe_suffix(words[-1]) or words[-1]
    return start, turkish_lower(" ".join(words)).rstrip(".,;:")


def same_names(gold: Iterable[tuple[int, str]], system: Iterable[tuple[int, str]]) -> dict:
    """Gold key -> system key of the mentions that name the same words: same start, and the
    texts equal up to a case ending of at most four letters glued on without an apostrophe
    (`Başsavcılığınca`)."""
    by_start = {start: name for start, name in system}
    found = {}
    for start, name in gold:
        other = by_start.get(start)
        if other is None:
            continue
        short, long = sorted((name, other), key=len)
        if long.startswith(short) and len(long) - len(short) <= MAX_GLUED_ENDING and " " not in long[len(short):]:
            found[(start, name)] = (start, other)
    return found


def title_words(title: str) -> list[str]:
    return turkish_lower(title).replace("'", " ").replace("-", " ").split()


def same_word(a: str, b: str) -> bool:
    """Equal up to a possessive ending (`Başbakan` ~ `Başbakanı`, `Büyükelçi` ~ `Büyükelçisi`), and
    up to the plural: an office said of a list of names is each one's title in the singular
    (`Yapımcılar` ~ `Yapımcı`, `Yardımcıları` ~ `Yardımcısı`)."""
    short, long = sorted((a, b), key=len)
    if long == short or (long.startswith(short) and long[len(short) :] in POSSESSIVE_ENDINGS):
        return True
    singular_a, singular_b = singular(a), singular(b)
    return (singular_a, singular_b) != (a, b) and same_word(singular_a, singular_b)


def singular(word: str) -> str:
    """`yardımcıları` -> `yardımcı`, `yapımcılar` -> `yapımcı`: the word without a plural ending."""
    for ending in PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def ends_with_title(system: str, gold: str) -> bool:
    """The annotations leave an organization before an office out (`Genel Başkanı` where the
    gold format keeps `MHP Genel Başkanı`): a system title matches when it ends with the
    annotated one's words."""
    system_words, gold_words = title_words(system), title_words(gold)
    if not gold_words or len(system_words) < len(gold_words):
        return False
    tail = system_words[-len(gold_words) :]
    return tail[:-1] == gold_words[:-1] and same_word(tail[-1], gold_words[-1])


def titled_people(text: str, entities: list) -> dict[tuple[int, int], str]:
    """Annotated PERSON span -> the TITLE span right before it (`Dışişleri Bakanı Hakan Fidan`)."""
    people = [(s, e) for s, e, label in entities if label == "PERSON"]
    titles = [(s, e) for s, e, label in entities if label == "TITLE"]
    paired = {}
    for ps, pe in people:
        for ts, te in titles:
            if te <= ps <= te + 2 and text[te:ps].strip() == "":
                paired[(ps, pe)] = text[ts:te]
    return paired


def score_article(annotation: dict, text: str, record, counts: dict, misses: dict) -> None:
    sentences = annotation["sentences"]

    titles = [(s, e) for s, e, label in annotation["entities"] if label == "TITLE"]

    def annotated(start: int, end: int) -> bool:
        """In an annotated sentence, and not inside an annotated title: the annotations fold an
        organization into the office (`NATO Genel Sekreteri` is one TITLE span)."""
        in_title = any(s <= start and end <= e for s, e in titles)
        return not in_title and any(s <= start < e for s, e in sentences)

    gold: dict[str, dict] = {"PERSON": {}, "ORG": {}}
    for start, end, label in annotation["entities"]:
        if label in gold:
            gold[label][name_key(text[start:end], start)] = (start, end)
    system: dict[str, dict] = {"PERSON": {}, "ORG": {}}
    entity_of: dict[tuple[int, int], object] = {}
    for entity in record.entities:
        label = SYSTEM_LABELS.get(entity.type)
        for mention in entity.mentions if label else ():
            if annotated(mention.start, mention.end):
                system[label][name_key(mention.text, mention.start)] = (mention.start, mention.end)
                entity_of[(mention.start, mention.end)] = entity
    for label in gold:
        found = same_names(gold[label].keys(), system[label].keys())
        counts[label].add(len(found), len(system[label]), len(gold[label]))
        misses[label]["miss"].update(k[1] for k in gold[label].keys() - found.keys())
        misses[label]["false"].update(k[1] for k in system[label].keys() - set(found.values()))

    persons_at = {k: system["PERSON"][v] for k, v in same_names(gold["PERSON"].keys(), system["PERSON"].keys()).items()}
    pairs = titled_people(text, annotation["entities"])
    for key, (start, end) in gold["PERSON"].items():
        title = pairs.get((start, end))
        if title is None:
            continue
        entity = entity_of.get(persons_at[key]) if key in persons_at else None
        system_titles = [t.title for t in (entity.titles or [])] if entity else []
        hit = any(ends_with_title(t, title) for t in system_titles)
        counts["TITLE"].add(int(hit), len(system_titles[:1]) if entity else 0, 1)
        if not hit:
            misses["TITLE"]["miss"].update([f"{title} | {key[1]} -> {system_titles}"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", help="train (tune), dev (check) or all")
    parser.add_argument("--ner", action="store_true", help="with the trained NER model")
    parser.add_argument("--ner-organizations", action="store_true",
                        help="with --ner, the organizations stage also reads the model's ORG spans (use_ner)")
    parser.add_argument("--show", type=int, default=0, help="print the N most frequent misses of each label")
    parser.add_argument("--raw", type=Path, default=shared_dir() / "data" / "news-raw")
    args = parser.parse_args()
    nlp = load(ner=args.ner)
    if args.ner_organizations:
        nlp.get_pipe("trnews_organizations").use_ner = True
    counts = {label: Counts() for label in ("PERSON", "ORG", "TITLE")}
    misses = {label: {"miss": Counter(), "false": Counter()} for label in counts}
    articles = 0
    splits = json.loads((HERE / "splits.json").read_text(encoding="utf-8"))
    held_out = set(splits["names_heldout_2"]) | set(splits["names_heldout_3"])
    for line in (HERE / "ner-news.jsonl").read_text(encoding="utf-8").splitlines():
        annotation = json.loads(line)
        if args.split != "all" and split_of(annotation["id"]) != args.split or annotation["id"] in held_out:
            continue  # the second and third names held-out sets are scored as records only, never read here
        article = json.loads((args.raw / f"{annotation['id']}.json").read_text(encoding="utf-8"))
        record = extract(article["text"], id=article["id"], nlp=nlp)
        score_article(annotation, article["text"], record, counts, misses)
        articles += 1
    print(f"ner-news {args.split} part, {articles} articles{' (--ner)' if args.ner else ''}")
    for label, row in counts.items():
        print(f"{label:6} P {row.precision:.3f} R {row.recall:.3f} F1 {row.f1:.3f} "
              f"(tp {row.true_positives}, system {row.system}, gold {row.gold})")
    for label in counts if args.show else ():
        for kind in ("miss", "false"):
            top = misses[label][kind].most_common(args.show)
            if top:
                print(f"\n{label} {kind}:", "; ".join(f"{name} x{n}" if n > 1 else name for name, n in top))


if __name__ == "__main__":
    main()
