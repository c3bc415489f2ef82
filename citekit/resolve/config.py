"""Resolution settings: endpoints, contact address, cache, limits.

Each setting comes from, in this precedence: a command-line flag, an environment variable
(``CITEKIT_CROSSREF_URL``, ``CITEKIT_DOI_URL``, ``CITEKIT_WAYBACK_URL``, ``CITEKIT_UN_URL``,
``CITEKIT_MAILTO``, ``CITEKIT_CACHE``, ``CITEKIT_OFFLINE``), the ``[resolve]`` table of
``citekit.toml`` in the working folder, then the defaults below.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, field_validator

ENV = {
    "crossref_url": "CITEKIT_CROSSREF_URL",
    "doi_url": "CITEKIT_DOI_URL",
    "wayback_url": "CITEKIT_WAYBACK_URL",
    "un_url": "CITEKIT_UN_URL",
    "mailto": "CITEKIT_MAILTO",
    "cache_dir": "CITEKIT_CACHE",
    "offline": "CITEKIT_OFFLINE",
}
TOML_NAME = "citekit.toml"


class ResolveConfig(BaseModel):
    """Everything a resolution run needs to know; the defaults talk to the real services."""

    crossref_url: str = "https://api.crossref.org"
    doi_url: str = "https://doi.org"
    wayback_url: str = "https://archive.org/wayback/available"  # used by `check`, kept here for one config
    un_url: str = "https://digitallibrary.un.org"  # UN Digital Library (record title and date)
    mailto: str | None = None
    offline: bool = False
    cache_dir: Path | None = None  # None: the user cache folder online, no cache offline
    refresh: bool = False  # ignore cached answers (still store fresh ones)
    ttl_days: float = 30.0  # found records; "not found" answers live one day
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # total seconds per lookup, retries and waits included
    retries: int = 3
    backoff: float = 0.5  # first retry pause; doubles each time
    max_bytes: int = 5_000_000
    workers: int = 4
    web: bool = True  # look up web pages of URL-only works
    query: bool = True  # bibliographic search for works with neither DOI nor URL

    @field_validator("crossref_url", "doi_url", "wayback_url", "un_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @property
    def user_agent(self) -> str:
        from citekit import __version__

        contact = "https://github.com/citekit/citekit" + (f"; mailto:{self.mailto}" if self.mailto else "")
        return f"citekit/{__version__} ({contact})"

    def cache_path(self) -> Path | None:
        """The cache database, or None when there is none (offline without ``--cache``)."""
        if self.cache_dir is not None:
            return self.cache_dir / "lookups.sqlite"
        return None if self.offline else user_cache_dir() / "lookups.sqlite"


def user_cache_dir() -> Path:
    """The platform's per-user cache folder for citekit (XDG, macOS, Windows conventions)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "citekit"


def _truthy(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "on")


def load_config(flags: Mapping[str, object] | None = None, env: Mapping[str, str] | None = None,
                toml_path: Path | None = None) -> ResolveConfig:
    """Flags (None means 'not given') > environment > citekit.toml > defaults."""
    env = os.environ if env is None else env
    toml_path = toml_path if toml_path is not None else Path(TOML_NAME)
    values: dict[str, object] = {}
    if toml_path.is_file():
        with toml_path.open("rb") as fh:
            table = tomllib.load(fh).get("resolve", {})
        values.update({k: v for k, v in table.items() if k in ResolveConfig.model_fields})
    for name, var in ENV.items():
        if env.get(var):
            values[name] = _truthy(env[var]) if name == "offline" else env[var]
    values.update({k: v for k, v in (flags or {}).items() if v is not None})
    return ResolveConfig(**values)
