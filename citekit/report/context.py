"""A mention's sentence of context, cut from its document's text (one job: the window)."""

from __future__ import annotations

import re

from citekit.extract.attributions.text import sentences
from citekit.report.model import Context

#: Longest context shown; longer sentences (a reference list read as one line) are trimmed.
MAX_CONTEXT = 400
#: How far around a mention sentence ends are looked for.
WINDOW = 1_000
_SPACE_RE = re.compile(r"\s+")


def mention_context(text: str, start: int, end: int) -> Context | None:
    """The sentence(s) around ``text[start:end]``, or None when the span is not in the text."""
    if not 0 <= start < end <= len(text):
        return None
    line_start = max(text.rfind("\n", 0, start) + 1, start - WINDOW)  # a window, not a whole long line:
    line_end = text.find("\n", end)                                     # the cost stays per mention
    line_end = min(len(text) if line_end < 0 else line_end, end + WINDOW)
    spans = [(a, b) for a, b in sentences(text, line_start, line_end) if a < end and b > start]
    left = min([start] + [a for a, _ in spans])
    right = max([end] + [b for _, b in spans])
    budget = max(0, MAX_CONTEXT - (end - start)) // 2
    before, after = text[max(left, start - budget):start], text[end:min(right, end + budget)]
    if left < start - budget:
        before = "…" + before.lstrip()
    if right > end + budget:
        after = after.rstrip() + "…"
    return Context(before=_squash(before).lstrip(), mention=_squash(text[start:end]), after=_squash(after).rstrip())


def _squash(value: str) -> str:
    return _SPACE_RE.sub(" ", value)
