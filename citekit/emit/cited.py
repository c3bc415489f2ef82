"""The citation keys a LaTeX paper cites, read from its ``.aux``, ``.tex`` or ``.bcf``.

- ``.aux`` (after pdflatex): ``\\citation{a,b}`` (BibTeX) and biblatex's ``\\abx@aux@cite{a}`` /
  ``\\abx@aux@cite{0}{a}``; ``\\@input{chapter.aux}`` files are followed.
- ``.tex``: ``\\cite``, ``\\citep``, ``\\citet``, ``\\citealp``, ``\\citeauthor``, ``\\citeyear``,
  ``\\parencite``, ``\\textcite``, ``\\autocite``, ``\\footcite``, ``\\smartcite``, ``\\nocite`` and
  their capitalised and starred forms, with up to two optional ``[..]`` arguments and comma lists;
  biblatex's ``\\cites``, ``\\parencites``, ``\\footcites`` … with their key groups, and
  ``\\footcitetext``; ``%`` comments and verbatim environments are skipped.  Files pulled in by ``\\input``/``\\include`` are not read: give
  the ``.aux`` for those.
- ``.bcf`` (biblatex's control file for biber): every ``<bcf:citekey>``.

``*`` (``\\nocite{*}``) stands for "every entry of the library".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ALL = "*"
SUFFIXES = (".aux", ".tex", ".bcf")

_AUX_CITATION_RE = re.compile(r"\\citation\{([^}]*)\}")
_AUX_BIBLATEX_RE = re.compile(r"\\abx@aux@cite((?:\{[^{}]*\})+)")
_AUX_INPUT_RE = re.compile(r"\\@input\{([^}]*)\}")
_TEX_CITE_RE = re.compile(
    r"\\(?:no|foot|paren|text|auto|smart|super|full)?cite(?:p|t|alp|alt|author|year|yearpar|title|text|url|date)?\*?"
    r"(?![A-Za-z])(?:\s*\[[^\]]*\]){0,2}\s*\{([^}]*)\}",
    re.I,
)
# biblatex's multicite commands: "\parencites[3]{a}[5]{b}", "\cites(pre)(post){a}{b}"
_TEX_CITES_RE = re.compile(
    r"\\(?:foot|paren|text|auto|smart|super)?cites\*?(?:\s*\([^)]*\)){0,2}((?:\s*(?:\[[^\]]*\]\s*){0,2}\{[^}]*\})+)",
    re.I,
)
_TEX_COMMENT_RE = re.compile(r"(?<!\\)%.*")
_TEX_VERBATIM_RE = re.compile(r"\\begin\{(verbatim|lstlisting|minted|comment)\*?\}.*?\\end\{\1\*?\}", re.S)


class CitedError(Exception):
    """The paper cannot be read (missing file, unknown kind, malformed .bcf)."""


def _split(value: str) -> list[str]:
    return [k.strip() for k in value.split(",") if k.strip()]


def _from_aux(path: Path, seen: set[Path]) -> list[str]:
    seen.add(path.resolve())
    text = path.read_text(encoding="utf-8", errors="replace")
    found: list[tuple[int, str]] = []
    for m in _AUX_CITATION_RE.finditer(text):
        found += [(m.start(), k) for k in _split(m.group(1))]
    for m in _AUX_BIBLATEX_RE.finditer(text):
        found.append((m.start(), re.findall(r"\{([^{}]*)\}", m.group(1))[-1].strip()))
    for m in _AUX_INPUT_RE.finditer(text):  # included chapters write their own .aux
        child = path.parent / m.group(1)
        if child.is_file() and child.resolve() not in seen:
            found += [(m.start(), k) for k in _from_aux(child, seen)]
    return [k for _, k in sorted(found, key=lambda pair: pair[0]) if k]


def _from_tex(path: Path) -> list[str]:
    text = _TEX_VERBATIM_RE.sub("", _TEX_COMMENT_RE.sub("", path.read_text(encoding="utf-8", errors="replace")))
    found = [(m.start(), k) for m in _TEX_CITE_RE.finditer(text) for k in _split(m.group(1))]
    found += [(m.start(), k) for m in _TEX_CITES_RE.finditer(text)
              for group in re.findall(r"\{([^}]*)\}", m.group(1)) for k in _split(group)]
    return [k for _, k in sorted(found, key=lambda pair: pair[0])]


def _from_bcf(path: Path) -> list[str]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise CitedError(f"{path}: not a biblatex control file ({exc})") from exc
    return [(el.text or "").strip() for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "citekey"
            if (el.text or "").strip()]


def cited_keys(path: Path) -> list[str]:
    """The keys ``path`` cites, first citation first, each once (``*`` for \\nocite{*})."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CitedError(f"{path}: expected a .aux, .tex or .bcf file")
    if not path.is_file():
        raise CitedError(f"{path}: no such file")
    try:
        if suffix == ".aux":
            keys = _from_aux(path, set())
        elif suffix == ".tex":
            keys = _from_tex(path)
        else:
            keys = _from_bcf(path)
    except OSError as exc:
        raise CitedError(f"{path}: {exc.strerror or exc}") from exc
    return list(dict.fromkeys(keys))
