"""Checks of single field values: DOI, ISBN (with its checksum), URL, month, pages.

Each returns None when the value is fine, else a short description of what is wrong.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
DOI_PREFIX_RE = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
_PAGE = r"[A-Za-z]{0,3}\d+[A-Za-z]?|[ivxlcdmIVXLCDM]+"
_PAGES_RE = re.compile(rf"^(?:{_PAGE})(?:--(?:{_PAGE})|\+)?(?:\s*,\s*(?:{_PAGE})(?:--(?:{_PAGE})|\+)?)*$")
_ONE_DASH_RE = re.compile(rf"^(?:{_PAGE})\s*(?:-|–|—|\s-\s)\s*(?:{_PAGE})$")


def normal_doi(value: str) -> str:
    """The DOI without a resolver prefix, lower-cased (DOIs are case-insensitive)."""
    return DOI_PREFIX_RE.sub("", value.strip()).lower()


def check_doi(value: str) -> str | None:
    if _DOI_RE.match(DOI_PREFIX_RE.sub("", value.strip())):
        return None
    return f"malformed DOI {value!r} (expected 10.NNNN/suffix)"


def _isbn_ok(digits: str) -> bool:
    if len(digits) == 10:
        if not digits[:9].isdigit() or not (digits[9].isdigit() or digits[9] in "xX"):
            return False
        total = sum((10 - i) * (10 if c in "xX" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit():
        return sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits)) % 10 == 0
    return False


def check_isbn(value: str) -> str | None:
    """Every ISBN of the value (several may be separated by commas, semicolons or spaces)."""
    for token in re.split(r"[,;]\s*|\s+(?=\d{3})", value.strip()):
        digits = re.sub(r"[\s-]", "", token)
        if digits and not _isbn_ok(digits):
            kind = "checksum" if len(digits) in (10, 13) else "length"
            return f"invalid ISBN {token!r} (wrong {kind})"
    return None


def check_url(value: str) -> str | None:
    url = value.strip()
    if url.startswith("\\url{") and url.endswith("}"):
        url = url[5:-1]
    if any(c.isspace() for c in url):
        return f"malformed URL {value!r} (contains a space)"
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https", "ftp") or not parts.netloc:
        return f"malformed URL {value!r} (expected http(s)://host/...)"
    return None


def check_month(value: str, braced: bool) -> str | None:
    """Fine: a bare macro ``jan``..``dec`` or a number 1..12 (biber's and BibTeX's forms)."""
    text = value.strip()
    if not braced and text.lower() in MONTHS:
        return None
    if text.isdigit() and 1 <= int(text) <= 12:
        return None
    short = text[:3].lower()
    if short in MONTHS and text.lower() in (short, _MONTH_NAMES[MONTHS.index(short)]):
        return f"month {{{text}}}: write the bare macro {short} (biber and BibTeX styles need it)"
    return f"month {text!r} is not jan..dec or 1..12"


def check_pages(value: str) -> str | None:
    text = value.strip()
    if _PAGES_RE.match(text):
        return None
    if _ONE_DASH_RE.match(text):
        return f"pages {text!r}: a page range takes '--'"
    return f"pages {text!r}: not a page or page range"
