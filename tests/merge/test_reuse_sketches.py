"""Reuse at scale: document sketches find the rewrites the full shingle sets find, and a
sketch is the same in every process (worker processes make them)."""

from __future__ import annotations

import json
import os
import random
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


STORIES = [[32 * (40 * story + i) for i in range(40)] for story in range(15)]  # sampled shingles of 15 stories
BOILERPLATE = [32 * (10_000 + i) for i in range(8)]


def _random_sketches(rng: random.Random, docs: int) -> dict[str, tuple[int, list[int]]]:
    """Documents telling one of a few stories in part, some with boilerplate: many overlap."""
    sketches = {}
    for d in range(docs):
        sample = set(rng.sample(rng.choice(STORIES), rng.randint(6, 40)))
        sample |= {h for h in BOILERPLATE if rng.random() < 0.1}
        sketches[f"d{d:03d}"] = (len(sample) * 32, sorted(sample))
    return sketches


def test_the_pairs_of_changed_documents_are_those_a_full_comparison_finds(monkeypatch):
    """``reuse_of`` against ``find_reuse`` over every document, before and after one changes."""
    monkeypatch.setattr(reuse, "MAX_DOCS_PER_SHINGLE", 6)  # so that shingles cross the limit
    checked = declined = found = 0
    for seed in range(40):
        rng = random.Random(seed)
        sketches = _random_sketches(rng, 60)
        dates = {doc: rng.choice([None, "2020", "2021-05"]) for doc in sketches}
        changed = rng.choice(sorted(sketches))
        before = {changed: sketches[changed]}
        edited = sorted(set(sketches[changed][1]) ^ set(rng.sample(rng.choice(STORIES) + BOILERPLATE, 6)))
        sketches[changed] = (max(len(edited) * 32, 1), edited)
        texts = {doc: "" for doc in sketches}
        full = find_reuse(texts, dates, set(), sketches)
        local = reuse.reuse_of({changed}, before, sketches, dates, set())
        if local is None:
            declined += 1
            continue
        checked += 1
        found += bool(local)
        assert sorted(local, key=lambda r: (r.derived, r.source)) == sorted(
            (r for r in full if changed in (r.derived, r.source)), key=lambda r: (r.derived, r.source))
    assert checked >= 10 and declined >= 1 and found >= 10
