"""Text reuse: the gold's ``derived_from`` pairs against the build documents' ``derived_from``."""

from __future__ import annotations

from .build import Build, basename
from .gold import GoldSet
from .report import Failure, Score


def score_reuse(gold: GoldSet, build: Build) -> tuple[Score, list[Failure]]:
    """Pairs (rewrite, original) by file name: precision over the build's pairs among gold
    documents, recall over the gold's pairs."""
    names = {d.id: basename(d.path) for d in build.documents}
    scored = {g.document for g in gold.documents}
    expected = {(g.document, basename(src)) for g in gold.documents for src in g.derived_from}
    predicted = {(names[d.id], names.get(src, src)) for d in build.documents
                 for src in (d.model_extra or {}).get("derived_from", []) if names[d.id] in scored}
    right = expected & predicted
    score = Score(correct=len(right), predicted=len(predicted), found=len(right), expected=len(expected))
    failures = [Failure(category="reuse", item=f"{a} derived from {b}", document=a,
                        message="missed" if (a, b) in expected else "not in the gold")
                for a, b in sorted(expected ^ predicted)]
    return score, failures
