"""``extractor batch --engine dask``: the batch spread over a Dask cluster, results as part files.

Why it is built this way:
- the client only walks and hashes (no parsing): files are grouped into partitions of N files
  in walk order, each named by a hash of its sources and contents, so a rerun skips the parts
  already on disk without asking any worker, and a changed file re-runs only its partition;
- each worker process loads the pipeline once (``ExtractorPlugin.setup``, backed by a
  per-process cache) and reads + extracts its partition with the local batch's own code
  (``batch.read_items`` / ``batch.extract_items``), so failure reasons and records are the same;
- a task writes its part file itself (``*.tmp`` then ``os.replace``) to the shared ``--out``
  folder and returns a small plain dict (counts, hashes, failures): no spaCy object and no
  article text crosses the network, and a worker killed mid-task leaves no half part behind;
- SQLite is not shared across machines: ``load_parts`` merges the parts into a ``Store``
  afterwards, in source order, with the local engine's duplicate rules.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator, Optional, Union

from .batch import (
    DEFAULT_MAX_BYTES,
    DUMP_SUFFIX,
    TEXT_SUFFIXES,
    Item,
    Summary,
    extract_items,
    file_content_hash,
    read_items,
    walk,
)
from .records import ArticleResult
from .store import Store, source_key

try:  # the merge (``load``) works without Dask; only running the batch needs it
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - exercised only where dask is absent
    WorkerPlugin = object  # type: ignore[assignment,misc]

MANIFEST = "manifest.json"
PART_PREFIX = "part-"
PART_SUFFIX = ".jsonl"
DEFAULT_PARTITION_SIZE = 64
TASK_RETRIES = 2
TASK_PREFIX = "pledge-part-"
_HASH_THREADS = 8  # the client's hashing is I/O-bound (shared storage latency), hashlib frees the GIL


# ----------------------------------------------------------------------------- planning (client side)


@dataclass(frozen=True)
class Part:
    """One partition: N files in walk order, named by what they contain."""

    index: int
    name: str
    files: tuple[tuple[str, str], ...]  # (source as walked, absolute path the workers open)

    def path(self, out_dir: Path) -> Path:
        return out_dir / f"{self.name}{PART_SUFFIX}"


def _fingerprint(path: Path, max_bytes: int) -> str:
    """What a part name hashes for one file: the content hash the store keeps, else a stand-in
    that changes when the failure reason could change (size of a too-large file, presence)."""
    if path.suffix.lower() == DUMP_SUFFIX:
        digest = hashlib.sha256()
        try:
            with path.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            return digest.hexdigest()
        except OSError as exc:
            return f"unreadable:{type(exc).__name__}"
    content = file_content_hash(path, max_bytes)
    if content is not None:
        return content
    try:
        return f"unread:{path.stat().st_size}"
    except OSError as exc:
        return f"unreadable:{type(exc).__name__}"


def plan_parts(
    root: Union[str, Path], partition_size: int, max_bytes: int = DEFAULT_MAX_BYTES,
    notes: Optional[IO[str]] = None,
) -> tuple[list[Part], Counter]:
    """Partitions of the readable kinds of files under ``root`` and the count of ignored suffixes."""
    ignored: Counter = Counter()
    kept: list[Path] = []
    for path in walk(root):
        suffix = path.suffix.lower()
        if suffix in TEXT_SUFFIXES or suffix == DUMP_SUFFIX:
            kept.append(path)
        else:
            ignored[suffix] += 1
            if notes is not None:
                notes.write(f"note: skipped {path} (not .txt/.md/.html/.htm/.jsonl)\n")
    with ThreadPoolExecutor(_HASH_THREADS) as pool:
        prints = list(pool.map(lambda p: _fingerprint(p, max_bytes), kept))
    parts = []
    size = max(1, partition_size)
    for index, start in enumerate(range(0, len(kept), size)):
        chunk = kept[start : start + size]
        key = json.dumps([max_bytes, [[str(p), fp] for p, fp in zip(chunk, prints[start : start + size])]])
        name = PART_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
        parts.append(Part(index, name, tuple((str(p), str(p.absolute())) for p in chunk)))
    return parts, ignored


def _write_atomic(path: Path, lines: Iterator[str]) -> None:
    """Write ``*.tmp`` next to ``path`` then rename: readers see the whole file or none."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_manifest(out_dir: Path, root: Union[str, Path], parts: list[Part], partition_size: int,
                   max_bytes: int) -> None:
    """The run's parts in source order: what ``load_parts`` merges (stale parts are ignored)."""
    manifest = {
        "format": 1, "root": str(root), "partition_size": partition_size, "max_bytes": max_bytes,
        "parts": [{"name": p.name, "files": len(p.files)} for p in parts],
    }
    _write_atomic(out_dir / MANIFEST, iter([json.dumps(manifest, ensure_ascii=False, indent=1)]))


# ----------------------------------------------------------------------------- worker side

_EXTRACTORS: dict = {}
_LOAD_LOCK = threading.Lock()
_PIPE_LOCKS: dict = {}


def worker_extractor(model: Optional[str] = None):
    """The process's Extractor for ``model``, built on first use: the pipeline loads once per worker."""
    with _LOAD_LOCK:
        if model not in _EXTRACTORS:
            from .api import Extractor

            _EXTRACTORS[model] = Extractor(model)
            _PIPE_LOCKS[model] = threading.Lock()  # a worker run with --nthreads > 1 must not share nlp
        return _EXTRACTORS[model]


class ExtractorPlugin(WorkerPlugin):
    """Loads the pipeline when a worker starts (and on every replacement worker), off its event loop."""

    idempotent = True  # a long-lived cluster keeps its loaded pipeline across runs

    def __init__(self, model: Optional[str] = None):
        self.model = model
        self.name = f"pledge-extractor:{model or 'default'}"

    async def setup(self, worker) -> None:
        await asyncio.get_running_loop().run_in_executor(None, worker_extractor, self.model)


class _PartSink:
    """Store-like: takes ``_extract_chunk``'s ``save_result`` / ``save_failure`` calls as part rows."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def save_result(self, result: ArticleResult, content_hash: Optional[str], seconds: Optional[float] = None,
                    url: Optional[str] = None) -> None:
        self.rows.append({"source": result.source, "status": "ok", "content_hash": content_hash, "url": url,
                          "seconds": seconds, "error": None, "result": result.to_json_dict()})

    def save_failure(self, source: str, error: str, content_hash: Optional[str] = None,
                     seconds: Optional[float] = None, url: Optional[str] = None) -> None:
        self.rows.append({"source": source, "status": "failed", "content_hash": content_hash, "url": url,
                          "seconds": seconds, "error": error, "result": None})


def run_part(name: str, files: list[tuple[str, str]], part_path: str, max_bytes: int = DEFAULT_MAX_BYTES,
             batch_size: int = 16, model: Optional[str] = None) -> dict:
    """The Dask task: read and extract one partition, write its part file, return its header.

    Same reader, duplicate rule and chunked extraction as ``run_batch``; the header (a plain
    dict, also the part file's first line) is all the client needs for the run summary.
    """
    started = time.perf_counter()
    extractor = worker_extractor(model)
    sink, summary = _PartSink(), Summary()
    first_source: dict[str, str] = {}  # content hash -> source, readable articles of this part
    pending: list[Item] = []
    chunk_size = max(64, batch_size * 8)  # the local default for one worker
    extract_seconds = 0.0

    def flush() -> None:
        nonlocal extract_seconds
        start = time.perf_counter()
        with _PIPE_LOCKS[model]:
            extract_items(extractor, pending, sink, summary, batch_size)
        extract_seconds += time.perf_counter() - start
        pending.clear()

    for source, path in files:
        for item in read_items(Path(path), max_bytes, source=source):
            first = first_source.get(item.content_hash) if item.content_hash else None
            if first is not None and first != item.source:
                summary.duplicates += 1
            elif item.error is not None:
                sink.save_failure(item.source, item.error, item.content_hash, item.seconds, item.url)
            else:
                pending.append(item)
                if item.content_hash:
                    first_source.setdefault(item.content_hash, item.source)
                if len(pending) >= chunk_size:
                    flush()
    flush()
    rows = sorted(sink.rows, key=lambda r: source_key(r["source"]))
    header = {
        "part": name,
        "articles": [
            ["ok", r["content_hash"], len(r["result"]["pledges"])] if r["status"] == "ok"
            else ["failed", r["source"], r["error"]]
            for r in rows
        ],
        "duplicates": summary.duplicates,
        "extract_seconds": extract_seconds,
        "pid": os.getpid(),
    }
    header["seconds"] = time.perf_counter() - started  # before the write: the write is part overhead too
    lines = [json.dumps(header, ensure_ascii=False)] + [json.dumps(r, ensure_ascii=False) for r in rows]
    _write_atomic(Path(part_path), iter(lines))
    header["seconds"] = time.perf_counter() - started
    return header


def read_part_header(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        return json.loads(fh.readline())


def iter_part_rows(path: Path) -> Iterator[dict]:
    with path.open("r", encoding="utf-8") as fh:
        fh.readline()  # header
        for line in fh:
            if line.strip():
                yield json.loads(line)


# ----------------------------------------------------------------------------- run (client side)


@dataclass
class DaskSummary(Summary):
    """The local Summary plus what the cluster did (parts run / reused, task times)."""

    parts_run: int = 0
    parts_skipped: int = 0
    parts_failed: int = 0
    out_dir: str = ""
    startup_seconds: float = 0.0  # cluster start or connect + pipeline load on the workers
    run_seconds: float = 0.0  # first submit -> last result
    task_seconds: float = 0.0  # sum over tasks run, measured inside them
    extract_seconds: float = 0.0  # sum over tasks run, nlp only
    workers: int = 0

    def render(self) -> str:
        text = super().render()
        parts = self.parts_run + self.parts_skipped
        where = f" on {self.workers} worker(s)" if self.workers else ""
        line = f"parts: {self.parts_run} run{where}, {self.parts_skipped} already done ({parts} in {self.out_dir})"
        if self.parts_failed:
            line += f", {self.parts_failed} failed (rerun to retry them)"
        return text + "\n" + line


def _tally(summary: DaskSummary, headers: list[tuple[dict, bool]]) -> None:
    """Fold the part headers (in source order) into the summary with the local engine's rules:
    an article whose content an earlier part already holds is a duplicate, not a second record."""
    seen: set[str] = set()
    for header, fresh in headers:
        summary.duplicates += header["duplicates"]
        for status, key, value in header["articles"]:
            if status == "failed":
                summary.failed.append((key, value))
            elif key in seen:
                summary.duplicates += 1
            else:
                seen.add(key)
                if fresh:
                    summary.ok += 1
                    summary.pledges += value
                else:
                    summary.unchanged += 1


def connect(scheduler: Optional[str] = None, n_workers: Optional[int] = None):
    """(client, cluster or None): a Client on ``scheduler``, or on a LocalCluster sized to this machine."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout="30s"), None
    cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_dask_batch(
    root: Union[str, Path],
    out_dir: Union[str, Path],
    client=None,
    scheduler: Optional[str] = None,
    n_workers: Optional[int] = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    model: Optional[Union[str, Path]] = None,
    force: bool = False,
    batch_size: int = 16,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    notes: Optional[IO[str]] = None,
) -> DaskSummary:
    """Extract every article under ``root`` into part files under ``out_dir``; see the module docstring.

    ``client``: an existing ``distributed.Client`` (tests, notebooks); else one is opened on
    ``scheduler`` or on a new LocalCluster (``n_workers`` processes, one thread each) and closed
    at the end. Parts already in ``out_dir`` are not submitted again unless ``force``.
    """
    from distributed import as_completed

    started = time.perf_counter()
    out = Path(out_dir).absolute()
    out.mkdir(parents=True, exist_ok=True)
    summary = DaskSummary(out_dir=str(out_dir))
    parts, summary.ignored = plan_parts(root, partition_size, max_bytes, notes)
    write_manifest(out, root, parts, partition_size, max_bytes)
    todo = [p for p in parts if force or not p.path(out).exists()]
    summary.parts_skipped = len(parts) - len(todo)
    running = {p.index for p in todo}
    headers: dict[int, tuple[dict, bool]] = {
        p.index: (read_part_header(p.path(out)), False) for p in parts if p.index not in running
    }
    model_arg = str(Path(model).absolute()) if model is not None else None
    own = None
    if todo:
        t0 = time.perf_counter()
        if client is None:
            client, cluster = connect(scheduler, n_workers)
            own = (client, cluster)
        try:
            client.register_plugin(ExtractorPlugin(model_arg))
            summary.workers = len(client.nthreads())
            summary.startup_seconds = time.perf_counter() - t0
            t1 = time.perf_counter()
            futures = {
                client.submit(run_part, p.name, list(p.files), str(p.path(out)), max_bytes, batch_size, model_arg,
                              key=f"{TASK_PREFIX}{p.name}", retries=TASK_RETRIES, pure=False): p
                for p in todo
            }
            bar = _progress_bar(len(todo), progress)
            try:
                for future in as_completed(futures):
                    part = futures[future]
                    try:
                        header = future.result()
                    except Exception as exc:  # noqa: BLE001 - lost after retries: record, go on
                        reason = f"dask task failed: {type(exc).__name__}: {exc}".splitlines()[0]
                        header = {"duplicates": 0, "articles": [["failed", s, reason] for s, _ in part.files]}
                        summary.parts_failed += 1
                    else:
                        summary.parts_run += 1
                        summary.task_seconds += header["seconds"]
                        summary.extract_seconds += header["extract_seconds"]
                    headers[part.index] = (header, True)
                    bar.update(1)
            finally:
                bar.close()
            summary.run_seconds = time.perf_counter() - t1
        finally:
            if own is not None:
                own[0].close()
                if own[1] is not None:
                    own[1].close()
    _remove_orphan_tmp(out, parts)
    _tally(summary, [headers[p.index] for p in parts])
    summary.seconds = time.perf_counter() - started
    return summary


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="part", disable=not enabled, file=sys.stderr, dynamic_ncols=True)


def _remove_orphan_tmp(out: Path, parts: list[Part]) -> None:
    """Temp files of tasks whose worker died: every task of this run is over, so none is live."""
    names = {f".{part.name}{PART_SUFFIX}" for part in parts}
    for tmp in out.glob(f".{PART_PREFIX}*.tmp"):
        if tmp.name.split(".tmp")[0].rsplit(".", 1)[0] in names:
            tmp.unlink(missing_ok=True)


# ----------------------------------------------------------------------------- merge


class MissingParts(Exception):
    """The manifest lists parts that are not on disk: the batch has not finished."""


def manifest_parts(out_dir: Union[str, Path]) -> list[Path]:
    """The part files of the last run on ``out_dir``, in source order; MissingParts if unfinished."""
    out = Path(out_dir)
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MissingParts(f"{out / MANIFEST} not found: run `extractor batch DIR --engine dask --out {out}`") from None
    paths = [out / f"{p['name']}{PART_SUFFIX}" for p in manifest["parts"]]
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise MissingParts(
            f"{len(missing)} of {len(paths)} parts are not finished (first: {missing[0].name}); "
            "rerun the same batch command: finished parts are kept"
        )
    return paths


def load_parts(out_dir: Union[str, Path], store: Store) -> Summary:
    """Merge the parts of ``out_dir`` into ``store`` with the local engine's rules: an article
    stored unchanged is left alone, one whose content is stored under another source is a
    duplicate, failed articles are recorded with their reason. Rows go in source order."""
    summary = Summary()
    started = time.perf_counter()
    for path in manifest_parts(out_dir):
        for row in iter_part_rows(path):
            source, digest = row["source"], row["content_hash"]
            if row["status"] == "failed":
                store.save_failure(source, row["error"], digest, row["seconds"], row["url"])
                summary.failed.append((source, row["error"]))
                continue
            stored = store.find_ok(digest) if digest else None
            if stored is not None and stored.source == source:
                summary.unchanged += 1
            elif stored is not None:
                summary.duplicates += 1
                store.forget_if_changed(source, digest)
            else:
                result = ArticleResult.model_validate(row["result"])
                store.save_result(result, digest, seconds=row["seconds"], url=row["url"])
                summary.ok += 1
                summary.pledges += len(result.pledges)
    summary.seconds = time.perf_counter() - started
    return summary


def load_to_jsonl(out_dir: Union[str, Path], out: IO[str]) -> Summary:
    """The parts as one JSONL file, exactly as ``extractor export`` would write them from a store."""
    from .output import write_results

    with tempfile.TemporaryDirectory(prefix="extractor-load-") as tmp:
        with Store(Path(tmp) / "merge.sqlite") as store:
            summary = load_parts(out_dir, store)
            write_results(store.iter_results(), "jsonl", out)
    return summary
