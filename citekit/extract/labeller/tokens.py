"""Split a reference string into whitespace-separated tokens, keeping character offsets.

AnyStyle's XML labels whole whitespace-separated tokens, so the labeller does too: a token is a
maximal run of non-space characters and ``text[start:end]`` gives it back exactly.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\S+")


class Token(NamedTuple):
    """One token: its text and its [start, end) offsets in the reference string."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
