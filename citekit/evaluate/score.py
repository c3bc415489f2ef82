"""Scoring one gold document against the build: metadata, references, inline, attributions.

Decisions where the gold README is silent:

- Metadata: a gold value that is null or empty (``authors: []``) is scored under the pseudo
  field ``absent-ok``: right only when the prediction is empty too; it counts in the
  metadata total (a spurious date is an error). DOIs ignore a resolver prefix and case;
  URLs compare percent-decoded; lists (keywords) compare as sets; pages treat ``-``,
  ``--``, ``–`` as one. The predicted record is the document's own work
  (``work.document == id``, else the work keyed by the document's ``key``). A gold document
  missing from the build scores every item wrong or missed, absent-ok fields included.
- References: a reference's fields are those of the work its mention links to. A gold
  ``publisher`` or ``institution`` accepts either field of the work. A null gold value is
  ``absent-ok``; ``authors: []`` stays ``authors`` (``authors_alt`` gives a second reading).
  Predicted references overlapping no gold reference are listed, not scored.
- Inline citations: every located occurrence of a gold marker counts, once per reference it
  points to (a two-reference marker is two units). Matching is one-to-one, so a duplicate
  prediction on one marker is a false positive. A marker not located counts as one missed
  occurrence.
- Attributions: one-to-one matching (maximum matching, required quotes first), so a quote
  given twice with two sources needs two mentions. Precision = matched predictions (required
  or optional quotes) / predictions: a prediction overlapping a quote but linking to the
  wrong work, or duplicating a match, is false as well. For a reference-id source the work
  must be the work of the predicted reference matched to that gold reference; only when
  there is none does a fuzzy match to the gold reference's title/authors count. A source
  that is a corpus document also accepts that document's own work; shared identifiers
  (UN symbol, DOI, document number) also count as a match, and different ones rule it out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import compare as cmp
from .build import Build, BuildDocument, BuildMention, BuildWork, find_document
from .gold import GoldDocument, GoldReference, GoldSource
from .locate import Locator, Span, locate_markers, locate_quote, locate_references, overlap
from .report import DocumentReport, Failure, Tally

ABSENT = "absent-ok"


@dataclass
class DocumentScore:
    """A document's report plus what cross-document linking needs."""

    report: DocumentReport
    gold: GoldDocument
    build_doc: BuildDocument | None
    ref_works: dict[str, str | None] = field(default_factory=dict)
    credited: list[tuple[str, str | None]] = field(default_factory=list)


def max_matching(candidates: list[list[int]], order: list[int]) -> dict[int, int]:
    """Maximum one-to-one matching (augmenting paths); left items tried in ``order``."""
    owner: dict[int, int] = {}

    def assign(u: int, seen: set[int]) -> bool:
        for v in candidates[u]:
            if v in seen:
                continue
            seen.add(v)
            if v not in owner or assign(owner[v], seen):
                owner[v] = u
                return True
        return False

    for u in order:
        assign(u, set())
    return {u: v for v, u in owner.items()}


def _metadata_ok(name: str, gold: Any, pred: Any) -> bool:
    rules: dict[str, Callable[[Any, Any], bool]] = {
        "authors": cmp.authors_as_set, "date": cmp.date_matches, "pages": cmp.pages_equal,
        "doi": cmp.dois_equal, "url": cmp.urls_equal, "keywords": cmp.sets_equal,
    }
    return rules.get(name, cmp.folded_equal)(gold, pred)


def _reference_ok(name: str, gold: Any, pred: Any, ref: GoldReference) -> bool:
    if name == "authors":
        return cmp.authors_in_order(ref.author_readings(), pred)
    rules: dict[str, Callable[[Any, Any], bool]] = {
        "date": cmp.date_matches, "title": cmp.titles_equal, "container": cmp.containers_match,
        "url": cmp.urls_equal, "doi": cmp.dois_equal, "pages": cmp.pages_equal,
        "identifiers.doi": cmp.dois_equal, "identifiers.isbn": cmp.isbns_equal,
        "edition": cmp.editions_equal, "identifiers.report_number": cmp.numbers_equal,
    }
    return rules.get(name, cmp.folded_equal)(gold, pred)


def _reference_value(work: BuildWork | None, name: str) -> Any:
    if work is None:
        return None
    value = work.value(name)
    if cmp.is_empty(value) and name in ("publisher", "institution"):
        value = work.value("institution" if name == "publisher" else "publisher")
    return value


class _DocumentScorer:
    """Scores one gold document; the parts run in order: metadata, references, inline,
    attributions (later parts use the reference matching)."""

    def __init__(self, gold: GoldDocument, build: Build, doc: BuildDocument | None,
                 text: str | None, sources: dict[str, GoldSource]) -> None:
        self.gold, self.build, self.doc, self.sources = gold, build, doc, sources
        self.loc = Locator(text) if text is not None else None
        self.report = DocumentReport(document=gold.document, build_id=doc.id if doc else None,
                                     text_found=text is not None)
        self.ref_spans: dict[str, Span | None] = {}
        self.ref_works: dict[str, str | None] = {}
        self.credited: list[tuple[str, str | None]] = []

    def fail(self, category: str, item: str, expected: Any = None, predicted: Any = None,
             message: str = "") -> None:
        self.report.failures.append(Failure(category=category, item=item,
                                            document=self.gold.document, expected=expected,
                                            predicted=predicted, message=message))

    def mentions(self, kind: str) -> list[BuildMention]:
        if self.doc is None:
            return []
        return sorted(self.build.mentions_of(self.doc.id, kind), key=lambda m: (m.start, m.end))

    def run(self) -> DocumentScore:
        if self.doc is None:
            self.report.problems.append(f"{self.gold.document}: not in the build")
        elif self.loc is None:
            self.report.problems.append(f"{self.gold.document}: text not found ({self.doc.path})")
        self.score_metadata()
        self.score_references()
        self.score_inline()
        self.score_attributions()
        return DocumentScore(self.report, self.gold, self.doc, self.ref_works, self.credited)

    # -- metadata ---------------------------------------------------------------------------
    def score_metadata(self) -> None:
        work = self.build.document_work(self.doc) if self.doc else None
        if self.doc is not None and work is None:
            self.report.problems.append(f"{self.gold.document}: no work for the document itself")
        expected = {}
        for name, gold in self.gold.metadata.items():
            if isinstance(gold, dict):  # identifiers: {"un_symbol": ...}
                expected.update({f"{name}.{k}": v for k, v in gold.items()})
            else:
                expected[name] = gold
        for name, gold in expected.items():
            pred = work.value(name) if work else None
            absent = cmp.is_empty(gold)
            ok = work is not None and (cmp.is_empty(pred) if absent else
                                       _metadata_ok(name, gold, pred))
            self.report.metadata.setdefault(ABSENT if absent else name, Tally()).add(ok)
            if not ok:
                self.fail("metadata", f"{name} ({ABSENT})" if absent else name, gold, pred)

    # -- references -------------------------------------------------------------------------
    def score_references(self) -> None:
        refs = self.gold.references
        self.ref_spans = locate_references(self.loc, refs) if self.loc else {r.id: None
                                                                            for r in refs}
        preds = self.mentions("reference")
        counts = self.report.references
        counts.expected, counts.predicted = len(refs), len(preds)
        pairs = []
        for gi, ref in enumerate(refs):
            span = self.ref_spans[ref.id]
            for pi, pred in enumerate(preds):
                size = overlap(span, (pred.start, pred.end)) if span else 0
                if size:
                    pairs.append((-size, gi, pi))
        matched: dict[int, int] = {}
        used: set[int] = set()
        for _, gi, pi in sorted(pairs):
            if gi not in matched and pi not in used:
                matched[gi] = pi
                used.add(pi)
        for gi, ref in enumerate(refs):
            if gi not in matched:
                span = self.ref_spans[ref.id]
                if span is None:
                    self.fail("reference", ref.id, ref.title or ref.url, None,
                              "not located in the text")
                else:
                    self.fail("reference", ref.id, self.loc.text[span[0]:span[1]], None,
                              "no predicted reference overlaps it")
                continue
            pred = preds[matched[gi]]
            counts.found += 1
            self.ref_works[ref.id] = pred.work
            self.score_reference_fields(ref, self.build.work(pred.work))
        for pi, pred in enumerate(preds):
            if pi not in used:
                self.fail("reference", "extra", None, pred.text,
                          "predicted reference matches no gold reference (not scored)")

    def score_reference_fields(self, ref: GoldReference, work: BuildWork | None) -> None:
        for name, gold in ref.scored_fields().items():
            pred = _reference_value(work, name)
            absent = cmp.is_empty(gold) and name != "authors"
            ok = cmp.is_empty(pred) if absent else _reference_ok(name, gold, pred, ref)
            self.report.reference_fields.setdefault(ABSENT if absent else name,
                                                    Tally()).add(ok)
            if not ok:
                self.fail("reference", f"{ref.id}.{name}", gold, pred,
                          "" if work else "the matched mention links to no work")

    # -- inline citations -------------------------------------------------------------------
    def score_inline(self) -> None:
        entries = self.gold.inline_citations
        exclude = [s for s in self.ref_spans.values() if s]
        occurrences = locate_markers(self.loc, entries, exclude) if self.loc else [
            [] for _ in entries]
        units: list[tuple[int, Span | None, str]] = []
        for k, entry in enumerate(entries):
            for span in occurrences[k] or [None]:
                units.extend((k, span, ref_id) for ref_id in entry.refs)
        preds = self.mentions("inline-citation")
        candidates = []
        for _, span, ref_id in units:
            want = self.ref_works.get(ref_id)
            options = [(overlap(span, (p.start, p.end)), pi) for pi, p in enumerate(preds)
                       if span and want is not None and p.work == want]
            candidates.append([pi for size, pi in sorted(options, reverse=True) if size])
        matched = max_matching(candidates, list(range(len(units))))
        score = self.report.inline
        score.expected, score.predicted = len(units), len(preds)
        score.found = score.correct = len(matched)
        for u, (k, span, ref_id) in enumerate(units):
            if u in matched:
                continue
            text = entries[k].text
            if span is None:
                self.fail("inline", f"{text} -> {ref_id}", ref_id, None,
                          "marker not located in the text")
                continue
            near = [p.work for p in preds if overlap(span, (p.start, p.end))]
            why = ("its gold reference was not matched" if self.ref_works.get(ref_id) is None
                   else "no prediction links it to the reference's work")
            self.fail("inline", f"{text} -> {ref_id} at {span[0]}", self.ref_works.get(ref_id),
                      near or None, why)
        used = set(matched.values())
        gold_spans = [s for _, s, _ in units if s]
        for pi, pred in enumerate(preds):
            if pi not in used:
                on_gold = any(overlap(s, (pred.start, pred.end)) for s in gold_spans)
                self.fail("inline", f"{pred.text!r} at {pred.start}", None, pred.work,
                          "wrong work or duplicate" if on_gold else "overlaps no gold marker")

    # -- attributions -----------------------------------------------------------------------
    def source_matches(self, work_key: str | None, token: str) -> bool:
        """Whether a predicted work is the gold source (a sources.json id or `R<n>`)."""
        work = self.build.work(work_key)
        if work is None:
            return False
        ref = self.gold.reference(token)
        if ref is not None:
            linked = self.ref_works.get(token)
            if linked is not None:
                return work.key == linked
            names = [ref.title or "", *(ref.authors or []), *(ref.authors_alt or [])]
            return cmp.names_match(work.names(), names)
        source = self.sources.get(token)
        if source is None:
            return False
        if source.corpus_document:
            own_doc = find_document(self.build, source.corpus_document)
            own = self.build.document_work(own_doc) if own_doc else None
            if own is not None and own.key == work.key:
                return True
        conflict = False
        for name, value in {**source.identifiers, "doi": (source.model_extra or {}).get("doi")
                            }.items():
            pred = work.value(name if name == "doi" else f"identifiers.{name}")
            if not cmp.is_empty(value) and not cmp.is_empty(pred):
                if cmp.fold(value) == cmp.fold(pred):
                    return True
                if not cmp.numbers_equal(value, pred):
                    conflict = True  # another document's number: not this source, whatever the names
                # ("2035:4" for "NPHI Report 2035:4": the same number without its label; the names decide)
        return not conflict and cmp.names_match(work.names(), source.names())

    def score_attributions(self) -> None:
        items = self.gold.attributions
        for item in items:
            if item.source not in self.sources and self.gold.reference(item.source) is None:
                self.report.problems.append(
                    f"{self.gold.document}: unknown attribution source {item.source!r}")
        spans = [locate_quote(self.loc, a.quote) if self.loc else [] for a in items]
        preds = self.mentions("attribution")
        candidates = []
        for i, item in enumerate(items):
            options = []
            for pi, p in enumerate(preds):
                size = max((overlap(s, (p.start, p.end)) for s in spans[i]), default=0)
                if size and self.source_matches(p.work, item.source):
                    options.append((size, pi))
            candidates.append([pi for _, pi in sorted(options, key=lambda o: (-o[0], o[1]))])
        order = [i for i, a in enumerate(items) if a.required]
        order += [i for i, a in enumerate(items) if not a.required]
        matched = max_matching(candidates, order)
        score = self.report.attributions
        score.predicted = len(preds)
        score.correct = len(matched)
        score.expected = sum(a.required for a in items)
        score.found = sum(items[i].required for i in matched)
        for i, pi in matched.items():
            self.credited.append((items[i].source, preds[pi].work))
        for i, item in enumerate(items):
            if i in matched or not item.required:
                continue
            near = [p.work for p in preds
                    if any(overlap(s, (p.start, p.end)) for s in spans[i])]
            why = ("quote not located in the text" if not spans[i] else
                   "overlapping predictions link to other works" if near else
                   "no predicted attribution overlaps it")
            self.fail("attribution", item.quote, item.source, near or None, why)
        used = set(matched.values())
        for pi, pred in enumerate(preds):
            if pi in used:
                continue
            over = [items[i].source for i in range(len(items))
                    if any(overlap(s, (pred.start, pred.end)) for s in spans[i])]
            self.fail("attribution", pred.text, over or None, pred.work,
                      "wrong work or duplicate" if over else "spurious: overlaps no gold quote")


def score_document(gold: GoldDocument, build: Build, doc: BuildDocument | None,
                   text: str | None, sources: dict[str, GoldSource]) -> DocumentScore:
    """Score one gold document (``doc`` None: missing from the build; ``text`` None: unread)."""
    return _DocumentScorer(gold, build, doc, text, sources).run()
