"""The ``citekit`` command: parse arguments, call the library, format the output."""

from __future__ import annotations

import io
import json
import os
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


class ExecutorChoice(str, Enum):
    local = "local"
    dask = "dask"


def _cores() -> int:
    """The cores this process may run on (a container's share, not the machine's)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


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
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Skip documents larger than this.")] = 10_000_000,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list notes (unlinked citations …).")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for reading and extracting "
                                      "documents (default: all cores).", show_default=False)] = _cores(),
    executor: Annotated[ExecutorChoice, typer.Option(
        "--executor", help="Where per-document work runs: this machine, or a Dask cluster (citekit\\[dask]).")
    ] = ExecutorChoice.local,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Dask scheduler address (tcp://host:8786); without it, a local Dask cluster.",
        metavar="ADDRESS")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Extract every document afresh; leave the build cache alone.")] = False,
    build_cache: Annotated[Optional[Path], typer.Option(
        "--build-cache", help="Build cache file (default: OUT/.citekit-cache.sqlite).", metavar="FILE")] = None,
    no_parse: Annotated[bool, typer.Option(
        "--no-parse", help="Prose attributions by the rules alone, without spaCy's dependency parse "
        "(several times faster, a few attributions fewer).")] = False,
) -> None:
    """Build OUT/library.bib and OUT/citations.json from SOURCES."""
    from citekit.engine import BuildError, BuildSettings, CacheError, ExecutorError, run_build

    if no_parse:
        os.environ["CITEKIT_NO_PARSER"] = "1"  # read by every worker process this build starts
    if scheduler and executor is not ExecutorChoice.dask:
        err.print("citekit: --scheduler needs --executor dask", markup=False)
        raise typer.Exit(2)
    settings = BuildSettings(
        sources=sources, out_dir=out_dir, resolve_flags={
            "offline": offline, "cache_dir": cache, "refresh": refresh or None, "mailto": mailto,
            "crossref_url": crossref_url, "doi_url": doi_url, "un_url": un_url},
        report=report, merge_bib=merge_bib, dialect=dialect.value, ascii=ascii, max_bytes=max_bytes,
        jobs=jobs, executor=executor.value, scheduler=scheduler,
        cache=None if no_cache else (build_cache or out_dir / ".citekit-cache.sqlite"))
    try:
        outcome = run_build(settings)
    except KeyboardInterrupt:
        err.print("citekit: interrupted; finished documents are kept in the build cache", markup=False)
        raise typer.Exit(130)
    except (BuildError, ExecutorError, CacheError) as exc:
        err.print(f"citekit: {exc}", markup=False)
        raise typer.Exit(2)
    for problem in outcome.problems:
        if problem.severity != "info" or verbose:
            err.print(f"{problem.severity}: {problem.line()}", markup=False)
    if outcome.patched and verbose:
        err.print(f"citekit: {outcome.patched} changed document(s) cite what they cited before: merge kept, "
                  "citations.json patched", markup=False, soft_wrap=True)
    if not outcome.documents:
        err.print("citekit: no readable documents; nothing written", markup=False)
        raise typer.Exit(1)
    if outcome.report_json is not None:
        if report == "-":
            sys.stdout.write(outcome.report_json)
        else:
            try:
                Path(report).write_text(outcome.report_json, encoding="utf-8")
            except OSError as exc:
                err.print(f"citekit: cannot write the report {report}: {exc.strerror}", markup=False)
                raise typer.Exit(2)
    changed = f"{outcome.changed} file{'' if outcome.changed == 1 else 's'} changed"
    (err if report == "-" else out).print(f"{outcome.summary} ({changed})", markup=False)
    if strict and any(p.severity != "info" for p in outcome.problems):
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


class RefFormat(str, Enum):
    json = "json"
    xml = "xml"


def _stdin_utf8():
    """Standard input read as strict UTF-8 (not the locale's, which may let undecodable bytes
    through as surrogates that fail only when printed)."""
    raw = getattr(sys.stdin, "buffer", None)
    return io.TextIOWrapper(raw, encoding="utf-8") if raw is not None else sys.stdin


@app.command("parse-refs")
def parse_refs(
    source: Annotated[str, typer.Argument(help="A file with one reference per line, or - for stdin.")] = "-",
    fmt: Annotated[RefFormat, typer.Option(
        "--format", help="json: one record per line (fields, confidence); xml: AnyStyle XML, every character kept.")
    ] = RefFormat.json,
    model: Annotated[Optional[Path], typer.Option("--model", help="Labeller model file (default: the shipped one).")] = None,
) -> None:
    """Parse reference strings, one per line, with the trained labeller."""
    from citekit.extract.labeller.datasets import write_anystyle_xml
    from citekit.extract.labeller.model import ModelError, load_labeller
    from citekit.extract.labeller.reference import label_reference

    try:
        stream = _stdin_utf8() if source == "-" else open(source, encoding="utf-8")
    except OSError as exc:
        err.print(f"citekit: {source}: {exc.strerror}", markup=False)
        raise typer.Exit(2)
    try:
        with stream:
            lines = [line.rstrip("\r\n") for line in stream]
    except UnicodeDecodeError:
        err.print(f"citekit: {'standard input' if source == '-' else source}: not UTF-8 text", markup=False)
        raise typer.Exit(2)
    try:
        labeller = load_labeller(str(model) if model else None)
    except ModelError as exc:
        err.print(f"citekit: {exc}", markup=False)
        raise typer.Exit(2)
    if fmt is RefFormat.xml:
        tagged = [labeller.tag(line, marginals=False) for line in lines]
        sys.stdout.write(write_anystyle_xml((t.text, t.tokens, t.labels) for t in tagged))
        return
    for line in lines:
        parsed = label_reference(line, labeller)
        fields = parsed.fields.filled() if parsed.is_reference else {}  # flagged: not forced into fields
        record = {"input": line, "confidence": parsed.confidence, "reference": parsed.is_reference,
                  **fields, "problems": parsed.problems}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


from citekit.cli import check as _check  # noqa: E402,F401  (registers `citekit check`)
from citekit.cli import export as _export  # noqa: E402,F401
from citekit.cli import cite as _cite  # noqa: E402,F401
from citekit.cli import lint as _lint  # noqa: E402,F401
from citekit.cli import report as _report  # noqa: E402,F401  (registers `citekit report`)
from citekit.cli import parser as _parser  # noqa: E402,F401  (train-parser, eval-parser)
