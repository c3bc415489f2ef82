"""A PDF's own document information (title, author, creation date), read with pypdf."""

from __future__ import annotations

import io
import re

from citekit.extract.normalize.names import looks_like_organisation, parse_names
from citekit.models import Author, Fields

_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")
# Producers that write their own name, not the document's, into the info dictionary
_NOT_A_TITLE = re.compile(r"^(?:untitled|microsoft word - .*|.*\.(?:docx?|indd|tex|pdf))$", re.I)


def pdf_fields(data: bytes) -> Fields | None:
    """The info dictionary of a small PDF as fields, or None when it says nothing useful."""
    from pypdf import PdfReader  # only when a PDF is read
    from pypdf.errors import PdfReadError

    try:
        info = PdfReader(io.BytesIO(data)).metadata or {}
    except (PdfReadError, ValueError, KeyError, OSError):
        return None
    title = str(info.get("/Title") or "").strip()
    if not title or _NOT_A_TITLE.match(title):
        return None
    author = str(info.get("/Author") or "").strip()
    authors: list[Author] = []
    if author:
        authors = [Author(literal=author)] if looks_like_organisation(author) else list(parse_names(author))
    date = None
    if m := _PDF_DATE.match(str(info.get("/CreationDate") or "")):
        date = "-".join(part for part in m.groups() if part)
    return Fields(type="report", title=title, authors=authors, date=date)
