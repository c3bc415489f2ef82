"""URLs: trailing punctuation trimmed as written, and an identity form for comparisons."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRAIL = ".,;:!?*'\"”’»"
_PAIRS = {")": "(", "]": "[", "}": "{"}
_UNRESERVED = re.compile(r"%([0-9A-Fa-f]{2})")
_DROP_PARAMS = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def trim_url(url: str) -> str:
    """Drop trailing punctuation and unbalanced closing brackets, keep the rest as written."""
    url = url.strip().strip("<>")
    while url:
        last = url[-1]
        if last in _TRAIL or last == ">":
            url = url[:-1]
        elif last in _PAIRS and url.count(last) > url.count(_PAIRS[last]):
            url = url[:-1]
        else:
            break
    return url


def _decode_unreserved(s: str) -> str:
    def sub(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch.isascii() and (ch.isalnum() or ch in "-._~") else "%" + m.group(1).upper()

    return _UNRESERVED.sub(sub, s)


@lru_cache(maxsize=100_000)  # a corpus repeats its popular links thousands of times
def normalize_url(url: str) -> str:
    """Identity form: lower-case scheme and host, no ``www.``, default port, trailing slash,
    fragment or tracking parameters; unreserved percent-escapes decoded, path case kept."""
    url = trim_url(url)
    if not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I):
        url = "http://" + url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = _decode_unreserved(parts.path).rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True, safe="/:@!$'()*+,;"), ""))


def normalize_url_fields(rec: dict) -> dict:
    """Record normaliser: ``url`` trimmed (not decoded), ``doi`` reduced to the bare DOI."""
    from ..identifiers import bare_doi

    if isinstance(rec.get("url"), str):
        rec["url"] = trim_url(rec["url"].split()[0]) if rec["url"].strip() else None
    if isinstance(rec.get("doi"), str):
        rec["doi"] = bare_doi(rec["doi"])
    return rec
