"""The build under evaluation: a lenient reader of `citations.json` and of the document texts.

Only the keys of output contract 2 are relied on; extra keys are kept (``model_extra``) and
used as a fallback for fields the contract does not name (volume, pages, keywords, ...).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

# Gold field name -> the names a build may use for it, in order of preference.
# Annotators name a document's printed number in several ways; the build calls it the report number.
_DOCUMENT_NUMBER = ("report_number", "un_symbol", "number")
_ALIASES = {"number": ("number", "issue"), "issue": ("issue", "number"), "container": ("container", "container-title"),
            **{name: (name, *_DOCUMENT_NUMBER)
               for name in ("report_number", "doc_symbol", "symbol", "advisory_id", "case_number", "notice_number",
                            "bulletin_number")}}


def _as_str(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else str(value)


def _author_string(value: Any) -> str:
    """Authors should be "Family, G." strings; tolerate CSL-style dicts."""
    if isinstance(value, dict):
        if value.get("literal"):
            return str(value["literal"])
        fam, given = value.get("family") or "", value.get("given") or ""
        return f"{fam}, {given}" if given else fam
    return str(value)


class BuildDocument(BaseModel):
    """A corpus document of the build."""

    model_config = ConfigDict(extra="allow")

    id: str
    path: str
    sha256: str | None = None
    key: str | None = None


class BuildWork(BaseModel):
    """A work of the build (contract 2 keys; anything else is in ``model_extra``)."""

    model_config = ConfigDict(extra="allow")

    key: str
    type: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    date: str | None = None
    container: str | None = None
    url: str | None = None
    doi: str | None = None
    publisher: str | None = None
    institution: str | None = None
    identifiers: dict[str, Any] = Field(default_factory=dict)
    document: str | None = None
    cited_by: list[str] = Field(default_factory=list)

    @field_validator("type", "title", "date", "container", "url", "doi", "publisher",
                     "institution", "document", mode="before")
    @classmethod
    def _strings(cls, value: Any) -> Any:
        return _as_str(value)

    @field_validator("authors", mode="before")
    @classmethod
    def _authors(cls, value: Any) -> list[str]:
        return [_author_string(a) for a in value or []]

    @field_validator("identifiers", mode="before")
    @classmethod
    def _identifiers(cls, value: Any) -> dict[str, Any]:
        return dict(value or {})

    @field_validator("cited_by", mode="before")
    @classmethod
    def _cited_by(cls, value: Any) -> list[str]:
        return [str(v) for v in value or []]

    def value(self, name: str) -> Any:
        """A field by gold name: contract key, identifier, extra key, or extra ``fields``."""
        if name.startswith("identifiers."):
            name = name.split(".", 1)[1]
            if self.identifiers.get(name) is not None:
                return self.identifiers[name]
        extra = self.model_extra or {}
        nested = extra.get("fields") if isinstance(extra.get("fields"), dict) else {}
        for alias in _ALIASES.get(name, (name,)):
            if alias in type(self).model_fields and alias != "identifiers":
                value = getattr(self, alias)
                if value not in (None, "", []):
                    return value
            elif self.identifiers.get(alias) is not None:
                return self.identifiers[alias]
            for table in (extra, nested):
                if table.get(alias) not in (None, "", []):
                    return table[alias]
        return None

    def names(self) -> list[str]:
        """What attribution matching compares: title, authors, container, bodies, names."""
        extra = self.model_extra or {}
        names = [self.title, *self.authors, self.container, self.institution, self.publisher]
        names += [extra.get("name"), extra.get("source_name")]
        return [str(n) for n in names if n]


class BuildMention(BaseModel):
    """A mention of the build; span is [start, end) in code points of the document text."""

    model_config = ConfigDict(extra="allow")

    document: str
    start: int
    end: int
    kind: str
    text: str = ""
    work: str | None = None
    reference: int | None = None
    confidence: float | None = None
    cue: str | None = None
    source_name: str | None = None


class Build(BaseModel):
    """The whole `citations.json`."""

    model_config = ConfigDict(extra="allow")

    documents: list[BuildDocument] = Field(default_factory=list)
    works: list[BuildWork] = Field(default_factory=list)
    mentions: list[BuildMention] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)

    def work(self, key: str | None) -> BuildWork | None:
        if key is None:
            return None
        return next((w for w in self.works if w.key == key), None)

    def document_work(self, doc: BuildDocument) -> BuildWork | None:
        """The document's own work: `work.document == doc.id`, else the work keyed `doc.key`."""
        own = next((w for w in self.works if w.document == doc.id), None)
        return own or self.work(doc.key)

    def document_key(self, doc: BuildDocument) -> str | None:
        """The document's citation key: its `key`, else its own work's key."""
        if doc.key:
            return doc.key
        own = self.document_work(doc)
        return own.key if own else None

    def mentions_of(self, doc_id: str, kind: str) -> list[BuildMention]:
        return [m for m in self.mentions if m.document == doc_id and m.kind == kind]


def load_build(build_dir: Path) -> Build:
    """Read `citations.json` from a build directory (or the file itself).

    Entries that do not validate are dropped and named in ``Build.problems``, so one bad
    mention cannot stop the scoring.
    """
    path = Path(build_dir)
    if path.is_dir():
        path = path / "citations.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    build = Build.model_validate({k: v for k, v in raw.items()
                                  if k not in ("documents", "works", "mentions")})
    for name, model in (("documents", BuildDocument), ("works", BuildWork),
                        ("mentions", BuildMention)):
        items = getattr(build, name)
        for i, item in enumerate(raw.get(name) or []):
            try:
                items.append(model.model_validate(item))
            except ValidationError as err:
                first = err.errors()[0]
                where = ".".join(str(p) for p in first["loc"])
                build.problems.append(
                    f"citations.json {name}[{i}] dropped: {where}: {first['msg']}")
    return build


def decode(data: bytes) -> str:
    """Decode as citekit does (`citekit.ingest.decode.decode_bytes`), else UTF-8 (BOM-aware)."""
    try:
        from citekit.ingest.decode import decode_bytes
    except ImportError:
        return data.decode("utf-8-sig", errors="replace")
    try:
        return decode_bytes(data).text
    except Exception:  # a decoder bug must not stop the scoring
        return data.decode("utf-8-sig", errors="replace")


def text_candidates(path: str, build_dir: Path, docs_root: Path | None) -> list[Path]:
    """Where a document path may be: under docs_root, the working directory, the build's parent."""
    rel = Path(path)
    name = rel.name
    places: list[Path] = []
    if docs_root is not None:
        places += [Path(docs_root) / rel, Path(docs_root) / name]
    places.append(rel)
    build_dir = Path(build_dir)
    base = build_dir.parent if build_dir.is_dir() else build_dir.parent.parent
    places.append(base / rel)
    seen: list[Path] = []
    for place in places:
        if place not in seen:
            seen.append(place)
    return seen


def read_text(doc: BuildDocument | None, name: str, build_dir: Path,
              docs_root: Path | None) -> str | None:
    """The decoded text of a document: an explicit `text` key, else the file; None if absent."""
    if doc is not None and isinstance((doc.model_extra or {}).get("text"), str):
        return doc.model_extra["text"]
    path = doc.path if doc is not None else name
    for candidate in text_candidates(path, build_dir, docs_root):
        if candidate.is_file():
            return decode(candidate.read_bytes())
    return None


def basename(path: str) -> str:
    return os.path.basename(path.replace("\\", "/"))


def find_document(build: Build, name: str) -> BuildDocument | None:
    """The build document for a gold file name: same base name, else id == the name's stem."""
    for doc in build.documents:
        if basename(doc.path) == name:
            return doc
    stem = Path(name).stem
    return next((doc for doc in build.documents if doc.id == stem), None)
