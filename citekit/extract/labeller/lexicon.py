"""Word lists learnt from training data: for each frequent word, the labels it mostly carries.

This plays the part of AnyStyle's and GROBID's dictionaries (given and family names, places,
publishers, journal words): a word seen mostly inside ``author`` is a name, inside ``location`` a
place, and so on. Built only from the training part of the data, stored beside the model as JSON.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from .tokens import tokenize

STRIP = "\"'“”‘’«»()[]{}<>.,;:!?*"


def canonical(word: str) -> str:
    """The word folded for look-up: lower case without surrounding punctuation."""
    return word.strip(STRIP).lower()


class Lexicon:
    """word -> the labels (at most two) that carry at least ``min_share`` of its uses."""

    def __init__(self, entries: dict[str, tuple[str, ...]] | None = None):
        self.entries: dict[str, tuple[str, ...]] = entries or {}

    def labels(self, word: str) -> tuple[str, ...]:
        return self.entries.get(canonical(word), ())

    @classmethod
    def build(cls, refs: Iterable, min_count: int = 3, min_share: float = 0.25) -> "Lexicon":
        """Count label uses of every canonical word in labelled references."""
        counts: dict[str, Counter] = defaultdict(Counter)
        for ref in refs:
            for tok, label in zip(tokenize(ref.text), ref.labels):
                key = canonical(tok.text)
                if len(key) > 1 and not key.isdigit():
                    counts[key][label] += 1
        entries: dict[str, tuple[str, ...]] = {}
        for word, c in counts.items():
            total = sum(c.values())
            if total >= min_count:
                top = tuple(lab for lab, n in c.most_common(2) if n / total >= min_share)
                if top:
                    entries[word] = top
        return cls(entries)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps({w: "|".join(v) for w, v in sorted(self.entries.items())},
                                         ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "Lexicon":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls({w: tuple(v.split("|")) for w, v in data.items()})
