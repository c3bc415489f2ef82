"""Page ranges: ``"pp. 45–67"`` -> ``"45--67"``, abbreviated ends expanded (``45–7`` -> ``45--47``)."""

from __future__ import annotations

import re

_PREFIX = re.compile(
    r"^(?:pages?|pgs?\.?|pp?\.?(?=\s*[A-Za-z]?\d)|S\.|Seiten?|стр\.|С\.|с\.|art(?:icle|\.)?(?:\s*(?:no\.?|number))?|"
    r"e-?locator)\s*",
    re.I,
)
_RANGE = re.compile(
    r"^([A-Za-z]{0,3})(\d+)([a-z]?)\s*(?:--?|[‐‑‒–—―]|\bto\b)\s*([A-Za-z]{0,3})(\d+)([a-z]?)$"
)
_ROMAN_RANGE = re.compile(r"^([ivxlcdm]+)\s*(?:--?|[‐‑‒–—―])\s*([ivxlcdm]+)$", re.I)


def expand_end(first: str, last: str) -> str:
    """Complete an abbreviated range end: ('45', '7') -> '47', ('1234', '56') -> '1256'."""
    if len(last) < len(first):
        full = first[: len(first) - len(last)] + last
        if int(full) >= int(first):
            return full
    return last


def _one(part: str) -> str:
    part = part.strip().strip(".,;:")
    m = _RANGE.match(part)
    if m:
        p1, a, s1, p2, b, s2 = m.groups()
        if not p2 and not s2 and not p1 and not s1:
            b = expand_end(a, b)
        return f"{p1}{a}{s1}--{p2}{b}{s2}"
    m = _ROMAN_RANGE.match(part)
    if m:
        return f"{m.group(1)}--{m.group(2)}"
    return part


def normalize_pages(text: str | None) -> str | None:
    """A page or range in BibTeX form; None when nothing is left."""
    if not text:
        return None
    s = " ".join(text.split()).strip(" .,;:()")
    s = _PREFIX.sub("", s).strip()
    if not s:
        return None
    if "(" in s or ")" in s:
        return None  # a provision's subsections ("reg. 21(1)-(4)"), not pages
    parts = [p for p in re.split(r"\s*[,;]\s*|\s+&\s+|\s+and\s+", s) if p.strip(" .")]
    return ", ".join(_one(p) for p in parts) or None


def normalize_page_fields(rec: dict) -> dict:
    """Record normaliser: the ``pages`` value."""
    if rec.get("pages"):
        rec["pages"] = normalize_pages(rec["pages"])
    return rec
