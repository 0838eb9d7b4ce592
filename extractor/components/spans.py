"""Helpers shared by the entity components."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "fr_pledge"


def default_data_dir(component: str) -> Path:
    """Where a component's rule data lives in the repository (``models/fr_pledge/<component>``)."""
    return MODEL_DIR / component


def read_jsonl(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip() and not line.lstrip().startswith("//")]


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def set_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Put ``spans`` into ``doc.ents``; they win over any overlapping entity already there.

    Among the new spans, the longest wins when two overlap (spaCy's ``filter_spans``).
    """
    new = filter_spans(list(spans))
    taken = set()
    for span in new:
        taken.update(range(span.start, span.end))
    kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
    doc.ents = sorted(kept + new, key=lambda s: s.start)


def line_break_before(doc: Doc, i: int) -> bool:
    """Does a line break separate token i from the token before it (a new paragraph, line or title)?"""
    return i > 0 and ("\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_)


def phrase_doc(nlp, text: str) -> Doc:
    """Tokenise a lexicon phrase as it is tokenised inside a sentence. Alone, a phrase ending on an
    elided word splits it ("auprès d'" -> 'auprès', 'd', "'"), where a sentence keeps "d'" whole
    ("auprès d'Asterion"): tokenise it with a word after it, then drop that word."""
    if not text.endswith(("'", "’")):
        return nlp.make_doc(text)
    return nlp.make_doc(text + "x")[:-1].as_doc()
