"""``citekit export``: the library as CSL-JSON, RIS or BibTeX (a subset with --keys/--cited-by)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from citekit.cli.main import app, err


class ExportFormat(str, Enum):
    csljson = "csljson"
    ris = "ris"
    bibtex = "bibtex"


def _select(items, keys: Optional[str], cited_by: Optional[str]):
    """The items asked for; exits 2 naming any key the library lacks."""
    if keys:
        wanted = [k.strip() for k in keys.split(",") if k.strip()]
        by_key = {i.entry.key: i for i in items}
        missing = [k for k in wanted if k not in by_key]
        if missing:
            err.print(f"citekit: not in the library: {', '.join(missing)}", markup=False)
            raise typer.Exit(2)
        items = [by_key[k] for k in wanted]
    if cited_by:
        from citekit.emit.library import split_keys

        doc = next((i.entry.key for i in items if cited_by in (i.entry.key, i.work.get("document"))), None)
        if doc is None:
            err.print(f"citekit: not in the library: {cited_by}", markup=False)
            raise typer.Exit(2)
        items = [i for i in items if doc in split_keys(i.entry.fields.get("citedby"))]
    return items


@app.command("export")
def export(
    library: Annotated[Path, typer.Argument(help="The library (citations.json beside it adds types).")] = Path("bib/library.bib"),
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.csljson,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    keys: Annotated[Optional[str], typer.Option("--keys", help="Only these keys, comma-separated.")] = None,
    cited_by: Annotated[Optional[str], typer.Option("--cited-by", help="Only works cited by this document (key or id).")] = None,
    ascii_only: Annotated[bool, typer.Option("--ascii", help="BibTeX in pure ASCII (LaTeX commands) for legacy toolchains.")] = False,
) -> None:
    """Export the library for Zotero, Pandoc or another LaTeX project."""
    from citekit.emit.library import LibraryError, read_library

    if ascii_only and fmt is not ExportFormat.bibtex:
        err.print("citekit: --ascii applies to --format bibtex only", markup=False)
        raise typer.Exit(2)
    if not library.is_file():
        err.print(f"citekit: {library}: no such library; run `citekit build` first", markup=False)
        raise typer.Exit(2)
    try:
        items = _select(read_library(library), keys, cited_by)
    except LibraryError as exc:
        err.print(f"citekit: {exc}", markup=False)
        raise typer.Exit(2)
    if fmt is ExportFormat.bibtex:
        from citekit.emit.ascii import ascii_entry
        from citekit.emit.bibtex import format_library

        entries = [ascii_entry(i.entry) if ascii_only else i.entry for i in items]
        text = format_library(entries)
    else:
        from citekit.emit.csl import to_csl_json

        records = to_csl_json(items)
        if fmt is ExportFormat.csljson:
            text = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
        else:
            from citekit.emit.ris import to_ris_text

            text = to_ris_text(records)
    if output is None:
        sys.stdout.write(text)
    else:
        from citekit.emit.files import write_atomic

        write_atomic(output, text)
