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


@app.command()
def render(
    input: Path = typer.Argument(..., exists=True, help="A .txt file, a directory of .txt files, or JSON Lines."),
    output: Path = typer.Option(..., "--output", "-o", help="The HTML page to write."),
) -> None:
    """A standalone HTML page: each article with its extractions highlighted and its record."""
    import pipeline
    from pipeline.inputs import read_inputs
    from pipeline.render import render_html
    from pipeline.schema import ErrorRow

    rows = [row for row in read_inputs(input) if not isinstance(row, ErrorRow)]
    records = pipeline.extract_many(rows)
    pairs = [(row["text"], record) for row, record in zip(rows, records) if not isinstance(record, ErrorRow)]
    output.write_text(render_html(pairs, title=f"trnews: {input.name}"), encoding="utf-8")
    typer.echo(f"{len(pairs)} articles rendered to {output}", err=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
