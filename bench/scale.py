"""Scale benchmark: full build, no-change and one-changed-document rebuilds, memory, and
merge/extraction quality on synthetic corpora with known truth.  The first document is
changed twice: a sentence that cites nothing (the rebuild patches citations.json,
``citekit.engine.cutoff``), then a sentence that cites a report (the rebuild merges again).

    python bench/scale.py --sizes 1000,10000 [--jobs N] [--seed 1] [--dir /tmp/citekit-bench]
    python bench/scale.py --curve            # 1k, 2k, 5k, 10k: full builds, a markdown table

Corpora (`bench/make_corpus.py`) are cached under ``--dir`` by size and seed. Every build is
``citekit build DOCS --out OUT --offline`` as a subprocess, with ``--jobs`` when the build
offers it (read from ``citekit build --help``); HOME and XDG_CACHE_HOME point at a folder of
the run, so a cache in the user cache folder starts empty and the first build is a full one,
and PYTHONPATH points at a copy of the package taken when the run starts (`snapshot`).
Peak memory is the largest summed RSS of the build process and all its descendants (sampled
from /proc every 0.1 s), or the build's own ``ru_maxrss`` if that is larger; CPU seconds are
printed beside wall seconds because the machine may be shared. Quality: merge pairwise
P/R/F1 against ``truth.json`` (`citekit.evaluate.clustering`, over reference entries and
over entries plus attributions) and `citekit eval --json` against the generated gold (on
the first ``--eval-docs`` documents of a larger corpus). Figures go to
``DIR/run-*/result.json`` phase by phase, and all of them to ``DIR/scale-results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make_corpus  # noqa: E402
from citekit.evaluate.clustering import evaluate_clustering  # noqa: E402

CITEKIT = [sys.executable, "-c", "import sys; from citekit.cli.main import app; sys.argv[0] = 'citekit'; app()"]
PAGE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def citekit_command() -> list[str]:
    """The citekit command line: the script beside this Python, else ``python -m``."""
    script = Path(sys.executable).parent / "citekit"
    return [str(script)] if script.exists() else CITEKIT


def build_options() -> set[str]:
    """Long options `citekit build --help` lists (``--jobs``, ``--executor`` …)."""
    text = subprocess.run([*citekit_command(), "build", "--help"], capture_output=True,
                          text=True, env={**os.environ, "COLUMNS": "200"}).stdout
    return {word.strip("│,[]") for word in text.split() if word.startswith("--")}


# ---- memory ------------------------------------------------------------------------------

def _tree_rss(root: int, cpu: dict[int, float] | None = None) -> int:
    """Summed RSS (bytes) of ``root`` and its descendants, from /proc; their CPU seconds so
    far go into ``cpu`` (pid -> seconds) when given."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    ticks: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(stat[1]), []).append(pid)
        rss[pid] = int(stat[21]) * PAGE
        ticks[pid] = (int(stat[11]) + int(stat[12])) / CLOCK_TICKS
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        if cpu is not None and pid in ticks:
            cpu[pid] = max(cpu.get(pid, 0.0), ticks[pid])
        todo += children.get(pid, [])
    return total


def run_measured(cmd: list[str], env: dict[str, str], log: Path) -> dict:
    """Run ``cmd``: wall and CPU seconds (user + system of the build and its workers),
    peak memory (MB) of its process tree, exit status, the machine's load average before."""
    peak = 0
    cpu: dict[int, float] = {}
    load = os.getloadavg()[0]
    with log.open("w") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, _tree_rss(proc.pid, cpu))
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    peak = max(peak, usage.ru_maxrss * 1024)
    own = usage.ru_utime + usage.ru_stime  # the build and the children it reaped
    sampled = sum(cpu.values())  # every process of the tree, as last seen
    return {"seconds": round(wall, 2), "cpu_seconds": round(max(own, sampled), 2),
            "peak_mb": round(peak / 2**20), "exit": proc.returncode, "load_before": load,
            "summary": _last_line(log)}


def _last_line(log: Path) -> str:
    lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


# ---- corpus ------------------------------------------------------------------------------

def corpus(base: Path, size: int, seed: int) -> Path:
    """The cached corpus of ``size`` documents (generated on first use)."""
    where = base / f"corpus-{size}-s{seed}"
    if not (where / "corpus.json").exists():
        shutil.rmtree(where, ignore_errors=True)
        started = time.perf_counter()
        make_corpus(size, seed, where)
        print(f"  generated {size} documents in {time.perf_counter() - started:.1f} s -> {where}",
              flush=True)
    return where


def snapshot(run: Path) -> Path:
    """A copy of the citekit package for this run's builds (first on PYTHONPATH): every
    build and worker of the run uses the same code even while the checkout is edited."""
    src = run / "src"
    shutil.copytree(ROOT / "citekit", src / "citekit",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return src


def differing_outputs(a: Path, b: Path) -> list[str]:
    """Names of the output files (library.bib, citations.json) that differ between builds."""
    return [name for name in ("library.bib", "citations.json")
            if not (a / name).is_file() or not (b / name).is_file()
            or (a / name).read_bytes() != (b / name).read_bytes()]


PROSE_EDIT = "This sentence was added to measure a rebuild. "  # cites nothing
CITING_EDIT = "According to a 2021 World Health Organization report, the rains came early. "


def touch_one(docs: Path, sentence: str = PROSE_EDIT) -> tuple[Path, bytes]:
    """Insert ``sentence`` into the first document's first paragraph; returns what to restore."""
    path = sorted(p for p in docs.iterdir() if not p.name.startswith("."))[0]  # (not a stray hidden file)
    original = path.read_bytes()
    text = original.decode("utf-8")
    cut = text.index(". ") + 2
    path.write_text(text[:cut] + sentence + text[cut:], encoding="utf-8")
    return path, original


# ---- one size ----------------------------------------------------------------------------

def _phase(run: Path, result: dict, name: str, measured: dict) -> None:
    """Keep a phase's figures: in the result, in ``result.json`` and on stdout, at once (a long
    run that is stopped still leaves what it measured)."""
    result[name] = measured
    (run / "result.json").write_text(json.dumps(result, indent=1))
    print(f"    {name}: {measured['seconds']:.1f} s wall, {measured['cpu_seconds']:.1f} s CPU,"
          f" {measured['peak_mb']} MB, exit {measured['exit']}", flush=True)


def bench_size(base: Path, size: int, seed: int, jobs: int | None, options: set[str],
               rebuilds: bool = True, quality: bool = True, eval_docs: int = 1000) -> dict:
    where = corpus(base, size, seed)
    info = json.loads((where / "corpus.json").read_text())
    run = base / f"run-{size}-s{seed}-j{jobs or 'default'}"
    shutil.rmtree(run, ignore_errors=True)
    (run / "home").mkdir(parents=True)
    src = snapshot(run)
    env = {**os.environ, "HOME": str(run / "home"), "XDG_CACHE_HOME": str(run / "home" / ".cache"),
           "CITEKIT_OFFLINE": "1", "PYTHONPATH": str(src)}
    env.pop("CITEKIT_CACHE", None)
    cmd = [*citekit_command(), "build", str(where / "docs"), "--out", str(run / "out"), "--offline"]
    if jobs and "--jobs" in options:
        cmd += ["--jobs", str(jobs)]
    result = {"docs": size, "words": info["words"], "mentions": info["mentions"],
              "command": " ".join(cmd)}
    print(f"  full build of {size} documents …", flush=True)
    _phase(run, result, "full", run_measured(cmd, env, run / "full.log"))
    ok = result["full"]["exit"] == 0
    if ok:  # the clean build's output: what quality is scored on and rebuilds compared with
        shutil.copytree(run / "out", run / "full-out", ignore=shutil.ignore_patterns(".*"))
    if rebuilds and ok:
        print("  no-change rebuild …", flush=True)
        _phase(run, result, "nochange", run_measured(cmd, env, run / "nochange.log"))
        result["nochange"]["differs_from_full"] = differing_outputs(run / "full-out", run / "out")
        path, original = touch_one(where / "docs")
        try:
            print(f"  one-changed-document rebuild ({path.name}) …", flush=True)
            _phase(run, result, "onechange", run_measured(cmd, env, run / "onechange.log"))
        finally:
            path.write_bytes(original)
        if quality and result["onechange"]["exit"] == 0:
            after = evaluate_clustering(where / "truth.json", run / "out")["references"]
            result["onechange"]["merge_references_f1"] = after.f1
            result["onechange"]["works"] = after.works
        path, original = touch_one(where / "docs", CITING_EDIT)
        try:
            print(f"  one-document rebuild, a citation added ({path.name}) …", flush=True)
            _phase(run, result, "onecite", run_measured(cmd, env, run / "onecite.log"))
        finally:
            path.write_bytes(original)
    if quality and ok:
        print("  scoring …", flush=True)
        started = time.perf_counter()
        scores = evaluate_clustering(where / "truth.json", run / "full-out")
        result["merge"] = {k: v.model_dump() for k, v in scores.items()}
        gold = gold_sample(where, run, eval_docs)
        result["extraction"] = extraction(where, run / "full-out", env, gold)
        result["extraction"]["documents_scored"] = len(list(gold.glob("*.gold.json")))
        result["scoring_seconds"] = round(time.perf_counter() - started, 1)
    (run / "result.json").write_text(json.dumps(result, indent=1))
    return result


def gold_sample(where: Path, run: Path, docs: int) -> Path:
    """The gold folder, or for a larger corpus a folder with the first ``docs`` gold files
    (and sources.json): `citekit eval` then scores those documents against the whole build."""
    gold = where / "gold"
    files = sorted(gold.glob("*.gold.json"))
    if len(files) <= docs:
        return gold
    sample = run / "gold-sample"
    shutil.rmtree(sample, ignore_errors=True)
    sample.mkdir()
    for path in files[:docs] + [gold / "sources.json"]:
        shutil.copyfile(path, sample / path.name)
    return sample


def extraction(where: Path, out: Path, env: dict[str, str], gold: Path) -> dict:
    """`citekit eval --json` totals: references found, inline and attribution P/R, linking."""
    proc = subprocess.run([*citekit_command(), "eval", "--gold", str(gold), "--build",
                           str(out), "--docs-root", str(where / "docs"), "--json"],
                          capture_output=True, text=True, env=env)
    if proc.returncode not in (0, 1) or not proc.stdout.strip().startswith("{"):
        return {"error": (proc.stderr or proc.stdout).strip()[-300:]}
    report = json.loads(proc.stdout)
    t = report["totals"]
    linking = report.get("linking") or {}
    fields = t.get("reference_fields") or {}
    return {"references_recall": t["references"].get("recall"),
            "reference_field_accuracy": {k: v.get("accuracy") for k, v in fields.items()},
            "inline_precision": t["inline"].get("precision"), "inline_recall": t["inline"].get("recall"),
            "attribution_precision": t["attributions"].get("precision"),
            "attribution_recall": t["attributions"].get("recall"),
            "metadata_accuracy": (t.get("metadata_total") or {}).get("accuracy"),
            "linking_checks": linking.get("checked"), "linking_correct": linking.get("correct"),
            "linking_merges": linking.get("merges")}


# ---- tables ------------------------------------------------------------------------------

def _fmt(value, digits: int = 3) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def print_results(results: list[dict], options: set[str], jobs: int | None) -> None:
    supported = [o for o in ("--jobs", "--executor", "--scheduler", "--no-cache", "--progress")
                 if o in options]
    print(f"\nbuild options found: {', '.join(supported) or 'none of --jobs/--executor'}"
          f"; --jobs {'passed: ' + str(jobs) if jobs and '--jobs' in options else 'not passed'}")
    print("| docs | words | full build s (CPU s) | docs/s | peak MB | no-change s | one-change s (prose/citation) |"
          " merge P/R/F1 (refs) | merge P/R/F1 (all) | look-alike merges (refs/all) | refs found |"
          " inline P/R | attribution P/R |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---|---|")
    for r in results:
        full = r["full"]
        docs_s = r["docs"] / full["seconds"] if full["seconds"] else 0
        m = r.get("merge", {})
        e = r.get("extraction", {})

        def prf(s):
            return f"{s['precision']:.4f}/{s['recall']:.4f}/{s['f1']:.4f}" if s else "–"

        look = (f"{m['references']['lookalike_pairs']}/{m['all']['lookalike_pairs']}"
                if m else None)
        print(f"| {r['docs']} | {r['words']:,} | {full['seconds']:.1f} ({full['cpu_seconds']:.0f})"
              f"{'' if full['exit'] == 0 else ' (exit ' + str(full['exit']) + ')'} | {docs_s:.1f} |"
              f" {full['peak_mb']} | {_fmt(r.get('nochange', {}).get('seconds'), 1)} |"
              f" {_fmt(r.get('onechange', {}).get('seconds'), 1)}/{_fmt(r.get('onecite', {}).get('seconds'), 1)} |"
              f" {prf(m.get('references'))} |"
              f" {prf(m.get('all'))} | {_fmt(look)} | {_fmt(e.get('references_recall'))} |"
              f" {_fmt(e.get('inline_precision'))}/{_fmt(e.get('inline_recall'))} |"
              f" {_fmt(e.get('attribution_precision'))}/{_fmt(e.get('attribution_recall'))} |")
    for r in results:
        e = r.get("extraction") or {}
        if e.get("documents_scored") and e["documents_scored"] < r["docs"]:
            print(f"  {r['docs']}: extraction scored on the first {e['documents_scored']} documents")
        if e.get("error"):
            print(f"  {r['docs']}: citekit eval failed: {e['error']}")
    for r in results:
        for phase in ("full", "nochange", "onechange", "onecite"):
            if phase in r:
                p = r[phase]
                extra = ""
                if "differs_from_full" in p:
                    extra += (f"; differs from the clean build: {', '.join(p['differs_from_full'])}"
                              if p["differs_from_full"] else "; identical to the clean build")
                if "merge_references_f1" in p:
                    extra += (f"; afterwards reference merge F1 {p['merge_references_f1']}"
                              f" ({p['works']} works over the true mentions)")
                print(f"  {r['docs']} {phase}: {p['seconds']:.1f} s wall, {p['cpu_seconds']:.1f} s CPU,"
                      f" {p['peak_mb']} MB, load before {p['load_before']:.1f}: {p['summary']}{extra}")
        if r.get("merge"):
            refs, every = r["merge"]["references"], r["merge"]["all"]
            print(f"  {r['docs']} works mixing distinct sources: {refs.get('mixed_works', '–')} over reference"
                  f" entries, {every.get('mixed_works', '–')} with attributions; {refs['sources']} true sources"
                  f" -> {refs['works']} works (reference entries)")
            ex = r["merge"]["all"]["lookalike_examples"]
            if ex:
                print(f"  {r['docs']} look-alike merges (first {len(ex)}): {'; '.join(ex)}")


def print_curve(results: list[dict]) -> None:
    print("\n| documents | words | full build (s) | CPU (s) | documents/s | ms/document |"
          " peak memory (MB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        s = r["full"]["seconds"]
        print(f"| {r['docs']:,} | {r['words']:,} | {s:.0f} | {r['full']['cpu_seconds']:.0f} |"
              f" {r['docs'] / s:.1f} | {1000 * s / r['docs']:.0f} | {r['full']['peak_mb']} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=None, help="document counts (default 1000,10000;"
                        " with --curve 1000,2000,5000,10000)")
    parser.add_argument("--curve", action="store_true",
                        help="full builds only, printed as a scaling table for the README")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path(os.environ.get("CITEKIT_BENCH_DIR",
                                                                        "/tmp/citekit-bench")))
    parser.add_argument("--no-quality", action="store_true", help="skip the scoring")
    parser.add_argument("--eval-docs", type=int, default=1000,
                        help="score extraction (citekit eval) on at most this many documents")
    args = parser.parse_args(argv)
    default = "1000,2000,5000,10000" if args.curve else "1000,10000"
    try:
        sizes = [int(s) for s in (args.sizes or default).split(",")]
    except ValueError:
        parser.error(f"--sizes: not a list of numbers: {args.sizes}")
    args.dir.mkdir(parents=True, exist_ok=True)
    options = build_options()
    results = []
    for size in sizes:
        print(f"{size} documents:", flush=True)
        results.append(bench_size(args.dir, size, args.seed, args.jobs, options,
                                  rebuilds=not args.curve, quality=not (args.curve or args.no_quality),
                                  eval_docs=args.eval_docs))
    (args.dir / "scale-results.json").write_text(json.dumps(results, indent=1))
    if args.curve:
        print_curve(results)
    else:
        print_results(results, options, args.jobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
