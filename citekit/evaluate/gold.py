"""Gold annotations: pydantic models and the loader for `<stem>.gold.json` and `sources.json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# Keys of a gold reference that describe it rather than being scored.
_UNSCORED = {"id", "note", "authors_alt"}


class GoldReference(BaseModel):
    """One entry of a document's reference list (no span: the scorer locates it)."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: str | None = None
    authors: list[str] | None = None
    authors_alt: list[str] | None = None
    date: str | None = None
    title: str | None = None
    container: str | None = None
    url: str | None = None
    identifiers: dict[str, Any] = Field(default_factory=dict)
    note: str | None = None

    def scored_fields(self) -> dict[str, Any]:
        """The fields the gold gives, `identifiers` flattened to `identifiers.<name>`."""
        present = set(self.model_fields_set) | set(self.model_extra or {})
        out: dict[str, Any] = {}
        for name in sorted(present - _UNSCORED, key=_field_order):
            value = getattr(self, name)
            if name == "identifiers" and isinstance(value, dict):
                out.update({f"identifiers.{k}": v for k, v in value.items()})
            else:
                out[name] = value
        return out

    def author_readings(self) -> list[list[str]]:
        """The accepted author lists: `authors`, and `authors_alt` when given."""
        readings = [self.authors or []]
        if self.authors_alt is not None:
            readings.append(self.authors_alt)
        return readings


class GoldInline(BaseModel):
    """An inline citation marker as it appears, and the reference ids it points to."""

    text: str
    refs: list[str] = Field(default_factory=list)


class GoldAttribution(BaseModel):
    """A prose attribution: an exact passage and its source (sources.json id or `R<n>`)."""

    quote: str
    source: str
    required: bool = True


class GoldDocument(BaseModel):
    """The expected results for one document."""

    model_config = ConfigDict(extra="allow")

    document: str
    metadata: dict[str, Any] = Field(default_factory=dict)
    references: list[GoldReference] = Field(default_factory=list)
    inline_citations: list[GoldInline] = Field(default_factory=list)
    attributions: list[GoldAttribution] = Field(default_factory=list)
    derived_from: list[str] = Field(default_factory=list)

    def reference(self, ref_id: str) -> GoldReference | None:
        return next((r for r in self.references if r.id == ref_id), None)


class GoldSource(BaseModel):
    """A canonical source that attributions point at, possibly across documents."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    date: str | None = None
    aliases: list[str] = Field(default_factory=list)
    identifiers: dict[str, Any] = Field(default_factory=dict)
    url: str | None = None
    corpus_document: str | None = None
    note: str | None = None

    def names(self) -> list[str]:
        """What a work's names are matched against: title, authors, aliases, and (beyond
        the README, for sources with no title or author) institution and publisher."""
        extra = self.model_extra or {}
        bodies = [extra.get("institution"), extra.get("publisher")]
        return [str(n) for n in [self.title, *self.authors, *self.aliases, *bodies] if n]


class GoldSet(BaseModel):
    """Every gold document of a directory, and its sources."""

    documents: list[GoldDocument] = Field(default_factory=list)
    sources: dict[str, GoldSource] = Field(default_factory=dict)


def _field_order(name: str) -> tuple[int, str]:
    order = ["type", "authors", "date", "title", "container", "url"]
    return (order.index(name) if name in order else len(order), name)


def load_gold(gold_dir: Path) -> GoldSet:
    """Read every `*.gold.json` (sorted by name) and `sources.json` (optional) of a directory."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold directory not found: {gold_dir}")
    documents = [
        GoldDocument.model_validate(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(gold_dir.glob("*.gold.json"))
    ]
    sources: dict[str, GoldSource] = {}
    sources_path = gold_dir / "sources.json"
    if sources_path.is_file():
        for raw in json.loads(sources_path.read_text(encoding="utf-8")):
            source = GoldSource.model_validate(raw)
            sources[source.id] = source
    return GoldSet(documents=documents, sources=sources)
