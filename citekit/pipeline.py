"""The stage protocol and the default stack.

Like bibtexparser v2's middleware, a build is one loop: ``for stage in stack: corpus =
stage(corpus)``.  A stage never raises for bad input: it records a Problem and carries on, so
one bad document never stops the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from citekit.extract.document import extract_document
from citekit.ingest import IngestError, find_sources, load_document
from citekit.merge import merge
from citekit.models import Corpus, Problem
from citekit.resolve import Resolve, ResolveConfig


class Stage(Protocol):
    def __call__(self, corpus: Corpus) -> Corpus: ...


@dataclass
class Ingest:
    """Paths -> decoded documents; unreadable files become problems."""

    paths: list[Path]
    max_bytes: int = 10_000_000

    def __call__(self, corpus: Corpus) -> Corpus:
        files, problems = find_sources(self.paths)
        corpus.problems.extend(problems)
        for path in files:
            try:
                document, warnings = load_document(path, max_bytes=self.max_bytes)
            except IngestError as exc:
                corpus.problems.append(Problem(path=str(exc.path), message=exc.message, severity="error"))
                continue
            corpus.documents.append(document)
            corpus.problems.extend(warnings)
        _drop_duplicate_ids(corpus)
        return corpus


def _drop_duplicate_ids(corpus: Corpus) -> None:
    seen: dict[str, str] = {}
    kept = []
    for doc in corpus.documents:
        if doc.id in seen:
            corpus.problems.append(Problem(path=doc.path, severity="error",
                                           message=f"skipped: same file name as {seen[doc.id]}"))
            continue
        seen[doc.id] = doc.path
        kept.append(doc)
    corpus.documents = kept


class Extract:
    """Each document -> its own metadata, reference entries and inline citations."""

    def __call__(self, corpus: Corpus) -> Corpus:
        for doc in corpus.documents:
            try:
                result = extract_document(doc)
            except Exception as exc:  # a bug on one document must not stop the others
                corpus.problems.append(Problem(path=doc.path, severity="error",
                                               message=f"extraction failed: {type(exc).__name__}: {exc}"))
                continue
            doc.meta = result.meta
            corpus.mentions.extend(result.mentions)
            corpus.problems.extend(result.problems)
        return corpus


@dataclass
class Merge:
    """Mentions -> works, keys pinned by an earlier build."""

    pinned: dict[str, list[str]] = field(default_factory=dict)

    def __call__(self, corpus: Corpus) -> Corpus:
        return merge(corpus, self.pinned)


def default_stack(paths: list[Path], pinned: dict[str, list[str]] | None = None,
                  max_bytes: int = 10_000_000, resolve: ResolveConfig | None = None) -> list[Stage]:
    """Ingest, Extract, Merge, Resolve.  Without a ``resolve`` config the stack is offline
    with no cache: the network is used only when a caller asks for it."""
    config = resolve or ResolveConfig(offline=True)
    return [Ingest(paths, max_bytes), Extract(), Merge(pinned or {}), Resolve(config, pinned or {})]


def run(stack: list[Stage], corpus: Corpus | None = None) -> Corpus:
    corpus = corpus or Corpus()
    for stage in stack:
        corpus = stage(corpus)
    return corpus
