"""The shipped reference-labelling model: opened once, then used to tag reference strings."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pycrfsuite

from .features import FeatureExtractor
from .lexicon import Lexicon
from .tokens import Token, tokenize
from .train import lexicon_path

MODEL_NAME = "refparser.crfsuite"


class ModelError(RuntimeError):
    """The model file or its lexicon is missing or unreadable; the message names the file."""


class Tagged(NamedTuple):
    """A labelled reference: tokens, one label per token, the sequence probability and the
    lowest per-token marginal (how sure the model is of its least sure token)."""

    text: str
    tokens: list[Token]
    labels: list[str]
    probability: float
    weakest: float


def shipped_model_path() -> Path:
    return Path(str(resources.files("citekit") / "data" / MODEL_NAME))


class Labeller:
    """A crfsuite tagger with its feature extractor."""

    def __init__(self, model_path: str | Path):
        model_path = Path(model_path)
        lex = lexicon_path(model_path)
        try:
            self.lexicon = Lexicon.load(lex)
        except (OSError, ValueError) as exc:
            raise ModelError(f"{lex}: cannot read the lexicon: {exc}") from None
        self.tagger = pycrfsuite.Tagger()
        try:
            self.tagger.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{model_path}: cannot open the model: {exc}") from None
        self.extractor = FeatureExtractor(self.lexicon)
        self.path = model_path

    def tag(self, text: str, marginals: bool = True) -> Tagged:
        """Label every token of ``text``."""
        tokens = tokenize(text)
        if not tokens:
            return Tagged(text, [], [], 0.0, 0.0)
        self.tagger.set(self.extractor.features(tokens))
        labels = self.tagger.tag()
        prob = self.tagger.probability(labels)
        weakest = min(self.tagger.marginal(lab, i) for i, lab in enumerate(labels)) if marginals else prob
        return Tagged(text, tokens, labels, prob, weakest)

    def labels(self, tokens: list[Token]) -> list[str]:
        """Labels only (for scoring)."""
        if not tokens:
            return []
        return self.tagger.tag(self.extractor.features(tokens))


@lru_cache(maxsize=4)
def load_labeller(model_path: str | None = None) -> Labeller:
    """The labeller for ``model_path`` (default: the shipped model), opened once per process."""
    return Labeller(model_path or shipped_model_path())
