"""A URL -> the page's own metadata (citation_*, Dublin Core, OpenGraph, JSON-LD).

The reading is ``citekit.ingest.htmlmeta.page_fields``, the same as for HTML documents of
the corpus; a link to a small PDF (size-capped by ``http.py``) gives its document information
(``pdf.py``).
"""

from __future__ import annotations

import lxml.html
from lxml.etree import ParserError

from citekit.extract.identifiers import normalize_url
from citekit.ingest.htmlmeta import page_fields
from citekit.models import Fields
from citekit.resolve.base import Lookup, Resolver
from citekit.resolve.pdf import pdf_fields

HTML_TYPES = ("text/html", "application/xhtml+xml")
PDF_TYPE = "application/pdf"


class WebPage(Resolver):
    source = "web"

    @property
    def endpoint(self) -> str:
        return "web-page"

    def query_for(self, fields: Fields) -> str | None:
        if not self.config.web or fields.doi or not fields.url or not fields.url.startswith(("http://", "https://")):
            return None
        return normalize_url(fields.url) and fields.url

    def fetch(self, query: str, fields: Fields) -> Lookup:
        import trafilatura  # heavy: only when a page is read

        result = self.client.get(query, "text/html,application/xhtml+xml;q=0.9,application/pdf;q=0.8",
                                 HTML_TYPES + (PDF_TYPE,))
        if not result.ok:
            return self.failed(query, result)
        if result.content_type == PDF_TYPE:
            found = pdf_fields(result.body)
            if found is None:
                return Lookup(source="web", query=query, status="not-found", message="no document info in the PDF")
            return Lookup(source="web", query=query, status="found", fields=found)
        try:
            tree = lxml.html.document_fromstring(result.body)
        except (ParserError, ValueError):
            return Lookup(source="web", query=query, status="failed", message="unreadable HTML")
        try:
            meta = trafilatura.extract_metadata(tree)
        except Exception:  # trafilatura is best-effort; the meta tags still count
            meta = None
        found = page_fields(tree, meta)
        if not found.title:
            return Lookup(source="web", query=query, status="not-found", message="no metadata on the page")
        return Lookup(source="web", query=query, status="found", fields=found.model_copy(update={"url": None}))
