"""``extractor evaluate --html``: the evaluation figures as one self-contained HTML page.

Reads the plain dict that ``extractor.evaluate.report.evaluate`` returns (the same as ``--json``),
so an old JSON result can be rendered again. Tables for every figure, an inline SVG bar chart per
label (F1 strict and partial, ours against the bare base model where it has the label), and the
dev errors grouped by sentence with gold and predicted side by side.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from pathlib import Path
from typing import Optional, Sequence, Union

from extractor.evaluate.report import ERROR_SPLITS
from extractor.evaluate.scorer import NORMALISED_LABELS, RECORD_FIELDS, SCORED_LABELS
from extractor.visual.render import LABEL_COLORS, NBSP, PAGE_TEMPLATE, format_amount_fr

OURS_COLOR = "#2b7de9"
BASE_COLOR = "#b0b7c3"

REPORT_CSS = """
body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif;
       margin: 0 auto; max-width: 76rem; padding: 1.5rem 2rem 4rem; color: #1d1d1f; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid #ddd; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.meta { color: #666; }
table { border-collapse: collapse; font-size: .88rem; margin: .3rem 0 1rem; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .3rem .6rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
th { background: #f6f6f6; }
tr.overall td { font-weight: 600; } tr.baseline td { color: #555; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure.chart { display: inline-block; margin: 0; border: 1px solid #e3e3e3; border-radius: .4rem; padding: .4rem .6rem; }
figure.chart figcaption { font-weight: 600; font-size: .85rem; margin-bottom: .2rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: .15em; vertical-align: middle; }
table.errors { width: 100%; } table.errors td, table.errors th { text-align: left; }
table.errors td.sentence { width: 40%; font-style: italic; }
table.errors td.gold { background: #f1faf1; } table.errors td.predicted { background: #fdf3f2; }
.kind { font-size: .72rem; font-weight: 700; border-radius: .3rem; padding: 0 .3rem; margin-right: .3rem;
        background: #eee; }
.kind-FN { background: #c9f0c9; } .kind-FP { background: #f7c9c4; }
.kind-wrong_field { background: #fde7a9; } .kind-wrong_value { background: #d9e5ff; }
ul.items { margin: 0; padding-left: 1rem; }
.none { color: #999; }
"""

# -- numbers ------------------------------------------------------------------------------------

def _scores(c: dict) -> tuple[Optional[float], Optional[float], Optional[float]]:
    """P, R, F1 with None when the denominator is empty: "-" is honest, 0 % would mislead."""
    p = c["precision"] if c["tp"] + c["fp"] else None
    r = c["recall"] if c["tp"] + c["fn"] else None
    f = c["f1"] if p is not None and r is not None else None
    return p, r, f


def _pct(value: Optional[float]) -> str:
    return "–" if value is None else f"{100 * value:.1f}{NBSP}%".replace(".", ",")


def _prf_row(name: str, c: dict, cls: str = "") -> str:
    p, r, f = _scores(c)
    attr = f' class="{cls}"' if cls else ""
    cells = [_pct(p), _pct(r), _pct(f), str(c["tp"]), str(c["fp"]), str(c["fn"])]
    return f"<tr{attr}><td>{html.escape(name)}</td>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>"


def _prf_table(rows: Sequence[str], first: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in (first, "P", "R", "F1", "TP", "FP", "FN"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _accuracy_table(figures: dict, keys: Sequence[str], kind: str) -> str:
    rows = []
    for key in keys:
        c = figures[key]
        acc = c["accuracy"] if c["total"] else None
        rows.append(f"<tr><td>{html.escape(key)}</td><td>{_pct(acc)}</td><td>{c['correct']}/{c['total']}</td></tr>")
    return (
        f'<table class="{kind}"><thead><tr><th></th><th>exactitude</th><th>n</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# -- charts -------------------------------------------------------------------------------------

def bar_chart(label: str, bars: Sequence[tuple[str, Optional[float], str]], width: int = 320) -> str:
    """A horizontal bar chart as inline SVG; ``bars`` are (name, value in [0, 1] or None, colour)."""
    name_w, bar_w, row_h, top = 150, width - 150 - 52, 22, 6
    height = top + row_h * len(bars) + 6
    parts = [
        f'<svg class="chart" data-label="{html.escape(label)}" xmlns="http://www.w3.org/2000/svg" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="F1 {html.escape(label)}"><title>F1 {html.escape(label)}</title>',
        f'<line x1="{name_w}" y1="0" x2="{name_w}" y2="{height}" stroke="#999" stroke-width="1"/>',
    ]
    for i, (name, value, colour) in enumerate(bars):
        y = top + i * row_h
        parts.append(
            f'<text x="{name_w - 6}" y="{y + 14}" font-size="11" text-anchor="end" fill="#333">{html.escape(name)}</text>'
        )
        if value is None:
            parts.append(f'<text x="{name_w + 4}" y="{y + 14}" font-size="11" fill="#999">–</text>')
            continue
        w = max(0.0, min(1.0, value)) * bar_w
        parts.append(
            f'<rect class="bar" x="{name_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}">'
            f"<title>{html.escape(name)} : {_pct(value)}</title></rect>"
        )
        parts.append(f'<text x="{name_w + w + 4:.1f}" y="{y + 14}" font-size="11" fill="#333">{_pct(value)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _label_charts(split: dict) -> str:
    """One chart per scored label, then the overall one: our F1 next to the bare model's."""
    base = split["baselines"].get("spacy_entities")
    figures = []
    for label in (*SCORED_LABELS, "overall"):
        bars = []
        for mode in ("strict", "partial"):
            ents = split["entities"][mode]
            c = ents["overall"] if label == "overall" else ents["per_label"][label]
            bars.append((f"nous, {mode}", _scores(c)[2], OURS_COLOR))
        if base and label in base["strict"]["per_label"]:
            for mode in ("strict", "partial"):
                bars.append((f"{base['model']}, {mode}", _scores(base[mode]["per_label"][label])[2], BASE_COLOR))
        swatch = (
            f'<span class="swatch" style="background: {LABEL_COLORS[label]}"></span> ' if label in LABEL_COLORS else ""
        )
        figures.append(
            f'<figure class="chart" id="chart-{html.escape(label)}">'
            f"<figcaption>{swatch}{html.escape(label)}</figcaption>{bar_chart(label, bars)}</figure>"
        )
    return f'<div class="charts">{"".join(figures)}</div>'


def _records_chart(split: dict) -> str:
    ours = _scores(split["records"])
    naive = _scores(split["baselines"]["naive_records"])
    bars = [
        ("nous, précision", ours[0], OURS_COLOR), ("nous, rappel", ours[1], OURS_COLOR),
        ("nous, F1", ours[2], OURS_COLOR), ("naïf, F1", naive[2], BASE_COLOR),
    ]
    return f'<figure class="chart" id="chart-records"><figcaption>Engagements</figcaption>{bar_chart("records", bars)}</figure>'


# -- errors -------------------------------------------------------------------------------------

def _value(value: object) -> str:
    if value is None:
        return '<span class="none">null</span>'
    return html.escape(str(value))


def _record_text(rec: dict) -> str:
    amount = rec.get("amount")
    money = format_amount_fr(float(amount), rec.get("currency")) if isinstance(amount, (int, float)) else _value(amount)
    fields = [f"investisseur : {_value(rec.get('investor'))}", f"montant : {html.escape(money)}"]
    for key in ("recipient", *(f for f in RECORD_FIELDS if f != "recipient")):
        if rec.get(key) is not None:
            fields.append(f"{key} : {_value(rec.get(key))}")
    return ", ".join(fields)


def _error_sides(err: dict) -> tuple[Optional[str], Optional[str]]:
    """(gold item, predicted item) as HTML; one side is None for FN and FP."""
    kind = err["type"]
    badge = f'<span class="kind kind-{html.escape(kind)}">{html.escape(kind)}</span>'
    if kind == "FN":
        return badge + _record_text(err["record"]), None
    if kind == "FP":
        return None, badge + _record_text(err["record"])
    if kind == "wrong_field":
        what = f"{html.escape(err['field'])} ({html.escape(str(err.get('amount_text') or ''))})"
        return f"{badge}{what} : {_value(err.get('gold'))}", f"{badge}{what} : {_value(err.get('predicted'))}"
    if kind == "wrong_value":
        what = f"{html.escape(err['field'])} « {html.escape(str(err.get('span') or ''))} »"
        return f"{badge}{what} : {_value(err.get('gold'))}", f"{badge}{what} : {_value(err.get('predicted'))}"
    return badge + html.escape(json.dumps(err, ensure_ascii=False)), None


def render_errors(errors: Sequence[dict]) -> str:
    """Errors grouped by (article, sentence): a missed and a spurious record of one sentence sit on one row."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for err in errors:
        groups[(str(err.get("id")), err.get("sentence") or "")].append(err)
    rows = []
    for (doc_id, sentence), errs in sorted(groups.items()):
        gold, pred = [], []
        for err in sorted(errs, key=lambda e: e["type"]):
            g, p = _error_sides(err)
            if g is not None:
                gold.append(g)
            if p is not None:
                pred.append(p)
        items = lambda xs: "<ul class=\"items\">" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>" if xs else '<span class="none">–</span>'  # noqa: E731
        rows.append(
            f'<tr class="error"><td class="doc">{html.escape(doc_id)}</td>'
            f'<td class="sentence">{html.escape(sentence) or "<span class=none>–</span>"}</td>'
            f'<td class="gold">{items(gold)}</td><td class="predicted">{items(pred)}</td></tr>'
        )
    return (
        '<table class="errors"><thead><tr><th>article</th><th>phrase</th><th>référence (gold)</th>'
        f"<th>prédit</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


# -- page ---------------------------------------------------------------------------------------

def render_split(name: str, split: dict) -> str:
    parts = [
        f'<section class="split" id="split-{html.escape(name)}"><h2>{html.escape(name)}</h2>',
        f'<p class="meta">{split["articles"]} articles, {split["gold_entities"]} entités de référence, '
        f'{split["gold_pledges"]} engagements de référence, {split["predicted_pledges"]} engagements prédits</p>',
    ]
    if not split["articles"]:
        return "".join(parts) + "</section>"
    parts.append("<h3>F1 par label</h3>")
    parts.append(
        f'<p class="meta"><span class="swatch" style="background: {OURS_COLOR}"></span> notre pipeline '
        f'<span class="swatch" style="background: {BASE_COLOR}"></span> modèle de base seul (ORG, PER, LOC)</p>'
    )
    parts.append(_label_charts(split))
    base = split["baselines"].get("spacy_entities")
    for mode in ("strict", "partial"):
        ents = split["entities"][mode]
        rows = [_prf_row(label, ents["per_label"][label]) for label in SCORED_LABELS]
        rows.append(_prf_row("toutes", ents["overall"], "overall"))
        if base:
            for label in base[mode]["per_label"]:
                rows.append(_prf_row(f"{label} ({base['model']})", base[mode]["per_label"][label], "baseline"))
            rows.append(_prf_row(f"ORG+PER+LOC ({base['model']})", base[mode]["overall"], "baseline"))
        parts.append(f"<h3>Entités ({mode})</h3>" + _prf_table(rows))
    parts.append("<h3>Normalisation (correspondances strictes)</h3>")
    parts.append(_accuracy_table(split["normalisation"], NORMALISED_LABELS, "normalisation"))
    parts.append("<h3>Engagements</h3>")
    parts.append(_records_chart(split))
    parts.append(_prf_table([
        _prf_row("pipeline", split["records"], "overall"),
        _prf_row("référence naïve", split["baselines"]["naive_records"], "baseline"),
    ]))
    parts.append("<h3>Exactitude des champs (engagements appariés)</h3>")
    parts.append(_accuracy_table(split["fields"], RECORD_FIELDS, "fields"))
    if name in ERROR_SPLITS:
        parts.append(f"<h3>Erreurs ({len(split['errors'])})</h3>")
        parts.append(render_errors(split["errors"]))
    else:
        parts.append('<p class="meta">Les erreurs du jeu réservé ne sont pas listées (corpus/ANNOTATION.md).</p>')
    parts.append("</section>")
    return "".join(parts)


def render_html(result: dict) -> str:
    """The whole report for ``evaluate()``'s result; self-contained (inline CSS and SVG)."""
    body = [
        "<h1>Évaluation de l'extracteur d'engagements</h1>",
        f'<p class="meta">Référence : {html.escape(str(result.get("gold")))}</p>',
    ]
    body.extend(render_split(name, split) for name, split in result["splits"].items())
    return PAGE_TEMPLATE.format(title="Évaluation de l&#39;extracteur", css=REPORT_CSS, body="".join(body))


def write_html(result: dict, path: Union[str, Path]) -> Path:
    path = Path(path)
    path.write_text(render_html(result), encoding="utf-8")
    return path
