"""The ``trnews`` command: a thin typer layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

NER_HELP = "Run the trained NER model before the stages (off by default: about 7x slower)."

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Information extraction from Turkish news.")


@app.command()
def extract(
    input: str = typer.Argument(..., help="A .txt file, a folder of .txt files, JSON Lines (also .gz, .bz2, .zst), CSV, Parquet, or - (JSON Lines on stdin)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (a folder for the tables formats); default stdout."),
    format: str = typer.Option("auto", "--format", help="jsonl, parquet, csv-tables or parquet-tables; auto: parquet for .parquet, else jsonl."),
    input_format: str = typer.Option("auto", help="auto (from the file name), jsonl, csv, parquet or txt."),
    text_column: str = typer.Option("text", help="Field or column holding the article text."),
    id_column: str = typer.Option("id", help="Field or column holding the article id."),
    date_column: str = typer.Option("published", help="Field or column holding the publication date."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes, each loading the model once."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same output."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write error rows here instead of into the output."),
    max_chars: int = typer.Option(1_000_000, help="Longer articles become error rows."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar; default: on a terminal."),
    dask_scheduler: Optional[str] = typer.Option(None, help="Run on this Dask cluster (tcp://host:8786) instead of local workers."),
    backend: str = typer.Option("spacy", help="Tokenization backend."),
    ner: bool = typer.Option(False, "--ner/--no-ner", help=NER_HELP),
) -> None:
    """Extract one record per article; unreadable rows become error rows (exit code 1)."""
    from pipeline.batch.runner import output_format, run_job
    from pipeline.batch.worker import PipelineOptions
    from pipeline.batch.inputs import Columns, InputSource

    if input != "-" and not Path(input).exists():
        raise typer.BadParameter(f"{input} does not exist", param_hint="INPUT")
    try:
        source = InputSource(input, input_format, Columns(text=text_column, id=id_column, published=date_column))
        output_format(output, format, resume)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    summary = run_job(
        source, output, format=format, errors=errors, resume=resume,
        progress=sys.stderr.isatty() if progress is None else progress,
        options=PipelineOptions(backend=backend, ner=ner, max_chars=max_chars), workers=workers, scheduler=dask_scheduler,
    )  # fmt: skip
    if summary.any_failed:
        typer.echo(f"{summary.failed + summary.failed_before} of {summary.rows + summary.resumed} rows gave errors", err=True)
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of gold JSON files."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    backend: str = typer.Option("spacy", help="Tokenization backend."),
    ner: bool = typer.Option(False, "--ner/--no-ner", help=NER_HELP),
) -> None:
    """Precision, recall and F1 per field against gold files (shared/spec/gold-format.md)."""
    import pipeline
    from pipeline.evaluate import Scores, format_table, load_gold, score_article

    nlp = pipeline.load(backend=backend, ner=ner)
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
    backend: str = typer.Option("spacy", help="Tokenization backend."),
    ner: bool = typer.Option(False, "--ner/--no-ner", help=NER_HELP),
) -> None:
    """A standalone HTML page: each article with its extractions highlighted and its record."""
    import pipeline
    from pipeline.batch.inputs import read_inputs
    from pipeline.render import render_html
    from pipeline.schema import ErrorRow

    rows = [row for row in read_inputs(input) if not isinstance(row, ErrorRow)]
    records = pipeline.extract_many(rows, nlp=pipeline.load(backend=backend, ner=ner))
    pairs = [(row["text"], record) for row, record in zip(rows, records) if not isinstance(record, ErrorRow)]
    output.write_text(render_html(pairs, title=f"trnews: {input.name}"), encoding="utf-8")
    typer.echo(f"{len(pairs)} articles rendered to {output}", err=True)


@app.command("eval-ner")
def eval_ner(
    corpus: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="CoNLL (token TAB BIO), bracketed, or news-set .jsonl file."
    ),
    corpus_format: str = typer.Option("auto", "--format", help="conll, bracketed, news or auto."),
    split: str = typer.Option("dev", help="News set only: train, dev or all (articles split by a hash of the id)."),
    labels: str = typer.Option(
        "all",
        help="'all', 'milliyet' (PERSON->PER, GPE/LOC/FAC->LOC, ORG->ORG) or 'news' (PERSON, ORG, GPE, LOC, TITLE).",
    ),
    model: Optional[Path] = typer.Option(None, help="NER pipeline folder; default models/ner."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    with_stages: bool = typer.Option(
        False, "--with-stages", help="Score the whole pipeline (model + extractor stages), not the model alone."
    ),
    context: int = typer.Option(1, min=1, help="With --with-stages: sentences read together as one article."),
) -> None:
    """Entity-level precision, recall and F1 of the NER model on a corpus, overall and per label."""
    from pipeline.ner_eval import (
        MILLIYET_LABELS, NEWS_LABELS, format_scores, load_ner_model, read_corpus, score_corpus, score_pipeline,
    )

    label_maps = {"all": None, "milliyet": MILLIYET_LABELS, "news": NEWS_LABELS}
    if labels not in label_maps:
        raise typer.BadParameter(f"choose one of {', '.join(label_maps)}", param_hint="--labels")
    sentences = read_corpus(corpus, corpus_format, split)
    if with_stages:
        from pipeline.api import load

        nlp = load(model=model) if model else load(ner=True)
        scores = score_pipeline(nlp, sentences, label_maps[labels], context)
    else:
        scores = score_corpus(load_ner_model(model), sentences, label_maps[labels])
    typer.echo(json.dumps(scores.as_dict(), indent=2) if as_json else format_scores(scores))


def main() -> None:
    from pipeline.batch.worker import skip_torch_unless_needed

    skip_torch_unless_needed(_option_value(sys.argv, "--backend") or "spacy")
    app()


def _option_value(argv: list[str], name: str) -> str | None:
    for index, argument in enumerate(argv):
        if argument == name and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith(name + "="):
            return argument.split("=", 1)[1]
    return None


if __name__ == "__main__":
    main()
