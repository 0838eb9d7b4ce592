"""``extractor batch --engine dask``: same records as the local batch, parts reused on rerun, worker loss survived.

One LocalCluster (2 worker processes, pipeline loaded once each) serves the whole module;
the test that kills a worker runs last.
"""
from __future__ import annotations

import io
import json
import logging
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip(
    "dask.distributed", reason="dask[distributed] is not installed: the --engine dask batch cannot run here"
)
from distributed import Client, LocalCluster, WorkerPlugin  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from extractor.api import Extractor  # noqa: E402
from extractor.batch import EXIT_SOME_FAILED, run_batch  # noqa: E402
from extractor.cli import app  # noqa: E402
from extractor.distributed import (  # noqa: E402
    MANIFEST,
    TASK_PREFIX,
    ExtractorPlugin,
    load_parts,
    load_to_jsonl,
    run_dask_batch,
)
from extractor.output import write_results  # noqa: E402
from extractor.store import Store  # noqa: E402

ARTICLES = {
    "bretagne/lannion-photonique.txt": (
        "Une usine de photonique pour Lannion\n"
        "Lannion, le 3 octobre 2024 - Le fabricant de lasers Lumibird va investir 45 millions d'euros "
        "dans une nouvelle unité de production à Lannion d'ici 2026.\n"
        "Le site accueillera une centaine de techniciens supplémentaires.\n"
    ),
    "bretagne/rennes-cyber.md": (
        "# La cybersécurité attire les capitaux à Rennes\n\n"
        "Publié le 18 novembre 2024\n\n"
        "La jeune pousse rennaise Glimps a levé 25 millions d'euros auprès du fonds Eurazeo pour "
        "recruter des ingénieurs et ouvrir un bureau en Allemagne.\n"
    ),
    "nord/dunkerque-batteries.txt": (
        "Batteries : ProLogium confirme Dunkerque\n"
        "Dunkerque, le 12 mai 2024 - Le taïwanais ProLogium va investir 5,2 milliards d'euros dans une "
        "gigafactory de batteries à Dunkerque.\n"
        "La production doit démarrer avant la fin de la décennie.\n"
    ),
    "nord/lille-logistique.html": (
        "<!doctype html><html><head><title>Exotec agrandit son siège lillois</title>"
        '<meta property="article:published_time" content="2025-03-04"></head><body><article>'
        "<h1>Exotec agrandit son siège lillois</h1>"
        "<p>Le spécialiste des robots d'entrepôt Exotec a annoncé mardi un investissement de 30 millions "
        "d'euros dans son centre de recherche de Croix, près de Lille.</p>"
        "<p>L'entreprise compte embaucher plusieurs centaines d'ingénieurs dans les prochaines années, "
        "notamment en robotique et en logiciel embarqué.</p>"
        "</article></body></html>"
    ),
    "sud/marseille-cables.txt": (
        "Marseille renforce son hub numérique\n"
        "Marseille, le 9 septembre 2025 - Digital Realty va consacrer 300 millions d'euros à un nouveau "
        "centre de données à Marseille sur trois ans.\n"
    ),
    "sud/toulouse-spatial.txt": (
        "Le spatial toulousain soutenu par la Région\n"
        "Toulouse, le 21 janvier 2025 - La Région Occitanie a débloqué une aide de 12 millions d'euros "
        "pour la start-up Latitude afin de construire son usine de lanceurs.\n"
    ),
}
DUMP = "\n".join([
    json.dumps({"text": "Le groupe Schneider Electric va investir 40 millions d'euros dans son usine du Vaudreuil.",
                "title": "Schneider au Vaudreuil", "date": "2024-06-11", "url": "https://exemple.fr/schneider"},
               ensure_ascii=False),
    '{"text": "Valeo va investir',
    json.dumps({"text": "Le fonds Partech a investi 8 millions d'euros dans la jeune pousse nantaise Lengow.",
                "date": "2025-02-27"}, ensure_ascii=False),
]) + "\n"
BAD = {"vide.txt": b"", "image.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))}
COPY = ("zz-copie/toulouse.txt", "sud/toulouse-spatial.txt")  # same content, a later partition


def make_corpus(root: Path) -> Path:
    """The articles, a dump with one bad line, bad files, a broken link, a photo, a copy."""
    for name, text in {**ARTICLES, "depeches.jsonl": DUMP, COPY[0]: ARTICLES[COPY[1]]}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, data in {**BAD, "photo.jpg": b"\xff\xd8\xff\xe0"}.items():
        (root / name).write_bytes(data)
    os.symlink(root / "absent.txt", root / "lien.txt")
    return root


def export(db: Path) -> str:
    buf = io.StringIO()
    with Store(db) as store:
        write_results(store.iter_results(), "jsonl", buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def client():
    """2 worker processes, one thread each; the plugin loads the pipeline on both before any test."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.register_plugin(ExtractorPlugin())
        yield client


@pytest.fixture(scope="module")
def local(tmp_path_factory, nlp):
    """The local engine on the corpus: the reference every Dask run is compared with."""
    root = tmp_path_factory.mktemp("dask")
    corpus = make_corpus(root / "in")
    db = root / "local.sqlite"
    with Store(db) as store:
        summary = run_batch(corpus, store, extractor=Extractor(nlp=nlp))
        failures = store.failures()
    return corpus, summary, export(db), failures


@pytest.fixture(scope="module")
def dask_run(client, local, tmp_path_factory):
    corpus = local[0]
    out = tmp_path_factory.mktemp("parts")
    summary = run_dask_batch(corpus, out, client=client, partition_size=2)
    db = out.parent / f"{out.name}.sqlite"
    with Store(db) as store:
        loaded = load_parts(out, store)
        failures = store.failures()
    return out, summary, export(db), failures, loaded


def summary_key(s) -> tuple:
    return s.ok, s.unchanged, s.duplicates, sorted(s.failed), dict(s.ignored), s.pledges, s.exit_code


def test_records_identical_to_local_batch(local, dask_run):
    _, local_summary, local_jsonl, local_failures = local
    out, summary, jsonl, failures, loaded = dask_run
    assert jsonl == local_jsonl
    assert failures == local_failures
    assert summary_key(summary) == summary_key(local_summary)
    assert (loaded.ok, loaded.duplicates, loaded.pledges) == (summary.ok, summary.duplicates, summary.pledges)
    assert summary.parts_run == len(json.loads((out / MANIFEST).read_text())["parts"]) == 6  # 11 files by 2


def test_loading_twice_changes_nothing(dask_run):
    db = dask_run[0].parent / f"{dask_run[0].name}.sqlite"
    with Store(db) as store:
        before = store.counts()
        again = load_parts(dask_run[0], store)
        assert store.counts() == before
    assert (again.ok, again.unchanged, again.duplicates) == (0, dask_run[4].ok, dask_run[4].duplicates)


def test_load_to_one_jsonl_file_in_source_order(local, dask_run):
    buf = io.StringIO()
    load_to_jsonl(dask_run[0], buf)
    assert buf.getvalue() == local[2]
    sources = [json.loads(line)["source"] for line in buf.getvalue().splitlines()]
    assert len(sources) == len(set(sources)) == len(ARTICLES) + 2  # + the two good dump lines


@pytest.mark.parametrize(
    "source,reason",
    [
        ("vide.txt", "empty file"),
        ("image.md", "binary file"),
        ("lien.txt", "no such file"),
        ("depeches.jsonl#L2", "invalid JSON"),
    ],
)
def test_failed_reads_recorded_with_their_reason(local, dask_run, source, reason):
    failures = dict(dask_run[3])
    key = str(local[0] / source)
    assert failures[key].startswith(reason)
    assert dict(dask_run[1].failed)[key] == failures[key]


@pytest.mark.parametrize(
    "source,amount,currency",
    [
        ("bretagne/lannion-photonique.txt", 45e6, "EUR"),
        ("bretagne/rennes-cyber.md", 25e6, "EUR"),
        ("nord/dunkerque-batteries.txt", 5.2e9, "EUR"),
        ("nord/lille-logistique.html", 30e6, "EUR"),
        ("sud/marseille-cables.txt", 300e6, "EUR"),
        ("sud/toulouse-spatial.txt", 12e6, "EUR"),
        ("depeches.jsonl#L1", 40e6, "EUR"),
        ("depeches.jsonl#L3", 8e6, "EUR"),
    ],
)
def test_each_article_extracted_on_the_cluster(local, dask_run, source, amount, currency):
    records = {json.loads(line)["source"]: json.loads(line) for line in dask_run[2].splitlines()}
    pledges = records[str(local[0] / source)]["pledges"]
    assert [(p["amount"], p["currency"]) for p in pledges] == [(amount, currency)]


def test_copy_under_another_source_stored_once(local, dask_run):
    sources = {json.loads(line)["source"] for line in dask_run[2].splitlines()}
    assert str(local[0] / COPY[1]) in sources and str(local[0] / COPY[0]) not in sources
    assert dask_run[1].duplicates == 1


def test_rerun_skips_finished_parts_and_reruns_a_changed_one(client, tmp_path):
    corpus = make_corpus(tmp_path / "in")
    out = tmp_path / "parts"
    first = run_dask_batch(corpus, out, client=client, partition_size=2)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
    orphan = out / f".{min(stamps)}.deadbeef.tmp"  # what a worker killed while writing leaves
    orphan.write_text("{}", encoding="utf-8")
    again = run_dask_batch(corpus, out, client=client, partition_size=2)
    assert not orphan.exists()
    assert (again.parts_run, again.parts_skipped) == (0, first.parts_run)
    assert (again.ok, again.unchanged, again.pledges) == (0, first.ok, 0)
    assert sorted(again.failed) == sorted(first.failed) and again.exit_code == first.exit_code == EXIT_SOME_FAILED
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")} == stamps

    (corpus / "sud/marseille-cables.txt").write_text(
        ARTICLES["sud/marseille-cables.txt"].replace("300 millions", "350 millions"), encoding="utf-8"
    )
    changed = run_dask_batch(corpus, out, client=client, partition_size=2)
    # walk order: the changed file shares its part with nord/lille-logistique.html, so both are re-extracted
    assert (changed.parts_run, changed.parts_skipped, changed.ok) == (1, first.parts_run - 1, 2)
    buf = io.StringIO()
    load_to_jsonl(out, buf)  # the manifest names the new part, not the stale one
    amounts = {json.loads(line)["source"]: [p["amount"] for p in json.loads(line)["pledges"]]
               for line in buf.getvalue().splitlines()}
    assert amounts[str(corpus / "sud/marseille-cables.txt")] == [350e6]
    assert len(amounts) == len(ARTICLES) + 2

    forced = run_dask_batch(corpus, out, client=client, partition_size=2, force=True)
    assert (forced.parts_run, forced.parts_skipped, forced.ok) == (first.parts_run, 0, first.ok)


def test_cli_batch_on_a_scheduler_then_load(client, local, tmp_path, monkeypatch):
    corpus, local_summary, local_jsonl, _ = local
    runner = CliRunner()
    address = client.scheduler.address
    parts, db = tmp_path / "parts", tmp_path / "p.sqlite"
    res = runner.invoke(app, ["batch", str(corpus), "--engine", "dask", "--scheduler", address, "--out", str(parts),
                              "--partition-size", "3", "--db", str(db), "--quiet"])
    assert res.exit_code == local_summary.exit_code == EXIT_SOME_FAILED, res.output
    assert export(db) == local_jsonl
    jsonl = tmp_path / "all.jsonl"
    res = runner.invoke(app, ["load", "--out", str(parts), "--jsonl", str(jsonl)])
    assert res.exit_code == EXIT_SOME_FAILED, res.output
    assert jsonl.read_text(encoding="utf-8") == local_jsonl

    next(parts.glob("part-*.jsonl")).unlink()  # as if the batch had been killed before that part
    res = runner.invoke(app, ["load", "--out", str(parts), "--db", str(tmp_path / "other.sqlite")])
    assert res.exit_code == 1 and "not finished" in res.output
    assert not (tmp_path / "other.sqlite").exists()


class KillOnce(WorkerPlugin):
    """Ends its worker process the first time any worker starts a partition task (marker file, O_EXCL)."""

    def __init__(self, marker: str):
        self.marker = marker
        self.name = "kill-once"

    def transition(self, key, start, finish, **kwargs) -> None:
        if finish == "executing" and str(key).startswith(TASK_PREFIX):
            try:
                os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return
            os._exit(1)


def test_worker_killed_mid_run_every_article_once(client, local, tmp_path):
    """Runs last: the nanny restarts the dead worker, which reloads the pipeline."""
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module
    corpus, local_summary, local_jsonl, _ = local
    marker = tmp_path / "killed"
    client.register_plugin(KillOnce(str(marker)))
    try:
        summary = run_dask_batch(corpus, tmp_path / "parts", client=client, partition_size=1)
    finally:
        client.unregister_worker_plugin("kill-once")
    assert marker.exists()  # a worker did die holding a task
    assert summary.parts_failed == 0, summary.failed
    assert summary_key(summary) == summary_key(local_summary)
    buf = io.StringIO()
    load_to_jsonl(tmp_path / "parts", buf)
    assert buf.getvalue() == local_jsonl
    assert not list((tmp_path / "parts").glob(".*.tmp"))
