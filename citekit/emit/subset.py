"""The part of a library a paper needs, in the library's own text, and suggestions for the
keys it lacks.

Entries are copied byte for byte (the user's formatting, comments inside entries, macros);
every ``@string`` and ``@preamble`` of the library comes first so macros still resolve, and the
``crossref``/``xdata`` parents of a cited entry come after the cited entries, where BibTeX wants
them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from citekit.emit.cited import ALL
from citekit.emit.rawbib import RawEntry, entries_only
from citekit.emit.library import split_keys

PARENT_FIELDS = ("crossref", "xdata")


@dataclass
class Subset:
    text: str
    found: list[str] = field(default_factory=list)  # cited keys the library has
    parents: list[str] = field(default_factory=list)  # added as crossref/xdata parents
    missing: dict[str, list[str]] = field(default_factory=dict)  # key -> closest existing keys


def suggest(key: str, keys: list[str], limit: int = 3) -> list[str]:
    """The library keys closest to ``key`` (case-insensitive edit similarity, best first)."""
    hits = process.extract(key.lower(), {k: k.lower() for k in keys}, scorer=fuzz.ratio,
                           limit=limit, score_cutoff=60)
    return [k for _, _, k in hits]


def select(blocks: list[RawEntry], cited: list[str]) -> Subset:
    """The subset of ``blocks`` (a scanned library) that ``cited`` needs."""
    entries = entries_only(blocks)
    by_key = {}
    for entry in entries:
        by_key.setdefault(entry.key, entry)  # BibTeX uses the first of duplicates
    folded = {k.lower(): k for k in reversed(list(by_key))}  # BibTeX keys ignore case
    result = Subset("")
    wanted: list[str] = []
    for key in cited:
        if key == ALL:
            wanted += [k for k in by_key if k not in wanted]
            continue
        real = key if key in by_key else folded.get(key.lower())
        if real is None:
            result.missing[key] = suggest(key, list(by_key))
        elif real not in wanted:
            wanted.append(real)
    result.found = list(wanted)
    queue = list(wanted)
    while queue:
        entry = by_key[queue.pop(0)]
        for name in PARENT_FIELDS:
            for parent in split_keys(entry.get(name)):
                real = parent if parent in by_key else folded.get(parent.lower())
                if real and real not in wanted:
                    wanted.append(real)
                    result.parents.append(real)
                    queue.append(real)
    header = [b.text for b in blocks if b.type in ("string", "preamble")]
    result.text = "\n\n".join(header + [by_key[k].text for k in wanted]) + "\n" if wanted or header else ""
    return result
