"""Leading/trailing separators and unbalanced brackets around labelled values."""

from __future__ import annotations

import re

from .titles import strip_markup

_KEYS = ("volume", "issue", "number", "pages", "publisher", "location", "place", "edition", "genre", "note",
         "institution", "report_number")
_ENDS = " \t.,;:/–—-"
_KEEP_DOT = re.compile(r"(?:\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St)|\b[A-Z])\.$")


def _balance(s: str) -> str:
    for o, c in ("()", "[]"):
        if s.startswith(o) and s.count(c) < s.count(o) or s.startswith(o) and s.endswith(c) and s.count(o) == 1:
            s = s[1:].lstrip()
        if s.endswith(c) and s.count(c) > s.count(o):
            s = s[:-1].rstrip()
    return s


def clean_value(s: str) -> str:
    """Strip markup, separators at both ends and unbalanced brackets."""
    if s and s[0].isalnum() and s[-1].isalnum() and "  " not in s and "*" not in s and "\ue000" not in s:
        return s
    s = " ".join(strip_markup(s).split())
    for _ in range(3):
        dot = _KEEP_DOT.search(s)
        s = _balance(s.strip(_ENDS if not dot else _ENDS.replace(".", "")))
    return s


def strip_punctuation(rec: dict) -> dict:
    """Record normaliser: tidy the plain string fields (titles and names have their own)."""
    for key in _KEYS:
        if isinstance(rec.get(key), str):
            rec[key] = clean_value(rec[key]) or None
    return rec
