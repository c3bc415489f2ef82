"""``citekit train-parser`` and ``citekit eval-parser``: retrain the shipped reference labeller,
cross-validate it, and score a model on AnyStyle XML or GROBID TEI gold files."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from citekit.cli.main import app, err, out

_RES = Path(__file__).resolve().parents[2] / "res"


@app.command("train-parser")
def train_parser(
    data: Annotated[Optional[list[Path]], typer.Argument(
        help="Training files or folders (AnyStyle XML, GROBID TEI); default: everything under res/.")] = None,
    model: Annotated[Optional[Path], typer.Option(
        "--out", help="Model file to write (default: the shipped citekit/data/refparser.crfsuite).")] = None,
    kfold: Annotated[int, typer.Option(
        "--kfold", help="Cross-validate with K folds instead of training the shipped model.", min=0)] = 0,
    seed: Annotated[int, typer.Option("--seed", help="Fold assignment seed.")] = 0,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write the k-fold scores as JSON here.")] = None,
    workers: Annotated[int, typer.Option("--workers", help="Folds trained at once (processes).", min=1)] = 1,
) -> None:
    """Train the reference labeller (CRF) from AnyStyle XML, GROBID TEI and res/policy/ data."""
    from citekit.extract.labeller.crossval import cross_validate
    from citekit.extract.labeller.datasets import DatasetError
    from citekit.extract.labeller.model import shipped_model_path
    from citekit.extract.labeller.scoring import render
    from citekit.extract.labeller.train import TrainSettings, default_sources, load_sources, train

    sources = data or default_sources(_RES)
    if not sources:
        err.print(f"citekit: no training data (looked in {_RES})", markup=False)
        raise typer.Exit(2)
    try:
        refs = load_sources(sources)
    except DatasetError as exc:
        err.print(f"citekit: {exc}", markup=False)
        raise typer.Exit(2)
    settings = TrainSettings()
    out.print(f"{len(refs)} references from {len(sources)} sources; settings {settings.model_dump()}", markup=False)
    start = time.time()
    if kfold:
        if kfold < 2:
            err.print("citekit: --kfold needs at least 2 folds", markup=False)
            raise typer.Exit(2)
        scores = cross_validate(refs, k=kfold, seed=seed, settings=settings, workers=workers,
                                log=lambda m: out.print(m, markup=False))
        for name, s in scores.items():
            out.print(render(name, s), markup=False)
        if report:
            report.write_text(json.dumps({k: v.model_dump() for k, v in scores.items()}, indent=1) + "\n",
                              encoding="utf-8")
    else:
        target = train(refs, model or shipped_model_path(), settings)
        out.print(f"wrote {target} ({target.stat().st_size / 1e6:.2f} MB)", markup=False)
    out.print(f"{time.time() - start:.0f} s", markup=False)


@app.command("eval-parser")
def eval_parser(
    gold: Annotated[list[Path], typer.Argument(help="Gold files or folders: AnyStyle XML or GROBID TEI.")],
    model: Annotated[Optional[Path], typer.Option("--model", help="Model file (default: the shipped one).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the labeller on gold files: per-label P/R/F1, span micro-F1, exact match, field F1 (95% CIs)."""
    from citekit.extract.labeller.datasets import DatasetError, read_dataset
    from citekit.extract.labeller.model import Labeller, ModelError, shipped_model_path
    from citekit.extract.labeller.scoring import render, score

    datasets = {}
    for path in gold:
        if not path.exists():
            err.print(f"citekit: {path}: no such file or folder", markup=False)
            raise typer.Exit(2)
        try:
            datasets[str(path)] = read_dataset(path)
        except DatasetError as exc:
            err.print(f"citekit: {exc}", markup=False)
            raise typer.Exit(2)
    try:
        labeller = Labeller(model or shipped_model_path())
    except ModelError as exc:
        err.print(f"citekit: {exc}", markup=False)
        raise typer.Exit(2)
    results = {}
    for name, refs in datasets.items():
        rows = []
        for ref in refs:
            tokens = ref.tokens()
            rows.append(([t.text for t in tokens], ref.labels, labeller.labels(tokens)))
        results[name] = score(rows)
    if as_json:
        sys.stdout.write(json.dumps({k: v.model_dump() for k, v in results.items()}, indent=1) + "\n")
    else:
        for name, s in results.items():
            out.print(render(name, s), markup=False)
