"""Fixtures: the synthetic corpus of eval_corpus.py written to tmp_path, and a runner."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from eval_corpus import ALPHA, BETA, GOLD_ALPHA, GOLD_BETA, SOURCES, perfect_build, write_build

from citekit.evaluate import EvalReport, evaluate


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """tmp_path with docs/, gold/ and bib/ (the perfect build)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (tmp_path / "docs" / "beta.txt").write_text(BETA, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "alpha.gold.json").write_text(json.dumps(GOLD_ALPHA), encoding="utf-8")
    (gold / "beta.gold.json").write_text(json.dumps(GOLD_BETA), encoding="utf-8")
    (gold / "sources.json").write_text(json.dumps(SOURCES), encoding="utf-8")
    write_build(tmp_path, perfect_build())
    return tmp_path


@pytest.fixture
def run(corpus: Path) -> Callable[[Callable[[dict], None] | None], EvalReport]:
    """Evaluate the perfect build after applying a mutation to a copy of it."""

    def _run(mutate: Callable[[dict], None] | None = None) -> EvalReport:
        build = copy.deepcopy(perfect_build())
        if mutate:
            mutate(build)
        write_build(corpus, build)
        return evaluate(corpus / "bib", corpus / "gold")

    return _run
