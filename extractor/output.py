"""Sinks for article results: json, jsonl, csv, and a readable terminal table."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, TextIO

from .records import ArticleResult

PLEDGE_COLUMNS = (
    "investor", "recipient", "amount", "currency", "amount_min", "amount_max", "amount_text",
    "target", "location", "date", "duration_years", "sentence", "start", "end",
)
FORMATS = ("json", "jsonl", "csv", "table")


def format_amount(value: float, currency: str) -> str:
    """French style: 20 000 000 000 EUR -> '20 Md EUR'; readable at a glance in the terminal."""
    for size, word in ((1e12, "billion"), (1e9, "Md"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            number = f"{value / size:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{number} {word} {currency}"
    return f"{value:g} {currency}"


def write_results(results: Iterable[ArticleResult], fmt: str, out: TextIO) -> None:
    """Stream results in ``fmt``; json is one array, the others stream article by article."""
    if fmt == "json":
        out.write(json.dumps([r.to_json_dict() for r in results], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for r in results:
            out.write(json.dumps(r.to_json_dict(), ensure_ascii=False) + "\n")
            out.flush()
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(("source", "title", "published") + PLEDGE_COLUMNS)
        for r in results:
            for p in r.pledges:
                row = p.model_dump(mode="json")
                writer.writerow(
                    [r.source, r.title, r.published.isoformat() if r.published else None]
                    + [row[c] for c in PLEDGE_COLUMNS]
                )
    elif fmt == "table":
        for r in results:
            out.write(render_table(r) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def render_table(result: ArticleResult) -> str:
    head = f"{result.source or '<text>'} | {result.title or '(no title)'} | published {result.published or '?'}"
    rows = [("investor", "amount", "recipient", "target", "location", "date", "years")]
    for p in result.pledges:
        rows.append((
            p.investor or "-",
            format_amount(p.amount, p.currency) + (" (range)" if p.amount_min is not None else ""),
            p.recipient or "-",
            _cut(p.target or "-", 30),
            p.location or "-",
            p.date or "-",
            f"{p.duration_years:g}" if p.duration_years is not None else "-",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    buf = io.StringIO()
    buf.write(head + "\n")
    for n, row in enumerate(rows):
        buf.write("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n")
        if n == 0:
            buf.write("  " + "  ".join("-" * w for w in widths) + "\n")
    buf.write(f"  {len(result.pledges)} pledge(s), {len(result.entities)} entities\n")
    return buf.getvalue()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
