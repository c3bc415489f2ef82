"""Split the raw text of a ``.bib`` file into blocks, keeping what pybtex loses: each entry's
exact text, the line it starts on, each field's line and raw value, and whether its braces
balance.

An entry runs from an ``@`` at the start of a line to its matching closing delimiter; when the
delimiters do not balance, it runs up to the next line that starts an entry (how BibTeX itself
recovers), and ``balanced`` is False.  Used by ``citekit cite`` (subsets in the library's own
text) and ``citekit lint`` (line numbers, braces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_START_RE = re.compile(r"^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*([{(])", re.M)
_NAME_RE = re.compile(r"\s*([^\s=,{}()\"#]+)\s*")
_TOKEN_RE = re.compile(r"[^\s,#{}()\"]+")
SPECIAL_TYPES = ("comment", "preamble", "string")


@dataclass
class RawField:
    name: str  # lower-cased
    value: str  # the value's text, outer braces or quotes removed
    line: int  # 1-based line of the field name
    braced: bool = True  # False for a bare macro or number


@dataclass
class RawEntry:
    type: str  # lower-cased: "article", "string", "comment", ...
    key: str
    line: int  # 1-based line of the "@"
    text: str  # the entry's text exactly as in the file
    fields: list[RawField] = field(default_factory=list)
    balanced: bool = True
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message): syntax

    def get(self, name: str) -> str | None:
        return next((f.value for f in self.fields if f.name == name), None)


def _match_close(text: str, pos: int, opener: str) -> int | None:
    """Index just after the delimiter closing the one at ``pos``; None when unbalanced."""
    closer = "}" if opener == "{" else ")"
    depth = 0
    i = pos
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0:
                return None
            if opener == "{" and depth == 0:
                return i + 1
        elif c == ")" and opener == "(" and depth == 0:
            return i + 1
        i += 1
    return None


def _braced(text: str, pos: int) -> int | None:
    """End (exclusive) of the brace group opening at ``pos``; None when it never closes."""
    depth = 0
    for i in range(pos, len(text)):
        c = text[i]
        if c == "{" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif c == "}" and (i == 0 or text[i - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def _quoted(text: str, pos: int) -> int | None:
    """End (exclusive) of the "..." value opening at ``pos`` (braces inside it nest)."""
    depth = 0
    for i in range(pos + 1, len(text)):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == '"' and depth == 0:
            return i + 1
    return None


def _fields(entry: RawEntry, body: str, offset: int, line_of) -> None:
    """Parse ``name = value`` pairs of ``body`` (the text after the key) into ``entry``."""
    pos = 0
    while pos < len(body):
        while pos < len(body) and (body[pos].isspace() or body[pos] == ","):
            pos += 1
        if pos >= len(body) or body[pos] in "})":
            return
        m = _NAME_RE.match(body, pos)
        if not m or m.end() >= len(body) or body[m.end()] != "=":
            entry.problems.append((line_of(offset + pos), "cannot read a field here (missing '=' or ',')"))
            return
        name, line = m.group(1).lower(), line_of(offset + m.start(1))
        pos = m.end() + 1
        parts: list[str] = []
        braced = False
        while True:
            while pos < len(body) and body[pos].isspace():
                pos += 1
            if pos >= len(body):
                break
            c = body[pos]
            if c in "{\"":
                end = _braced(body, pos) if c == "{" else _quoted(body, pos)
                if end is None:
                    entry.problems.append((line, f"{name}: value never closes"))
                    return
                parts.append(body[pos + 1 : end - 1])
                braced = True
            else:
                t = _TOKEN_RE.match(body, pos)
                if not t:
                    entry.problems.append((line, f"{name}: missing value"))
                    return
                parts.append(t.group())
                end = t.end()
            pos = end
            while pos < len(body) and body[pos].isspace():
                pos += 1
            if pos < len(body) and body[pos] == "#":
                pos += 1
                continue
            break
        entry.fields.append(RawField(name, "".join(parts), line, braced))
        while pos < len(body) and body[pos].isspace():
            pos += 1
        if pos < len(body) and body[pos] not in ",})":
            entry.problems.append((line_of(offset + pos), f"{name}: missing ',' after the value"))
            return


def scan(text: str) -> list[RawEntry]:
    """Every ``@`` block of ``text`` in file order (comments, strings and preambles included)."""
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        lo, hi = 0, len(newlines)
        while lo < hi:
            mid = (lo + hi) // 2
            if newlines[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo + 1

    starts = list(_START_RE.finditer(text))
    entries: list[RawEntry] = []
    resume = 0
    for index, m in enumerate(starts):
        if m.start() < resume:
            continue  # inside the previous entry (an "@" at a line start in a value)
        kind = m.group(1).lower()
        at = m.start() + m.group(0).index("@")
        next_start = next((s.start() for s in starts[index + 1 :] if s.start() >= m.end()), len(text))
        end = _match_close(text, m.end() - 1, m.group(2))
        balanced = end is not None and (end <= next_start or _START_RE.search(text, m.end(), end) is None)
        if not balanced:
            end = next_start
        chunk = text[at:end].rstrip()
        entry = RawEntry(kind, "", line_of(at), chunk, balanced=balanced)
        stray = text[end:next_start]
        if balanced and kind != "comment" and re.search(r"[{}=]", stray):
            entry.problems.append((line_of(end + len(stray) - len(stray.lstrip())),
                                   "text after the entry's closing brace (one '}' too many?)"))
        resume = end
        entries.append(entry)
        if kind in ("comment", "preamble"):
            continue
        body_start = m.end()
        if kind == "string":
            _fields(entry, text[body_start:end], body_start, line_of)
            entry.key = entry.fields[0].name if entry.fields else ""
            continue
        key = re.match(r"\s*([^,\s{}()]*)\s*,?", text[body_start:end])
        entry.key = key.group(1)
        if not entry.key:
            entry.problems.append((entry.line, "entry without a key"))
        _fields(entry, text[body_start + key.end() : end], body_start + key.end(), line_of)
    return entries


def entries_only(blocks: list[RawEntry]) -> list[RawEntry]:
    """The bibliographic entries: no @comment, @preamble or @string."""
    return [b for b in blocks if b.type not in SPECIAL_TYPES]
