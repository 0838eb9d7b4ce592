"""The article page (``extractor show``) and the HTML evaluation report (``extractor evaluate --html``)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
import typer
from typer.testing import CliRunner

from extractor.api import Extractor
from extractor.evaluate.commands import evaluate_command
from extractor.evaluate.gold import build_gold
from extractor.evaluate.report import evaluate
from extractor.evaluate.scorer import SCORED_LABELS
from extractor.records import ENTITY_LABELS, ArticleResult
from extractor.visual.render import (
    LABEL_COLORS,
    format_amount_fr,
    format_amount_short,
    format_date_fr,
    format_years_fr,
    render_page,
)
from extractor.visual.report_html import render_html

NB = "\u00a0"

ARTICLE = """Data centers : Brookfield promet 20 milliards d'euros au Cambrésis
Publié le 10 février 2025

Le fonds canadien Brookfield investira 20 milliards d'euros dans un data center géant à Cambrai, a annoncé lundi Emmanuel Macron. Le site doit ouvrir d'ici 2028.

De son côté, Bpifrance consacrera 10 milliards d'euros sur cinq ans à l'intelligence artificielle. La start-up Mistral AI, valorisée 6 milliards d'euros, n'a rien annoncé.
"""


@pytest.fixture(scope="module")
def extractor(nlp) -> Extractor:
    return Extractor(nlp=nlp)


@pytest.fixture(scope="module")
def result(extractor) -> ArticleResult:
    return extractor.extract(ARTICLE)


@pytest.fixture(scope="module")
def page(result) -> str:
    return render_page(ARTICLE, result)


@pytest.fixture(scope="module")
def tree(page):
    return lxml.html.fromstring(page)


def C(name: str) -> str:
    """XPath test for a class name (lxml's cssselect needs an extra package)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _text(element) -> str:
    return element.text_content().replace(NB, " ").strip()


def _rows(tree) -> list[dict]:
    """Pledge table rows as {header: cell text} plus the row's links."""
    headers = [_text(th) for th in tree.xpath(f"//table[{C('pledges')}]/thead/tr/th")]
    rows = []
    for tr in tree.xpath(f"//table[{C('pledges')}]/tbody/tr"):
        row = dict(zip(headers, (_text(td) for td in tr.xpath("./td"))))
        row["links"] = [a.get("href") for a in tr.xpath(".//a")]
        rows.append(row)
    return rows


# -- French formatting --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, currency, full, short",
    [
        (20_000_000_000, "EUR", f"20{NB}000{NB}000{NB}000{NB}€", f"20{NB}Md€"),
        (1_500_000_000, "EUR", f"1{NB}500{NB}000{NB}000{NB}€", f"1,5{NB}Md€"),
        (400_000_000, "EUR", f"400{NB}000{NB}000{NB}€", f"400{NB}M€"),
        (500_000_000_000, "USD", f"500{NB}000{NB}000{NB}000{NB}$", f"500{NB}Md$"),
        (2_750_000, "GBP", f"2{NB}750{NB}000{NB}£", f"2,75{NB}M£"),
        (10_000_000, "CHF", f"10{NB}000{NB}000{NB}CHF", f"10{NB}M{NB}CHF"),
        (1234.5, "EUR", f"1{NB}234,50{NB}€", f"1,23{NB}k€"),
        (950, "EUR", f"950{NB}€", f"950{NB}€"),
    ],
)
def test_french_amounts(value, currency, full, short):
    assert format_amount_fr(value, currency) == full
    assert format_amount_short(value, currency) == short


@pytest.mark.parametrize(
    "iso, french",
    [("2025-02-09", "9 février 2025"), ("2025-03-01", "1er mars 2025"), ("2024-08", "août 2024"),
     ("2030", "2030"), (None, None)],
)
def test_french_dates(iso, french):
    assert format_date_fr(iso) == french


@pytest.mark.parametrize("years, french", [(1, f"1{NB}an"), (1.5, f"1,5{NB}an"), (5, f"5{NB}ans"), (None, None)])
def test_french_durations(years, french):
    assert format_years_fr(years) == french


# -- the article page ---------------------------------------------------------------------------

def test_labels_have_distinct_colours():
    assert set(LABEL_COLORS) == set(ENTITY_LABELS)
    assert len(set(LABEL_COLORS.values())) == len(ENTITY_LABELS)


def test_entities_are_marked_in_their_label_colour(result, tree):
    marks = tree.xpath(f"//div[{C('article')}]//mark[{C('entity')}]")
    assert len(marks) == len(result.entities)
    seen = set()
    for mark, entity in zip(marks, result.entities):
        label = mark.get("data-label")
        assert label == entity.label
        assert f"background: {LABEL_COLORS[label]}" in mark.get("style")
        assert _text(mark).removesuffix(label).strip() == entity.text.replace(NB, " ")
        seen.add(label)
    # the article names a company, a person, places, amounts, dates and a duration
    assert {"ORG", "PER", "LOC", "MONEY", "DATE", "DURATION"} <= seen


def test_article_text_survives_the_markup(page):
    """Offsets are honoured: the page shows the article's characters, in order, none lost or doubled."""
    tree = lxml.html.fromstring(page)  # a copy of its own: labels are dropped below
    (article,) = tree.xpath(f"//div[{C('article')}]")
    for extra in article.xpath(f".//*[{C('ent-label')} or {C('evidence-ref')}]"):
        extra.drop_tree()
    assert article.text_content().strip() == ARTICLE.replace("\n", "").strip()


def test_pledge_table_row(tree):
    rows = _rows(tree)
    brookfield = [r for r in rows if r["Investisseur"] == "Brookfield"]
    assert len(brookfield) == 1
    row = brookfield[0]
    assert row["Lieu"] == "Cambrai"
    assert row["Montant"].startswith("20 000 000 000 €")
    assert "(20 Md€)" in row["Montant"]
    assert row["Devise"] == "EUR"
    bpi = next(r for r in rows if r["Investisseur"] == "Bpifrance")
    assert bpi["Durée"] == "5 ans"


def test_rows_link_to_their_evidence_sentence(result, tree):
    rows = _rows(tree)
    assert len(rows) == len(result.pledges) >= 2
    for row, pledge in zip(rows, result.pledges):
        targets = {href for href in row["links"]}
        assert len(targets) == 1
        (target,) = targets
        assert re.fullmatch(r"#sentence-\d+", target)
        sentence = tree.get_element_by_id(target[1:])
        assert "evidence" in sentence.get("class")
        text = sentence.text_content().replace(NB, " ")
        assert pledge.amount_text in text
        assert pledge.investor in text
        # and the sentence links back to its row
        refs = sentence.getnext()
        assert refs is not None and refs.get("href", "").startswith("#pledge-")


def test_page_is_self_contained(page):
    assert "<style>" in page
    assert not re.search(r"<(script|link|img)\b", page)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)


def test_result_read_back_from_json_renders_the_same(result, page):
    again = ArticleResult.model_validate_json(result.model_dump_json())
    assert render_page(ARTICLE, again) == page


def test_markup_in_the_text_is_escaped(extractor):
    text = "Le groupe <b>Atos</b> & ses filiales investiront 2 milliards d'euros en R&D à Grenoble.\n"
    html = render_page(text, extractor.extract(text))
    assert "&lt;b&gt;Atos" in html
    assert "<b>" not in html


def test_sentence_wrapper_never_cuts_an_entity():
    """A pledge whose offsets fall inside names (or two pledges of one sentence) still nest cleanly."""
    text = "Brookfield et Bpifrance investiront 20 milliards d'euros et 10 milliards d'euros à Cambrai.\nFin."
    ents = [("ORG", "Brookfield"), ("ORG", "Bpifrance"), ("MONEY", "20 milliards d'euros"),
            ("MONEY", "10 milliards d'euros"), ("LOC", "Cambrai")]
    entities = [{"text": t, "label": lab, "start": text.index(t), "end": text.index(t) + len(t)} for lab, t in ents]
    end = text.index("Cambrai") + 3  # inside "Cambrai"
    pledges = [
        {"investor": "Brookfield", "amount": 2e10, "currency": "EUR", "amount_text": "20 milliards d'euros",
         "sentence": text[4:end], "start": 4, "end": end},
        {"investor": "Bpifrance", "amount": 1e10, "currency": "EUR", "amount_text": "10 milliards d'euros",
         "sentence": text[:91], "start": 0, "end": 91},
    ]
    page = render_page(text, ArticleResult(pledges=pledges, entities=entities))
    tree = lxml.html.fromstring(page)
    (sentence,) = tree.xpath(f"//span[{C('evidence')}]")
    assert sentence.get("id") == "sentence-1"
    assert [m.get("data-label") for m in sentence.xpath(".//mark")] == ["ORG", "ORG", "MONEY", "MONEY", "LOC"]
    assert [row["links"][0] for row in _rows(tree)] == ["#sentence-1", "#sentence-1"]
    assert [a.get("href") for a in tree.xpath(f"//a[{C('evidence-ref')}]")] == ["#pledge-1", "#pledge-2"]


def test_article_without_pledges(extractor):
    text = "Le chiffre d'affaires de Capgemini a atteint 22 milliards d'euros l'an dernier.\n"
    tree = lxml.html.fromstring(render_page(text, extractor.extract(text)))
    assert not tree.xpath("//table")
    assert "Aucun engagement" in _text(tree.xpath(f"//p[{C('empty')}]")[0])


def test_show_command_writes_the_page(tmp_path, monkeypatch, extractor):
    import extractor.api as api
    from extractor.cli import app

    shared = extractor
    monkeypatch.setattr(api, "Extractor", lambda model=None: shared)  # the session pipeline, not a new one
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.html"
    res = CliRunner().invoke(app, ["show", str(src), "--html", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "Brookfield" in page and "Cambrai" in page and 'id="sentence-1"' in page
    res = CliRunner().invoke(app, ["show", str(tmp_path / "absent.txt")])
    assert res.exit_code == 1
    assert "absent.txt: no such file" in res.output


# -- the evaluation report ----------------------------------------------------------------------

MARKUP = """published: 2025-02-10
---
Le Nord attire un centre de données
Le fonds canadien [Brookfield]{ORG} investira [20 milliards d'euros]{MONEY 2e10 EUR} à [Cambrai]{LOC} dans un data center, a indiqué [Emmanuel Macron]{PER}.
La société [Fluidstack]{ORG} consacrera [10 milliards d'euros]{MONEY 1e10 EUR} à un supercalculateur en [France]{LOC} sur [cinq ans]{DURATION 5}.
===
{"investor": "Brookfield", "amount_text": "20 milliards d'euros", "amount": 2e10, "currency": "EUR", "target": "data center", "location": "Cambrai"}
{"investor": "Fluidstack", "amount_text": "10 milliards d'euros", "amount": 1e10, "currency": "EUR", "target": "supercalculateur", "location": "France", "duration_years": 5}
"""


class Perturbed:
    """The real extractor, with errors of each kind made on purpose so the report has some to list:
    Brookfield's place is wrong (wrong_field), Fluidstack's investor is lost (FN + FP in one
    sentence), and the duration is read as 4 years (wrong_value)."""

    def __init__(self, extractor: Extractor):
        self.extractor = extractor

    def extract(self, text, published=None) -> ArticleResult:
        result = self.extractor.extract(text, published=published)
        for p in result.pledges:
            if p.investor == "Brookfield":
                p.location = "Lille"
            elif p.investor == "Fluidstack":
                p.investor = None
        for e in result.entities:
            if e.label == "DURATION":
                e.value = 4.0
        return result


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory, extractor, make_nlp) -> dict:
    root = tmp_path_factory.mktemp("corpus")
    for split in ("dev", "test"):
        path = root / "annotated" / split / f"{split}_nord.txt"
        path.parent.mkdir(parents=True)
        path.write_text(MARKUP, encoding="utf-8")
    build_gold(root / "annotated", root / "articles", root / "gold.jsonl")
    return evaluate(root / "gold.jsonl", extractor=Perturbed(extractor), base_nlp=make_nlp())


def test_report_has_a_chart_per_label(evaluation):
    tree = lxml.html.fromstring(render_html(evaluation))
    for split in ("dev", "test"):
        section = tree.get_element_by_id(f"split-{split}")
        charts = {svg.get("data-label"): svg for svg in section.xpath(f".//svg[{C('chart')}]")}
        assert set(SCORED_LABELS) | {"overall", "records"} == set(charts)
        for label in ("ORG", "PER", "LOC"):  # ours next to the bare model
            names = [t.text for t in charts[label].xpath(".//text")]
            assert "nous, strict" in names and "fr_core_news_md, strict" in names
        assert "fr_core_news_md, strict" not in [t.text for t in charts["MONEY"].xpath(".//text")]
    # a bar's length is its F1: MONEY is found exactly here, so its strict bar is full width
    dev_money = tree.xpath(f"//*[@id='split-dev']//svg[@data-label='MONEY']/rect[{C('bar')}]")[0]
    assert float(dev_money.get("width")) == pytest.approx(320 - 150 - 52)


def test_report_tables_show_the_figures(evaluation):
    dev = evaluation["splits"]["dev"]
    assert dev["records"]["tp"] == 1 and dev["records"]["fp"] == 1 and dev["records"]["fn"] == 1
    tree = lxml.html.fromstring(render_html(evaluation))
    (row,) = [tr for tr in tree.xpath("//*[@id='split-dev']//tr") if tr.xpath("./td") and _text(tr[0]) == "pipeline"]
    assert [_text(td) for td in row] == ["pipeline", "50,0 %", "50,0 %", "50,0 %", "1", "1", "1"]


def test_report_lists_dev_errors_side_by_side(evaluation):
    tree = lxml.html.fromstring(render_html(evaluation))
    rows = tree.xpath(f"//*[@id='split-dev']//tr[{C('error')}]")
    errors = evaluation["splits"]["dev"]["errors"]
    assert {e["type"] for e in errors} == {"wrong_field", "FN", "FP", "wrong_value"}
    assert len(rows) == len({(e["id"], e["sentence"]) for e in errors}) == 2
    by_sentence = {_text(r.xpath(f"./td[{C('sentence')}]")[0]): r for r in rows}
    brookfield = by_sentence["Le fonds canadien Brookfield investira 20 milliards d'euros à Cambrai dans un data center, a indiqué Emmanuel Macron."]
    assert "location (20 milliards d'euros) : Cambrai" in _text(brookfield.xpath(f"./td[{C('gold')}]")[0])
    assert "location (20 milliards d'euros) : Lille" in _text(brookfield.xpath(f"./td[{C('predicted')}]")[0])
    fluidstack = next(r for s, r in by_sentence.items() if s.startswith("La société Fluidstack"))
    gold, predicted = _text(fluidstack.xpath(f"./td[{C('gold')}]")[0]), _text(fluidstack.xpath(f"./td[{C('predicted')}]")[0])
    assert "FN" in gold and "investisseur : Fluidstack" in gold
    assert "FP" in predicted and "investisseur : null" in predicted
    assert "DURATION « cinq ans » : 5" in gold and "DURATION « cinq ans » : 4.0" in predicted
    assert not tree.xpath(f"//*[@id='split-test']//tr[{C('error')}]")  # the held-out split lists no errors


def test_report_is_self_contained(evaluation):
    html = render_html(evaluation)
    assert not re.search(r"<(script|link|img)\b", html)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)


def test_evaluate_command_writes_html(tmp_path, monkeypatch, evaluation):
    import extractor.evaluate.report as report

    monkeypatch.setattr(report, "evaluate", lambda gold: evaluation)  # figures already computed above
    gold = Path(evaluation["gold"])
    app = typer.Typer()
    app.command("evaluate")(evaluate_command)
    app.command("noop")(lambda: None)
    out = tmp_path / "report.html"
    res = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--json", "--html", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["splits"]["dev"]["records"]["tp"] == 1
    assert out.read_text(encoding="utf-8") == render_html(evaluation)
