"""``citekit report``: a build folder in, one self-contained HTML page out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from citekit.cli.main import app, err, out


@app.command("report")
def report(
    bib_dir: Annotated[Path, typer.Argument(help="Build folder holding citations.json.")] = Path("bib"),
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("report.html"),
    max_nodes: Annotated[Optional[int], typer.Option(
        "--max-nodes", help="Largest graph drawn; above it, the most-cited sources and their citing documents "
        "(default 300).")] = None,
    max_details: Annotated[Optional[int], typer.Option(
        "--max-details", help="Sources (and documents) given a detail entry; above it the graph's and the most "
        "cited (default 500).")] = None,
    max_mentions: Annotated[Optional[int], typer.Option(
        "--max-mentions", help="Mentions shown in each detail section; above it each entry shows its first few "
        "(default 2000).")] = None,
    no_graph: Annotated[bool, typer.Option("--no-graph", help="Leave the graph out (no Graphviz needed).")] = False,
) -> None:
    """Write one HTML page: citation graph, sources table, every mention in context."""
    from citekit.report import MAX_DETAILS, MAX_MENTIONS, MAX_NODES, GraphError, ReportError, write_report

    for name, value in (("--max-nodes", max_nodes), ("--max-details", max_details), ("--max-mentions", max_mentions)):
        if value is not None and value < 1:
            err.print(f"citekit: {name} must be at least 1", markup=False)
            raise typer.Exit(2)
    try:
        summary = write_report(bib_dir, output, max_nodes=max_nodes or MAX_NODES, max_details=max_details or MAX_DETAILS,
                               max_mentions=max_mentions or MAX_MENTIONS, graph=not no_graph)
    except (ReportError, GraphError) as exc:
        err.print(f"citekit: {exc}", markup=False)
        raise typer.Exit(2)
    cut = " (truncated: the most-cited sources)" if summary.graph_truncated else ""
    out.print(f"{summary.documents} documents, {summary.works} works, graph of {summary.graph_nodes} nodes{cut} "
              f"-> {output} ({summary.bytes / 1024:.0f} KiB)", markup=False)
