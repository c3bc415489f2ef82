"""``citekit lint``: integrity checks of a .bib file, one line per problem."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from citekit.cli.main import app, err


@app.command("lint")
def lint(
    library: Annotated[Path, typer.Argument(help="The .bib file to check.")] = Path("bib/library.bib"),
    ascii_only: Annotated[bool, typer.Option("--ascii", help="Also report non-ASCII text (legacy toolchains).")] = False,
) -> None:
    """Check LIBRARY for what breaks or upsets bibtex, biber and LaTeX; exit 1 on errors."""
    from citekit.lint import lint_text

    try:
        text = library.read_text(encoding="utf-8")
    except OSError as exc:
        err.print(f"citekit: {library}: {exc.strerror or exc}", markup=False)
        raise typer.Exit(2)
    except UnicodeDecodeError as exc:
        err.print(f"citekit: {library}: not UTF-8 (byte {exc.start})", markup=False)
        raise typer.Exit(2)
    problems = lint_text(text, ascii_only)
    for problem in problems:
        sys.stdout.write(problem.format(str(library)) + "\n")
    errors = sum(p.severity == "error" for p in problems)
    if problems:
        warnings = len(problems) - errors
        err.print(f"{errors} error{'' if errors == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'}",
                  markup=False)
    if errors:
        raise typer.Exit(1)
