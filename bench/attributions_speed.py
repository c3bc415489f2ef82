"""Benchmark: prose-attribution extraction of one long article, with and without the parse.

    python bench/attributions_speed.py [--words 5000] [--repeat 5]

The article is the prose texts of ``tests/golden/docs`` (plain-text ones) joined until it has
``--words`` words. Prints the spaCy model's load time, then the best and median time of
``find_attributions`` over the repeats with the dependency parse and with the rules alone,
and how many attributions each finds (issue #4: "well under 0.5 s" for 5,000 words).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def article(words: int) -> str:
    """Golden plain-text prose joined paragraph by paragraph up to ``words`` words."""
    parts, count = [], 0
    for path in sorted((ROOT / "tests" / "golden" / "docs").glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            parts.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                return "\n\n".join(parts)
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from citekit.extract.attributions import _detect, deps, find_attributions
    from citekit.ingest.view import plain_view
    from citekit.models import Document, Fields

    text = article(args.words)
    doc = Document(id="bench", path="bench.txt", sha256="0", text=text)
    view, meta = plain_view(doc), Fields(date="2025-06-01")
    t0 = time.perf_counter()
    loaded = deps.load() is not None
    print(f"article         {len(text.split())} words")
    print(f"spaCy model     {'loaded' if loaded else 'NOT available'} in {time.perf_counter() - t0:.2f} s")
    for label, parse in (("with the parse", True), ("rules alone", False)):
        times, found = [], 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            hits, _ = _detect(view, meta, [(0, len(view.text))], parse=parse)
            times.append(time.perf_counter() - t)
            found = sum(1 for h in hits if h.emit)
        print(f"{label:15} best {min(times):.3f} s, median {statistics.median(times):.3f} s, "
              f"{found} attributions")
    t = time.perf_counter()
    find_attributions(doc, view, meta)
    print(f"find_attributions (default, parse on): {time.perf_counter() - t:.3f} s")


if __name__ == "__main__":
    main()
