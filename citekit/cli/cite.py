"""``citekit cite``: the keys a LaTeX paper cites, the subset .bib it needs, the keys missing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from citekit.cli.main import app, err


@app.command("cite")
def cite(
    paper: Annotated[Path, typer.Argument(help="The paper's .aux, .tex or .bcf file.")],
    library: Annotated[Path, typer.Option("--library", help="The library to take entries from.")] = Path("bib/library.bib"),
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the subset .bib here.")] = None,
) -> None:
    """List the keys PAPER cites; write the subset of the library it needs; report missing keys."""
    from citekit.emit.cited import CitedError, cited_keys
    from citekit.emit.rawbib import scan
    from citekit.emit.subset import select

    try:
        keys = cited_keys(paper)
        text = library.read_text(encoding="utf-8")
    except CitedError as exc:
        err.print(f"citekit: {exc}", markup=False)
        raise typer.Exit(2)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8"
        err.print(f"citekit: {library}: {reason}", markup=False)
        raise typer.Exit(2)
    subset = select(scan(text), keys)
    for key in subset.found:
        sys.stdout.write(key + "\n")
    for key, near in subset.missing.items():
        hint = f" (closest: {', '.join(near)})" if near else ""
        err.print(f"{paper}: {key}: not in {library}{hint}", markup=False)
    if output is not None:
        from citekit.emit.files import write_atomic

        write_atomic(output, subset.text)
        parents = f" (+{len(subset.parents)} crossref/xdata parents)" if subset.parents else ""
        err.print(f"{len(subset.found)} entries{parents} -> {output}", markup=False)
    if subset.missing:
        raise typer.Exit(1)
