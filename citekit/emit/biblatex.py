"""Fit a biblatex entry to biber's default data model (``biber --tool --validate-datamodel``).

The tables below are the part of biblatex's data model (biber's ``biber-tool.conf``) that
citekit writes: the fields each entry type takes and the ones it requires.  An entry lacking a
required field becomes the nearest type that does not need it — a chapter without editors an
``@inbook``, an authorless article an ``@online`` (with a link) or ``@misc`` — and fields its
type does not take move to one it does (a site name or publisher to ``organization``) or are
left to ``citations.json``; a series the type cannot hold (a report's) goes into ``note``.
No value is ever invented (see :mod:`citekit.emit.describe` for untitled and undated works).
"""

from __future__ import annotations

# Fields valid for every entry type, of those citekit writes (plus citekit.dbx's links).
COMMON = frozenset({"date", "doi", "eprint", "eprinttype", "url", "urldate", "keywords", "crossref",
                    "note", "langid", "citedby", "cites", "derivedfrom"})
_BOOKISH = {"author", "editor", "title", "edition", "isbn", "location", "publisher", "series",
            "volume", "number", "pages"}
FIELDS: dict[str, frozenset[str]] = {
    "article": frozenset({"author", "editor", "title", "journaltitle", "series", "volume", "number",
                          "pages", "issn"}),
    "book": frozenset(_BOOKISH),
    "collection": frozenset(_BOOKISH - {"author"}),
    "inbook": frozenset(_BOOKISH | {"booktitle"}),
    "incollection": frozenset(_BOOKISH | {"booktitle"}),
    "inproceedings": frozenset(_BOOKISH - {"edition"} | {"booktitle", "organization"}),
    "report": frozenset({"author", "title", "institution", "location", "number", "pages", "type"}),
    "thesis": frozenset({"author", "title", "institution", "location", "pages", "type"}),
    "online": frozenset({"author", "editor", "title", "organization"}),
    "misc": frozenset({"author", "editor", "title", "howpublished", "location", "organization", "type"}),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "article": ("author", "title", "journaltitle"),
    "book": ("author", "title"),
    "collection": ("editor", "title"),
    "inbook": ("author", "title", "booktitle"),
    "incollection": ("author", "editor", "title", "booktitle"),
    "inproceedings": ("author", "title", "booktitle"),
    "report": ("author", "title", "type", "institution"),
    "thesis": ("author", "title", "type", "institution"),
    "online": ("title",),
    "misc": ("title",),
}
_LINKS = ("url", "doi", "eprint")


def _fallback(entry_type: str, out: dict[str, str]) -> str:
    """The type to write: the intended one if its required fields are there, else the nearest."""
    if entry_type == "book" and "author" not in out and "editor" in out:
        entry_type = "collection"
    if entry_type == "incollection" and "editor" not in out:
        entry_type = "inbook"
    if entry_type == "online" and not any(name in out for name in _LINKS):
        entry_type = "misc"  # @online requires one of url, doi, eprint
    required = REQUIRED.get(entry_type)
    if required is None or all(name in out for name in required):
        return entry_type if required is not None else "misc"
    return "online" if any(name in out for name in _LINKS) else "misc"


def fold_series(entry_type: str, out: dict[str, str]) -> None:
    """Move a series the entry type does not take (``@report``, ``@misc``) into ``note``."""
    if "series" in out and "series" not in FIELDS.get(entry_type, FIELDS["misc"]):
        series = "Series: " + out.pop("series")
        out["note"] = f"{series}. {out['note']}" if out.get("note") else series


def fit_biblatex(entry_type: str, out: dict[str, str]) -> str:
    """Choose the entry type and move or drop fields so the default data model accepts them."""
    chosen = _fallback(entry_type, out)
    allowed = FIELDS[chosen] | COMMON
    fold_series(chosen, out)
    if chosen in ("online", "misc"):
        venue = next((out.pop(n) for n in ("journaltitle", "booktitle") if n in out), None)
        body = next((out.pop(n) for n in ("institution", "publisher") if n in out), None)
        if chosen == "misc" and venue:
            out.setdefault("howpublished", venue)
            venue = None
        if venue or body:
            out.setdefault("organization", venue or body)
        if entry_type not in ("online", "misc"):
            out.pop("type", None)  # "techreport"/"phdthesis" no longer describes the entry
    elif chosen in ("report", "thesis") and "institution" not in out and "publisher" in out:
        out["institution"] = out.pop("publisher")
    for name in [n for n in out if n not in allowed]:
        del out[name]
    return chosen
