"""The stage protocol and the default stack.

Like bibtexparser v2's middleware, a build is one loop: ``for stage in stack: corpus =
stage(corpus)``.  A stage never raises for bad input: it records a Problem and carries on, so
one bad document never stops the others.  Ingest and Extract work one document at a time and
run together in the build engine (:class:`citekit.engine.extract.DocumentEngine`: cached,
in parallel); Merge and Resolve see the whole corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from citekit.engine.extract import DocumentEngine
from citekit.engine.progress import BuildProgress
from citekit.merge import merge
from citekit.models import Corpus
from citekit.resolve import Resolve, ResolveConfig


class Stage(Protocol):
    def __call__(self, corpus: Corpus) -> Corpus: ...


@dataclass
class Merge:
    """Mentions -> works, keys pinned by an earlier build."""

    pinned: dict[str, list[str]] = field(default_factory=dict)
    sketches: dict[str, tuple[int, list[int]]] | None = None  # document id -> text sketch (reuse)
    facts: dict[str, Sequence[int]] | None = None  # document id -> its facts (outlet links)

    def __call__(self, corpus: Corpus) -> Corpus:
        return merge(corpus, self.pinned, self.sketches, self.facts)


def default_stack(paths: list[Path], pinned: dict[str, list[str]] | None = None,
                  max_bytes: int = 10_000_000, resolve: ResolveConfig | None = None,
                  documents: DocumentEngine | None = None) -> list[Stage]:
    """Ingest + Extract, Merge, Resolve.  Without a ``resolve`` config the stack is offline
    with no cache: the network is used only when a caller asks for it.  Without a
    ``documents`` engine, documents are read in this process with no build cache."""
    config = resolve or ResolveConfig(offline=True)
    documents = documents or DocumentEngine(paths, max_bytes)
    return [documents, Merge(pinned or {}, documents.sketches, documents.facts), Resolve(config, pinned or {})]


STEP_NAMES = {"Merge": "merge", "Resolve": "resolve"}


def run(stack: list[Stage], corpus: Corpus | None = None, progress: BuildProgress | None = None) -> Corpus:
    """Each stage in turn; corpus-wide stages show a step on ``progress``."""
    corpus = corpus or Corpus()
    for stage in stack:
        name = STEP_NAMES.get(type(stage).__name__)
        if progress is not None and name:
            with progress.step(name):
                corpus = stage(corpus)
        else:
            corpus = stage(corpus)
    return corpus
