"""``citekit lint``: the checks of JabRef's integrity check that matter for a working LaTeX
build, on the raw text of a ``.bib`` file (pybtex loses line numbers and brace errors).

Errors (exit 1) break a build or corrupt the data: duplicate keys, unbalanced braces and other
syntax errors, an unescaped ``&`` in a text field (bibtex passes it, pdflatex stops), a malformed
DOI, ISBN or URL, non-ASCII text in ``--ascii`` mode.  Warnings (exit 0) make bibtex or biber
warn or print badly: a missing required field (``required.py``), a duplicate DOI, a month or
page range in the wrong form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from citekit.emit.rawbib import RawEntry, entries_only, scan
from citekit.lint.required import missing
from citekit.lint.values import check_doi, check_isbn, check_month, check_pages, check_url, normal_doi

Severity = Literal["error", "warning"]
RAW_FIELDS = frozenset({"url", "doi", "eprint", "file", "pdf", "verba", "verbb", "verbc"})
UNPRINTED_PREFIXES = ("sort", "indexsort", "presort")  # biblatex sorts by them, never typesets
_AMP_RE = re.compile(r"(?<!\\)&")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True)
class LintProblem:
    line: int
    key: str
    severity: Severity
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.line}: {self.key or '?'}: {self.severity}: {self.message}"


def _values(entry: RawEntry, ascii_only: bool) -> list[LintProblem]:
    out: list[LintProblem] = []

    def add(line: int, severity: Severity, message: str) -> None:
        out.append(LintProblem(line, entry.key, severity, message))

    checks = {"doi": check_doi, "isbn": check_isbn, "url": check_url, "pages": check_pages}
    for f in entry.fields:
        if f.name == "month":
            if problem := check_month(f.value, f.braced):
                add(f.line, "warning", problem)
        elif f.name in checks and f.value.strip():
            if problem := checks[f.name](f.value):
                add(f.line, "warning" if f.name == "pages" else "error", problem)
        printed = f.name not in RAW_FIELDS and not f.name.startswith(UNPRINTED_PREFIXES)
        if printed and _AMP_RE.search(f.value):
            add(f.line, "error", f"{f.name}: unescaped '&' (write \\&)")
        if ascii_only and (chars := _NON_ASCII_RE.findall(f.value)):
            add(f.line, "error", f"{f.name}: non-ASCII {''.join(dict.fromkeys(''.join(chars)))!r}")
    return out


def lint_text(text: str, ascii_only: bool = False) -> list[LintProblem]:
    """Every problem of the library ``text``, in line order."""
    problems: list[LintProblem] = []
    blocks = scan(text)
    first_key: dict[str, RawEntry] = {}
    first_doi: dict[str, RawEntry] = {}
    for block in blocks:
        problems += [LintProblem(line, block.key, "error", message) for line, message in block.problems]
        if not block.balanced:
            problems.append(LintProblem(block.line, block.key, "error",
                                        "unbalanced braces: the entry does not close before the next one"))
    entries = entries_only(blocks)
    by_key = {e.key.lower(): e for e in reversed(entries)}
    for entry in entries:
        if not entry.key:
            continue
        folded = entry.key.lower()  # BibTeX compares keys ignoring case
        if folded in first_key:
            first = first_key[folded]
            problems.append(LintProblem(entry.line, entry.key, "error",
                                        f"duplicate key (first: {first.key}, line {first.line})"))
        else:
            first_key[folded] = entry
        if ascii_only and not entry.key.isascii():
            problems.append(LintProblem(entry.line, entry.key, "error", "non-ASCII key"))
        present = {f.name for f in entry.fields if f.value.strip()}
        for name in ("crossref", "xdata"):  # fields a parent entry lends
            for parent in (k.strip().lower() for k in (entry.get(name) or "").split(",")):
                if parent in by_key:
                    present |= {f.name for f in by_key[parent].fields if f.value.strip()}
                    if "title" in present:
                        present.add("booktitle")
        for need in missing(entry.type, present):
            problems.append(LintProblem(entry.line, entry.key, "warning", f"@{entry.type} without {need}"))
        if doi := entry.get("doi"):
            norm = normal_doi(doi)
            if norm in first_doi and first_doi[norm].key != entry.key:
                first = first_doi[norm]
                problems.append(LintProblem(entry.line, entry.key, "warning",
                                            f"same DOI as {first.key} (line {first.line})"))
            first_doi.setdefault(norm, entry)
        problems += _values(entry, ascii_only)
    return sorted(problems, key=lambda p: p.line)
