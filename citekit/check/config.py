"""Settings of ``citekit check``: flag > environment > the ``[check]`` table of ``./citekit.toml`` > defaults.

The same precedence and file as ``citekit/resolve/config.py`` (which reads ``[resolve]``).  The
environment gives ``CITEKIT_OFFLINE``, ``CITEKIT_DOI_URL`` and ``CITEKIT_WAYBACK_URL``; the table
may hold any field of :class:`CheckSettings` (``timeout``, ``per_host``, ``min_interval``,
``workers``, ``retries``, ``deadline``, ``doi_url``, ``wayback_url``, ``archive``, ``offline``, …)
plus ``db`` (the history database).  An unknown key or a bad value is a usage error.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from citekit.check.models import CheckSettings

TOML_NAME = "citekit.toml"
ENV = {"offline": "CITEKIT_OFFLINE", "doi_url": "CITEKIT_DOI_URL", "wayback_url": "CITEKIT_WAYBACK_URL"}
EXTRA = frozenset({"db"})  # [check] keys that are not CheckSettings fields


class ConfigError(ValueError):
    """citekit.toml or the environment holds something ``check`` cannot use (a usage error)."""


def _truthy(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "on")


def read_table(toml_path: Path) -> dict[str, Any]:
    """The ``[check]`` table of ``toml_path`` ({} when the file or the table is absent)."""
    if not toml_path.is_file():
        return {}
    try:
        with toml_path.open("rb") as fh:
            table = tomllib.load(fh).get("check", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{toml_path}: {exc}") from None
    if not isinstance(table, dict):
        raise ConfigError(f"{toml_path}: [check] must be a table")
    unknown = sorted(set(table) - set(CheckSettings.model_fields) - EXTRA)
    if unknown:
        raise ConfigError(f"{toml_path}: [check] has unknown setting(s): {', '.join(unknown)}")
    return table


def load_settings(flags: Mapping[str, object] | None = None, env: Mapping[str, str] | None = None,
                  toml_path: Path | None = None) -> tuple[CheckSettings, dict[str, Any]]:
    """(settings, extras) from flags (None means "not given") > environment > citekit.toml > defaults."""
    env = os.environ if env is None else env
    values = read_table(toml_path if toml_path is not None else Path(TOML_NAME))
    for name, var in ENV.items():
        if env.get(var):
            values[name] = _truthy(env[var]) if name == "offline" else env[var]
    values.update({k: v for k, v in (flags or {}).items() if v is not None})
    extras = {k: values.pop(k) for k in list(values) if k in EXTRA}
    try:
        return CheckSettings(**values), extras
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        raise ConfigError(f"check setting {where}: {first.get('msg', 'invalid')}") from None
