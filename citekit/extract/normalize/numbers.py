"""Document numbers printed inside a title.

'Health Sector Threat Assessment 2027 (NCRC-TA-2027-01)' is the title 'Health Sector Threat
Assessment 2027' with report number NCRC-TA-2027-01; 'Alert NCRC-AL-2027-011: Active exploitation
of …' keeps its title (the label is part of it) and gives the number too.
"""

from __future__ import annotations

import re

# Capital letters, then two or more parts after '-' or '/', one of them a number, perhaps a
# lettered part last: 'NCRC-TA-2027-01', 'MDX-SA-2027-002', 'BP/2026/118', 'TN-DR-2027-01-P'
# (not 'COVID-19', not 'SARS-CoV-2').
SYMBOL = r"[A-Z]{1,8}(?:[-/](?=[A-Z0-9.]*\d|[A-Z]+[-/])[A-Z0-9.]+){2,}(?:-[A-Z](?![\w-]))?"
_BRACKETED = re.compile(rf"\s*\((?P<n>{SYMBOL})\)$")
_LABELLED = re.compile(rf"^(?:[A-Z][a-z]+\s+){{1,3}}(?P<n>{SYMBOL})\s*:\s+\S")


def printed_number(title: str) -> tuple[str, str] | None:
    """(number, title without a bracketed number) when the title prints a document number."""
    title = title.rstrip(" .,;")
    if (m := _BRACKETED.search(title)) and m.start() > 0:
        return m.group("n"), title[: m.start()]
    if (m := _LABELLED.match(title)):
        return m.group("n"), title
    return None


def normalize_number_fields(rec: dict) -> dict:
    """Record normaliser: a number in brackets after the title, or after its label, fills
    ``report_number`` when the record has none."""
    title = rec.get("title")
    if isinstance(title, str) and not rec.get("report_number") and (found := printed_number(title)):
        rec["report_number"], rec["title"] = found
    return rec
