"""Build ``corpus/gold.jsonl`` from the annotated files, and check it.

``build_gold`` writes the plain articles and one gold line per article; ``check_gold`` re-reads
them and reports every inconsistency with its gold.jsonl line number, so a bad annotation is
caught before it silently lowers (or raises) a score.

Run ``python -m extractor.evaluate.gold build|check`` (or ``extractor gold build|check``).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Optional, Union

from pydantic import ValidationError

from extractor.evaluate.markup import (
    MarkupError,
    currency_problem,
    iso_date_problem,
    markup_errors,
    parse_markup,
)
from extractor.records import ENTITY_LABELS, Pledge

SPLITS = ("dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11")
GOLD_KEYS = ("id", "split", "path", "published", "title", "entities", "pledges")
ENTITY_KEYS = ("text", "label", "start", "end", "value", "currency", "canonical")

# A sentence ends at . ! ? (maybe closed by a quote or bracket) before spaces and a capital,
# or at a line end. A single capital before the dot is an initial ("M. Macron"), not an end.
_SENT_END_RE = re.compile(r"(?<!\b[A-Z])[.!?…]+(?:[ \u00a0\u202f]*[»\"”’)])*(?=\s+[«\"“(]?\s*[A-ZÀ-ÖØ-Þ0-9])")


class GoldBuildError(Exception):
    """Raised by :func:`build_gold` with every markup problem found (nothing is written then)."""

    def __init__(self, errors: list[MarkupError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def sentence_bounds(text: str, start: int, end: Optional[int] = None) -> tuple[int, int]:
    """(start, end) of the sentence holding ``text[start:end]``, trimmed of spaces."""
    end = start if end is None else end
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    s, e = lo, hi
    for m in _SENT_END_RE.finditer(text, lo, hi):
        if m.end() <= start:
            s = m.end()
        elif m.end() >= end:
            e = m.end()
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _annotated_files(annotated_dir: Path) -> list[tuple[str, Path]]:
    files = []
    for split in SPLITS:
        folder = annotated_dir / split
        if folder.is_dir():
            files.extend((split, p) for p in sorted(folder.glob("*.txt")))
    return files


def _rel_path(path: Path, gold_path: Path) -> str:
    """Article path as stored in gold: relative to the folder holding ``corpus/`` when possible."""
    root = gold_path.resolve().parent.parent
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path.resolve())


def resolve_article_path(path: str, gold_path: Union[str, Path]) -> Path:
    """Find a gold ``path`` on disk: absolute, next to the corpus folder, or from the working dir."""
    p = Path(path)
    if p.is_absolute():
        return p
    gold_dir = Path(gold_path).resolve().parent
    for base in (gold_dir.parent, gold_dir, Path.cwd()):
        if (base / p).exists():
            return base / p
    return gold_dir.parent / p


def build_gold(
    annotated_dir: Union[str, Path] = "corpus/annotated",
    articles_dir: Union[str, Path] = "corpus/articles",
    gold_path: Union[str, Path] = "corpus/gold.jsonl",
) -> list[dict]:
    """Parse every ``<split>/<id>.txt`` markup file; write the plain articles and gold.jsonl.

    Raises :class:`GoldBuildError` listing all markup problems; nothing is written then.
    Returns the gold rows, sorted by id.
    """
    annotated_dir, articles_dir, gold_path = Path(annotated_dir), Path(articles_dir), Path(gold_path)
    errors: list[MarkupError] = []
    parsed = []
    seen: dict[str, Path] = {}
    for split, path in _annotated_files(annotated_dir):
        doc_id = path.stem
        if doc_id in seen:
            errors.append(MarkupError(str(path), 1, f"id {doc_id!r} already used by {seen[doc_id]}"))
            continue
        seen[doc_id] = path
        markup = path.read_text(encoding="utf-8")
        problems = markup_errors(markup, path)
        if problems:
            errors.extend(problems)
            continue
        parsed.append((split, doc_id, parse_markup(markup, path)))
    if errors:
        raise GoldBuildError(errors)

    rows = []
    for split, doc_id, art in sorted(parsed, key=lambda t: t[1]):
        out = articles_dir / split / f"{doc_id}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(art.text + "\n", encoding="utf-8")
        pledges = []
        for pledge, money in zip(art.pledges, art.pledge_money):
            s, e = sentence_bounds(art.text, money["start"], money["end"])
            pledges.append({**pledge, "sentence": art.text[s:e], "start": s, "end": e})
        rows.append({
            "id": doc_id,
            "split": split,
            "path": _rel_path(out, gold_path),
            "published": art.published,
            "title": art.title,
            "entities": [{k: ent[k] for k in ENTITY_KEYS} for ent in art.entities],
            "pledges": pledges,
        })
    gold_path.parent.mkdir(parents=True, exist_ok=True)
    with gold_path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def read_gold(gold_path: Union[str, Path] = "corpus/gold.jsonl") -> list[dict]:
    """Gold rows, each with ``text`` (the article read from its path) added."""
    rows = []
    with Path(gold_path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                row["text"] = resolve_article_path(row["path"], gold_path).read_text(encoding="utf-8")
                rows.append(row)
    return rows


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_entity(ent: object, text: str) -> list[str]:
    if not isinstance(ent, dict):
        return ["entity is not an object"]
    problems = []
    missing = [k for k in ("text", "label", "start", "end") if k not in ent]
    if missing:
        return [f"entity {ent!r} lacks {', '.join(missing)}"]
    label, start, end = ent["label"], ent["start"], ent["end"]
    where = f"entity {ent['text']!r} ({label} {start}-{end})"
    if label not in ENTITY_LABELS:
        problems.append(f"{where}: label {label!r} not in {', '.join(ENTITY_LABELS)}")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        problems.append(f"{where}: offsets outside the text (length {len(text)})")
    elif text[start:end] != ent["text"]:
        problems.append(f"{where}: span text differs from the article text {text[start:end]!r}")
    value = ent.get("value")
    if label == "MONEY":
        if not _is_number(value) or value <= 0:
            problems.append(f"{where}: MONEY value {value!r} is not a positive number")
        problem = currency_problem(ent.get("currency"))
        if problem:
            problems.append(f"{where}: {problem}")
    elif label == "DATE":
        problem = iso_date_problem(value)
        if problem:
            problems.append(f"{where}: {problem}")
    elif label == "DURATION":
        if not _is_number(value) or value <= 0:
            problems.append(f"{where}: DURATION value {value!r} is not a positive number of years")
    return problems


def _check_pledge(pledge: object, text: str, money: list[dict]) -> list[str]:
    if not isinstance(pledge, dict):
        return ["pledge is not an object"]
    try:
        p = Pledge.model_validate(pledge)
    except ValidationError as exc:
        errs = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return [f"pledge {pledge.get('amount_text')!r} does not validate: {errs}"]
    where = f"pledge {p.amount_text!r}"
    problems = []
    problem = currency_problem(p.currency)
    if problem:
        problems.append(f"{where}: {problem}")
    if p.date is not None and iso_date_problem(p.date):
        problems.append(f"{where}: {iso_date_problem(p.date)}")
    if not 0 <= p.start < p.end <= len(text):
        problems.append(f"{where}: sentence offsets outside the text")
    elif text[p.start:p.end] != p.sentence:
        problems.append(f"{where}: sentence differs from the article text at {p.start}-{p.end}")
    if (p.amount_min is None) != (p.amount_max is None):
        problems.append(f"{where}: a range needs both amount_min and amount_max")
    elif p.amount_min is not None and not p.amount_min <= p.amount_max:
        problems.append(f"{where}: amount_min {p.amount_min} > amount_max {p.amount_max}")
    elif p.amount_max is not None and abs(p.amount - p.amount_max) > 0.005 * p.amount_max:
        problems.append(f"{where}: range amount {p.amount} is not the upper bound {p.amount_max}")
    inside = [m for m in money if p.start <= m["start"] and m["end"] <= p.end and m["text"] == p.amount_text]
    if not inside:
        problems.append(f"{where}: no MONEY entity with that text inside the pledge sentence")
    else:
        m = inside[0]
        if m.get("currency") != p.currency:
            problems.append(f"{where}: currency {p.currency} differs from its MONEY entity ({m.get('currency')})")
        if _is_number(m.get("value")) and abs(m["value"] - p.amount) > 0.005 * max(abs(p.amount), 1):
            problems.append(f"{where}: amount {p.amount} differs from its MONEY entity value {m['value']}")
    return problems


def check_gold(gold_path: Union[str, Path] = "corpus/gold.jsonl") -> list[str]:
    """Every problem in gold.jsonl, as ``"gold.jsonl line N (id X): message"``."""
    gold_path = Path(gold_path)
    name = gold_path.name
    if not gold_path.exists():
        return [f"{name}: file not found ({gold_path})"]
    problems: list[str] = []
    ids: dict[str, int] = {}
    for n, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue

        def say(message: str, doc_id: object = "?") -> None:
            problems.append(f"{name} line {n} (id {doc_id}): {message}")

        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            say(f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(row, dict):
            say("a gold line must be a JSON object")
            continue
        doc_id = row.get("id", "?")
        missing = [k for k in GOLD_KEYS if k not in row]
        if missing:
            say(f"missing keys {', '.join(missing)}", doc_id)
            continue
        if doc_id in ids:
            say(f"duplicate id (also on line {ids[doc_id]})", doc_id)
        ids[doc_id] = n
        if row["split"] not in SPLITS:
            say(f"split {row['split']!r} is not one of {', '.join(SPLITS)}", doc_id)
        if row["published"] is not None and (
            not isinstance(row["published"], str) or len(row["published"]) != 10 or iso_date_problem(row["published"])
        ):
            say(f"published {row['published']!r} is not a YYYY-MM-DD date or null", doc_id)
        path = resolve_article_path(str(row["path"]), gold_path)
        if not path.exists():
            say(f"article file not found: {row['path']}", doc_id)
            continue
        text = path.read_text(encoding="utf-8")
        if text.split("\n", 1)[0] != row["title"]:
            say(f"title {row['title']!r} is not the first line of the article", doc_id)
        entities = row["entities"] if isinstance(row["entities"], list) else []
        if not isinstance(row["entities"], list):
            say("entities is not a list", doc_id)
        for ent in entities:
            for msg in _check_entity(ent, text):
                say(msg, doc_id)
        spans = sorted(
            (e for e in entities if isinstance(e, dict) and isinstance(e.get("start"), int) and isinstance(e.get("end"), int)),
            key=lambda e: (e["start"], e["end"]),
        )
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                say(f"entities {a['text']!r} and {b['text']!r} overlap", doc_id)
        money = [e for e in spans if e.get("label") == "MONEY"]
        if not isinstance(row["pledges"], list):
            say("pledges is not a list", doc_id)
            continue
        for pledge in row["pledges"]:
            for msg in _check_pledge(pledge, text, money):
                say(msg, doc_id)
    return problems


def main(argv: Optional[list[str]] = None) -> int:
    """``python -m extractor.evaluate.gold build|check [gold_path]``."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in ("build", "check"):
        print("usage: python -m extractor.evaluate.gold build|check [corpus/gold.jsonl]", file=sys.stderr)
        return 2
    gold_path = Path(argv[1]) if len(argv) > 1 else Path("corpus/gold.jsonl")
    if argv[0] == "build":
        corpus = gold_path.parent
        try:
            rows = build_gold(corpus / "annotated", corpus / "articles", gold_path)
        except GoldBuildError as exc:
            for err in exc.errors:
                print(err, file=sys.stderr)
            print(f"{len(exc.errors)} markup problem(s); nothing written", file=sys.stderr)
            return 1
        n_pledges = sum(len(r["pledges"]) for r in rows)
        print(f"wrote {len(rows)} articles, {n_pledges} pledges to {gold_path}")
    problems = check_gold(gold_path)
    for problem in problems:
        print(problem, file=sys.stderr if argv[0] == "build" else sys.stdout)
    if problems:
        print(f"{len(problems)} problem(s) in {gold_path}", file=sys.stderr)
        return 1
    if argv[0] == "check":
        print(f"{gold_path}: OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
