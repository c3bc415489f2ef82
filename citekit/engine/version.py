"""The pipeline version: what a cached per-document result was made with.

A result is reused only by the same citekit version with byte-identical code and data for
everything that shapes one document's output: ingest, extract, the models, the packaged data
(trained models, lexicons), the per-document task itself and the text sketch it makes
for the reuse check, and whether the dependency parse runs (with which spaCy and model).  Any edit there invalidates the
cache, so a cached result is always what a fresh extraction would give.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from citekit import __version__

PACKAGE = Path(__file__).resolve().parent.parent
SHAPING = ("ingest", "extract", "models.py", "data", "engine/document.py", "merge/reuse.py")


def _files(part: Path) -> list[Path]:
    if part.is_file():
        return [part]
    return sorted(p for p in part.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                  and p.suffix not in (".pyc", ".pyo"))


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``<citekit version>+<16 hex digits of the shaping files' hash>``."""
    from citekit.extract.attributions.deps import signature

    digest = hashlib.sha256(__version__.encode() + b"\0" + signature().encode())  # parse on/off, spaCy
    for name in SHAPING:
        for file in _files(PACKAGE / name):
            digest.update(file.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(file.read_bytes())
            digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the whole installed package (code and data): what a complete build's
    outputs depend on besides its inputs and settings."""
    digest = hashlib.sha256(__version__.encode())
    for file in _files(PACKAGE):
        digest.update(file.relative_to(PACKAGE).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"
