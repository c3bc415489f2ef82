"""Ingest + Extract for a whole build: find the inputs, reuse cached results, run the rest on
an executor, and hand the Corpus its documents in path order.

The outcome never depends on the cache, the executor or the number of jobs: results are put
back in the order of :func:`citekit.ingest.find_sources` whatever order they finish in, and a
cached result is only reused for the same bytes and the same pipeline version.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
import zlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from citekit.engine.cache import FileStamp, ResultCache
from citekit.engine.document import DocumentResult, DocumentTask
from citekit.engine.executors import ExecutorError, make_executor
from citekit.engine.progress import BuildProgress
from citekit.engine.version import pipeline_version
from citekit.ingest import display_path, find_sources
from citekit.merge import reuse
from citekit.models import Author, Corpus, Document, Fields, Mention, Problem

COMMIT_SECONDS = 1.0  # finished documents reach the cache at least this often
POOL_MIN_PER_JOB = 10  # fewer documents per job run in this process: starting workers costs more


@dataclass(frozen=True)
class EngineOptions:
    """How per-document work runs: executor, jobs, cache (None: no cache)."""

    jobs: int = 1
    executor: str = "local"  # local | dask
    scheduler: str | None = None  # Dask scheduler address
    cache: Path | None = None


@dataclass
class InputFile:
    shown: str  # the path as citekit shows it (relative to the working directory)
    absolute: str
    stamp: FileStamp | None
    sha256: str | None = None  # set when the cache already holds this file's result


@dataclass
class Scan:
    """The build's inputs and which of them need extracting."""

    files: list[InputFile]
    problems: list[Problem] = field(default_factory=list)

    @property
    def todo(self) -> list[InputFile]:
        return [f for f in self.files if f.sha256 is None]


class DocumentEngine:
    """Every input file -> its Document, mentions and problems, cached and in parallel."""

    def __init__(self, paths: list[Path], max_bytes: int = 10_000_000, options: EngineOptions | None = None,
                 progress: BuildProgress | None = None) -> None:
        self.paths = paths
        self.max_bytes = max_bytes
        self.options = options or EngineOptions()
        self.progress = progress or BuildProgress(enabled=False)
        self.version = pipeline_version()
        self.cache = ResultCache(self.options.cache) if self.options.cache else None
        self._scan: Scan | None = None
        self._fresh: dict[str, DocumentResult] | None = None  # results extracted by this build
        self.sketches: dict[str, tuple[int, list[int]]] = {}  # document id -> text sketch, for merge
        self.facts: dict[str, array] = {}  # document id -> its facts, for merge
        # (path, document, merge digest, number of mentions) of each document in the corpus, in order
        self.kept: list[tuple[str, Document, str | None, int]] = []

    def scan(self) -> Scan:
        """Find the inputs and recognise those the cache already holds (stat, else hash)."""
        if self._scan is not None:
            return self._scan
        files, problems = find_sources(self.paths)
        cwd = os.getcwd()
        cached = self.cache.files() if self.cache else {}
        bar = self.progress.bar("scan", len(files))
        scan = Scan([], problems)
        for file in files:
            absolute = os.path.normpath(os.path.join(cwd, file))
            try:
                info = os.stat(absolute)
                stamp = FileStamp.of(info) if stat.S_ISREG(info.st_mode) else None
            except OSError:
                stamp = None
            entry = InputFile(display_path(file), absolute, stamp)
            row = cached.get(entry.shown)
            if row and row.version == self.version and stamp and 0 < stamp.size <= self.max_bytes:
                if row.stamp == stamp:
                    entry.sha256 = row.sha256
                elif _sha256(absolute) == row.sha256:
                    entry.sha256 = row.sha256
                    self.cache.restamp(entry.shown, stamp)
            scan.files.append(entry)
            bar.advance()
        self._scan = scan
        return scan

    def extract_changed(self) -> dict[str, DocumentResult]:
        """Extract the documents the cache lacks (new, changed or unreadable), once."""
        if self._fresh is None:
            self._fresh = self._extract(self.scan().todo)
        return self._fresh

    def inputs(self) -> list[tuple[str, str]]:
        """Each input path with what it is now: its SHA-256, or why it cannot be read."""
        fresh = self.extract_changed()
        out = []
        for file in self.scan().files:
            if file.sha256:
                out.append((file.shown, file.sha256))
            else:
                result = fresh[file.shown]
                out.append((file.shown, result.document.sha256 if result.document else
                            "; ".join(p.message for p in result.ingest_problems)))
        return out

    def __call__(self, corpus: Corpus) -> Corpus:
        """The Ingest and Extract stages: documents, mentions and problems onto ``corpus``."""
        scan = self.scan()
        corpus.problems.extend(scan.problems)
        results = self.extract_changed() | self._cached_results(scan)
        results |= self._extract([f for f in scan.files if f.shown not in results])  # gone from the cache meanwhile
        kept: list[tuple[str, DocumentResult]] = []
        owner: dict[str, str] = {}
        copy_of: dict[str, str] = {}  # content hash -> the first file with that content
        for file in scan.files:
            result = results[file.shown]
            corpus.problems.extend(result.ingest_problems)
            doc = result.document
            if doc is None:
                continue
            if doc.id in owner:
                corpus.problems.append(Problem(path=doc.path, severity="error",
                                               message=f"skipped: same file name as {owner[doc.id]}"))
                continue
            if doc.sha256 in copy_of:  # one text twice is one document (and one entry), not two
                corpus.problems.append(Problem(path=doc.path, severity="warning",
                                               message=f"skipped: the same file as {copy_of[doc.sha256]}"))
                continue
            owner[doc.id] = copy_of[doc.sha256] = doc.path
            kept.append((file.shown, result))
        for path, result in kept:
            doc = result.document
            self.kept.append((path, doc, result.digest, len(result.mentions)))
            if result.sketch is not None:
                self.sketches[doc.id] = result.sketch
            if result.facts is not None:
                self.facts[doc.id] = array("Q", result.facts)
            corpus.documents.append(doc)
            corpus.mentions.extend(result.mentions)
            corpus.problems.extend(result.extract_problems)
        return corpus

    def _cached_results(self, scan: Scan) -> dict[str, DocumentResult]:
        hits = {f.shown for f in scan.files if f.sha256}
        if not (self.cache and hits):
            return {}
        with self.progress.step("load"):
            return {path: _loaded(blob, text, self._keep_texts())
                    for path, blob, text in self.cache.results(hits, self.version)}

    def _extract(self, todo: list[InputFile]) -> dict[str, DocumentResult]:
        """Run the documents the cache lacks; each result is cached as soon as it arrives."""
        if not todo:
            return {}
        cwd = os.getcwd()
        tasks = [DocumentTask(f.absolute, cwd, f.shown, self.max_bytes)
                 for f in sorted(todo, key=lambda f: (-(f.stamp.size if f.stamp else 0), f.shown))]
        stamps = {f.shown: f.stamp for f in todo}
        small = len(tasks) < POOL_MIN_PER_JOB * self.options.jobs and self.options.executor == "local"
        executor = make_executor(self.options.executor, 1 if small else self.options.jobs, self.options.scheduler)
        per_batch = _batch_size(len(tasks), executor.jobs, self.options.executor)
        batches = [tasks[i:i + per_batch] for i in range(0, len(tasks), per_batch)]
        bar = self.progress.bar("extract", len(tasks))
        results: dict[str, DocumentResult] = {}
        last_commit = time.monotonic()
        finished = False
        try:
            for batch, (version, blobs) in executor.run(batches):
                if version != self.version:
                    raise ExecutorError(f"the workers run citekit {version}, this build {self.version}: "
                                        "install the same citekit on every worker")
                for task, (blob, text) in zip(batch, blobs):
                    result = _loaded(zlib.decompress(blob), text, self._keep_texts())
                    results[task.shown] = result
                    if self.cache and result.document:
                        self.cache.put(task.shown, result.document.sha256, version, stamps[task.shown], (blob, text))
                bar.advance(len(batch))
                if self.cache and time.monotonic() - last_commit >= COMMIT_SECONDS:
                    self.cache.commit()
                    last_commit = time.monotonic()
            finished = True
        finally:
            executor.close(cancel=not finished)
            if self.cache:
                self.cache.commit()
        return results

    def _keep_texts(self) -> bool:
        """Whether results keep their plain texts: only a small corpus needs them (merge works
        from sketches and facts beyond ``reuse.EXACT_UP_TO`` documents)."""
        return len(self.scan().files) <= reuse.EXACT_UP_TO

    def finish(self) -> None:
        """After a complete build: forget cached documents that are no longer inputs."""
        if self.cache and self._scan is not None:
            self.cache.keep_only({f.shown for f in self._scan.files})
            self.cache.commit()

    def close(self) -> None:
        if self.cache:
            self.cache.close()


_NO_FIELDS = Fields()
_ALL_SET = {model: set(model.model_fields) for model in (Mention, Fields, Author)}


def _loaded(data: bytes, text: bytes, keep_text: bool) -> DocumentResult:
    """A result as the cache stores it (``document.stored``) -> the result, compacted.  Unless
    ``keep_text``, the document's plain text is left compressed and unread (HTML texts are
    read: citations.json has them), when its sketch and facts stand in for it; it is most of
    a result's bytes, and most of the time of loading the results of a large build."""
    result = DocumentResult.model_validate_json(data)
    doc = result.document
    if doc and (keep_text or doc.format == "html" or result.sketch is None or result.facts is None):
        doc.text = zlib.decompress(text).decode()
    return _compact(result)


def _compact(result: DocumentResult) -> DocumentResult:
    """Less memory for a loaded result, which a large build holds for every document:

    - inline citations carry no record of their own (they follow their reference entry), so
      they share one empty record, read-only by convention, instead of one each;
    - a model read from JSON keeps the set of the field names it was given; those sets, the
      largest part of a record, become one shared set of every name (nothing here asks which
      fields were given: the cache leaves out those at their defaults);
    - mentions share their document's id string.

    Together with the texts left out, about 40% of a large build's loaded results."""
    doc_id = result.document.id if result.document else None
    for mention in result.mentions:
        if doc_id == mention.document:
            mention.document = doc_id
        _share_names(mention)
        if mention.kind == "inline-citation" and mention.fields == _NO_FIELDS:
            mention.fields = _NO_FIELDS
            continue
        _share_names(mention.fields)
        for person in (*mention.fields.authors, *mention.fields.editors):
            _share_names(person)
    return result


def _share_names(model) -> None:
    """Let ``model`` share its class's set of all field names (the set only grows on
    assignment, by names already in it)."""
    object.__setattr__(model, "__pydantic_fields_set__", _ALL_SET[type(model)])


def _batch_size(tasks: int, jobs: int, executor: str) -> int:
    """Enough batches to keep every worker busy to the end, few enough to keep overhead low."""
    most = 64 if executor == "dask" else 16
    return max(1, min(most, tasks // (jobs * 8)))


def _sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None
