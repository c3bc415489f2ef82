"""The graph's nodes and edges, cut down to the most-cited sources when there are too many."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from pydantic import BaseModel

from citekit.report.model import Citations


class Edge(NamedTuple):
    """Citing document -> source (``weight`` mentions), or document -> what it was derived from.

    A named tuple, not a pydantic model: a large library has a few hundred thousand of them."""

    source: str  # the citing (or derived) document's key
    target: str
    weight: int = 1
    derived: bool = False


class GraphSelection(BaseModel):
    """What the graph draws, and what it left out."""

    nodes: list[str]  # work keys, in a stable order
    edges: list[Edge]
    total_documents: int
    total_sources: int
    total_edges: int
    shown_documents: int
    shown_sources: int

    @property
    def truncated(self) -> bool:
        return self.shown_documents < self.total_documents or self.shown_sources < self.total_sources


def citation_edges(citations: Citations) -> list[Edge]:
    """Every edge of the citation graph: one per citing document and source, weighted by mentions,
    plus the ``derived_from`` edges between corpus documents."""
    doc_key = {d.id: d.key for d in citations.documents if d.key}
    known = {w.key for w in citations.works}
    weights: Counter = Counter()
    for mention in citations.mentions:
        citing = doc_key.get(mention.document)
        if citing in known and mention.work in known and mention.work != citing:
            weights[(citing, mention.work)] += 1
    for work in citations.works:
        for citing in work.cited_by:
            if citing in known and citing != work.key:
                weights.setdefault((citing, work.key), 1)
    edges = [Edge(s, t, n) for (s, t), n in sorted(weights.items())]
    for work in citations.works:
        for original in work.derived_from:
            if original in known:
                edges.append(Edge(work.key, original, derived=True))
    return edges


def cited_by(edges: list[Edge]) -> dict[str, set[str]]:
    """Work key -> keys of the documents citing it."""
    citing: dict[str, set[str]] = {}
    for edge in edges:
        if not edge.derived:
            citing.setdefault(edge.target, set()).add(edge.source)
    return citing


def select_graph(citations: Citations, edges: list[Edge], max_nodes: int) -> GraphSelection:
    """All works when they fit in ``max_nodes``. Else the most-cited sources: each with all its
    citing documents while they fit, then (so that one source cited by thousands does not fill
    the graph alone) more sources up to a third of the budget; the rest of the budget goes to the
    documents citing most of the chosen sources."""
    citing = cited_by(edges)
    documents = [w.key for w in citations.works if w.document]
    sources = [w.key for w in citations.works if w.key in citing or not w.document]
    everything = [w.key for w in citations.works]
    if len(everything) <= max_nodes:
        chosen = set(everything)
    else:
        chosen_sources: list[str] = []
        reached: set[str] = set()
        for key in sorted(citing, key=lambda k: (-len(citing[k]), k)):
            together = reached | citing[key]
            if len(set(chosen_sources) | together) + 1 <= max_nodes:
                chosen_sources.append(key)
                reached = together
            elif len(chosen_sources) < max_nodes // 3:
                chosen_sources.append(key)
                reached = together
            else:
                break
        picked = set(chosen_sources)
        links = Counter(d for key in chosen_sources for d in citing[key] if d not in picked)
        ranked_docs = sorted(links, key=lambda d: (-links[d], d))
        chosen = picked | set(ranked_docs[:max(0, max_nodes - len(picked))])
    shown_edges = [e for e in edges if e.source in chosen and e.target in chosen]
    return GraphSelection(
        nodes=[k for k in everything if k in chosen], edges=shown_edges,
        total_documents=len(documents), total_sources=len(sources), total_edges=len(edges),
        shown_documents=sum(k in chosen for k in documents), shown_sources=sum(k in chosen for k in sources),
    )


def shown_per_item(counts: list[int], budget: int) -> int | None:
    """The largest per-item limit k with sum(min(c, k)) <= budget, or None when all fit.

    Used to keep the detail sections of very large libraries within a size budget while every
    source (or document) still shows its first k mentions."""
    if sum(counts) <= budget:
        return None
    low, high = 0, max(counts)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(min(c, middle) for c in counts) <= budget:
            low = middle
        else:
            high = middle - 1
    return low


class DetailPlan(BaseModel):
    """Which sources and documents get a detail entry, and how many mentions each shows."""

    sources: list[str]  # work keys, most cited first
    documents: list[str]  # document ids, in the order of citations.json
    source_mentions: int | None  # per-source limit, None when every mention fits
    document_mentions: int | None
    total_sources: int
    total_documents: int


def plan_details(ranked_sources: list[tuple[str, int]], documents: list[tuple[str, int]], in_graph: set[str],
                 max_details: int, max_mentions: int) -> DetailPlan:
    """Give every source and document a detail entry while they fit in ``max_details`` (each);
    above it, the graph's nodes first, then the most-cited sources and the documents with most
    mentions. Mentions are then shared out so that each section shows at most ``max_mentions``.

    ``ranked_sources``: (key, mentions) most cited first; ``documents``: (id or key, mentions)."""
    sources = [k for k, _ in ranked_sources]
    if len(sources) > max_details:
        sources = ([k for k in sources if k in in_graph] + [k for k in sources if k not in in_graph])[:max_details]
    chosen_docs = [d for d, _ in documents]
    if len(chosen_docs) > max_details:
        order = sorted(documents, key=lambda dn: (dn[0] not in in_graph, -dn[1]))
        keep = {d for d, _ in order[:max_details]}
        chosen_docs = [d for d in chosen_docs if d in keep]
    counts = dict(ranked_sources)
    doc_counts = dict(documents)
    return DetailPlan(sources=sources, documents=chosen_docs,
                      source_mentions=shown_per_item([counts[k] for k in sources], max_mentions),
                      document_mentions=shown_per_item([doc_counts[d] for d in chosen_docs], max_mentions),
                      total_sources=len(ranked_sources), total_documents=len(documents))
