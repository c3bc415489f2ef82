"""Group records of the same work with union-find over blocked candidate pairs.

Candidates come from shared identity keys and from blocks of (first author, year), of title
prefix and of pairs of a title's rarest words, so merging stays near-linear instead of
comparing all pairs (``tests/merge/test_cluster_exhaustive.py`` checks that the result equals
comparing every pair).  Identical records are compared once.  A cluster only
absorbs a record that conflicts with none of its members (different DOI, year, report number),
which keeps two reports of the same body apart even when a third record resembles both.

"Conflicts with none of its members" is decided from a summary of each cluster (the set of
its DOIs, years, months, title numbers …), not member by member: two clusters conflict
exactly when some pair of their members would (``identity.conflicts``), at a cost that does
not grow with the clusters, so popular works cited thousands of times stay cheap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

import numpy
from rapidfuzz import process

from citekit.extract.identifiers import normalize_doi
from citekit.merge.identity import (TITLE_PREFIX, TITLE_SCORERS, TITLE_THRESHOLD, SimilarityKey, document_symbol,
                                    edition_year, identity_keys, is_personal_communication, similar_keys,
                                    similarity_key, stages_agree, title_numbers, title_stages, title_years)
from citekit.models import Fields


@dataclass
class _Dated:
    """The dates and title numbers of some records: what tells two works of one maker apart."""

    years: set[str]
    months: set[str]  # YYYY-MM of records dated to the month
    untitled_months: set[str]  # the same, of records without a title
    numbers: set[frozenset[str]]  # the number tokens of each record's title (years aside)
    title_years: set[frozenset[str]]  # the years written in the titles that give some
    stages: set[frozenset[str]]  # the stage words of the titles that give some ("interim", "final")

    @classmethod
    def of(cls, f: Fields | None, title: str) -> _Dated:
        if f is None or is_personal_communication(f):  # (a person's statements of any day are one source)
            return cls(set(), set(), set(), set(), set(), set())
        month = f.date[:7] if f.date and len(f.date) >= 7 else None
        written = title_years(title) if title else frozenset()
        stages = title_stages(title) if title else frozenset()
        return cls({edition_year(f)} if f.year else set(), {month} if month else set(),
                   {month} if month and not f.title else set(), {title_numbers(title)} if title else set(),
                   {written} if written else set(), {stages} if stages else set())

    def conflicts(self, other: _Dated, some: bool = False) -> bool:
        """Some record here differs from some record there; with ``some``, only when no record
        here agrees with one there (the variant readings of one document's symbol)."""
        differ = _disjoint if some else _differ
        clash = [not stages_agree(a, b) for a in self.stages for b in other.stages]
        return (differ(self.years, other.years) or differ(self.untitled_months, other.months)
                or differ(self.months, other.untitled_months) or differ(self.numbers, other.numbers)
                or differ(self.title_years, other.title_years) or bool(clash) and (all if some else any)(clash))

    def absorb(self, other: _Dated) -> None:
        for name in ("years", "months", "untitled_months", "numbers", "title_years", "stages"):
            getattr(self, name).update(getattr(other, name))


@dataclass
class _Summary:
    """What ``identity.conflicts`` looks at, for every member of a cluster at once.  Members
    with a document symbol and members without keep their dates apart: two records of one
    symbol are one document whatever their dates and titles say."""

    dois: set[str]
    uns: set[str]
    symbols: set[str]  # report symbols (identity.document_symbol)
    symbolled: _Dated  # of the members with a symbol
    plain: _Dated  # of the others

    @classmethod
    def of(cls, f: Fields, title: str) -> _Summary:
        """The summary of one record whose ``title_key`` is ``title``."""
        symbol = document_symbol(f)
        return cls(
            dois={normalize_doi(f.doi) or f.doi} if f.doi else set(),
            uns={f.un_symbol.upper()} if f.un_symbol else set(),
            symbols={symbol} if symbol else set(),
            symbolled=_Dated.of(f if symbol else None, title),
            plain=_Dated.of(None if symbol else f, title),
        )

    def conflicts(self, other: _Summary) -> bool:
        """True when some member here conflicts with some member there; when both give the
        same symbol, only a DOI or UN symbol can: the symbol names one document, whatever dates
        and title numbers the members without it were joined by ("28 February to 8 March")."""
        if _differ(self.dois, other.dois) or _differ(self.uns, other.uns) or _differ(self.symbols, other.symbols):
            return True
        return not (self.symbols and self.symbols == other.symbols) and (
            self.plain.conflicts(other.plain) or self.plain.conflicts(other.symbolled, some=True)
            or self.symbolled.conflicts(other.plain, some=True))

    def copy(self) -> _Summary:
        fresh = _Summary(set(), set(), set(), _Dated.of(None, ""), _Dated.of(None, ""))
        fresh.absorb(self)
        return fresh

    def absorb(self, other: _Summary) -> None:
        for name in ("dois", "uns", "symbols"):
            getattr(self, name).update(getattr(other, name))
        self.symbolled.absorb(other.symbolled)
        self.plain.absorb(other.plain)


def _differ(a: set, b: set) -> bool:
    """Some value in ``a`` differs from some value in ``b``."""
    return bool(a) and bool(b) and (len(a) > 1 or len(b) > 1 or a != b)


def _disjoint(a: set, b: set) -> bool:
    """No value in ``a`` is one in ``b`` (both given)."""
    return bool(a) and bool(b) and a.isdisjoint(b)


RARE_WORDS = 3  # a title is also blocked under each pair of its 3 rarest words (a typo spoils one)


def _blocks(records: list[Fields], ids: list[list[str]], keys: list[SimilarityKey],
            which: list[int]) -> dict[str, list[int]]:
    """Candidate blocks over the records ``which``: identity keys, first author + year, title
    prefix, and pairs of the title's rarest words in the corpus (typos at a title's start,
    "&" for "and").  ``keys``: each record's ``similarity_key``, computed once."""
    blocks: dict[str, list[int]] = defaultdict(list)
    titles = {i: keys[i][0] for i in which}
    frequency = Counter(word for title in titles.values() for word in set(title.split()))
    for i in which:
        f, title = records[i], titles[i]
        for key in ids[i]:
            blocks[key].append(i)
        if title:
            blocks[f"ny:{keys[i][1]}|{f.year or ''}"].append(i)
            blocks["t:" + title[:TITLE_PREFIX]].append(i)  # (so a title that starts another shares its block)
            rare = sorted(sorted(set(title.split()), key=lambda w: (frequency[w], w))[:RARE_WORDS])
            for pair in combinations(rare, 2) if len(rare) > 1 else [rare]:
                blocks["w:" + "+".join(pair)].append(i)
    return blocks


FUZZY_BLOCKS = ("ny:", "t:", "w:")  # blocks whose members share no identity key
_FEW_TITLES = 64  # more titles than this in a block are scored as a matrix (rapidfuzz's cdist)
_ROWS = 2048  # rows of that matrix scored at a time


class _Pairs:
    """Candidate pairs (i < j) of ``n`` records, collected as codes ``i * n + j`` so that
    hundreds of thousands of them are deduplicated and put in order by numpy, not as tuples in
    a Python set.  Small batches wait in a list; large ones go straight to arrays."""

    SMALL = 32

    def __init__(self, n: int) -> None:
        self.n = n
        self._codes: list[int] = []
        self._arrays: list[numpy.ndarray] = []

    def within(self, members: list[int]) -> None:
        """Every pair of ``members`` (sorted)."""
        n = self.n
        if len(members) <= self.SMALL:
            self._codes.extend(i * n + j for i, j in combinations(members, 2))
        else:
            array = numpy.array(members, dtype=numpy.int64)
            first, second = numpy.triu_indices(len(array), 1)
            self._arrays.append(array[first] * n + array[second])

    def between(self, some: list[int], others: list[int]) -> None:
        """Every pair of one of ``some`` and one of ``others`` (two disjoint sets)."""
        n = self.n
        if len(some) * len(others) <= self.SMALL:
            self._codes.extend(min(i, j) * n + max(i, j) for i in some for j in others)
        else:
            a = numpy.array(some, dtype=numpy.int64)[:, None]
            b = numpy.array(others, dtype=numpy.int64)[None, :]
            self._arrays.append((numpy.minimum(a, b) * n + numpy.maximum(a, b)).ravel())

    def ordered(self) -> Iterator[tuple[int, int]]:
        """Each pair once, in order of (i, j)."""
        codes = numpy.unique(numpy.concatenate([numpy.array(self._codes, dtype=numpy.int64), *self._arrays]))
        n = self.n
        return (divmod(code, n) for code in codes.tolist())


def _close_titles(titles: list[str]) -> Iterator[tuple[int, int]]:
    """Positions (a < b) of the titles whose ``title_ratio`` reaches the threshold: one title
    against the rest for a few titles, a matrix of scores (rows at a time) for many."""
    if len(titles) <= _FEW_TITLES:
        for a, title in enumerate(titles):
            for scorer in TITLE_SCORERS:
                for _, _, b in process.extract(title, titles[a + 1:], scorer=scorer, processor=None,
                                               score_cutoff=TITLE_THRESHOLD, limit=None):
                    yield a, a + 1 + b
        return
    for start in range(0, len(titles), _ROWS):
        for scorer in TITLE_SCORERS:
            scores = process.cdist(titles[start:start + _ROWS], titles, scorer=scorer, processor=None,
                                   score_cutoff=TITLE_THRESHOLD, dtype=numpy.uint8, workers=-1)
            rows, columns = scores.nonzero()
            for a, b in zip((rows + start).tolist(), columns.tolist()):
                if a < b:
                    yield a, b


def _title_pairs(members: list[int], titles: list[str], pairs: _Pairs, one_maker: bool = False) -> None:
    """Add the pairs of a fuzzy block whose titles could pass ``similar_keys``: ``title_ratio`` at
    the threshold, or one title (of 20 characters or more) the start of the other.  Other pairs
    of such a block can only match through an identity key, whose own block has them, so
    comparing just these gives the same clusters as comparing all pairs, at C speed.  Each
    distinct title is compared once, however many records carry it.  ``one_maker``: the block's
    records share author and year, where a title of three words or more that starts another may
    be shorter (``identity.similar_keys``)."""
    by_title: dict[str, list[int]] = defaultdict(list)
    for member, title in zip(members, titles):
        by_title[title].append(member)
    unique = list(by_title)
    close = [(unique[a], unique[b]) for a, b in _close_titles(unique)]
    ordered = sorted(unique)
    for n, title in enumerate(ordered):  # titles starting with this one follow it in sorted order
        if len(title) < TITLE_PREFIX and not (one_maker and len(title.split()) >= 3):
            continue
        for m in range(n + 1, len(ordered)):
            if not ordered[m].startswith(title):
                break
            close.append((title, ordered[m]))
    for group in by_title.values():  # one title: ratio 100
        pairs.within(group)
    for title, other in set(close):
        pairs.between(by_title[title], by_title[other])


def cluster(records: list[Fields], distinct: int = 0, documents: list[str | None] | None = None) -> list[list[int]]:
    """Indices of records grouped into works, each group sorted, groups in first-seen order.
    The first ``distinct`` records (corpus documents) are never grouped with one another.
    ``documents``: the document each record is cited in; records written alike in one document
    are one work even when nothing in them could tell two works apart (a title without author
    or year, cited again and again by one text)."""
    # A record written exactly like an earlier one shares that one's keys, computed once.
    first: dict[str, int] = {}
    texts = [f.model_dump_json() for f in records]
    same_as = [i if i < distinct else first.setdefault(text, i) for i, text in enumerate(texts)]
    ids: list[list[str]] = []
    id_sets: list[set[str]] = []
    similarity: list[SimilarityKey] = []  # what similar() looks at
    for i, f in enumerate(records):
        j = same_as[i]
        if j == i:
            ids.append(identity_keys(f))
            id_sets.append(set(ids[i]))
            similarity.append(similarity_key(f))
        else:
            ids.append(ids[j])
            id_sets.append(id_sets[j])
            similarity.append(similarity[j])
    summaries: dict[int, _Summary] = {}  # made when first needed
    parent = list(range(len(records)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(records))}
    cluster_summary: dict[int, _Summary] = {}  # of clusters grown beyond their first record

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def summary(i: int) -> _Summary:
        if i not in summaries:
            summaries[i] = _Summary.of(records[i], similarity[i][0])
        return summaries[i]

    def same_work(i: int, j: int) -> bool:  # identity.same_work, with per-record parts computed once
        if i != j and summary(i).conflicts(summary(j)):  # (one record never conflicts with itself)
            return False
        return bool(id_sets[i] & id_sets[j]) or similar_keys(similarity[i], similarity[j])

    # Identical records that would match each other are one record: a work cited a thousand
    # times in the same words makes one candidate, not half a million pairs.
    copies: dict[int, list[int]] = defaultdict(list)
    in_document: dict[tuple[str, str], int] = {}  # (document, record) -> its first record there
    for i, j in enumerate(same_as):
        if j != i and same_work(j, j):
            copies[j].append(i)
        elif i >= distinct and documents is not None and documents[i] is not None:
            k = in_document.setdefault((documents[i], texts[i]), i)
            if k != i:
                copies[k].append(i)
    copied = {c for group in copies.values() for c in group}
    pairs = _Pairs(len(records))
    blocks = _blocks(records, ids, similarity, [i for i in range(len(records)) if i not in copied])
    for key, group in blocks.items():
        block = sorted(set(group))
        if key.startswith(FUZZY_BLOCKS) and len(block) > 2:
            _title_pairs(block, [similarity[i][0] for i in block], pairs, one_maker=key.startswith("ny:"))
        else:
            pairs.within(block)
    for i, j in pairs.ordered():
        ri, rj = find(i), find(j)
        if ri == rj or ri < distinct and rj < distinct or not same_work(i, j):
            continue
        if (cluster_summary.get(ri) or summary(ri)).conflicts(cluster_summary.get(rj) or summary(rj)):
            continue
        ri, rj = min(ri, rj), max(ri, rj)
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
        if ri not in cluster_summary:
            cluster_summary[ri] = summary(ri).copy()
        cluster_summary[ri].absorb(cluster_summary.pop(rj, None) or summary(rj))
    for original, group in copies.items():
        members[find(original)].extend(group)
        for copy in group:
            del members[copy]
    return [sorted(group) for _, group in sorted(members.items())]
