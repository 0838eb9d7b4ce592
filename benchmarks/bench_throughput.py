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


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident set size in MiB: /proc for the current, getrusage for the peak."""
    current = 0.0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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


def time_pipe(nlp, texts: list[str]) -> float:
    list(nlp.pipe(texts[:8], batch_size=BATCH_SIZE))  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - start


# --------------------------------------------------------------------------- measurements


def measure_throughput(texts: list[str]) -> dict:
    import spacy

    from extractor.api import Extractor

    bare = spacy.load(BASE_MODEL)
    tokens = sum(len(doc) for doc in bare.tokenizer.pipe(texts))
    words = sum(len(t.split()) for t in texts)
    t_bare = time_pipe(bare, texts)
    del bare
    lean = spacy.load(BASE_MODEL, exclude=["morphologizer", "parser", "attribute_ruler", "lemmatizer"])
    lean_pipes = lean.pipe_names
    t_lean = time_pipe(lean, texts)
    del lean
    ex = Extractor()
    list(ex.extract_many(texts[:8], batch_size=BATCH_SIZE))  # warm-up
    start = time.perf_counter()
    pledges = sum(len(r.pledges) for r in ex.extract_many(texts, batch_size=BATCH_SIZE))
    t_ours = time.perf_counter() - start
    return {
        "articles": len(texts), "words_per_article": words / len(texts), "tokens": tokens,
        "bare_s": t_bare, "lean_s": t_lean, "ours_s": t_ours, "lean_pipes": lean_pipes,
        "ours_pipes": ex.nlp.pipe_names, "pledges": pledges,
    }


def run_cli_batch(folder: Path, db: Path, workers: int) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "batch", str(folder), "--db", str(db), "--quiet",
         "--workers", str(workers)],
        cwd=REPO, capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"batch --workers {workers} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed


def measure_workers(texts: list[str], tmp: Path) -> dict:
    folder = tmp / "articles"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"article{n:05d}.txt").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from extractor.api import Extractor; Extractor()"], cwd=REPO, check=True)
    startup = time.perf_counter() - start
    w1 = run_cli_batch(folder, tmp / "w1.sqlite", 1)
    w2 = run_cli_batch(folder, tmp / "w2.sqlite", 2)
    return {"startup_s": startup, "w1_s": w1, "w2_s": w2}


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
        points = {"model loaded": rss_mib()}
        with Store(root / "mem.sqlite") as store:
            run_batch(root / "a", store, extractor=ex)
            points[f"after {n1}"] = rss_mib()
            run_batch(root / "b", store, extractor=ex)
            points[f"after {n2}"] = rss_mib()
            points["strings"] = (len(ex.nlp.vocab.strings), len(ex.nlp.vocab))
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


def report(info: dict, tp: dict, wk: dict, mem: dict, mem_control: dict, n1: int, n2: int, quick: bool) -> str:
    tok = tp["tokens"]
    rate = {k: tok / tp[f"{k}_s"] for k in ("bare", "lean", "ours")}
    lines = [
        "# Throughput and memory benchmark",
        "",
        f"Generated by `benchmarks/bench_throughput.py{' --quick' if quick else ''}` on "
        f"{time.strftime('%Y-%m-%d')}.",
        "",
        f"Machine: nproc {info['nproc']}, CPU {info['cpu']}, Python {info['python']}, spaCy {info['spacy']}, "
        f"{BASE_MODEL} {info['fr_core_news_md']}.",
        "",
        f"Corpus: {tp['articles']} generated French articles (templates + seeded random facts), "
        f"{tp['words_per_article']:.0f} words and {tok / tp['articles']:.0f} tokens per article on average, "
        f"{tok} tokens in all (counted with the bare tokenizer, used as the numerator for every row). "
        f"batch_size {BATCH_SIZE}, one process.",
        "",
        "## Single-process throughput",
        "",
        "| pipeline | components | seconds | tokens/s | articles/s |",
        "|---|---|---:|---:|---:|",
        f"| bare `spacy.load(\"{BASE_MODEL}\")` | all 6 | {tp['bare_s']:.1f} | {rate['bare']:,.0f} | "
        f"{tp['articles'] / tp['bare_s']:.1f} |",
        f"| tok2vec+ner only | {', '.join(tp['lean_pipes'])} | {tp['lean_s']:.1f} | {rate['lean']:,.0f} | "
        f"{tp['articles'] / tp['lean_s']:.1f} |",
        f"| ours: `Extractor.extract_many` (records included) | {', '.join(tp['ours_pipes'])} | "
        f"{tp['ours_s']:.1f} | {rate['ours']:,.0f} | {tp['articles'] / tp['ours_s']:.1f} |",
        "",
        f"- ours / bare: **{rate['ours'] / rate['bare']:.2f}** (speed ratio; 1.0 = as fast as the bare model)",
        f"- ours / tok2vec+ner: **{rate['ours'] / rate['lean']:.2f}**",
        f"- pledges found: {tp['pledges']}",
        "",
        "## `extractor batch` with 1 and 2 workers",
        "",
        f"Same {tp['articles']} articles as .txt files, fresh SQLite db each run, wall-clock of the whole "
        f"subprocess. Startup (interpreter + pipeline load, measured alone): {wk['startup_s']:.1f} s.",
        "",
        "| workers | wall s | wall s minus startup |",
        "|---:|---:|---:|",
        f"| 1 | {wk['w1_s']:.1f} | {wk['w1_s'] - wk['startup_s']:.1f} |",
        f"| 2 | {wk['w2_s']:.1f} | {wk['w2_s'] - wk['startup_s']:.1f} |",
        "",
        f"- speed-up of `--workers 2` over `--workers 1`: **{wk['w1_s'] / wk['w2_s']:.2f}x** wall-clock, "
        f"**{(wk['w1_s'] - wk['startup_s']) / (wk['w2_s'] - wk['startup_s']):.2f}x** excluding startup",
        "",
        f"## Memory: peak RSS over a long batch ({n1} then {n2} articles)",
        "",
        f"A subprocess builds the Extractor, runs `run_batch` on a dump of {n1} articles, then on one of "
        f"{n2 - n1} more (same process, same store); RSS from /proc/self/status (current) and "
        "`resource.getrusage` (peak). The generated articles invent start-up names and reference numbers, "
        "so the vocabulary keeps growing as with real news. Control: the same run with "
        "`nlp.memory_zone()` replaced by a no-op.",
        "",
        "| point | current RSS MiB (zone) | peak RSS MiB (zone) | current RSS MiB (no zone) | peak RSS MiB (no zone) |",
        "|---|---:|---:|---:|---:|",
    ]
    for point in ("model loaded", f"after {n1}", f"after {n2}"):
        (c, p), (cc, pc) = mem[point], mem_control[point]
        lines.append(f"| {point} | {c:.0f} | {p:.0f} | {cc:.0f} | {pc:.0f} |")
    lines += [
        f"| StringStore / Vocab size at the end | {mem['strings'][0]:,} / {mem['strings'][1]:,} | | "
        f"{mem_control['strings'][0]:,} / {mem_control['strings'][1]:,} | |",
        "",
        f"- peak RSS growth from {n1} to {n2} articles: {mem[f'after {n2}'][1] - mem[f'after {n1}'][1]:+.0f} MiB "
        f"with the memory zone, {mem_control[f'after {n2}'][1] - mem_control[f'after {n1}'][1]:+.0f} MiB without",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="memory points at 100/1,000 instead of 300/3,000")
    parser.add_argument("--articles", type=int, default=300, help="throughput corpus size (>= 300)")
    parser.add_argument("--results", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    parser.add_argument("--memory-child", nargs=2, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-zone", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child, zone=not args.no_zone)
        return
    n1, n2 = (100, 1000) if args.quick else (300, 3000)
    texts = generate_articles(args.articles)
    print(f"throughput on {len(texts)} articles ...", file=sys.stderr)
    tp = measure_throughput(texts)
    print("batch --workers 1 / 2 ...", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        wk = measure_workers(texts, Path(tmp))
    print(f"memory {n1}/{n2} (memory zone, then control) ...", file=sys.stderr)
    mem = measure_memory(n1, n2, zone=True)
    mem_control = measure_memory(n1, n2, zone=False)
    text = report(machine(), tp, wk, mem, mem_control, n1, n2, args.quick)
    args.results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
