"""ASCII-only BibTeX for legacy toolchains (8-bit BibTeX, pdfLaTeX without inputenc).

Each non-ASCII character of an already escaped field value becomes its LaTeX command in
BibTeX's braced "special character" form (``Ö`` -> ``{\\"O}``, ``ß`` -> ``{\\ss}``), so
sorting and case changes treat it as one letter; dashes and quotes become ``--``, ``---``,
````` `` ````` and ``''``.  Characters LaTeX has no text command for (Cyrillic, CJK, ``€``)
are transliterated with anyascii.  URLs are percent-encoded instead.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from urllib.parse import quote

import latexcodec  # noqa: F401  (registers the "ulatex" codecs)
from anyascii import anyascii

from citekit.emit.bibtex import Entry

RAW_FIELDS = frozenset({"url", "doi", "eprint"})
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_DOTLESS_RE = re.compile(r"(\\[`'^\"~=.])\\i(?![A-Za-z])")


# Characters whose LaTeX command needs the T1 font encoding (pdfLaTeX's default is OT1): the
# quotes they are, in OT1's ASCII ligatures.
_OT1 = {"«": "``", "»": "''", "‹": "`", "›": "'", "„": ",,", "‚": ","}


@lru_cache(maxsize=4096)
def _char(char: str) -> str:
    if char in _OT1:
        return _OT1[char]
    try:
        text = codecs.encode(char, "ulatex+ascii").strip()
    except (UnicodeEncodeError, ValueError):
        return escape_translit(char)
    if not text.isascii():
        return escape_translit(char)
    # an accented i as "\'i", not "\'\i": biber reads "\'\i" as a dotless i and a combining
    # accent, which pdfLaTeX cannot typeset
    text = _DOTLESS_RE.sub(r"\1i", text)
    return "{" + text + "}" if text.startswith("\\") else text


def escape_translit(char: str) -> str:
    """anyascii's transliteration, with LaTeX specials it may produce escaped."""
    return re.sub(r"[&%$#_{}\\~^]", "", anyascii(char))


def to_ascii(text: str) -> str:
    """``text`` (already LaTeX-escaped) with every non-ASCII character in LaTeX's ASCII form."""
    return _NON_ASCII_RE.sub(lambda m: _char(m.group()), text)


def ascii_entry(entry: Entry) -> Entry:
    """A copy of ``entry`` whose fields are pure ASCII."""
    fields = {}
    for name, value in entry.fields.items():
        if name in RAW_FIELDS:
            fields[name] = quote(value, safe="".join(chr(c) for c in range(33, 127)))
        else:
            fields[name] = to_ascii(value)
    return Entry(entry.type, entry.key, fields)
