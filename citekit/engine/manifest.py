"""A rebuild with nothing changed: recognise it and replay what the last build said.

A complete build records a fingerprint of everything its outputs depend on (the package's
code and data, every input's content hash, the settings) and the stamps (size, mtime) of the
outputs it wrote.  When the next build has the same fingerprint and finds the outputs as it
left them (no manual edit, no other writer), merging and writing again would reproduce the
same bytes, so the build stops after the scan and prints the recorded report.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from citekit.engine.cache import BuildRecord
from citekit.engine.version import code_version
from citekit.models import Problem


def build_fingerprint(inputs: list[tuple[str, str]], scan_problems: list[Problem], settings: dict) -> str:
    """SHA-256 over code, inputs (path, content hash) and settings."""
    payload = {"code": code_version(), "inputs": inputs,
               "scan": [p.model_dump() for p in scan_problems], "settings": settings}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def output_stamps(out_dir: Path, names: tuple[str, ...]) -> dict[str, list[int]] | None:
    """Size and mtime of each output, or None when one is missing."""
    stamps = {}
    for name in names:
        try:
            info = (out_dir / name).stat()
        except OSError:
            return None
        stamps[name] = [info.st_size, info.st_mtime_ns]
    return stamps


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def unchanged(record: BuildRecord | None, fingerprint: str, out_dir: Path, names: tuple[str, ...]) -> bool:
    """True when the last build had this fingerprint and its outputs are untouched."""
    return (record is not None and record.fingerprint == fingerprint
            and output_stamps(out_dir, names) == record.outputs)
