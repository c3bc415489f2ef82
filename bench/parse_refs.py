"""Speed of the trained reference parser: references/s, model load time, peak memory, model size.

Parses N reference strings (default 10,000, taken in a fixed order from res/anystyle/*.xml and
res/grobid/, repeated when there are fewer) through the model path (clean, label, judge,
normalise into Fields) in one process, and separately times labelling alone. Wall-clock and CPU time are both printed:
on a shared machine the CPU figure is the one that says what the code costs.

    python bench/parse_refs.py [--n 10000] [--model PATH]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--model", type=Path, default=None)
    args = ap.parse_args()

    from citekit.extract.labeller.datasets import read_dataset

    refs = [r.text for name in ("core", "good", "bad", "ugly") for r in read_dataset(ROOT / "res" / "anystyle" / f"{name}.xml")]
    refs += [r.text for r in read_dataset(ROOT / "res" / "grobid" / "corpus")]
    texts = [refs[(i * 7919) % len(refs)] for i in range(args.n)]  # a fixed spread over all sources
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the bench's own data

    t0, c0 = time.perf_counter(), time.process_time()
    from citekit.extract.labeller.model import Labeller, shipped_model_path
    from citekit.extract.labeller.reference import label_reference
    model_path = args.model or shipped_model_path()
    labeller = Labeller(model_path)
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    flagged = sum(not label_reference(t, labeller).is_reference for t in texts)
    full, full_cpu = time.perf_counter() - t0, time.process_time() - c0

    fresh = Labeller(model_path)  # empty feature cache: labelling alone, cold
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        fresh.tag(t)
    tag_only, tag_cpu = time.perf_counter() - t0, time.process_time() - c0

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = (model_path.stat().st_size + model_path.with_name(model_path.stem + ".lexicon.json").stat().st_size) / 1e6
    print(f"references        {len(texts)} ({sum(len(t.split()) for t in texts) / len(texts):.1f} tokens on average)")
    print(f"model load        {load:.3f} s wall, {load_cpu:.3f} s CPU (import + open model and lexicon)")
    print(f"model size        {size:.2f} MB (model + lexicon)")
    print(f"parse (fields)    {len(texts) / full:.0f} references/s wall, {len(texts) / full_cpu:.0f} per CPU-second "
          f"({flagged} flagged as non-references)")
    print(f"label only        {len(texts) / tag_only:.0f} references/s wall, {len(texts) / tag_cpu:.0f} per CPU-second")
    print(f"peak memory       {peak:.0f} MB (max RSS; {before:.0f} MB of it before the model was loaded: "
          f"the bench's reference data)")


if __name__ == "__main__":
    main()
