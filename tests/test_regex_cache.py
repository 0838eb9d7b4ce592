"""The saved French tokenizer regex: written by the first process, used by the next, same matches."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Hyphenated and elided French words, and whether spaCy's French TOKEN_MATCH keeps them whole.
WORDS = {
    "anti-inflation": True,
    "porte-monnaie": True,
    "Saint-Étienne": True,
    "arc-en-ciel": True,
    "Fontaine-les-Dijon": True,
    "entr'ouvrir": True,
    "contre-offensive": True,
    "New-York": True,
    "start-up": False,
    "data-center": False,
    "Rhône-Alpes": False,
    "aujourd'hui": False,
}

PROBE = """
import json, extractor.components, extractor.regex_cache as cache
from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH
words = json.loads(input())
print(json.dumps({"status": cache.status, "matches": {w: bool(TOKEN_MATCH(w)) for w in words}}))
"""


def run_probe(cache_dir: Path) -> dict:
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(cache_dir)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], input=json.dumps(list(WORDS)), capture_output=True, text=True,
        env=env, check=True, cwd=Path(__file__).resolve().parents[1],
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    cache_dir = tmp_path_factory.mktemp("regex-cache")
    return cache_dir, run_probe(cache_dir), run_probe(cache_dir)


def test_first_process_compiles_and_saves(two_runs: tuple[Path, dict, dict]) -> None:
    cache_dir, first, _ = two_runs
    assert first["status"] == "compiled"
    assert len(list(cache_dir.glob("fr_token_match-*.bin"))) == 1


def test_next_process_uses_the_saved_regex(two_runs: tuple[Path, dict, dict]) -> None:
    _, _, second = two_runs
    assert second["status"] == "hit"


@pytest.mark.parametrize("word,kept_whole", list(WORDS.items()))
def test_saved_regex_matches_like_the_compiled_one(two_runs: tuple[Path, dict, dict], word: str, kept_whole: bool) -> None:
    _, first, second = two_runs
    assert first["matches"][word] is kept_whole
    assert second["matches"][word] is kept_whole


def test_a_damaged_cache_file_is_ignored_and_rewritten(tmp_path: Path) -> None:
    run_probe(tmp_path)
    (saved,) = tmp_path.glob("fr_token_match-*.bin")
    saved.write_bytes(saved.read_bytes()[:1000])
    result = run_probe(tmp_path)
    assert result["status"] == "compiled"
    assert result["matches"] == WORDS
    assert run_probe(tmp_path)["status"] == "hit"
