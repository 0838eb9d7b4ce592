"""Score short annotated passages (``corpus/challenge/*.jsonl``) with the corpus's record matching.

A challenge set holds one French passage per line, each with the pledges a careful annotator reads in it:
``{"id", "text", "pledges": [{"investor", "recipient", "amount", "currency", "amount_text"}], "construction"}``.
Passages isolate one construction each, so a failure points at grammar rather than at an article's context.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional, Sequence

from .scorer import Counts, match_records

# Passages carry no dateline; relative dates resolve against a fixed day so scores do not drift.
REFERENCE_DATE = date(2025, 3, 10)


def score_passages(rows: Sequence[dict], extractor) -> tuple[Counts, list[dict]]:
    """Record counts over all passages, and the passages whose records differ from the gold."""
    counts = Counts()
    wrong = []
    for row in rows:
        predicted = [p.model_dump() for p in extractor.extract(row["text"], published=REFERENCE_DATE).pledges]
        matched = match_records(row["pledges"], predicted)
        counts.add(Counts(tp=len(matched), fp=len(predicted) - len(matched), fn=len(row["pledges"]) - len(matched)))
        if len(matched) != len(row["pledges"]) or len(matched) != len(predicted):
            wrong.append({"id": row["id"], "construction": row.get("construction"), "gold": row["pledges"], "predicted": predicted})
    return counts, wrong


def main(argv: Optional[list[str]] = None) -> int:
    """``python -m extractor.evaluate.passages corpus/challenge/set3.jsonl [--errors]``"""
    from ..api import Extractor

    args = sys.argv[1:] if argv is None else argv
    paths = [a for a in args if not a.startswith("--")]
    extractor = Extractor()
    for path in paths:
        rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
        counts, wrong = score_passages(rows, extractor)
        print(f"{path}: {len(rows)} passages, P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f}, "
              f"{len(wrong)} passages wrong")
        if "--errors" in args:
            for w in wrong:
                gold = [(g["investor"], g["amount_text"]) for g in w["gold"]]
                pred = [(p["investor"], p["amount"]) for p in w["predicted"]]
                print(f"  {w['id']} ({w['construction']}): gold {gold} / predicted {pred}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
