"""``--fix``: write archive URLs of dead links into their entries, touching nothing else.

The field is ``archiveurl``.  BibTeX styles and biblatex ignore a field they do not know, so the
printed bibliography does not change; Better BibTeX keeps unknown fields on import (in Zotero's
Extra, as ``tex.archiveurl``); it is the name Wikipedia's citation templates (``archive-url``) and
InternetArchiveBot use, without the hyphen.  ``note`` was rejected: styles print it.  The edit is
textual — the field is inserted after the entry's link field, in its indentation and alignment —
and written atomically; an entry that already has an ``archiveurl`` keeps it.
"""

from __future__ import annotations

import re
from pathlib import Path

from citekit.emit.bibtex import safe_url
from citekit.emit.files import write_atomic

FIELD = "archiveurl"


def _match_brace(text: str, start: int) -> int:
    """Index just past the brace group opening at ``start``."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    raise ValueError("unbalanced braces")


def _value_end(text: str, start: int) -> int:
    """Index just past a field value (braced, quoted, or a bare word/number/macro, with ``#`` joins)."""
    i = start
    while True:
        if text[i] == "{":
            i = _match_brace(text, i)
        elif text[i] == '"':
            j, depth = i + 1, 0
            while text[j] != '"' or depth:
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            i = j + 1
        else:
            i = re.compile(r"[^\s,#}]*").match(text, i).end()  # type: ignore[union-attr]
        rest = re.compile(r"\s*#\s*").match(text, i)
        if not rest:
            return i
        i = rest.end()


def add_field(text: str, key: str, after_field: str, value: str) -> str | None:
    """``text`` with ``archiveurl = {value}`` added to entry ``key`` after ``after_field``; None if not done."""
    head = re.search(r"@\s*[A-Za-z]+\s*\{\s*" + re.escape(key) + r"\s*,", text)
    if not head:
        return None
    try:
        end = _match_brace(text, text.index("{", head.start()))
    except ValueError:
        return None
    body = text[head.end():end]
    if re.search(rf"(?:^|[\s,]){FIELD}\s*=", body, re.IGNORECASE):
        return None  # already there: the user's or ours, kept
    field = re.search(rf"(?:^|(?<=[\s,])){re.escape(after_field)}\s*=\s*", body, re.IGNORECASE)
    if not field:
        return None
    value_start = head.end() + field.end()
    try:
        value_end = _value_end(text, value_start)
    except (ValueError, IndexError):
        return None
    line_start = text.rfind("\n", 0, head.end() + field.start()) + 1
    prefix = text[line_start:head.end() + field.start()]
    indent = prefix if prefix.strip() == "" else "  "
    equals = text.index("=", head.end() + field.start()) - line_start if prefix.strip() == "" else 0
    name = FIELD.ljust(max(len(FIELD) + 1, equals - len(indent)))
    new = f"{indent}{name}= {{{safe_url(value)}}}"  # (braces, backslashes, spaces percent-encoded)
    comma = re.compile(r"[ \t]*,").match(text, value_end)
    if comma:
        return text[:comma.end()] + "\n" + new + "," + text[comma.end():]
    return text[:value_end] + ",\n" + new + text[value_end:]


def apply_fixes(path: Path, fixes: list[tuple[str, str, str]]) -> list[str]:
    """Add (key, link field, archived URL) fixes to the library at ``path``; the keys changed."""
    text = original = path.read_text(encoding="utf-8")
    changed = []
    for key, after_field, value in fixes:
        edited = add_field(text, key, after_field, value)
        if edited is not None:
            text = edited
            changed.append(key)
    if text != original:
        write_atomic(path, text)
    return changed


def plan_fixes(links: list, results: list) -> dict[str, list[tuple[str, str, str]]]:
    """Per library file, the (key, link field, archived URL) of confirmed-dead and soft-404 links."""
    plan: dict[str, list[tuple[str, str, str]]] = {}
    for link, result in zip(links, results):
        if result.status in ("dead", "soft-404") and result.archived_url and link.kind == "url":
            for use in link.uses:
                plan.setdefault(use.file, []).append((use.key, use.field, result.archived_url))
    return plan
