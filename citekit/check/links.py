"""Read BibTeX libraries (pybtex) and collect their links, grouped by URL with the keys using them."""

from __future__ import annotations

import re
from pathlib import Path

from citekit.check.models import Link, LinkUse

DOI_URL_RE = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$", re.IGNORECASE)
DOI_RE = re.compile(r"^(?:doi:\s*)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)
TEX_URL_RE = re.compile(r"\\(?:url|href)\{([^{}]+)\}")
URL_FIELDS = ("url",)
TEXT_FIELDS = ("howpublished", "note")  # scanned for \url{...} and \href{...}{...}


class LibraryError(Exception):
    """A library that cannot be read; the message is one line for the user."""


def doi_of(value: str) -> str | None:
    """The bare DOI in a DOI field or a doi.org URL, or None."""
    value = value.strip().strip("{}").strip()
    match = DOI_URL_RE.match(value) or DOI_RE.match(value)
    return match.group(1) if match else None


def _urldate(fields) -> str | None:
    value = fields.get("urldate")
    return value.strip("{} ")[:10] if value else None


def read_links(paths: list[Path]) -> list[Link]:
    """Every url, doi and DOI-shaped URL of the libraries, one Link per distinct target."""
    from pybtex.database import parse_file
    from pybtex.exceptions import PybtexError

    links: dict[str, Link] = {}
    for path in paths:
        if not path.is_file():
            raise LibraryError(f"{path}: no such library")
        try:
            database = parse_file(str(path), bib_format="bibtex")
        except (PybtexError, UnicodeDecodeError, OSError) as exc:
            raise LibraryError(f"{path}: cannot read the library ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})")
        for key, entry in database.entries.items():
            fields = entry.fields
            found: list[tuple[str, str]] = []  # (field, value)
            for name in ("doi", *URL_FIELDS):
                if fields.get(name):
                    found.append((name, fields[name].strip()))
            for name in TEXT_FIELDS:
                for url in TEX_URL_RE.findall(fields.get(name, "")):
                    found.append((name, url.strip()))
            for field, value in found:
                doi = doi_of(value)
                if doi:
                    link = Link(url=f"https://doi.org/{doi}", kind="doi", doi=doi)
                elif re.match(r"^https?://", value, re.IGNORECASE):
                    link = Link(url=value)
                else:
                    continue  # not a web link (a bare DOI that does not parse, a file path)
                link = links.setdefault(link.id, link)
                link.uses.append(LinkUse(file=str(path), key=key, field=field, urldate=_urldate(fields)))
    return list(links.values())
