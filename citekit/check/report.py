"""Formats of a check's results: a terminal table, JSON, Markdown and JUnit XML."""

from __future__ import annotations

import json
from collections import Counter
from xml.etree import ElementTree as ET

from rich.console import Console
from rich.table import Table

from citekit.check.models import BROKEN, STATUSES, UNKNOWN, LinkResult


def detail(result: LinkResult) -> str:
    """What to tell the user about one link, in one line."""
    parts = [result.error or ""]
    if result.status == "redirected" and result.final_url:
        parts = [f"update to {result.final_url}"]
    if result.status == "failing" and result.failing_since:
        parts.append(f"failing since {result.failing_since[:10]}; dead when it still fails a day later")
    if result.archived_url:
        parts.append(f"archived: {result.archived_url}")
    if result.cached:
        parts.append(f"(checked {result.checked_at[:16]})")
    return "; ".join(p for p in parts if p)


def summary(results: list[LinkResult]) -> dict[str, int]:
    counts = Counter(r.status for r in results)
    return {status: counts[status] for status in STATUSES if counts[status]}


def render_table(results: list[LinkResult], console: Console) -> None:
    """The links that need attention, then one line per status class."""
    attention = [r for r in results if r.status != "ok"]
    if attention:
        table = Table(show_lines=False, title="Links needing attention", title_justify="left")
        for column in ("status", "url", "keys", "detail"):
            table.add_column(column, overflow="fold")
        for r in sorted(attention, key=lambda r: (STATUSES.index(r.status), r.url)):
            table.add_row(r.status, r.url, ", ".join(r.keys), detail(r))
        console.print(table)
    totals = Table(title=f"{len(results)} links", title_justify="left")
    totals.add_column("status")
    totals.add_column("links", justify="right")
    for status, count in summary(results).items():
        totals.add_row(status, str(count))
    console.print(totals)


def to_json(results: list[LinkResult]) -> str:
    return json.dumps([r.model_dump(mode="json") for r in results], ensure_ascii=False, indent=2)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(results: list[LinkResult]) -> str:
    lines = [f"## Link health: {len(results)} links", "", "| status | links |", "|---|---:|"]
    lines += [f"| {status} | {count} |" for status, count in summary(results).items()]
    attention = [r for r in results if r.status != "ok"]
    if attention:
        lines += ["", "| status | url | keys | detail |", "|---|---|---|---|"]
        lines += [f"| {r.status} | <{_md(r.url)}> | {_md(', '.join(r.keys))} | {_md(detail(r))} |"
                  for r in sorted(attention, key=lambda r: (STATUSES.index(r.status), r.url))]
    return "\n".join(lines) + "\n"


def to_junit(results: list[LinkResult]) -> str:
    """One test case per link: broken links fail, links we could not judge are skipped."""
    suite = ET.Element("testsuite", name="citekit check", tests=str(len(results)),
                       failures=str(sum(r.status in BROKEN for r in results)),
                       skipped=str(sum(r.status in UNKNOWN for r in results)), errors="0",
                       time=f"{sum(r.elapsed_ms for r in results) / 1000:.3f}")
    for r in results:
        case = ET.SubElement(suite, "testcase", classname=",".join(r.keys) or "library", name=r.url,
                             time=f"{r.elapsed_ms / 1000:.3f}")
        if r.status in BROKEN:
            ET.SubElement(case, "failure", message=f"{r.status}: {r.error or ''}", type=r.status).text = detail(r)
        elif r.status in UNKNOWN:
            ET.SubElement(case, "skipped", message=f"{r.status}: {detail(r)}")
        elif r.status == "redirected":
            ET.SubElement(case, "system-out").text = detail(r)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
