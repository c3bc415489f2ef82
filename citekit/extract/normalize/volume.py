"""Volume and issue: '12(3)' -> 12 / 3; 'vol. 5, no. 2' -> 5 / 2; 'Volume 1112' -> 1112."""

from __future__ import annotations

import re

_VOL_ISSUE = re.compile(r"^(?:\d{4}\s*;\s*)?(?:vol(?:ume)?\.?\s*)?([A-Z]?\d+[A-Za-z]?)\s*\(([^)]+)\)", re.I)
_VOL_NO = re.compile(r"^(?:vol(?:ume)?\.?\s*)?([A-Z]?\d+[A-Za-z]?)?[\s,.;]*(?:nos?|nr|n°|nº|iss(?:ue)?|heft|h)\.?\s*(.+)$", re.I)
_PREFIX = re.compile(r"^(?:vol(?:ume)?s?|bd|band|t|v|tome|том|т)\.?\s*", re.I)
_ISSUE_PREFIX = re.compile(r"^(?:nos?|nr|n°|nº|iss(?:ue)?|heft|h|№|number)\.?\s*", re.I)


def split_volume(text: str) -> tuple[str | None, str | None]:
    """(volume, issue) from a volume string that may carry the issue too."""
    s = re.sub(r"^\d{4}\s*;\s*", "", text.strip(" .,;:"))
    m = _VOL_ISSUE.match(s)
    if m:
        return m.group(1), m.group(2).strip()
    m = _VOL_NO.match(s)
    if m:
        return m.group(1), m.group(2).strip(" .,;:")
    s = _PREFIX.sub("", s).strip(" .,;:")
    return (s or None), None


def normalize_volume(rec: dict) -> dict:
    """Record normaliser: ``volume`` split into volume and ``issue``; issue labels dropped."""
    if isinstance(rec.get("volume"), str):
        vol, issue = split_volume(rec["volume"])
        rec["volume"] = vol
        if issue and not rec.get("issue"):
            rec["issue"] = issue
    if isinstance(rec.get("issue"), str):
        rec["issue"] = _ISSUE_PREFIX.sub("", rec["issue"]).strip(" .,;:()") or None
    return rec
