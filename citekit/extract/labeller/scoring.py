"""Scores of predicted labels against gold: per-label precision/recall/F1 over spans, span
micro-F1, whole-reference exact match, field F1 (spans compared by label and text with
punctuation and case ignored, as GROBID's field-level scores do) and bootstrap confidence
intervals over references."""

from __future__ import annotations

import random
import re
from collections import Counter

from pydantic import BaseModel

from .datasets import label_runs

_NORM = re.compile(r"[\W_]+")


class LabelScore(BaseModel):
    label: str
    precision: float
    recall: float
    f1: float
    support: int


class Interval(BaseModel):
    value: float
    low: float
    high: float


class Scores(BaseModel):
    """All figures for one set of references."""

    references: int
    span_f1: Interval
    exact: Interval
    field_f1: Interval
    token_accuracy: float
    labels: list[LabelScore]


def _spans(labels: list[str]) -> set[tuple[str, int, int]]:
    return set(label_runs(labels))


def _fields(words: list[str], labels: list[str]) -> Counter:
    return Counter((lab, _NORM.sub("", " ".join(words[a:b])).lower()) for lab, a, b in label_runs(labels))


def _f1(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _per_reference(words: list[str], gold: list[str], pred: list[str]) -> tuple:
    g, p = _spans(gold), _spans(pred)
    gf, pf = _fields(words, gold), _fields(words, pred)
    field_tp = sum((gf & pf).values())
    return (len(g & p), len(p - g), len(g - p), gold == pred,
            field_tp, sum(pf.values()) - field_tp, sum(gf.values()) - field_tp,
            sum(a == b for a, b in zip(gold, pred)), len(gold), g, p)


def score(items: list[tuple[list[str], list[str], list[str]]], samples: int = 1000, seed: int = 13) -> Scores:
    """Score (words, gold labels, predicted labels) triples; 95% bootstrap intervals."""
    rows = [_per_reference(w, g, p) for w, g, p in items]
    per_label: dict[str, list[int]] = {}
    for row in rows:
        g, p = row[9], row[10]
        for lab, *_ in g & p:
            per_label.setdefault(lab, [0, 0, 0])[0] += 1
        for lab, *_ in p - g:
            per_label.setdefault(lab, [0, 0, 0])[1] += 1
        for lab, *_ in g - p:
            per_label.setdefault(lab, [0, 0, 0])[2] += 1
    labels = [LabelScore(label=lab, precision=round(pr, 4), recall=round(rc, 4), f1=round(f, 4), support=tp + fn)
              for lab, (tp, fp, fn) in sorted(per_label.items()) for pr, rc, f in [_f1(tp, fp, fn)]]

    def stats(sample: list[tuple]) -> tuple[float, float, float]:
        tp, fp, fn, ex, ftp, ffp, ffn = (sum(r[k] for r in sample) for k in range(7))
        return _f1(tp, fp, fn)[2], ex / len(sample), _f1(ftp, ffp, ffn)[2]

    point = stats(rows) if rows else (0.0, 0.0, 0.0)
    rng = random.Random(seed)
    boots = [stats([rows[rng.randrange(len(rows))] for _ in rows]) for _ in range(samples)] if rows else []

    def interval(k: int) -> Interval:
        vals = sorted(b[k] for b in boots) or [point[k]]
        return Interval(value=round(point[k], 4), low=round(vals[int(0.025 * (len(vals) - 1))], 4),
                        high=round(vals[int(0.975 * (len(vals) - 1))], 4))

    tokens = sum(r[8] for r in rows)
    return Scores(references=len(rows), span_f1=interval(0), exact=interval(1), field_f1=interval(2),
                  token_accuracy=round(sum(r[7] for r in rows) / tokens, 4) if tokens else 0.0, labels=labels)


def render(name: str, s: Scores) -> str:
    """A plain-text table of the scores."""
    def ci(i: Interval) -> str:
        return f"{i.value:.4f} [{i.low:.4f}, {i.high:.4f}]"
    lines = [f"{name}: {s.references} references, token accuracy {s.token_accuracy:.4f}",
             f"  span micro-F1 {ci(s.span_f1)}", f"  exact match   {ci(s.exact)}", f"  field F1      {ci(s.field_f1)}",
             "  label              P       R       F1      support"]
    lines += [f"  {ls.label:<18} {ls.precision:.4f}  {ls.recall:.4f}  {ls.f1:.4f}  {ls.support}" for ls in s.labels]
    return "\n".join(lines)
