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
        for warning in article.warnings:
            typer.echo(f"warning: {article.source}: {warning}", err=True)
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
    db: Optional[Path] = typer.Option(
        None, help="SQLite store (default pledges.sqlite, created if missing). Dask: merge the parts into it."
    ),
    out: Optional[Path] = typer.Option(
        None, help="Local: also write this run's results as JSONL, in source order. Dask: folder of part files "
        "(required; on shared storage for a multi-host cluster)."
    ),
    workers: Optional[int] = typer.Option(
        None, min=1, help="Local: processes for nlp.pipe (default 1; results do not depend on it). Dask without "
        "--scheduler: worker processes of the LocalCluster (default: one per core)."
    ),
    engine: str = typer.Option("local", help="local (SQLite on this machine) | dask (a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(
        None, help="Dask scheduler address, e.g. tcp://HOST:8786 (default: a LocalCluster on this machine)."
    ),
    partition_size: int = typer.Option(64, min=1, help="Dask: files per task and per part file."),
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

    With --engine dask the files are split into partitions of --partition-size
    files, extracted on the cluster's workers, and each partition is written as
    a part file under --out (a rerun skips finished parts); `extractor load`
    merges them into SQLite or one JSONL file.

    Exit status: 0 when every article succeeded (or was already stored),
    3 when some articles failed (listed in the summary and in the store).
    """
    from .batch import run_batch
    from .store import Store

    if engine not in ("local", "dask"):
        raise typer.BadParameter("choose from local, dask", param_hint="--engine")
    progress = not quiet and sys.stderr.isatty()
    if engine == "dask":
        _dask_batch(directory, db, out, workers, scheduler, partition_size, force, quiet, max_bytes, batch_size,
                    model, progress)
    if scheduler is not None:
        raise typer.BadParameter("only with --engine dask", param_hint="--scheduler")
    with Store(db or Path("pledges.sqlite")) as store:
        out_fh = out.open("w", encoding="utf-8") if out else None
        try:
            summary = run_batch(
                directory, store, model=model, workers=workers or 1, force=force, batch_size=batch_size,
                max_bytes=max_bytes, progress=progress, notes=None if quiet else sys.stderr, out=out_fh,
            )
        finally:
            if out_fh:
                out_fh.close()
    typer.echo(summary.render(), err=True)
    raise typer.Exit(summary.exit_code)


def _dask_batch(directory: Path, db: Optional[Path], out: Optional[Path], workers: Optional[int],
                scheduler: Optional[str], partition_size: int, force: bool, quiet: bool, max_bytes: int,
                batch_size: int, model: Optional[Path], progress: bool) -> None:
    """``batch --engine dask``: always ends with typer.Exit (same summary and exit codes as local)."""
    if out is None:
        raise typer.BadParameter("--engine dask needs --out DIR, the folder for the part files", param_hint="--out")
    if out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} is a file; with --engine dask it is a folder", param_hint="--out")
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        typer.echo(f"error: --engine dask needs dask[distributed] ({exc})", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR)
    from .distributed import load_parts, run_dask_batch
    from .store import Store

    try:
        summary = run_dask_batch(
            directory, out, scheduler=scheduler, n_workers=workers, partition_size=partition_size, model=model,
            force=force, batch_size=batch_size, max_bytes=max_bytes, progress=progress,
            notes=None if quiet else sys.stderr,
        )
    except OSError as exc:  # scheduler unreachable, --out not writable
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR)
    typer.echo(summary.render(), err=True)
    if db is not None:
        with Store(db) as store:
            typer.echo(_render_load(load_parts(out, store), db), err=True)
    raise typer.Exit(summary.exit_code)


def _render_load(summary, target) -> str:
    return (
        f"loaded into {target}: {summary.ok} articles stored, {summary.unchanged} unchanged, "
        f"{summary.duplicates} duplicates, {len(summary.failed)} failed; {summary.pledges} pledges stored"
    )


@app.command()
def load(
    out: Path = typer.Option(..., exists=True, file_okay=False, help="Folder of part files written by batch --engine dask."),
    db: Optional[Path] = typer.Option(None, help="SQLite store to merge into (default pledges.sqlite unless --jsonl)."),
    jsonl: Optional[Path] = typer.Option(None, help="Write the records as one JSONL file, in source order (- for stdout)."),
) -> None:
    """Merge the part files of `batch --engine dask` into a SQLite store or one JSONL file.

    Articles go in source order with the local batch's rules (unchanged ones left alone,
    same content under another source stored once, failures recorded with their reason).
    Exit status: 0, 3 when the parts hold failed articles, 1 when the batch has not finished.
    """
    import contextlib

    from .distributed import MissingParts, load_parts, load_to_jsonl, manifest_parts
    from .store import Store

    try:
        manifest_parts(out)  # an unfinished batch fails before any output is touched
    except MissingParts as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR)
    to_stdout = jsonl is not None and str(jsonl) == "-"
    with contextlib.ExitStack() as stack:
        fh = None
        if jsonl is not None:
            fh = sys.stdout if to_stdout else stack.enter_context(jsonl.open("w", encoding="utf-8"))
        if fh is not None and db is None:
            summary, target = load_to_jsonl(out, fh), "stdout" if to_stdout else jsonl
        else:
            db = db or Path("pledges.sqlite")
            with Store(db) as store:
                summary, target = load_parts(out, store), db
                if fh is not None:
                    write_results(store.iter_results(), "jsonl", fh)
    typer.echo(_render_load(summary, target), err=True)
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


@app.command()
def show(
    path: str = typer.Argument(..., help="One article file (.txt, .md, .html) or - for stdin."),
    html_out: Optional[Path] = typer.Option(None, "--html", help="Write the page here (default: stdout)."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD (overrides the article's)."),
    model: Optional[Path] = typer.Option(None, help="A pipeline saved by build-model (default: built in memory)."),
) -> None:
    """Render one article as a self-contained HTML page: displaCy entities, then the pledge table."""
    from dataclasses import replace

    from .reader import ReadError, read_bytes, read_path

    pub = _parse_published(published)
    try:
        article = read_bytes(sys.stdin.buffer.read(), source="<stdin>") if path == "-" else read_path(path)
    except ReadError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR)
    if pub:
        article = replace(article, published=pub)
    from .api import Extractor
    from .visual.render import render_page

    page = render_page(article.text, Extractor(model).extract_article(article))
    if html_out is None:
        sys.stdout.write(page)
    else:
        html_out.write_text(page, encoding="utf-8")
        typer.echo(f"page written to {html_out}", err=True)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind; the default keeps the service on this machine."),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
    max_body: int = typer.Option(2_000_000, min=1, help="Larger request bodies get 413."),
    model: Optional[Path] = typer.Option(None, help="A pipeline saved by build-model (default: built in memory)."),
) -> None:
    """Local web service: POST /extract (JSON), GET / (paste an article), GET /health, /docs."""
    from .visual.server import serve as run_server

    run_server(host=host, port=port, model=model, max_body_bytes=max_body)


def _mount_evaluation() -> None:
    from .evaluate.commands import evaluate_command, gold_app

    app.command("evaluate")(evaluate_command)
    app.add_typer(gold_app, name="gold")


_mount_evaluation()


def main() -> None:
    app()
