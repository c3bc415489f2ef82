"""Ingest: files -> Documents (text, markdown, html), and each Document's plain view.

- :func:`find_sources` expands the command line's paths into document files;
- :func:`load_document` reads, decodes (see :mod:`citekit.ingest.decode`) and, for HTML,
  extracts one file; ``Document.text`` is what every offset in citekit refers to;
- :func:`plain_view` gives extractors clean text with an exact map back to ``Document.text``.
"""

from citekit.ingest.decode import Decoded, DecodeError, decode_bytes
from citekit.ingest.files import IngestError, display_path, find_sources, load_document
from citekit.ingest.view import TextView, plain_view

__all__ = [
    "DecodeError",
    "Decoded",
    "IngestError",
    "TextView",
    "decode_bytes",
    "display_path",
    "find_sources",
    "load_document",
    "plain_view",
]
