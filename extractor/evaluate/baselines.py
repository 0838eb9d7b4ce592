"""Baselines the report sets our figures against, so a score means something.

(a) the bare ``fr_core_news_md`` (default pipeline, no rules of ours) on ORG, PER, LOC;
(b) a naive record builder: one record per MONEY entity our pipeline finds, investor = the first
    ORG/LOC/PER of the same sentence. Our linker has to beat "nearest name" to be worth its rules.
"""
from __future__ import annotations

from typing import Optional, Sequence

from extractor.evaluate.gold import sentence_bounds

BASE_MODEL = "fr_core_news_md"
NAME_LABELS = ("ORG", "PER", "LOC")


def spacy_entities(texts: Sequence[str], nlp=None, batch_size: int = 16) -> list[list[dict]]:
    """Entities of the bare base model (ORG/PER/LOC only; MISC dropped), as scorer dicts."""
    if nlp is None:
        import spacy

        nlp = spacy.load(BASE_MODEL)
    out = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        out.append([
            {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char}
            for e in doc.ents
            if e.label_ in NAME_LABELS
        ])
    return out


def naive_records(text: str, entities: Sequence[dict]) -> list[dict]:
    """One record per valued MONEY entity; investor = first ORG/LOC/PER in its sentence (regex sentences)."""
    ents = sorted(entities, key=lambda e: e["start"])
    records = []
    for money in ents:
        if money["label"] != "MONEY" or money.get("value") is None or not money.get("currency"):
            continue
        s, e = sentence_bounds(text, money["start"], money["end"])
        investor: Optional[str] = next(
            (x["text"] for x in ents if x["label"] in NAME_LABELS and s <= x["start"] and x["end"] <= e), None
        )
        records.append({
            "investor": investor, "recipient": None, "amount": float(money["value"]),
            "currency": money["currency"], "amount_min": None, "amount_max": None,
            "amount_text": money["text"], "target": None, "location": None, "date": None,
            "duration_years": None, "sentence": text[s:e], "start": s, "end": e,
        })
    return records
