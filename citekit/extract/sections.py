"""Find reference-list sections and split them into entries (bulleted, numbered or hanging)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.extract.normalize.names import capitalised_name
from citekit.ingest.view import TextView

# Headings of a list of works that may also head prose ("### Reading list" over a paragraph):
# a reference section only when a bulleted or numbered list follows.
LIST_ONLY = ("reading list", "further reading", "show notes")
# A press release's notes: mostly prose ("The Bureau's report can be downloaded …", "About X"),
# a reference section only for the notes that cite a work as a list does ("X Agency, *Title*, 2027").
EDITORS_NOTES = r"notes? (?:to|for) (?:the )?editors"
EDITORS_NOTES_RE = re.compile(EDITORS_NOTES, re.I)
SECTION_NAMES = (
    r"references?(?: list| cited)?|bibliography|select(?:ed)? bibliography|works cited|"
    r"literature cited|cited works|(?:show notes\s*[:—–-]\s*)?sources(?: and (?:links|further reading|references))?|"
    r"sources cited|notes|endnotes|footnotes|" + r"|".join(LIST_ONLY) + "|" + EDITORS_NOTES + "|"
    r"(?:reports|documents|publications|papers|works|sources) (?:cited|consulted|referenced|referred to)"
    r"(?: in (?:this|the) \w+)?|"
    r"literatur(?:verzeichnis)?|bibliographie|r[ée]f[ée]rences(?: bibliographiques)?|"
    r"referencias|bibliograf[íi]a|список литературы|литература|источники"
)
SECTION_RE = re.compile(rf"^\s*(?:[\dIVX]+\.?\s+)?(?:{SECTION_NAMES})\s*:?\s*$", re.I)
# Headings that end a reference section in text without Markdown headings.
BACK_MATTER_RE = re.compile(
    r"^\s*(?:appendix|appendices|acknowledg(?:e)?ments?|about the authors?|author biograph(?:y|ies)|"
    r"funding|conflicts? of interest|figures?|tables?|supplementary material)\b.{0,40}$",
    re.I,
)
RULE_RE = re.compile(r"^[ \t]*([-=_*~#])\1{2,}[ \t]*$", re.M)  # a ruler line: "-----", "=====", "~~~~~"
# A short capitalised heading line of plain text ("CONTACT", "ABOUT THE AUTHOR").
CAPS_HEADING_RE = re.compile(r"^\s*[A-Z][A-Z&'’ -]{2,40}\s*$")
MARKERS = {
    "bullet": re.compile(r"^[ \t]*[-*•+–][ \t]+", re.M),
    "bracket": re.compile(r"^[ \t]*\[(\d{1,4})\][ \t]*", re.M),
    "number": re.compile(r"^[ \t]*(\d{1,4})[.)][ \t]+", re.M),
    "paren": re.compile(r"^[ \t]*\((\d{1,4})\)[ \t]+", re.M),
    "superscript": re.compile(r"^[ \t]*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)[ \t]*", re.M),
    "footnote": re.compile(r"^[ \t]*\[\^(\d{1,4})\]:[ \t]*", re.M),  # Markdown footnotes: "[^3]: …"
    "bare": re.compile(r"^[ \t]*(\d{1,3})[ \t]+(?=\S)", re.M),  # a report's footnotes: "9 Examinations …"
}
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


@dataclass
class Section:
    """A reference section: the heading's name and the body span, in view coordinates; an
    ``inline`` one is a line of works after its label ("Sources: A. | B. | C.")."""

    name: str
    start: int
    end: int
    inline: bool = False


# "Sources: Carvalho I, et al. … | Equal Ground. … | WHO …", "*Show notes:* A, "T", 2027. — B, …, 2027."
INLINE_LABEL_RE = re.compile(r"^[ \t*_]*(?P<name>sources?|references|show notes|further reading)[ \t*_]*:[ \t*_]*(?=\S)", re.I | re.M)
INLINE_SEPARATOR_RE = re.compile(r"\s+[|—–]\s+")


@dataclass
class Entry:
    """One reference entry: span in view coordinates (marker excluded) and its list label."""

    start: int
    end: int
    text: str
    label: int | None  # the printed number of a numbered list


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], without the newline."""
    spans, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        spans.append((pos, stop))
        pos = stop + 1
    return spans


def find_sections(view: TextView) -> list[Section]:
    """Reference sections, by Markdown heading or by a standalone heading line."""
    text = view.text
    headings = sorted(view.headings)
    sections: list[Section] = []
    for hs, he, level in headings:
        if SECTION_RE.match(text[hs:he]):
            nxt = next((s for s, _, lv in headings if s > hs and lv <= level), len(text))
            sections.append(Section(text[hs:he].strip().rstrip(":"), he, nxt))
    sections = [s for s in sections if _listed(text, s)]
    if sections:
        return sections + _footnotes(text, sections) + _inline_lists(text, sections)
    lines = _lines(text, 0, len(text))
    for n, (ls, le) in enumerate(lines):
        if not SECTION_RE.match(text[ls:le]) or _in_contents(text, lines, n):
            continue
        end, body = len(text), False
        for ms, me in lines[n + 1 :]:
            line = text[ms:me]
            if BACK_MATTER_RE.match(line) or SECTION_RE.match(line) or (body and _ends_body(line)):
                end = ms
                break
            body = body or (bool(line.strip()) and not RULE_RE.match(line))
        sections.append(Section(text[ls:le].strip().rstrip(":"), le, end))
    sections = _drop_nested([s for s in sections if _listed(text, s)])
    return sections + _footnotes(text, sections) + _inline_lists(text, sections)


def _inline_lists(text: str, sections: list[Section]) -> list[Section]:
    """Lines that list works after a label, separated by " | " or " — ", two or more of them
    citing a work as a reference does: each such line is a section of its own."""
    found = []
    for m in INLINE_LABEL_RE.finditer(text):
        if any(s.start <= m.start() < s.end for s in sections):
            continue
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        section = Section(m.group("name").capitalize(), m.end(), end, inline=True)
        if sum(_cites_a_work(e.text) for e in _split_inline(text, section)) >= 2:
            found.append(section)
    return found


def _split_inline(text: str, section: Section) -> list[Entry]:
    entries, pos = [], section.start
    for piece in [*INLINE_SEPARATOR_RE.finditer(text, section.start, section.end), None]:
        stop = piece.start() if piece else section.end
        body = text[pos:stop].strip(" *_")
        if len(body) >= 8:
            start = text.index(body, pos)
            entries.append(Entry(start, start + len(body), body, None))
        pos = piece.end() if piece else stop
    return entries


CONTENTS_RE = re.compile(r"^\s*(?:table of )?contents\s*:?\s*$", re.I)


def _in_contents(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Line n is an entry of a table of contents: the lines above it, up to a blank one, start
    with "Contents" ("Contents / 1 Introduction / … / References")."""
    for ls, le in reversed(lines[max(0, n - 40):n]):
        line = text[ls:le]
        if not line.strip():
            return False
        if CONTENTS_RE.match(line):
            return True
    return False


def _listed(text: str, section: Section) -> bool:
    """A section under a list-only heading is a reference section when its body is a list;
    notes to editors, when two of them or more cite a work."""
    if EDITORS_NOTES_RE.fullmatch(section.name):
        return sum(_cites_a_work(e.text) for e in _split(text, section)) >= 2
    return section.name.lower() not in LIST_ONLY or _marker_kind(text, _lines(text, section.start, section.end)) is not None


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _cites_a_work(entry: str) -> bool:
    """A note that opens with its maker's name and a comma or full stop and gives a year, as a
    reference does ("Harlan Brede Engineers, *Orvell Crossing …*, 30 April 2027"); not a
    sentence ("The Bureau's preliminary report, AI-2026-031, can be downloaded …")."""
    head = re.match(r"([^,.]{3,90}?)(?:,|\.\s)", entry)
    if head is None or not _YEAR_RE.search(entry, head.end()):
        return False
    return len(head.group(1).split()) <= 10 and capitalised_name(head.group(1))


FOOTNOTES = "Footnotes"  # the name of a run of Markdown footnote definitions


def _footnotes(text: str, sections: list[Section]) -> list[Section]:
    """Markdown footnote definitions ("[^1]: …", two or more in all) outside the sections found:
    each run of them (with their indented continuation lines) is a section; the prose between
    runs stays prose."""
    found = [m for m in MARKERS["footnote"].finditer(text) if not any(s.start <= m.start() < s.end for s in sections)]
    if len(found) < 2:
        return []
    runs: list[Section] = []
    for m in found:
        if runs and m.start() <= runs[-1].end + 1:
            start = runs[-1].start
            runs.pop()
        else:
            start = m.start()
        runs.append(Section(FOOTNOTES, start, _note_end(text, m.end())))
    return runs


def _note_end(text: str, pos: int) -> int:
    """Where a footnote definition starting before ``pos`` ends: at the first line after it that
    is neither indented nor blank (blank lines end it unless an indented line follows)."""
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    while end < len(text):
        nxt = text.find("\n", end + 1)
        line = text[end + 1: len(text) if nxt == -1 else nxt]
        if line.strip() and not line[:1].isspace():
            break
        if not line.strip():  # a blank line: the note goes on only if an indented line follows
            after = text[(len(text) if nxt == -1 else nxt) + 1:].split("\n", 1)[0]
            if not (after.strip() and after[:1].isspace()):
                break
        end = len(text) if nxt == -1 else nxt
    return end


def _ends_body(line: str) -> bool:
    """After a section's first entry, a ruler or a capitalised heading line ends it."""
    return bool(RULE_RE.match(line) or (CAPS_HEADING_RE.match(line) and len(line.split()) <= 4))


def _drop_nested(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for s in sorted(sections, key=lambda s: s.start):
        if out and s.start < out[-1].end:
            out[-1].end = min(out[-1].end, s.start)
        out.append(s)
    return out


def _marker_kind(text: str, lines: list[tuple[int, int]]) -> str | None:
    """The list's marker kind: most lines start with it, or (entries wrapped over several
    lines) the first line does and the printed numbers count up 1, 2, 3…"""
    filled = [(s, e) for s, e in lines if text[s:e].strip() and not RULE_RE.match(text, s, e)]
    for kind, pattern in MARKERS.items():
        hits = [m for s, e in filled if (m := pattern.match(text, s, e))]
        if not filled or len(hits) < (1 if kind == "footnote" else 2):
            continue  # (one footnote definition is one: its "[^n]:" is unmistakable)
        if kind == "bare" and not _counts_up(hits):
            continue  # (bare numbers only when they number the notes 9, 10, 11 …)
        if len(hits) * 2 >= len(filled) or (pattern.groups and hits[0].start() == filled[0][0] and _counts_up(hits)):
            return kind
    return None


def _counts_up(hits: list[re.Match]) -> bool:
    numbers = [int(m.group(1).translate(_SUPERSCRIPT)) for m in hits]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _starts_entry(line: str) -> bool:
    """In a hanging list without blank lines, does this line begin a new entry?"""
    stripped = line.lstrip()
    if not stripped or line[:1] in " \t":
        return False
    return not (stripped[0].islower() or stripped.startswith(("http", "www.", "doi", "<", "(")))


def split_entries(view: TextView, section: Section) -> list[Entry]:
    """Split a section body into entries; each keeps its exact span (of notes to editors,
    those that cite a work)."""
    entries = _split_inline(view.text, section) if section.inline else _split(view.text, section)
    if EDITORS_NOTES_RE.fullmatch(section.name):
        return [e for e in entries if _cites_a_work(e.text)]
    return entries


def _split(text: str, section: Section) -> list[Entry]:
    lines = _lines(text, section.start, section.end)
    kind = _marker_kind(text, lines)
    groups: list[list[tuple[int, int]]] = []
    labels: list[int | None] = []
    blank_separated = any(not text[s:e].strip() for s, e in lines[1:-1]) and _paragraph_count(text, lines) >= 2
    after_blank = False
    for s, e in lines:
        line = text[s:e]
        if not line.strip() or RULE_RE.match(line):
            if kind is None and blank_separated and groups and groups[-1]:
                groups.append([])
                labels.append(None)
            after_blank = True
            continue
        match = MARKERS[kind].match(text, s, e) if kind else None
        if kind and not match and after_blank and groups and not line[:1].isspace() and kind != "footnote":
            break  # a paragraph after the list ("That's it for this week …") is no part of its last entry
        after_blank = False
        if kind and match:
            groups.append([(match.end(), e)])
            labels.append(int(match.group(1).translate(_SUPERSCRIPT)) if match.groups() else None)
        elif groups and groups[-1] and (kind or blank_separated or not _starts_entry(line)):
            groups[-1].append((s, e))
        elif kind and groups:
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
            labels.append(None)
    entries = []
    for group, label in zip(groups, labels):
        if not group:
            continue
        start, end = group[0][0], group[-1][1]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        body = text[start:end]
        if len(body) >= 8 and any(c.isalpha() for c in body):
            entries.append(Entry(start, end, body, label))
    return entries


def _paragraph_count(text: str, lines: list[tuple[int, int]]) -> int:
    count, inside = 0, False
    for s, e in lines:
        filled = bool(text[s:e].strip())
        if filled and not inside:
            count += 1
        inside = filled
    return count
