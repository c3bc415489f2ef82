"""One ``citekit build``: scan, extract what changed, merge, resolve, write, remember.

The command line only parses options and prints; this module decides what work a build
needs.  A rebuild with nothing changed stops after the scan (:mod:`citekit.engine.manifest`);
otherwise the pipeline runs with the document engine (cache, executor) as its first stage and
the outputs are written together (:func:`citekit.emit.files.write_together`).
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from citekit.engine import cutoff
from citekit.engine.cache import BuildRecord
from citekit.engine.extract import DocumentEngine, EngineOptions
from citekit.engine.manifest import build_fingerprint, file_sha256, output_stamps, unchanged
from citekit.engine.progress import BuildProgress
from citekit.models import Corpus, Problem


class BuildError(Exception):
    """A usage error or an existing library that cannot be read safely (exit 2)."""


@dataclass
class BuildSettings:
    sources: list[Path]
    out_dir: Path = Path("bib")
    resolve_flags: dict = field(default_factory=dict)
    report: str | None = None  # --report FILE|-
    merge_bib: Path | None = None
    dialect: str = "bibtex"
    ascii: bool = False
    max_bytes: int = 10_000_000
    jobs: int = 1
    executor: str = "local"
    scheduler: str | None = None
    cache: Path | None = None  # the build cache file; None: no cache
    progress: bool | None = None  # None: bars when stderr is a terminal


@dataclass
class BuildOutcome:
    problems: list[Problem]
    documents: int
    summary: str  # "N documents, … -> M works in OUT/"
    changed: int = 0  # output files rewritten
    patched: int = 0  # changed documents whose citations were as before (engine.cutoff)
    report_json: str | None = None  # --report


def run_build(settings: BuildSettings) -> BuildOutcome:
    """Build ``settings.out_dir`` from ``settings.sources``; raises BuildError (usage),
    ExecutorError, CacheError, and KeyboardInterrupt with finished documents cached."""
    from citekit.emit import OUTPUT_NAMES, repair_outputs
    from citekit.resolve import load_config

    if settings.out_dir.exists() and not settings.out_dir.is_dir():
        raise BuildError(f"{settings.out_dir}: exists and is not a folder (--out names the folder of the outputs)")
    try:
        config = load_config(settings.resolve_flags)
    except (ValueError, OSError) as exc:
        raise BuildError(f"bad resolution settings: {str(exc).splitlines()[0]}") from None
    repair_outputs(settings.out_dir)
    options = EngineOptions(settings.jobs, settings.executor, settings.scheduler, settings.cache)
    progress = BuildProgress(settings.progress)
    engine = DocumentEngine(settings.sources, settings.max_bytes, options, progress)
    # Only a build whose outputs depend on nothing but code, inputs and settings can be skipped:
    # not with a lookup cache (its answers change), nor when a resolution report is asked for.
    skippable = engine.cache is not None and settings.report is None and config.cache_path() is None
    out_key = str(settings.out_dir.resolve())
    try:
        with progress, _collector_paused():
            record = engine.cache.last_build(out_key) if skippable else None
            if record is not None and output_stamps(settings.out_dir, OUTPUT_NAMES) == record.outputs:
                fingerprint = _fingerprint(engine, settings, config)
                replay = BuildOutcome([Problem(**p) for p in record.report["problems"]],
                                      record.report["documents"], record.report["summary"])
                if unchanged(record, fingerprint, settings.out_dir, OUTPUT_NAMES):
                    return replay
                with progress.step("patch"):
                    patched = cutoff.patch(engine.cache, out_key, settings.out_dir, engine, record.fingerprint,
                                           lambda inputs: _fingerprint(engine, settings, config, inputs))
                if patched:
                    engine.cache.record_build(out_key, BuildRecord(
                        fingerprint, output_stamps(settings.out_dir, OUTPUT_NAMES), record.report))
                    engine.finish()
                    replay.changed, replay.patched = 1, patched
                    return replay
            outcome, corpus = _build(engine, settings, config, progress)
            if engine.cache is not None:
                stamps = output_stamps(settings.out_dir, OUTPUT_NAMES) if outcome.documents else None
                engine.cache.record_build(out_key, BuildRecord(
                    _fingerprint(engine, settings, config), stamps,
                    {"problems": [p.model_dump() for p in outcome.problems], "documents": outcome.documents,
                     "summary": outcome.summary}) if skippable and stamps else None)
                if skippable and stamps:
                    cutoff.remember(engine.cache, out_key, engine, corpus)
                else:
                    engine.cache.forget_emitted(out_key)
                engine.finish()
            return outcome
    finally:
        engine.close()


@contextmanager
def _collector_paused():
    """No cyclic garbage collection during a build.  A build holds millions of long-lived
    objects (documents, mentions, fields) that form no cycles; the collector would only scan
    them again and again, a third of the corpus-wide stages' time and three quarters of loading
    cached results.  Reference counting still frees everything."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _fingerprint(engine: DocumentEngine, settings: BuildSettings, config,
                 inputs: list[tuple[str, str]] | None = None) -> str:
    """Of this build, or of one with ``inputs`` (path, content hash) and the same settings."""
    merge = settings.merge_bib
    values = {"dialect": settings.dialect, "ascii": settings.ascii, "max_bytes": settings.max_bytes,
              "resolve": config.model_dump(mode="json"), "cwd": os.getcwd(),
              "merge": [str(merge), file_sha256(merge) if merge.is_file() else None] if merge else None}
    return build_fingerprint(engine.inputs() if inputs is None else inputs, engine.scan().problems, values)


def _build(engine: DocumentEngine, settings: BuildSettings, config,
           progress: BuildProgress) -> tuple[BuildOutcome, Corpus]:
    from citekit.emit import read_existing, write_outputs
    from citekit.emit.existing import ExistingLibraryError, merge_existing, read_bib
    from citekit.emit.manual import LibraryReadError
    from citekit.pipeline import default_stack, run
    from citekit.resolve import Resolve

    try:
        pinned, edits = read_existing(settings.out_dir)
        existing = read_bib(settings.merge_bib) if settings.merge_bib else []
    except (LibraryReadError, ExistingLibraryError) as exc:
        raise BuildError(str(exc)) from None
    stack = default_stack(settings.sources, pinned, settings.max_bytes, config, engine)
    corpus: Corpus = run(stack, progress=progress)
    summary = (f"{len(corpus.documents)} documents, {_count(corpus, 'reference')} references, "
               f"{_count(corpus, 'inline-citation')} inline citations, {_count(corpus, 'attribution')} "
               f"attributions -> {len(corpus.works)} works in {settings.out_dir}/")
    outcome = BuildOutcome(corpus.problems, len(corpus.documents), summary)
    if not corpus.documents:
        return outcome, corpus
    if existing:
        edits = merge_existing(corpus, existing, edits)
    with progress.step("write"):
        outcome.changed = len(write_outputs(corpus, settings.out_dir, edits, settings.dialect, ascii=settings.ascii))
    if settings.report is not None:
        outcome.report_json = next(s for s in stack if isinstance(s, Resolve)).report.to_json()
    return outcome, corpus


def _count(corpus: Corpus, kind: str) -> int:
    return sum(1 for m in corpus.mentions if m.kind == kind)
