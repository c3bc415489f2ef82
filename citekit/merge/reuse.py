"""Text reuse: documents of the corpus that rewrite another one without citing it.

Each document becomes a set of word 4-gram shingles (folded text).  Candidate pairs come from
an inverted index over shingles shared by few documents (boilerplate shared by many is
ignored), so the work grows with the overlap, not with the square of the corpus.  A pair is
reuse when the smaller document's shingles are largely contained in the other's — containment,
unlike Jaccard, stays high when one text condenses the other.

At scale (more than ``EXACT_UP_TO`` documents) every shingle is too many: the index would
hold tens of millions of postings.  Each document is then represented by a :func:`sketch`,
the shingles whose stable hash is divisible by ``SAMPLE`` (Broder's mod-m sample), made once
per document where it is extracted and kept in the build cache, and containment is
estimated on the samples (a sampled shingle's document count is its true count, so the
few-documents rule holds as before); two samples must share ``MIN_SAMPLED`` shingles, so a
short rewrite (under about ``MIN_SAMPLED * SAMPLE / CONTAINMENT`` words) may be missed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

from citekit.extract.normalize.fold import fold, stable_hash

SHINGLE = 4
MIN_SHINGLES = 40  # shorter texts say too little to judge
CONTAINMENT = 0.2  # measured: rewrites 0.44, independent articles on one story below 0.04
MAX_DOCS_PER_SHINGLE = 50
EXACT_UP_TO = 300  # documents judged on every shingle; larger corpora use sketches
SAMPLE = 32  # a sketch keeps the shingles whose stable hash is divisible by this
MIN_SAMPLED = 8  # sampled shingles two sketches must share: fewer could be chance


@dataclass(frozen=True)
class Reuse:
    derived: str  # document id of the rewrite
    source: str  # document id of the text it rewrites
    containment: float


def shingles(text: str) -> set[int]:
    words = fold(text).split()
    return set(map(hash, zip(*(words[i:] for i in range(SHINGLE)))))


def sketch(text: str) -> tuple[int, list[int]]:
    """How many shingles the text has, and the sorted sample of them that stands for it at
    scale (stable hashes: the same in every worker process and every run)."""
    ids = list(map(stable_hash, fold(text).split()))
    hashes = set(map(hash, zip(*(ids[i:] for i in range(SHINGLE)))))
    return len(hashes), sorted(h for h in hashes if h % SAMPLE == 0)


def find_reuse(texts: dict[str, str], dates: dict[str, str | None], cites: set[tuple[str, str]],
               sketches: dict[str, tuple[int, list[int]]] | None = None) -> list[Reuse]:
    """Pairs (rewrite, original); ``cites`` holds (citing, cited) document pairs to skip.
    ``sketches`` (document id -> :func:`sketch`) are used instead of the texts for corpora of
    more than ``EXACT_UP_TO`` documents, and whenever a text is missing (a large build keeps
    none)."""
    if sketches is None or len(texts) <= EXACT_UP_TO and all(texts.values()):
        sets = {doc: s for doc, text in texts.items() if len(s := shingles(text)) >= MIN_SHINGLES}
        return _judge(_overlaps(sets, CONTAINMENT), sets, dates, cites)
    samples = _samples({doc: sketches.get(doc) or sketch(text) for doc, text in texts.items()})
    return _judge(_overlaps(samples, CONTAINMENT, MIN_SAMPLED), samples, dates, cites)


def reuse_of(changed: set[str], before: dict[str, tuple[int, list[int]]], sketches: dict[str, tuple[int, list[int]]],
             dates: dict[str, str | None], cites: set[tuple[str, str]]) -> list[Reuse] | None:
    """The pairs :func:`find_reuse` finds at scale that involve the ``changed`` documents, from
    every document's sketch now (``sketches``) and the changed ones' sketches before
    (``before``), without comparing the others with one another: None when the change could
    alter their pairs too (a sampled shingle two of them share turning too common to count, or
    common enough no longer)."""
    now, old = _samples(sketches), _samples(before)
    touched = set().union(*(now.get(doc, set()) | old.get(doc, set()) for doc in changed))
    postings: dict[int, list[str]] = defaultdict(list)
    for doc in sorted(now):
        for h in touched.intersection(now[doc]):
            postings[h].append(doc)
    for h in touched:
        others = [doc for doc in postings.get(h, ()) if doc not in changed]
        was = len(others) + sum(1 for doc in changed if h in old.get(doc, ()))
        if len(others) > 1 and _counted(was) != _counted(len(postings.get(h, ()))):
            return None
    shared: Counter[tuple[str, str]] = Counter()
    for docs in postings.values():
        if _counted(len(docs)):
            shared.update((a, b) for a, b in combinations(docs, 2) if a in changed or b in changed)
    return _judge(_enough(shared, now, CONTAINMENT, MIN_SAMPLED), now, dates, cites)


def _samples(sketches: dict[str, tuple[int, list[int]]]) -> dict[str, set[int]]:
    """The sampled shingles of the documents long enough to judge."""
    return {doc: set(sample) for doc, (count, sample) in sketches.items() if count >= MIN_SHINGLES and sample}


def _counted(documents: int) -> bool:
    """Whether a shingle that ``documents`` documents have counts (boilerplate does not)."""
    return 1 < documents <= MAX_DOCS_PER_SHINGLE


def _overlaps(sets: dict[str, set[int]], threshold: float, least: int = 1) -> dict[tuple[str, str], int]:
    """Pairs (a < b) sharing at least ``threshold`` of the smaller set and at least ``least``
    shingles, counting only shingles that few documents share, with the number they share."""
    index: dict[int, list[str]] = defaultdict(list)
    for doc in sorted(sets):  # posting lists in document order: their pairs come as (a, b) with a < b
        for h in sets[doc]:
            index[h].append(doc)
    shared: Counter[tuple[str, str]] = Counter()
    for docs in index.values():
        if _counted(len(docs)):
            shared.update(combinations(docs, 2))  # counted in C, not pair by pair in Python
    return _enough(shared, sets, threshold, least)


def _enough(shared: Counter[tuple[str, str]], sets: dict[str, set[int]], threshold: float,
            least: int) -> dict[tuple[str, str], int]:
    """The pairs sharing at least ``least`` shingles and ``threshold`` of the smaller set."""
    return {(a, b): n for (a, b), n in shared.items()
            if n >= least and n / min(len(sets[a]), len(sets[b])) >= threshold}


def _judge(overlaps: dict[tuple[str, str], int], sets: dict[str, set[int]], dates: dict[str, str | None],
           cites: set[tuple[str, str]]) -> list[Reuse]:
    found = []
    for (a, b), count in sorted(overlaps.items()):
        derived, source = _direction(a, b, sets, dates)
        if (derived, source) not in cites:
            found.append(Reuse(derived, source, round(count / min(len(sets[a]), len(sets[b])), 3)))
    return found


def _direction(a: str, b: str, sets: dict[str, set[int]], dates: dict[str, str | None]) -> tuple[str, str]:
    """The later text rewrites the earlier; undated, the shorter condenses the longer."""
    da, db = dates.get(a), dates.get(b)
    if da and db and da[: min(len(da), len(db))] != db[: min(len(da), len(db))]:
        return (a, b) if da > db else (b, a)
    return (a, b) if len(sets[a]) < len(sets[b]) else (b, a)
