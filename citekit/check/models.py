"""Pydantic models at the boundaries of ``citekit check``: links in, results out, settings."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["ok", "redirected", "failing", "dead", "soft-404", "blocked", "timeout", "error", "refused"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
#: Statuses that make ``citekit check`` exit 1: the link is (or looks) gone.
BROKEN: frozenset[str] = frozenset({"dead", "failing", "soft-404"})
#: Statuses that mean "we could not tell": reported, never counted as dead.
UNKNOWN: frozenset[str] = frozenset({"blocked", "timeout", "error", "refused"})


class LinkUse(BaseModel):
    """One field of one entry that holds a link."""

    file: str
    key: str
    field: str  # url, doi, howpublished, note
    urldate: str | None = None


class Link(BaseModel):
    """One distinct link of the library, with every entry using it."""

    url: str  # what is checked; for DOIs the doi.org form
    kind: Literal["url", "doi"] = "url"
    doi: str | None = None
    uses: list[LinkUse] = Field(default_factory=list)

    @property
    def keys(self) -> list[str]:
        return sorted({u.key for u in self.uses})

    @property
    def id(self) -> str:
        """Grouping and storage key: the URL, or ``doi:<lower-case DOI>``."""
        return f"doi:{self.doi.lower()}" if self.doi else self.url


class Hop(BaseModel):
    """One redirect response on the way to the final page."""

    url: str
    status: int
    location: str


class LinkResult(BaseModel):
    """The health of one link; this is also the JSON record of ``--format json``."""

    url: str
    kind: Literal["url", "doi"] = "url"
    keys: list[str] = Field(default_factory=list)
    status: Status
    observed: Status  # what this check saw; status differs only while a dead link is "failing"
    http_status: int | None = None
    final_url: str | None = None
    redirects: list[Hop] = Field(default_factory=list)
    elapsed_ms: int = 0
    checked_at: str  # ISO 8601, UTC
    error: str | None = None
    archived_url: str | None = None
    failing_since: str | None = None  # first check of the current run of dead observations
    cached: bool = False  # reused from the store (``--since``)


class CheckSettings(BaseModel):
    """Every knob of a check; defaults are polite to real servers, tests turn them down."""

    timeout: float = Field(10.0, gt=0)  # seconds, per connect and per read
    retries: int = Field(2, ge=0)  # extra attempts on connection errors, 5xx and 429
    backoff: float = Field(1.0, ge=0)  # seconds; doubled on every retry
    max_retry_after: float = Field(30.0, ge=0)  # a longer Retry-After is not waited for (-> blocked)
    per_host: int = Field(2, ge=1)  # concurrent requests per host:port
    min_interval: float = Field(0.5, ge=0)  # seconds between request starts on one host:port
    workers: int = Field(16, ge=1)  # global concurrency
    deadline: float = Field(900.0, gt=0)  # seconds for the whole run; unchecked links -> timeout
    max_redirects: int = Field(10, ge=0)
    max_body: int = Field(256 * 1024, ge=0)  # bytes of a body ever read
    allow_private: bool = False
    soft404: bool = True  # GET HTML pages that answered HEAD 2xx to look for "not found" pages
    archive: bool = True  # ask the Wayback Machine for dead links
    offline: bool = False  # open no connection: report each link's last stored result, else "not checked"
    doi_url: str = "https://doi.org"
    wayback_url: str = "https://archive.org"
    user_agent: str = "citekit-linkcheck/0.1 (+https://github.com/citekit/citekit)"
    get_only_hosts: frozenset[str] = frozenset({"www.linkedin.com", "linkedin.com", "www.amazon.com", "amazon.com"})
