"""One document, start to finish on its own: read, decode, extract.  The unit of work that a
worker process (local pool or Dask) runs; it depends on no other document."""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field

from citekit.extract.attributions.corpus import facts
from citekit.extract.document import extract_document
from citekit.ingest import IngestError, load_document
from citekit.merge.reuse import sketch
from citekit.models import Document, Mention, Problem


@dataclass(frozen=True)
class DocumentTask:
    """Where a worker finds the file (absolute) and how the build names it."""

    path: str  # absolute path, readable by the worker
    root: str  # the build's working directory: shown paths are relative to it
    shown: str  # the path as the build shows it (display_path)
    max_bytes: int


class DocumentResult(BaseModel):
    """What one document yields: its Document (text, metadata), its mentions, its problems.
    ``document`` is None when the file could not be read."""

    path: str
    document: Document | None = None
    mentions: list[Mention] = Field(default_factory=list)
    ingest_problems: list[Problem] = Field(default_factory=list)
    extract_problems: list[Problem] = Field(default_factory=list)
    sketch: tuple[int, list[int]] | None = None  # the text's shingle sample (merge.reuse), for large corpora
    facts: list[int] | None = None  # the text's facts (attributions.corpus), for large corpora
    digest: str | None = None  # merge_digest: what merging reads from this document


def merge_digest(result: DocumentResult) -> str:
    """A hash of what merging reads from a document besides its text, sketch and facts: its
    id, path, format and metadata, its mentions without their places (start, end, the text
    they cover) and its problems.  Two versions of a file with the same digest cite the same
    works in the same way, so a rebuild can keep the merge of the last build as long as reuse
    and outlet links, which read the rest, come out the same (:mod:`citekit.engine.cutoff`)."""
    digest = hashlib.sha256(result.model_dump_json(include={"path", "ingest_problems", "extract_problems"}).encode())
    if result.document is not None:
        digest.update(b"\n" + result.document.model_dump_json(exclude={"sha256", "text"}).encode())
    for mention in result.mentions:
        digest.update(b"\n" + mention.model_dump_json(exclude={"start", "end", "text", "work"}).encode())
    return digest.hexdigest()


def process_document(task: DocumentTask) -> DocumentResult:
    """Ingest and extract one file; every failure becomes a Problem on the result."""
    try:
        document, warnings = load_document(Path(task.path), root=Path(task.root), max_bytes=task.max_bytes)
    except IngestError as exc:
        return DocumentResult(path=task.shown, ingest_problems=[exc.problem()])
    result = DocumentResult(path=task.shown, document=document, ingest_problems=warnings,
                            sketch=sketch(document.text), facts=facts(document.text))
    try:
        extraction = extract_document(document)
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not stop the others
        result.extract_problems.append(Problem(path=document.path, severity="error",
                                               message=f"extraction failed: {type(exc).__name__}: {exc}"))
        return result
    document.meta = extraction.meta
    result.mentions = extraction.mentions
    result.extract_problems = extraction.problems
    result.digest = merge_digest(result)
    return result


Stored = tuple[bytes, bytes]  # a result as the cache stores it: (its JSON, its document's text), each zlib-compressed


def stored(result: DocumentResult) -> Stored:
    """``result`` in the form the cache stores: JSON without default values and without the
    document's text, and the text apart (a large build reads it back only for HTML documents,
    whose text citations.json holds: it is most of a result's bytes)."""
    text = result.document.text if result.document else ""
    data = result.model_dump_json(exclude_defaults=True, exclude={"document": {"text"}})
    return zlib.compress(data.encode(), 1), zlib.compress(text.encode(), 1)


def process_batch(tasks: list[DocumentTask]) -> tuple[str, list[Stored]]:
    """Several documents in one round trip: the worker's pipeline version and each result as
    the cache stores it (:func:`stored`), so the caller neither re-encodes nor compresses it
    and a quarter of the bytes cross the pipe."""
    from citekit.engine.version import pipeline_version

    return pipeline_version(), [stored(process_document(task)) for task in tasks]
