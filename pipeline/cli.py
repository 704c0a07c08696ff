"""The ``trnews`` command: a thin typer layer over the library.

Mistakes in the options or the input (a column that is not there, ``-o`` naming a
folder, a missing extra) end in one line saying what to change, exit code 2, before the
model loads; nothing the user can fix ends in a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import NoReturn, Optional

import typer

NER_HELP = "Run the trained NER model before the stages (off by default: about 7x slower)."
TOPIC_MODEL_HELP = "Add the trained topics tagger: items where the rules find none (off by default: about 2.5x slower)."
STANZA_INSTALL = (
    "pip install 'tr-news-pipeline[stanza]' --extra-index-url https://download.pytorch.org/whl/cpu"
)

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Information extraction from Turkish news.")


class Backend(str, Enum):
    spacy = "spacy"
    stanza = "stanza"


class OutputFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    parquet = "parquet"
    csv_tables = "csv-tables"
    parquet_tables = "parquet-tables"


class InputFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    txt = "txt"


def fail(message: str) -> NoReturn:
    """One line on stderr and exit code 2: a usage mistake the user can fix."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        from pipeline import __version__

        typer.echo(f"trnews {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Information extraction from Turkish news."""


def check_backend(backend: Backend) -> None:
    if backend is Backend.stanza:
        import importlib.util

        if importlib.util.find_spec("stanza") is None:
            fail(f"--backend stanza needs the stanza extra: {STANZA_INSTALL}")


@app.command()
def extract(
    input: str = typer.Argument(..., help="A .txt file, a folder of .txt files, JSON Lines (also .gz, .bz2, .zst), CSV, Parquet, or - (JSON Lines on stdin)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (a folder for the tables formats); default stdout."),
    format: OutputFormat = typer.Option("auto", "--format", help="auto: parquet for .parquet, else jsonl."),
    input_format: InputFormat = typer.Option("auto", help="auto: from the file name."),
    text_column: str = typer.Option("text", help="Field or column holding the article text."),
    id_column: Optional[str] = typer.Option(None, help="Field or column holding the article id [default: id, if there is one]."),
    date_column: Optional[str] = typer.Option(None, help="Field or column holding the publication date [default: published, if there is one]."),
    delimiter: Optional[str] = typer.Option(None, help="CSV delimiter [default: ',' (tab for .tsv)]."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes, each loading the model once."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same output."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write error rows here instead of into the output."),
    max_chars: int = typer.Option(1_000_000, min=1, help="Longer articles become error rows."),
    time_budget: float = typer.Option(120.0, min=0, help="Seconds an article may take; over it, an error row (0: no limit)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar; default: on a terminal."),
    dask_scheduler: Optional[str] = typer.Option(None, help="Run on this Dask cluster (tcp://host:8786) instead of local workers."),
    backend: Backend = typer.Option("spacy", help="Tokenization backend."),
    ner: bool = typer.Option(False, "--ner/--no-ner", help=NER_HELP),
    topic_model: bool = typer.Option(False, "--topic-model/--no-topic-model", help=TOPIC_MODEL_HELP),
) -> None:
    """Extract one record per article; unreadable rows become error rows (exit code 1)."""
    from pipeline.batch.extract_command import Job, run_command

    if input != "-" and not Path(input).exists():
        fail(f"{input} does not exist")
    check_backend(backend)
    job = Job(
        input=input, output=output, format=format.value, input_format=input_format.value, text_column=text_column,
        id_column=id_column, date_column=date_column, delimiter=delimiter, workers=workers, resume=resume,
        errors=errors, max_chars=max_chars, time_budget=time_budget or None, dask_scheduler=dask_scheduler,
        backend=backend.value, ner=ner, topic_model=topic_model, progress=sys.stderr.isatty() if progress is None else progress,
    )  # fmt: skip
    raise typer.Exit(run_command(job, fail))


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of gold JSON files."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    backend: Backend = typer.Option("spacy", help="Tokenization backend."),
    ner: bool = typer.Option(False, "--ner/--no-ner", help=NER_HELP),
    topic_model: bool = typer.Option(False, "--topic-model/--no-topic-model", help=TOPIC_MODEL_HELP),
) -> None:
    """Precision, recall and F1 per field against gold files (shared/spec/gold-format.md)."""
    import pipeline
    from pipeline.evaluate import Scores, format_table, score_article

    check_backend(backend)
    golds = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            fail(f"{path} is not a JSON file: {error}")
        missing = [key for key in ("id", "text", "gold") if key not in gold]
        if missing:
            fail(f"{path} has no {', '.join(repr(key) for key in missing)} (shared/spec/gold-format.md; "
                 "an offsets-only annotation needs its text joined first, e.g. benchmarks/real/materialize.py)")  # fmt: skip
        golds.append(gold)
    if not golds:
        fail(f"no gold files (*.json) in {gold_dir}")
    nlp = pipeline.load(backend=backend.value, ner=ner, topic_model=topic_model)
    scores = Scores()
    for gold in golds:
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
    input: str = typer.Argument(..., help="A .txt file, a folder of .txt files, JSON Lines, CSV, Parquet, or - (stdin)."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="The HTML page to write; standard output when not given or '-'."
    ),
    limit: Optional[int] = typer.Option(None, min=1, help="Render only the first N articles."),
    ids: Optional[str] = typer.Option(None, help="Render only these articles (comma-separated ids)."),
    text_column: str = typer.Option("text", help="Field or column holding the article text."),
    backend: Backend = typer.Option("spacy", help="Tokenization backend."),
    ner: bool = typer.Option(False, "--ner/--no-ner", help=NER_HELP),
    topic_model: bool = typer.Option(False, "--topic-model/--no-topic-model", help=TOPIC_MODEL_HELP),
) -> None:
    """A standalone HTML page: each article drawn by displaCy from its processed Doc's spans,
    with its record beside it; error rows with their reason; a table of contents."""
    from itertools import islice

    import pipeline
    from pipeline.batch.inputs import Columns, InputError, InputSource
    from pipeline.render import render_html
    from pipeline.schema import ErrorRow

    if input != "-" and not Path(input).exists():
        fail(f"{input} does not exist")
    to_stdout = output is None or str(output) == "-"
    if not to_stdout and output.is_dir():
        fail(f"-o {output} is a folder; give a file name such as {output / 'records.html'}")
    check_backend(backend)
    wanted = {item.strip() for item in ids.split(",")} if ids else None
    try:
        source = InputSource(input, columns=Columns(text=text_column))
        source.check()
        rows = (row for row in source if wanted is None or _row_id(row) in wanted)
        rows = list(islice(rows, limit))
    except InputError as error:
        fail(str(error))
    readable = [row for row in rows if not isinstance(row, ErrorRow)]
    processed = iter(pipeline.process_many(readable, nlp=pipeline.load(backend=backend.value, ner=ner, topic_model=topic_model)))
    items = [row if isinstance(row, ErrorRow) else next(processed) for row in rows]
    page = render_html(items, title=f"trnews: {'stdin' if input == '-' else Path(input).name}")
    if to_stdout:
        typer.echo(page, nl=False)
    else:
        output.write_text(page, encoding="utf-8")
    failed = sum(isinstance(item, ErrorRow) for item in items)
    where = "stdout" if to_stdout else output
    typer.echo(f"{len(items) - failed} articles and {failed} error rows rendered to {where}", err=True)


def _row_id(row: object) -> str | None:
    return getattr(row, "id", None) if not isinstance(row, dict) else row.get("id")


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
        fail(f"--labels must be one of {', '.join(label_maps)}")
    try:
        sentences = read_corpus(corpus, corpus_format, split)
    except (ValueError, UnicodeDecodeError) as error:
        fail(f"cannot read {corpus}: {error}")
    if not sentences or not any(sentence.entities for sentence in sentences):
        fail(f"{corpus} holds no annotated entities as --format {corpus_format} (CoNLL: token TAB BIO tag; "
             "bracketed: [Ankara LOC]); is it the right file and format?")  # fmt: skip
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
    app(prog_name="trnews")


def _option_value(argv: list[str], name: str) -> str | None:
    for index, argument in enumerate(argv):
        if argument == name and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith(name + "="):
            return argument.split("=", 1)[1]
    return None


if __name__ == "__main__":
    main()
