"""Typer commands: ``extractor evaluate`` and ``extractor gold build|check`` (mounted in cli.py)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from extractor.evaluate.gold import GoldBuildError, build_gold, check_gold

DEFAULT_GOLD = Path("corpus/gold.jsonl")


def _report_problems(problems: list[str], gold: Path) -> None:
    for problem in problems:
        typer.echo(problem)
    if problems:
        typer.echo(f"{len(problems)} problem(s) in {gold}", err=True)
        raise typer.Exit(1)


def evaluate_command(
    gold: Path = typer.Option(DEFAULT_GOLD, "--gold", help="Gold file written by `extractor gold build`."),
    json_out: bool = typer.Option(False, "--json", help="Print the full result as JSON on stdout."),
    check: bool = typer.Option(False, "--check", help="Only validate the gold file; exit 1 on any problem."),
    html_out: Optional[Path] = typer.Option(None, "--html", help="Also write the report as a self-contained HTML page."),
) -> None:
    """Score the pipeline against the gold corpus (dev + test), with baselines and dev errors."""
    problems = check_gold(gold)
    if check:
        _report_problems(problems, gold)
        typer.echo(f"{gold}: OK")
        return
    if problems:
        for problem in problems:
            typer.echo(problem, err=True)
        typer.echo(f"{len(problems)} problem(s) in {gold}: fix them (extractor evaluate --check) first", err=True)
        raise typer.Exit(1)
    from extractor.evaluate.report import evaluate, render_text

    result = evaluate(gold)
    if json_out:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typer.echo(render_text(result), nl=False)
    if html_out is not None:
        from extractor.visual.report_html import write_html

        typer.echo(f"HTML report written to {write_html(result, html_out)}", err=True)


gold_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build and check corpus/gold.jsonl.")


@gold_app.command("build")
def gold_build(
    annotated: Path = typer.Option(Path("corpus/annotated"), help="Folder of <split>/<id>.txt markup files."),
    articles: Path = typer.Option(Path("corpus/articles"), help="Where the plain articles are written."),
    gold: Path = typer.Option(DEFAULT_GOLD, "--gold", help="Gold file to write."),
) -> None:
    """Turn the annotated files into plain articles + gold.jsonl, then check the result."""
    try:
        rows = build_gold(annotated, articles, gold)
    except GoldBuildError as exc:
        for err in exc.errors:
            typer.echo(str(err), err=True)
        typer.echo(f"{len(exc.errors)} markup problem(s); nothing written", err=True)
        raise typer.Exit(1)
    typer.echo(f"wrote {len(rows)} articles, {sum(len(r['pledges']) for r in rows)} pledges to {gold}")
    _report_problems(check_gold(gold), gold)


@gold_app.command("check")
def gold_check(gold: Path = typer.Option(DEFAULT_GOLD, "--gold", help="Gold file to validate.")) -> None:
    """Validate gold.jsonl against the articles; exit 1 on any problem."""
    _report_problems(check_gold(gold), gold)
    typer.echo(f"{gold}: OK")
