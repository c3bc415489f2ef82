"""The plain view of a document: cleaned text for matching, mapped back to Document.text.

Extractors search :attr:`TextView.text` and report spans in the original text through
:meth:`TextView.to_source`, so mentions always point at ``Document.text`` as decoded.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from citekit.ingest.markdown import clean_markdown
from citekit.models import Document

# Every Unicode space separator (category Zs) but the ordinary space; a test checks the list
# against unicodedata, so a new Unicode version cannot slip by unnoticed.
ZS_CHARS = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
_ZS = re.compile(f"[{ZS_CHARS}]")


def spaces_to_ascii(text: str) -> str:
    """Replace every Unicode space separator (NBSP, thin space, …) by ' ', one for one."""
    return _ZS.sub(" ", text) if _ZS.search(text) else text


@dataclass
class TextView:
    """Clean text plus ``source``: ``source[i]`` is the original offset of ``text[i]``.

    ``len(source) == len(text) + 1``; the last element is ``len(Document.text)``.
    ``headings`` holds ``(start, end, level)`` spans of heading lines in clean coordinates.
    """

    text: str
    source: list[int]
    headings: list[tuple[int, int, int]] = field(default_factory=list)
    emphasis: list[tuple[int, int]] = field(default_factory=list)  # clean spans of *italics*

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean half-open span ``[start, end)`` to a span of the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside the view (length {len(self.text)})")
        begin = self.source[start]
        return (begin, self.source[end - 1] + 1) if end > start else (begin, begin)


    def with_emphasis(self, start: int, end: int) -> str:
        """``text[start:end]`` with ``*`` around emphasised stretches, as the parser likes."""
        marks = sorted({p for s, e in self.emphasis if s < end and e > start
                        and any(c.isalpha() for c in self.text[s:e])  # (not a bold volume: "**361**")
                        for p in (max(s, start), min(e, end))})
        pieces, pos = [], start
        for p in marks:
            pieces.append(self.text[pos:p])
            pieces.append("*")
            pos = p
        pieces.append(self.text[pos:end])
        return "".join(pieces)


_LONE_CR_RE = re.compile(r"\r(?!\n)")


def plain_view(doc: Document) -> TextView:
    """Build the plain view of ``doc``: markdown (and html, whose text is markdown) is
    cleaned of markup; every format gets Unicode spaces turned into ' '."""
    text = spaces_to_ascii(_LONE_CR_RE.sub("\n", doc.text))  # classic Mac line ends, one character for one
    if doc.format in ("markdown", "html"):
        clean, source, headings, emphasis = clean_markdown(text)
        spans = [(bisect_left(source, s, 0, len(clean)), bisect_left(source, e, 0, len(clean)))
                 for s, e in emphasis]
        # entities such as &nbsp; may have produced new space separators
        return TextView(spaces_to_ascii(clean), source, headings, [(s, e) for s, e in spans if e > s])
    return TextView(text, list(range(len(text) + 1)), [])
