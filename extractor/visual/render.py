"""The article page: displaCy entity highlighting, then the pledge table linked to its evidence.

Built from an ``ArticleResult`` and the article text its offsets index (``Article.text``), not from a
``Doc``, so that a result read back from JSON, the API or the web service renders exactly like a
fresh one. Evidence sentences are wrapped in ``<span id="sentence-N">`` inside the displaCy markup;
each table row links to its sentence (``#sentence-N``) and each sentence links back to its rows.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional, Sequence

from spacy import displacy

from extractor.records import ENTITY_LABELS, ArticleResult, Entity, Pledge

NBSP = "\u00a0"

# One colour per label, far enough apart to tell at a glance (ORG/PER/LOC keep displaCy's hues).
LABEL_COLORS: dict[str, str] = {
    "ORG": "#7aecec",
    "PER": "#c5b8ff",
    "LOC": "#ffb07c",
    "MISC": "#d9d9d9",
    "MONEY": "#8fe08f",
    "DATE": "#f7e07b",
    "DURATION": "#f5a8c8",
}

# Symbols written after the number in French ("20 Md€", "500 Md$"); other currencies keep their code.
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
_MAGNITUDES = ((1e12, "Bn"), (1e9, "Md"), (1e6, "M"), (1e3, "k"))
_FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)

# Private-use characters that mark sentence edges while displaCy escapes and lays out the text;
# they survive its escaping untouched and are swapped for tags afterwards.
_OPEN, _CLOSE = "\ue000", "\ue001"

# displaCy's own entity look, plus a class per label and the normalised value as a tooltip.
ENT_TEMPLATE = (
    '<mark class="entity ent-{label}" data-label="{label}" title="{tip}" style="background: {bg}; '
    'padding: 0.3em 0.5em; margin: 0 0.2em; line-height: 1; border-radius: 0.35em;">'
    '{text}<span class="ent-label">{label}{kb_link}</span></mark>'
)

PAGE_CSS = """
body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif;
       margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 4rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; }
.meta { color: #666; margin: 0 0 1rem; font-size: .9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 1rem; padding: 0; list-style: none; }
.legend li { padding: .15rem .55rem; border-radius: .35rem; font-size: .8rem; font-weight: 600; }
.article { border: 1px solid #e3e3e3; border-radius: .5rem; padding: .6rem 1.2rem; font-size: 1rem; }
.article .entities { line-height: 2.4 !important; }
.ent-label { font-size: .65em; font-weight: 700; margin-left: .4rem; vertical-align: middle; opacity: .8; }
.evidence { border-bottom: 2px solid #f0b429; border-radius: .2rem; }
.evidence:target { background: #fff1b8; outline: 2px solid #f0b429; }
.evidence-ref { font-size: .7em; vertical-align: super; text-decoration: none; margin-left: .15em;
                background: #f0b429; color: #000; border-radius: .6em; padding: 0 .35em; }
table.pledges { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.pledges th, table.pledges td { border-bottom: 1px solid #e3e3e3; padding: .35rem .5rem; text-align: left;
                                     vertical-align: top; }
table.pledges th { background: #f6f6f6; }
table.pledges tr:target { background: #fff1b8; }
td.amount { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.amount .short { color: #666; font-size: .85em; margin-left: .3rem; }
.none { color: #aaa; }
.empty { color: #666; font-style: italic; }
"""

PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
{body}
</body>
</html>
"""


# -- French formatting --------------------------------------------------------------------------

def _group_thousands(value: float) -> str:
    """20000000000 -> '20 000 000 000', 1234.5 -> '1 234,50' (no-break spaces, decimal comma)."""
    rounded = round(value, 2)
    if rounded == int(rounded):
        text = f"{int(rounded):,}"
    else:
        text = f"{rounded:,.2f}"
    return text.replace(",", NBSP).replace(".", ",")


def _currency_suffix(currency: Optional[str]) -> str:
    return CURRENCY_SYMBOLS.get(currency or "", currency or "")


def format_amount_fr(value: float, currency: Optional[str]) -> str:
    """Full figure the French way: ``20 000 000 000 €`` (no-break spaces, symbol after the number)."""
    suffix = _currency_suffix(currency)
    return f"{_group_thousands(value)}{NBSP}{suffix}" if suffix else _group_thousands(value)


def format_amount_short(value: float, currency: Optional[str]) -> str:
    """Magnitude form used in French headlines: ``20 Md€``, ``1,5 Md€``, ``400 M€``, ``10 M CHF``."""
    symbol = CURRENCY_SYMBOLS.get(currency or "")
    unit = symbol if symbol else (NBSP + currency if currency else "")
    for size, word in _MAGNITUDES:
        if abs(value) >= size:
            number = f"{value / size:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{number}{NBSP}{word}{unit}"
    return format_amount_fr(value, currency)


def format_date_fr(value: Optional[str]) -> Optional[str]:
    """ISO date at the precision stated: '2025-02-09' -> '9 février 2025', '2025-02' -> 'février 2025'."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = date.fromisoformat(value)
            return f"{'1er' if d.day == 1 else d.day} {_FRENCH_MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{_FRENCH_MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
    except (ValueError, IndexError):
        return value
    return value


def format_years_fr(years: Optional[float]) -> Optional[str]:
    """1 -> '1 an', 1.5 -> '1,5 an', 5 -> '5 ans' (French plural from 2)."""
    if years is None:
        return None
    number = f"{years:g}".replace(".", ",")
    return f"{number}{NBSP}{'an' if abs(years) < 2 else 'ans'}"


def _entity_tip(entity: Entity) -> str:
    """The normalised value shown on hover: what the pipeline understood, not just what it saw."""
    if entity.label == "MONEY" and isinstance(entity.value, (int, float)):
        return format_amount_fr(float(entity.value), entity.currency) + (f" ({entity.currency})" if entity.currency else "")
    if entity.label == "DATE" and isinstance(entity.value, str):
        return f"{format_date_fr(entity.value)} ({entity.value})"
    if entity.label == "DURATION" and isinstance(entity.value, (int, float)):
        return format_years_fr(float(entity.value)) or ""
    return entity.label


# -- evidence sentences -------------------------------------------------------------------------

@dataclass
class _Sentence:
    start: int
    end: int
    pledges: list[int] = field(default_factory=list)  # 1-based row numbers


def _evidence_sentences(text: str, pledges: Sequence[Pledge], entities: Sequence[Entity]) -> tuple[list[_Sentence], list[int]]:
    """Non-overlapping sentence ranges to wrap, and for each pledge the index of its range.

    Ranges are trimmed of surrounding blanks, widened so that no entity is cut in two (the
    wrapper must nest cleanly around displaCy's marks) and merged when they overlap.
    """
    ranges = []
    for n, p in enumerate(pledges, start=1):
        s, e = max(0, min(p.start, len(text))), max(0, min(p.end, len(text)))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        for ent in entities:
            if ent.start < s < ent.end:
                s = ent.start
            if ent.start < e < ent.end:
                e = ent.end
        ranges.append((s, e, n))
    merged: list[_Sentence] = []
    for s, e, n in sorted(ranges):
        if merged and s < merged[-1].end:
            merged[-1].end = max(merged[-1].end, e)
            merged[-1].pledges.append(n)
        else:
            merged.append(_Sentence(s, e, [n]))
    index_of = {}
    for k, sent in enumerate(merged):
        for n in sent.pledges:
            index_of[n] = k
    return merged, [index_of[n] for n in range(1, len(pledges) + 1)]


def _insert_marks(text: str, sentences: Sequence[_Sentence], spans: list[dict]) -> tuple[str, list[dict]]:
    """Text with sentence-edge sentinels, and entity offsets shifted to match.

    At one position a closing edge comes before an opening one; an entity starting at an edge
    goes inside the sentence, an entity ending at an edge too.
    """
    edges = sorted(
        [(s.end, 0) for s in sentences] + [(s.start, 1) for s in sentences]
    )
    chars, last = [], 0
    for pos, kind in edges:
        chars.append(text[last:pos])
        chars.append(_OPEN if kind else _CLOSE)
        last = pos
    chars.append(text[last:])
    positions = [pos for pos, _ in edges]

    def shift_start(p: int) -> int:
        return p + sum(1 for q in positions if q <= p)

    def shift_end(p: int) -> int:
        return p + sum(1 for q in positions if q < p)

    moved = [{**sp, "start": shift_start(sp["start"]), "end": shift_end(sp["end"])} for sp in spans]
    return "".join(chars), moved


def _sentence_id(k: int) -> str:
    return f"sentence-{k + 1}"


def _pledge_id(n: int) -> str:
    return f"pledge-{n}"


def render_article(text: str, result: ArticleResult) -> tuple[str, list[str]]:
    """displaCy markup of the article with evidence sentences wrapped; and the sentence id of each pledge."""
    text = text.replace(_OPEN, "\ufffd").replace(_CLOSE, "\ufffd")  # same length: offsets hold
    entities = sorted(
        (e for e in result.entities if 0 <= e.start < e.end <= len(text)), key=lambda e: (e.start, -e.end)
    )
    kept, last_end = [], -1
    for e in entities:  # displaCy needs sorted, non-overlapping spans
        if e.start >= last_end:
            kept.append(e)
            last_end = e.end
    sentences, owners = _evidence_sentences(text, result.pledges, kept)
    spans = [
        {"start": e.start, "end": e.end, "label": e.label, "params": {"tip": html.escape(_entity_tip(e))}}
        for e in kept
    ]
    marked, spans = _insert_marks(text, sentences, spans)
    markup = displacy.render(
        {"text": marked, "ents": spans, "title": None},
        style="ent",
        manual=True,
        page=False,
        jupyter=False,
        options={"colors": LABEL_COLORS, "template": ENT_TEMPLATE},
    )
    tags = []
    for k, sent in enumerate(sentences):
        refs = "".join(
            f'<a class="evidence-ref" href="#{_pledge_id(n)}" title="engagement {n}">{n}</a>' for n in sent.pledges
        )
        tags.append((f'<span class="evidence" id="{_sentence_id(k)}">', f"</span>{refs}"))
    opens = iter(t[0] for t in tags)
    closes = iter(t[1] for t in tags)
    markup = re.sub(f"[{_OPEN}{_CLOSE}]", lambda m: next(opens) if m.group() == _OPEN else next(closes), markup)
    return markup, [_sentence_id(k) for k in owners]


# -- pledge table -------------------------------------------------------------------------------

PLEDGE_HEADERS = ("#", "Investisseur", "Bénéficiaire", "Montant", "Devise", "Cible", "Lieu", "Date", "Durée", "Preuve")


def _cell(value: Optional[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    if value is None or value == "":
        return f'<td{attr}><span class="none">–</span></td>'
    return f"<td{attr}>{html.escape(value)}</td>"


def _amount_cell(p: Pledge) -> str:
    if p.amount_min is not None and p.amount_max is not None:
        full = f"{format_amount_fr(p.amount_min, p.currency)} – {format_amount_fr(p.amount_max, p.currency)}"
        short = f"{format_amount_short(p.amount_min, p.currency)} – {format_amount_short(p.amount_max, p.currency)}"
    else:
        full, short = format_amount_fr(p.amount, p.currency), format_amount_short(p.amount, p.currency)
    extra = f'<span class="short">({html.escape(short)})</span>' if short != full else ""
    return f'<td class="amount" title="{html.escape(p.amount_text)}">{html.escape(full)}{extra}</td>'


def render_pledge_table(pledges: Sequence[Pledge], sentence_ids: Sequence[str]) -> str:
    """One row per pledge; the row number and the evidence link jump to the highlighted sentence."""
    if not pledges:
        return '<p class="empty">Aucun engagement financier trouvé dans ce texte.</p>'
    head = "".join(f"<th>{h}</th>" for h in PLEDGE_HEADERS)
    rows = []
    for n, (p, sid) in enumerate(zip(pledges, sentence_ids), start=1):
        date_cell = (
            f'<td><time datetime="{html.escape(p.date)}">{html.escape(format_date_fr(p.date) or p.date)}</time></td>'
            if p.date else _cell(None)
        )
        rows.append(
            f'<tr id="{_pledge_id(n)}" class="pledge">'
            f'<td><a href="#{sid}">{n}</a></td>'
            + _cell(p.investor, "investor")
            + _cell(p.recipient, "recipient")
            + _amount_cell(p)
            + _cell(p.currency, "currency")
            + _cell(p.target, "target")
            + _cell(p.location, "location")
            + date_cell
            + _cell(format_years_fr(p.duration_years), "duration")
            + f'<td><a class="evidence-link" href="#{sid}" title="{html.escape(p.sentence)}">phrase</a></td>'
            + "</tr>"
        )
    return f'<table class="pledges"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def render_legend(labels: Sequence[str] = ENTITY_LABELS) -> str:
    items = "".join(
        f'<li class="legend-{label}" style="background: {LABEL_COLORS[label]}">{label}</li>' for label in labels
    )
    return f'<ul class="legend">{items}</ul>'


def render_fragment(text: str, result: ArticleResult) -> str:
    """The body of the page without <html>: legend, highlighted article, pledge table.

    The web service inserts this into its page; ``render_page`` wraps it into a document.
    """
    article, sentence_ids = render_article(text, result)
    return (
        '<section class="extraction">'
        + render_legend()
        + f'<div class="article">{article}</div>'
        + f"<h2>Engagements ({len(result.pledges)})</h2>"
        + render_pledge_table(result.pledges, sentence_ids)
        + "</section>"
    )


def render_page(text: str, result: ArticleResult) -> str:
    """A self-contained HTML page (inline CSS, no network) for one article."""
    title = result.title or result.source or "Article"
    meta = []
    if result.source:
        meta.append(html.escape(result.source))
    if result.published:
        meta.append(f"publié le {html.escape(format_date_fr(result.published.isoformat()) or '')}")
    meta.append(f"{len(result.pledges)} engagement(s), {len(result.entities)} entités")
    body = (
        f"<header><h1>{html.escape(title)}</h1><p class=\"meta\">{' · '.join(meta)}</p></header>"
        + render_fragment(text, result)
    )
    return PAGE_TEMPLATE.format(title=html.escape(title), css=PAGE_CSS, body=body)
