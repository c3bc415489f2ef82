"""A Crossref work message or a CSL-JSON item -> Fields.

The two are close cousins: Crossref gives lists where CSL-JSON gives strings
(``title``, ``container-title``) and its own type names; both carry ``issued`` date-parts.
"""

from __future__ import annotations

import html
import re
from typing import Any

from citekit.models import Author, Fields

TYPES = {
    "journal-article": "article", "article-journal": "article", "article": "article",
    "article-magazine": "article", "article-newspaper": "article",
    "book": "book", "monograph": "book", "edited-book": "book", "reference-book": "book",
    "book-chapter": "chapter", "chapter": "chapter", "book-section": "chapter", "reference-entry": "chapter",
    "proceedings-article": "paper-conference", "paper-conference": "paper-conference",
    "report": "report", "dissertation": "thesis", "thesis": "thesis",
    "posted-content": "misc", "dataset": "misc", "webpage": "webpage", "post-weblog": "webpage",
}  # fmt: skip
_TAG = re.compile(r"<[^>]+>")
_DOI_LINK = re.compile(r"^https?://(dx\.)?doi\.org/", re.IGNORECASE)


def _text(value: Any) -> str | None:
    """First string of a list or the string; markup (JATS <i>, <sub>) and entities removed."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    value = " ".join(html.unescape(_TAG.sub("", value)).split())
    return value or None


def _people(items: Any) -> list[Author]:
    out = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        family, given = _text(item.get("family")), _text(item.get("given"))
        literal = _text(item.get("literal")) or _text(item.get("name"))
        if family:
            out.append(Author(family=family, given=given))
        elif literal:
            out.append(Author(literal=literal))
    return out


def _date(item: dict) -> str | None:
    for key in ("issued", "published-print", "published-online", "published"):
        parts = (item.get(key) or {}).get("date-parts") or [[]]
        first = [p for p in (parts[0] if parts and isinstance(parts[0], list) else []) if p is not None]
        try:
            numbers = [int(p) for p in first[:3]]
        except (TypeError, ValueError):
            continue
        if numbers and 1000 <= numbers[0] <= 2999:
            return "-".join([f"{numbers[0]:04d}"] + [f"{n:02d}" for n in numbers[1:]])
    return None


def to_fields(item: dict) -> Fields:
    """Convert one record; unknown types become ``misc``."""
    title = _text(item.get("title"))
    subtitle = _text(item.get("subtitle"))
    if title and subtitle and subtitle.casefold() not in title.casefold():
        title = f"{title}: {subtitle}"
    pages = _text(item.get("page"))
    url = _text(item.get("URL"))
    isbn = _text(item.get("ISBN"))
    date = _date(item)
    kind = TYPES.get(str(item.get("type", "")).lower(), "misc")
    container = _text(item.get("container-title"))
    return Fields(
        type=kind,
        title=title,
        authors=_people(item.get("author")),
        editors=_people(item.get("editor")) if kind != "article" else [],  # a journal's handling editor is no citation data
        date=date if date and re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", date) else None,
        container=container if kind != "book" else None,
        volume=_text(item.get("volume")),
        number=_text(item.get("issue")),
        pages=re.sub(r"\s*[-–—]+\s*", "--", pages) if pages else None,
        publisher=_text(item.get("publisher")),
        place=_text(item.get("publisher-location")),
        url=url if url and not _DOI_LINK.match(url) else None,
        doi=_text(item.get("DOI")),
        isbn=isbn.replace("-", "") if isbn else None,
    )
