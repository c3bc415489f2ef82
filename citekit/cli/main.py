"""The ``citekit`` command: parse arguments, call the library, format the output."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from citekit import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, help="One linked bibliography from a folder of documents.")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class DialectChoice(str, Enum):
    bibtex = "bibtex"
    biblatex = "biblatex"


def _version(value: bool) -> None:
    if value:
        out.print(f"citekit {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """citekit reads documents and writes one BibTeX library and citation graph."""


@app.command()
def build(
    sources: Annotated[list[Path], typer.Argument(help="Files or folders of documents.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("bib"),
    offline: Annotated[Optional[bool], typer.Option(
        "--offline/--online", help="Never open a network connection (default: online, or CITEKIT_OFFLINE).",
        show_default=False)] = None,
    cache: Annotated[Optional[Path], typer.Option(
        "--cache", help="Lookup cache folder (default: the user cache folder; offline: none).")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Ignore cached lookups (fresh answers are stored).")] = False,
    mailto: Annotated[Optional[str], typer.Option("--mailto", help="Contact address sent to Crossref (polite pool).")] = None,
    crossref_url: Annotated[Optional[str], typer.Option("--crossref-url", help="Crossref REST API base URL.")] = None,
    doi_url: Annotated[Optional[str], typer.Option("--doi-url", help="DOI resolver base URL.")] = None,
    un_url: Annotated[Optional[str], typer.Option("--un-url", help="UN Digital Library base URL.")] = None,
    report: Annotated[Optional[str], typer.Option(
        "--report", help="Write resolution conflicts and rejected candidates as JSON to FILE (- for stdout).",
        metavar="FILE")] = None,
    merge_bib: Annotated[Optional[Path], typer.Option(
        "--merge", help="Bring in an existing .bib (Better BibTeX, JabRef …): its keys and fields win.",
        metavar="BIB")] = None,
    dialect: Annotated[DialectChoice, typer.Option(help="BibTeX dialect of library.bib.")] = DialectChoice.bibtex,
    ascii: Annotated[bool, typer.Option("--ascii", help="Pure-ASCII library.bib (LaTeX commands) for legacy toolchains.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any input had a problem.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Skip documents larger than this.")] = 10_000_000,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list notes (unlinked citations …).")] = False,
) -> None:
    """Build OUT/library.bib and OUT/citations.json from SOURCES."""
    from citekit.emit import read_existing, write_outputs
    from citekit.emit.existing import ExistingLibraryError, merge_existing, read_bib
    from citekit.emit.manual import LibraryReadError
    from citekit.pipeline import default_stack, run
    from citekit.resolve import Resolve, load_config

    try:
        config = load_config({"offline": offline, "cache_dir": cache, "refresh": refresh or None,
                              "mailto": mailto, "crossref_url": crossref_url, "doi_url": doi_url,
                              "un_url": un_url})
    except (ValueError, OSError) as exc:
        err.print(f"citekit: bad resolution settings: {str(exc).splitlines()[0]}", markup=False)
        raise typer.Exit(2)
    try:
        pinned, edits = read_existing(out_dir)
        existing = read_bib(merge_bib) if merge_bib else []
    except (LibraryReadError, ExistingLibraryError) as exc:
        err.print(f"citekit: {exc}", markup=False)
        raise typer.Exit(2)
    stack = default_stack(sources, pinned, max_bytes, config)
    corpus = run(stack)
    for problem in corpus.problems:
        if problem.severity != "info" or verbose:
            err.print(f"{problem.severity}: {problem.line()}", markup=False)
    if not corpus.documents:
        err.print("citekit: no readable documents; nothing written", markup=False)
        raise typer.Exit(1)
    if existing:
        edits = merge_existing(corpus, existing, edits)
    changed = write_outputs(corpus, out_dir, edits, dialect.value, ascii=ascii)
    if report is not None:
        text = next(s for s in stack if isinstance(s, Resolve)).report.to_json()
        if report == "-":
            sys.stdout.write(text)
        else:
            try:
                Path(report).write_text(text, encoding="utf-8")
            except OSError as exc:
                err.print(f"citekit: cannot write the report {report}: {exc.strerror}", markup=False)
                raise typer.Exit(2)
    kinds = [m.kind for m in corpus.mentions]
    (err if report == "-" else out).print(
        f"{len(corpus.documents)} documents, {kinds.count('reference')} references, "
        f"{kinds.count('inline-citation')} inline citations, {kinds.count('attribution')} attributions "
        f"-> {len(corpus.works)} works in {out_dir}/ ({len(changed)} files changed)",
        markup=False,
    )
    if strict and any(p.severity != "info" for p in corpus.problems):
        raise typer.Exit(1)


@app.command("eval")
def evaluate_cmd(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of <stem>.gold.json files and sources.json.")],
    build_dir: Annotated[Path, typer.Option("--build", help="Folder holding citations.json.")] = Path("bib"),
    docs_root: Annotated[Optional[Path], typer.Option("--docs-root", help="Where document paths are relative to.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
) -> None:
    """Score a build against hand-made gold files."""
    from citekit.evaluate import evaluate, render_table

    if not (build_dir / "citations.json").exists():
        err.print(f"citekit: {build_dir}/citations.json not found; run `citekit build` first", markup=False)
        raise typer.Exit(2)
    if not gold.is_dir():
        err.print(f"citekit: {gold}: not a folder of gold files", markup=False)
        raise typer.Exit(2)
    report = evaluate(build_dir, gold, docs_root)
    if as_json:
        sys.stdout.write(report.to_json() + "\n")
    else:
        render_table(report, out, verbose=verbose)


@app.command("parse-refs")
def parse_refs(
    source: Annotated[str, typer.Argument(help="A file with one reference per line, or - for stdin.")] = "-",
) -> None:
    """Parse reference strings, one per line, into JSON records (one per line)."""
    from citekit.extract.refparse import parse_reference

    try:
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8")
    except OSError as exc:
        err.print(f"citekit: {source}: {exc.strerror}", markup=False)
        raise typer.Exit(2)
    with stream:
        for line in stream:
            if line.strip():
                parsed = parse_reference(line.strip())
                record = {"input": line.strip(), "style": parsed.style, "confidence": parsed.confidence,
                          **parsed.fields.filled(), "problems": parsed.problems}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
from citekit.cli import check as _check  # noqa: E402,F401  (registers `citekit check`)
from citekit.cli import export as _export  # noqa: E402,F401
from citekit.cli import cite as _cite  # noqa: E402,F401
from citekit.cli import lint as _lint  # noqa: E402,F401
