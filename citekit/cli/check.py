"""``citekit check``: arguments in, ``citekit.check`` called, a report out."""

from __future__ import annotations

import re
import sqlite3
import sys
from datetime import datetime, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from citekit.cli.main import app, err, out

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


class CheckFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"
    junit = "junit"


def parse_duration(text: str) -> timedelta:
    """``90s``, ``30m``, ``12h``, ``1d``, ``2w`` -> timedelta; ValueError otherwise."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", text.lower())
    if not match:
        raise ValueError(f"--since {text!r}: expected a number and a unit s, m, h, d or w (e.g. 1d)")
    return timedelta(seconds=float(match.group(1)) * UNITS[match.group(2)])


def _usage(message: str) -> typer.Exit:
    err.print(f"citekit: {message}", markup=False)
    return typer.Exit(2)


@app.command("check")
def check(
    libraries: Annotated[Optional[list[Path]], typer.Argument(help="BibTeX libraries (default: bib/library.bib).")] = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", help="Report format.")] = CheckFormat.table,
    allow_private: Annotated[Optional[bool], typer.Option("--allow-private", help="Also fetch private/loopback addresses.",
                                                          show_default=False)] = None,
    timeout: Annotated[Optional[float], typer.Option(help="Seconds per connect and per read (default 10).")] = None,
    since: Annotated[Optional[str], typer.Option(help="Reuse results younger than this (30m, 12h, 1d, 2w).")] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Add archiveurl to entries whose link is dead.")] = False,
    offline: Annotated[Optional[bool], typer.Option(
        "--offline/--online", help="Offline: no connection; the last stored result of each link, else "
        "'not checked' (default CITEKIT_OFFLINE, else online).", show_default=False)] = None,
    doi_url: Annotated[Optional[str], typer.Option(help="DOI resolver (handle API base) (env CITEKIT_DOI_URL; "
                                                        "default https://doi.org).")] = None,
    wayback_url: Annotated[Optional[str], typer.Option(help="Wayback availability API base (env CITEKIT_WAYBACK_URL; "
                                                            "default https://archive.org).")] = None,
    archive: Annotated[Optional[bool], typer.Option("--archive/--no-archive", help="Look dead links up in the "
                                                    "Wayback Machine (default archive).", show_default=False)] = None,
    per_host: Annotated[Optional[int], typer.Option(help="Concurrent requests per host (default 2).")] = None,
    min_interval: Annotated[Optional[float], typer.Option(help="Seconds between requests to one host (default 0.5).")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Concurrent requests in all (default 16).")] = None,
    retries: Annotated[Optional[int], typer.Option(help="Retries on connection errors, 5xx and 429 (default 2).")] = None,
    deadline: Annotated[Optional[float], typer.Option(help="Seconds for the whole run (default 900).")] = None,
    db: Annotated[Optional[Path], typer.Option(help="History database (default beside the first library).")] = None,
    backoff: Annotated[Optional[float], typer.Option(hidden=True)] = None,
    now: Annotated[Optional[str], typer.Option(hidden=True, help="Pretend it is this UTC time (tests).")] = None,
) -> None:
    """Check every url and doi of the libraries; exit 1 when links are dead.

    Settings: flag > environment > the check table of ./citekit.toml > defaults.
    """
    from citekit.check import BROKEN, LibraryError, Store, read_links, run_check, store_path
    from citekit.check import report
    from citekit.check.config import load_settings
    from citekit.check.fix import apply_fixes, plan_fixes

    paths = libraries or [Path("bib/library.bib")]
    flags = {"timeout": timeout, "allow_private": allow_private, "doi_url": doi_url, "wayback_url": wayback_url,
             "archive": archive, "per_host": per_host, "min_interval": min_interval, "workers": workers,
             "retries": retries, "deadline": deadline, "backoff": backoff, "offline": offline, "db": db}
    try:
        window = parse_duration(since) if since else None
        fixed_now = datetime.fromisoformat(now).replace(tzinfo=timezone.utc) if now else None
        settings, extras = load_settings(flags)
        links = read_links(paths)
    except (ValueError, LibraryError) as exc:
        raise _usage(str(exc).splitlines()[0])
    db = Path(extras["db"]) if extras.get("db") else None
    if settings.offline and links:
        err.print("citekit: offline: no link is fetched; showing stored results (--online to check)", markup=False)
    clock = (lambda: fixed_now) if fixed_now else None
    history = db or store_path(paths[0])
    try:
        store = None if settings.offline and not history.exists() else Store(history)
    except sqlite3.Error as exc:
        err.print(f"citekit: warning: no check history ({exc}); dead links are reported as seen", markup=False)
        store = None
    try:
        results = _run(links, settings, store, clock, window, run_check)
    finally:
        if store:
            store.close()
    if fmt is CheckFormat.table:
        report.render_table(results, out)
    else:
        text = {"json": report.to_json, "markdown": report.to_markdown, "junit": report.to_junit}[fmt.value](results)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if fix:
        for file, fixes in plan_fixes(links, results).items():
            changed = apply_fixes(Path(file), fixes)
            if changed:
                err.print(f"{file}: archiveurl added to {len(changed)} entries ({', '.join(changed)})", markup=False)
        waiting = sum(r.status == "failing" and bool(r.archived_url) for r in results)
        if waiting:
            err.print(f"{waiting} failing links get archiveurl once confirmed dead (a day later)", markup=False)
    if any(r.status in BROKEN for r in results):
        raise typer.Exit(1)


def _run(links, settings, store, clock, window, run_check):
    """Run the check, with a progress bar on stderr when it is a terminal."""
    kwargs = {"store": store, "since": window, **({"clock": clock} if clock else {})}
    if not sys.stderr.isatty() or not links:
        return run_check(links, settings, **kwargs)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("checking links"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("check", total=len(links))
        return run_check(links, settings, progress=lambda _result: bar.advance(task), **kwargs)
