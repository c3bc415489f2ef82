"""Reuse at scale: document sketches find the rewrites the full shingle sets find, and a
sketch is the same in every process (worker processes make them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from citekit.merge import reuse
from citekit.merge.reuse import find_reuse, sketch

SENTENCES = [f"report {i} counts {i * 7} families who left the valley of river {i % 9} after the dam at site {i * 3} "
             f"was closed in the dry season of year {1990 + i}" for i in range(200)]
ORIGINAL = " ".join(SENTENCES)
CONDENSED = " ".join(s for i, s in enumerate(SENTENCES) if i % 3 == 0)
OTHER = " ".join(f"an unrelated text {i} about harbour {i * 5} ships cargo and tides in port {i}" for i in range(300))


def test_sketches_find_the_rewrite_that_full_shingle_sets_find(monkeypatch):
    texts = {"orig": ORIGINAL, "cond": CONDENSED, "other": OTHER}
    exact = find_reuse(texts, {}, set())
    monkeypatch.setattr(reuse, "EXACT_UP_TO", 0)
    sketched = find_reuse(texts, {}, set(), {doc: sketch(text) for doc, text in texts.items()})
    assert [(r.derived, r.source) for r in sketched] == [(r.derived, r.source) for r in exact] == [("cond", "orig")]


def test_a_sketch_does_not_depend_on_the_process_hash_seed():
    code = "import json, sys; from citekit.merge.reuse import sketch; print(json.dumps(sketch(sys.argv[1])))"
    runs = [subprocess.run([sys.executable, "-c", code, CONDENSED], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed)).stdout for seed in ("1", "2")]
    assert json.loads(runs[0]) == json.loads(runs[1]) == [*sketch(CONDENSED)]
    assert sketch(CONDENSED)[1], "the sample is not empty"
