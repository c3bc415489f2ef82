"""Read an existing ``library.bib`` (and the ``citations.json`` beside it) for export and cite.

The library is the source of truth for fields, so the user's manual edits count; the graph,
when present, adds what BibTeX cannot say: the work's citekit type (``webpage`` vs ``article``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import BibliographyData, parse_string

from citekit.emit.bibtex import MONTHS, Entry
from citekit.models import Author

GRAPH_NAME = "citations.json"
PERSON_ROLES = ("author", "editor")


class LibraryError(Exception):
    """The library cannot be read."""


@dataclass
class Item:
    """One library entry: its BibTeX text fields, its people, and its graph record if any."""

    entry: Entry
    people: dict[str, list[Author]] = field(default_factory=dict)
    work: dict = field(default_factory=dict)


def _author(person) -> Author:
    family = " ".join(person.prelast_names + person.last_names)
    given = " ".join(person.first_names + person.middle_names + person.lineage_names)  # ("M. L. Jr.")
    if not given and family.startswith("{") and family.endswith("}"):
        return Author(literal=family[1:-1])
    return Author(family=family, given=given or None)


def _field_value(name: str, value: str) -> str:
    if name == "month":
        short = value[:3].lower()
        if value.strip().isdigit() and 1 <= int(value) <= 12:
            return MONTHS[int(value) - 1]  # "month = 7"
        return short if short in MONTHS else value
    return value


def load_bib(path: Path) -> BibliographyData:
    """A .bib file as pybtex reads it; LibraryError (one line) when it cannot be read."""
    try:
        return parse_string(path.read_text(encoding="utf-8"), "bibtex")
    except OSError as exc:
        raise LibraryError(f"{path}: {exc.strerror or exc}") from exc
    except Exception as exc:  # pybtex raises several error types
        raise LibraryError(f"{path}: cannot parse ({exc})") from exc


def read_library(path: Path) -> list[Item]:
    """Every entry of the library, in file order, with its graph record when there is one."""
    data = load_bib(path)
    works: dict[str, dict] = {}
    graph = path.parent / GRAPH_NAME
    if graph.exists():
        try:
            works = {w["key"]: w for w in json.loads(graph.read_text(encoding="utf-8")).get("works", [])}
        except (ValueError, KeyError, TypeError, AttributeError):
            works = {}
    items = []
    for key, bib in data.entries.items():
        fields = {name.lower(): _field_value(name.lower(), str(value)) for name, value in bib.fields.items()}
        people = {role.lower(): [_author(p) for p in persons] for role, persons in bib.persons.items()}
        for role, persons in bib.persons.items():
            fields[role.lower()] = " and ".join(str(p) for p in persons)
        items.append(Item(Entry(bib.type.lower(), key, fields), people, works.get(key, {})))
    return items


def split_keys(value: str | None) -> list[str]:
    """The keys of a ``citedby``/``cites``/``crossref`` field."""
    return [k.strip() for k in (value or "").split(",") if k.strip()]
