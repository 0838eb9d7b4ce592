"""``extractor evaluate``: run the pipeline on the gold articles, score, and render the figures.

Errors are listed for the ``dev`` split only: the ``test`` split is held out, so nobody who
writes rules should read its errors (corpus/ANNOTATION.md); its scores are reported.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional, Sequence, Union

from extractor.evaluate import baselines
from extractor.evaluate.gold import SPLITS, read_gold
from extractor.evaluate.scorer import (
    NORMALISED_LABELS,
    RECORD_FIELDS,
    SCORED_LABELS,
    score_entities,
    score_normalisation,
    score_records,
)

ERROR_SPLITS = ("dev",)


def _predict(extractor, rows: Sequence[dict]) -> list[dict]:
    """ArticleResult dumps (entities + pledges) for each gold article."""
    out = []
    for row in rows:
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        result = extractor.extract(row["text"], published=published)
        out.append(result.model_dump(mode="json"))
    return out


def score_split(
    rows: Sequence[dict],
    predictions: Sequence[dict],
    base_entities: Optional[Sequence[Sequence[dict]]] = None,
    with_errors: bool = True,
) -> dict:
    """Every figure for one split; ``predictions`` are ArticleResult dumps in the order of ``rows``."""
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    gold_ents = [r["entities"] for r in rows]
    pred_ents = [p["entities"] for p in predictions]
    norm, norm_errors = score_normalisation(gold_ents, pred_ents, ids, texts)
    recs = score_records([r["pledges"] for r in rows], [p["pledges"] for p in predictions], ids)
    naive = score_records(
        [r["pledges"] for r in rows],
        [baselines.naive_records(t, ents) for t, ents in zip(texts, pred_ents)],
        ids,
    )
    result = {
        "articles": len(rows),
        "gold_entities": sum(len(g) for g in gold_ents),
        "gold_pledges": sum(len(r["pledges"]) for r in rows),
        "predicted_pledges": sum(len(p["pledges"]) for p in predictions),
        "entities": {
            "strict": score_entities(gold_ents, pred_ents, "strict"),
            "partial": score_entities(gold_ents, pred_ents, "partial"),
        },
        "normalisation": norm,
        "records": recs["records"],
        "fields": recs["fields"],
        "baselines": {"naive_records": naive["records"]},
        "errors": (recs["errors"] + norm_errors) if with_errors else [],
    }
    if base_entities is not None:
        names = baselines.NAME_LABELS
        result["baselines"]["spacy_entities"] = {
            "model": baselines.BASE_MODEL,
            "strict": score_entities(gold_ents, base_entities, "strict", names),
            "partial": score_entities(gold_ents, base_entities, "partial", names),
        }
    return result


def evaluate(
    gold_path: Union[str, Path] = "corpus/gold.jsonl",
    extractor=None,
    splits: Sequence[str] = SPLITS,
    base_nlp=None,
    with_baselines: bool = True,
) -> dict:
    """All figures per split. ``extractor`` defaults to ``extractor.api.Extractor()``;
    ``base_nlp`` to ``spacy.load("fr_core_news_md")`` (only loaded when baselines are on)."""
    rows = read_gold(gold_path)
    if extractor is None:
        from extractor.api import Extractor

        extractor = Extractor()
    if with_baselines and base_nlp is None:
        import spacy

        base_nlp = spacy.load(baselines.BASE_MODEL)
    out: dict = {"gold": str(gold_path), "splits": {}}
    for split in splits:
        split_rows = [r for r in rows if r["split"] == split]
        preds = _predict(extractor, split_rows)
        base = baselines.spacy_entities([r["text"] for r in split_rows], base_nlp) if with_baselines else None
        out["splits"][split] = score_split(split_rows, preds, base, with_errors=split in ERROR_SPLITS)
    return out


# -- text rendering ---------------------------------------------------------------------------

def _fmt(value: Optional[float]) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h)) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _prf_row(name: str, c: dict) -> list[str]:
    """A score with an empty denominator is shown as "-", not as a misleading 0 %."""
    p = c["precision"] if c["tp"] + c["fp"] else None
    r = c["recall"] if c["tp"] + c["fn"] else None
    f = c["f1"] if p is not None and r is not None else None
    return [name, _fmt(p), _fmt(r), _fmt(f), str(c["tp"]), str(c["fp"]), str(c["fn"])]


PRF_HEADERS = ("", "P", "R", "F1", "TP", "FP", "FN")


def _short(value: object, width: int = 60) -> str:
    text = "null" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def render_error(err: dict) -> str:
    kind = err["type"]
    if kind == "wrong_field":
        head = f"wrong_field {err['field']}: gold {_short(err['gold'])!s} / predicted {_short(err['predicted'])!s} ({err.get('amount_text')})"
    elif kind == "wrong_value":
        head = f"wrong_value {err['field']} [{err['span']}]: gold {err['gold']} / predicted {err['predicted']}"
    else:
        rec = err["record"]
        head = f"{kind} {rec.get('amount')} {rec.get('currency')} investor={rec.get('investor')} ({err.get('amount_text')})"
    return f"  [{err['id']}] {head}\n      « {_short(err.get('sentence'), 200)} »"


def render_split(name: str, s: dict) -> str:
    parts = [
        f"== {name}: {s['articles']} articles, {s['gold_entities']} gold entities, "
        f"{s['gold_pledges']} gold pledges, {s['predicted_pledges']} predicted pledges",
    ]
    if not s["articles"]:
        return parts[0]
    for mode in ("strict", "partial"):
        ents = s["entities"][mode]
        rows = [_prf_row(label, ents["per_label"][label]) for label in SCORED_LABELS]
        rows.append(_prf_row("overall", ents["overall"]))
        base = s["baselines"].get("spacy_entities")
        if base:
            for label in baselines.NAME_LABELS:
                rows.append(_prf_row(f"{label} ({base['model']})", base[mode]["per_label"][label]))
            rows.append(_prf_row(f"ORG+PER+LOC ({base['model']})", base[mode]["overall"]))
        parts.append(f"\nEntities ({mode})\n" + _table(PRF_HEADERS, rows))
    norm_rows = [
        [label, _fmt(s["normalisation"][label]["accuracy"]), f"{s['normalisation'][label]['correct']}/{s['normalisation'][label]['total']}"]
        for label in NORMALISED_LABELS
    ]
    parts.append("\nNormalisation accuracy (strict matches)\n" + _table(("", "acc", "n"), norm_rows))
    rec_rows = [_prf_row("pipeline", s["records"]), _prf_row("naive baseline", s["baselines"]["naive_records"])]
    parts.append("\nRecords\n" + _table(PRF_HEADERS, rec_rows))
    field_rows = [
        [f, _fmt(s["fields"][f]["accuracy"]), f"{s['fields'][f]['correct']}/{s['fields'][f]['total']}"]
        for f in RECORD_FIELDS
    ]
    parts.append("\nField accuracy (matched records)\n" + _table(("", "acc", "n"), field_rows))
    if name in ERROR_SPLITS:
        errors = s["errors"]
        parts.append(f"\nErrors ({len(errors)})")
        parts.extend(render_error(e) for e in sorted(errors, key=lambda e: (str(e["id"]), e["type"])))
    else:
        parts.append("\n(errors of the held-out split are not listed)")
    return "\n".join(parts)


def render_text(result: dict) -> str:
    """Plain-text tables per split, then the dev errors with article id and sentence."""
    out = [f"Gold: {result['gold']}"]
    for name, split in result["splits"].items():
        out.append(render_split(name, split))
    return "\n\n".join(out) + "\n"
