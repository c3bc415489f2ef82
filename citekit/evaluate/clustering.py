"""Merge quality against a known clustering (the synthetic corpus's `truth.json`).

The truth lists, per document, the mentions of works — reference-list entries and prose
attributions — with the id of the source each one is. A build's mentions are matched to
them by document and text (spans are not comparable: HTML documents are read through a
text view), and each matched mention carries the build's work key. Scores:

- pairwise precision/recall/F1 over pairs of true mentions: a pair is predicted together when
  both mentions have the same work, truly together when both have the same source. A truth
  mention the build did not find is its own singleton (it costs recall, never precision);
- look-alike merges: pairs of distinct sources of one look-alike series (same body, titles
  differing only by a number or a year) that share a work — each must be zero.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


class TruthMention(BaseModel):
    """A mention of a source: ``kind`` is ``reference`` (a list entry) or ``attribution``."""

    id: str  # R<n> for a reference entry, A<n> for an attribution
    kind: str
    text: str
    source: str
    required: bool = True


class TruthDocument(BaseModel):
    document: str  # file name
    mentions: list[TruthMention] = Field(default_factory=list)


class TruthSource(BaseModel):
    id: str
    kind: str
    title: str
    series: str | None = None  # look-alike group: same body, different number or year


class Truth(BaseModel):
    """The true clustering of a synthetic corpus."""

    seed: int
    documents: list[TruthDocument] = Field(default_factory=list)
    sources: list[TruthSource] = Field(default_factory=list)
    clusters: dict[str, list[str]] = Field(default_factory=dict)  # source -> "doc#R1", …


class ClusterScore(BaseModel):
    mentions: int
    matched: int  # matched to a build mention that links to a work
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    precision: float
    recall: float
    f1: float
    lookalike_pairs: int  # distinct look-alike source pairs that share a work (must be 0)
    lookalike_examples: list[str] = Field(default_factory=list)
    sources: int
    works: int  # distinct works over matched mentions
    mixed_works: int  # works holding mentions of two or more distinct sources


def load_truth(path: Path) -> Truth:
    return Truth.model_validate_json(Path(path).read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """Lower case, letters and digits only: markup, quotes and spacing do not count."""
    return _NON_ALNUM.sub("", text.casefold())


def _contains(truth: str, predicted: str) -> bool:
    return bool(truth and predicted) and (truth in predicted or (len(predicted) >= 12 and predicted in truth))


def _near(truth: str, predicted: str) -> bool:
    return min(len(truth), len(predicted)) >= 12 and fuzz.partial_ratio(truth, predicted) >= 90


def match_mentions(truth: Truth, citations: dict) -> dict[tuple[str, str], str | None]:
    """(document file name, truth mention id) -> the work of the build mention it matches.

    Within a document, truth mentions are taken in order and each takes the first unused
    build mention of the same kind whose folded text contains it or is contained in it; then
    those left take the first unused one near it (partial ratio ≥ 90).  (Near first would let
    "The Crisis Group said" take the place of a later "A 2010 report by the Crisis Group titled
    …" that holds the truth's very words.)  Among the mentions that fit, one whose work's year
    agrees with the truth's words goes first: "The Council said in its August 2021 report" is
    the "The Council said" whose work is of 2021, not an earlier one of a statement without
    date (the mention's text is only its cue, so the texts cannot tell them apart)."""
    doc_names = {d["id"]: Path(str(d.get("path", "")).replace("\\", "/")).name
                 for d in citations.get("documents", [])}
    years = {w.get("key"): str(w.get("date") or "")[:4] for w in citations.get("works", [])}
    by_doc: dict[tuple[str, str], list[tuple[int, str, str | None]]] = defaultdict(list)
    for m in citations.get("mentions", []):
        name = doc_names.get(m.get("document"))
        if name and m.get("kind") in ("reference", "attribution"):
            by_doc[(name, m["kind"])].append((m.get("start", 0), fold(m.get("text") or ""), m.get("work")))
    for items in by_doc.values():
        items.sort(key=lambda t: t[0])
    found: dict[tuple[str, str], str | None] = {}
    for doc in truth.documents:
        used: set[tuple[str, int]] = set()
        for same in (_contains, _near):
            for mention in doc.mentions:
                if (doc.document, mention.id) in found:
                    continue
                candidates = by_doc.get((doc.document, mention.kind), [])
                want, written = fold(mention.text), set(_YEAR.findall(mention.text))
                fits = [i for i, (_, text, _) in enumerate(candidates)
                        if (mention.kind, i) not in used and same(want, text)]
                if fits:
                    i = min(fits, key=lambda i: not _same_year(written, years.get(candidates[i][2], "")))
                    used.add((mention.kind, i))
                    found[(doc.document, mention.id)] = candidates[i][2]
    return found


def _same_year(written: set[str], year: str) -> bool:
    """A work's year agrees with the years a truth mention writes: one of them, or none with none."""
    return year in written if year else not written


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score_clustering(truth: Truth, found: dict[tuple[str, str], str | None],
                     kinds: tuple[str, ...] = ("reference", "attribution")) -> ClusterScore:
    """Pairwise scores of the build's works (``found``) against the true sources, over the
    truth mentions of the given ``kinds``."""
    series = {s.id: s.series for s in truth.sources}
    by_source: Counter[str] = Counter()
    by_work: Counter[str] = Counter()
    by_both: Counter[tuple[str, str]] = Counter()
    work_sources: dict[str, set[str]] = defaultdict(set)
    total = 0
    for doc in truth.documents:
        for mention in doc.mentions:
            if mention.kind not in kinds:
                continue
            total += 1
            by_source[mention.source] += 1
            work = found.get((doc.document, mention.id))
            if work is None:
                continue  # unmatched or unlinked: a singleton of its own
            by_work[work] += 1
            by_both[(mention.source, work)] += 1
            work_sources[work].add(mention.source)
    true_pairs = sum(_pairs(n) for n in by_source.values())
    predicted = sum(_pairs(n) for n in by_work.values())
    correct = sum(_pairs(n) for n in by_both.values())
    precision = correct / predicted if predicted else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    lookalikes: set[tuple[str, str]] = set()
    examples = []
    for work, sources in sorted(work_sources.items()):
        ordered = sorted(sources)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if series.get(a) and series.get(a) == series.get(b) and (a, b) not in lookalikes:
                    lookalikes.add((a, b))
                    if len(examples) < 10:
                        examples.append(f"{work}: {a} + {b}")
    return ClusterScore(
        mentions=total, matched=sum(by_work.values()), true_pairs=true_pairs,
        predicted_pairs=predicted, correct_pairs=correct, precision=round(precision, 4),
        recall=round(recall, 4), f1=round(f1, 4), lookalike_pairs=len(lookalikes),
        lookalike_examples=examples, sources=len(by_source), works=len(by_work),
        mixed_works=sum(1 for sources in work_sources.values() if len(sources) > 1))


def evaluate_clustering(truth_path: Path, build_dir: Path) -> dict[str, ClusterScore]:
    """Score ``build_dir/citations.json`` against ``truth_path``: over reference-list entries
    only (``references``) and over entries and attributions together (``all``)."""
    truth = load_truth(truth_path)
    citations = json.loads((Path(build_dir) / "citations.json").read_text(encoding="utf-8"))
    found = match_mentions(truth, citations)
    return {"references": score_clustering(truth, found, ("reference",)),
            "all": score_clustering(truth, found)}
