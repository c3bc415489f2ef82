"""Lay the citation graph out with Graphviz and return it as inline SVG.

The DOT text is built with the ``graphviz`` package (quoting) and laid out by Graphviz's own
programs: ``dot`` (layered, left to right: citing documents before their sources) while the
graph is small enough to read that way, ``sfdp`` (force-directed, scales to thousands of nodes)
above :data:`LAYERED_MAX_NODES`. Every node and edge carries ``data-`` attributes with the keys,
so scripts and tests can find them, and every node links to its detail section, so the graph
works without JavaScript.
"""

from __future__ import annotations

import math
import re
import shutil
from html import escape

import graphviz

from citekit.report.kinds import node_kind
from citekit.report.model import KIND_LABELS, Citations
from citekit.report.selection import GraphSelection

#: Up to this many nodes and edges the layered ``dot`` layout is used; above either, ``sfdp``.
#: Measured (bench/report.py): a 150-node, 1,300-edge graph takes dot 1.2 s and sfdp 0.35 s,
#: 300 nodes and 2,800 edges dot 5.6 s and sfdp 0.8 s, 600 nodes dot 52 s and sfdp 1.6 s.
LAYERED_MAX_NODES = 150
LAYERED_MAX_EDGES = 400
#: Above this many edges they are drawn fainter, so the nodes stay legible.
FAINT_EDGES = 500

#: Shape, fill and outline per kind; the legend (html.py) draws the same shapes.
NODE_STYLES: dict[str, dict[str, str]] = {
    "document": {"shape": "box", "fillcolor": "#cfe0fc", "color": "#1f4e9c", "style": "filled,bold"},
    "report": {"shape": "note", "fillcolor": "#ffe3b3", "color": "#8a5200", "style": "filled"},
    "article": {"shape": "ellipse", "fillcolor": "#d5f0d5", "color": "#2d6a2d", "style": "filled"},
    "statement": {"shape": "hexagon", "fillcolor": "#f9d6de", "color": "#9b1c3c", "style": "filled"},
    "web": {"shape": "parallelogram", "fillcolor": "#e6dcf5", "color": "#5b3a8c", "style": "filled"},
}
CITES_COLOR = "#555555"
FONT = "Helvetica,Arial,sans-serif"
#: Styles the SVG relies on (see _annotate): cites edges' paint, labels' font.
GRAPH_CSS = (f"#citation-graph text{{font-family:{FONT};font-size:10px}}"
             f"#citation-graph .cites path{{fill:none;stroke:{CITES_COLOR}}}"
             f"#citation-graph .cites polygon{{fill:{CITES_COLOR};stroke:{CITES_COLOR}}}"
             "#citation-graph.clear .cites>*{opacity:.7}#citation-graph.faint .cites>*{opacity:.38}")
DERIVED_COLOR = "#b3261e"


class GraphError(Exception):
    """Graphviz is missing or failed; the message is one line for the user."""


def anchor(prefix: str, key: str) -> str:
    """An HTML id for a key: ``s-`` (source) or ``d-`` (document) and the key, made id-safe."""
    return prefix + "-" + re.sub(r"[^A-Za-z0-9_.:-]", lambda m: f"_{ord(m.group()):x}_", key)


def _dot_text(value: str) -> str:
    """Text for a Graphviz label/tooltip: backslash escapes and entities kept literal."""
    return value.replace("\\", "\\\\").replace("&", "&amp;")


def layout_engine(nodes: int, edges: int) -> str:
    """``dot`` for small graphs (layered: documents before their sources), ``sfdp`` for large ones."""
    return "dot" if nodes <= LAYERED_MAX_NODES and edges <= LAYERED_MAX_EDGES else "sfdp"


def render_graph(citations: Citations, selection: GraphSelection, engine: str | None = None) -> str:
    """The selected nodes and edges laid out as an ``<svg>`` element (no XML prologue)."""
    engine = engine or layout_engine(len(selection.nodes), len(selection.edges))
    if shutil.which(engine) is None:
        raise GraphError(f"Graphviz's `{engine}` program was not found: install Graphviz "
                         "(Debian: apt install graphviz) or use --no-graph")
    works = {w.key: w for w in citations.works}
    graph = graphviz.Digraph("citations", engine=engine)
    graph.attr(rankdir="LR", bgcolor="transparent", fontname=FONT, ranksep="1.2",
               nodesep="0.15", overlap="prism" if engine != "dot" else "true", outputorder="edgesfirst",
               splines="true" if engine == "dot" else "false")
    graph.attr("node", fontname=FONT, fontsize="10", height="0.3", margin="0.08,0.03")
    graph.attr("edge", arrowsize="0.6")
    kinds = {}
    for i, key in enumerate(selection.nodes):
        work = works[key]
        kind = kinds[key] = node_kind(work)
        described = f"{work.title or key} ({KIND_LABELS[kind]}" + (f", {work.date}" if work.date else "") + ")"
        graph.node(key, label=_dot_text(key), id=f"node{i}", tooltip=_dot_text(described),
                   URL="#" + anchor("d" if work.document else "s", key), **NODE_STYLES[kind])
    for i, edge in enumerate(selection.edges):
        if edge.derived:
            graph.edge(edge.source, edge.target, id=f"edge{i}", style="dashed", color=DERIVED_COLOR,
                       penwidth="2", arrowhead="empty")
        else:
            graph.edge(edge.source, edge.target, id=f"edge{i}", color=CITES_COLOR + "b0",
                       penwidth=f"{1 + min(4.0, math.log2(edge.weight)):.2f}")
    try:
        svg = graph.pipe(format="svg", encoding="utf-8")
    except graphviz.ExecutableNotFound:
        raise GraphError(f"Graphviz's `{engine}` program was not found: install Graphviz or use --no-graph") from None
    except graphviz.CalledProcessError as exc:
        detail = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise GraphError(f"Graphviz `{engine}` failed: {detail[-1] if detail else exc}") from None
    return _annotate(svg, selection, kinds)


def _annotate(svg: str, selection: GraphSelection, kinds: dict[str, str]) -> str:
    """Drop the prologue, comments and edge titles (size: a large graph has thousands of edges);
    give the root an id and every node and edge its keys as ``data-`` attributes."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<!--.*?-->\n?", "", svg, flags=re.S)
    svg = re.sub(r'(<g id="edge\d+" class="edge">)\n<title>[^<]*</title>', r"\1", svg)
    faint = len(selection.edges) > FAINT_EDGES
    svg = svg.replace("<svg ", f'<svg id="citation-graph" class="{"faint" if faint else "clear"}" '
                      'aria-labelledby="graph-title" ', 1)
    # The paint of "cites" edges and the labels' font are set once by the page's stylesheet
    # (GRAPH_CSS) instead of on each of thousands of elements; unmatched output stays as it is.
    grey = re.escape(CITES_COLOR)
    svg = re.sub(rf'<path fill="none" stroke="{grey}"( stroke-width="[^"]*")? stroke-opacity="[^"]*"', r"<path\1", svg)
    svg = re.sub(rf'<polygon fill="{grey}" fill-opacity="[^"]*" stroke="{grey}"( stroke-width="[^"]*")? '
                 r'stroke-opacity="[^"]*"', r"<polygon\1", svg)
    svg = svg.replace(f' font-family="{FONT}" font-size="10.00"', "")

    def node(match: re.Match) -> str:
        key = selection.nodes[int(match.group(1))]
        return f'<g id="node{match.group(1)}" class="node {kinds[key]}" data-key="{escape(key)}">'

    def edge(match: re.Match) -> str:
        e = selection.edges[int(match.group(1))]
        kind = "derived" if e.derived else "cites"
        return (f'<g id="edge{match.group(1)}" class="edge {kind}" data-from="{escape(e.source)}" '
                f'data-to="{escape(e.target)}" data-weight="{e.weight}"><title>{escape(e.source)} {"derived from" if e.derived else "cites"} '
                f'{escape(e.target)}{"" if e.derived else f" ({e.weight}×)"}</title>')

    svg = re.sub(r'<g id="node(\d+)" class="node">', node, svg)
    return re.sub(r'<g id="edge(\d+)" class="edge">', edge, svg)
