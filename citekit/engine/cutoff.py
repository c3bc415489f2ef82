"""Early cutoff: a rebuild whose changed documents cite what they cited before.

Most edits to a document leave what it cites alone: a sentence added, a typo fixed, a
paragraph rewritten.  Such a document extracts to the same merge inputs as before (the same
records, names and problems; only where the mentions sit has moved), which
:func:`citekit.engine.document.merge_digest` tells at once.  Merging is a function of its
inputs, so merging again would give the same works, keys and links, with two exceptions that
read the text itself: text reuse (from each document's sketch) and the links of attributions
to an outlet's article (from the facts two texts share).  So, as build systems cut a rebuild
short when a step's output is unchanged, such a rebuild checks those two against what the last
build wrote for each document (the cache's ``emitted`` table: digest, sketch, facts, the works
of its mentions), and when both are sure to come out as before, patches the changed documents'
entries in ``citations.json`` (content hash, mention offsets, an HTML document's text) and their
content hashes in the state file's pinned identities (``merge.work_identities``) instead
of merging and writing everything again.  Anything else (a new, removed or unreadable document,
a changed citation, reuse or a link that may change, other settings, outputs edited since) is a
full build.  Either way the outputs are byte for byte the same (``tests/engine/test_cutoff.py``).

Only corpora large enough to be judged for reuse on sketches qualify (more than
``reuse.EXACT_UP_TO`` documents); smaller ones merge in seconds anyway.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from citekit.emit import GRAPH_NAME, STATE_NAME
from citekit.emit.files import write_together
from citekit.emit.graph import patch_graph
from citekit.engine.cache import Emitted, ResultCache
from citekit.engine.document import DocumentResult
from citekit.engine.extract import DocumentEngine
from citekit.extract.attributions.corpus import rare_limit
from citekit.merge import SCOPE_PREFIX, reuse
from citekit.models import Corpus


def remember(cache: ResultCache, out: str, engine: DocumentEngine, corpus: Corpus) -> None:
    """After a complete build of ``out``: what it wrote for each document, for the next build."""
    doc_of_key = {w.key: w.document for w in corpus.works if w.document}
    links = {w.document: w for w in corpus.works if w.document}
    emitted: dict[str, Emitted] = {}
    at = 0
    for path, doc, digest, count in engine.kept:
        works = [m.work for m in corpus.mentions[at:at + count]]
        at += count
        sketch, facts, work = engine.sketches.get(doc.id), engine.facts.get(doc.id), links.get(doc.id)
        if digest is None or sketch is None or facts is None or work is None:
            continue  # this document never qualifies
        emitted[path] = Emitted(doc.id, doc.sha256, digest, doc.meta.date, works,
                                sorted(doc_of_key[k] for k in work.cites if k in doc_of_key),
                                sorted(doc_of_key[k] for k in work.derived_from), sketch, facts,
                                doc.id in corpus._compared_facts)
    if at != len(corpus.mentions):  # the corpus's mentions are not the documents' in turn: nothing to rely on
        emitted = {}
    cache.record_emitted(out, emitted)


def patch(cache: ResultCache, out: str, out_dir: Path, engine: DocumentEngine, fingerprint: str,
          fingerprint_of: Callable[[list[tuple[str, str]]], str]) -> int:
    """Bring ``out_dir`` up to date by patching, when the last complete build of ``out`` (with
    ``fingerprint``) differs from this one only in the changed documents (the engine's freshly
    extracted ones), each has the digest it had, and outlet links and text reuse are sure to be
    as they were; returns how many documents were patched (0: none, a full build is needed).
    ``fingerprint_of(inputs)``: the fingerprint of this build with other inputs."""
    fresh = engine.extract_changed()
    digests = cache.emitted_digests(out)  # (what most rebuilds that cannot be patched fail on, read first)
    scanned = {f.shown for f in engine.scan().files}
    if not fresh or set(digests) != scanned or len(digests) <= reuse.EXACT_UP_TO:
        return 0
    for path, result in fresh.items():
        if (path not in digests or result.document is None or (result.document.id, result.digest) != digests[path]
                or result.sketch is None or result.facts is None):
            return 0
    known = cache.emitted(out)
    if not _same_outlet_links(known, fresh):
        return 0
    inputs = [(path, known[path].sha256 if path in fresh else sha) for path, sha in engine.inputs()]
    if fingerprint_of(inputs) != fingerprint:  # something besides these documents changed
        return 0
    if not _same_reuse(known, fresh):
        return 0
    changes = []
    for path, result in fresh.items():
        for mention, work in zip(result.mentions, known[path].works):
            mention.work = work
        changes.append((result.document, result.mentions))
    graph, state = out_dir / GRAPH_NAME, out_dir / STATE_NAME
    try:
        text = patch_graph(graph.read_bytes(), changes)
        pins = state.read_text(encoding="utf-8")
    except OSError:
        return 0
    if text is None:
        return 0
    for path, result in fresh.items():  # statements pinned in a document's scope name it by its content hash too
        old, new = known[path].sha256[:16], result.document.sha256[:16]
        pins = pins.replace(f'"{SCOPE_PREFIX}#{old}|', f'"{SCOPE_PREFIX}#{new}|')
    write_together({graph: text, state: pins})
    cache.record_emitted(out, {path: replace(known[path], sha256=result.document.sha256, sketch=result.sketch,
                                             facts=result.facts) for path, result in fresh.items()}, replace_all=False)
    return len(fresh)


def _same_outlet_links(known: dict[str, Emitted], fresh: dict[str, DocumentResult]) -> bool:
    """Whether linking attributions to outlets' articles (``attributions.corpus.link_corpus``)
    is sure to come out as before.  It reads the facts of some documents (``compared``), only
    those that few documents share (no more than ``rare_limit``).  So a fact that came or went
    may neither turn from rare to common, or back, while a compared document has it, nor be a
    rare one that a compared document gained or lost."""
    gained = {path: set(result.facts) - set(known[path].facts) for path, result in fresh.items()}
    lost = {path: set(known[path].facts) - set(result.facts) for path, result in fresh.items()}
    moved = set().union(*gained.values(), *lost.values())
    if not moved:
        return True
    before = Counter(t for e in known.values() for t in moved.intersection(e.facts))  # documents having it
    after = before.copy()
    for path in fresh:
        after.update(gained[path])
        after.subtract(lost[path])
    limit = rare_limit(len(known))
    flipped = {t for t in moved if (before[t] <= limit) != (after[t] <= limit)}
    if any(flipped.intersection(e.facts) for e in known.values() if e.compared):
        return False
    return not any(known[path].compared and (any(after[t] <= limit for t in gained[path])
                                             or any(before[t] <= limit for t in lost[path])) for path in fresh)


def _same_reuse(known: dict[str, Emitted], fresh: dict[str, DocumentResult]) -> bool:
    """Whether text reuse, judged on the changed documents' new sketches, is as before."""
    changed = {known[path].document for path in fresh}
    before = {known[path].document: known[path].sketch for path in fresh}
    sketches = {e.document: e.sketch for e in known.values()} | {r.document.id: r.sketch for r in fresh.values()}
    found = reuse.reuse_of(changed, before, sketches, {e.document: e.date for e in known.values()},
                           {(e.document, cited) for e in known.values() for cited in e.cites})
    if found is None:
        return False
    was = {(e.document, source) for e in known.values() for source in e.derived_from
           if e.document in changed or source in changed}
    return {(r.derived, r.source) for r in found} == was
