"""The build cache: per-document results in SQLite, so a rebuild extracts only what changed.

One row per input path holds the result of that file's ingest + extract (its JSON, and its
document's text apart: a large build reads texts back only for HTML documents) together with the
SHA-256 of the bytes it came from and the pipeline version (:mod:`citekit.engine.version`)
that made it; a row is reused only when both still match.  The file's size, mtime, ctime and
inode are kept beside the hash so that an untouched file is recognised from ``stat()`` alone,
without reading it (as git's index does); when they differ the file is hashed again and its
row is still reused if the bytes are the same.

Rows are committed in small transactions as results arrive, so an interrupted build keeps
every document it finished.  The ``builds`` table remembers the last complete build of an
output folder (inputs, settings, outputs), which lets a rebuild with nothing changed stop
early, and the ``emitted`` table what that build wrote for each document, which lets a rebuild
whose changed documents cite what they cited before skip merging (:mod:`citekit.engine.cutoff`).
A cache that cannot be read is replaced, never trusted.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

SCHEMA = 3
CACHE_NAME = ".citekit-cache.sqlite"


class CacheError(Exception):
    """The cache file cannot be used (one line for the user)."""


@dataclass(frozen=True)
class FileStamp:
    """What ``stat()`` says about a file: equal stamps mean an untouched file."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int

    @classmethod
    def of(cls, info: os.stat_result) -> FileStamp:
        return cls(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


@dataclass(frozen=True)
class CachedFile:
    sha256: str
    version: str
    stamp: FileStamp


@dataclass(frozen=True)
class BuildRecord:
    """The last complete build of one output folder."""

    fingerprint: str
    outputs: dict[str, list[int]]  # file name -> [size, mtime_ns] as written
    report: dict  # what the build printed: problems and the summary line


@dataclass(frozen=True)
class Emitted:
    """What the last complete build of an output folder wrote for one input document."""

    document: str  # its id
    sha256: str
    digest: str  # engine.document.merge_digest of its result
    date: str | None  # its metadata date (which of two texts rewrites the other)
    works: list[str | None]  # the key of each of its mentions' work, in extraction order
    cites: list[str]  # ids of the corpus documents it cites
    derived_from: list[str]  # ids of the corpus documents it rewrites
    sketch: tuple[int, Sequence[int]]  # merge.reuse.sketch of its text
    facts: Sequence[int]  # attributions.corpus.facts of its text
    compared: bool  # whether merge compared its facts with another document's (outlet links)


class ResultCache:
    """Per-document results keyed by (path, content hash, pipeline version)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except sqlite3.DatabaseError:  # damaged, or another schema: start afresh
            if not self._is_sqlite():
                raise CacheError(f"{path}: not a citekit build cache; not touched (use --no-cache or move it)") from None
            self._discard()
            self._db = self._open()
        except OSError as exc:
            raise CacheError(f"{path}: cannot open the build cache: {exc.strerror}") from None
        self._pending = 0

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA):
                raise sqlite3.DatabaseError(f"schema {version}")
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS documents (
                    path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, version TEXT NOT NULL,
                    size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, inode INTEGER,
                    result BLOB NOT NULL, text BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS builds (
                    out TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, outputs TEXT NOT NULL,
                    report TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS emitted (
                    out TEXT NOT NULL, path TEXT NOT NULL, document TEXT NOT NULL, sha256 TEXT NOT NULL,
                    digest TEXT NOT NULL, date TEXT, works TEXT NOT NULL, cites TEXT NOT NULL,
                    derived_from TEXT NOT NULL, sketch BLOB NOT NULL, facts BLOB NOT NULL,
                    compared INTEGER NOT NULL, PRIMARY KEY (out, path));
                """
            )
            db.execute(f"PRAGMA user_version={SCHEMA}")
        except BaseException:
            db.close()
            raise
        return db

    def _is_sqlite(self) -> bool:
        with self.path.open("rb") as handle:
            head = handle.read(16)
        return not head or head == b"SQLite format 3\0"

    def _discard(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)

    def files(self) -> dict[str, CachedFile]:
        """Every cached path with its hash, version and stamp (one query, no results)."""
        rows = self._db.execute("SELECT path, sha256, version, size, mtime_ns, ctime_ns, inode FROM documents")
        return {path: CachedFile(sha, version, FileStamp(size, mtime, ctime, inode))
                for path, sha, version, size, mtime, ctime, inode in rows}

    def results(self, paths: set[str], version: str) -> Iterator[tuple[str, bytes, bytes]]:
        """The serialised results of ``paths`` made by ``version``, decompressed, each with its
        document's text still compressed (``document.stored``): one query, streamed, so only
        one result is held decompressed at a time."""
        rows = self._db.execute("SELECT path, result, text FROM documents WHERE version = ?", (version,))
        for path, blob, text in rows:
            if path in paths:
                yield path, zlib.decompress(blob), text

    def put(self, path: str, sha256: str, version: str, stamp: FileStamp | None, stored: tuple[bytes, bytes]) -> None:
        """Store one result as its maker stored it (``document.stored``: JSON and text, each
        zlib-compressed); it is committed by the next :meth:`commit`."""
        self._begin()
        s = stamp or FileStamp(-1, -1, -1, -1)
        self._db.execute(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (path, sha256, version, s.size, s.mtime_ns, s.ctime_ns, s.inode, *stored),
        )

    def restamp(self, path: str, stamp: FileStamp) -> None:
        """A file whose stamp changed but whose bytes did not: remember the new stamp."""
        self._begin()
        self._db.execute("UPDATE documents SET size=?, mtime_ns=?, ctime_ns=?, inode=? WHERE path=?",
                         (stamp.size, stamp.mtime_ns, stamp.ctime_ns, stamp.inode, path))

    def keep_only(self, paths: set[str]) -> None:
        """Forget the documents that are no longer inputs."""
        gone = [(p,) for p in self.files() if p not in paths]
        if gone:
            self._begin()
            self._db.executemany("DELETE FROM documents WHERE path = ?", gone)

    def last_build(self, out: str) -> BuildRecord | None:
        row = self._db.execute("SELECT fingerprint, outputs, report FROM builds WHERE out = ?", (out,)).fetchone()
        return BuildRecord(row[0], json.loads(row[1]), json.loads(row[2])) if row else None

    def record_build(self, out: str, record: BuildRecord | None) -> None:
        """Remember (or, with None, forget) the last complete build of ``out``."""
        self._begin()
        self._db.execute("DELETE FROM builds WHERE out = ?", (out,))
        if record is not None:
            self._db.execute("INSERT INTO builds VALUES (?, ?, ?, ?)",
                             (out, record.fingerprint, json.dumps(record.outputs), json.dumps(record.report)))

    def emitted(self, out: str) -> dict[str, Emitted]:
        """Per input path, what the last complete build of ``out`` wrote for it."""
        rows = self._db.execute("SELECT path, document, sha256, digest, date, works, cites, derived_from, sketch,"
                                " facts, compared FROM emitted WHERE out = ?", (out,))
        return {path: Emitted(document, sha, digest, date, json.loads(works), json.loads(cites), json.loads(derived),
                              _unpack_sketch(sketch), array("Q", facts), bool(compared))
                for path, document, sha, digest, date, works, cites, derived, sketch, facts, compared in rows}

    def emitted_digests(self, out: str) -> dict[str, tuple[str, str]]:
        """Per input path, the document id and merge digest the last complete build of ``out``
        wrote for it (:meth:`emitted`'s cheap part)."""
        rows = self._db.execute("SELECT path, document, digest FROM emitted WHERE out = ?", (out,))
        return {path: (document, digest) for path, document, digest in rows}

    def record_emitted(self, out: str, documents: dict[str, Emitted], replace_all: bool = True) -> None:
        """Remember what a complete build of ``out`` wrote per document: for every document
        (forgetting the others), or with ``replace_all`` False for those given only."""
        self._begin()
        if replace_all:
            self._db.execute("DELETE FROM emitted WHERE out = ?", (out,))
        self._db.executemany(
            "INSERT OR REPLACE INTO emitted VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((out, path, e.document, e.sha256, e.digest, e.date, json.dumps(e.works), json.dumps(e.cites),
              json.dumps(e.derived_from), _pack_sketch(e.sketch), array("Q", e.facts).tobytes(), int(e.compared))
             for path, e in documents.items()))

    def forget_emitted(self, out: str) -> None:
        self._begin()
        self._db.execute("DELETE FROM emitted WHERE out = ?", (out,))

    def _begin(self) -> None:
        if not self._db.in_transaction:
            self._db.execute("BEGIN")
        self._pending += 1

    def commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._pending = 0

    def close(self) -> None:
        self.commit()
        self._db.close()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _pack_sketch(sketch: tuple[int, Sequence[int]]) -> bytes:
    return array("q", [sketch[0]]).tobytes() + array("q", sketch[1]).tobytes()


def _unpack_sketch(blob: bytes) -> tuple[int, array]:
    values = array("q", blob)
    return values[0], values[1:]
