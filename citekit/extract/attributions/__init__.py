"""Prose attributions: "according to a June 2023 UN report", "X said", "Source: Y".

``find_attributions(doc, view, meta)`` -> ``Mention(kind="attribution")`` list, each with its
span (cue + source phrase), ``cue``, ``source_name``, a confidence and the fields of the work
it points at.  Modules, one job each: ``text`` (sentences, tokens), ``lexicon`` (the cue
vocabulary), ``names`` (acronyms, normal forms of source names), ``detect`` (the cue
families), ``entities`` (coreference within the document and the fields of each source),
``refs`` (an attribution followed by an inline citation of that body's report takes the
reference's record), ``corpus`` (an outlet whose article is in the corpus).

Decisions:
- A back-reference that adds nothing ("the report says", "it says") is resolved (it feeds
  the work's fields) but not emitted as a mention: it would repeat the link the introducing
  mention already makes.  Back-references are emitted when they carry something: a frame
  ("according to the report"), an agent ("the report reviewed by X", "produced by X"), or an
  explicit identity ("that same report").
- Rules only; no model is loaded, so extraction stays fast and deterministic.
"""

from __future__ import annotations

import re

from citekit.extract.attributions.detect import Hit, Sentence
from citekit.extract.attributions.entities import Registry
from citekit.extract.attributions.names import Names
from citekit.extract.attributions.names import key as name_key
from citekit.extract.attributions.refs import attach_references
from citekit.extract.attributions.text import quoted_regions, sentences, tokens
from citekit.ingest.view import TextView
from citekit.models import Document, Fields, Mention

__all__ = ["find_attributions"]

_LOWER_WORD = re.compile(r"(?<![\w.’'-])([a-z][a-z-]{2,})(?![\w’'])")


def _detect(view: TextView, meta: Fields, regions: list[tuple[int, int]]) -> tuple[list[Hit], str | None]:
    text = view.text
    names = Names(text)
    reg = Registry()
    lower_words = set(_LOWER_WORD.findall(text))
    own = {name_key(n) for n in (meta.container, meta.publisher) if n}
    quoted = quoted_regions(text)
    hits: list[Hit] = []
    first = True
    for start, end in regions:
        for s, e in sentences(text, start, end):
            toks = tokens(text, s, e)
            if not toks:
                continue
            reg.sentence += 1
            sentence = Sentence(text[s:e], s, toks, names, reg, meta.date, lower_words, own)
            for hit in sentence.run(first_line=first):
                if any(qs < hit.start and hit.end <= qe for qs, qe in quoted):
                    continue  # inside quoted speech
                hits.append(hit)
            first = False
    return hits, meta.date


def find_attributions(doc: Document, view: TextView, meta: Fields,
                      regions: list[tuple[int, int]] | None = None,
                      markers: list | None = None, entries: list[Fields] | None = None) -> list[Mention]:
    """Attribution mentions of one document (``regions``: the body, reference lists excluded)."""
    regions = regions or [(0, len(view.text))]
    hits, doc_date = _detect(view, meta, regions)
    hits = [h for h in hits if h.emit]
    fields = [h.entity.fields(doc_date) for h in hits]
    if markers and entries:
        attach_references(view.text, hits, fields, markers, entries)
    mentions = []
    seen: set[tuple[int, int, str]] = set()
    for hit, f in sorted(zip(hits, fields), key=lambda p: (p[0].start, p[0].end)):
        s, e = view.to_source(hit.start, hit.end)
        ident = (s, e, f.model_dump_json())
        if ident in seen:
            continue
        seen.add(ident)
        mentions.append(Mention(document=doc.id, kind="attribution", start=s, end=e, text=doc.text[s:e],
                                fields=f, confidence=hit.confidence, cue=hit.cue,
                                source_name=" ".join(hit.source_name.split())))
    return mentions
