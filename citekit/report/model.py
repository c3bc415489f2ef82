"""The report's view of a build: ``citations.json`` read into pydantic models, plus what the
report adds (link health from the last ``citekit check``, each mention's sentence of context)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: What a node of the graph is; decides its shape and colour.
NodeKind = Literal["document", "report", "article", "statement", "web"]

KIND_SHORT: dict[str, str] = {"document": "corpus document", "report": "report", "article": "article",
                              "statement": "statement", "web": "web page"}
KIND_LABELS: dict[str, str] = {
    "document": "corpus document",
    "report": "report",
    "article": "article or book",
    "statement": "statement of an organisation or person",
    "web": "web page",
}


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore")


class WorkRecord(_Record):
    """One work of ``citations.json`` (a cited source, or a corpus document as an entry)."""

    key: str
    type: str = "misc"
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    date: str | None = None
    container: str | None = None
    url: str | None = None
    doi: str | None = None
    publisher: str | None = None
    institution: str | None = None
    identifiers: dict[str, str | None] = Field(default_factory=dict)
    document: str | None = None
    cited_by: list[str] = Field(default_factory=list)
    cites: list[str] = Field(default_factory=list)
    derived_from: list[str] = Field(default_factory=list)


class DocumentRecord(_Record):
    """One corpus document of ``citations.json``; ``text`` is stored only for HTML inputs."""

    id: str
    path: str
    sha256: str | None = None
    key: str | None = None
    format: str = "text"
    encoding: str = "utf-8"
    derived_from: list[str] = Field(default_factory=list)
    text: str | None = None


class MentionRecord(_Record):
    """One mention: a reference entry, an inline citation or a prose attribution."""

    document: str
    start: int
    end: int
    kind: str
    text: str
    work: str | None = None
    reference: int | None = None
    confidence: float | None = None
    cue: str | None = None
    source_name: str | None = None


class Citations(_Record):
    """``citations.json`` (output contract 2 in DESIGN.md)."""

    citekit: str | None = None
    documents: list[DocumentRecord]
    works: list[WorkRecord]
    mentions: list[MentionRecord]


class LinkHealth(BaseModel):
    """The last stored ``citekit check`` result for one of a work's links."""

    url: str
    status: str
    checked_at: str | None = None
    http_status: int | None = None
    error: str | None = None


class Context(BaseModel):
    """A mention's sentence, split around the mention so it can be highlighted."""

    before: str
    mention: str
    after: str


class Library(BaseModel):
    """Everything the report shows, read from one build folder."""

    source: str  # the citations.json read, for the page's header
    citations: Citations
    health: dict[str, list[LinkHealth]] = Field(default_factory=dict)  # work key -> its links' health
    checked_at: str | None = None  # time of the newest stored check, None if never checked
    texts: dict[str, str] = Field(default_factory=dict)  # document id -> its text, for sentences of context
    missing_texts: list[str] = Field(default_factory=list)  # document ids whose text could not be read
