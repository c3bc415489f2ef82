"""Works -> files in the output folder: library.bib, citations.json, the key state, and
citekit.dbx (the biblatex data-model extension declaring the link fields, for
``\\usepackage[datamodel=citekit]{biblatex}`` with TEXINPUTS pointing at the folder)."""

from __future__ import annotations

from importlib.resources import files as package_files
from pathlib import Path

from citekit import __version__
from citekit.emit.ascii import ascii_entry
from citekit.emit.bibtex import Dialect, format_library, to_entry
from citekit.emit.files import finish_interrupted_write, write_together
from citekit.emit.graph import graph_chunks
from citekit.emit.manual import (
    STATE_NAME, EntryState, LibraryState, ManualEdits, apply_edits, dump_state, load_state, read_manual_edits,
)
from citekit.merge import work_identities
from citekit.models import Corpus

LIBRARY_NAME = "library.bib"
GRAPH_NAME = "citations.json"
DBX_NAME = "citekit.dbx"
OUTPUT_NAMES = (LIBRARY_NAME, GRAPH_NAME, STATE_NAME, DBX_NAME)
HEADER = (
    f"% Written by citekit. Edit freely: changed, added and deleted fields and entries survive a rebuild.\n"
    f"% Each source lists the corpus documents citing it in `citedby`; documents list `cites`.\n"
)


def read_existing(out_dir: Path) -> tuple[dict[str, list[str]], ManualEdits]:
    """Pinned keys (with their identities) and the user's edits of an earlier build.

    Raises LibraryReadError when the existing library cannot be read safely."""
    state = load_state(out_dir)
    edits = read_manual_edits(out_dir / LIBRARY_NAME, state, HEADER)
    pinned = dict(edits.known)  # (a key the user gave a generated entry pins its work)
    pinned.update({e.key: [] for e in edits.user_entries})  # the user's own keys are taken
    return pinned, edits


def dbx_text() -> str:
    """The biblatex data-model extension shipped in citekit/data/."""
    return package_files("citekit").joinpath("data", DBX_NAME).read_text(encoding="utf-8")


def write_outputs(corpus: Corpus, out_dir: Path, edits: ManualEdits, dialect: Dialect = "bibtex",
                  ascii: bool = False) -> list[Path]:
    """Write library.bib (manual edits kept), citations.json, the state and citekit.dbx;
    return the files that changed.  ``ascii`` writes library.bib in pure ASCII."""
    bib_path = out_dir / LIBRARY_NAME
    entries = [to_entry(w, dialect) for w in corpus.works]
    if ascii:
        entries = [ascii_entry(e) for e in entries]
    state = LibraryState(
        citekit=__version__,
        entries={e.key: EntryState(identity=work_identities(w), type=e.type, fields=e.fields,
                                   deleted=e.key in edits.deleted)
                 for e, w in zip(entries, corpus.works)},
        retired=edits.retired({w.key for w in corpus.works}),
    )
    outputs = {
        bib_path: format_library(apply_edits(entries, edits), HEADER),
        out_dir / GRAPH_NAME: graph_chunks(corpus),
        out_dir / STATE_NAME: dump_state(state),
        out_dir / DBX_NAME: dbx_text(),
    }
    return write_together(outputs)


def repair_outputs(out_dir: Path) -> bool:
    """Finish writing outputs that a killed build left half-replaced (see emit/files.py)."""
    return finish_interrupted_write(out_dir, OUTPUT_NAMES)
