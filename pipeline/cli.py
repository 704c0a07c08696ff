"""The ``trnews`` command: a thin typer layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Information extraction from Turkish news.")


@app.command()
def extract(
    input: Path = typer.Argument(..., exists=True, help="A .txt file, a directory of .txt files, or JSON Lines."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSON Lines here instead of stdout."),
    backend: str = typer.Option("spacy", help="Tokenization backend."),
) -> None:
    """Extract one record per article as JSON Lines; unreadable rows become error rows."""
    import pipeline
    from pipeline.inputs import read_inputs
    from pipeline.schema import ErrorRow

    nlp = pipeline.load(backend=backend)
    failed = 0
    with (open(output, "w", encoding="utf-8") if output else _stdout()) as sink:
        rows = list(read_inputs(input))
        readable = [row for row in rows if not isinstance(row, ErrorRow)]
        results = iter(pipeline.extract_many(readable, nlp=nlp))
        for row in rows:
            result = row if isinstance(row, ErrorRow) else next(results)
            failed += isinstance(result, ErrorRow)
            sink.write(result.to_json() + "\n")
    if failed:
        typer.echo(f"{failed} of {len(rows)} rows gave errors", err=True)
        raise typer.Exit(1)


def _stdout():
    class _Unclosed:
        def __enter__(self):
            return sys.stdout

        def __exit__(self, *exc):
            sys.stdout.flush()

    return _Unclosed()


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of gold JSON files."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    backend: str = typer.Option("spacy", help="Tokenization backend."),
) -> None:
    """Precision, recall and F1 per field against gold files (shared/spec/gold-format.md)."""
    import pipeline
    from pipeline.evaluate import Scores, format_table, load_gold, score_article

    nlp = pipeline.load(backend=backend)
    scores = Scores()
    for gold in load_gold(gold_dir):
        record = pipeline.extract(gold["text"], id=gold["id"], published=gold.get("published"), nlp=nlp)
        score_article(record, gold["gold"], scores)
    typer.echo(json.dumps(scores.as_dict(), indent=2) if as_json else format_table(scores))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output record."""
    from pipeline.schema import record_json_schema

    typer.echo(json.dumps(record_json_schema(), indent=2, ensure_ascii=False))


@app.command("eval-ner")
def eval_ner(
    corpus: Path = typer.Argument(..., exists=True, dir_okay=False, help="CoNLL (token TAB BIO) or bracketed file."),
    corpus_format: str = typer.Option("auto", "--format", help="conll, bracketed or auto."),
    labels: str = typer.Option("all", help="'all' or 'milliyet' (PERSON->PER, GPE/LOC/FAC->LOC, ORG->ORG)."),
    model: Optional[Path] = typer.Option(None, help="NER pipeline folder; default models/ner."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Entity-level precision, recall and F1 of the NER model on a corpus, overall and per label."""
    from pipeline.ner_eval import MILLIYET_LABELS, format_scores, load_ner_model, read_corpus, score_corpus

    label_maps = {"all": None, "milliyet": MILLIYET_LABELS}
    if labels not in label_maps:
        raise typer.BadParameter(f"choose one of {', '.join(label_maps)}", param_hint="--labels")
    scores = score_corpus(load_ner_model(model), read_corpus(corpus, corpus_format), label_maps[labels])
    typer.echo(json.dumps(scores.as_dict(), indent=2) if as_json else format_scores(scores))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
