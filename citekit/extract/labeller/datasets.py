"""Training and evaluation data: AnyStyle XML and GROBID TEI citations -> labelled references,
and labelled references -> AnyStyle XML.

A :class:`LabelledReference` is the reference text plus one AnyStyle label per whitespace token
(see :mod:`.tokens`). GROBID's TEI labels characters, not tokens, and leaves punctuation and cue
words ('pp.', 'In:', 'Vol') outside its elements; :func:`read_grobid_tei` maps its elements onto
AnyStyle's label names (:data:`GROBID_LABELS`), gives each token the label of most of its labelled
characters and attaches unlabelled tokens the way AnyStyle's annotators do: punctuation to the
field before it, words to the field after it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from pydantic import BaseModel

from . import LABELS
from .tokens import Token, tokenize


class DatasetError(ValueError):
    """A training or gold file that cannot be read; the message names the file."""


class LabelledReference(BaseModel):
    """One reference string with one label per token; ``source`` names the file it came from."""

    text: str
    labels: list[str]
    source: str = ""
    group: str = ""  # references of one group stay in one fold (a GROBID file, an AnyStyle file)

    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    def spans(self) -> list[tuple[str, int, int]]:
        """Maximal runs of one label as (label, first token, last token + 1)."""
        return label_runs(self.labels)


def label_runs(labels: list[str]) -> list[tuple[str, int, int]]:
    """Maximal runs of equal labels as (label, start, end) token indices."""
    runs: list[tuple[str, int, int]] = []
    start = 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            runs.append((labels[start], start, i))
            start = i
    return runs


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise DatasetError(f"{path}: cannot read XML: {exc}") from None


# ---------------------------------------------------------------- AnyStyle XML

def read_anystyle_xml(path: str | Path) -> list[LabelledReference]:
    """The ``<sequence>`` elements of an AnyStyle/Wapiti XML file."""
    path = Path(path)
    root = _parse(path)
    refs: list[LabelledReference] = []
    for seq in root.iter("sequence"):
        words: list[str] = []
        labels: list[str] = []
        for el in seq:
            if el.tag not in LABELS:
                raise DatasetError(f"{path}: unknown label <{el.tag}>")
            for tok in (el.text or "").split():
                words.append(tok)
                labels.append(el.tag)
        if words:
            refs.append(LabelledReference(text=" ".join(words), labels=labels, source=path.stem,
                                          group=path.stem))
    return refs


def write_anystyle_xml(items: Iterable[tuple[str, list[Token], list[str]]]) -> str:
    """AnyStyle XML for (text, tokens, labels) triples; every character of each text is kept in
    order (white space between two fields closes the first; leading white space opens the first)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<dataset>"]
    for text, tokens, labels in items:
        out.append("  <sequence>")
        runs = label_runs(labels)
        for n, (label, a, b) in enumerate(runs):
            start = 0 if n == 0 else tokens[a].start
            end = len(text) if n == len(runs) - 1 else tokens[b].start
            out.append(f"    <{label}>{escape(text[start:end])}</{label}>")
        if not runs and text:
            out.append(f"    <note>{escape(text)}</note>")
        out.append("  </sequence>")
    out.append("</dataset>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- GROBID TEI

GROBID_LABELS: dict[str, str] = {
    "author": "author", "authors": "author", "editor": "editor", "date": "date",
    "publisher": "publisher", "publishe": "publisher", "pubPlace": "location", "pubplace": "location",
    "note": "note", "notes": "note", "ptr": "url", "page": "pages", "volumes": "volume",
}
_SCOPE = {"vol": "volume", "volume": "volume", "issue": "volume", "pp": "pages", "page": "pages",
          "pages": "pages", "chapter": "pages"}
_IDNO = {"doi": "doi", "isbn": "isbn"}


def _grobid_label(el: ET.Element, has_analytic_title: bool) -> str | None:
    tag = el.tag.rsplit("}", 1)[-1]
    if tag == "title":
        level = el.get("level", "")
        return {"a": "title", "j": "journal", "s": "collection-title"}.get(
            level, "container-title" if level == "m" and has_analytic_title else "title")
    if tag in ("biblScope", "biblStruct"):
        unit = (el.get("unit") or el.get("type") or el.get("level") or "").lower()
        return _SCOPE.get(unit, "volume" if unit in ("", "issue") else "pages")
    if tag == "idno":
        return _IDNO.get((el.get("type") or "").lower(), "note")
    if tag == "orgName":
        return "author" if el.get("type") == "collaboration" else "publisher"
    if tag == "note":
        return "genre" if el.get("type") == "report" else "note"
    return GROBID_LABELS.get(tag)


def _bibl_chars(bibl: ET.Element) -> tuple[str, list[str | None]]:
    """The text of a ``<bibl>`` with the label of each character (None outside fields)."""
    has_a = any(e.tag.rsplit("}", 1)[-1] == "title" and e.get("level") == "a" for e in bibl.iter())
    chars: list[str] = []
    labels: list[str | None] = []

    def walk(el: ET.Element, label: str | None) -> None:
        if el is not bibl:
            label = _grobid_label(el, has_a) or label
        if el.text:
            chars.append(el.text)
            labels.extend([label] * len(el.text))
        for child in el:
            walk(child, label)
            if child.tail:
                chars.append(child.tail)
                labels.extend([label] * len(child.tail))

    walk(bibl, None)
    return "".join(chars), labels


def _token_labels(text: str, char_labels: list[str | None]) -> tuple[list[str], list[str | None]]:
    words, labels = [], []
    for tok in tokenize(text):
        marks = char_labels[tok.start:tok.end]
        best = Counter(lab for ch, lab in zip(tok.text, marks) if lab and ch.isalnum()) \
            or Counter(lab for lab in marks if lab)
        words.append(tok.text)
        labels.append(best.most_common(1)[0][0] if best else None)
    return words, labels


_CITNUM = re.compile(r"^[\[(]?\d{1,4}[\]).:]?$")


def _attach_unlabelled(words: list[str], labels: list[str | None]) -> list[str]:
    out = list(labels)
    if words and labels[0] is None and _CITNUM.match(words[0]):
        out[0] = "citation-number"  # GROBID leaves a reference's number outside its fields
    for i in range(len(labels)):
        if out[i] is not None:
            continue
        prev = next((out[j] for j in range(i - 1, -1, -1) if out[j]), None)
        nxt = next((labels[j] for j in range(i + 1, len(labels)) if labels[j]), None)
        wordish = any(ch.isalnum() for ch in words[i])
        out[i] = (nxt or prev) if wordish else (prev or nxt)
    return [lab or "note" for lab in out]


def read_grobid_tei(path: str | Path) -> list[LabelledReference]:
    """The ``<bibl>`` elements of a GROBID citation training file, with AnyStyle labels."""
    path = Path(path)
    root = _parse(path)
    refs: list[LabelledReference] = []
    for bibl in root.iter():
        if bibl.tag.rsplit("}", 1)[-1] != "bibl":
            continue
        text, char_labels = _bibl_chars(bibl)
        words, labels = _token_labels(text, char_labels)
        if words and any(labels):
            refs.append(LabelledReference(text=" ".join(words), labels=_attach_unlabelled(words, labels),
                                          source="grobid", group=path.name))
    return refs


def read_dataset(path: str | Path) -> list[LabelledReference]:
    """AnyStyle XML or GROBID TEI, told apart by the root element; a folder reads every .xml in it."""
    path = Path(path)
    if path.is_dir():
        return [r for p in sorted(path.glob("*.xml")) for r in read_dataset(p)]
    root = _parse(path)
    if root.tag == "dataset":
        return read_anystyle_xml(path)
    return read_grobid_tei(path)
