"""Inline markup parsing, gold building and gold checking (no spaCy needed)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.evaluate.gold import GoldBuildError, build_gold, check_gold, sentence_bounds
from extractor.evaluate.markup import MarkupError, markup_errors, parse_markup

SNIPPET = """published: 2024-05-13
---
Mistral AI lève 600 millions d'euros
La start-up parisienne [Mistral AI]{ORG} annonce une levée de [600 millions d'euros]{MONEY 600000000 EUR} menée par [General Catalyst]{ORG}.
M. Mensch rappelle que la [BPI France]{ORG Bpifrance} a investi [entre 1 et 2 milliards d'euros]{MONEY 2e9 EUR} dans l'IA en [France]{LOC} d'ici [2030]{DATE 2030}, sur [cinq ans]{DURATION 5}.
===
{"investor": "General Catalyst", "recipient": "Mistral AI", "amount_text": "600 millions d'euros", "amount": 600000000, "currency": "EUR", "target": "modèles d'IA", "location": null, "date": "2024-05-13"}

{"investor": "Bpifrance", "amount_text": "entre 1 et 2 milliards d'euros", "amount": 2000000000, "currency": "EUR", "amount_min": 1000000000, "amount_max": 2000000000, "location": "France", "duration_years": 5}
"""


def test_parse_snippet_offsets():
    art = parse_markup(SNIPPET, "snippet.txt")
    assert art.published == "2024-05-13"
    assert art.title == "Mistral AI lève 600 millions d'euros"
    assert "[" not in art.text and "{" not in art.text
    got = [(e["text"], e["label"], e["value"], e["currency"], e["canonical"]) for e in art.entities]
    assert got == [
        ("Mistral AI", "ORG", None, None, "Mistral AI"),
        ("600 millions d'euros", "MONEY", 600000000.0, "EUR", None),
        ("General Catalyst", "ORG", None, None, "General Catalyst"),
        ("BPI France", "ORG", None, None, "Bpifrance"),
        ("entre 1 et 2 milliards d'euros", "MONEY", 2e9, "EUR", None),
        ("France", "LOC", None, None, "France"),
        ("2030", "DATE", "2030", None, None),
        ("cinq ans", "DURATION", 5.0, None, None),
    ]
    for ent in art.entities:
        assert art.text[ent["start"]:ent["end"]] == ent["text"]
    # hand-counted: the title line is 36 characters + newline, "La start-up parisienne " is 23
    assert art.entities[0]["start"] == 37 + 23
    # the body MONEY is meant, not the same words in the title
    assert art.pledge_money[0]["start"] > len(art.title)
    assert [p["investor"] for p in art.pledges] == ["General Catalyst", "Bpifrance"]
    assert art.pledges[1]["amount_min"] == 1e9 and art.pledges[1]["target"] is None


def test_escaped_brackets_are_text():
    art = parse_markup("published: none\n---\nTitre\nLe rapport \\[confidentiel\\] cite [Nvidia]{ORG}.\n")
    assert art.published is None
    assert "[confidentiel]" in art.text
    assert art.text[art.entities[0]["start"]:art.entities[0]["end"]] == "Nvidia"


HEAD = "published: 2025-02-10\n---\nTitre\n"  # body starts on line 3


@pytest.mark.parametrize(
    "body, line, message",
    [
        ("Le groupe [Brookfield{ORG} investit.\n", 4, "unbalanced bracket"),
        ("Le groupe Brookfield]{ORG} investit.\n", 4, "unbalanced bracket"),
        ("Le groupe [Brookfield] investit.\n", 4, "unbalanced bracket"),
        ("Ligne saine.\nLe groupe [[Brookfield]{ORG}]{ORG}.\n", 5, "unbalanced bracket"),
        ("Le groupe [Brookfield]{ENTREPRISE} investit.\n", 4, "unknown label"),
        ("Le groupe [Brookfield]{MISC} investit.\n", 4, "unknown label"),
        ("Il met [20 milliards d'euros]{MONEY 20000000000} en jeu.\n", 4, "MONEY"),
        ("Il met [20 milliards d'euros]{MONEY} en jeu.\n", 4, "MONEY"),
        ("Il met [20 milliards d'euros]{MONEY 2e10 euros} en jeu.\n", 4, "currency"),
        ("Annonce du [31 février 2025]{DATE 2025-02-31}.\n", 4, "bad ISO date"),
        ("Annonce du [9 février 2025]{DATE 09/02/2025}.\n", 4, "bad ISO date"),
        ("Un plan sur [quatre ans]{DURATION quatre}.\n", 4, "DURATION"),
    ],
)
def test_markup_errors_in_body(body, line, message):
    with pytest.raises(MarkupError) as exc:
        parse_markup(HEAD + body, "dev/x.txt")
    assert exc.value.line == line
    assert exc.value.source == "dev/x.txt"
    assert message in exc.value.message
    assert str(exc.value).startswith(f"dev/x.txt:{line}: ")


BODY = "Titre\n[Brookfield]{ORG} investit [20 milliards d'euros]{MONEY 2e10 EUR} à [Cambrai]{LOC}.\n===\n"


@pytest.mark.parametrize(
    "pledges, line, message",
    [
        ('{"investor": "Brookfield", "amount_text": "20 milliards d\'euros", "amount": 2e10, "currency": "EUR"\n', 6, "bad JSON"),
        ('\n{"investor": "Brookfield", "amount_text": "20 milliards", "amount": 2e10, "currency": "EUR"}\n', 7, "not found among MONEY entities"),
        ('{"amount_text": "20 milliards d\'euros", "amount": 2e10, "currency": "EUR", "montant": 3}\n', 6, "unknown keys"),
        ('{"amount_text": "20 milliards d\'euros", "amount": 2e10}\n', 6, "lacks currency"),
        ('{"amount_text": "20 milliards d\'euros", "amount": 2e10, "currency": "EUR", "date": "février 2025"}\n', 6, "bad ISO date"),
    ],
)
def test_markup_errors_in_pledges(pledges, line, message):
    with pytest.raises(MarkupError) as exc:
        parse_markup("published: 2025-02-10\n---\n" + BODY + pledges, "dev/y.txt")
    assert exc.value.line == line
    assert message in exc.value.message


@pytest.mark.parametrize(
    "markup, line, message",
    [
        ("published: 10/02/2025\n---\nTitre\n", 1, "published"),
        ("publié: 2025-02-10\n---\nTitre\n", 1, "unknown header line"),
        ("published: 2025-02-10\nTitre\n", 1, "no '---'"),
    ],
)
def test_markup_errors_in_header(markup, line, message):
    errors = markup_errors(markup, "h.txt")
    assert errors and errors[0].line == line and message in errors[0].message


def test_all_errors_of_a_file_are_reported():
    errors = markup_errors(
        HEAD + "A [B]{XYZ} c.\nD [E]{DATE 2025-13}.\n===\n{oops}\n", "many.txt"
    )
    assert [e.line for e in errors] == [4, 5, 7]


@pytest.mark.parametrize(
    "text, needle, sentence",
    [
        ("Titre\nLe plan vaut 5 M€. M. Durand le signe. Fin !", "5 M€", "Le plan vaut 5 M€."),
        ("Titre\nLe plan vaut 5 M€. M. Durand le signe. Fin !", "Durand", "M. Durand le signe."),
        ("Titre\nIl dit : « OK. » Puis rien", "rien", "Puis rien"),
        ("Titre\nUne phrase sans point\nUne autre ligne", "sans", "Une phrase sans point"),
        ("Titre\nLa version 2.5 du plan coûte 3 M€ ? Oui.", "3 M€", "La version 2.5 du plan coûte 3 M€ ?"),
    ],
)
def test_sentence_bounds(text, needle, sentence):
    start = text.index(needle)
    s, e = sentence_bounds(text, start, start + len(needle))
    assert text[s:e] == sentence


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path):
    root = tmp_path / "corpus"
    _write(root / "annotated" / "dev" / "b_mistral.txt", SNIPPET)
    _write(root / "annotated" / "test" / "a_brookfield.txt", "published: 2025-02-10\n---\n" + BODY
           + '{"investor": "Brookfield", "amount_text": "20 milliards d\'euros", "amount": 2e10, "currency": "EUR", "location": "Cambrai"}\n')
    return root


def test_build_gold_writes_articles_and_sorted_gold(corpus):
    rows = build_gold(corpus / "annotated", corpus / "articles", corpus / "gold.jsonl")
    assert [r["id"] for r in rows] == ["a_brookfield", "b_mistral"]
    lines = (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines]
    assert [g["split"] for g in gold] == ["test", "dev"]
    assert gold[1]["path"] == "corpus/articles/dev/b_mistral.txt"
    text = (corpus / "articles" / "dev" / "b_mistral.txt").read_text(encoding="utf-8")
    assert gold[1]["title"] == text.split("\n")[0]
    for ent in gold[1]["entities"]:
        assert text[ent["start"]:ent["end"]] == ent["text"]
    p = gold[1]["pledges"][1]
    assert p["sentence"].startswith("M. Mensch rappelle") and p["sentence"].endswith("sur cinq ans.")
    assert text[p["start"]:p["end"]] == p["sentence"]
    assert check_gold(corpus / "gold.jsonl") == []


def test_build_gold_reports_markup_errors_and_writes_nothing(corpus):
    _write(corpus / "annotated" / "dev" / "c_bad.txt", HEAD + "Le [fonds{ORG} investit.\n")
    with pytest.raises(GoldBuildError) as exc:
        build_gold(corpus / "annotated", corpus / "articles", corpus / "gold.jsonl")
    assert [(Path(e.source).name, e.line) for e in exc.value.errors] == [("c_bad.txt", 4)]
    assert not (corpus / "gold.jsonl").exists()


def _corrupt(corpus: Path, line_no: int, change) -> list[str]:
    build_gold(corpus / "annotated", corpus / "articles", corpus / "gold.jsonl")
    path = corpus / "gold.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[line_no - 1])
    result = change(row)
    lines[line_no - 1] = result if isinstance(result, str) else json.dumps(row, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return check_gold(path)


def _set(path: str, value):
    def change(row):
        obj = row
        keys = path.split(".")
        for k in keys[:-1]:
            obj = obj[int(k)] if k.isdigit() else obj[k]
        obj[keys[-1]] = value
    return change


@pytest.mark.parametrize(
    "line_no, change, doc_id, message",
    [
        (1, lambda row: '{"id": "a_brookfield", "split": ', "?", "invalid JSON"),
        (2, _set("entities.0.end", 10_000), "b_mistral", "offsets outside the text"),
        (2, _set("entities.0.text", "Mistral"), "b_mistral", "span text differs"),
        (2, _set("entities.0.label", "COMPANY"), "b_mistral", "label 'COMPANY' not in"),
        (2, _set("entities.1.currency", "euro"), "b_mistral", "three-letter upper-case ISO 4217"),
        (2, _set("entities.1.currency", "XYZ"), "b_mistral", "not an ISO 4217 code"),
        (2, _set("entities.6.value", "2030-13"), "b_mistral", "date '2030-13'"),
        (2, _set("pledges.0.amount", "beaucoup"), "b_mistral", "does not validate"),
        (2, _set("pledges.0.surprise", 1), "b_mistral", "does not validate"),
        (2, _set("pledges.0.currency", "usd"), "b_mistral", "ISO 4217"),
        (2, _set("pledges.0.amount", 7e8), "b_mistral", "differs from its MONEY entity value"),
        (2, _set("pledges.0.start", 0), "b_mistral", "sentence differs"),
        (1, _set("split", "train"), "a_brookfield", "split 'train'"),
        (1, _set("path", "corpus/articles/test/nope.txt"), "a_brookfield", "article file not found"),
    ],
)
def test_check_gold_problems_carry_line_and_id(corpus, line_no, change, doc_id, message):
    problems = _corrupt(corpus, line_no, change)
    assert problems, "the corruption should be reported"
    assert any(p.startswith(f"gold.jsonl line {line_no} (id {doc_id}): ") and message in p for p in problems), problems


def test_check_gold_missing_file(tmp_path):
    assert check_gold(tmp_path / "gold.jsonl") == [f"gold.jsonl: file not found ({tmp_path / 'gold.jsonl'})"]
