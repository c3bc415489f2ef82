"""Bring an existing library in (``build --merge existing.bib``: a Better BibTeX or JabRef
export): its keys and fields win, as ``manual`` provenance, over what citekit built.

Each existing entry is read (pybtex) into a citekit record, only to decide which built work it
is: a shared exact identity (DOI, ISBN, arXiv id, UN symbol, URL of a page), else
``merge.identity.same_work`` (same first author and title, no conflicting DOI or year), else
the work with the entry's key, when their first authors and years agree (a library citekit
wrote itself, whose statements and untitled reports have no title to match by).  A
matched work takes the entry's key (links in ``cites``/``citedby``/``derivedfrom`` follow),
type and fields; the fields citekit found and the file lacks are added.  Unmatched entries are
carried over as the user's own.  Nothing of the file is lost: every field is written back with
the value pybtex read (``tests/emit/test_existing.py`` checks this on real exports).
"""

from __future__ import annotations

from pathlib import Path

from citekit.emit.bibtex import MONTHS, Entry
from citekit.emit.latex import latex_to_text
from citekit.emit.library import LibraryError, _author, load_bib
from citekit.emit.manual import TYPE_OVERRIDE, ManualEdits, _canonical
from citekit.merge.identity import conflicts, identity_keys, name_key, same_work
from citekit.models import DATE_RE, Corpus, Fields, Work

_TYPES = {"article": "article", "techreport": "report", "report": "report", "book": "book",
          "incollection": "chapter", "inbook": "chapter", "inproceedings": "paper-conference",
          "conference": "paper-conference", "phdthesis": "thesis", "mastersthesis": "thesis",
          "thesis": "thesis", "online": "webpage", "www": "webpage"}
# BibTeX field -> the citekit field it sets (for provenance)
_ATTRS = {"title": "title", "author": "authors", "editor": "editors", "journal": "container",
          "journaltitle": "container", "booktitle": "container", "year": "date", "date": "date",
          "month": "date", "volume": "volume", "number": "number", "pages": "pages",
          "publisher": "publisher", "institution": "institution", "school": "institution",
          "address": "place", "location": "place", "edition": "edition", "series": "series",
          "url": "url", "urldate": "urldate", "doi": "doi", "isbn": "isbn", "eprint": "arxiv",
          "note": "note", "keywords": "keywords", "language": "language", "langid": "language"}
LINK_FIELDS = ("cites", "citedby", "derivedfrom")


ExistingLibraryError = LibraryError  # the file to merge cannot be read


def _date(values: dict[str, str]) -> str | None:
    if (date := values.get("date", "")[:10]) and DATE_RE.match(date):
        return date
    year = values.get("year", "")
    if not (len(year) == 4 and year.isdigit()):
        return None
    month = values.get("month", "")[:3].lower()
    return f"{year}-{MONTHS.index(month) + 1:02d}" if month in MONTHS else year


def record(entry_type: str, values: dict[str, str], people: dict) -> Fields:
    """The citekit record of one existing entry (for matching only; its text is kept as is)."""
    text = {name: latex_to_text(value) for name, value in values.items()}
    return Fields(
        type=_TYPES.get(entry_type, "misc"), title=text.get("title"),
        authors=[_author(p) for p in people.get("author", [])],
        editors=[_author(p) for p in people.get("editor", [])], date=_date(text),
        container=text.get("journal") or text.get("journaltitle") or text.get("booktitle"),
        doi=text.get("doi"), isbn=text.get("isbn"), url=values.get("url"),
        arxiv=text.get("eprint") if text.get("eprinttype", text.get("archiveprefix", "")).lower() == "arxiv" else None,
        institution=text.get("institution") or text.get("school"), report_number=text.get("number"),
    )


def read_bib(path: Path) -> list[tuple[Entry, Fields]]:
    """Every entry of ``path``: its fields as pybtex reads them, and its record."""
    data = load_bib(path)
    out = []
    for key, bib in data.entries.items():
        values = _canonical(bib)
        people = {role.lower(): persons for role, persons in bib.persons.items()}
        out.append((Entry(bib.type.lower(), key, values), record(bib.type.lower(), values, people)))
    return out


def _match(key: str, fields: Fields, works: list[Work], taken: set[int]) -> int | None:
    """The built work an existing entry is: by identity, else by author and title, else (a
    library citekit wrote: statements, untitled reports, documents) the work with its key
    whose first author and year do not disagree."""
    ids = set(identity_keys(fields))
    free = [i for i in range(len(works)) if i not in taken]
    exact = [i for i in free if ids & set(identity_keys(works[i].fields))]
    if len(exact) == 1:
        return exact[0]
    fuzzy = [i for i in (exact or free) if same_work(fields, works[i].fields)]
    if len(fuzzy) == 1:
        return fuzzy[0]
    same_key = next((i for i in (fuzzy or free) if works[i].key == key), None)
    if same_key is not None and not conflicts(fields, works[same_key].fields):
        ours, theirs = sorted((name_key(fields), name_key(works[same_key].fields)), key=len)
        if not ours or theirs.endswith(ours):  # ("Van Aalst" read back as "van aalst")
            return same_key
    return None


def merge_existing(corpus: Corpus, existing: list[tuple[Entry, Fields]],
                   edits: ManualEdits | None = None) -> ManualEdits:
    """Give matched works the existing keys and ``manual`` provenance; return the edits that
    lay the existing fields over them (added to ``edits``), unmatched entries as the user's."""
    edits = edits or ManualEdits()
    renames: dict[str, str] = {}
    taken: set[int] = set()
    own_keys = {e.key for e in edits.user_entries}
    for entry, fields in existing:
        index = _match(entry.key, fields, corpus.works, taken)
        if index is None:
            if entry.key not in own_keys:
                edits.user_entries.append(entry)
            continue
        taken.add(index)
        work = corpus.works[index]
        renames[work.key] = entry.key
        for name in entry.fields:
            if name in _ATTRS:
                work.provenance[_ATTRS[name]] = "manual"
        overrides = {name: value for name, value in entry.fields.items() if name not in LINK_FIELDS}
        overrides[TYPE_OVERRIDE] = entry.type
        edits.overrides.setdefault(entry.key, {}).update(overrides)
    existing_keys = {e.key for e, _ in existing} | own_keys
    used = existing_keys | {w.key for w in corpus.works}
    for index, work in enumerate(corpus.works):  # a built work whose key an existing entry has
        if index not in taken and work.key in existing_keys:
            suffix = 1
            while f"{work.key}-{suffix}" in used:
                suffix += 1
            renames[work.key] = f"{work.key}-{suffix}"
            used.add(renames[work.key])
    for work in corpus.works:
        work.key = renames.get(work.key, work.key)
        for name in ("cites", "cited_by", "derived_from"):
            setattr(work, name, sorted(renames.get(k, k) for k in getattr(work, name)))
    for mention in corpus.mentions:
        if mention.work:
            mention.work = renames.get(mention.work, mention.work)
    return edits
