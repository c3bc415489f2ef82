"""The lookup cache: one SQLite file, keyed by endpoint + normalised query.

A row keeps what a resolver made of the answer (a JSON record, or 'not found'), when it was
fetched, and the record format's version, so a second build makes no request and a changed
converter never reads stale rows.  Failures (timeouts, 5xx) are never cached.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

SCHEMA = 1  # bump when the stored record format changes
NOT_FOUND_TTL_DAYS = 1.0


def normalise_query(query: str) -> str:
    """Spaces collapsed; case is the resolver's business (DOIs fold it, URL paths keep it)."""
    return " ".join(query.split())


class Cache:
    """Thread-safe get/put over one SQLite file; ``path=None`` is a cache that keeps nothing."""

    def __init__(self, path: Path | None, ttl_days: float = 30.0, refresh: bool = False) -> None:
        self.path = path
        self.ttl = ttl_days * 86400
        self.refresh = refresh
        self.hits = 0
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS lookups (endpoint TEXT NOT NULL, query TEXT NOT NULL,"
                " schema INTEGER NOT NULL, fetched REAL NOT NULL, found INTEGER NOT NULL,"
                " record TEXT, PRIMARY KEY (endpoint, query))"
            )

    def get(self, endpoint: str, query: str) -> tuple[bool, str | None] | None:
        """(found, record JSON) when a fresh row exists, else None."""
        if self._db is None or self.refresh:
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT schema, fetched, found, record FROM lookups WHERE endpoint=? AND query=?",
                (endpoint, normalise_query(query)),
            ).fetchone()
        if row is None or row[0] != SCHEMA:
            return None
        ttl = self.ttl if row[2] else min(self.ttl, NOT_FOUND_TTL_DAYS * 86400)
        if time.time() - row[1] > ttl:
            return None
        self.hits += 1
        return bool(row[2]), row[3]

    def put(self, endpoint: str, query: str, found: bool, record: str | None) -> None:
        if self._db is None:
            return
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO lookups VALUES (?, ?, ?, ?, ?, ?)",
                (endpoint, normalise_query(query), SCHEMA, time.time(), int(found), record),
            )

    def close(self) -> None:
        if self._db is not None:
            with self._lock:
                self._db.close()
                self._db = None
