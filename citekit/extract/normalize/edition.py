"""Editions: '2nd ed.' -> '2', 'Revised edition' -> 'Revised', 'third' -> '3'."""

from __future__ import annotations

import re

_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
             "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}
_NUM = re.compile(r"(\d+)\s*(?:st|nd|rd|th|e|er|ème|\.)?", re.I)
_WORDS = re.compile(r"\b(?:ed|edn|edition|éd|édition|aufl|auflage|ed\.)\b\.?", re.I)


def normalize_edition_text(text: str | None) -> str | None:
    """The edition number (or word, e.g. 'Revised') without the 'ed.' label."""
    if not text:
        return None
    s = _WORDS.sub("", text).strip(" .,;:()")
    m = _NUM.match(s)
    if m:
        return m.group(1)
    return _ORDINALS.get(s.lower(), s[:1].upper() + s[1:] if s else None)


def normalize_edition(rec: dict) -> dict:
    """Record normaliser: ``edition``."""
    if isinstance(rec.get("edition"), str):
        rec["edition"] = normalize_edition_text(rec["edition"])
    return rec
