"""The comparison form of names and titles: lower-case ASCII words, single-spaced."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_TOKEN_RE = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """``"Ødegård’s  Report"`` -> ``"odegard s report"``."""
    text = anyascii(unicodedata.normalize("NFKC", text)).lower()
    return " ".join(_TOKEN_RE.findall(text))
