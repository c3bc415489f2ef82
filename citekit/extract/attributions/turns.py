"""Speaker turns of a transcript (one job: who speaks where, and for which body).

A transcript gives each turn a label ("BRENDAN ACHTERBERG:", "**Dolores Kimathi (CTWU):**", "GUEST
(Dr Tomas Breck):", a committee record's "Q8 Gemma Rathbone:"); its header or its presenter says whom each speaker speaks for ("Guests: Brendan
Achterberg, General Secretary, Public Service Pensioners' Union", "Dorota Welk, who chairs the Aldra
Valley Consumers' Council").  Within a turn, "our survey" is that body's survey.  A scholar speaks
for no body: "our 2024 survey" of a professor at a university is the scholar's own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from citekit.extract.attributions.names import head_word, is_org_like, is_role
from citekit.extract.normalize.fold import fold

_NAME = r"[A-Z][A-Za-z’'.-]*(?:[ \t]+[A-Z][A-Za-z’'.-]*){0,3}"
_TURN = re.compile(r"(?m)^[ \t]*(?:\*\*)?(?:Q\d{1,4}[ \t]+)?(" + _NAME + r")(?:[ \t]*\(([^)\n]{1,60})\))?(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+(?=\S)")
# Labels of a transcript's header and of interview questions, not speakers.
_FIELDS = {"presenter", "presenters", "guest", "guests", "host", "hosts", "broadcast", "date", "source", "sources",
           "producer", "programme", "program", "episode", "transcript", "recorded", "note", "notes", "subject",
           "q", "a", "question", "answer", "interviewer", "time", "location", "present", "update", "summary", "title",
           "by", "from", "to", "re", "cc", "tel", "email", "contact", "media", "warning", "listen", "read"}
# A capitalised name of a body inside a speaker's description.
_BODY = re.compile(r"[A-Z][\w’'&-]*(?:[ \t]+(?:of|the|and|for|&|de)?[ \t]*[A-Z][\w’'&-]*)*(?:[ \t]+\([A-Z]{2,8}\))?")
_SCHOLARLY = {"university", "college", "institute", "school", "faculty", "department"}


@dataclass(frozen=True)
class Turn:
    start: int
    said: int  # where the speaker's words start, after the label
    speaker: str  # "Brendan Achterberg"
    body: str | None  # the body the speaker speaks for, if the text gives one


def _speaker(label: str, inner: str | None) -> str | None:
    """The person a turn's label names ("BRENDAN ACHTERBERG", "GUEST (Dr Tomas Breck)")."""
    words = label.split()
    if inner and len(inner.split()) >= 2 and not inner.split()[0].isupper() and (not words or words[0].lower() in _FIELDS):
        label, words = inner, inner.split()  # "GUEST (Dr Tomas Breck)"
    if not words or words[0].lower() in _FIELDS or len(label) < 3 or len(words) == 1 and is_role(words[0].lower()):
        return None  # (a header's field, or an office: "Chair:", "Judge:")
    return " ".join("-".join(p.capitalize() for p in w.split("-")) if w.isupper() else w for w in words)


def _description(text: str, speaker: str) -> str:
    """What the text says of the speaker where it first describes them: "Brendan Achterberg,
    General Secretary, Public Service Pensioners' Union" / "Dorota Welk, who chairs the X"."""
    family = speaker.split()[-1]
    for m in re.finditer(r"\b(?:[A-Z][\w’'-]+[ \t]+){0,2}" + re.escape(family) + r"\b(?!:)", text):
        rest = text[m.end():m.end() + 200]
        if rest[:2] in (", ", " (") or rest.startswith(" of ") or rest.startswith(" from "):
            return re.split(r"[;\n]|\.\s|\)", rest[1:] if rest[0] == "(" else rest, maxsplit=1)[0]
    return ""


def _body(description: str, acronyms: dict[str, str]) -> str | None:
    """The last body's name in a speaker's description, None for a scholar's university."""
    names = [m.group().strip() for m in _BODY.finditer(description) if is_org_like(m.group())]
    if not names:
        return None
    name = re.sub(r"^(?:The|the)\s+", "", names[-1])
    name = acronyms.get(name, name)
    if head_word(name) in _SCHOLARLY or fold(name).split()[0] in _SCHOLARLY or is_role(head_word(name)):
        return None  # (a scholar speaks for no body; "Minister of Transport" is an office)
    return name


def find_turns(text: str, acronyms: dict[str, str]) -> list[Turn]:
    """The speaker turns of a text, in order; none unless it has two turns or more."""
    turns, bodies = [], {}
    for m in _TURN.finditer(text):
        speaker = _speaker(m.group(1), m.group(2))
        if speaker is None:
            continue
        if speaker not in bodies:
            inner = m.group(2)
            bodies[speaker] = acronyms.get(inner, inner) if inner and inner.isupper() and inner in acronyms \
                else _body(_description(text, speaker), acronyms)
        turns.append(Turn(m.start(), m.end(), speaker, bodies[speaker]))
    return turns if len(turns) >= 2 else []


class Turns:
    """Which turn an offset of the text falls in."""

    def __init__(self, text: str, acronyms: dict[str, str]) -> None:
        self.turns = find_turns(text, acronyms)
        self.starts = [t.start for t in self.turns]

    def at(self, offset: int) -> Turn | None:
        i = bisect_right(self.starts, offset) - 1
        return self.turns[i] if i >= 0 else None
