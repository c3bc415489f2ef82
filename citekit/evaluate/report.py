"""The evaluation report: pydantic models, JSON, and the rich table of `citekit eval`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, computed_field
from rich.console import Console
from rich.table import Table


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


class Tally(BaseModel):
    """Right out of total for one field."""

    right: int = 0
    total: int = 0

    @computed_field
    @property
    def accuracy(self) -> float | None:
        return _ratio(self.right, self.total)

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def merge(self, other: Tally) -> None:
        self.right += other.right
        self.total += other.total


class Score(BaseModel):
    """Precision (correct / predicted) and recall (found / expected)."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    expected: int = 0

    @computed_field
    @property
    def precision(self) -> float | None:
        return _ratio(self.correct, self.predicted)

    @computed_field
    @property
    def recall(self) -> float | None:
        return _ratio(self.found, self.expected)

    def merge(self, other: Score) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.expected += other.expected


class Failure(BaseModel):
    """One thing the build got wrong: what was expected and what was predicted."""

    category: str  # metadata | reference | inline | attribution | linking | merge
    item: str
    document: str | None = None
    expected: Any = None
    predicted: Any = None
    message: str = ""


class ReferenceCount(BaseModel):
    found: int = 0
    expected: int = 0
    predicted: int = 0

    @computed_field
    @property
    def recall(self) -> float | None:
        return _ratio(self.found, self.expected)

    def merge(self, other: ReferenceCount) -> None:
        self.found += other.found
        self.expected += other.expected
        self.predicted += other.predicted


class DocumentReport(BaseModel):
    """The scores of one gold document."""

    document: str
    build_id: str | None = None
    text_found: bool = False
    metadata: dict[str, Tally] = Field(default_factory=dict)
    references: ReferenceCount = Field(default_factory=ReferenceCount)
    reference_fields: dict[str, Tally] = Field(default_factory=dict)
    inline: Score = Field(default_factory=Score)
    attributions: Score = Field(default_factory=Score)
    failures: list[Failure] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)

    @computed_field
    @property
    def metadata_total(self) -> Tally:
        return _sum_tallies(self.metadata.values())


class Totals(BaseModel):
    """Sums over every gold document."""

    metadata: dict[str, Tally] = Field(default_factory=dict)
    references: ReferenceCount = Field(default_factory=ReferenceCount)
    reference_fields: dict[str, Tally] = Field(default_factory=dict)
    inline: Score = Field(default_factory=Score)
    attributions: Score = Field(default_factory=Score)

    @computed_field
    @property
    def metadata_total(self) -> Tally:
        return _sum_tallies(self.metadata.values())

    @classmethod
    def of(cls, documents: list[DocumentReport]) -> Totals:
        totals = cls()
        for doc in documents:
            for name, tally in doc.metadata.items():
                totals.metadata.setdefault(name, Tally()).merge(tally)
            for name, tally in doc.reference_fields.items():
                totals.reference_fields.setdefault(name, Tally()).merge(tally)
            totals.references.merge(doc.references)
            totals.inline.merge(doc.inline)
            totals.attributions.merge(doc.attributions)
        return totals


class LinkCheck(BaseModel):
    """One gold source cited from several documents (or itself a corpus document)."""

    source: str
    documents: list[str]
    works: list[str | None] = Field(default_factory=list)
    ok: bool = False
    problems: list[str] = Field(default_factory=list)


class LinkingReport(BaseModel):
    """Cross-document linking: one work per multi-document source, no shared works."""

    checks: list[LinkCheck] = Field(default_factory=list)
    violations: list[Failure] = Field(default_factory=list)

    @computed_field
    @property
    def checked(self) -> int:
        return len(self.checks)

    @computed_field
    @property
    def correct(self) -> int:
        return sum(c.ok for c in self.checks)

    @computed_field
    @property
    def merges(self) -> int:
        return sum(v.category == "merge" for v in self.violations)


class EvalReport(BaseModel):
    """Everything `citekit eval` reports."""

    build: str
    gold: str
    documents: list[DocumentReport] = Field(default_factory=list)
    totals: Totals = Field(default_factory=Totals)
    linking: LinkingReport = Field(default_factory=LinkingReport)
    reuse: Score = Field(default_factory=Score)
    reuse_failures: list[Failure] = Field(default_factory=list)
    unscored_documents: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)

    def to_json(self, indent: int = 2) -> str:
        return self.model_dump_json(indent=indent)

    def failures(self) -> list[Failure]:
        return [f for d in self.documents for f in d.failures] + self.linking.violations + self.reuse_failures


def _sum_tallies(tallies: Any) -> Tally:
    total = Tally()
    for tally in tallies:
        total.merge(tally)
    return total


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _frac(num: int, den: int) -> str:
    return f"{num}/{den}" if den else "–"


def _short(value: Any, width: int = 80) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(report: EvalReport, console: Console | None = None,
                 verbose: bool = False) -> None:
    """Print the totals, one line per document, and (verbose) every failure."""
    console = console or Console()
    t = report.totals
    totals = Table(title=f"citekit eval — {Path(report.build).name} vs {Path(report.gold).name}")
    totals.add_column("measure")
    totals.add_column("score", justify="right")
    totals.add_column("rate", justify="right")
    meta = t.metadata_total
    totals.add_row("metadata fields", _frac(meta.right, meta.total), _pct(meta.accuracy))
    for name, tally in sorted(t.metadata.items()):
        totals.add_row(f"  {name}", _frac(tally.right, tally.total), _pct(tally.accuracy))
    refs = t.references
    totals.add_row("references found", _frac(refs.found, refs.expected), _pct(refs.recall))
    for name, tally in t.reference_fields.items():
        totals.add_row(f"  {name}", _frac(tally.right, tally.total), _pct(tally.accuracy))
    for label, score in (("inline citations", t.inline), ("attributions", t.attributions)):
        totals.add_row(f"{label} precision", _frac(score.correct, score.predicted),
                       _pct(score.precision))
        totals.add_row(f"{label} recall", _frac(score.found, score.expected),
                       _pct(score.recall))
    link = report.linking
    totals.add_row("cross-document linking", _frac(link.correct, link.checked),
                   _pct(_ratio(link.correct, link.checked)))
    totals.add_row("merged distinct sources", str(link.merges), "")
    reuse = report.reuse
    totals.add_row("text reuse precision", _frac(reuse.correct, reuse.predicted), _pct(reuse.precision))
    totals.add_row("text reuse recall", _frac(reuse.found, reuse.expected), _pct(reuse.recall))
    console.print(totals)

    per_doc = Table(title="per document")
    for column in ("document", "metadata", "refs", "inline P", "inline R", "attr P", "attr R",
                   "failures"):
        per_doc.add_column(column, justify="left" if column == "document" else "right")
    for doc in report.documents:
        m = doc.metadata_total
        name = doc.document if doc.build_id else f"{doc.document} (not in build)"
        per_doc.add_row(name, _frac(m.right, m.total),
                        _frac(doc.references.found, doc.references.expected),
                        _pct(doc.inline.precision), _pct(doc.inline.recall),
                        _pct(doc.attributions.precision), _pct(doc.attributions.recall),
                        str(len(doc.failures)))
    console.print(per_doc)

    for problem in report.problems + [p for d in report.documents for p in d.problems]:
        console.print(f"[yellow]! {problem}[/yellow]")
    if report.unscored_documents:
        console.print(f"not in gold (unscored): {', '.join(report.unscored_documents)}")
    if verbose:
        for failure in report.failures():
            where = f"{failure.document} " if failure.document else ""
            console.print(f"[red]✗[/red] {where}[bold]{failure.category}[/bold] {failure.item}"
                          f"{': ' + failure.message if failure.message else ''}", highlight=False)
            if failure.expected is not None or failure.predicted is not None:
                console.print(f"    expected  {_short(failure.expected)}", highlight=False,
                              markup=False)
                console.print(f"    predicted {_short(failure.predicted)}", highlight=False,
                              markup=False)
