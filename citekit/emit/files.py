"""Atomic file writes: a reader never sees a half-written output, and a set of outputs that
belong together (library, graph, key state) is replaced as one.

:func:`write_together` writes every changed file to a temporary file first, then records the
renames it is about to make in a journal, then makes them.  A build killed before the journal
exists leaves the old outputs untouched; one killed after it is completed by
:func:`finish_interrupted_write` at the start of the next build.  So the library and the
state that tells manual edits from generated text always come from the same build.
"""

from __future__ import annotations

import filecmp
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

JOURNAL_NAME = ".citekit-commit.json"


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _mode(path: Path) -> int:
    """The permissions ``path`` has, or those a new file gets (mkstemp's are owner-only)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _write_temp(path: Path, content: str | bytes | Iterable[str], sync: bool = True) -> Path:
    """``content`` (bytes, text, or text in pieces) in a new temporary file beside ``path``,
    synced to disk unless ``sync`` is False."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode(path))
        with os.fdopen(fd, "wb") as handle:
            pieces = [content] if isinstance(content, (str, bytes)) else content
            for piece in pieces:
                handle.write(piece if isinstance(piece, bytes) else piece.encode("utf-8"))
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _sync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    Returns False (and leaves the file untouched) when the content is already the same.
    """
    data = text.encode("utf-8")
    if _same_bytes(path, data):
        return False
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def write_together(outputs: dict[Path, str | Iterable[str]]) -> list[Path]:
    """Write files of one folder as a unit (see the module docstring); return those changed.
    A file's content is its text, or its text in pieces (then never held whole)."""
    if len({path.parent for path in outputs}) > 1:
        raise ValueError("write_together writes the files of one folder")
    temps: dict[Path, Path] = {}
    try:
        for path, content in outputs.items():
            tmp = _write_temp(path, content, sync=False)
            if path.is_file() and filecmp.cmp(path, tmp, shallow=False):
                tmp.unlink()  # the same bytes: the file is left alone
            else:
                _sync_file(tmp)
                temps[path] = tmp
        if not temps:
            return []
        folder = next(iter(temps)).parent
        _sync_folder(folder)
        write_atomic(folder / JOURNAL_NAME, json.dumps({tmp.name: path.name for path, tmp in temps.items()}))
        _sync_folder(folder)
    except BaseException:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        raise
    for path, tmp in temps.items():
        os.replace(tmp, path)
    _sync_folder(folder)
    (folder / JOURNAL_NAME).unlink()
    return list(temps)


def finish_interrupted_write(folder: Path, names: tuple[str, ...]) -> bool:
    """Complete a :func:`write_together` that was killed half-way, and drop the temporary
    files of outputs ``names`` left by one killed before it began renaming.  True when there
    was something to complete."""
    journal = folder / JOURNAL_NAME
    completed = False
    if journal.exists():
        moves = json.loads(journal.read_text(encoding="utf-8"))
        for tmp, final in moves.items():
            if (folder / tmp).exists():
                os.replace(folder / tmp, folder / final)
        _sync_folder(folder)
        journal.unlink()
        completed = True
    if folder.is_dir():
        for stray in folder.glob(".*.tmp"):
            if stray.name.startswith(tuple(f".{name}." for name in (*names, JOURNAL_NAME))):
                stray.unlink(missing_ok=True)
    return completed
