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


@app.command()
def batch(
    directory: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder walked recursively."),
    db: Path = typer.Option(Path("pledges.sqlite"), help="SQLite store (created if missing)."),
    out: Optional[Path] = typer.Option(None, help="Also write this run's results as JSONL, in source order."),
    workers: int = typer.Option(1, min=1, help="Processes for nlp.pipe; results do not depend on it."),
    force: bool = typer.Option(False, "--force", help="Re-extract articles already stored as ok."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar nor per-file notes."),
    max_bytes: int = typer.Option(5_000_000, min=1, help="Larger files (or dump lines) fail."),
    batch_size: int = typer.Option(16, min=1, help="Articles per nlp.pipe batch."),
    model: Optional[Path] = typer.Option(None, help="A pipeline saved by build-model (default: built in memory)."),
) -> None:
    """Extract every article under DIRECTORY into a SQLite store (resumable).

    Reads .txt, .md, .html/.htm files and .jsonl news dumps (one article per line:
    text, title, date YYYY-MM-DD, url; source PATH#L<n>); other files are skipped
    with a note. An article whose content is already stored as ok is skipped
    (--force re-extracts), so a killed run can simply be restarted. Unreadable
    articles are recorded as failed and the run goes on.

    Exit status: 0 when every article succeeded (or was already stored),
    3 when some articles failed (listed in the summary and in the store).
    """
    from .batch import run_batch
    from .store import Store

    progress = not quiet and sys.stderr.isatty()
    with Store(db) as store:
        out_fh = out.open("w", encoding="utf-8") if out else None
        try:
            summary = run_batch(
                directory, store, model=model, workers=workers, force=force, batch_size=batch_size,
                max_bytes=max_bytes, progress=progress, notes=None if quiet else sys.stderr, out=out_fh,
            )
        finally:
            if out_fh:
                out_fh.close()
    typer.echo(summary.render(), err=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def export(
    db: Path = typer.Option(Path("pledges.sqlite"), exists=True, dir_okay=False, help="Store written by batch."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one article per line) | csv (one pledge per row)"),
    out: Optional[Path] = typer.Option(None, help="Output file (default: stdout)."),
) -> None:
    """Write the stored records, ordered by source then pledge order (failed articles left out)."""
    from .store import Store

    if fmt not in ("jsonl", "csv"):
        raise typer.BadParameter("choose from jsonl, csv", param_hint="--format")
    with Store(db) as store:
        if out is None:
            write_results(store.iter_results(), fmt, sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="" if fmt == "csv" else None) as fh:
                write_results(store.iter_results(), fmt, fh)


def _mount_evaluation() -> None:
    from .evaluate.commands import evaluate_command, gold_app

    app.command("evaluate")(evaluate_command)
    app.add_typer(gold_app, name="gold")


_mount_evaluation()


def main() -> None:
    app()
