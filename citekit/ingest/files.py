"""Files on disk -> Documents: find the inputs, read one file, report what went wrong.

``load_document`` refuses a file with an :class:`IngestError` (one line, no traceback);
softer troubles (a guessed legacy encoding, an HTML page without main text) come back as
warnings beside the Document.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from pathlib import Path

from citekit.ingest.decode import DecodeError, decode_bytes
from citekit.ingest.detect import DOCUMENT_SUFFIXES, HTML_SUFFIXES, detect_format
from citekit.models import Document, Fields, Problem

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_PDF_MESSAGE = "PDF is not supported yet"


class IngestError(Exception):
    """A file that cannot become a Document; ``message`` is one line for the user."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message

    def problem(self) -> Problem:
        return Problem(path=self.path, message=self.message, severity="error")


def display_path(path: Path, root: Path | None = None) -> str:
    """``path`` relative to ``root`` (default: the working directory) when it lies inside,
    else absolute; POSIX style, symlinks not resolved."""
    cwd = Path.cwd()
    absolute = Path(os.path.normpath(cwd / path))  # "/" keeps an absolute right-hand side
    base = Path(os.path.normpath(cwd / root)) if root is not None else cwd
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return absolute.as_posix()


def load_document(
    path: Path, *, root: Path | None = None, max_bytes: int = 10_000_000
) -> tuple[Document, list[Problem]]:
    """Read, decode and (for HTML) extract one file; raise IngestError when it cannot be done."""
    path = Path(path)
    shown = display_path(path, root)
    data = _read(path, shown, max_bytes)
    if data.startswith(b"%PDF-"):
        raise IngestError(shown, _PDF_MESSAGE)
    declared = None
    if path.suffix.lower() in HTML_SUFFIXES:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii") if m else None
    try:
        decoded = decode_bytes(data, declared=declared)
    except DecodeError as err:
        raise IngestError(shown, str(err)) from None
    problems = [Problem(path=shown, message=decoded.note)] if decoded.note else []
    text, fmt = decoded.text, detect_format(path, decoded.text)
    meta = Fields()
    if fmt == "html":
        from citekit.ingest.html import read_html

        notes: list[str] = []
        text, meta = read_html(decoded.text, shown, warnings=notes)
        problems.extend(Problem(path=shown, message=note) for note in notes)
        if not text.strip():
            raise IngestError(shown, "the HTML page has no text")
    return Document(
        id=path.stem,
        path=shown,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        format=fmt,
        encoding=decoded.encoding,
        meta=meta,
    ), problems


def _read(path: Path, shown: str, max_bytes: int) -> bytes:
    """The file's bytes, after checking with stat() that it is a regular file within the limit."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IngestError(shown, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(shown, "not a regular file")
        if info.st_size > max_bytes:
            raise IngestError(shown, _too_large(info.st_size, max_bytes))
        if info.st_size == 0:
            raise IngestError(shown, "empty file")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise IngestError(shown, _os_message(err)) from None
    if len(data) > max_bytes:  # grew since stat()
        raise IngestError(shown, _too_large(len(data), max_bytes))
    if not data:
        raise IngestError(shown, "empty file")
    return data


def _too_large(size: int, limit: int) -> str:
    return f"{_bytes(size)} is larger than the {_bytes(limit)} limit (--max-bytes)"


def _bytes(n: int) -> str:
    """A size as people read it: "12.3 MB", "9.0 kB", "512 bytes"."""
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.1f} kB" if n >= 1e3 else f"{n} bytes"


def _os_message(err: OSError) -> str:
    known = {
        errno.ENOENT: "no such file or directory",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a directory, not a file",
        errno.ENOTDIR: "a parent of this path is not a directory",
        errno.ELOOP: "too many levels of symbolic links",
    }
    return known.get(err.errno or 0) or (err.strerror or str(err)).lower()


def find_sources(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders (recursively, sorted by path; hidden entries and non-documents skipped)
    and keep files named explicitly whatever their extension; PDFs and missing paths become
    Problems.  A file reached twice is listed once."""
    found: list[Path] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def add(file: Path) -> None:
        key = os.path.realpath(file)
        if key not in seen:
            seen.add(key)
            found.append(file)

    for given in map(Path, paths):
        if given.is_dir():
            files, walk_problems = _walk(given)
            problems.extend(walk_problems)
            for file in files:
                if file.suffix.lower() == ".pdf":
                    problems.append(Problem(path=display_path(file), message=_PDF_MESSAGE))
                elif file.suffix.lower() in DOCUMENT_SUFFIXES:
                    add(file)
        elif given.exists():
            if given.suffix.lower() == ".pdf":
                problems.append(
                    Problem(path=display_path(given), message=_PDF_MESSAGE, severity="error")
                )
            else:
                add(given)
        else:
            missing = "no such file or directory"
            problems.append(Problem(path=display_path(given), message=missing, severity="error"))
    return found, problems


def _walk(folder: Path) -> tuple[list[Path], list[Problem]]:
    """Every non-hidden file under ``folder`` (symlinked folders not followed), sorted."""
    files: list[Path] = []
    problems: list[Problem] = []

    def report(err: OSError) -> None:
        where = Path(err.filename) if err.filename else folder
        message = _os_message(err)
        problems.append(Problem(path=display_path(where), message=message, severity="error"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=report):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        files.extend(base / name for name in filenames if not name.startswith("."))
    files.sort(key=lambda p: p.parts)
    return files, problems
