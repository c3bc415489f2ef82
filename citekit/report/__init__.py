"""``citekit report``: one self-contained HTML page showing which documents rely on which
sources: the citation graph (Graphviz, inline SVG), a sortable and filterable sources table,
every mention in its sentence, and each document's references and attributions.

- :mod:`~citekit.report.load` reads a build folder (``citations.json``, the documents' texts,
  the link health stored by ``citekit check``) into the view models of :mod:`~citekit.report.model`;
- :mod:`~citekit.report.selection` picks what the graph draws (the most-cited sources when large);
- :mod:`~citekit.report.graph` lays it out with Graphviz; :mod:`~citekit.report.html` renders the page.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from citekit.emit.files import write_atomic
from citekit.report.graph import GraphError, render_graph
from citekit.report.html import Page
from citekit.report.load import ReportError, load_library
from citekit.report.selection import citation_edges, select_graph

#: Default node limit of the graph: a few hundred nodes stay readable.
MAX_NODES = 300
#: Default limits of the detail sections: entries per section, mentions per section (they keep
#: the page of a 10,000-document library under 5 MB; see bench/report.py).
MAX_DETAILS = 500
MAX_MENTIONS = 2_000

__all__ = ["GraphError", "MAX_DETAILS", "MAX_MENTIONS", "MAX_NODES", "ReportError", "ReportSummary", "make_report", "write_report"]


class ReportSummary(BaseModel):
    """What was written."""

    path: str
    bytes: int
    documents: int
    works: int
    graph_nodes: int
    graph_truncated: bool


def make_report(bib_dir: Path, *, max_nodes: int = MAX_NODES, max_details: int = MAX_DETAILS,
                max_mentions: int = MAX_MENTIONS, graph: bool = True,
                engine: str | None = None) -> tuple[str, ReportSummary]:
    """The page's HTML for the build in ``bib_dir``; ReportError / GraphError on failure.

    Every node of the graph keeps its detail entry: ``max_details`` is raised to ``max_nodes``."""
    library = load_library(bib_dir)
    edges = citation_edges(library.citations)
    selection = select_graph(library.citations, edges, max_nodes) if graph else None
    svg = render_graph(library.citations, selection, engine) if selection else None
    note = None if graph else "The graph was left out (--no-graph)."
    text = Page(library, edges, selection, svg, max_details=max(max_details, max_nodes), max_mentions=max_mentions,
                graph_note=note).render()
    summary = ReportSummary(path="", bytes=len(text.encode("utf-8")), documents=len(library.citations.documents),
                            works=len(library.citations.works), graph_nodes=len(selection.nodes) if selection else 0,
                            graph_truncated=bool(selection and selection.truncated))
    return text, summary


def write_report(bib_dir: Path, output: Path, **options) -> ReportSummary:
    """Write the page atomically (temporary file + rename) to ``output``."""
    text, summary = make_report(bib_dir, **options)
    try:
        write_atomic(output, text)
    except OSError as exc:
        raise ReportError(f"{output}: cannot write the report: {exc.strerror or exc}") from None
    return summary.model_copy(update={"path": str(output)})
