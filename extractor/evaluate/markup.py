"""Parse one hand-annotated corpus file (inline markup, see corpus/ANNOTATION.md).

Annotators write the article once, with ``[span]{LABEL ...}`` around entities and pledge JSON
lines after ``===``; this module turns that into plain text + character offsets so nobody ever
counts offsets by hand. Every problem is a :class:`MarkupError` naming the file and line.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional, Union

NAME_LABELS = ("ORG", "PER", "LOC")
MARKUP_LABELS = NAME_LABELS + ("MONEY", "DATE", "DURATION")
ISO_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
# Pledge keys an annotator writes; the builder adds sentence/start/end.
PLEDGE_KEYS = (
    "investor", "recipient", "amount", "currency", "amount_min", "amount_max", "amount_text",
    "target", "location", "date", "duration_years",
)
PLEDGE_REQUIRED = ("amount_text", "amount", "currency")


class MarkupError(ValueError):
    """A problem in an annotated file, located by file name and 1-based line number."""

    def __init__(self, source: str, line: int, message: str) -> None:
        self.source = source
        self.line = line
        self.message = message
        super().__init__(f"{source}:{line}: {message}")


@dataclass
class ParsedArticle:
    """The plain article and its annotations; offsets index ``text``."""

    text: str
    published: Optional[str]
    entities: list[dict] = field(default_factory=list)
    pledges: list[dict] = field(default_factory=list)
    # For each pledge, the MONEY entity (dict from ``entities``) its amount_text points to.
    pledge_money: list[dict] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0]


def _known_currencies() -> Optional[set[str]]:
    try:
        from babel.numbers import list_currencies
    except ImportError:  # babel is optional: fall back to the shape check
        return None
    return set(list_currencies())


_CURRENCIES = _known_currencies()


def currency_problem(code: object) -> Optional[str]:
    """Why ``code`` is not an ISO 4217 code, or None when it is one."""
    if not isinstance(code, str) or not CURRENCY_RE.match(code):
        return f"currency {code!r} is not a three-letter upper-case ISO 4217 code"
    if _CURRENCIES is not None and code not in _CURRENCIES:
        return f"currency {code!r} is not an ISO 4217 code"
    return None


def iso_date_problem(value: object) -> Optional[str]:
    """Why ``value`` is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or None."""
    if not isinstance(value, str) or not ISO_DATE_RE.match(value):
        return f"date {value!r} is not ISO (YYYY, YYYY-MM or YYYY-MM-DD)"
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        return f"date {value!r} does not exist ({exc})"
    return None


def _number(token: str) -> Optional[float]:
    try:
        value = float(token.replace("_", ""))
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.errors: list[MarkupError] = []

    def error(self, line: int, message: str) -> None:
        self.errors.append(MarkupError(self.source, line, message))

    # -- header -------------------------------------------------------------------------
    def header(self, lines: list[str]) -> tuple[Optional[str], int]:
        """Return (published, index of the first body line)."""
        published: Optional[str] = None
        seen = False
        if not any(line.strip() == "---" for line in lines):
            self.error(1, "no '---' line ends the header ('published: YYYY-MM-DD' then '---')")
            return None, len(lines)
        for i, line in enumerate(lines):
            stripped = line.strip()
            if stripped == "---":
                if not seen:
                    self.error(i + 1, "header has no 'published: YYYY-MM-DD' (or 'published: none') line")
                return published, i + 1
            if not stripped:
                continue
            key, sep, value = stripped.partition(":")
            if not sep or key.strip() != "published":
                self.error(i + 1, f"unknown header line {stripped!r}; expected 'published: YYYY-MM-DD' then '---'")
                continue
            seen = True
            value = value.strip()
            if value.lower() in ("none", "null", ""):
                published = None
            elif not re.match(r"^\d{4}-\d{2}-\d{2}$", value) or iso_date_problem(value):
                self.error(i + 1, f"published {value!r} is not a full ISO date YYYY-MM-DD (or 'none')")
            else:
                published = value
        return published, len(lines)  # unreachable: a '---' line exists

    # -- entity labels ------------------------------------------------------------------
    def label(self, line: int, spec: str, span: str) -> Optional[dict]:
        parts = spec.split()
        if not parts:
            self.error(line, f"empty label for [{span}]")
            return None
        label, args = parts[0], parts[1:]
        ent: dict = {"text": span, "label": label, "value": None, "currency": None, "canonical": None}
        if label == "MISC":
            self.error(line, f"unknown label 'MISC' for [{span}]: MISC is not annotated")
            return None
        if label not in MARKUP_LABELS:
            self.error(line, f"unknown label {label!r} for [{span}]; use one of {', '.join(MARKUP_LABELS)}")
            return None
        if label in NAME_LABELS:
            ent["canonical"] = " ".join(args) if args else span
        elif label == "MONEY":
            if len(args) != 2:
                self.error(line, f"MONEY [{span}] needs a value and a currency: {{MONEY 20000000000 EUR}}")
                return None
            value = _number(args[0])
            if value is None or value <= 0:
                self.error(line, f"MONEY [{span}] value {args[0]!r} is not a positive number")
                return None
            problem = currency_problem(args[1])
            if problem:
                self.error(line, f"MONEY [{span}]: {problem}")
                return None
            ent["value"], ent["currency"] = value, args[1]
        elif label == "DATE":
            if len(args) != 1:
                self.error(line, f"DATE [{span}] needs one ISO value: {{DATE 2025-02-09}}")
                return None
            problem = iso_date_problem(args[0])
            if problem:
                self.error(line, f"DATE [{span}]: bad ISO date: {problem}")
                return None
            ent["value"] = args[0]
        else:  # DURATION
            value = _number(args[0]) if len(args) == 1 else None
            if value is None or value <= 0:
                self.error(line, f"DURATION [{span}] needs one positive number of years: {{DURATION 1.5}}")
                return None
            ent["value"] = value
        return ent

    # -- body ---------------------------------------------------------------------------
    def body(self, lines: list[str], first_line_no: int) -> tuple[str, list[dict]]:
        """Strip markup from the body lines; entity offsets index the returned text."""
        out: list[str] = []
        pos = 0
        entities: list[dict] = []
        for k, raw in enumerate(lines):
            line_no = first_line_no + k
            plain: list[str] = []
            i = 0
            open_at: Optional[int] = None  # index in ``plain`` where the open span starts
            while i < len(raw):
                ch = raw[i]
                if ch == "\\" and i + 1 < len(raw) and raw[i + 1] in "[]{}\\":
                    plain.append(raw[i + 1])
                    i += 2
                    continue
                if ch == "[":
                    if open_at is not None:
                        self.error(line_no, "unbalanced bracket: '[' inside another '[...]' (no nesting)")
                        return "", []
                    open_at = len(plain)
                    i += 1
                    continue
                if ch == "]":
                    if open_at is None:
                        self.error(line_no, "unbalanced bracket: ']' without '['")
                        return "", []
                    if i + 1 >= len(raw) or raw[i + 1] != "{":
                        self.error(line_no, "unbalanced bracket: ']' not followed by '{LABEL}'")
                        return "", []
                    close = raw.find("}", i + 2)
                    if close < 0:
                        self.error(line_no, "unbalanced bracket: '{' without '}'")
                        return "", []
                    span = "".join(plain[open_at:])
                    if not span.strip():
                        self.error(line_no, "empty span '[]'")
                    elif span != span.strip():
                        self.error(line_no, f"span [{span}] starts or ends with a space")
                    ent = self.label(line_no, raw[i + 2:close], span)
                    if ent is not None:
                        start = pos + sum(len(c) for c in plain[:open_at])
                        ent["start"], ent["end"] = start, start + len(span)
                        ent["line"] = line_no
                        entities.append(ent)
                    open_at = None
                    i = close + 1
                    continue
                if ch in "{}":
                    self.error(line_no, f"unbalanced bracket: stray {ch!r} outside a '[span]{{LABEL}}'")
                    return "", []
                plain.append(ch)
                i += 1
            if open_at is not None:
                self.error(line_no, "unbalanced bracket: '[' not closed on its line")
                return "", []
            text_line = "".join(plain)
            out.append(text_line)
            pos += len(text_line) + 1
        return "\n".join(out), entities

    # -- pledges ------------------------------------------------------------------------
    def pledge(self, line_no: int, raw: str, entities: list[dict], title_end: int) -> Optional[tuple[dict, dict]]:
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            self.error(line_no, f"bad JSON in pledge line: {exc.msg} (column {exc.colno})")
            return None
        if not isinstance(obj, dict):
            self.error(line_no, "bad JSON in pledge line: expected an object {...}")
            return None
        unknown = sorted(set(obj) - set(PLEDGE_KEYS))
        if unknown:
            self.error(line_no, f"pledge has unknown keys {unknown}; allowed: {', '.join(PLEDGE_KEYS)}")
            return None
        missing = [k for k in PLEDGE_REQUIRED if obj.get(k) is None]
        if missing:
            self.error(line_no, f"pledge lacks {', '.join(missing)}")
            return None
        pledge = {k: obj.get(k) for k in PLEDGE_KEYS}
        problem = currency_problem(pledge["currency"])
        if problem:
            self.error(line_no, f"pledge: {problem}")
            return None
        for key in ("amount", "amount_min", "amount_max", "duration_years"):
            value = pledge[key]
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                self.error(line_no, f"pledge {key} {value!r} is not a number")
                return None
        if pledge["date"] is not None:
            problem = iso_date_problem(pledge["date"])
            if problem:
                self.error(line_no, f"pledge: bad ISO date: {problem}")
                return None
        money = [e for e in entities if e["label"] == "MONEY" and e["text"] == pledge["amount_text"]]
        if not money:
            self.error(line_no, f"pledge amount_text {pledge['amount_text']!r} not found among MONEY entities")
            return None
        in_body = [e for e in money if e["start"] >= title_end]
        return pledge, (in_body or money)[0]


def parse_markup(markup: str, source: Union[str, Path] = "<markup>") -> ParsedArticle:
    """Parse annotated text; raise the first :class:`MarkupError` (see :func:`markup_errors` for all)."""
    article, errors = _parse(markup, str(source))
    if errors:
        raise errors[0]
    return article


def markup_errors(markup: str, source: Union[str, Path] = "<markup>") -> list[MarkupError]:
    """Every problem in an annotated text, so an annotator can fix them in one pass."""
    return _parse(markup, str(source))[1]


def parse_markup_file(path: Union[str, Path]) -> ParsedArticle:
    path = Path(path)
    return parse_markup(path.read_text(encoding="utf-8"), path)


def _parse(markup: str, source: str) -> tuple[ParsedArticle, list[MarkupError]]:
    parser = _Parser(source)
    lines = markup.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    published, body_start = parser.header(lines)
    sep = next((i for i in range(body_start, len(lines)) if lines[i].strip() == "==="), None)
    body_end = sep if sep is not None else len(lines)
    # Leading/trailing blank lines are not part of the article: the title is the first line.
    while body_start < body_end and not lines[body_start].strip():
        body_start += 1
    while body_end > body_start and not lines[body_end - 1].strip():
        body_end -= 1
    if body_start >= body_end:
        parser.error(body_start + 1, "empty article body")
    text, entities = parser.body(lines[body_start:body_end], body_start + 1)
    article = ParsedArticle(text=text, published=published, entities=entities)
    prev = None
    for ent in entities:
        if prev is not None and ent["start"] < prev["end"]:
            parser.error(ent["line"], f"entity [{ent['text']}] overlaps [{prev['text']}]")
        prev = ent
    if sep is not None:
        title_end = len(article.title)
        for i in range(sep + 1, len(lines)):
            raw = lines[i].strip()
            if not raw:
                continue
            got = parser.pledge(i + 1, raw, entities, title_end)
            if got is not None:
                article.pledges.append(got[0])
                article.pledge_money.append(got[1])
    for ent in entities:
        ent.pop("line", None)
    return article, parser.errors
