"""Titles: surrounding quotes, markup and trailing punctuation removed, inner quotes kept."""

from __future__ import annotations

import re

from .dates import find_dates

#: Private-use markers the reference parser puts around italic spans.
ITALIC_OPEN, ITALIC_CLOSE = "\ue000", "\ue001"

_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "'": "'", "‚": "‘", "「": "」", "»": "«"}
_MARKUP = re.compile(r"</?(?:i|em|b|strong)>|\*{1,3}|[\ue000\ue001]|(?<!\w)_+|_+(?!\w)")
_DOT_IN_QUOTE = re.compile(r"(?<=\w)[.,](['’\"”])$")
_MARKUP_CHARS = ("*", "_", "<", ITALIC_OPEN, ITALIC_CLOSE)
_KEEP_FINAL_DOT = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|vs|etc|al|No|Vol)\.|\.\.\.)$")


def strip_markup(s: str) -> str:
    """Remove italic/bold markers (Markdown, HTML, the parser's private markers)."""
    if not any(c in s for c in _MARKUP_CHARS):
        return s
    return _MARKUP.sub("", s)


def _unquote(s: str) -> str:
    if len(s) < 2 or s[0] not in _PAIRS:
        return s
    open_q, close_q = s[0], _PAIRS[s[0]]
    body = s[1:]
    end = body.rstrip(".,;: ")
    if not end.endswith(close_q):
        # American punctuation inside the quotes: "Title," / "Title."
        return s
    inner = end[:-1]
    if open_q in "\"'":
        if open_q == "'" and (inner[:1].isspace() or inner[-1:].isspace()):
            return s
        if open_q == '"' and '"' in inner:
            return s  # several quoted parts: not one surrounding pair
    elif open_q in inner or (close_q in inner and close_q != "’"):
        return s
    return inner


def clean_title(s: str | None) -> str | None:
    """Strip surrounding quotes, italics, trailing period/comma; normalise whitespace."""
    if s is None:
        return None
    s = " ".join(strip_markup(s).split())
    s = s.strip(" ,;:")
    for _ in range(2):
        s = _unquote(s).strip()
        s = s.strip(" ,;:")
        while s.endswith(".") and not _KEEP_FINAL_DOT.search(s):
            s = s[:-1].rstrip()
        s = s.rstrip(" ,;:")
        s = _DOT_IN_QUOTE.sub(r"\1", s)
    return s or None


_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{0,5}\.\s.*\b[A-Z][a-z]{0,5}$")


def clean_container(s: str | None) -> str | None:
    """Like :func:`clean_title`, but an abbreviated name keeps its final period ('Mach. Intell.')."""
    out = clean_title(s)
    if out and s and _ABBREVIATED.search(out) and strip_markup(s).rstrip(" ,;:").endswith(out.split()[-1] + "."):
        out += "."
    return out


_TRAILING_BRACKET = re.compile(r"\s*\((?P<inside>[^()]{6,40})\)$")


def _without_trailing_date(title: str) -> tuple[str, str | None]:
    """'Winter Outlook 2026-27 (14 October 2026)' -> ('Winter Outlook 2026-27', '14 October 2026'):
    a full date in brackets closing a title is the work's date, not a word of its title."""
    m = _TRAILING_BRACKET.search(title)
    if not m or m.start() == 0:
        return title, None
    found = find_dates(m.group("inside"))
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(m.group("inside")) and len(found[0][2]) == 10:
        return title[:m.start()], m.group("inside")
    return title, None


def normalize_title_fields(rec: dict) -> dict:
    """Record normaliser: ``title``, ``container-title``, ``collection-title``."""
    for key in ("title", "container-title", "journal", "collection-title"):
        if isinstance(rec.get(key), str):
            rec[key] = clean_title(rec[key]) if key == "title" else clean_container(rec[key])
    if rec.get("title"):
        rec["title"], date = _without_trailing_date(rec["title"])
        if date and not rec.get("date"):
            rec["date"] = date
    if rec.get("_container_dot") and rec.get("container-title") and not rec["container-title"].endswith("."):
        rec["container-title"] += "."
    return rec
