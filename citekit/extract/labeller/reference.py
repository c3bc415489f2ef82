"""One reference string through the model path: clean, label, judge, build Fields.

The confidence starts from the model's own certainty (the lowest per-token marginal) and drops
when the labelled structure does not look like a reference (no title, no date or identifier,
a single field, prose-like text); below :data:`FLAG_BELOW` the string is flagged as probably
not a reference and its fields are not filled in.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from citekit.models import Fields

from .fields import record_from_spans, fields_from_record, spans_text
from .model import Labeller, Tagged, load_labeller

FLAG_BELOW = 0.5
_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\w*_])")
_PROSE_WORD = re.compile(r"^[a-z][a-z'’-]*[,;]?$")


class ModelReading(BaseModel):
    """A reference as the model read it: labelled spans, Fields, confidence, doubts."""

    text: str
    spans: list[tuple[str, str]]
    fields: Fields
    confidence: float
    is_reference: bool = True
    problems: list[str] = Field(default_factory=list)


def clean_reference(text: str) -> str:
    """Markdown emphasis markers out (not inside URLs), line breaks to spaces."""
    if "*" in text or "_" in text:
        text = " ".join(w if "://" in w or w.startswith("www.") else _EMPHASIS.sub("", w) for w in text.split())
    return " ".join(text.split())


def judge(tagged: Tagged, rec: dict) -> tuple[float, list[str]]:
    """(confidence, problems) of a labelled string."""
    if not tagged.tokens:
        return 0.0, ["empty reference"]
    problems: list[str] = []
    conf = 0.5 + 0.5 * tagged.weakest
    kinds = set(tagged.labels) - {"citation-number", "note"}
    has_id = any(rec.get(k) for k in ("url", "doi", "isbn", "arxiv", "un_symbol"))
    if len(kinds) < 2 and not has_id:
        problems.append("a single field: probably not a reference")
        conf -= 0.4
    if not rec.get("title"):
        problems.append("no title found")
        conf -= 0.25
    if not rec.get("date"):
        problems.append("no year found")
        if not has_id:
            conf -= 0.15
    words = [t.text for t in tagged.tokens]
    lower = sum(bool(_PROSE_WORD.match(w)) for w in words)
    if len(words) >= 8 and lower / len(words) > 0.6 and not any(c.isdigit() for c in tagged.text) and not has_id:
        problems.append("reads like prose")
        conf -= 0.4
    return round(max(0.0, min(1.0, conf)), 2), problems


def label_reference(text: str, labeller: Labeller | None = None) -> ModelReading:
    """Label one reference string with the (shipped) model and normalise its fields."""
    labeller = labeller or load_labeller()
    clean = clean_reference(text)
    tagged = labeller.tag(clean)
    spans = spans_text(tagged)
    rec = record_from_spans(spans)
    conf, problems = judge(tagged, rec)
    if conf < FLAG_BELOW:
        return ModelReading(text=clean, spans=spans, fields=Fields(), confidence=conf, is_reference=False,
                                 problems=problems)
    return ModelReading(text=clean, spans=spans, fields=fields_from_record(rec, clean), confidence=conf,
                             problems=problems)
