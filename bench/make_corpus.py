"""Write a synthetic corpus with known truth for the scale benchmark.

    python bench/make_corpus.py --docs 1000 --seed 1 --out /tmp/corpus

writes ``OUT/docs/doc000000.md|.txt|.html`` (journal articles with APA, Chicago, MLA, IEEE or
Harvard reference lists and inline citations; news and policy texts with prose attributions;
1,000–20,000 words), ``OUT/gold/<stem>.gold.json`` plus ``OUT/gold/sources.json`` in the format
of ``../shared/gold/``, ``OUT/truth.json`` (the true clustering, read by
``citekit.evaluate.clustering``) and ``OUT/corpus.json`` (what was generated). Same seed and
size, same bytes: the pool comes from ``Random(seed)``, document ``i`` from
``Random(f"{seed}:{i}")``; nothing depends on time or on set order.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus.documents import generate  # noqa: E402
from bench.corpus.sources import build_pool  # noqa: E402


def pool_size(docs: int) -> int:
    """More documents cite more distinct works: the pool grows with the corpus."""
    return 400 + 2 * docs


def _dump(data, path: Path, indent: int | None = None) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")


def make_corpus(docs: int, seed: int, out: Path, variant_rate: float = 0.3) -> dict:
    """Generate the corpus into ``out``; returns the summary written to ``corpus.json``."""
    started = time.perf_counter()
    pool = build_pool(random.Random(seed), pool_size(docs))
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    truth_docs, sources, words, kinds = [], {}, 0, {}
    clusters: dict[str, list[str]] = {}
    for i in range(docs):
        doc = generate(random.Random(f"{seed}:{i}"), pool, i, variant_rate)
        (out / "docs" / doc.name).write_text(doc.content, encoding="utf-8")
        _dump(doc.gold, out / "gold" / f"{doc.name.rsplit('.', 1)[0]}.gold.json")
        truth_docs.append(doc.truth)
        sources.update(doc.sources)
        words += doc.words
        note = doc.gold["note"]
        kinds[note] = kinds.get(note, 0) + 1
        for m in doc.truth["mentions"]:
            clusters.setdefault(m["source"], []).append(f"{doc.name}#{m['id']}")
    by_id = {s.id: s for s in pool.sources}
    truth = {"seed": seed, "documents": truth_docs,
             "sources": [{"id": sid, "kind": by_id[sid].kind, "title": by_id[sid].title,
                          "series": by_id[sid].series} for sid in sorted(clusters)],
             "clusters": {sid: clusters[sid] for sid in sorted(clusters)}}
    _dump(truth, out / "truth.json")
    _dump([sources[k] for k in sorted(sources)], out / "gold" / "sources.json")
    cited_series = sorted({by_id[s].series for s in clusters if by_id[s].series})
    summary = {"docs": docs, "seed": seed, "variant_rate": variant_rate, "pool": len(pool.sources),
               "words": words, "mentions": sum(len(d["mentions"]) for d in truth_docs),
               "sources_cited": len(clusters),
               "multi_document_sources": sum(1 for v in clusters.values()
                                             if len({x.split('#')[0] for x in v}) > 1),
               "lookalike_series_cited": len(cited_series),
               "kinds": dict(sorted(kinds.items())),
               "seconds": round(time.perf_counter() - started, 1)}
    _dump(summary, out / "corpus.json", indent=1)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--variant-rate", type=float, default=0.3,
                        help="share of references printed as a near-duplicate variant")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    summary = make_corpus(args.docs, args.seed, args.out, args.variant_rate)
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
