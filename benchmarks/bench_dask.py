"""Throughput of ``extractor batch --engine dask`` on 2 local workers vs the local batch, and its overhead.

Not a test: run ``/work/venv/bin/python benchmarks/bench_dask.py [--articles 300]`` from the
repo root. On the generated corpus of ``bench_throughput.py`` (same generator, same seed):

1. whole commands as subprocesses, fresh output each run: ``extractor batch`` with
   ``--workers 1`` and ``--workers 2`` (local engine, SQLite) and ``--engine dask --workers 2``
   (a LocalCluster of 2 processes started by the command); wall and CPU seconds;
2. inside the Dask run (a LocalCluster started once, pipeline already loaded on both workers),
   for several partition sizes: run wall time, the sum of in-task time and of in-task
   extraction time, and the scheduling overhead per article
   ``(workers x run wall - sum of in-task extraction time) / articles``, i.e. worker-seconds
   per article not spent in the pipeline (scheduling, reading, part writing, idle tail);
3. for reference, the local ``run_batch`` with an already loaded Extractor (1 process).

The figures go to stdout and into ``benchmarks/RESULTS.md`` between the ``bench_dask``
markers (the section is replaced on a rerun; the rest of the file is left alone).
"""
from __future__ import annotations

import argparse
import logging
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for path in (REPO, REPO / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from bench_throughput import DASK_END, DASK_START, generate_articles, load_average, machine  # noqa: E402

WORKERS = 2
START_MARK, END_MARK = DASK_START, DASK_END


def write_corpus(texts: list[str], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for n, text in enumerate(texts):
        (folder / f"article{n:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def run_cli(args: list[str]) -> tuple[float, float]:
    """(wall, CPU of the command and every process it started) of one ``extractor`` command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "extractor", *args], cwd=REPO, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"extractor {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def measure_commands(folder: Path, tmp: Path, repeats: int, partition_size: int) -> dict[str, list]:
    runs: dict[str, list] = {"local w1": [], "local w2": [], "dask w2": []}
    for r in range(repeats):  # interleaved: foreign load on the shared machine hits every command alike
        runs["local w1"].append(run_cli(["batch", str(folder), "--db", str(tmp / f"w1-{r}.sqlite"), "-q",
                                         "--workers", "1"]))
        runs["local w2"].append(run_cli(["batch", str(folder), "--db", str(tmp / f"w2-{r}.sqlite"), "-q",
                                         "--workers", "2"]))
        runs["dask w2"].append(run_cli(["batch", str(folder), "--engine", "dask", "--workers", str(WORKERS),
                                        "--partition-size", str(partition_size), "--out", str(tmp / f"parts-{r}"),
                                        "-q"]))
    return runs


def measure_inside(folder: Path, tmp: Path, repeats: int, sizes: list[int]) -> dict:
    """Per partition size: the best run (by wall) of ``run_dask_batch`` on a warm LocalCluster."""
    from distributed import Client, LocalCluster

    from extractor.distributed import ExtractorPlugin, run_dask_batch

    start = time.perf_counter()
    with LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.register_plugin(ExtractorPlugin())
        startup = time.perf_counter() - start
        runs: dict[int, list] = {size: [] for size in sizes}
        for r in range(repeats):
            for size in sizes:
                out = tmp / f"inside-{size}-{r}"
                runs[size].append(run_dask_batch(folder, out, client=client, partition_size=size))
                shutil.rmtree(out)
    return {"startup": startup, "best": {size: min(rs, key=lambda s: s.run_seconds) for size, rs in runs.items()}}


def measure_local_warm(folder: Path, tmp: Path, repeats: int) -> float:
    """Seconds of ``run_batch`` with the Extractor already loaded (1 process), best of ``repeats``."""
    from extractor.api import Extractor
    from extractor.batch import run_batch
    from extractor.store import Store

    ex = Extractor()
    times = []
    for r in range(repeats):
        with Store(tmp / f"warm-{r}.sqlite") as store:
            times.append(run_batch(folder, store, extractor=ex).seconds)
    return min(times)


def report(info: dict, n: int, cmds: dict, inside: dict, warm: float, loads: list[str], args) -> str:
    best = {name: min(runs) for name, runs in cmds.items()}
    w1 = best["local w1"][0]
    lines = [
        START_MARK,
        "## Dask engine: `extractor batch --engine dask` on 2 local workers",
        "",
        f"Generated by `benchmarks/bench_dask.py --articles {n}` on {time.strftime('%Y-%m-%d %H:%M')}. "
        f"Machine: nproc {info['nproc']}, CPU {info['cpu']}, Python {info['python']}, spaCy {info['spacy']}, "
        f"dask/distributed {info['distributed']}. Load average (1/5/15 min) at the start, after the commands, "
        f"at the end: {' | '.join(loads)}. The machine is shared: best of {args.repeats} interleaved repeats.",
        "",
        f"Corpus: the {n} generated articles of `bench_throughput.py` (same generator and seed), one .txt file each.",
        "",
        "### Whole commands (subprocess: interpreter, model load(s), run; fresh output each time)",
        "",
        "| command | wall s | CPU s | articles/s | speed-up vs local --workers 1 |",
        "|---|---:|---:|---:|---:|",
    ]
    labels = {
        "local w1": "`batch --workers 1` (local, SQLite)",
        "local w2": "`batch --workers 2` (local, SQLite)",
        "dask w2": f"`batch --engine dask --workers 2 --partition-size {args.partition_size}` (LocalCluster started "
                   "by the command)",
    }
    for name, label in labels.items():
        wall, cpu = best[name]
        lines.append(f"| {label} | {wall:.1f} | {cpu:.1f} | {n / wall:.1f} | {w1 / wall:.2f}x |")
    lines += [
        "",
        "All runs (wall s, CPU s): " + "; ".join(
            f"{name} " + ", ".join(f"({w:.1f}, {c:.1f})" for w, c in runs) for name, runs in cmds.items()
        ),
        "",
        "### Inside the Dask run (warm LocalCluster, pipeline loaded on both workers)",
        "",
        f"Starting the LocalCluster and loading the pipeline on its {WORKERS} workers (in parallel): "
        f"{inside['startup']:.1f} s. For reference, the local `run_batch` with an already loaded Extractor "
        f"(1 process): {warm:.1f} s, {n / warm:.1f} articles/s, {1000 * warm / n:.0f} ms per article.",
        "",
        "Overhead per article = (workers x run wall - sum of in-task extraction seconds) / articles: the "
        "worker-seconds per article spent outside the pipeline (scheduling, reading files, writing parts, "
        "waiting for the last part).",
        "",
        "| partition size | parts | run wall s | articles/s | speed-up vs warm local 1 process | sum in-task s "
        "| sum extraction s | overhead ms/article | of which outside tasks ms/article |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, s in inside["best"].items():
        slots = WORKERS * s.run_seconds
        lines.append(
            f"| {size} | {s.parts_run} | {s.run_seconds:.1f} | {n / s.run_seconds:.1f} | {warm / s.run_seconds:.2f}x "
            f"| {s.task_seconds:.1f} | {s.extract_seconds:.1f} | {1000 * (slots - s.extract_seconds) / n:.0f} "
            f"| {1000 * (slots - s.task_seconds) / n:.0f} |"
        )
    per_worker = min(s.extract_seconds for s in inside["best"].values()) / n
    lines += [
        "",
        f"In-task extraction cost: {1000 * per_worker:.0f} ms per article in each of the {WORKERS} workers "
        f"running side by side, against {1000 * warm / n:.0f} ms in the lone warm local process: the ratio "
        f"({per_worker * n / warm:.2f}) is how much the workers slow each other down on this machine "
        "(1.0 = they got a core each).",
        "",
        f"On {info['nproc']} cores the 2 worker processes share the CPUs with the client and the scheduler, and "
        "the local `--workers 2` row is the multiprocess `nlp.pipe` of the local engine. The whole-command rows "
        "include the model load: once for the local engine, on each worker (in parallel) plus the cluster start "
        "for Dask. Large partitions leave one worker idle at the end (the overhead column grows); small ones "
        "pay more scheduling per article. On a real cluster, add the client's hashing of every file (one read "
        "of the corpus over the shared storage) and the part writes to that storage.",
        END_MARK,
    ]
    return "\n".join(lines)


def write_section(results: Path, section: str) -> None:
    """Replace the bench_dask section of RESULTS.md, or append it; the rest of the file is kept."""
    text = results.read_text(encoding="utf-8") if results.exists() else ""
    if START_MARK in text and END_MARK in text:
        head, rest = text.split(START_MARK, 1)
        text = head + section + rest.split(END_MARK, 1)[1]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + section + "\n"
    results.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=2, help="interleaved repeats; the best one is reported")
    parser.add_argument("--partition-size", type=int, default=16, help="for the whole-command Dask row")
    parser.add_argument("--sizes", type=int, nargs="+", default=[8, 32, 64], help="partition sizes, inside run")
    parser.add_argument("--results", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    args = parser.parse_args()

    import distributed

    info = {**machine(), "distributed": distributed.__version__}
    texts = generate_articles(args.articles)
    loads = [load_average()]
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp_name:
        tmp = Path(tmp_name)
        folder = write_corpus(texts, tmp / "articles")
        print("whole commands: local --workers 1 / 2, dask --workers 2 ...", file=sys.stderr)
        cmds = measure_commands(folder, tmp, args.repeats, args.partition_size)
        loads.append(load_average())
        print(f"inside the Dask run, partition sizes {args.sizes} ...", file=sys.stderr)
        inside = measure_inside(folder, tmp, args.repeats, args.sizes)
        print("local run_batch, warm ...", file=sys.stderr)
        warm = measure_local_warm(folder, tmp, args.repeats)
        loads.append(load_average())
    section = report(info, len(texts), cmds, inside, warm, loads, args)
    write_section(args.results, section)
    print(section)


if __name__ == "__main__":
    main()
