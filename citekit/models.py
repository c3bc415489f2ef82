"""Pydantic models shared by every stage: the nouns of citekit.

Document -> Mentions (extract) -> Works (merge) -> files (emit).  Failures are data: each
stage records a :class:`Problem` instead of raising through the pipeline.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr, field_validator

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

MentionKind = Literal["reference", "inline-citation", "attribution"]
Provenance = Literal["parsed", "metadata", "crossref", "doi", "web", "un", "manual"]


class Problem(BaseModel):
    """Something that went wrong with one input; reported, never raised."""

    path: str
    message: str
    severity: Literal["info", "warning", "error"] = "warning"

    def line(self) -> str:
        return f"{self.path}: {self.message}"


class Author(BaseModel):
    """A person (family/given) or an organisation (literal)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None

    @property
    def is_organisation(self) -> bool:
        return self.literal is not None

    @property
    def name_key(self) -> str:
        """The family name, or the organisation's name."""
        return self.literal or self.family or ""

    def display(self) -> str:
        """'Family, Given' for people, the name for organisations."""
        if self.literal:
            return self.literal
        return f"{self.family}, {self.given}" if self.given else (self.family or "")


class Fields(BaseModel):
    """One bibliographic record: a document's own metadata, a parsed reference, a work."""

    type: str = "misc"  # article, report, book, chapter, paper-conference, thesis, webpage, misc; of a
    # document also press-release, broadcast, podcast, legal_case (extract.kind)
    title: str | None = None
    authors: list[Author] = Field(default_factory=list)
    editors: list[Author] = Field(default_factory=list)
    date: str | None = None  # ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD
    container: str | None = None  # journal, newspaper, site, book title
    volume: str | None = None
    number: str | None = None  # issue
    pages: str | None = None  # "95--98"
    publisher: str | None = None
    institution: str | None = None
    place: str | None = None
    edition: str | None = None
    series: str | None = None
    report_number: str | None = None
    url: str | None = None
    urldate: str | None = None
    doi: str | None = None
    isbn: str | None = None
    arxiv: str | None = None
    un_symbol: str | None = None
    keywords: list[str] = Field(default_factory=list)
    note: str | None = None
    genre: str | None = None  # what the citing text calls the work, when more than "report": "interim review"
    language: str | None = None  # ISO 639-1 code of the language a document is written in ("nl")

    @field_validator("date", "urldate")
    @classmethod
    def _iso_prefix(cls, value: str | None) -> str | None:
        if value is not None and not DATE_RE.match(value):
            raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        return value

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None

    @property
    def maker_described(self) -> bool:
        """The maker is only described, in lower case ("the vendor's advisory": institution
        "vendor"), not named: no body to join the record with."""
        return bool(self.institution) and self.institution.islower()

    def filled(self) -> dict[str, object]:
        """The fields that carry a value."""
        return {k: v for k, v in self.model_dump().items() if v not in (None, [], "")}


class Document(BaseModel):
    """One input file, decoded; ``text`` is exactly what offsets refer to (empty when a large
    build left it in the build cache: see ``engine.extract``)."""

    id: str
    path: str
    sha256: str
    text: str = ""
    format: Literal["text", "markdown", "html"] = "text"
    encoding: str = "utf-8"
    meta: Fields = Field(default_factory=Fields)


class Mention(BaseModel):
    """One place in a document that points at a work; span is [start, end) in code points."""

    document: str
    kind: MentionKind
    start: int
    end: int
    text: str
    fields: Fields = Field(default_factory=Fields)
    confidence: float = 1.0
    index: int | None = None  # 1-based position in the reference list (references)
    reference: int | None = None  # 1-based reference index an inline citation points to
    cue: str | None = None  # attributions: "according to", "said", ...
    source_name: str | None = None  # attributions: the source as the text names it
    work: str | None = None  # citation key, set by merge


class Work(BaseModel):
    """One cited thing after merging, with field provenance and the mentions that cite it."""

    key: str = ""
    fields: Fields
    provenance: dict[str, Provenance] = Field(default_factory=dict)
    document: str | None = None  # document id when the work is a corpus document
    scope: str | None = None  # document id of a statement, which is that document's alone
    mentions: list[int] = Field(default_factory=list)  # indices into Corpus.mentions
    cited_by: list[str] = Field(default_factory=list)  # keys of citing corpus documents
    cites: list[str] = Field(default_factory=list)  # keys this corpus document cites
    derived_from: list[str] = Field(default_factory=list)  # keys of corpus documents it rewrites
    _identities: list[str] | None = PrivateAttr(default=None)  # merge's, while the fields are merge's
    _citing: list[tuple[str, str]] = PrivateAttr(default_factory=list)  # (id, content hash) of the documents citing it


class Corpus(BaseModel):
    """What flows through the pipeline: every stage takes a Corpus and returns one."""

    documents: list[Document] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    works: list[Work] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    _compared_facts: set[str] = PrivateAttr(default_factory=set)  # documents whose facts merge compared
