"""Mentions -> Works: cluster records of the same work, merge their fields, assign keys."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from citekit.extract.attributions.corpus import link_corpus
from citekit.merge.aliases import unify_bodies, unify_people
from citekit.merge.bridge import ambiguous_dates, join_unnamed_reports, scoped
from citekit.merge.cluster import cluster
from citekit.merge.identity import fingerprint, identity_keys
from citekit.merge.keys import assign_keys
from citekit.merge.precedence import merge_fields
from citekit.merge.reuse import find_reuse
from citekit.models import Corpus, Fields, Provenance, Work

MERGED_KINDS = ("reference", "attribution")


def work_identities(work: Work) -> list[str]:
    """Identity strings by which a work's citation key is pinned across rebuilds.  A work known
    by its maker (``src:``) is pinned in each citing document's scope too: when a new document
    cites another such work of that maker, the two are scoped to their documents
    (``bridge.scoped``) and the one cited before keeps its key; and back when it is alone again.
    A scope is named by the document's id and, next, by its content hash: a renamed file keeps
    the keys of the statements it cites."""
    ids = _unscoped_identities(work)
    hashes = dict(work._citing)
    if work.scope:
        return _scoped(work.scope, ids) + (_scoped("#" + hashes[work.scope], ids) if work.scope in hashes else [])
    known_by_maker = [i for i in ids if i.startswith("src:")]
    if not known_by_maker:
        return ids
    return ids + [ident for document, sha in work._citing
                  for scope in (document, "#" + sha) for ident in _scoped(scope, known_by_maker)]


def _unscoped_identities(work: Work) -> list[str]:
    ids = [f"doc:{work.document}"] if work.document else []
    return ids + identity_keys(work.fields) + [fingerprint(work.fields)]


SCOPE_PREFIX = "in:"  # of an identity in one document's scope: "in:<document id>|…", "in:#<content hash>|…"


def _scoped(scope: str | None, ids: list[str]) -> list[str]:
    """One body's statements in two documents are two works: their scope tells them apart."""
    return [f"{SCOPE_PREFIX}{scope}|{ident}" for ident in ids] if scope else ids


def merge(corpus: Corpus, pinned: dict[str, list[str]] | None = None,
          sketches: dict[str, tuple[int, list[int]]] | None = None,
          facts: dict[str, Sequence[int]] | None = None) -> Corpus:
    """Build ``corpus.works`` from the documents and their mentions, and link everything.
    ``sketches`` (document id -> ``reuse.sketch``) and ``facts`` (document id ->
    ``attributions.corpus.facts``) stand in for the texts, which a large build does not keep."""
    unify_bodies(corpus.mentions)  # one name per body: "LBC" here, "Lakeland Basin Commission (LBC)" there
    unify_people(corpus.mentions)  # "Governor Renn" here, "Tobias Renn" there
    # attributions to an outlet whose article is a corpus document
    corpus._compared_facts = link_corpus(corpus, facts)
    # Records: every corpus document (a document is a work too), then every citing mention.
    origins: list[tuple[str, int]] = [("document", i) for i in range(len(corpus.documents))]
    records: list[Fields] = [doc.meta for doc in corpus.documents]
    for i, mention in enumerate(corpus.mentions):
        if mention.kind in MERGED_KINDS:
            origins.append(("mention", i))
            records.append(mention.fields)

    ambiguous = ambiguous_dates(records)
    seen_as = [records[r] if kind == "document" else scoped(records[r], corpus.mentions[i].document, ambiguous)
               for r, (kind, i) in enumerate(origins)]
    cited_in = [None if kind == "document" else corpus.mentions[i].document for kind, i in origins]
    hashes = {doc.id: doc.sha256[:16] for doc in corpus.documents}
    groups = join_unnamed_reports(cluster(seen_as, distinct=len(corpus.documents), documents=cited_in), records,
                                  cited_in)
    works: list[Work] = []
    for group in groups:
        parts: list[tuple[Fields, Provenance, float]] = []
        document = None
        mention_ids = []
        for r in group:
            kind, i = origins[r]
            if kind == "document":
                document = document or corpus.documents[i].id
                parts.append((records[r], "metadata", 1.0))
            else:
                mention_ids.append(i)
                parts.append((records[r], "parsed", corpus.mentions[i].confidence))
        fields, provenance = merge_fields(parts)
        scope = corpus.mentions[mention_ids[0]].document if all(seen_as[r] is not records[r] for r in group) else None
        work = Work(fields=fields, provenance=provenance, document=document, scope=scope, mentions=mention_ids)
        work._citing = sorted({(d, hashes.get(d, "")) for d in (corpus.mentions[i].document for i in mention_ids)})
        works.append(work)

    _unscope_lone_reports(works, [_unscoped_identities(w) for w in works])
    for work in works:
        work._identities = work_identities(work)
    assign_keys(works, [w._identities for w in works], pinned or {})
    _link(corpus, works)
    _mark_reuse(corpus, works, sketches)
    corpus.works = sorted(works, key=lambda w: w.key)
    return corpus


def _unscope_lone_reports(works: list[Work], unscoped: list[list[str]]) -> None:
    """An untitled, undated report is clustered within its document (``bridge.is_statement``),
    but its key is pinned by its scope only when another work has the same identities: the
    pinned identities of a corpus that cites such a report once stay what they were.
    ``unscoped``: each work's identities without its scope."""
    count = Counter(ident for ids in unscoped for ident in set(ids))
    for work, ids in zip(works, unscoped):
        if work.scope and work.fields.type != "misc" and all(count[ident] == 1 for ident in set(ids)):
            work.scope = None


def _link(corpus: Corpus, works: list[Work]) -> None:
    """Set mention.work, cited_by and cites; inline citations follow their reference."""
    doc_key = {w.document: w.key for w in works if w.document}
    by_key = {w.key: w for w in works}
    for work in works:
        for i in work.mentions:
            corpus.mentions[i].work = work.key
    reference_work = {
        (m.document, m.index): m.work for m in corpus.mentions if m.kind == "reference"
    }
    for i, m in enumerate(corpus.mentions):
        if m.kind == "inline-citation" and m.reference is not None:
            m.work = reference_work.get((m.document, m.reference))
            if m.work:
                by_key[m.work].mentions.append(i)
    for work in works:
        citing = {doc_key[corpus.mentions[i].document] for i in work.mentions}
        citing.discard(work.key)
        work.cited_by = sorted(citing)
        work.mentions.sort()
        for key in work.cited_by:
            if work.key not in by_key[key].cites:
                by_key[key].cites.append(work.key)
    for work in works:
        work.cites.sort()


def _mark_reuse(corpus: Corpus, works: list[Work], sketches: dict[str, tuple[int, list[int]]] | None) -> None:
    """Record on each document's work the corpus documents it rewrites without citing."""
    by_doc = {w.document: w for w in works if w.document}
    doc_of_key = {w.key: doc for doc, w in by_doc.items()}
    cites = {(a, doc_of_key[key]) for a, w in by_doc.items() for key in w.cites if key in doc_of_key}
    texts = {d.id: d.text for d in corpus.documents}
    dates = {d.id: d.meta.date for d in corpus.documents}
    for reuse in find_reuse(texts, dates, cites, sketches):
        by_doc[reuse.derived].derived_from.append(by_doc[reuse.source].key)
    for work in by_doc.values():
        work.derived_from.sort()
