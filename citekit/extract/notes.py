"""Notes that repeat an earlier note (one job: which earlier entry a note cites again).

A list of notes names a work in full once and then points back at it:

- "Ibid., 14." (also "Ibidem", "Id. at 5", German "Ebd., S. 12"): the note just before;
- the short form, "NAO, Safeguarding Drinking Water, 9." or 'Rensch, "Water Company Was Warned," 3.':
  the last earlier note by that author (family name, a body's name or its initials) whose
  title starts with the short title;
- "Rensch, op. cit., 3." (also "loc. cit."): the last earlier note by that author.

Such a note is the earlier work, not a work of its own ("Ibid." is no title): the reference
list gives it that entry's fields, so merging makes both one work and a marker pointing at
either note links to it.
"""

from __future__ import annotations

import re

from citekit.extract.attributions.names import initials
from citekit.extract.normalize.fold import fold
from citekit.models import Fields

_IBID = re.compile(r"(?:ibid(?:em)?|ib|id|ebd|ebenda|ibíd)\.?(?:\s*(?:[,;:]|at\b).*)?", re.I | re.S)
_CITED = re.compile(r",?\s*\b(?:op|loc)\.?\s*cit\.?", re.I)
# the place cited, at the end: ", 9", ", pp. 3–4", ", table 2", ": 41", ", S. 12", '," 3'
_LOCATOR = re.compile(r"[,:][\"”’']?\s*(?:(?i:pp?|s|paras?|sec|ch|chap|table|tab|fig|figure|annex|cols?|n|note)\.?\s*"
                      r"(?:\d+|[ivxlc]+)|\d+[a-z]?)(?:\s*(?:[–-]|and|,)\s*\d+)*\s*$")
_QUOTES = "\"“”‘’'*_ "


def repeated_note(text: str, earlier: list[Fields]) -> int | None:
    """The index in ``earlier`` (the notes before this one, in order) of the note that ``text``
    cites again, or None when it cites a work of its own."""
    text = " ".join(text.split()).rstrip(" .")
    if not earlier or not text:
        return None
    if _IBID.fullmatch(text):
        return len(earlier) - 1
    cited = _CITED.search(text)
    short = text[:cited.start()] if cited else text
    while (locator := _LOCATOR.search(short)) and locator.start() > 0:
        short = short[:locator.start()]
    author, _, title = short.partition(",")
    author, title = author.strip(_QUOTES), fold(title.strip(_QUOTES + ",."))
    if cited:
        return _last(earlier, lambda f: _by(author, f)) if not title else None
    if not title:  # "Safeguarding Drinking Water, 9.": a title alone
        author, title = "", fold(author)
    if len(title) < 8 or len(title.split()) < 2:
        return None
    return _last(earlier, lambda f: bool(f.title) and fold(f.title).startswith(title) and (not author or _by(author, f)))


def _last(earlier: list[Fields], fits) -> int | None:
    return next((i for i in range(len(earlier) - 1, -1, -1) if fits(earlier[i])), None)


def _by(author: str, f: Fields) -> bool:
    """Whether the note's author as printed ("Rensch", "NAO", "National Audit Office") made ``f``."""
    if not author or not f.authors:
        return False
    first = f.authors[0]
    if first.literal:
        return fold(author) == fold(first.literal) or author == initials(first.literal)
    return fold(author).split()[-1:] == fold(first.family or "").split()[-1:]
