"""Command line: ``extractor extract|batch|evaluate|gold|build-model`` (contract in DESIGN.md)."""
from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import List, Optional

import typer

from .output import FORMATS, write_results

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

EXIT_INPUT_ERROR = 1


def _parse_published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint="--published")


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Article files (.txt, .md, .html) or - for stdin."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="json | jsonl | csv | table"),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD (overrides the article's)."),
    model: Optional[Path] = typer.Option(None, help="A pipeline saved by build-model (default: built in memory)."),
) -> None:
    """Extract pledge records from articles; bad inputs are reported and skipped (exit 1)."""
    from dataclasses import replace

    from .reader import ReadError, read_bytes, read_path

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose from {', '.join(FORMATS)}", param_hint="--format")
    pub = _parse_published(published)
    articles, failed = [], 0
    for path in paths:
        try:
            article = read_bytes(sys.stdin.buffer.read(), source="<stdin>") if path == "-" else read_path(path)
        except ReadError as err:
            typer.echo(f"error: {err}", err=True)
            failed += 1
            continue
        articles.append(replace(article, published=pub) if pub else article)
    if articles:
        from .api import Extractor

        write_results(Extractor(model).extract_many(articles), fmt, sys.stdout)
    if failed:
        raise typer.Exit(EXIT_INPUT_ERROR)


@app.command("build-model")
def build_model(path: Path = typer.Argument(Path("models/fr_pledge"), help="Where to write the pipeline.")) -> None:
    """Write the assembled pipeline so that spacy.load(PATH) works without this package's CLI."""
    from .pipeline import save_pipeline

    typer.echo(f"pipeline written to {save_pipeline(path)}")


def _mount_evaluation() -> None:
    from .evaluate.commands import evaluate_command, gold_app

    app.command("evaluate")(evaluate_command)
    app.add_typer(gold_app, name="gold")


_mount_evaluation()


def main() -> None:
    app()
