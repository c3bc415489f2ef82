"""Works -> files in the output folder: library.bib, citations.json and the key state."""

from __future__ import annotations

from pathlib import Path

from citekit import __version__
from citekit.emit.bibtex import Dialect, format_library, to_entry
from citekit.emit.files import write_atomic
from citekit.emit.graph import format_graph
from citekit.emit.manual import (
    STATE_NAME, EntryState, LibraryState, ManualEdits, apply_edits, dump_state, load_state, read_manual_edits,
)
from citekit.merge import work_identities
from citekit.models import Corpus

LIBRARY_NAME = "library.bib"
GRAPH_NAME = "citations.json"
HEADER = (
    f"% Written by citekit. Edit freely: changed, added and deleted fields survive a rebuild.\n"
    f"% Each source lists the corpus documents citing it in `citedby`; documents list `cites`.\n"
)


def read_existing(out_dir: Path) -> tuple[dict[str, list[str]], ManualEdits]:
    """Pinned keys (with their identities) and the user's edits of an earlier build.

    Raises LibraryReadError when the existing library cannot be read safely."""
    state = load_state(out_dir)
    edits = read_manual_edits(out_dir / LIBRARY_NAME, state)
    pinned = {key: s.identity for key, s in state.entries.items()} if state else {}
    pinned.update({e.key: [] for e in edits.user_entries})  # the user's own keys are taken
    return pinned, edits


def write_outputs(corpus: Corpus, out_dir: Path, edits: ManualEdits, dialect: Dialect = "bibtex") -> list[Path]:
    """Write library.bib (manual edits kept), citations.json and the state; return changed files."""
    bib_path = out_dir / LIBRARY_NAME
    entries = [to_entry(w, dialect) for w in corpus.works]
    state = LibraryState(
        citekit=__version__,
        entries={e.key: EntryState(identity=work_identities(w), fields=e.fields)
                 for e, w in zip(entries, corpus.works)},
    )
    outputs = {
        bib_path: format_library(apply_edits(entries, edits), HEADER),
        out_dir / GRAPH_NAME: format_graph(corpus),
        out_dir / STATE_NAME: dump_state(state),
    }
    return [path for path, text in outputs.items() if write_atomic(path, text)]
