"""Group records of the same work with union-find over blocked candidate pairs.

Candidates come from shared identity keys and from blocks of (first author, year) and of
title prefix, so merging stays near-linear instead of comparing all pairs.  A cluster only
absorbs a record that conflicts with none of its members (different DOI, year, report number),
which keeps two reports of the same body apart even when a third record resembles both.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from citekit.merge.identity import conflicts, identity_keys, name_key, same_work, title_key
from citekit.models import Fields


def _blocks(records: list[Fields]) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(records):
        for key in identity_keys(f):
            blocks[key].append(i)
        title = title_key(f)
        if title:
            blocks[f"ny:{name_key(f)}|{f.year or ''}"].append(i)
            blocks["t:" + title[:24]].append(i)
    return blocks


def cluster(records: list[Fields]) -> list[list[int]]:
    """Indices of records grouped into works, each group sorted, groups in first-seen order."""
    parent = list(range(len(records)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(records))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs = set()
    for group in _blocks(records).values():
        pairs.update(combinations(sorted(set(group)), 2))
    for i, j in sorted(pairs):
        ri, rj = find(i), find(j)
        if ri == rj or not same_work(records[i], records[j]):
            continue
        if any(conflicts(records[a], records[b]) for a in members[ri] for b in members[rj]):
            continue
        ri, rj = min(ri, rj), max(ri, rj)
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
    return [sorted(group) for _, group in sorted(members.items())]
