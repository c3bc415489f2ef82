"""Labelled spans -> a citekit record -> :class:`~citekit.models.Fields` via the shared normalisers.

The labeller decides which characters are the author list, the date, the title …; this module
only cuts the cue words AnyStyle's annotation keeps inside a field ('In', '(Eds.)', 'Retrieved
from', 'Available at:') and hands the strings to :func:`citekit.extract.normalize.normalize_record`.
Identifiers (DOI, URL, ISBN, arXiv, UN symbols) found anywhere in the string fill what the
labels left empty.
"""

from __future__ import annotations

import re

from citekit.extract.identifiers import find_identifiers
from citekit.extract.normalize import normalize_record
from citekit.models import Fields

from .datasets import label_runs
from .model import Tagged

_EDITOR_CUES = re.compile(
    r"^\s*(?:in:?|en:?|dans:?)\s+|\(?\b(?:eds?|editors?|hrsg|hg|coords?|dirs?)\b\.?\)?[.,:]?"
    r"|\bedited\s+by\b|^\s*ed\.\s+by\b", re.I)
_IN = re.compile(r"^\s*(?:in|en|dans|im)\s*[:.]?\s+(?=\S)", re.I)
_TRANSLATOR_CUES = re.compile(r"\(?\b(?:trans(?:lated)?|transl|tr)\b\.?\)?(?:\s+by\b)?[.,:]?", re.I)
_ACCESS = re.compile(r"^[\[(]?(?:retrieved|accessed|available|consulted|viewed|online|last\s+accessed)\b", re.I)
_HAS_DATE = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}")
_MULTI = {"note"}  # labels whose separate spans are joined; for the others the first span wins
_KEY = {"translator": "translator", "citation-number": None, "source": "note", "medium": "note",
        "director": "author", "producer": "publisher"}


def spans_text(tagged: Tagged) -> list[tuple[str, str]]:
    """(label, exact source text) of each maximal run of one label."""
    out = []
    for label, a, b in label_runs(tagged.labels):
        out.append((label, tagged.text[tagged.tokens[a].start:tagged.tokens[b - 1].end]))
    return out


def record_from_spans(spans: list[tuple[str, str]]) -> dict:
    """AnyStyle-labelled spans -> a record keyed by AnyStyle labels (see normalize)."""
    rec: dict = {}
    for label, text in spans:
        key = _KEY.get(label, label)
        if key is None:
            continue
        if label in ("editor",):
            text = _EDITOR_CUES.sub(" ", text)
        elif label == "translator":
            text = _TRANSLATOR_CUES.sub(" ", text)
        elif label in ("container-title", "journal") and _IN.match(text):
            rec["_in"] = True
            text = _IN.sub("", text)
        elif _ACCESS.match(text.strip()) and label in ("note", "date", "url"):
            if _HAS_DATE.search(text) and label != "url":
                rec.setdefault("urldate", text)  # 'Retrieved June 5, 2023, from', '(accessed 1 May 2020)'
            if label != "url":
                continue
            text = re.sub(r"^.*?(?=https?://|www\.)", "", text)
        text = " ".join(text.split()).strip(" ,;:")
        if not text:
            continue
        if key in rec and key in _MULTI:
            rec[key] = f"{rec[key]}; {text}"
        else:
            rec.setdefault(key, text)
    return rec


def _fill_identifiers(rec: dict, text: str) -> None:
    for ident in find_identifiers(text):
        key = {"un": "un_symbol"}.get(ident.kind, ident.kind)
        if key in ("doi", "url", "isbn", "arxiv", "un_symbol") and not rec.get(key):
            rec[key] = ident.value
    if rec.get("un_symbol") and not rec.get("report_number"):
        rec["report_number"] = rec["un_symbol"]


def fields_from_record(rec: dict, text: str) -> Fields:
    """The Fields of a record read from ``text`` (identifiers found in ``text`` fill gaps)."""
    _fill_identifiers(rec, text)
    return normalize_record(rec)


def fields_from_tagged(tagged: Tagged) -> Fields:
    """The Fields of one labelled reference."""
    return fields_from_record(record_from_spans(spans_text(tagged)), tagged.text)
