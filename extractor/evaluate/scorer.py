"""Scoring: entities, normalised values and pledge records against the gold corpus.

Pure functions over plain dicts (gold.jsonl rows, ``Entity``/``Pledge`` dumps); no spaCy here.

Matching rules
--------------
Entities (scored labels ORG, PER, LOC, MONEY, DATE, DURATION; MISC is neither annotated nor
scored, predicted MISC spans are ignored):

- **strict**: a predicted span matches a gold span when start, end and label are all equal.
- **partial**: a predicted span matches a gold span when the label is equal and the character
  ranges overlap. Among all overlapping same-label pairs, the pair with the largest overlap is
  taken first (ties: earlier gold span, then earlier predicted span), and so on greedily.
- Both modes are one-to-one: each gold span and each predicted span is used at most once, so a
  duplicated prediction counts as a false positive. Precision = TP / predicted, recall = TP / gold,
  F1 their harmonic mean (0 when both are 0); counts are summed over articles before dividing.

Normalisation accuracy is measured on strictly matched spans only:
MONEY correct when the value is within 0.5 % of the gold value and the currency is equal;
DATE when the ISO value is equal; DURATION when the number of years is within 0.01.

Records (pledges): a predicted record can match a gold record of the same article when
- the currency is equal, and
- the amount is within 0.5 % of the gold amount, or the gold record is a range and the predicted
  amount lies inside [amount_min, amount_max] (0.5 % tolerance at the bounds), and
- the investors match: both null, or equal after ``extractor.canonical.canonical_name`` on both
  sides, compared case- and accent-insensitively.
Matching is one-to-one with the most matches possible (augmenting paths; candidates tried in order
of amount closeness), so each gold record is matched at most once and duplicated predictions are
false positives. On matched records, field accuracy is computed for
recipient (same name comparison as investor), target (normalised token sets with Jaccard >= 0.5, or
one set contained in the other), location (same name comparison), date (equal ISO string) and
duration_years (within 0.01). A field that is null on both sides counts as correct.

Typed errors: ``FP`` (predicted record not matched), ``FN`` (gold record not matched),
``wrong_field`` (matched record, one field wrong; with gold and predicted values) and
``wrong_value`` (strictly matched entity with a wrong normalised value); each carries the
article id and the evidence sentence.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence

SCORED_LABELS = ("ORG", "PER", "LOC", "MONEY", "DATE", "DURATION")
NORMALISED_LABELS = ("MONEY", "DATE", "DURATION")
RECORD_FIELDS = ("recipient", "target", "location", "date", "duration_years")
AMOUNT_TOLERANCE = 0.005
YEARS_TOLERANCE = 0.01
TARGET_JACCARD = 0.5
# Function words dropped before comparing targets: "un data center" ~ "data center".
_TARGET_STOPWORDS = frozenset(
    "a au aux d de des du en et l la le les pour sur un une".split()
)


@dataclass
class Counts:
    """True positives, false positives, false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


def _accuracy(correct: int, total: int) -> dict:
    return {"correct": correct, "total": total, "accuracy": round(correct / total, 4) if total else None}


# -- names and values -------------------------------------------------------------------------

def _canonical_fn() -> Callable[[str], Optional[str]]:
    try:
        from extractor.canonical import canonical_name
    except ImportError:  # the gazetteer module may not exist yet: compare names as written
        return lambda name: name
    return canonical_name


def fold(text: str) -> str:
    """Lower case, no accents, hyphens/apostrophes as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[-'’‐–]", " ", text)
    return " ".join(text.split())


def same_name(gold: Optional[str], pred: Optional[str]) -> bool:
    """Names equal after canonicalisation, case- and accent-insensitively; None matches None."""
    if gold is None or pred is None:
        return gold is None and pred is None
    canon = _canonical_fn()
    return fold(canon(gold) or gold) == fold(canon(pred) or pred)


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"\w+", fold(text)) if t not in _TARGET_STOPWORDS}


def same_target(gold: Optional[str], pred: Optional[str]) -> bool:
    """Token sets overlap with Jaccard >= 0.5, or one contains the other; None matches None."""
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = _tokens(gold), _tokens(pred)
    if not g or not p:
        return fold(gold) == fold(pred)
    return len(g & p) / len(g | p) >= TARGET_JACCARD or g <= p or p <= g


def close_amount(gold: Optional[float], pred: Optional[float], tol: float = AMOUNT_TOLERANCE) -> bool:
    if gold is None or pred is None:
        return False
    return abs(pred - gold) <= tol * abs(gold)


def same_years(gold: Optional[float], pred: Optional[float]) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return abs(gold - pred) <= YEARS_TOLERANCE


def field_equal(field: str, gold: object, pred: object) -> bool:
    if field in ("recipient", "location", "investor"):
        return same_name(gold, pred)  # type: ignore[arg-type]
    if field == "target":
        return same_target(gold, pred)  # type: ignore[arg-type]
    if field == "duration_years":
        return same_years(gold, pred)  # type: ignore[arg-type]
    return gold == pred


# -- entities ---------------------------------------------------------------------------------

def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match_spans(gold: Sequence[dict], pred: Sequence[dict], mode: str = "strict") -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs under the strict or partial rule."""
    if mode not in ("strict", "partial"):
        raise ValueError(f"mode must be 'strict' or 'partial', not {mode!r}")
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["label"] != p["label"]:
                continue
            if mode == "strict":
                if g["start"] == p["start"] and g["end"] == p["end"]:
                    candidates.append((0, gi, pi))
            else:
                ov = _overlap(g, p)
                if ov > 0:
                    candidates.append((-ov, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def score_entities(
    gold_docs: Iterable[Sequence[dict]],
    pred_docs: Iterable[Sequence[dict]],
    mode: str = "strict",
    labels: Sequence[str] = SCORED_LABELS,
) -> dict:
    """P/R/F1 per label and overall (micro), summed over articles; other labels are ignored."""
    per = {label: Counts() for label in labels}
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        gold = [e for e in gold if e["label"] in per]
        pred = [e for e in pred if e["label"] in per]
        pairs = match_spans(gold, pred, mode)
        for label in labels:
            tp = sum(1 for gi, _ in pairs if gold[gi]["label"] == label)
            n_gold = sum(1 for e in gold if e["label"] == label)
            n_pred = sum(1 for e in pred if e["label"] == label)
            per[label].add(Counts(tp, n_pred - tp, n_gold - tp))
    overall = Counts()
    for c in per.values():
        overall.add(c)
    return {"per_label": {k: v.to_dict() for k, v in per.items()}, "overall": overall.to_dict()}


def value_correct(gold: dict, pred: dict) -> bool:
    """Normalised value of a strictly matched entity is right (rules in the module docstring)."""
    label = gold["label"]
    if label == "MONEY":
        return close_amount(gold.get("value"), _as_float(pred.get("value"))) and gold.get("currency") == pred.get("currency")
    if label == "DATE":
        return gold.get("value") == pred.get("value")
    if label == "DURATION":
        value = _as_float(pred.get("value"))
        return value is not None and same_years(gold.get("value"), value)
    return True


def _as_float(value: object) -> Optional[float]:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def score_normalisation(
    gold_docs: Sequence[Sequence[dict]],
    pred_docs: Sequence[Sequence[dict]],
    ids: Optional[Sequence[str]] = None,
    texts: Optional[Sequence[str]] = None,
) -> tuple[dict, list[dict]]:
    """Accuracy of MONEY/DATE/DURATION values on strict matches, and the ``wrong_value`` errors."""
    from extractor.evaluate.gold import sentence_bounds

    counts = {label: [0, 0] for label in NORMALISED_LABELS}
    errors = []
    for k, (gold, pred) in enumerate(zip(gold_docs, pred_docs, strict=True)):
        gold = [e for e in gold if e["label"] in counts]
        pred = [e for e in pred if e["label"] in counts]
        for gi, pi in match_spans(gold, pred, "strict"):
            g, p = gold[gi], pred[pi]
            ok = value_correct(g, p)
            counts[g["label"]][0] += ok
            counts[g["label"]][1] += 1
            if not ok:
                sentence = None
                if texts is not None:
                    s, e = sentence_bounds(texts[k], g["start"], g["end"])
                    sentence = texts[k][s:e]
                errors.append({
                    "type": "wrong_value", "id": ids[k] if ids else None, "sentence": sentence,
                    "field": g["label"], "span": g["text"],
                    "gold": [g.get("value"), g.get("currency")] if g["label"] == "MONEY" else g.get("value"),
                    "predicted": [p.get("value"), p.get("currency")] if g["label"] == "MONEY" else p.get("value"),
                })
    return {label: _accuracy(*c) for label, c in counts.items()}, errors


# -- records ----------------------------------------------------------------------------------

def record_matches(gold: dict, pred: dict) -> bool:
    """Currency, amount (or inside the gold range) and investor agree."""
    if gold.get("currency") != pred.get("currency"):
        return False
    amount = _as_float(pred.get("amount"))
    if amount is None:
        return False
    ok = close_amount(gold.get("amount"), amount)
    lo, hi = gold.get("amount_min"), gold.get("amount_max")
    if not ok and lo is not None and hi is not None:
        ok = lo * (1 - AMOUNT_TOLERANCE) <= amount <= hi * (1 + AMOUNT_TOLERANCE)
    return ok and same_name(gold.get("investor"), pred.get("investor"))


def match_records(gold: Sequence[dict], pred: Sequence[dict]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of gold and predicted records (augmenting paths)."""
    options: list[list[int]] = []
    for p in pred:
        amount = _as_float(p.get("amount")) or 0.0
        cands = [gi for gi, g in enumerate(gold) if record_matches(g, p)]
        cands.sort(key=lambda gi: (abs(amount - gold[gi]["amount"]) / max(abs(gold[gi]["amount"]), 1e-9), gi))
        options.append(cands)
    owner: dict[int, int] = {}  # gold index -> predicted index

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in options[pi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or augment(owner[gi], seen):
                owner[gi] = pi
                return True
        return False

    for pi in range(len(pred)):
        augment(pi, set())
    return sorted(owner.items())


def score_records(
    gold_docs: Sequence[Sequence[dict]],
    pred_docs: Sequence[Sequence[dict]],
    ids: Optional[Sequence[str]] = None,
) -> dict:
    """Record P/R/F1, per-field accuracy on matched records, and typed errors."""
    counts = Counts()
    fields = {f: [0, 0] for f in RECORD_FIELDS}
    errors: list[dict] = []
    for k, (gold, pred) in enumerate(zip(gold_docs, pred_docs, strict=True)):
        doc_id = ids[k] if ids else None
        pairs = match_records(gold, pred)
        counts.add(Counts(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)))
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            for f in RECORD_FIELDS:
                ok = field_equal(f, g.get(f), p.get(f))
                fields[f][0] += ok
                fields[f][1] += 1
                if not ok:
                    errors.append({
                        "type": "wrong_field", "id": doc_id, "sentence": g.get("sentence"),
                        "amount_text": g.get("amount_text"), "field": f, "gold": g.get(f), "predicted": p.get(f),
                    })
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                errors.append(_record_error("FN", doc_id, g))
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                errors.append(_record_error("FP", doc_id, p))
    return {
        "records": counts.to_dict(),
        "fields": {f: _accuracy(*c) for f, c in fields.items()},
        "errors": errors,
    }


def _record_error(kind: str, doc_id: Optional[str], rec: dict) -> dict:
    return {
        "type": kind, "id": doc_id, "sentence": rec.get("sentence"), "amount_text": rec.get("amount_text"),
        "record": {k: rec.get(k) for k in ("investor", "amount", "currency", "amount_min", "amount_max") + RECORD_FIELDS},
    }
