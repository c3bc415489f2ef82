"""Crossref REST API: a DOI -> its work record; a reference -> a validated search hit.

The only module that imports habanero.  habanero 2.x sends its requests itself (a module-level
``httpx2.get``, no session or transport to hand it), which would bypass every rule of
``http.py`` (rate limits, retries, deadline, cache, offline); so we borrow habanero's
vocabulary — its field-query names and validation — and send the request through ``http.py``.
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

from citekit.extract.identifiers import normalize_doi
from citekit.models import Fields
from citekit.resolve.base import Lookup, Resolver
from citekit.resolve.csl import to_fields
from citekit.resolve.match import validate

JSON_TYPES = ("application/json",)
SEARCH_ROWS = 5
SEARCH_TYPES = frozenset({"article", "chapter", "paper-conference", "book", "thesis"})


def _message(body: bytes) -> dict | None:
    """The ``message`` object of a Crossref answer, or None when the body is not one."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    message = data.get("message") if isinstance(data, dict) else None
    return message if isinstance(message, dict) else None


class CrossrefWork(Resolver):
    """``GET {crossref}/works/{doi}``."""

    source = "crossref"

    @property
    def endpoint(self) -> str:
        return f"crossref-work:{self.config.crossref_url}"

    def query_for(self, fields: Fields) -> str | None:
        return normalize_doi(fields.doi)

    def fetch(self, query: str, fields: Fields) -> Lookup:
        url = f"{self.config.crossref_url}/works/{quote(query, safe='/:;()')}"
        result = self.client.get(url, "application/json", JSON_TYPES)
        if not result.ok:
            return self.failed(query, result)
        message = _message(result.body)
        if message is None:
            return Lookup(source=self.source, query=query, status="failed", message="malformed JSON from Crossref")
        return Lookup(source=self.source, query=query, status="found", fields=to_fields(message))


class CrossrefSearch(Resolver):
    """``GET {crossref}/works?query.bibliographic=…``; the best hit is kept only if it validates."""

    source = "crossref"

    @property
    def endpoint(self) -> str:
        return f"crossref-search:{self.config.crossref_url}"

    def query_for(self, fields: Fields) -> str | None:
        if not self.config.query or fields.doi or fields.url or fields.type not in SEARCH_TYPES:
            return None
        if not (fields.title and fields.year and (fields.authors or fields.editors)):
            return None
        people = fields.authors or fields.editors
        return " ".join(filter(None, [people[0].name_key, fields.year, fields.title, fields.container]))

    def fetch(self, query: str, fields: Fields) -> Lookup:
        from habanero.field_queries import validate_field_queries  # heavy import: only when searching
        from habanero.habanero_utils import rename_query_filters

        params = rename_query_filters({"query_bibliographic": query})
        validate_field_queries(list(params))
        params["rows"] = str(SEARCH_ROWS)
        url = f"{self.config.crossref_url}/works?{urlencode(params)}"
        result = self.client.get(url, "application/json", JSON_TYPES)
        if not result.ok:
            return self.failed(query, result)
        message = _message(result.body)
        items = message.get("items") if message else None
        if not isinstance(items, list):
            return Lookup(source=self.source, query=query, status="failed", message="malformed JSON from Crossref")
        return self.choose(query, fields, items)

    def choose(self, query: str, wanted: Fields, items: list) -> Lookup:
        """The first hit that validates against the reference the query came from; else the
        most confident candidate, recorded but not used."""
        best = None
        for item in (i for i in items if isinstance(i, dict)):
            candidate = to_fields(item)
            verdict = validate(wanted, candidate, item.get("score"), query)
            if verdict.accepted:
                return Lookup(source=self.source, query=query, status="found", fields=candidate,
                              message=verdict.reason, confidence=verdict.confidence)
            if best is None or verdict.confidence > best[1].confidence:
                best = (candidate, verdict)
        if best:
            return Lookup(source=self.source, query=query, status="not-found", candidate=best[0],
                          confidence=best[1].confidence, message=f"best candidate rejected: {best[1].reason}")
        return Lookup(source=self.source, query=query, status="not-found", message="no candidates")
