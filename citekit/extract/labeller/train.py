"""Train the CRF: labelled references -> a crfsuite model file and its lexicon beside it.

The settings (:class:`TrainSettings`) are fixed so that ``citekit train-parser`` reproduces the
shipped model: L-BFGS with the elastic-net penalties ``c1``/``c2`` and ``max_iterations``.
"""

from __future__ import annotations

import glob
from pathlib import Path

import pycrfsuite
from pydantic import BaseModel

from .datasets import LabelledReference, read_dataset
from .features import FeatureExtractor
from .lexicon import Lexicon
from .tokens import tokenize


class TrainSettings(BaseModel):
    """CRF training settings (L-BFGS)."""

    c1: float = 0.3
    c2: float = 0.2
    max_iterations: int = 100
    min_feature_freq: int = 1
    lexicon_min_count: int = 3


def lexicon_path(model_path: str | Path) -> Path:
    """Where the lexicon of a model file lives: beside it, ``<stem>.lexicon.json``."""
    p = Path(model_path)
    return p.with_name(p.stem + ".lexicon.json")


def train(refs: list[LabelledReference], model_path: str | Path, settings: TrainSettings | None = None,
          verbose: bool = False) -> Path:
    """Train on ``refs`` and write the model and its lexicon; returns the model path."""
    settings = settings or TrainSettings()
    model_path = Path(model_path)
    lexicon = Lexicon.build(refs, min_count=settings.lexicon_min_count)
    extractor = FeatureExtractor(lexicon)
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for ref in refs:
        trainer.append(extractor.features(tokenize(ref.text)), ref.labels)
    trainer.set_params({
        "c1": settings.c1, "c2": settings.c2, "max_iterations": settings.max_iterations,
        "feature.minfreq": settings.min_feature_freq, "feature.possible_transitions": True,
    })
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    lexicon.save(lexicon_path(model_path))
    return model_path


def default_sources(root: str | Path) -> list[Path]:
    """The shipped training data under ``res/``: AnyStyle XML, GROBID TEI, the policy set."""
    root = Path(root)
    files = [root / "anystyle" / f"{name}.xml" for name in ("core", "good", "bad", "ugly")]
    files += [Path(p) for p in sorted(glob.glob(str(root / "policy" / "*.xml")))]
    grobid = root / "grobid" / "corpus"
    if grobid.is_dir():
        files.append(grobid)
    return [f for f in files if f.exists()]


def load_sources(paths: list[Path]) -> list[LabelledReference]:
    """Read every training file (AnyStyle XML or GROBID TEI, files or folders)."""
    refs: list[LabelledReference] = []
    for path in paths:
        refs += read_dataset(path)
    return refs
