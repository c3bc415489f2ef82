"""Works -> enriched works: look each work up by its identifiers, merge what is found.

Resolvers are tried in this order for each work (one module per identifier kind):

1. ``un``: a UN document symbol gives number, institution and an undocs.org URL (no network),
   then (online) the UN Digital Library record's title and date;
2. ``crossref``: a DOI -> the Crossref work record; if Crossref does not know the DOI,
   ``doi``: content negotiation at doi.org (DataCite, mEDRA, …), CSL-JSON else BibTeX;
3. ``web``: a work with a URL and no DOI -> the page's citation/DC/OpenGraph/JSON-LD metadata;
4. ``crossref`` search: a scholarly work with neither DOI nor URL -> query.bibliographic,
   accepted only when the hit validates (``match.py``).

Every lookup goes through the cache first; offline, nothing else happens.  Works that turn
out to share a DOI are merged; keys are then re-pinned and all links rebuilt.  Conflicts and
rejected search candidates are collected in a ``Report`` (``citekit build --report``).
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from citekit.extract.identifiers import normalize_doi
from citekit.merge import work_identities
from citekit.merge.keys import assign_keys
from citekit.models import Corpus, Problem, Work
from citekit.resolve.apply import apply_lookup
from citekit.resolve.base import Lookup, Resolver, lookup
from citekit.resolve.cache import Cache
from citekit.resolve.config import ResolveConfig, load_config
from citekit.resolve.crossref import CrossrefSearch, CrossrefWork
from citekit.resolve.doi import DoiNegotiation
from citekit.resolve.http import HttpClient
from citekit.resolve.report import Rejected, Report
from citekit.resolve.un import UnLibrary, UnSymbol
from citekit.resolve.web import WebPage

__all__ = ["Report", "Resolve", "ResolveConfig", "load_config", "resolve"]


class _NeedsNetwork(Exception):
    """A cache miss met while resolving in the main thread: hand the work to the pool."""


@dataclass
class Chain:
    """The resolvers of one run, tried in the documented order."""

    un: UnSymbol
    un_library: UnLibrary
    crossref: CrossrefWork
    doi: DoiNegotiation
    web: WebPage
    search: CrossrefSearch
    cache: Cache

    def _ask(self, resolver: Resolver, query: str, work: Work, network: bool) -> Lookup:
        if not network and resolver.network and not resolver.config.offline:
            hit = self.cache.get(resolver.endpoint, query)
            if hit is None:
                raise _NeedsNetwork
        return lookup(resolver, query, work.fields, self.cache)

    def run(self, work: Work, network: bool) -> list[Lookup]:
        out = []
        if query := self.un.query_for(work.fields):
            out.append(self._ask(self.un, query, work, network))
            out.append(self._ask(self.un_library, query, work, network))
        if doi := self.crossref.query_for(work.fields):
            answer = self._ask(self.crossref, doi, work, network)
            out.append(answer)
            if answer.status == "not-found":
                out.append(self._ask(self.doi, doi, work, network))
        elif query := self.web.query_for(work.fields):
            out.append(self._ask(self.web, query, work, network))
        elif query := self.search.query_for(work.fields):
            out.append(self._ask(self.search, query, work, network))
        return out


@dataclass
class Resolve:
    """The pipeline stage; ``pinned`` keys are honoured again after works change; ``report``
    holds the run's conflicts and rejected candidates afterwards."""

    config: ResolveConfig = field(default_factory=lambda: ResolveConfig(offline=True))
    pinned: dict[str, list[str]] = field(default_factory=dict)
    report: Report = field(default_factory=Report)

    def __call__(self, corpus: Corpus) -> Corpus:
        return resolve(corpus, self.config, self.pinned, self.report)


def resolve(corpus: Corpus, config: ResolveConfig, pinned: dict[str, list[str]] | None = None,
            report: Report | None = None) -> Corpus:
    """Look every work up, merge the answers in, report what happened."""
    report = report if report is not None else Report()
    client = HttpClient(config)
    cache = Cache(config.cache_path(), config.ttl_days, config.refresh)
    chain = Chain(UnSymbol(config, client), UnLibrary(config, client), CrossrefWork(config, client), DoiNegotiation(config, client),
                  WebPage(config, client), CrossrefSearch(config, client), cache)
    try:
        answers = _lookup_all(corpus.works, chain, config.workers)
    finally:
        cache.close()
        client.close()
    before = [w._identities or work_identities(w) for w in corpus.works]  # merge's, when it made them
    changed: set[int] = set()  # works whose fields the answers changed
    for i, (work, found) in enumerate(zip(corpus.works, answers)):
        for answer in found:
            if answer.status == "found" and apply_lookup(work, answer, corpus.problems, report):
                changed.add(i)
            elif answer.status in ("not-found", "failed"):
                if answer.candidate is not None:
                    report.rejected.append(Rejected(work, answer.source, answer.query, answer.candidate,
                                                    answer.confidence, answer.message))
                note = f"; candidate: {answer.candidate.title!r}" if answer.candidate else ""
                corpus.problems.append(Problem(path=work.key, severity="info", message=(
                    f"{answer.source} lookup of {answer.query!r}: {answer.status} {answer.message}".rstrip() + note)))
    _report(corpus, answers, client)
    if changed:
        works, keys = corpus.works, [w.key for w in corpus.works]
        identities = _merge_same_doi(corpus, before, changed, report)
        assign_keys(corpus.works, identities, pinned or {})
        renamed = {key: (report.absorbed.get(id(work)) or work).key for work, key in zip(works, keys)}
        if len(corpus.works) < len(works):  # works merged: link again
            _relink(corpus, renamed)
        elif any(old != new for old, new in renamed.items()):  # keys moved: rename
            _rename(corpus, renamed)
    return corpus


def _lookup_all(works: list[Work], chain: Chain, workers: int) -> list[list[Lookup]]:
    """Cached and offline answers in this thread; works needing the network in a pool."""
    answers: list[list[Lookup]] = [[] for _ in works]
    pending = []
    for i, work in enumerate(works):
        try:
            answers[i] = chain.run(work, network=False)
        except _NeedsNetwork:
            pending.append(i)
    if pending:
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            for i, found in zip(pending, pool.map(lambda i: chain.run(works[i], network=True), pending)):
                answers[i] = found
    return answers


def _report(corpus: Corpus, answers: list[list[Lookup]], client: HttpClient) -> None:
    counts = Counter(a.status for found in answers for a in found if a.source != "un")
    cached = sum(a.cached for found in answers for a in found)
    if counts:
        parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        corpus.problems.append(Problem(path="resolve", severity="info", message=(
            f"{sum(counts.values())} lookups: {parts} ({cached} from the cache, {client.requests} HTTP requests)")))
    summary = client.skipped_summary()
    if summary:
        corpus.problems.append(Problem(path="resolve", severity="warning", message=summary))


def _merge_same_doi(corpus: Corpus, before: list[list[str]], changed: set[int], report: Report) -> list[list[str]]:
    """Works that now share a DOI become one (never two corpus documents); returns the
    identities of the kept works: old ones (to find their pinned keys) and, for the works
    whose fields ``changed``, new ones."""
    first: dict[str, int] = {}
    keep: list[int] = []
    identities: dict[int, list[str]] = {}
    for i, work in enumerate(corpus.works):
        doi = normalize_doi(work.fields.doi)
        j = first.get(doi) if doi else None
        if j is not None and not (work.document and corpus.works[j].document):
            _absorb(corpus.works[j], work)
            report.absorbed[id(work)] = corpus.works[j]
            identities[j] += before[i] + (work_identities(work) if i in changed else [])
            continue
        if doi:
            first[doi] = i
        keep.append(i)
        identities[i] = before[i] + (work_identities(work) if i in changed else [])
    corpus.works = [corpus.works[i] for i in keep]
    return [list(dict.fromkeys(identities[i])) for i in keep]


def _absorb(into: Work, other: Work) -> None:
    """Fill ``into``'s gaps from ``other`` and take over its mentions."""
    values = into.fields.model_dump()
    for name, value in other.fields.model_dump().items():
        if values.get(name) in (None, "", []) and value not in (None, "", []):
            values[name] = value
            if name in other.provenance:
                into.provenance[name] = other.provenance[name]
    into.fields = type(into.fields)(**values)
    into.document = into.document or other.document
    into.mentions = sorted(set(into.mentions) | set(other.mentions))


def _relink(corpus: Corpus, renamed: dict[str, str]) -> None:
    """Rebuild mention.work, cited_by and cites after works merged; ``renamed``: every
    earlier key -> the key of the work that has it now."""
    from citekit.merge import MERGED_KINDS, _link  # the merge stage's own linker

    for mention in corpus.mentions:
        mention.work = None
    for work in corpus.works:
        work.mentions = [i for i in work.mentions if corpus.mentions[i].kind in MERGED_KINDS]
        work.cited_by, work.cites = [], []
        work.derived_from = sorted({renamed[k] for k in work.derived_from})
    _link(corpus, corpus.works)
    corpus.works.sort(key=lambda w: w.key)


def _rename(corpus: Corpus, renamed: dict[str, str]) -> None:
    """Keys moved, works stayed: the same links under the new keys (``renamed``: old -> new)."""
    for mention in corpus.mentions:
        if mention.work is not None:
            mention.work = renamed[mention.work]
    for work in corpus.works:
        work.cited_by = sorted(renamed[k] for k in work.cited_by)
        work.cites = sorted(renamed[k] for k in work.cites)
        work.derived_from = sorted(renamed[k] for k in work.derived_from)
    corpus.works.sort(key=lambda w: w.key)
