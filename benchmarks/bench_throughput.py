"""Throughput and memory of the extractor, side by side with the bare spaCy pipeline.

Not a test: run ``/work/venv/bin/python benchmarks/bench_throughput.py [--quick]`` from the
repo root. In one run it measures, on generated French articles (templates + seeded
random facts, ~250 words each):

1. tokens/s of bare ``spacy.load("fr_core_news_md")`` with ``nlp.pipe``, of the same model
   with only tok2vec+ner, and of our full extraction (``Extractor.extract_many``, records
   included); ratios ours/bare and ours/tok2vec+ner;
2. the speed-up of ``extractor batch --workers 2`` over ``--workers 1`` (subprocesses,
   fresh db each);
3. peak RSS of a batch run after N1 and after N2 articles (300/3,000, ``--quick``: 100/1,000)
   in a subprocess, with ``nlp.memory_zone()`` (as shipped) and without it (control).

Results go to stdout and to ``benchmarks/RESULTS.md``.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BASE_MODEL = "fr_core_news_md"
BATCH_SIZE = 16

# --------------------------------------------------------------------------- article generator

COMPANIES = [
    "Airbus", "Danone", "Veolia", "Thales", "Capgemini", "Michelin", "Orange", "Safran", "Engie",
    "Schneider Electric", "OVHcloud", "Dassault Systèmes", "Sanofi", "TotalEnergies", "Alstom",
    "Mistral AI", "Pasqal", "Doctolib", "Back Market", "Ledger", "Ynsect", "Verkor", "Exotrail",
]
INVESTORS = [
    "Bpifrance", "Eurazeo", "Tikehau Capital", "Ardian", "Partech", "Temasek", "General Catalyst",
    "la Banque des Territoires", "la Caisse des Dépôts", "Amundi", "Axa", "Iris Capital",
]
PLACES = [
    "Toulouse", "Lyon", "Nantes", "Bordeaux", "Lille", "Grenoble", "Rennes", "Strasbourg", "Marseille",
    "Montpellier", "Dunkerque", "Clermont-Ferrand", "Nancy", "Rouen", "Brest", "Saclay", "Sophia Antipolis",
]
REGIONS = ["Occitanie", "Bretagne", "Normandie", "Grand Est", "Auvergne-Rhône-Alpes", "Hauts-de-France"]
VERBS = ["va investir", "a promis d'investir", "compte investir", "prévoit d'investir", "va consacrer",
         "s'engage à investir", "a annoncé un investissement de"]
TARGETS = [
    "une nouvelle usine de batteries", "son centre de recherche", "des centres de données",
    "la formation de ses salariés", "une ligne de production d'hydrogène", "le recyclage des métaux",
    "un campus dédié à l'intelligence artificielle", "la modernisation de son réseau",
]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre",
          "novembre", "décembre"]
FIRST = ["Claire", "Thomas", "Sophie", "Nicolas", "Julie", "Karim", "Léa", "Antoine", "Nadia", "Hugo"]
LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Garnier", "Chevalier", "Rousseau", "Benali"]
SYLLABLES = ["ka", "lo", "vi", "tra", "neo", "bio", "zen", "qua", "ly", "rex", "mo", "sol", "tek", "ga"]

FILLER = [
    "Le secteur traverse une période de forte concurrence, notamment face aux acteurs américains et asiatiques.",
    "Selon les analystes, la demande devrait continuer de progresser au cours des prochaines années.",
    "Les syndicats saluent une bonne nouvelle pour l'emploi local, tout en restant prudents sur le calendrier.",
    "Le gouvernement a rappelé que la souveraineté industrielle restait une priorité nationale.",
    "Plusieurs collectivités avaient déjà manifesté leur intérêt pour accueillir ce type de projet.",
    "La concurrence s'intensifie et les marges se réduisent, ce qui pousse les entreprises à se regrouper.",
    "Les premiers recrutements devraient commencer dès le prochain trimestre, selon la direction.",
    "Cette annonce intervient quelques semaines après la publication de résultats financiers jugés solides.",
    "Les élus locaux espèrent que ce choix attirera d'autres industriels et des sous-traitants dans le bassin.",
    "Le calendrier reste toutefois suspendu à l'obtention des autorisations environnementales nécessaires.",
    "Des associations de riverains ont demandé une réunion publique pour mieux connaître le projet.",
    "La direction n'a pas souhaité commenter les rumeurs de rachat qui circulent depuis plusieurs mois.",
]


# Markers of the section bench_dask.py owns in RESULTS.md.
DASK_START = "<!-- bench_dask:start -->"
DASK_END = "<!-- bench_dask:end -->"


def _amount(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return f"{rng.randint(2, 900)} millions d'euros"
    if kind < 0.7:
        return f"{rng.randint(1, 9)},{rng.randint(1, 9)} milliards d'euros"
    if kind < 0.85:
        return f"{rng.randint(5, 500)} M€"
    return f"{rng.randint(10, 800)} millions de dollars"


def _startup(rng: random.Random) -> str:
    """Invented names grow the vocabulary like real news does (the memory test needs that)."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def generate_article(rng: random.Random) -> str:
    company, investor, place = rng.choice(COMPANIES), rng.choice(INVESTORS), rng.choice(PLACES)
    startup, region = _startup(rng), rng.choice(REGIONS)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    year = rng.randint(2022, 2025)
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    facts = [
        f"Le groupe {company} {rng.choice(VERBS)} {_amount(rng)} dans {rng.choice(TARGETS)} à {place} "
        f"d'ici {year + rng.randint(1, 4)}.",
        f"La jeune pousse {startup} a levé {_amount(rng)} auprès de {investor} pour accélérer son "
        f"développement en {region}.",
        f"Le projet doit créer {rng.randint(20, 2000)} emplois directs sur {rng.randint(2, 10)} ans, "
        f"a précisé {person}, directrice générale de {company}.",
        f"La région {region} apportera de son côté une aide de {_amount(rng)} au titre de la transition "
        f"écologique.",
        f"En {year - 1}, {company} avait déjà engagé {_amount(rng)} sur le site de {rng.choice(PLACES)}, "
        f"référence interne {rng.randint(10000, 99999)}-{rng.choice(SYLLABLES).upper()}.",
        f"{investor} {rng.choice(VERBS)} {_amount(rng)} dans {rng.randint(3, 40)} entreprises de la "
        f"filière au cours des {rng.randint(2, 6)} prochaines années.",
    ]
    body = rng.sample(facts, k=len(facts)) + rng.sample(FILLER, k=9)
    rng.shuffle(body)
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    title = f"{company} accélère à {place} avec {startup}"
    return f"{title}\n{place}, le {day} {month} {year} - " + "\n\n".join(paragraphs) + "\n"


def generate_articles(n: int, seed: int = 2024) -> list[str]:
    rng = random.Random(seed)
    return [generate_article(rng) for _ in range(n)]


# --------------------------------------------------------------------------- helpers


def machine() -> dict[str, str]:
    import spacy

    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "fr_core_news_md": spacy.util.get_package_version(BASE_MODEL) or "?",
    }


def timed(run) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process, all threads) of ``run()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The fastest repeat: on a shared machine the others are slowed by foreign load, not by us."""
    return min(runs)


def load_average() -> str:
    with contextlib.suppress(OSError):
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return "?"


# --------------------------------------------------------------------------- measurements


def measure_throughput(texts: list[str], repeats: int) -> dict:
    import spacy

    from extractor.api import Extractor

    bare = spacy.load(BASE_MODEL)
    tokens = sum(len(doc) for doc in bare.tokenizer.pipe(texts))
    words = sum(len(t.split()) for t in texts)
    lean = spacy.load(BASE_MODEL, exclude=["morphologizer", "parser", "attribute_ruler", "lemmatizer"])
    ex = Extractor()
    pledges = []
    runners = {
        "bare": lambda: [None for _ in bare.pipe(texts, batch_size=BATCH_SIZE)],
        "lean": lambda: [None for _ in lean.pipe(texts, batch_size=BATCH_SIZE)],
        "ours": lambda: pledges.append(sum(len(r.pledges) for r in ex.extract_many(texts, batch_size=BATCH_SIZE))),
    }
    # Warm-up: first-call initialisation is not throughput.
    list(bare.pipe(texts[:8])), list(lean.pipe(texts[:8])), list(ex.extract_many(texts[:8]))
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in runners}
    for _ in range(repeats):  # interleaved, so foreign load hits every pipeline alike
        for name, run in runners.items():
            runs[name].append(timed(run))
    out = {
        "articles": len(texts), "words_per_article": words / len(texts), "tokens": tokens,
        "lean_pipes": lean.pipe_names, "ours_pipes": ex.nlp.pipe_names, "pledges": pledges[0],
        "runs": runs,
    }
    for name in runners:
        out[f"{name}_s"], out[f"{name}_cpu"] = best(runs[name])
    return out


def run_cli_batch(folder: Path, db: Path, workers: int) -> tuple[float, float]:
    """(wall, CPU of the subprocess and its workers) of one ``extractor batch`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "batch", str(folder), "--db", str(db), "--quiet",
         "--workers", str(workers)],
        cwd=REPO, capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"batch --workers {workers} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def measure_workers(texts: list[str], tmp: Path, repeats: int) -> dict:
    folder = tmp / "articles"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"article{n:05d}.txt").write_text(text, encoding="utf-8")
    startups = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from extractor.api import Extractor; Extractor()"], cwd=REPO,
                       check=True)
        startups.append(time.perf_counter() - start)
    runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    for r in range(repeats):
        for workers in (1, 2):
            db = tmp / f"w{workers}-{r}.sqlite"  # fresh db each run
            runs[workers].append(run_cli_batch(folder, db, workers))
    (w1, c1), (w2, c2) = best(runs[1]), best(runs[2])
    return {"startup_s": min(startups), "w1_s": w1, "w1_cpu": c1, "w2_s": w2, "w2_cpu": c2, "runs": runs}


def _reset_peak_rss() -> bool:
    """Writing 5 to clear_refs resets VmHWM (Linux >= 4.0): the peak then covers the batch, not the load."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _vm(field: str) -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def memory_child(n1: int, n2: int, zone: bool) -> None:
    """Runs in a subprocess: a batch over n1 articles, then n2 - n1 more; prints RSS as JSON."""
    from extractor.api import Extractor
    from extractor.batch import run_batch
    from extractor.store import Store

    texts = generate_articles(n2, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for part, chunk in (("a", texts[:n1]), ("b", texts[n1:])):
            (root / part).mkdir()
            with (root / part / "dump.jsonl").open("w", encoding="utf-8") as fh:
                for text in chunk:
                    fh.write(json.dumps({"text": text, "date": "2024-06-01"}, ensure_ascii=False) + "\n")
        del texts
        ex = Extractor()
        if not zone:  # control: the same loop without freeing the vocabulary between chunks
            ex.nlp.memory_zone = lambda *a, **k: contextlib.nullcontext()

        def point() -> dict:
            return {
                "rss": _vm("VmRSS"), "hwm": _vm("VmHWM"),
                "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "strings": len(ex.nlp.vocab.strings),
            }

        points = {"model loaded": point()}
        points["hwm_reset"] = _reset_peak_rss()
        with Store(root / "mem.sqlite") as store:
            run_batch(root / "a", store, extractor=ex)
            points[f"after {n1}"] = point()
            run_batch(root / "b", store, extractor=ex)
            points[f"after {n2}"] = point()
    print(json.dumps(points))


def measure_memory(n1: int, n2: int, zone: bool) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(n1), str(n2)] + ([] if zone else ["--no-zone"]),
        cwd=REPO, capture_output=True, text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"memory child failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- report


def report(info: dict, tp: dict, wk: dict, mem: dict, ctl: dict, n1: int, n2: int, args, loads: list[str]) -> str:
    tok = tp["tokens"]
    rate = {k: tok / tp[f"{k}_s"] for k in ("bare", "lean", "ours")}
    cpu_rate = {k: tok / tp[f"{k}_cpu"] for k in ("bare", "lean", "ours")}
    startup = wk["startup_s"]
    lines = [
        "# Throughput and memory benchmark",
        "",
        f"Generated by `benchmarks/bench_throughput.py{' --quick' if args.quick else ''}` on "
        f"{time.strftime('%Y-%m-%d %H:%M')}.",
        "",
        f"Machine: nproc {info['nproc']}, CPU {info['cpu']}, Python {info['python']}, spaCy {info['spacy']}, "
        f"{BASE_MODEL} {info['fr_core_news_md']}. Load average (1/5/15 min) at the start, after the throughput, "
        f"after the workers and at the end: {' | '.join(loads)}. The machine is shared: every timing is the "
        f"best of {args.repeats} interleaved repeats, and CPU seconds are given next to wall seconds.",
        "",
        f"Corpus: {tp['articles']} generated French articles (templates + seeded random facts), "
        f"{tp['words_per_article']:.0f} words and {tok / tp['articles']:.0f} tokens per article on average, "
        f"{tok:,} tokens in all (counted with the bare tokenizer; the numerator of every rate). "
        f"batch_size {BATCH_SIZE}, one process.",
        "",
        "## Single-process throughput",
        "",
        "| pipeline | components | wall s | tokens/s | articles/s | CPU s | tokens/CPU-s |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    names = {
        "bare": (f'bare `spacy.load("{BASE_MODEL}")`', "all 6"),
        "lean": ("same model, tok2vec+ner only", ", ".join(tp["lean_pipes"])),
        "ours": ("ours: `Extractor.extract_many` (records included)", ", ".join(tp["ours_pipes"])),
    }
    for key, (label, pipes) in names.items():
        lines.append(
            f"| {label} | {pipes} | {tp[f'{key}_s']:.1f} | {rate[key]:,.0f} | {tp['articles'] / tp[f'{key}_s']:.1f} "
            f"| {tp[f'{key}_cpu']:.1f} | {cpu_rate[key]:,.0f} |"
        )
    lines += [
        "",
        f"- ours / bare: **{rate['ours'] / rate['bare']:.2f}** (wall), {cpu_rate['ours'] / cpu_rate['bare']:.2f} (CPU)"
        " - speed ratio, 1.0 = as fast as the bare model",
        f"- ours / tok2vec+ner: **{rate['ours'] / rate['lean']:.2f}** (wall), "
        f"{cpu_rate['ours'] / cpu_rate['lean']:.2f} (CPU)",
        f"- pledges found: {tp['pledges']}",
        "",
        "## `extractor batch` with 1 and 2 workers",
        "",
        f"Same {tp['articles']} articles as .txt files, fresh SQLite db each run; wall-clock of the whole "
        f"subprocess and CPU seconds of it and its workers. Startup (interpreter + pipeline load, measured "
        f"alone): {startup:.1f} s.",
        "",
        "| workers | wall s | wall s minus startup | CPU s | articles/s after startup |",
        "|---:|---:|---:|---:|---:|",
    ]
    for w in (1, 2):
        wall, cpu = wk[f"w{w}_s"], wk[f"w{w}_cpu"]
        lines.append(f"| {w} | {wall:.1f} | {wall - startup:.1f} | {cpu:.1f} | {tp['articles'] / (wall - startup):.1f} |")
    lines += [
        "",
        f"- speed-up of `--workers 2` over `--workers 1`: **{wk['w1_s'] / wk['w2_s']:.2f}x** wall-clock, "
        f"**{(wk['w1_s'] - startup) / (wk['w2_s'] - startup):.2f}x** excluding startup",
        f"- all runs (wall s, CPU s): workers 1 {_fmt_runs(wk['runs'][1])}; workers 2 {_fmt_runs(wk['runs'][2])}",
        "",
        f"## Memory over a long batch ({n1} then {n2} articles)",
        "",
        f"A subprocess builds the Extractor, runs `run_batch` on a dump of {n1} articles, then on one of "
        f"{n2 - n1} more (same process, same store). RSS is VmRSS; the peak is VmHWM, reset after the model "
        f"load{'' if mem.get('hwm_reset') else ' (reset NOT possible here: the peak includes the load)'} so that it "
        "covers the batch itself; `getrusage` ru_maxrss (never reset, includes the load) is given too. The "
        "generated articles invent start-up names and reference numbers, so the vocabulary keeps growing as "
        "with real news. Control: the same run with `nlp.memory_zone()` replaced by a no-op.",
        "",
        "| point | RSS MiB | peak MiB | ru_maxrss MiB | strings | RSS MiB (no zone) | peak MiB (no zone) "
        "| strings (no zone) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for point in ("model loaded", f"after {n1}", f"after {n2}"):
        m, c = mem[point], ctl[point]
        lines.append(
            f"| {point} | {m['rss']:.0f} | {m['hwm']:.0f} | {m['maxrss']:.0f} | {m['strings']:,} "
            f"| {c['rss']:.0f} | {c['hwm']:.0f} | {c['strings']:,} |"
        )
    a, b = mem[f"after {n1}"], mem[f"after {n2}"]
    ca, cb = ctl[f"after {n1}"], ctl[f"after {n2}"]
    lines += [
        "",
        f"- from {n1} to {n2} articles: peak RSS {b['hwm'] - a['hwm']:+.0f} MiB, strings "
        f"{b['strings'] - a['strings']:+,} with the memory zone; peak RSS {cb['hwm'] - ca['hwm']:+.0f} MiB, "
        f"strings {cb['strings'] - ca['strings']:+,} without",
        "",
    ]
    return "\n".join(lines)


def _fmt_runs(runs: list[tuple[float, float]]) -> str:
    return ", ".join(f"({w:.1f}, {c:.1f})" for w, c in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="memory points at 100/1,000 instead of 300/3,000")
    parser.add_argument("--articles", type=int, default=300, help="throughput corpus size (>= 300)")
    parser.add_argument("--repeats", type=int, default=2, help="interleaved repeats; the best one is reported")
    parser.add_argument("--results", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    parser.add_argument("--memory-points", nargs=2, type=int, metavar=("N1", "N2"), help="override 300/3,000")
    parser.add_argument("--memory-child", nargs=2, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-zone", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child, zone=not args.no_zone)
        return
    n1, n2 = args.memory_points or ((100, 1000) if args.quick else (300, 3000))
    texts = generate_articles(args.articles)
    loads = [load_average()]
    print(f"throughput on {len(texts)} articles ...", file=sys.stderr)
    tp = measure_throughput(texts, args.repeats)
    loads.append(load_average())
    print("batch --workers 1 / 2 ...", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        wk = measure_workers(texts, Path(tmp), args.repeats)
    loads.append(load_average())
    print(f"memory {n1}/{n2} (memory zone, then control) ...", file=sys.stderr)
    mem = measure_memory(n1, n2, zone=True)
    ctl = measure_memory(n1, n2, zone=False)
    loads.append(load_average())
    text = report(machine(), tp, wk, mem, ctl, n1, n2, args, loads)
    write_results(args.results, text)
    print(text)


def write_results(results: Path, text: str) -> None:
    """Write the throughput report, keeping the Dask section that bench_dask.py writes into the same file."""
    old = results.read_text(encoding="utf-8") if results.exists() else ""
    if DASK_START in old and DASK_END in old:
        dask = DASK_START + old.split(DASK_START, 1)[1].split(DASK_END, 1)[0] + DASK_END
        text = text.rstrip("\n") + "\n\n" + dask + "\n"
    results.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
