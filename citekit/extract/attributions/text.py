"""Sentences and word tokens with offsets into the plain view (one job: segmentation)."""

from __future__ import annotations

import re
from typing import NamedTuple

# "U.N." "U.S." | words with inner hyphens, apostrophes or decimal points | one symbol
_TOKEN_RE = re.compile(r"(?:[A-ZА-Я]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\w+(?:[-’'.]\w+)*-?|[^\w\s]")  # "1,412": one token
_POSSESSIVE_RE = re.compile(r"^(.+?)([’']s)$")
# (a note's marker may close the sentence: "…contacted.¹⁰ Data from", "…to it.[2] AVW issued", "….[^3] The")
_SENT_END_RE = re.compile(r"[.!?][”\"’')]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^?\d{1,3}(?:[,–-]\s?\d{1,3})*\])*\s+(?=[“\"‘'(]?[A-ZА-Я0-9])")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "no", "vol", "vs", "e.g", "i.e", "etc", "al", "jr", "sr", "inc", "ltd", "co", "corp", "fig", "approx",
    "pp", "para", "paras", "ch", "sec", "nos",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    low: str  # the text in lower case: asked for millions of times per corpus


def _tok(text: str, start: int, end: int) -> Tok:
    return Tok(text, start, end, text.lower())


_MONTH_AFTER = re.compile(r"(?i:jan(?:uar)?|feb(?:ruar)?|märz|april|mai|juni|juli|august|sept(?:ember)?|okt(?:ober)?"
                          r"|nov(?:ember)?|dez(?:ember)?)\b")


_INITIALS_RE = re.compile(r"(?:[^\W\d]\.)*[^\W\d]")  # "J." "e.g"
_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s"
_DAY_RE = re.compile(r"[0-3]?\d")  # "am 6. April"


# A line that starts a block of its own: a list item, a heading, a table row, a quotation, a
# speaker's label ("AMBERLEY:", "MS OSK:") or a numbered paragraph.
_BLOCK_START = re.compile(r"[ \t]*(?:[-*•–+][ \t]|\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]|#|\||>|[A-Z][A-Z .’'-]{1,40}:)")
WRAP_WIDTHS = (40, 150)  # the widths texts are hard-wrapped at (a longer "width": lines are paragraphs)


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs turned into spaces, one
    character for one (offsets stay valid): a break after a line long enough to have reached
    the text's wrap width (the 90th percentile of its line lengths), before a line that goes
    on with the paragraph (no list item, heading, table row or speaker's label).  Sentences
    are split at line ends, so "Harbourmaster Oskar Fenn / told the committee" is one sentence
    only this way.  A text whose lines are paragraphs comes back as it was."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return text
    width = lengths[len(lengths) * 9 // 10]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return text
    pieces = []
    for line, following in zip(lines, lines[1:]):
        wrapped = len(line.rstrip()) >= 0.7 * width and following.strip() and not _BLOCK_START.match(following)
        if wrapped and line.endswith("\r"):
            pieces.append(line[:-1] + "  ")  # ("\r\n": two spaces)
        else:
            pieces.append(line + (" " if wrapped else "\n"))
    pieces.append(lines[-1])
    return "".join(pieces)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]: lines split further at sentence ends (not after
    abbreviations, initials or dotted acronyms such as 'U.N.')."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        ls, le = start + line.start(), start + line.end()
        s = ls
        for m in _SENT_END_RE.finditer(text, ls, le):
            stop = first = m.start() + 1
            while first > s and not text[first - 1].isspace():
                first -= 1  # back to the last word's start
            w = text[first:stop].rstrip(".!?”\"’')").lstrip("(“\"‘'[").lower()  # "(vol. 9"
            if text[m.start()] == "." and (w in _ABBREV or _INITIALS_RE.fullmatch(w) and len(w.replace(".", "")) <= 1
                                           or _DOTTED_RE.fullmatch(w)
                                           or _DAY_RE.fullmatch(w) and _MONTH_AFTER.match(text, m.end())):
                continue  # (nor "am 6. April", a German ordinal day)
            spans.append((s, m.start() + 1))
            s = m.end()
        if s < le:
            spans.append((s, le))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_SUPERSCRIPT_RE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_NOTE_MARK_RE = re.compile(r"\[\^[^\]\s]{1,8}\]|(?<=\w)\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]")  # "Board[^4]", "Office[6]"


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Word tokens of text[start:end]; a possessive "'s" is a token of its own, a straight
    single quote that opens or closes a quotation reads as the curly one ("'…,' she said"), and
    a note's marker written onto a word is no part of it ("Commerce⁹": "Commerce"; "Board[^4]":
    "Board")."""
    out: list[Tok] = []
    marks = [m.span() for m in _NOTE_MARK_RE.finditer(text, start, end)] if "[" in text[start:end] else []
    for m in _TOKEN_RE.finditer(text, start, end):
        t, at, stop = m.group(), m.start(), m.end()
        if marks and any(a <= at and stop <= b for a, b in marks):
            continue
        if (sup := _SUPERSCRIPT_RE.search(t)) and sup.start() > 0:
            t, stop = t[:sup.start()], at + sup.start()
        if t == "'":
            t = _single_quote(text, at)
        p = _POSSESSIVE_RE.match(t)
        if p and len(p.group(1)) > 1:
            cut = at + len(p.group(1))
            out.append(_tok(p.group(1), at, cut))
            out.append(_tok(p.group(2), cut, stop))
        elif t.endswith(".") and len(t) > 2 and "." not in t[:-1] and not t[:-1].isdigit():
            out.append(_tok(t[:-1], at, stop - 1))  # "Policy." at a sentence end ("Policy.¹²" cut)
            out.append(_tok(".", stop - 1, stop))
        else:
            out.append(_tok(t, at, stop))
    return out


def _single_quote(text: str, at: int) -> str:
    """The straight single quote at ``text[at]`` as the curly quote it stands for: closing after
    a sentence's punctuation ("far too early,'"), opening before a word that follows a space or
    a line's start ("'We will"); else as written (the plural possessive "the workers' union")."""
    before = text[at - 1] if at > 0 else "\n"
    after = text[at + 1] if at + 1 < len(text) else "\n"
    if before in ",.?!;:":
        return "’"
    if (before.isspace() or before in "([—–-") and after.isalnum():
        return "‘"
    return "'"


def has_tokens(text: str, start: int, end: int) -> bool:
    """Whether :func:`tokens` finds any token in text[start:end] (without making them)."""
    return _TOKEN_RE.search(text, start, end) is not None


def quoted_regions(text: str, min_len: int = 60) -> list[tuple[int, int]]:
    """Quoted speech (curly or straight double quotes, at least min_len long): no cue there."""
    regions = []
    # straight quotes only where they hug their words ('"like this"'): spaced ones cannot be paired
    for m in re.finditer(r"“[^“”\n]*”|(?<![\w\"])\"(?=\S)[^\"\n]*(?<=\S)\"(?!\w)", text):
        if m.end() - m.start() >= min_len:
            regions.append((m.start(), m.end()))
    # a quotation over several paragraphs opens each one and closes only the last
    for m in re.finditer(r"(?m)^[ \t]*[“\"](?=\S)[^“”\"\n]*\n(?=[ \t]*\n?[ \t]*[“\"]\S)", text):
        if m.end() - m.start() >= min_len:
            regions.append((m.start(), m.end() - 1))
    return sorted(regions)
