"""Keep a user's manual edits in ``library.bib`` across rebuilds.

``citekit-state.json`` beside the library records, per key, the identities that pin the key
and the entry type and fields citekit generated.  On rebuild, a type or field whose value in
the library differs from what citekit generated (or a field the user added or deleted) is a
manual edit and wins; entries the user added are carried over.  Both sides are read through pybtex, so formatting
differences (quotes vs braces, month macros, spacing) are not mistaken for edits.
A library whose text is exactly what citekit writes for the state, with no edits laid over it,
has no edits: that case (every rebuild the user did not touch) is recognised without parsing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import BibliographyData, parse_string
from pybtex.scanner import PybtexSyntaxError
from pydantic import BaseModel, Field

from citekit.emit.bibtex import MONTHS, Entry, format_entry, format_library
from citekit.emit.jsontext import dumps_indented

STATE_NAME = "citekit-state.json"
PERSON_FIELDS = ("author", "editor")
TYPE_OVERRIDE = "@type"  # an override of the entry type (from a merged library), not a field


class EntryState(BaseModel):
    identity: list[str] = Field(default_factory=list)
    type: str | None = None  # the entry type citekit wrote (None: a state from before 0.1.1)
    fields: dict[str, str] = Field(default_factory=dict)


class LibraryState(BaseModel):
    """What citekit generated last time, per citation key."""

    citekit: str
    entries: dict[str, EntryState] = Field(default_factory=dict)


class LibraryReadError(Exception):
    """The existing library cannot be read safely; nothing is overwritten."""


@dataclass
class ManualEdits:
    overrides: dict[str, dict[str, str | None]] = field(default_factory=dict)  # None: deleted
    user_entries: list[Entry] = field(default_factory=list)


def load_state(out_dir: Path) -> LibraryState | None:
    path = out_dir / STATE_NAME
    if not path.exists():
        return None
    try:
        return LibraryState.model_validate_json(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise LibraryReadError(f"{path}: unreadable state file ({str(exc).splitlines()[0]})") from exc


def dump_state(state: LibraryState) -> str:
    return dumps_indented(state.model_dump(), indent=1, sort_keys=True) + "\n"


def _parse(text: str, where: str) -> BibliographyData:
    try:
        return parse_string(text, "bibtex")
    except (PybtexSyntaxError, Exception) as exc:  # pybtex raises several error types
        raise LibraryReadError(f"{where}: cannot read manual edits ({exc}); not overwriting it") from exc


def _canonical(entry) -> dict[str, str]:
    """Field values as pybtex reads them, person lists joined, months as macros."""
    values = {name.lower(): " ".join(value.split()) for name, value in entry.fields.items()}
    for role, people in entry.persons.items():
        values[role.lower()] = " and ".join(str(p) for p in people)
    if "month" in values:
        short = values["month"][:3].lower()
        values["month"] = short if short in MONTHS else values["month"]
    return values


def unedited_text(state: LibraryState, header: str) -> str:
    """The library citekit writes for ``state`` when no edits are laid over it."""
    entries = [Entry(s.type, key, s.fields) for key, s in state.entries.items() if s.type]
    return format_library(entries, header) if len(entries) == len(state.entries) else ""


def read_manual_edits(bib_path: Path, state: LibraryState | None, header: str | None = None) -> ManualEdits:
    """Compare the library on disk with what citekit generated for it last time.

    ``header``: the header citekit writes; with it, a library identical to the unedited text
    of ``state`` is known to carry no edits without being parsed."""
    if not bib_path.exists():
        return ManualEdits()
    if state is None:
        raise LibraryReadError(
            f"{bib_path}: exists but was not written by citekit (no {STATE_NAME} beside it); "
            "move it away and bring it in with --merge, or choose another --out"
        )
    text = bib_path.read_text(encoding="utf-8")
    if header is not None and text == unedited_text(state, header):
        return ManualEdits()
    on_disk = _parse(text, str(bib_path)).entries
    generated_text = "\n".join(
        format_entry(Entry("misc", key, s.fields)) for key, s in sorted(state.entries.items())
    )
    generated = _parse(generated_text, str(bib_path.parent / STATE_NAME)).entries
    edits = ManualEdits()
    for key, entry in on_disk.items():
        mine = _canonical(entry)
        if key not in generated:
            edits.user_entries.append(Entry(entry.type, key, mine))
            continue
        theirs = _canonical(generated[key])
        changed: dict[str, str | None] = {
            name: mine.get(name) for name in set(mine) | set(theirs) if mine.get(name) != theirs.get(name)
        }
        written_type = state.entries[key].type
        if written_type and entry.type.lower() != written_type:
            changed[TYPE_OVERRIDE] = entry.type.lower()
        if changed:
            edits.overrides[key] = changed
    return edits


def apply_edits(entries: list[Entry], edits: ManualEdits) -> list[Entry]:
    """The generated entries with the user's edits laid over them, plus the user's entries."""
    out = []
    for entry in entries:
        fields = dict(entry.fields)
        entry_type = entry.type
        for name, value in edits.overrides.get(entry.key, {}).items():
            if name == TYPE_OVERRIDE:
                entry_type = value or entry_type
            elif value is None:
                fields.pop(name, None)
            else:
                fields[name] = value
        out.append(Entry(entry_type, entry.key, fields))
    taken = {e.key for e in out}
    return out + [e for e in edits.user_entries if e.key not in taken]
