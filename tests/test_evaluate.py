"""The scorer on hand-made cases (expected figures computed by hand), baselines and the report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from extractor.evaluate.baselines import naive_records, spacy_entities
from extractor.evaluate.commands import evaluate_command, gold_app
from extractor.evaluate.gold import build_gold
from extractor.evaluate.report import evaluate, render_text
from extractor.evaluate.scorer import (
    match_records,
    match_spans,
    record_matches,
    same_target,
    score_entities,
    score_normalisation,
    score_records,
)
from extractor.records import ArticleResult


def ent(label: str, start: int, end: int, value=None, currency=None, text: str = "x") -> dict:
    return {"text": text, "label": label, "start": start, "end": end, "value": value, "currency": currency}


def rec(amount: float, currency: str = "EUR", investor=None, **fields) -> dict:
    row = {"investor": investor, "amount": amount, "currency": currency, "amount_min": None, "amount_max": None,
           "amount_text": "x", "sentence": "phrase", "recipient": None, "target": None, "location": None,
           "date": None, "duration_years": None}
    row.update(fields)
    return row


# -- entities ---------------------------------------------------------------------------------

GOLD_ENTS = [ent("ORG", 0, 10), ent("MONEY", 20, 40), ent("LOC", 50, 57)]
PRED_ENTS = [
    ent("ORG", 0, 10),    # strict TP
    ent("ORG", 0, 10),    # duplicate: FP in both modes
    ent("MONEY", 17, 40), # overlaps the gold MONEY: partial TP, strict FP + FN
    ent("LOC", 60, 65),   # no overlap: FP, gold LOC stays FN
    ent("PER", 70, 75),   # FP
    ent("MISC", 0, 10),   # not scored
]


@pytest.mark.parametrize(
    "mode, label, expected",
    [
        # ORG: tp 1, fp 1 (duplicate), fn 0 -> P 1/2, R 1, F1 2*.5*1/1.5 = .6667
        ("strict", "ORG", (1, 1, 0, 0.5, 1.0, 0.6667)),
        ("strict", "MONEY", (0, 1, 1, 0.0, 0.0, 0.0)),
        ("partial", "MONEY", (1, 0, 0, 1.0, 1.0, 1.0)),
        ("partial", "LOC", (0, 1, 1, 0.0, 0.0, 0.0)),
        ("strict", "PER", (0, 1, 0, 0.0, 0.0, 0.0)),
        # strict overall: tp 1, fp 4, fn 2 -> P 1/5 = .2, R 1/3, F1 2*.2*.3333/.5333 = .25
        ("strict", "overall", (1, 4, 2, 0.2, 0.3333, 0.25)),
        # partial overall: tp 2, fp 3, fn 1 -> P 2/5 = .4, R 2/3, F1 2*.4*.6667/1.0667 = .5
        ("partial", "overall", (2, 3, 1, 0.4, 0.6667, 0.5)),
    ],
)
def test_entity_scores(mode, label, expected):
    scores = score_entities([GOLD_ENTS], [PRED_ENTS], mode)
    c = scores["overall"] if label == "overall" else scores["per_label"][label]
    assert (c["tp"], c["fp"], c["fn"], c["precision"], c["recall"], c["f1"]) == expected


@pytest.mark.parametrize(
    "gold, pred, pairs",
    [
        # largest overlap first: pred 1 / gold 1 overlap 8, then pred 0 / gold 0 overlap 5
        ([ent("ORG", 0, 10), ent("ORG", 12, 20)], [ent("ORG", 5, 15), ent("ORG", 8, 20)], [(0, 0), (1, 1)]),
        # tie (overlap 2 with both): the earlier gold span wins, the other gold stays unmatched
        ([ent("ORG", 0, 4), ent("ORG", 6, 10)], [ent("ORG", 2, 8)], [(0, 0)]),
        # overlap with a different label is no match
        ([ent("ORG", 0, 4)], [ent("LOC", 0, 4)], []),
        # touching spans do not overlap
        ([ent("ORG", 0, 4)], [ent("ORG", 4, 8)], []),
    ],
)
def test_partial_matching_is_greedy_by_overlap(gold, pred, pairs):
    assert match_spans(gold, pred, "partial") == pairs


def test_strict_needs_exact_boundaries():
    assert match_spans([ent("ORG", 0, 10)], [ent("ORG", 0, 9)], "strict") == []
    assert match_spans([ent("ORG", 0, 10)], [ent("ORG", 0, 10), ent("ORG", 0, 10)], "strict") == [(0, 0)]


@pytest.mark.parametrize(
    "gold, pred, correct",
    [
        (ent("MONEY", 0, 5, 2e10, "EUR"), ent("MONEY", 0, 5, 2.009e10, "EUR"), True),   # 0.45 %
        (ent("MONEY", 0, 5, 2e10, "EUR"), ent("MONEY", 0, 5, 2.05e10, "EUR"), False),   # 2.5 %
        (ent("MONEY", 0, 5, 2e10, "EUR"), ent("MONEY", 0, 5, 2e10, "USD"), False),      # currency
        (ent("DATE", 0, 5, "2025-02-09"), ent("DATE", 0, 5, "2025-02-09"), True),
        (ent("DATE", 0, 5, "2025-02-09"), ent("DATE", 0, 5, "2025-02"), False),
        (ent("DURATION", 0, 5, 1.5), ent("DURATION", 0, 5, 1.505), True),
        (ent("DURATION", 0, 5, 1.5), ent("DURATION", 0, 5, 1.52), False),
    ],
)
def test_normalisation_accuracy(gold, pred, correct):
    acc, errors = score_normalisation([[gold]], [[pred]], ["a1"], ["Texte."])
    assert acc[gold["label"]] == {"correct": int(correct), "total": 1, "accuracy": float(correct)}
    assert [e["type"] for e in errors] == ([] if correct else ["wrong_value"])


def test_normalisation_counts_strict_matches_only():
    acc, _ = score_normalisation([[ent("MONEY", 0, 5, 1e6, "EUR")]], [[ent("MONEY", 0, 6, 1e6, "EUR")]])
    assert acc["MONEY"] == {"correct": 0, "total": 0, "accuracy": None}


# -- records ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "gold, pred, matches",
    [
        (rec(2e10, investor="Brookfield"), rec(2e10, investor="Brookfield"), True),
        (rec(2e10, investor="Brookfield"), rec(2.009e10, investor="brookfield"), True),  # 0.45 %, case
        (rec(2e10, investor="Brookfield"), rec(2.2e10, investor="Brookfield"), False),   # 10 %
        (rec(1e9, "USD"), rec(1e9, "EUR"), False),                                       # currency
        (rec(5e10, amount_min=3e10, amount_max=5e10), rec(4e10), True),                  # inside the range
        (rec(5e10, amount_min=3e10, amount_max=5e10), rec(2e10), False),                 # below the range
        (rec(1e9, investor="Émirats arabes unis"), rec(1e9, investor="Emirats Arabes Unis"), True),  # accents
        (rec(1e9), rec(1e9, investor="Ardian"), False),                                  # null vs a name
        (rec(1e9), rec(1e9), True),                                                      # null vs null
    ],
)
def test_record_matches(gold, pred, matches):
    assert record_matches(gold, pred) is matches


def test_investor_alias_matches_through_canonical_names():
    pytest.importorskip("extractor.canonical")
    assert record_matches(rec(1e8, investor="Bpifrance"), rec(1e8, investor="BPI France"))


def test_matching_is_one_to_one_with_most_matches():
    # p0 fits g0 (0.35 %) and g1 (0.45 %), closer to g0; p1 fits only g0 (0.4 %).
    # Taking p0 -> g0 first would leave p1 out; augmenting moves p0 to g1: 2 matches.
    gold = [rec(1.000e9), rec(1.008e9)]
    pred = [rec(1.0035e9), rec(0.996e9)]
    assert match_records(gold, pred) == [(0, 1), (1, 0)]


def test_record_scores_and_typed_errors():
    gold = [
        rec(2e10, investor="Brookfield", target="un méga data center", location="Cambrai", sentence="S1"),
        rec(1e9, "USD", investor="Microsoft", sentence="S2"),
        rec(6e8, investor="General Catalyst", recipient="Mistral AI", target="campus IA", duration_years=5,
            date="2024-05-13", sentence="S3"),
    ]
    pred = [
        rec(2e10, investor="Brookfield", target="data center", location=None),   # TP; location wrong
        rec(2e10, investor="Brookfield", target="data center", location="Cambrai"),  # duplicate: FP
        rec(1e9, "EUR", investor="Microsoft", sentence="P2"),                   # currency mismatch: FP (+ gold FN)
        rec(6e8, investor="General Catalyst", recipient="mistral ai", target="supercalculateur",
            duration_years=5.004, date="2024-05-13"),                          # TP; target wrong
    ]
    out = score_records([gold], [pred], ["a1"])
    # tp 2, fp 2, fn 1 -> P 2/4 = .5, R 2/3 = .6667, F1 2*.5*.6667/1.1667 = .5714
    assert out["records"] == {"tp": 2, "fp": 2, "fn": 1, "precision": 0.5, "recall": 0.6667, "f1": 0.5714}
    # on the 2 matched records: recipient 2/2 (null/null, case), target 1/2 ("un méga data center" contains
    # "data center"; "campus IA" vs "supercalculateur"), location 1/2, date 2/2, duration 2/2 (within 0.01)
    assert {f: (v["correct"], v["total"]) for f, v in out["fields"].items()} == {
        "recipient": (2, 2), "target": (1, 2), "location": (1, 2), "date": (2, 2), "duration_years": (2, 2),
    }
    kinds = sorted((e["type"], e.get("field"), e["sentence"]) for e in out["errors"])
    assert kinds == [
        ("FN", None, "S2"), ("FP", None, "P2"), ("FP", None, "phrase"),
        ("wrong_field", "location", "S1"), ("wrong_field", "target", "S3"),
    ]
    assert all(e["id"] == "a1" for e in out["errors"])
    wrong_loc = next(e for e in out["errors"] if e.get("field") == "location")
    assert (wrong_loc["gold"], wrong_loc["predicted"]) == ("Cambrai", None)


@pytest.mark.parametrize(
    "gold, pred, same",
    [
        ("méga data center", "data center", True),          # contained
        ("campus dédié à l'IA", "campus IA", True),         # Jaccard {campus, dedie, ia} vs {campus, ia} = contained
        ("usine de batteries", "usine de puces", False),    # Jaccard 1/3
        ("réseau de bornes de recharge", "bornes de recharge rapide", True),  # 2/4 = .5
        ("supercalculateur", None, False),
        (None, None, True),
    ],
)
def test_same_target(gold, pred, same):
    assert same_target(gold, pred) is same


# -- baselines --------------------------------------------------------------------------------

def test_naive_records_take_first_name_of_the_sentence():
    text = "Titre\nÀ Cambrai, Brookfield met 20 milliards d'euros. Le prix atteint 3 euros."
    ents = [
        ent("LOC", 8, 15, text="Cambrai"), ent("ORG", 17, 27, text="Brookfield"),
        ent("MONEY", 32, 52, 2e10, "EUR", text="20 milliards d'euros"),
        ent("MONEY", 70, 77, 3.0, "EUR", text="3 euros"),
    ]
    assert [text[e["start"]:e["end"]] for e in ents] == ["Cambrai", "Brookfield", "20 milliards d'euros", "3 euros"]
    records = naive_records(text, ents)
    assert [(r["investor"], r["amount"], r["currency"], r["sentence"]) for r in records] == [
        ("Cambrai", 2e10, "EUR", "À Cambrai, Brookfield met 20 milliards d'euros."),
        (None, 3.0, "EUR", "Le prix atteint 3 euros."),
    ]


def test_spacy_baseline_keeps_names_only(make_nlp):
    text = "Emmanuel Macron a reçu les dirigeants de Microsoft à Paris lundi."
    (ents,) = spacy_entities([text], make_nlp())
    assert {e["label"] for e in ents} <= {"ORG", "PER", "LOC"}
    assert all(text[e["start"]:e["end"]] == e["text"] for e in ents)
    assert ("Paris", "LOC") in {(e["text"], e["label"]) for e in ents}


# -- report and commands ----------------------------------------------------------------------

MARKUP = """published: 2025-02-10
---
Brookfield mise sur le Nord
Le fonds canadien [Brookfield]{ORG} investira [20 milliards d'euros]{MONEY 2e10 EUR} à [Cambrai]{LOC} pour un data center.
===
{"investor": "Brookfield", "amount_text": "20 milliards d'euros", "amount": 2e10, "currency": "EUR", "target": "data center", "location": "Cambrai"}
"""


class GoldEcho:
    """An extractor double that returns the gold of each article, minus its location (one field error)."""

    def __init__(self, rows: dict[str, dict]):
        self.rows = rows

    def extract(self, text: str, published=None) -> ArticleResult:
        row = next(r for r in self.rows.values() if r["text"] == text)
        pledges = [{**p, "location": None} for p in row["pledges"]]
        return ArticleResult(published=published, pledges=pledges,
                             entities=[{k: e[k] for k in ("text", "label", "start", "end", "value", "currency")}
                                       for e in row["entities"]])


@pytest.fixture()
def gold_file(tmp_path) -> Path:
    root = tmp_path / "corpus"
    for split in ("dev", "test"):
        path = root / "annotated" / split / f"{split}_brookfield.txt"
        path.parent.mkdir(parents=True)
        path.write_text(MARKUP, encoding="utf-8")
    build_gold(root / "annotated", root / "articles", root / "gold.jsonl")
    return root / "gold.jsonl"


def test_evaluate_and_render(gold_file):
    from extractor.evaluate.gold import read_gold

    rows = {r["id"]: r for r in read_gold(gold_file)}
    result = evaluate(gold_file, extractor=GoldEcho(rows), with_baselines=False)
    dev = result["splits"]["dev"]
    assert dev["entities"]["strict"]["overall"]["f1"] == 1.0
    assert dev["records"]["f1"] == 1.0
    assert dev["fields"]["location"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert dev["baselines"]["naive_records"]["tp"] == 1  # Brookfield is the first name of the sentence
    assert [e["type"] for e in dev["errors"]] == ["wrong_field"]
    assert result["splits"]["test"]["errors"] == []  # held out: never listed
    assert json.loads(json.dumps(result))["splits"]["dev"]["records"]["tp"] == 1  # --json needs plain types
    text = render_text(result)
    assert "[dev_brookfield] wrong_field location" in text
    assert "Le fonds canadien Brookfield investira 20 milliards d'euros à Cambrai pour un data center." in text
    assert "test_brookfield" not in text


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.command("evaluate")(evaluate_command)
    app.add_typer(gold_app, name="gold")
    return app


def test_commands_build_and_check(gold_file):
    root = gold_file.parent
    runner = CliRunner()
    res = runner.invoke(_cli(), ["gold", "build", "--annotated", str(root / "annotated"),
                                 "--articles", str(root / "articles"), "--gold", str(gold_file)])
    assert res.exit_code == 0, res.output
    assert "wrote 2 articles, 2 pledges" in res.output
    assert runner.invoke(_cli(), ["evaluate", "--check", "--gold", str(gold_file)]).exit_code == 0
    gold_file.write_text(gold_file.read_text(encoding="utf-8") + "{pas du json\n", encoding="utf-8")
    res = runner.invoke(_cli(), ["gold", "check", "--gold", str(gold_file)])
    assert res.exit_code == 1
    assert "gold.jsonl line 3 (id ?): invalid JSON" in res.output


def test_passages_are_scored_with_the_record_matching(nlp):
    """Two passages, counted by hand: one pledge found (TP), one with the wrong investor (FP + FN),
    one amount that is no pledge and stays so (nothing)."""
    from extractor.api import Extractor
    from extractor.evaluate.passages import score_passages

    rows = [
        {"id": "p1", "text": "Stellantis va investir 1,2 milliard d'euros dans son usine de Mulhouse.",
         "pledges": [{"investor": "Stellantis", "recipient": None, "amount": 1.2e9, "currency": "EUR"}]},
        {"id": "p2", "text": "Michelin consacrera 500 millions d'euros à ses usines européennes.",
         "pledges": [{"investor": "Renault", "recipient": None, "amount": 5e8, "currency": "EUR"}]},
        {"id": "p3", "text": "Le chiffre d'affaires de Capgemini a atteint 22 milliards d'euros.", "pledges": []},
    ]
    counts, wrong = score_passages(rows, Extractor(nlp=nlp))
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert counts.f1 == pytest.approx(0.5)
    assert [w["id"] for w in wrong] == ["p2"]
