"""``extractor batch`` / ``export``: bad files recorded, reruns idempotent, SIGKILL-safe, worker-independent."""
from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.api import Extractor
from extractor.batch import EXIT_OK, EXIT_SOME_FAILED, run_batch
from extractor.output import write_results
from extractor.store import Store

REPO = Path(__file__).resolve().parents[1]

ARTICLES = {
    "2024/ovh.txt": (
        "OVHcloud accélère dans l'intelligence artificielle\n"
        "Roubaix, le 14 mars 2024 - OVHcloud va investir 200 millions d'euros dans de nouveaux centres "
        "de données à Gravelines d'ici 2026.\n"
        "Le groupe nordiste veut doubler sa capacité de calcul en cinq ans.\n"
    ),
    "2024/pasqal.md": (
        "# Pasqal boucle un tour de table\n\n"
        "Publié le 2 février 2024\n\n"
        "La start-up Pasqal a levé 100 millions d'euros auprès du fonds Temasek pour industrialiser "
        "ses ordinateurs quantiques à Massy.\n"
    ),
    "2024/region.txt": (
        "La Région Occitanie soutient l'hydrogène\n"
        "Toulouse, le 5 juin 2024 - La Région Occitanie a débloqué une enveloppe de 30 millions d'euros "
        "pour la filière hydrogène sur trois ans.\n"
    ),
    "2025/amazon.html": (
        "<!doctype html><html><head><title>Amazon Web Services mise sur la France</title>"
        '<meta property="article:published_time" content="2025-01-20"></head><body><article>'
        "<h1>Amazon Web Services mise sur la France</h1>"
        "<p>Amazon Web Services a annoncé lundi un investissement de 1,2 milliard d'euros en France "
        "pour agrandir ses centres de données en Île-de-France.</p>"
        "<p>L'entreprise américaine prévoit aussi de former des milliers de développeurs dans le pays "
        "au cours des prochaines années, en partenariat avec des écoles d'ingénieurs.</p>"
        "</article></body></html>"
    ),
    "2025/bpi.txt": (
        "Bpifrance renforce son soutien aux jeunes pousses\n"
        "Paris, le 8 avril 2025 - Bpifrance va consacrer 500 millions d'euros aux start-up de la "
        "deeptech d'ici 2027.\n"
    ),
    "2025/nokia.txt": (
        "Nokia recrute à Lannion\n"
        "Lannion, le 12 mai 2025 - L'équipementier finlandais Nokia a promis d'investir 15 millions "
        "d'euros dans son centre de recherche breton.\n"
    ),
}


def write_tree(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def export_jsonl(db: Path) -> str:
    buf = io.StringIO()
    with Store(db) as store:
        write_results(store.iter_results(), "jsonl", buf)
    return buf.getvalue()


# ------------------------------------------------------------------ mixed good and bad files

BAD_FILES = [
    # (file name, content, reason recorded in the store)
    ("vide.txt", b"", "empty file"),
    ("blancs.md", b"  \n\n\t\n", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ("gros.txt", ("Le groupe Orange investit 3 millions d'euros à Rennes. " * 60).encode(), "file too large"),
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory, nlp):
    """One run over good articles, bad files, a .jpg, a broken symlink; then the store."""
    root = tmp_path_factory.mktemp("mixed")
    write_tree(root / "in", ARTICLES)
    write_tree(root / "in", {name: content for name, content, _ in BAD_FILES})
    write_tree(root / "in", {"photo.jpg": b"\xff\xd8\xff\xe0 pas un article", "notes/LISEZMOI": "texte"})
    os.symlink(root / "in" / "disparu.txt", root / "in" / "lien.txt")
    db = root / "pledges.sqlite"
    out = io.StringIO()
    with Store(db) as store:
        summary = run_batch(root / "in", store, extractor=Extractor(nlp=nlp), max_bytes=2000, chunk_size=2, out=out)
    return root, db, summary, out.getvalue()


def test_mixed_counts(mixed):
    root, db, summary, _ = mixed
    assert (summary.ok, summary.skipped, len(summary.failed)) == (len(ARTICLES), 0, len(BAD_FILES) + 1)
    assert summary.ignored == {".jpg": 1, "": 1}
    assert summary.exit_code == EXIT_SOME_FAILED
    with Store(db) as store:
        counts = store.counts()
    assert (counts["ok"], counts["failed"]) == (len(ARTICLES), len(BAD_FILES) + 1)
    assert counts["pledges"] == summary.pledges >= len(ARTICLES)


@pytest.mark.parametrize(
    "name,reason", [(name, reason) for name, _, reason in BAD_FILES] + [("lien.txt", "no such file")]
)
def test_mixed_failure_reasons(mixed, name, reason):
    root, db, summary, _ = mixed
    source = str(root / "in" / name)
    with Store(db) as store:
        failures = dict(store.failures())
    assert failures[source].startswith(reason)
    assert dict(summary.failed)[source] == failures[source]


def test_stored_records_equal_direct_extraction(mixed, nlp):
    """The store round-trips: export == what Extractor.extract_many gives for the same files."""
    root, db, _, out = mixed
    paths = sorted((root / "in" / name for name in ARTICLES), key=str)
    direct = io.StringIO()
    write_results(Extractor(nlp=nlp).extract_many(paths), "jsonl", direct)
    assert export_jsonl(db) == direct.getvalue() == out
    investors = {p["investor"] for line in out.splitlines() for p in json.loads(line)["pledges"]}
    assert {"OVHcloud", "Bpifrance", "Nokia"} <= investors


def test_rerun_adds_nothing_and_force_reextracts(tmp_path, nlp):
    write_tree(tmp_path / "in", ARTICLES)
    db = tmp_path / "p.sqlite"
    extractor = Extractor(nlp=nlp)
    with Store(db) as store:
        first = run_batch(tmp_path / "in", store, extractor=extractor)
        rows = store.conn.execute("SELECT id, source, extracted_at FROM articles ORDER BY id").fetchall()
        before = store.counts()
        again = run_batch(tmp_path / "in", store, extractor=extractor)
        assert (again.ok, again.unchanged, again.failed) == (0, len(ARTICLES), [])
        assert store.counts() == before
        assert store.conn.execute("SELECT id, source, extracted_at FROM articles ORDER BY id").fetchall() == rows
        forced = run_batch(tmp_path / "in", store, extractor=extractor, force=True)
        assert (forced.ok, forced.skipped, forced.pledges) == (len(ARTICLES), 0, first.pledges)
        assert store.counts() == before
        new_ids = {r[0] for r in store.conn.execute("SELECT id FROM articles")}
        assert new_ids.isdisjoint(r[0] for r in rows)  # rewritten, not appended
    assert first.exit_code == again.exit_code == EXIT_OK


def test_changed_file_replaces_its_records(tmp_path, nlp):
    write_tree(tmp_path / "in", ARTICLES)
    db = tmp_path / "p.sqlite"
    extractor = Extractor(nlp=nlp)
    with Store(db) as store:
        run_batch(tmp_path / "in", store, extractor=extractor)
        (tmp_path / "in" / "2025/nokia.txt").write_text(
            "Nokia recrute à Lannion\nLannion, le 12 mai 2025 - L'équipementier Nokia a promis d'investir "
            "40 millions d'euros dans son centre de recherche breton.\n",
            encoding="utf-8",
        )
        summary = run_batch(tmp_path / "in", store, extractor=extractor)
        assert (summary.ok, summary.unchanged) == (1, len(ARTICLES) - 1)
        amounts = [
            r[0] for r in store.conn.execute(
                "SELECT amount FROM pledges JOIN articles ON articles.id = article_id WHERE source LIKE '%nokia.txt'"
            )
        ]
    assert amounts == [40_000_000.0]


def test_same_content_under_another_source_is_stored_once(tmp_path, nlp):
    write_tree(tmp_path / "in", {"a.txt": ARTICLES["2025/bpi.txt"], "copie/a.txt": ARTICLES["2025/bpi.txt"]})
    with Store(tmp_path / "p.sqlite") as store:
        summary = run_batch(tmp_path / "in", store, extractor=Extractor(nlp=nlp))
        assert (summary.ok, summary.duplicates) == (1, 1)
        assert store.counts()["articles"] == 1


# ------------------------------------------------------------------ JSONL news dumps

DUMP_LINES = [
    # (line, reason or None when the line is a good article)
    (json.dumps({"text": "Le fonds Eurazeo a investi 25 millions d'euros dans la jeune pousse lyonnaise Exotrail.",
                 "title": "Exotrail lève des fonds", "date": "2024-09-17", "url": "https://exemple.fr/exotrail"},
                ensure_ascii=False), None),
    ("", None),  # blank line: not an article
    ('{"text": "Schneider Electric va investir', "invalid JSON"),
    ('["une", "liste"]', "line is not a JSON object"),
    (json.dumps({"title": "Sans texte", "date": "2024-01-02"}), "no text"),
    (json.dumps({"text": "Capgemini va investir 10 millions d'euros.", "date": "17/09/2024"}), "bad date"),
    (json.dumps({"text": "Renault investira 300 millions d'euros dans son usine de Douai d'ici 2027.",
                 "date": "2023-11-30"}, ensure_ascii=False), None),
]


def test_jsonl_dump(tmp_path, nlp):
    dump = tmp_path / "in" / "depeches.jsonl"
    dump.parent.mkdir()
    dump.write_text("\n".join(line for line, _ in DUMP_LINES) + "\n", encoding="utf-8")
    with Store(tmp_path / "p.sqlite") as store:
        summary = run_batch(tmp_path / "in", store, extractor=Extractor(nlp=nlp))
        failures = dict(store.failures())
        results = {r.source: r for r in store.iter_results()}
        url = store.conn.execute("SELECT url FROM articles WHERE source = ?", (f"{dump}#L1",)).fetchone()[0]
        rerun = run_batch(tmp_path / "in", store, extractor=Extractor(nlp=nlp))
    for number, (line, reason) in enumerate(DUMP_LINES, start=1):
        source = f"{dump}#L{number}"
        if not line.strip():
            assert source not in failures and source not in results
        elif reason is None:
            assert results[source].pledges, source
        else:
            assert failures[source].startswith(reason), failures[source]
    first = results[f"{dump}#L1"]
    assert (first.title, first.published.isoformat(), first.pledges[0].investor) == (
        "Exotrail lève des fonds", "2024-09-17", "Eurazeo")
    assert url == "https://exemple.fr/exotrail"
    assert list(results) == [f"{dump}#L1", f"{dump}#L7"]
    assert (summary.ok, len(summary.failed), rerun.ok, rerun.unchanged) == (2, 4, 0, 2)


# ------------------------------------------------------------------ subprocess: SIGKILL resume, workers

COMPANIES = ["Airbus", "Danone", "Veolia", "Thales", "Capgemini", "Michelin", "Orange", "Safran", "Engie", "Atos"]
PLACES = ["Toulouse", "Lyon", "Nantes", "Bordeaux", "Lille", "Grenoble", "Rennes", "Strasbourg"]
VERBS = ["va investir", "a promis d'investir", "compte investir", "prévoit d'investir"]
TARGETS = ["une nouvelle usine", "son centre de recherche", "des panneaux solaires", "la formation de ses salariés"]


def generated_articles(n: int) -> dict[str, str]:
    """Distinct small articles from the lists above (no randomness: the test is reproducible)."""
    out = {}
    for i in range(n):
        company, place = COMPANIES[i % len(COMPANIES)], PLACES[i % len(PLACES)]
        out[f"art{i:03d}.txt"] = (
            f"{company} mise sur {place}\n"
            f"{place}, le {1 + i % 28} mars 2024 - Le groupe {company} {VERBS[i % len(VERBS)]} "
            f"{10 + i} millions d'euros dans {TARGETS[i % len(TARGETS)]} à {place}.\n"
            f"La direction de {company} estime que ce projet créera {50 + 3 * i} emplois d'ici 2026.\n"
        )
    return out


def cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "extractor", *args], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, **kwargs,
    )


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_sigkill_then_restart_stores_every_article_once(tmp_path, nlp):
    files = generated_articles(40)
    write_tree(tmp_path / "in", files)
    db = tmp_path / "p.sqlite"
    proc = cli("batch", str(tmp_path / "in"), "--db", str(db), "--quiet", "--batch-size", "2")
    deadline = time.monotonic() + 300
    while stored_articles(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    killed_at = stored_articles(db)
    assert 0 < killed_at < len(files), "the kill must land in the middle of the run"

    again = cli("batch", str(tmp_path / "in"), "--db", str(db), "--quiet")
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert f"{killed_at} already stored unchanged" in err

    with sqlite3.connect(db) as conn:
        sources = [r[0] for r in conn.execute("SELECT source FROM articles WHERE status = 'ok'")]
        orphans = conn.execute(
            "SELECT (SELECT COUNT(*) FROM pledges WHERE article_id NOT IN (SELECT id FROM articles))"
            " + (SELECT COUNT(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles))"
        ).fetchone()[0]
    assert sorted(sources) == sorted(str(tmp_path / "in" / name) for name in files)
    assert orphans == 0
    direct = io.StringIO()
    write_results(Extractor(nlp=nlp).extract_many(sorted(tmp_path.joinpath("in").iterdir())), "jsonl", direct)
    assert export_jsonl(db) == direct.getvalue()  # every article complete, none twice


def test_exports_do_not_depend_on_workers(tmp_path):
    write_tree(tmp_path / "in", {**ARTICLES, "vide.txt": ""})
    exports = {}
    for workers in ("1", "2"):
        db, out = tmp_path / f"w{workers}.sqlite", tmp_path / f"w{workers}.jsonl"
        run = cli("batch", str(tmp_path / "in"), "--db", str(db), "--out", str(out), "--workers", workers,
                  "--quiet", "--batch-size", "2")
        _, err = run.communicate(timeout=600)
        assert run.returncode == EXIT_SOME_FAILED, err  # the empty file
        assert "failed: " + str(tmp_path / "in" / "vide.txt") + ": empty file" in err
        for fmt in ("jsonl", "csv"):
            exp = cli("export", "--db", str(db), "--format", fmt)
            stdout, err = exp.communicate(timeout=600)
            assert exp.returncode == 0, err
            exports[workers, fmt] = stdout
        exports[workers, "out"] = out.read_text(encoding="utf-8")
    assert exports["1", "jsonl"] == exports["2", "jsonl"] == exports["1", "out"] == exports["2", "out"]
    assert exports["1", "csv"] == exports["2", "csv"]
    assert len(exports["1", "jsonl"].splitlines()) == len(ARTICLES)
    assert exports["1", "csv"].splitlines()[0].startswith("source,title,published,investor,recipient,amount")
