"""Library items -> CSL-JSON (what Zotero, Pandoc and citeproc read).

Zotero drops unknown BibTeX fields, so the citation links travel in ``note`` ("Cited by: …")
and the key in ``citation-key``.  Types: citekit's type from ``citations.json`` when present,
else the BibTeX entry type; an article with volume, issue, pages, DOI or ISSN is
``article-journal``, one without (a news or magazine site) ``article-newspaper``.
"""

from __future__ import annotations

import re

from citekit.emit.bibtex import BABEL_NAMES, MONTHS, split_suffix
from citekit.emit.describe import PERSONAL_DESCRIPTION
from citekit.emit.latex import latex_to_text
from citekit.emit.library import Item, split_keys
from citekit.models import Author

_BIB_TYPES = {
    "article": "article", "techreport": "report", "report": "report", "book": "book",
    "collection": "book", "incollection": "chapter", "inbook": "chapter", "inproceedings": "paper-conference",
    "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis", "online": "webpage",
}
_CSL_TYPES = {"article": "article-journal", "report": "report", "book": "book", "chapter": "chapter",
              "paper-conference": "paper-conference", "thesis": "thesis", "webpage": "webpage", "misc": "document",
              "press-release": "report", "broadcast": "broadcast", "podcast": "broadcast", "legal_case": "legal_case"}
_GENRE_TYPES = ("thesis", "report", "broadcast", "document")  # CSL types whose genre the BibTeX ``type`` gives
_JOURNAL_SIGNS = ("volume", "number", "pages", "doi", "issn")
_ISO_LANGUAGES = {name: code for code, name in BABEL_NAMES.items()}
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def csl_type(item: Item) -> str:
    if latex_to_text(item.entry.fields.get("title", "")) == PERSONAL_DESCRIPTION:
        return "personal_communication"  # the description citekit gives a person's words
    kind = item.work.get("type") or _BIB_TYPES.get(item.entry.type, "misc")
    if item.entry.type == "online" and kind == "article":
        kind = "webpage"
    if kind == "article" and not any(item.entry.fields.get(n) for n in _JOURNAL_SIGNS):
        return "article-newspaper"
    return _CSL_TYPES.get(kind, "document")


def _name(author: Author) -> dict:
    if author.literal:
        return {"literal": latex_to_text(author.literal)}
    name = {"family": latex_to_text(author.family or "")}
    if author.given:
        given, suffix = split_suffix(author.given)
        name["given"] = latex_to_text(given)
        if suffix:
            name["suffix"] = suffix
    return name


def _date(value: str | None) -> dict | None:
    match = _DATE_RE.match(value or "")
    if not match:
        return None
    return {"date-parts": [[int(part) for part in match.groups() if part]]}


def _issued(fields: dict[str, str]) -> dict | None:
    if fields.get("date"):
        return _date(fields["date"])
    if not (fields.get("year") or "").isdigit():
        return None
    parts = [int(fields["year"])]
    if fields.get("month") in MONTHS:
        parts.append(MONTHS.index(fields["month"]) + 1)
    return {"date-parts": [parts]}


def _language(name: str | None) -> str | None:
    """CSL's language (an ISO code, as Zotero writes it) from a babel name or a code as given."""
    return _ISO_LANGUAGES.get(name.strip().lower(), name.strip()) if name and name.strip() else None


def _links_note(fields: dict[str, str]) -> str:
    parts = []
    for name, label in (("citedby", "Cited by"), ("cites", "Cites"), ("derivedfrom", "Derived from")):
        if keys := split_keys(fields.get(name)):
            parts.append(f"{label}: {', '.join(keys)}")
    return ". ".join(parts)


def to_csl(item: Item) -> dict:
    """One CSL-JSON item (valid against the CSL 1.0.2 data schema)."""
    f = item.entry.fields
    kind = csl_type(item)
    text = lambda *names: next((latex_to_text(f[n]) for n in names if f.get(n)), None)  # noqa: E731
    record: dict = {"id": item.entry.key, "type": kind, "citation-key": item.entry.key}
    for role in ("author", "editor"):
        if item.people.get(role):
            record[role] = [_name(a) for a in item.people[role]]
    container = text("journal", "journaltitle", "booktitle", "howpublished")
    body = text("publisher", "institution", "school", "organization")
    if kind == "webpage" and not container and f.get("organization"):
        container, body = text("organization"), text("publisher", "institution")
    values = {
        "title": text("title"), "container-title": container, "publisher": body,
        "publisher-place": text("address", "location"), "volume": text("volume"),
        "issue" if kind.startswith("article") else "number": text("number"),
        "page": text("pages"), "edition": text("edition"), "collection-title": text("series"),
        "genre": text("type") if kind in _GENRE_TYPES and f.get("type") != "techreport" else None,
        "DOI": f.get("doi"), "ISBN": f.get("isbn"), "ISSN": f.get("issn"), "URL": f.get("url"),
        "keyword": text("keywords"), "issued": _issued(f), "accessed": _date(f.get("urldate")),
        "language": _language(f.get("langid") or f.get("language")),
    }
    record.update({name: value for name, value in values.items() if value})
    note = "\n".join(n for n in (text("note"), _links_note(f)) if n)
    if note:
        record["note"] = note
    return record


def to_csl_json(items: list[Item]) -> list[dict]:
    return [to_csl(item) for item in items]
