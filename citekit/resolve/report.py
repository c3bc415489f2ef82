"""What resolution decided, for `citekit build --report`: conflicts and rejected candidates.

A conflict is a field whose resolved value differs from the one the work had (the parsed
value, or a document's own metadata), with the decision taken (``replaced`` or ``kept``).  A
rejected candidate is a search hit that did not validate, with its confidence.  Entries hold
the Work itself, so the key written is the final one (after keys are re-pinned and works
sharing a DOI merged).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from citekit.models import Fields, Work


def plain(value: object) -> Any:
    """A field value as JSON: people as their display names, the rest as is."""
    if isinstance(value, list):
        return [v.display() if hasattr(v, "display") else v for v in value]
    return value


@dataclass
class Conflict:
    work: Work
    field: str
    parsed: object
    parsed_from: str  # provenance of the value the work had: parsed, metadata, web, …
    resolved: object
    source: str
    decision: Literal["replaced", "kept"]


@dataclass
class Rejected:
    work: Work
    source: str
    query: str
    candidate: Fields
    confidence: float | None
    reason: str


@dataclass
class Report:
    conflicts: list[Conflict] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    absorbed: dict[int, Work] = field(default_factory=dict)  # id(merged-away work) -> the kept one

    def _key(self, work: Work) -> str:
        seen = set()
        while id(work) in self.absorbed and id(work) not in seen:
            seen.add(id(work))
            work = self.absorbed[id(work)]
        return work.key

    def as_dict(self) -> dict[str, list[dict[str, Any]]]:
        conflicts = [{"work": self._key(c.work), "field": c.field, "parsed": plain(c.parsed),
                      "parsed_from": c.parsed_from, "resolved": plain(c.resolved), "source": c.source,
                      "decision": c.decision} for c in self.conflicts]
        rejected = [{"work": self._key(r.work), "source": r.source, "query": r.query,
                     "confidence": r.confidence, "reason": r.reason,
                     "candidate": {k: plain(getattr(r.candidate, k)) for k in r.candidate.filled()}} for r in self.rejected]
        return {"conflicts": sorted(conflicts, key=lambda c: (c["work"], c["field"], c["source"])),
                "rejected": sorted(rejected, key=lambda r: (r["work"], r["query"]))}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n"
