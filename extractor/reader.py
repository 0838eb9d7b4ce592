"""Read an article (file, bytes or string) into the text the pipeline sees.

Why two texts: every offset we output must index the text *as read*, but the
nlp works better on a normalised copy (plain spaces and apostrophes, no
"Lire aussi" or comment-form lines). ``clean_text`` is therefore built by
same-length, character-for-character substitutions only, so an offset is
valid in both strings.

For HTML input, ``text`` is the main text extracted by trafilatura: offsets then
index that extracted text, not the HTML source.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractor.components.spans import read_jsonl

BOILERPLATE_PATH = Path(__file__).resolve().parent / "data" / "boilerplate.jsonl"

#: Same-length character substitutions applied to build ``clean_text``.
CHAR_MAP: dict[int, str] = {
    0x00A0: " ",  # no-break space (French typography before ; : ! ?)
    0x202F: " ",  # narrow no-break space
    0x2007: " ",  # figure space (thousands separator)
    0x2009: " ",  # thin space
    **{cp: " " for cp in range(0x2002, 0x200B)},  # other typographic spaces
    0xFEFF: " ",  # stray BOM / zero-width no-break space
    0x2019: "'",  # ’
    0x2018: "'",  # ‘
    0x02BC: "'",  # ʼ
}

_HEAD_LINES = 15  # non-empty lines searched for a title/dateline at the top
_TAIL_LINES = 6  # ... and at the bottom
_MAX_TITLE = 250
_BINARY_CONTROL_SHARE = 0.05


class ReadError(Exception):
    """An input that cannot be read as an article; the message is one line: ``<source>: <reason>``."""

    def __init__(self, source: str | None, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source if source is not None else '<bytes>'}: {reason}")


@dataclass(frozen=True)
class Article:
    source: str | None
    text: str
    clean_text: str
    title: str | None
    published: datetime.date | None
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- boilerplate


@dataclass(frozen=True)
class _Rule:
    label: str
    regex: re.Pattern[str]
    blank_next: bool


@lru_cache(maxsize=1)
def _boilerplate_rules() -> tuple[_Rule, ...]:
    """Load the boilerplate patterns once (data, not code: sites keep inventing new widgets)."""
    return tuple(
        _Rule(row["label"], re.compile(row["pattern"], re.IGNORECASE), bool(row.get("blank_next")))
        for row in read_jsonl(BOILERPLATE_PATH)
    )


def _boilerplate_rule(line: str) -> _Rule | None:
    stripped = line.strip()
    if not stripped:
        return None
    for rule in _boilerplate_rules():
        if rule.regex.fullmatch(stripped):
            return rule
    return None


def is_boilerplate(line: str) -> bool:
    """True when the whole (normalised) line is web boilerplate such as "Lire aussi : ..."."""
    return _boilerplate_rule(_normalise_chars(line)) is not None


# --------------------------------------------------------------------------- clean text


def _normalise_chars(text: str) -> str:
    text = text.translate(CHAR_MAP)
    # CRLF -> " \n"; a lone CR (old Mac files) is a line break, kept as one character.
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, line) for each "\\n"-separated line."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


_MD_HEADING = re.compile(r"^(\s*#{1,6})\s")


def make_clean_text(text: str) -> str:
    """Same-length normalised copy of ``text`` for the nlp (see module docstring)."""
    chars = list(_normalise_chars(text))
    clean = "".join(chars)
    blank_next = False
    for start, line in _lines(clean):
        if not line.strip():
            continue
        rule = _boilerplate_rule(line)
        if rule is not None or blank_next:
            for i in range(start, start + len(line)):
                chars[i] = " "
            blank_next = bool(rule and rule.blank_next)
            continue
        heading = _MD_HEADING.match(line)
        if heading:  # Markdown "# Titre": the nlp need not see the hashes
            for i in range(start, start + heading.end(1)):
                chars[i] = " "
    out = "".join(chars)
    assert len(out) == len(text)
    return out


# --------------------------------------------------------------------------- publication date

_DATE_WORDS = r"(?:[^\W\d_]+\.?,?\s+)?\d{1,2}(?:er)?\s+[^\W\d_]{3,10}\.?\s+\d{4}"
_DATE_NUM = r"\d{1,2}[/.]\d{1,2}[/.]\d{4}"
_DATE_ISO = r"\d{4}-\d{2}-\d{2}"
_DATE = rf"(?P<date>{_DATE_WORDS}|{_DATE_NUM}|{_DATE_ISO})"
_TIME = r"(?:\s*(?:à|,|-|–)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}(?:\s*min)?)?"

# (priority, regex, how it is applied): a lower priority number wins.
_DATELINES: tuple[tuple[int, re.Pattern[str], str], ...] = (
    (0, re.compile(rf"(?:^\s*|[|•·,–—(-]\s*)(?:article\s+)?(?:publié|posté|paru|mis en ligne)e?\s*(?:le|:)\s*{_DATE}", re.I), "search"),
    (1, re.compile(rf"\s*date(?: de publication)?\s*:\s*{_DATE}{_TIME}\s*", re.I), "fullmatch"),
    # "Paris, le 11 juin 2024" (press releases), optionally followed by a dash and the lead.
    (2, re.compile(rf"\s*[A-ZÀ-Ý][\w'’ -]{{1,40}},\s+[lL]e\s+{_DATE}{_TIME}\s*(?:$|[-–—.:])"), "match"),
    # A line that is only a date: "Le 11 juin 2024 à 8h00", "13/05/2024".
    (3, re.compile(rf"\s*(?:le\s+)?{_DATE}{_TIME}\s*", re.I), "fullmatch"),
    (4, re.compile(rf"(?:^\s*|[|•·,–—(-]\s*)(?:mis à jour|modifié|actualisé)e?\s*(?:le|:)\s*{_DATE}", re.I), "search"),
)


def _parse_date(expr: str) -> datetime.date | None:
    """A full date (day, month, year) from a dateline, read by the same French date parser as DATE
    entities; reduced-precision results ("mai 2024") are not a publication date."""
    from .normalizers.dates import parse_date  # imports dateparser: only when a dateline candidate exists

    expr = expr.strip()
    iso = parse_date(expr.replace(".", "/") if re.fullmatch(_DATE_NUM, expr) else expr, None)
    return datetime.date.fromisoformat(iso) if iso and len(iso) == 10 else None


def _dateline_date(line: str) -> tuple[int, datetime.date] | None:
    best: tuple[int, datetime.date] | None = None
    for priority, regex, how in _DATELINES:
        m = getattr(regex, how)(line)
        if m:
            parsed = _parse_date(m.group("date"))
            if parsed and (best is None or priority < best[0]):
                best = (priority, parsed)
    return best


def _edge_lines(clean: str) -> list[str]:
    """The first and last non-empty lines: where datelines live (never the body)."""
    lines = [line for _, line in _lines(clean) if line.strip()]
    head = lines[:_HEAD_LINES]
    tail = lines[max(_HEAD_LINES, len(lines) - _TAIL_LINES):]
    return head + tail


def find_published(text: str) -> datetime.date | None:
    """Publication date from a dateline near the top or bottom; None rather than a guess from the body."""
    best: tuple[int, int, datetime.date] | None = None
    for pos, line in enumerate(_edge_lines(_normalise_chars(text))):
        found = _dateline_date(line)
        if found and (best is None or found[0] < best[0]):
            best = (found[0], pos, found[1])
    return best[2] if best else None


# --------------------------------------------------------------------------- title


def find_title(text: str) -> str | None:
    """The first meaningful line when it reads like a headline (not a sentence, not a dateline)."""
    normalised = _normalise_chars(text)
    for pos, (start, line) in enumerate((s, text_line) for s, text_line in _lines(normalised) if text_line.strip()):
        if pos >= 5:
            return None
        if _boilerplate_rule(line) is not None or _dateline_date(line) is not None:
            continue  # skip a leading "Publicité" or "Publié le ..." and look at the next line
        candidate = text[start : start + len(line)].strip()
        heading = re.match(r"#{1,6}\s+", candidate)
        if heading:
            candidate = candidate[heading.end() :].strip()
        candidate = " ".join(candidate.split())  # NBSP, tabs -> single spaces
        if not candidate or len(candidate) >= _MAX_TITLE:
            return None
        if candidate.endswith((".", ":", ",", ";")) and not candidate.endswith(("...", "…")):
            return None
        return candidate
    return None


# --------------------------------------------------------------------------- entry points


def parse_text(
    text: str,
    source: str | None = None,
    published: datetime.date | str | None = None,
    title: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """Build an Article from already-decoded text; explicit ``published``/``title`` win over detection.
    ``published`` may be a date or an ISO string ("2025-02-10"), as the CLI's --published."""
    if isinstance(published, str):
        try:
            published = datetime.date.fromisoformat(published.strip())
        except ValueError:
            raise ValueError(f"published: expected a date YYYY-MM-DD, got {published!r}") from None
    return Article(
        source=source,
        text=text,
        clean_text=make_clean_text(text),
        title=title if title is not None else find_title(text),
        published=published if published is not None else find_published(text),
        warnings=tuple(warnings),
    )


def _is_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = sum(1 for b in sample if (b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D)) or b == 0x7F)
    return controls / max(len(sample), 1) > _BINARY_CONTROL_SHARE


def decode(data: bytes, source: str | None = None) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (BOM stripped), else cp1252, else latin-1: French files from Windows tools are often cp1252."""
    if _is_binary(data):
        raise ReadError(source, "binary file")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ("decoded as cp1252",)
    except UnicodeDecodeError:
        return data.decode("latin-1"), ("decoded as latin-1",)


def _sniff_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<!doctype html") or b"<html" in head


def _from_html(html: str, source: str | None, warnings: tuple[str, ...]) -> Article:
    import trafilatura  # heavy import, only for HTML input

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Only dates the page states as its own (meta tags, bylines), no extensive guessing.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        raise ReadError(source, "no article text found in HTML")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text") or ""
    # trafilatura's fallback may return only a menu ("Accueil"): that is no article either.
    if not make_clean_text(text).strip():
        raise ReadError(source, "no article text found in HTML")
    published = None
    if meta.get("date"):
        try:
            published = datetime.date.fromisoformat(str(meta["date"])[:10])
        except ValueError:
            published = None
    title = meta.get("title") or None
    return parse_text(text, source=source, published=published, title=title, warnings=warnings)


def read_bytes(data: bytes, source: str | None = None, html: bool | None = None) -> Article:
    """Decode raw bytes (file content, stdin) into an Article; ``html=None`` sniffs the markup."""
    text, warnings = decode(data, source)
    if not text.strip():
        raise ReadError(source, "empty file")
    if html is None:
        html = _sniff_html(data)
    if html:
        return _from_html(text, source, warnings)
    return parse_text(text, source=source, warnings=warnings)


def read_path(path: str | Path, max_bytes: int = 5_000_000) -> Article:
    """Read one article file; every failure is a ReadError with a one-line ``<path>: <reason>``."""
    source = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError(source, "is a directory")
        size = p.stat().st_size
        if size > max_bytes:
            raise ReadError(source, f"file too large ({size} bytes > {max_bytes})")
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(source, "no such file") from None
    except IsADirectoryError:
        raise ReadError(source, "is a directory") from None
    except PermissionError:
        raise ReadError(source, "permission denied") from None
    except OSError as exc:
        raise ReadError(source, (exc.strerror or str(exc)).lower()) from None
    if len(data) > max_bytes:  # grew between stat and read
        raise ReadError(source, f"file too large ({len(data)} bytes > {max_bytes})")
    html = True if p.suffix.lower() in (".html", ".htm") else None
    return read_bytes(data, source=source, html=html)
