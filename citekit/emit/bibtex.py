"""Works -> BibTeX entries (classic BibTeX or biblatex dialect) and their text.

The writer is ours, not pybtex's: pybtex escapes ``_ % & #`` inside URLs and quotes months,
both wrong for biber.  URL and DOI fields are written raw, months as bare macros, text fields
escaped, titles case-protected word by word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from citekit.emit.biblatex import fit_biblatex, fold_series
from citekit.emit.describe import NO_YEAR, UNSPECIFIED_DATE, describe, redundant_note
from citekit.emit.latex import escape, protect_case
from citekit.models import Author, Work

Dialect = Literal["bibtex", "biblatex"]

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# ISO 639-1 -> the babel/polyglossia name that biblatex's langid and babelbib's language take
BABEL_NAMES = {"en": "english", "fr": "french", "es": "spanish", "de": "ngerman", "it": "italian",
               "pt": "portuguese", "nl": "dutch", "ru": "russian"}
FIELD_ORDER = (
    "key", "author", "editor", "title", "journal", "journaltitle", "booktitle", "howpublished",
    "institution", "organization", "school", "publisher", "address", "location", "edition",
    "series", "type", "volume", "number", "pages", "year", "month", "date", "isbn", "doi",
    "eprint", "eprinttype", "archiveprefix", "url", "urldate", "keywords", "note", "cites",
    "citedby", "derivedfrom",
)

_TYPES: dict[Dialect, dict[str, str]] = {
    "bibtex": {
        "article": "article", "report": "techreport", "book": "book", "chapter": "incollection",
        "paper-conference": "inproceedings", "thesis": "phdthesis", "webpage": "misc",
    },
    "biblatex": {
        "article": "article", "report": "report", "book": "book", "chapter": "incollection",
        "paper-conference": "inproceedings", "thesis": "thesis", "webpage": "online",
    },
}


@dataclass
class Entry:
    """One BibTeX entry: type, key and fields as they will be written (already escaped)."""

    type: str
    key: str
    fields: dict[str, str] = field(default_factory=dict)


_NAME_BREAK_RE = re.compile(r",|(?:^|\s)and(?:\s|$)|^others$", re.I)
_URL_UNSAFE_RE = re.compile(r"[{}\\\s\x00-\x1f\x7f]")


def _name_part(text: str) -> str:
    """One part of a name, escaped; braced when BibTeX would split it (a comma, a word "and",
    the name "others")."""
    value = escape(" ".join(text.split()))
    return "{" + value + "}" if _NAME_BREAK_RE.search(value) else value


_SUFFIX_RE = re.compile(r"^(?P<given>.*\S)\s+(?P<suffix>Jr\.?|Sr\.?|II|III|IV|Jnr\.?|Snr\.?)$")


def split_suffix(given: str) -> tuple[str, str | None]:
    """A given name without the suffix parsing left at its end ("M. L. Jr." -> "M. L.", "Jr.")."""
    m = _SUFFIX_RE.match(given.strip())
    return (m.group("given"), m.group("suffix")) if m else (given, None)


def format_names(authors: list[Author]) -> str:
    """BibTeX name list; organisations are brace-protected so they stay one name."""
    parts = []
    for a in authors:
        if not (a.literal or a.family or a.given or "").strip():
            continue  # an empty name would make BibTeX see an author that is not there
        if a.literal:
            parts.append("{" + escape(" ".join(a.literal.split())) + "}")
        elif a.given and (a.family or "").strip():
            given, suffix = split_suffix(a.given)
            if suffix:  # BibTeX's "von Last, Jr, First": "King, Jr., M. L."
                parts.append(f"{_name_part(a.family or '')}, {_name_part(suffix)}, {_name_part(given)}")
            else:
                parts.append(f"{_name_part(a.family or '')}, {_name_part(a.given)}")
        else:
            parts.append(_name_part(a.family or a.given or ""))
    return " and ".join(parts)


def safe_url(url: str) -> str:
    """The URL as written: raw (biber and the url package want ``_ % & #`` as they are), except
    braces, backslashes and whitespace, percent-encoded so the field's braces stay balanced; one
    printed without its scheme ("www.themorgan.org/exhibitions") gets ``https://``."""
    if _SCHEMELESS_RE.match(url):
        url = "https://" + url
    return _URL_UNSAFE_RE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url)


_SCHEMELESS_RE = re.compile(r"(?i)www\.[a-z0-9-]+\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/"  # a host, then its path
                            r"|[a-z0-9-]+(?:\.[a-z0-9-]+){2,}\.[a-z]{2,}$")  # or a host of three names or more


def to_entry(work: Work, dialect: Dialect = "bibtex") -> Entry:
    """Map a work onto the entry type and fields of the chosen dialect."""
    f = work.fields
    container = f.container
    entry_type = _TYPES[dialect].get(f.type, "misc")
    if entry_type == "article" and not container:
        entry_type = "online" if dialect == "biblatex" and f.url else "misc"
    out: dict[str, str] = {}
    if names := format_names(f.authors):
        out["author"] = names
    if names := format_names(f.editors):
        out["editor"] = names
    untitled = describe(f) if not f.title else None
    out["title"] = protect_case(f.title or untitled)
    body = f.institution or f.publisher or next((a.literal for a in f.authors if a.literal), None)
    if container:
        if entry_type == "article":
            out["journaltitle" if dialect == "biblatex" else "journal"] = escape(container)
        elif entry_type in ("incollection", "inproceedings"):
            out["booktitle"] = escape(container)
        elif entry_type in ("misc", "online"):
            out["howpublished" if dialect == "bibtex" else "organization"] = escape(container)
        elif entry_type in ("techreport", "report") and not body:
            body = container
    if entry_type in ("techreport", "report"):
        if body:
            out["institution"] = escape(body)
        if f.genre and f.title and f.genre.split()[-1] not in f.title.lower().split():
            # "Survey" where styles print "Technical Report" (unless the title says it)
            out["type"] = escape(f.genre[:1].upper() + f.genre[1:])
        elif dialect == "biblatex":
            out["type"] = "techreport"
        if f.un_symbol or f.report_number:
            out["number"] = escape(f.report_number or f.un_symbol or "")
    elif entry_type in ("phdthesis", "thesis"):
        if body:
            out["school" if dialect == "bibtex" else "institution"] = escape(body)
        if dialect == "biblatex":
            out["type"] = "phdthesis"
    elif f.publisher and entry_type in ("misc", "online"):
        out.setdefault("howpublished" if dialect == "bibtex" else "organization", escape(f.publisher))
    elif f.publisher:
        out["publisher"] = escape(f.publisher)
    if entry_type in ("misc", "online") and f.genre and f.title:
        out["type"] = escape(f.genre[:1].upper() + f.genre[1:])  # "Press release", "Radio broadcast"
    if f.place:
        out["location" if dialect == "biblatex" else "address"] = escape(f.place)
    loose_volume = None
    for name in ("edition", "series", "volume"):
        value = getattr(f, name)
        if value and name == "volume" and not value.isdigit():
            loose_volume = f"vol. {value}"  # (biber's data model takes an integer volume only: "Day" goes to the note)
        elif value:
            out[name] = escape(value)
    if f.number and "number" not in out:
        out["number"] = escape(f.number)
    if f.pages:
        out["pages"] = escape(f.pages)
    if f.date:
        if dialect == "biblatex":
            out["date"] = f.date
        else:
            out["year"] = f.date[:4]
            if len(f.date) >= 7:
                out["month"] = MONTHS[int(f.date[5:7]) - 1]
    elif dialect == "biblatex":
        out["date"] = UNSPECIFIED_DATE  # EDTF "year unspecified": biber accepts, styles print nothing
    else:
        out["year"] = NO_YEAR  # what natbib's styles print and require: this dialect is for BibTeX
    if f.isbn:
        out["isbn"] = f.isbn
    if f.doi:
        out["doi"] = f.doi
    if f.arxiv:
        out["eprint"] = f.arxiv
        out["eprinttype" if dialect == "biblatex" else "archiveprefix"] = "arXiv"
    if f.url:
        out["url"] = safe_url(f.url)
    if f.urldate:
        out["urldate"] = f.urldate
    if f.keywords:
        out["keywords"] = escape(", ".join(f.keywords))
    if f.language in BABEL_NAMES:  # Zotero's Language, babelbib's language; biblatex's langid (hyphenation)
        out["langid" if dialect == "biblatex" else "language"] = BABEL_NAMES[f.language]
    if f.note and not (untitled and redundant_note(f, untitled)) and f.note.lower() != (f.genre or "").lower():
        out["note"] = escape(f.note)
    if loose_volume:
        out["note"] = f"{out['note']}; {escape(loose_volume)}" if "note" in out else escape(loose_volume)
    if work.cites:
        out["cites"] = ", ".join(work.cites)
    if work.cited_by:
        out["citedby"] = ", ".join(work.cited_by)
    if work.derived_from:
        out["derivedfrom"] = ", ".join(work.derived_from)
    if entry_type in ("techreport", "report") and "author" not in out and "institution" in out:
        out["author"] = "{" + out["institution"] + "}"  # a body authors its own report
    if dialect == "bibtex":
        entry_type = _fit_classic(entry_type, out, work)
    else:
        entry_type = fit_biblatex(entry_type, out)
    return Entry(entry_type, work.key, out)


# What plain.bst requires of each type ("author" may be an editor for books).
_REQUIRED = {
    "article": ("author", "title", "journal", "year"),
    "book": ("author", "title", "publisher", "year"),
    "incollection": ("author", "title", "booktitle", "publisher", "year"),
    "inproceedings": ("author", "title", "booktitle", "year"),
    "techreport": ("author", "title", "institution", "year"),
    "phdthesis": ("author", "title", "school", "year"),
}


def _fit_classic(entry_type: str, out: dict[str, str], work: Work) -> str:
    """Keep classic BibTeX styles quiet: an entry missing a field its type requires becomes
    @misc, and one without author or editor gets a sort key."""
    if entry_type == "book" and "author" in out:
        out.pop("editor", None)  # plain.bst takes author or editor, never both
    if entry_type == "article" and "number" in out and "volume" not in out:
        out["volume"] = out.pop("number")  # an issue-numbered periodical: plain.bst wants a volume
    people = "author" in out or (entry_type == "book" and "editor" in out)
    required = _REQUIRED.get(entry_type, ())
    if required and not all(f in out or (f == "author" and people) for f in required):
        venue = out.pop("journal", None) or out.pop("booktitle", None)
        venue = venue or out.get("institution") or out.get("school") or out.get("publisher")
        for name in ("institution", "school", "publisher"):
            out.pop(name, None)
        if venue:
            out["howpublished"] = venue
        entry_type = "misc"
    f = work.fields
    if entry_type == "misc" and not (f.title or f.date) and not {"author", "howpublished", "note"} & set(out):
        if work.fields.url:  # a bare link: plain.bst prints nothing of a url field
            out["howpublished"] = escape(work.fields.url.split("://", 1)[-1].split("/", 1)[0])
    fold_series({"techreport": "report", "phdthesis": "thesis"}.get(entry_type, entry_type), out)
    if "author" not in out and ("editor" not in out or entry_type not in _SORTED_BY_EDITOR):
        # plain.bst sorts a book by its editor when it has no author, anything else by author or key
        # (natbib reads the label plainnat makes of it inside \bibitem[…]: a bracket must be braced,
        # "Pensioners v Greyhollow [2032] KHC 1184")
        key = escape(f.institution or f.publisher or f.container or f.title or work.key)
        out["key"] = key.replace("[", "{[}").replace("]", "{]}")
    return entry_type


_SORTED_BY_EDITOR = {"book", "inbook", "proceedings", "collection"}


def _order(name: str) -> tuple[int, str]:
    return (FIELD_ORDER.index(name), name) if name in FIELD_ORDER else (len(FIELD_ORDER), name)


def format_entry(entry: Entry) -> str:
    """The entry's text: fields in a fixed order, aligned, months as bare macros."""
    names = sorted(entry.fields, key=_order)
    width = max((len(n) for n in names), default=0)
    lines = [f"@{entry.type}{{{entry.key},"]
    for name in names:
        value = entry.fields[name]
        text = value if name == "month" and value in MONTHS else "{" + value + "}"
        lines.append(f"  {name.ljust(width)} = {text},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def format_library(entries: list[Entry], header: str = "") -> str:
    """All entries sorted by key, separated by blank lines."""
    body = "\n".join(format_entry(e) for e in sorted(entries, key=lambda e: e.key))
    return (header + "\n" if header else "") + body
