"""Entry type from the fields a record has (article, report, book, chapter, paper-conference,
thesis, webpage, misc)."""

from __future__ import annotations

import re

_THESIS = re.compile(r"thes[ie]s|dissertation|ph\.?\s?d|doctoral|master'?s|mémoire|doktorarbeit|диссертац", re.I)
_REPORT = re.compile(
    r"\breport\b|working paper|technical|tech\. rep|policy (?:brief|paper)|discussion paper|research paper|"
    r"occasional paper|issue brief|white paper|briefing|\bbrief\b|resolution|\bUN document\b", re.I)
_MEDIA = re.compile(r"broadcast|podcast|episode|video|film|television|radio|audio", re.I)  # "[Radio broadcast]"
_PROC = re.compile(r"proceedings|\bproc\.|conference|\bconf\.|symposium|workshop|congress|meeting|colloquium", re.I)
TYPES = ("article", "report", "book", "chapter", "paper-conference", "thesis", "webpage", "misc")


def classify(rec: dict) -> str:
    """Guess the entry type of a labelled record."""
    genre = rec.get("genre") or ""
    container = rec.get("container-title") or rec.get("journal") or ""
    if _THESIS.search(genre):
        return "thesis"
    if _MEDIA.search(genre):
        return "misc"  # an episode "In *Health Desk*" is no chapter
    if container and _PROC.search(container) and not rec.get("issue"):
        return "paper-conference"
    if container and (rec.get("_in") or rec.get("editor")):
        return "chapter"
    if _REPORT.search(genre) or rec.get("report_number") or rec.get("un_symbol"):
        return "report"
    if container:
        return "article"
    if rec.get("institution") or (rec.get("publisher") and _REPORT.search(rec.get("title") or "")):
        return "report"
    if rec.get("publisher") or rec.get("isbn") or rec.get("edition"):
        return "book"
    if rec.get("url"):
        return "webpage"
    return "misc"


def normalize_type(rec: dict) -> dict:
    """Record normaliser: set ``type`` unless the parser already knows it."""
    if rec.get("type") not in TYPES:
        rec["type"] = classify(rec)
    return rec
