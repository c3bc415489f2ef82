"""k-fold cross-validation: fixed folds over references (GROBID references grouped by file so one
paper's list never sits on both sides), train on k-1 folds, tag the held-out fold, score by source.
Folds are independent, so they may train in parallel processes."""

from __future__ import annotations

import hashlib
import multiprocessing
import tempfile
from collections import defaultdict
from pathlib import Path

from .datasets import LabelledReference
from .model import Labeller
from .scoring import Scores, score
from .train import TrainSettings, train


def fold_of(ref: LabelledReference, k: int, seed: int = 0) -> int:
    """A stable fold number: a hash of the group (GROBID file) or of the text itself."""
    key = ref.group if ref.source == "grobid" else ref.source + "\x00" + ref.text
    return int(hashlib.sha1(f"{seed}:{key}".encode()).hexdigest(), 16) % k


def split(refs: list[LabelledReference], fold: int, k: int, seed: int = 0
          ) -> tuple[list[LabelledReference], list[LabelledReference]]:
    """(training part, held-out part) of one fold."""
    train_part, test_part = [], []
    for ref in refs:
        (test_part if fold_of(ref, k, seed) == fold else train_part).append(ref)
    return train_part, test_part


def source_family(ref: LabelledReference) -> str:
    """How results are grouped: 'anystyle', 'grobid' or 'policy'."""
    if ref.source == "grobid":
        return "grobid"
    if ref.source in ("core", "good", "bad", "ugly"):
        return "anystyle"
    return "policy"


def run_fold(refs: list[LabelledReference], fold: int, k: int, seed: int = 0,
             settings: TrainSettings | None = None) -> list[tuple[str, tuple]]:
    """Train on every fold but ``fold``, tag ``fold``: (source family, (words, gold, predicted)) rows."""
    train_part, test_part = split(refs, fold, k, seed)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / f"fold{fold}.crfsuite"
        train(train_part, model, settings)
        labeller = Labeller(model)
        for ref in test_part:
            tokens = ref.tokens()
            rows.append((ref.source, ([t.text for t in tokens], ref.labels, labeller.labels(tokens))))
    return rows


def _run_fold(args: tuple) -> list[tuple[str, tuple]]:
    return run_fold(*args)


def cross_validate(refs: list[LabelledReference], k: int = 5, seed: int = 0,
                   settings: TrainSettings | None = None, workers: int = 1, log=None) -> dict[str, Scores]:
    """Scores per source family (and per AnyStyle file) over the held-out folds; ``workers``
    folds train at once in separate processes."""
    jobs = [(refs, fold, k, seed, settings) for fold in range(k)]
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(min(workers, k)) as pool:
            results = pool.map(_run_fold, jobs)
    else:
        results = [_run_fold(job) for job in jobs]
    items: dict[str, list] = defaultdict(list)
    for fold, rows in enumerate(results):
        for source, row in rows:
            family = source_family(LabelledReference(text="", labels=[], source=source))
            items[family].append(row)
            if family == "anystyle":
                items["anystyle/" + source].append(row)
        if log:
            log(f"fold {fold}: tested on {len(rows)}")
    return {name: score(rows) for name, rows in sorted(items.items())}
