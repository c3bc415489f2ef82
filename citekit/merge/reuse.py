"""Text reuse: documents of the corpus that rewrite another one without citing it.

Each document becomes a set of word 4-gram shingles (folded text).  Candidate pairs come from
an inverted index over shingles shared by few documents (boilerplate shared by many is
ignored), so the work grows with the overlap, not with the square of the corpus.  A pair is
reuse when the smaller document's shingles are largely contained in the other's — containment,
unlike Jaccard, stays high when one text condenses the other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from citekit.extract.normalize.fold import fold

SHINGLE = 4
MIN_SHINGLES = 40  # shorter texts say too little to judge
CONTAINMENT = 0.2  # measured: rewrites 0.44, independent articles on one story below 0.04
MAX_DOCS_PER_SHINGLE = 50


@dataclass(frozen=True)
class Reuse:
    derived: str  # document id of the rewrite
    source: str  # document id of the text it rewrites
    containment: float


def shingles(text: str) -> set[int]:
    words = fold(text).split()
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def find_reuse(texts: dict[str, str], dates: dict[str, str | None], cites: set[tuple[str, str]]) -> list[Reuse]:
    """Pairs (rewrite, original); ``cites`` holds (citing, cited) document pairs to skip."""
    sets = {doc: s for doc, text in texts.items() if len(s := shingles(text)) >= MIN_SHINGLES}
    index: dict[int, list[str]] = defaultdict(list)
    for doc, s in sets.items():
        for h in s:
            index[h].append(doc)
    shared: Counter[tuple[str, str]] = Counter()
    for docs in index.values():
        if 1 < len(docs) <= MAX_DOCS_PER_SHINGLE:
            for i, a in enumerate(docs):
                for b in docs[i + 1 :]:
                    shared[(a, b) if a < b else (b, a)] += 1
    found = []
    for (a, b), count in sorted(shared.items()):
        containment = count / min(len(sets[a]), len(sets[b]))
        if containment < CONTAINMENT:
            continue
        derived, source = _direction(a, b, sets, dates)
        if (derived, source) not in cites:
            found.append(Reuse(derived, source, round(containment, 3)))
    return found


def _direction(a: str, b: str, sets: dict[str, set[int]], dates: dict[str, str | None]) -> tuple[str, str]:
    """The later text rewrites the earlier; undated, the shorter condenses the longer."""
    da, db = dates.get(a), dates.get(b)
    if da and db and da[: min(len(da), len(db))] != db[: min(len(da), len(db))]:
        return (a, b) if da > db else (b, a)
    return (a, b) if len(sets[a]) < len(sets[b]) else (b, a)
