"""The memory of link checks: every result, in SQLite beside the library (``<library>.linkcheck.sqlite``).

It serves ``--since`` (reuse a recent result) and the two-strikes rule: a link observed dead is
reported ``failing`` until it has been observed dead on checks at least a day apart, as
InternetArchiveBot does, so one bad afternoon of a server never condemns a link.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from citekit.check.models import UNKNOWN, LinkResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS checks (
    id         INTEGER PRIMARY KEY,
    link       TEXT NOT NULL,  -- the URL, or doi:<doi>
    checked_at TEXT NOT NULL,  -- ISO 8601, UTC
    observed   TEXT NOT NULL,  -- what that check saw
    status     TEXT NOT NULL,  -- what it reported
    record     TEXT NOT NULL   -- the LinkResult as JSON
);
CREATE INDEX IF NOT EXISTS checks_by_link ON checks (link, checked_at);
"""


def store_path(library: Path) -> Path:
    """``bib/library.bib`` -> ``bib/library.linkcheck.sqlite``."""
    return library.with_suffix(".linkcheck.sqlite")


class Store:
    """History of checks; use from one thread."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self._db = sqlite3.connect(str(path))
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def latest(self, link: str) -> LinkResult | None:
        row = self._db.execute("SELECT record FROM checks WHERE link = ? ORDER BY checked_at DESC, id DESC LIMIT 1",
                               (link,)).fetchone()
        return LinkResult.model_validate_json(row[0]) if row else None

    def dead_since(self, link: str) -> datetime | None:
        """Start of the current run of dead observations (unknowns do not break a run), or None."""
        first = None
        for checked_at, observed in self._db.execute(
                "SELECT checked_at, observed FROM checks WHERE link = ? ORDER BY checked_at DESC, id DESC", (link,)):
            if observed == "dead":
                first = checked_at
            elif observed not in UNKNOWN:
                break
        return datetime.fromisoformat(first) if first else None

    def add(self, link: str, result: LinkResult) -> None:
        self._db.execute("INSERT INTO checks (link, checked_at, observed, status, record) VALUES (?, ?, ?, ?, ?)",
                         (link, result.checked_at, result.observed, result.status, result.model_dump_json()))

    def commit(self) -> None:
        self._db.commit()
