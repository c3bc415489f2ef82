"""Benchmark: wall time and peak memory of a build of seeds/ (offline), in-process.

    python bench/build_seeds.py [--repeat 5] [SOURCES…]

Prints the import time, the best and median build time over the repeats (ingest, extract,
merge, emit into a scratch folder), and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from citekit.emit import read_existing, write_outputs
    from citekit.pipeline import default_stack, run
    import_s = time.perf_counter() - t0

    times = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "bib"
            start = time.perf_counter()
            pinned, edits = read_existing(out)
            corpus = run(default_stack(args.sources, pinned))
            write_outputs(corpus, out, edits)
            times.append(time.perf_counter() - start)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(d.text) for d in corpus.documents)
    print(f"documents           {len(corpus.documents)} ({chars:,} characters)")
    print(f"mentions / works    {len(corpus.mentions)} / {len(corpus.works)}")
    print(f"import time         {import_s * 1000:.0f} ms")
    print(f"build time          best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms"
          f" (first {times[0] * 1000:.0f} ms, {args.repeat} runs)")
    print(f"peak memory (RSS)   {peak_mb:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
