"""Benchmark: plain-view (Markdown cleaning) throughput on 5 MB of realistic Markdown and on
pathological inputs.  ``python bench/plain_view.py``"""

from __future__ import annotations

import time

from citekit.ingest import plain_view
from citekit.models import Document

PROSE = ("Most of a real document is prose: sentences that cite (Author & Other, 2021) or say "
         "that, according to a 2023 report, things changed. Then some follow, and more words. ")
PARA = ("## Section heading\n\n" + PROSE + "Some **bold** text, *emphasis* and a "
        "[link](https://example.org/a_b). " + PROSE + "A note<sup>3</sup> and \\*escapes\\_. "
        + PROSE + "\n\n- Author, A. (2020). *Title of a work*. Publisher. <https://doi.org/10.1/x>\n\n")
EVIL = ["[" * 50_000, "<!--" * 30_000, "](" * 30_000, "*a_" * 30_000, "\\" * 100_000,
        "https://x.org/" + ")" * 100_000, "![" * 20_000 + "]" * 20_000]


def _time(text: str) -> float:
    doc = Document(id="b", path="b.md", sha256="0" * 64, text=text, format="markdown")
    start = time.perf_counter()
    plain_view(doc)
    return time.perf_counter() - start


def main() -> None:
    md = PARA * (5_000_000 // len(PARA) + 1)
    seconds = _time(md)
    print(f"markdown 5 MB        {seconds:.2f} s ({len(md) / seconds / 1e6:.1f} MB/s)")
    worst = max((_time(e), e[:6]) for e in EVIL)
    print(f"worst pathological   {worst[0]:.2f} s ({worst[1]!r}…)")


if __name__ == "__main__":
    main()
