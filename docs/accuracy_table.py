"""Print the README's accuracy table from `extractor evaluate --json`, so the README quotes real figures.

    extractor evaluate --json > /tmp/evaluation.json && python docs/accuracy_table.py /tmp/evaluation.json
"""
from __future__ import annotations

import json
import sys


def pct(value: float) -> str:
    return f"{100 * value:.1f} %"


def table(splits: dict) -> str:
    names = list(splits)
    rows = []

    def row(label: str, cell) -> None:
        rows.append(f"| {label} | " + " | ".join(cell(splits[name]) for name in names) + " |")

    header = " | ".join(
        f"{name} ({s['articles']} articles, {s['gold_pledges']} pledges)" for name, s in splits.items()
    )
    row("entities, strict F1 (all labels)", lambda s: pct(s["entities"]["strict"]["overall"]["f1"]))
    row("entities, partial F1", lambda s: pct(s["entities"]["partial"]["overall"]["f1"]))

    def names_f1(s: dict, strict: dict) -> float:
        tp = sum(strict["per_label"][label]["tp"] for label in ("ORG", "PER", "LOC"))
        fp = sum(strict["per_label"][label]["fp"] for label in ("ORG", "PER", "LOC"))
        fn = sum(strict["per_label"][label]["fn"] for label in ("ORG", "PER", "LOC"))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    row(
        "ORG+PER+LOC strict F1: ours / bare `fr_core_news_md`",
        lambda s: f"{pct(names_f1(s, s['entities']['strict']))} / "
        f"{pct(names_f1(s, s['baselines']['spacy_entities']['strict']))}",
    )
    row("MONEY strict F1", lambda s: pct(s["entities"]["strict"]["per_label"]["MONEY"]["f1"]))
    row(
        "MONEY value + currency accuracy (matched spans)",
        lambda s: f"{pct(s['normalisation']['MONEY']['accuracy'])} ({s['normalisation']['MONEY']['total']})",
    )
    row(
        "DATE / DURATION value accuracy (matched spans)",
        lambda s: f"{pct(s['normalisation']['DATE']['accuracy'])} / {pct(s['normalisation']['DURATION']['accuracy'])}",
    )
    row(
        "**records P / R / F1**",
        lambda s: f"{100 * s['records']['precision']:.1f} / {100 * s['records']['recall']:.1f} / "
        f"**{pct(s['records']['f1'])}**",
    )
    row("naive record baseline F1", lambda s: pct(s["baselines"]["naive_records"]["f1"]))
    fields = ("recipient", "target", "location", "date", "duration_years")
    row(
        "fields on matched records: recipient / target / location / date / duration",
        lambda s: " / ".join(f"{100 * s['fields'][f]['accuracy']:.0f}" for f in fields) + " %",
    )
    return "\n".join([f"| | {header} |", "|---" * (len(names) + 1) + "|", *rows])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        print(table(json.load(handle)["splits"]))
