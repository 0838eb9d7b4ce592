"""`extractor extract` as a user runs it: formats, stdin, and bad inputs next to good ones."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import extractor.api
from extractor.cli import app

RealExtractor = extractor.api.Extractor

ARTICLE = (
    "Data centers : Brookfield mise sur le Nord\n"
    "Publié le 10 février 2025\n\n"
    "Le groupe canadien Brookfield investira 20 milliards d'euros dans un data center à Cambrai.\n"
)


@pytest.fixture()
def runner(monkeypatch, nlp):
    """The CLI with the session pipeline instead of a fresh model load."""
    monkeypatch.setattr(extractor.api, "Extractor", lambda model=None: RealExtractor(nlp=nlp))
    return CliRunner()


def test_bad_inputs_get_one_line_each_and_good_ones_are_still_extracted(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    missing = tmp_path / "absent.txt"
    result = runner.invoke(app, ["extract", str(empty), str(good), str(binary), str(tmp_path), str(missing)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {empty}: empty file",
        f"error: {binary}: binary file",
        f"error: {tmp_path}: is a directory",
        f"error: {missing}: no such file",
    ]
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert record["source"] == str(good)
    assert [(p["investor"], p["amount"], p["currency"], p["location"]) for p in record["pledges"]] == [
        ("Brookfield", 20e9, "EUR", "Cambrai")
    ]


def test_stdin_with_json_format_and_published_override(runner):
    result = runner.invoke(app, ["extract", "-", "--format", "json", "--published", "2025-03-01"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    [article] = json.loads(result.stdout)
    assert (article["source"], article["published"]) == ("<stdin>", "2025-03-01")
    assert article["title"] == "Data centers : Brookfield mise sur le Nord"


def test_csv_has_one_row_per_pledge(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["investor"], r["amount"], r["currency"], r["published"]) for r in rows] == [
        ("Brookfield", "20000000000.0", "EUR", "2025-02-10")
    ]


def test_table_is_readable(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), "--format", "table"])
    assert "Brookfield" in result.stdout and "20 Md EUR" in result.stdout and "Cambrai" in result.stdout


@pytest.mark.parametrize("args,message", [
    (["--published", "10/02/2025"], "not a date in YYYY-MM-DD form"),
    (["--format", "xml"], "choose from json, jsonl, csv, table"),
])
def test_usage_errors_exit_2(runner, tmp_path, args, message):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_a_cp1252_file_is_read_with_a_warning(runner, tmp_path):
    legacy = tmp_path / "ancien.txt"
    legacy.write_bytes(ARTICLE.encode("cp1252"))
    result = runner.invoke(app, ["extract", str(legacy)])
    assert result.exit_code == 0
    assert f"warning: {legacy}: decoded as cp1252" in result.stderr
    assert json.loads(result.stdout)["pledges"][0]["investor"] == "Brookfield"

