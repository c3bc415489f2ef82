"""Which format a file is: by extension, and for plain-text files by sniffing for markdown."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

Format = Literal["text", "markdown", "html"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
DOCUMENT_SUFFIXES = HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES

# Any one of these is markup a plain-text file would not contain by accident.
_MARKDOWN_SIGNS = re.compile(
    r"^ {0,3}#{1,6}[ \t]+\S"  # ATX heading
    r"|<https?://[^\s<>]+>"  # autolink
    r"|\]\(https?://"  # inline link
    r"|\*\*[^\s*][^*\n]*\*\*"  # **bold**
    r"|</?su[pb]>"  # <sup>/<sub>
    r"|\\[*_#\[\]`]",  # backslash escape
    re.MULTILINE | re.IGNORECASE,
)


def detect_format(path: Path, text: str) -> Format:
    """html by extension; markdown by extension or when the text shows markdown markup."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text):
        return "markdown"
    return "text"


def looks_like_markdown(text: str) -> bool:
    """Whether the text carries markdown markup (headings, links, bold, escapes, <sup>)."""
    return _MARKDOWN_SIGNS.search(text) is not None
