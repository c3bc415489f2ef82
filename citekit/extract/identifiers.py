"""Identifiers in free text: DOI, URL, ISBN, arXiv id and UN document symbol, with spans.

One finder per kind, validation apart (ISBN checksums); URLs first, so that a DOI, arXiv id or
UN symbol inside a URL is not reported again (a doi.org URL is reported once, as a DOI).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlsplit

from .normalize.urls import normalize_url, trim_url

__all__ = ["Identifier", "find_identifiers", "normalize_doi", "normalize_url", "bare_doi", "is_valid_isbn", "isbn13"]

Kind = Literal["doi", "url", "isbn", "arxiv", "un_symbol"]


@dataclass(frozen=True)
class Identifier:
    """One identifier: its kind, normalised value and [start, end) span in the text."""

    kind: Kind
    value: str
    start: int
    end: int


_URL_START = re.compile(r"https?://|(?<![\w@./-])www\.", re.I)
_URL_BODY = re.compile(r"[^\s<>\"“”‘]+")
_WRAP = re.compile(r"[ \t]*\r?\n[ \t]*([^\s<>\"“”]+)")
_CONTINUES = re.compile(r"^(?:[a-z0-9%_~#?=&/.-]|[^\s]*[/._=%-])")
_DOI_HOSTS = {"doi.org", "dx.doi.org", "www.doi.org"}
_DOI = re.compile(r"(?P<label>\bdoi\s*[:=]?\s*)?(?<![\w/.])(?P<doi>10\.\d{4,9}/[^\s\"<>“”]+)", re.I)
_DOI_SHAPE = re.compile(r"^10\.\d{4,9}/\S+$")
_ARXIV = re.compile(
    r"\barXiv\s*:?\s*(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)(?!\w|\.\d)", re.I)
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
                        re.I)
_ISBN_LABELLED = re.compile(
    r"\bISBN(?:-?1[03])?\s*:?\s*(?P<isbn>(?:\d[\s‐-]?){12}\d|(?:\d[\s‐-]?){9}[\dXx])(?![\dXx])", re.I)
_ISBN_BARE = re.compile(r"(?<![\w‐-])(?P<isbn>97[89](?:[‐-]\d+){4}|\d{1,5}(?:[‐-]\d+){2}[‐-][\dXx]|97[89]\d{10})(?![\w‐-])")
_UN_ORGANS = (
    "A|S|E|ST|UNEP|UNDP|DP|TD|CRC|CEDAW|CCPR|CERD|CAT|CRPD|CMW|CED|HRI|UNW|ICEF|FCCC|UNCTAD|ECE|ESCAP|"
    "ECLAC|ECA|ESCWA|SPLOS|ISBA|CTOC|IDB|PBC|CD|UNHCR|CCW|APLC|BWC|NPT|ACC|AC|E/CN|SG"
)
_UN_SEG = r"(?:[A-Z][A-Za-z]{0,7}(?:\.\d+[A-Za-z]?)?|\d+[A-Za-z]?(?:\.\d+)?)"
_UN = re.compile(r"(?<![\w/.:@%-])(?P<sym>(?:" + _UN_ORGANS + r")(?:/" + _UN_SEG + r")+)(?![\w/])(?P<year>\s*\(\d{4}\))?")


def bare_doi(s: str | None) -> str | None:
    """The bare DOI ('10.xxx/yyy') from a DOI, 'doi:' form or doi.org URL; case kept."""
    if not s:
        return None
    s = s.strip().strip("<>")
    s = re.sub(r"^(?:https?://)?(?:dx\.|www\.)?doi\.org/|^doi\s*[:=]?\s*", "", s, flags=re.I)
    s = trim_url(unquote(s))
    return s if _DOI_SHAPE.match(s) else None


def normalize_doi(s: str | None) -> str | None:
    """DOI identity form: bare and lower-cased (DOIs are case-insensitive)."""
    d = bare_doi(s)
    return d.lower() if d else None


def _isbn_digits(s: str) -> str:
    return re.sub(r"[^\dXx]", "", s).upper()


def is_valid_isbn(s: str) -> bool:
    """ISBN-10 or ISBN-13 checksum."""
    d = _isbn_digits(s)
    if len(d) == 10 and d[:9].isdigit():
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(d))
        return total % 11 == 0
    if len(d) == 13 and d.isdigit() and d[:3] in ("978", "979"):
        return sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(d)) % 10 == 0
    return False


def isbn13(s: str) -> str | None:
    """The ISBN-13 digits of a valid ISBN-10 or -13."""
    if not is_valid_isbn(s):
        return None
    d = _isbn_digits(s)
    if len(d) == 13:
        return d
    core = "978" + d[:9]
    check = (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(core)) % 10) % 10
    return core + str(check)


def _extend_wrapped(text: str, end: int) -> int:
    """Continue a URL/DOI broken across a line after a character that cannot end it."""
    while end < len(text) and text[end - 1] in "/-_=&?%#~":
        m = _WRAP.match(text, end)
        if not m or not _CONTINUES.match(m.group(1)):
            break
        end = m.end()
    return end


def _trimmed_end(text: str, start: int, end: int) -> int:
    raw = text[start:end]
    return start + len(trim_url(re.sub(r"\s+$", "", raw))) if raw else end


def _find_urls(text: str) -> list[Identifier]:
    out: list[Identifier] = []
    pos = 0
    while True:
        m = _URL_START.search(text, pos)
        if not m:
            return out
        start = m.start()
        if start > 0 and text[start - 1] == "<" and (gt := text.find(">", start)) != -1 and "<" not in text[start:gt]:
            end = gt
            value = re.sub(r"\s+", "", text[start:end])
        else:
            body = _URL_BODY.match(text, start)
            end = _extend_wrapped(text, body.end() if body else m.end())
            raw = text[start:end]
            value = trim_url(re.sub(r"[ \t]*\r?\n[ \t]*", "", raw))
            end = start + len(raw) - (len(re.sub(r"[ \t]*\r?\n[ \t]*", "", raw)) - len(value))
        pos = max(end, m.end())
        if len(value) <= len(m.group(0)) + 1:
            continue
        out.extend(_classify_url(value, start, end))


def _classify_url(value: str, start: int, end: int) -> list[Identifier]:
    try:
        parts = urlsplit(value if "://" in value else "http://" + value)
        host = (parts.hostname or "").lower()
    except ValueError:
        return [Identifier("url", value, start, end)]
    if host in _DOI_HOSTS:
        doi = bare_doi(parts.path.lstrip("/") + (f"?{parts.query}" if parts.query else ""))
        if doi:
            return [Identifier("doi", doi, start, end)]
    found = [Identifier("url", value, start, end)]
    m = _ARXIV_URL.search(value)
    if m and host.endswith("arxiv.org"):
        found.append(Identifier("arxiv", m.group("id"), start, end))
    return found


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start < e or s < end <= e for s, e in spans)


def find_identifiers(text: str) -> list[Identifier]:
    """Every DOI, URL, ISBN, arXiv id and UN symbol in ``text``, in order of position."""
    low = text.lower()
    found = _find_urls(text) if ("http" in low or "www." in low) else []
    taken = [(i.start, i.end) for i in found]
    for m in (_DOI.finditer(text) if "10." in text else ()):
        end = _extend_wrapped(text, m.end())
        raw = re.sub(r"[ \t]*\r?\n[ \t]*", "", text[m.start("doi"):end])
        doi = bare_doi(raw)
        start = m.start()
        if not doi or _inside(taken, start, start + 1):
            continue
        end = _trimmed_end(text, start, end) if "\n" not in text[start:end] else end
        found.append(Identifier("doi", doi, start, end))
        taken.append((start, end))
    for m in (_ARXIV.finditer(text) if "arxiv" in low else ()):
        if not _inside(taken, m.start(), m.end()):
            found.append(Identifier("arxiv", m.group("id"), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for rx in ((_ISBN_LABELLED, _ISBN_BARE) if ("isbn" in low or "-" in text or "‐" in text or "97" in text) else ()):
        for m in rx.finditer(text):
            raw = m.group("isbn").rstrip(" -‐")
            if is_valid_isbn(raw) and not _inside(taken, m.start(), m.end()):
                end = m.start("isbn") + len(raw)
                found.append(Identifier("isbn", _isbn_digits(raw), m.start(), end))
                taken.append((m.start(), end))
    for m in (_UN.finditer(text) if "/" in text else ()):
        sym = m.group("sym")
        segs = sym.split("/")
        if not any(c.isdigit() for c in sym) or _inside(taken, m.start(), m.end()):
            continue
        if len(segs) == 2 and segs[1].isdigit() and len(segs[1]) < 3:
            continue
        found.append(Identifier("un_symbol", sym, m.start(), m.end()))
    found.sort(key=lambda i: (i.start, i.kind != "doi"))
    return found
