"""What every resolver shares: the Lookup result and the cache-first lookup protocol.

A resolver turns a work's fields into a query (its identifier kind), and a query into a
Lookup by asking its service.  ``lookup`` puts the cache (and the offline rule) in front.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from citekit.models import Fields, Provenance
from citekit.resolve.cache import Cache
from citekit.resolve.config import ResolveConfig
from citekit.resolve.http import HttpClient, HttpResult

LookupStatus = Literal["found", "not-found", "failed", "offline", "skipped"]


class Lookup(BaseModel):
    """One resolver's answer for one query; a failure is an answer too."""

    source: Provenance
    query: str
    status: LookupStatus
    fields: Fields | None = None
    candidate: Fields | None = None  # a search result that did not validate
    confidence: float | None = None  # of a search hit (match.validate), accepted or not
    message: str = ""
    cached: bool = False


class Resolver:
    """One identifier kind: ``query_for`` picks the query, ``fetch`` asks the service."""

    source: Provenance = "crossref"
    network = True

    def __init__(self, config: ResolveConfig, client: HttpClient) -> None:
        self.config = config
        self.client = client

    @property
    def endpoint(self) -> str:
        """Cache namespace: the resolver and the base URL it talks to."""
        raise NotImplementedError

    def query_for(self, fields: Fields) -> str | None:
        raise NotImplementedError

    def fetch(self, query: str, fields: Fields) -> Lookup:
        """Ask the service; ``fields`` is the record the query was made from."""
        raise NotImplementedError

    def failed(self, query: str, result: HttpResult) -> Lookup:
        """A Lookup for an HTTP result that carried no record."""
        if result.code in (404, 410):
            return Lookup(source=self.source, query=query, status="not-found", message=f"HTTP {result.code}")
        status = {"offline": "offline", "skipped": "skipped"}.get(result.status, "failed")
        return Lookup(source=self.source, query=query, status=status, message=result.message)


def lookup(resolver: Resolver, query: str, fields: Fields, cache: Cache) -> Lookup:
    """Cached answer if fresh, else (online only) the service's; definite answers are stored."""
    if not resolver.network:
        return resolver.fetch(query, fields)
    hit = cache.get(resolver.endpoint, query)
    if hit is not None:
        found, record = hit
        if record:
            answer = Lookup.model_validate_json(record)
            answer.cached = True  # a fresh object: setting beats model_copy on the hot path
            return answer
        return Lookup(source=resolver.source, query=query, status="not-found", cached=True)
    if resolver.config.offline:
        return Lookup(source=resolver.source, query=query, status="offline", message="offline")
    answer = resolver.fetch(query, fields)
    if answer.status in ("found", "not-found"):
        cache.put(resolver.endpoint, query, answer.status == "found", answer.model_dump_json())
    return answer
