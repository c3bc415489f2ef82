"""Keep a user's manual edits in ``library.bib`` across rebuilds.

``citekit-state.json`` beside the library records, per key, the identities that pin the key
and the entry type and fields citekit generated.  On rebuild, a type or field whose value in
the library differs from what citekit generated (or a field the user added or deleted) is a
manual edit and wins; entries the user added are carried over.  Both sides are read through pybtex, so formatting
differences (quotes vs braces, month macros, spacing) are not mistaken for edits.
A library whose text is exactly what citekit writes for the state, with no edits laid over it,
has no edits: that case (every rebuild the user did not touch) is recognised without parsing.

Whole entries too: a generated entry the user gave another key (the same entry, found by
its fields) keeps that key, which then pins the work; a generated entry the user deleted stays
out of ``library.bib`` (and of the other entries' ``cites``/``citedby``), though
``citations.json`` still records what the documents cite.  The edits of a work that leaves the
corpus (its document removed for a while) are kept in the state as ``retired``, with its key,
and come back with it.
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
    deleted: bool = False  # the user deleted the entry: it is not written again


class RetiredEntry(BaseModel):
    """A key whose work left the corpus, kept for the user's edits of it."""

    identity: list[str] = Field(default_factory=list)
    edits: dict[str, str | None] = Field(default_factory=dict)
    deleted: bool = False


class LibraryState(BaseModel):
    """What citekit generated last time, per citation key."""

    citekit: str
    entries: dict[str, EntryState] = Field(default_factory=dict)
    retired: dict[str, RetiredEntry] = Field(default_factory=dict)


class LibraryReadError(Exception):
    """The existing library cannot be read safely; nothing is overwritten."""


@dataclass
class ManualEdits:
    overrides: dict[str, dict[str, str | None]] = field(default_factory=dict)  # None: deleted
    user_entries: list[Entry] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)  # generated key -> the key the user gave it
    deleted: set[str] = field(default_factory=set)  # generated keys the user removed
    known: dict[str, list[str]] = field(default_factory=dict)  # every key the state knew -> its identities

    def retired(self, live: set[str]) -> dict[str, RetiredEntry]:
        """The edited or deleted keys no work of this build has: kept for when it comes back."""
        return {key: RetiredEntry(identity=ids, edits=self.overrides.get(key, {}), deleted=key in self.deleted)
                for key, ids in self.known.items()
                if key not in live and (self.overrides.get(key) or key in self.deleted)}


def load_state(out_dir: Path) -> LibraryState | None:
    path = out_dir / STATE_NAME
    if not path.exists():
        return None
    try:
        return LibraryState.model_validate_json(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise LibraryReadError(f"{path}: unreadable state file ({str(exc).splitlines()[0]})") from exc


def dump_state(state: LibraryState) -> str:
    data = state.model_dump()
    for entry in data["entries"].values():
        if not entry["deleted"]:
            del entry["deleted"]  # (the usual case, left out)
    if not data["retired"]:
        del data["retired"]
    return dumps_indented(data, indent=1, sort_keys=True) + "\n"


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
    if any(s.deleted for s in state.entries.values()):
        return ""
    entries = [Entry(s.type, key, s.fields) for key, s in state.entries.items() if s.type]
    return format_library(entries, header) if len(entries) == len(state.entries) else ""


_LINKS = ("cites", "citedby", "derivedfrom")


def _same_entry(mine: dict[str, str], theirs: dict[str, str]) -> bool:
    """One entry under another key: the same title and authors (or, without a title, the
    same authors, note and year), whatever else the user changed."""
    if mine.get("title") != theirs.get("title") or mine.get("author") != theirs.get("author"):
        return False
    if theirs.get("title"):
        return True
    return all(mine.get(name) == theirs.get(name) for name in ("note", "year", "institution", "howpublished"))


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
    edits = ManualEdits(known={key: s.identity for key, s in state.entries.items()})
    for key, gone in state.retired.items():
        edits.known.setdefault(key, gone.identity)
        if gone.edits:
            edits.overrides[key] = dict(gone.edits)
        if gone.deleted:
            edits.deleted.add(key)
    if header is not None and text == unedited_text(state, header):
        return edits
    on_disk = _parse(text, str(bib_path)).entries
    generated_text = "\n".join(
        format_entry(Entry("misc", key, s.fields)) for key, s in sorted(state.entries.items())
    )
    generated = _parse(generated_text, str(bib_path.parent / STATE_NAME)).entries
    mine = {key: _canonical(entry) for key, entry in on_disk.items()}
    theirs = {key: _canonical(entry) for key, entry in generated.items()}
    missing = [key for key in theirs if key not in mine]
    added = [key for key in mine if key not in theirs]
    for old in missing:  # an entry the user gave another key: the same one, and only one, on disk
        same = [new for new in added if _same_entry(mine[new], theirs[old])]
        if len(same) == 1 and sum(_same_entry(mine[same[0]], theirs[o]) for o in missing) == 1:
            edits.renames[old] = same[0]
            added.remove(same[0])
        else:
            edits.deleted.add(old)
    edits.known = {edits.renames.get(key, key): ids for key, ids in edits.known.items()}
    base = {edits.renames.get(key, key): key for key in theirs if key not in edits.deleted}
    for key, entry in on_disk.items():
        if key in added:
            edits.user_entries.append(Entry(entry.type, key, mine[key]))
            continue
        was = base[key]
        changed: dict[str, str | None] = {
            name: mine[key].get(name) for name in set(mine[key]) | set(theirs[was])
            if mine[key].get(name) != theirs[was].get(name) and not (key != was and name in _LINKS)
        }
        written_type = state.entries[was].type
        if written_type and entry.type.lower() != written_type:
            changed[TYPE_OVERRIDE] = entry.type.lower()
        if changed:
            edits.overrides[key] = changed
    return edits


def apply_edits(entries: list[Entry], edits: ManualEdits) -> list[Entry]:
    """The generated entries with the user's edits laid over them, but those the user deleted,
    plus the user's entries."""
    out = []
    for entry in entries:
        if entry.key in edits.deleted:
            continue
        fields = _without_deleted(entry.fields, edits.deleted)
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


def _without_deleted(fields: dict[str, str], deleted: set[str]) -> dict[str, str]:
    """``fields`` without the deleted keys in its link lists (a list left empty goes)."""
    if not deleted:
        return dict(fields)
    out = {}
    for name, value in fields.items():
        if name in _LINKS:
            value = ", ".join(k for k in value.split(", ") if k not in deleted)
            if not value:
                continue
        out[name] = value
    return out
