"""Cross-document linking: one work per gold source, and no work shared by two gold sources.

Gold identities are built by union: each `sources.json` source, each gold reference
(document + ``R<n>``) and each gold document itself. A source with ``corpus_document`` is
that document; references (or sources, or document metadata) sharing a DOI, URL,
identifier, or title and year are one identity, so two documents' reference lists can cite
the same work. A source's ``references`` (``"<document>#R<n>"``) are that source, and an
entry with nothing of its own but the authors and date of the one before ("Ibid., 14.") is
that entry.

Decisions where the gold README is silent:

- An identity is checked when the documents citing it (by reference or attribution), plus
  its corpus document, number two or more.
- Its matched mentions are the predicted references matched to its gold references and the
  predicted attributions matched to its quotes (inline citations add nothing: they are only
  correct when they link to the reference's work). They must all point at one work; for a
  corpus document, at that document's own work; the work's ``cited_by`` must hold the keys
  of every document citing it by reference or required attribution, may hold those citing
  it only by optional attributions, and nothing else. No matched mention fails the check.
- Merges: every work matched to two identities (the documents' own works included) is a
  violation, whether or not the identities are multi-document.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from . import compare as cmp
from .build import Build, find_document
from .gold import GoldReference, GoldSet
from .report import Failure, LinkCheck, LinkingReport
from .score import DocumentScore

Token = tuple[str, ...]  # ("S", id) | ("R", document, ref id) | ("D", document)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[Token, Token] = {}

    def find(self, t: Token) -> Token:
        self.parent.setdefault(t, t)
        while self.parent[t] != t:
            self.parent[t] = self.parent[self.parent[t]]
            t = self.parent[t]
        return t

    def union(self, a: Token, b: Token) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _identity_keys(record: dict[str, Any]) -> set[str]:
    """Keys under which two gold records are the same work."""
    keys = set()
    if not cmp.is_empty(record.get("doi")):
        keys.add("doi:" + cmp.doi_key(record["doi"]))
    if not cmp.is_empty(record.get("url")):
        url = cmp.url_key(record["url"]).casefold().rstrip("/")
        keys.add("url:" + url.split("://", 1)[-1].removeprefix("www."))
    for name, value in (record.get("identifiers") or {}).items():
        if not cmp.is_empty(value):
            keys.add(f"{name}:{cmp.fold(value)}")
    title, date = record.get("title"), record.get("date")
    if not cmp.is_empty(title) and not cmp.is_empty(date):
        keys.add(f"title:{cmp.title_key(title)}:{str(date)[:4]}")
    return keys


def _repeats(ref: GoldReference, before: GoldReference) -> bool:
    """An "Ibid." entry: nothing of its own to identify it (no title, URL or identifier), and
    its authors and date, where given, those of the entry before."""
    record = ref.model_dump()
    if _identity_keys(record) or not cmp.is_empty(record.get("title")):
        return False
    return all(cmp.is_empty(getattr(ref, name)) or getattr(ref, name) == getattr(before, name)
               for name in ("authors", "date"))


def _label(members: list[Token]) -> str:
    """A readable name for an identity: its source ids, else its references, else documents."""
    for kind in ("S", "R", "D"):
        names = [" ".join(t[1:]) if kind != "S" else t[1] for t in members if t[0] == kind]
        if names:
            return " = ".join(sorted(names)) if kind != "D" else "document " + names[0]
    return "?"


def check_linking(gold: GoldSet, build: Build, scores: list[DocumentScore]) -> LinkingReport:
    """Check every multi-document identity and flag works shared by identities."""
    uf = _Union()
    by_key: dict[str, Token] = {}

    def register(token: Token, record: dict[str, Any]) -> None:
        uf.find(token)
        for key in _identity_keys(record):
            if key in by_key:
                uf.union(token, by_key[key])
            else:
                by_key[key] = token

    for gdoc in gold.documents:
        register(("D", gdoc.document), gdoc.metadata)
    for source in gold.sources.values():
        register(("S", source.id), source.model_dump())
        if source.corpus_document:
            uf.union(("S", source.id), ("D", source.corpus_document))
    for gdoc in gold.documents:
        for k, ref in enumerate(gdoc.references):
            token = ("R", gdoc.document, ref.id)
            register(token, ref.model_dump())
            if k and _repeats(ref, gdoc.references[k - 1]):
                uf.union(token, ("R", gdoc.document, gdoc.references[k - 1].id))
    for source in gold.sources.values():
        for listed in (source.model_extra or {}).get("references") or []:
            document, _, ref_id = str(listed).partition("#")
            uf.union(("S", source.id), ("R", document, ref_id))

    def token_of(gdoc_name: str, source: str, has_ref: bool) -> Token:
        return ("R", gdoc_name, source) if has_ref else ("S", source)

    required: dict[Token, set[str]] = defaultdict(set)
    optional: dict[Token, set[str]] = defaultdict(set)
    credited: dict[Token, list[str | None]] = defaultdict(list)
    for score in scores:
        name, gdoc = score.gold.document, score.gold
        for ref in gdoc.references:
            required[uf.find(("R", name, ref.id))].add(name)
        for item in gdoc.attributions:
            root = uf.find(token_of(name, item.source, gdoc.reference(item.source) is not None))
            (required if item.required else optional)[root].add(name)
        for ref_id, work in score.ref_works.items():
            credited[uf.find(("R", name, ref_id))].append(work)
        for source, work in score.credited:
            credited[uf.find(token_of(name, source, gdoc.reference(source) is not None))
                     ].append(work)

    members: dict[Token, list[Token]] = defaultdict(list)
    for token in list(uf.parent):
        members[uf.find(token)].append(token)

    report = LinkingReport()
    for root in sorted(members):
        corpus = [t[1] for t in members[root] if t[0] == "D"]
        optional_only = optional[root] - required[root]
        citing = required[root] | optional_only
        if len(citing | set(corpus)) < 2:
            continue
        check = _check(build, _label(members[root]), corpus, required[root], optional_only,
                       credited[root])
        report.checks.append(check)
        if not check.ok:
            report.violations.append(Failure(
                category="linking", item=check.source, expected=sorted(citing),
                predicted=check.works, message="; ".join(check.problems)))

    owners: dict[str, set[Token]] = defaultdict(set)
    for root, works in credited.items():
        for work in works:
            if work is not None:
                owners[work].add(root)
    for gdoc in gold.documents:
        doc = find_document(build, gdoc.document)
        own = build.document_work(doc) if doc else None
        if own is not None:
            owners[own.key].add(uf.find(("D", gdoc.document)))
    for work, roots in sorted(owners.items()):
        if len(roots) > 1:
            labels = sorted(_label(members[r]) for r in roots)
            report.violations.append(Failure(
                category="merge", item=work, expected="distinct works", predicted=labels,
                message=f"one work for {len(labels)} distinct gold sources"))
    return report


def _check(build: Build, label: str, corpus: list[str], required: set[str],
           optional_only: set[str], works: list[str | None]) -> LinkCheck:
    """One identity: one work, the corpus document's own when it is one, exact `cited_by`."""
    check = LinkCheck(source=label, documents=sorted(required | optional_only),
                      works=sorted(set(works), key=lambda w: w or ""))
    problems = check.problems
    distinct = set(works)
    if not works:
        problems.append("no matched mention")
    elif None in distinct:
        problems.append("a matched mention links to no work")
    if len(distinct - {None}) > 1:
        problems.append(f"split over {len(distinct - {None})} works")
    if corpus:
        doc = find_document(build, corpus[0])
        own = build.document_work(doc) if doc else None
        if own is None:
            problems.append(f"corpus document {corpus[0]} has no work in the build")
        elif distinct - {None} and distinct - {None} != {own.key}:
            problems.append(f"should link to the corpus document's work {own.key}")
    if len(distinct - {None}) == 1 and not problems:
        work = build.work(next(iter(distinct - {None})))
        if work is None:
            problems.append("linked work missing from the build")
        else:
            must = _keys(build, required, problems)
            may = _keys(build, optional_only, problems)
            have = set(work.cited_by)
            if not must <= have or not have <= must | may:
                problems.append(f"cited_by {sorted(have)} should be {sorted(must)}"
                                + (f" (optionally {sorted(may)})" if may else ""))
    check.ok = not problems
    return check


def _keys(build: Build, names: set[str], problems: list[str]) -> set[str]:
    keys = set()
    for name in names:
        doc = find_document(build, name)
        key = build.document_key(doc) if doc else None
        if key is None:
            problems.append(f"citing document {name} has no key in the build")
        else:
            keys.add(key)
    return keys
