"""The comparison form of names and titles: lower-case ASCII words, single-spaced."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from hashlib import blake2b

from anyascii import anyascii

_TOKEN_RE = re.compile(r"[a-z0-9]+")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _transliterate(match: re.Match) -> str:
    return anyascii(match.group())


SHORT = 120  # names and titles, folded again and again: remembered


def fold(text: str) -> str:
    """``"Ødegård’s  Report"`` -> ``"odegard s report"``."""
    return _fold_name(text) if len(text) <= SHORT else _fold(text)


@lru_cache(maxsize=65_536)
def _fold_name(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if not text.isascii():  # ASCII is its own NFKC form and transliteration
        # anyascii maps code point by code point: only the non-ASCII runs need it (fast on long texts)
        text = _NON_ASCII_RE.sub(_transliterate, unicodedata.normalize("NFKC", text))
    text = text.lower()
    return " ".join(_TOKEN_RE.findall(text))


@lru_cache(maxsize=200_000)
def stable_hash(word: str) -> int:
    """A 64-bit number for ``word``, the same in every process and run (``hash`` of a
    string is not)."""
    return int.from_bytes(blake2b(word.encode(), digest_size=8).digest(), "big")
