"""Benchmark: time, HTML size and peak memory of ``citekit report`` on synthetic libraries.

    python bench/report.py [--sizes 1000 10000] [--engine auto|dot|sfdp|neato] [--max-nodes 300]

The libraries are SYNTHETIC: this script writes a ``citations.json`` directly (no documents are
built; ``bench/make_corpus.py`` makes synthetic documents for the build itself). It is meant to
look like a large news/policy corpus:

- N documents; 80% are news-like (1 + Poisson(5) sources, mostly prose attributions, 1-3 mentions
  each), 20% are papers (8-30 reference entries, each with 1-2 inline citations);
- sources are drawn from a pool of 2N by Zipf-like popularity (weight 1/rank^1.1), so a few
  sources (a UN report, a news agency) are cited by many documents and most by one;
- source types: 40% articles, 20% reports, 25% statements of organisations or persons, 15% web
  pages, with realistic titles, authors, dates, containers and URLs;
- every document stores its text (as citekit does for HTML inputs), made of one sentence per
  mention, so the report computes real sentences of context;
- 1% of the documents are derived from an earlier one.

The report of each size runs in a fresh child process, so "peak RSS" is that report's maximum
resident set (Graphviz runs as a further child and is not included). "time" is the whole
``write_report`` call: reading citations.json, layout, rendering, writing. Figures are printed,
never asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("security council taliban network mining report analysis conflict sanctions finance border "
         "insurgency militant regional foreign policy review monitoring team drone strike humanitarian aid "
         "election ministry province refugees smuggling gold corruption kleptocracy succession leader").split()
FAMILY = ("Smith Khan Ahmadi Garcia Müller O'Brien Nguyen Ivanova Haddad Kowalski Rahimi Okafor Tanaka "
          "Schmidt Dubois Rossi Silva Chen Novak Hussain").split()
ORGS = ["United Nations Security Council", "Human Rights Watch", "Amnesty International", "World Bank",
        "International Crisis Group", "SIGAR", "Reuters", "Associated Press", "Ministry of Defence",
        "Counter Extremism Project", "RAND Corporation", "Brookings & Partners <Institute>"]
OUTLETS = ["Foreign Policy", "Long War Journal", "The Diplomat", "Al Jazeera", "CNN", "BBC News",
           "Journal of Conflict Studies", "War on the Rocks", "The Soufan Center", "Reuters"]
CUES = ["according to", "said", "reported", "told", "stated", "warned", "found", "noted", "argues"]


def title(rng: random.Random, n: int = 7) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + rng.choice(["", ": a review", " & beyond", " — \"analysis\""])


def make_source(rng: random.Random, i: int) -> dict:
    kind = rng.choices(["article", "report", "statement", "web"], [40, 20, 25, 15])[0]
    year = rng.randint(2000, 2024)
    date = f"{year}-{rng.randint(1, 12):02d}" + (f"-{rng.randint(1, 28):02d}" if rng.random() < .5 else "")
    base = {"key": f"src{i}", "type": "article", "title": None, "authors": [], "date": date, "container": None,
            "url": None, "doi": None, "publisher": None, "institution": None, "identifiers": {}, "document": None,
            "cited_by": [], "cites": [], "derived_from": []}
    people = [f"{rng.choice(FAMILY)}, {chr(65 + rng.randint(0, 25))}." for _ in range(rng.randint(1, 3))]
    if kind == "article":
        base |= {"title": title(rng), "authors": people, "container": rng.choice(OUTLETS),
                 "url": f"https://news.example.org/{year}/{i}/story.html",
                 "doi": f"10.5555/bench.{i}" if rng.random() < .3 else None}
    elif kind == "report":
        org = rng.choice(ORGS)
        base |= {"type": "report", "title": title(rng, 10), "authors": [org], "institution": org,
                 "url": f"https://reports.example.org/{i}.pdf" if rng.random() < .6 else None,
                 "identifiers": {"un_symbol": f"S/{year}/{rng.randint(100, 999)}"} if "United" in org else {}}
    elif kind == "statement":
        base |= {"type": "misc", "authors": [rng.choice(ORGS + people)]}
    else:
        base |= {"type": "misc", "title": title(rng, 5), "url": f"https://www.example.com/page/{i}?ref=a&b=<c>"}
    return base


def make_library(documents: int, seed: int = 1) -> dict:
    """A synthetic citations.json of ``documents`` documents (see the module docstring)."""
    rng = random.Random(seed)
    pool = [make_source(rng, i) for i in range(2 * documents)]
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(pool))]
    docs, works, mentions, used = [], [], [], {}
    for d in range(documents):
        doc_id, key = f"{d:05d}_synthetic", f"doc{d}"
        paper = rng.random() < .2
        count = rng.randint(8, 30) if paper else 1 + min(15, int(rng.expovariate(1 / 5)))
        cited = list({id(s): s for s in rng.choices(pool, weights, k=count)}.values())
        text, doc_mentions = [], []
        pos = 0

        def add(kind: str, mention: str, before: str, after: str, work: str, **extra) -> None:
            nonlocal pos
            start = pos + len(before)
            doc_mentions.append({"document": doc_id, "start": start, "end": start + len(mention), "kind": kind,
                                 "text": mention, "work": work, "reference": extra.pop("reference", None),
                                 "confidence": 0.9, **extra})
            sentence = before + mention + after
            text.append(sentence)
            pos += len(sentence) + 1

        for n, source in enumerate(cited, 1):
            used[source["key"]] = source
            source["cited_by"].append(key)
            name = source["authors"][0] if source["authors"] else source["container"] or "the report"
            if paper:
                add("inline-citation", f"({name.split(',')[0]}, {source['date'][:4]})",
                    f"The {rng.choice(WORDS)} {rng.choice(WORDS)} grew in {rng.choice(WORDS)} areas ", ".",
                    source["key"], reference=n)
            else:
                for _ in range(1 + min(2, int(rng.expovariate(1.5)))):
                    cue = rng.choice(CUES)
                    add("attribution", f"{cue.capitalize()} {name}" if cue == "according to" else f"{name} {cue}",
                        "", f" that the {rng.choice(WORDS)} {rng.choice(WORDS)} had {rng.choice(WORDS)} "
                        f"{rng.choice(WORDS)} since {source['date'][:4]}.", source["key"], cue=cue, source_name=name)
        if paper:
            for n, source in enumerate(cited, 1):
                entry = (f"{'; '.join(source['authors']) or 'Anon.'} ({source['date'][:4]}). {source['title'] or 'Untitled'}. "
                         f"{source['container'] or source['institution'] or ''}. {source['url'] or ''}")
                add("reference", entry, "", "", source["key"], reference=n)
        derived = [f"doc{rng.randrange(d)}"] if d and rng.random() < .01 else []
        docs.append({"id": doc_id, "path": f"synthetic/{doc_id}.html", "sha256": None, "key": key, "format": "html",
                     "encoding": "utf-8", "derived_from": [f"{int(k[3:]):05d}_synthetic" for k in derived],
                     "text": "\n".join(text)})
        works.append({"key": key, "type": "article", "title": title(rng), "authors": [f"{rng.choice(FAMILY)}, A."],
                      "date": f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}", "container": rng.choice(OUTLETS),
                      "url": f"https://news.example.org/doc/{d}", "doi": None, "publisher": None, "institution": None,
                      "identifiers": {}, "document": doc_id, "cited_by": [], "cites": [s["key"] for s in cited],
                      "derived_from": derived})
        mentions += doc_mentions
    return {"citekit": "bench", "documents": docs, "works": works + list(used.values()), "mentions": mentions}


def run_one(bib: Path, engine: str | None, max_nodes: int) -> dict:
    """Make the report of the library in ``bib`` in this process, and measure it."""
    from citekit.report import write_report

    start = time.perf_counter()
    summary = write_report(bib, bib.parent / "report.html", max_nodes=max_nodes, engine=engine)
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 2), "html_mb": round(summary.bytes / 1e6, 2), "graph_nodes": summary.graph_nodes,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000])
    parser.add_argument("--engine", default="auto", help="Graphviz layout program, or auto (citekit's choice).")
    parser.add_argument("--max-nodes", type=int, default=None)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: report one library, in this process
    args = parser.parse_args()
    from citekit.report import MAX_NODES

    engine = None if args.engine == "auto" else args.engine
    max_nodes = args.max_nodes or MAX_NODES
    if args.one:
        print(json.dumps(run_one(args.one, engine, max_nodes)))
        return
    print(f"{'documents':>9} {'works':>6} {'mentions':>8} {'graph nodes':>11} {'edges':>6} {'engine':>6} "
          f"{'time s':>7} {'HTML MB':>8} {'peak RSS MB':>11}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            bib = Path(tmp) / "bib"
            bib.mkdir()
            library = make_library(size)
            (bib / "citations.json").write_text(json.dumps(library, ensure_ascii=False), encoding="utf-8")
            works, mentions = len(library["works"]), len(library["mentions"])
            del library
            # a fresh process per size: its peak memory is that report's alone
            child = subprocess.run([sys.executable, __file__, "--one", str(bib), "--engine", args.engine,
                                    "--max-nodes", str(max_nodes)], capture_output=True, text=True)
            if child.returncode:
                sys.exit(f"report of {size} documents failed: {child.stderr.strip().splitlines()[-1:]}")
            r = json.loads(child.stdout.strip().splitlines()[-1])
            edges = _edges_drawn(Path(tmp) / "report.html")
        used = args.engine if engine else _engine_for(r["graph_nodes"], edges)
        print(f"{size:>9} {works:>6} {mentions:>8} {r['graph_nodes']:>11} {edges:>6} {used:>6} "
              f"{r['seconds']:>7} {r['html_mb']:>8} {r['peak_rss_mb']:>11}")


def _edges_drawn(page: Path) -> int:
    return page.read_text(encoding="utf-8").count('<g id="edge')


def _engine_for(nodes: int, edges: int) -> str:
    from citekit.report.graph import layout_engine

    return layout_engine(nodes, edges)


if __name__ == "__main__":
    main()
