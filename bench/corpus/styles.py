"""A source as a reference-list entry and as inline citations in five styles.

Entries carry italics as ``\\x01…\\x02`` (rendered per output format by `documents`) and the
gold fields of what is printed (a variant's abbreviation, typo or missing DOI included).
Near-duplicate variants of a source (`variant`) are what different documents really do:
abbreviated or expanded journal names, a typo in the title, no DOI, no issue or pages,
"U.N." for "United Nations".
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import Any

from bench.corpus import vocab
from bench.corpus.sources import Author, Body, Source

STYLES = ("apa", "chicago", "mla", "ieee", "harvard")
I0, I1 = "\x01", "\x02"  # italics on / off


@dataclass
class Entry:
    """One printed reference: text with italics marks, and its gold fields."""

    text: str
    fields: dict[str, Any] = field(default_factory=dict)


def variant(source: Source, rng: random.Random, rate: float) -> tuple[Source, list[str]]:
    """``source`` as one document prints it: with probability ``rate`` one or two changes."""
    if rng.random() >= rate:
        return source, []
    changes: list[str] = []
    options = ["typo"]
    if source.journal:
        options.append("journal")
    if source.doi:
        options += ["no-doi", "no-doi"]
    if source.issue or source.pages:
        options.append("no-pages")
    body = source.body
    if body and body.variants:
        options += ["body", "body"]
    for choice in rng.sample(options, min(len(options), rng.choice([1, 1, 2]))):
        if choice == "typo":
            source = replace(source, title=_typo(source.title, rng))
        elif choice == "journal":
            source = replace(source, journal=(source.journal[1], source.journal[0]))
        elif choice == "no-doi":
            source = replace(source, doi=None)
        elif choice == "no-pages":
            source = replace(source, issue=None, pages=None)
        elif choice == "body":
            name = rng.choice(body.variants)
            source = replace(source, authors=(Body(name, body.short, ()),) + source.authors[1:])
        changes.append(choice)
    return source, changes


def _typo(title: str, rng: random.Random) -> str:
    words = title.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return title
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.6 else w[:j] + w[j + 1:]
    return " ".join(words)


# ---- names -------------------------------------------------------------------------------

def _inverted(a: Author, initials: bool, sep: str = " ") -> str:
    if isinstance(a, Body):
        return a.name
    return f"{a.family}, {a.initials(sep) if initials else a.given}"


def _direct(a: Author, initials: bool) -> str:
    if isinstance(a, Body):
        return a.name
    return f"{a.initials() if initials else a.given} {a.family}"


def _join(names: list[str], conj: str, serial: bool = True) -> str:
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]}{',' if serial and conj == '&' else ''} {conj} {names[1]}"
    return ", ".join(names[:-1]) + ("," if serial else "") + f" {conj} {names[-1]}"


def authors_text(style: str, authors: tuple[Author, ...]) -> tuple[str, list[str]]:
    """The printed author list and the gold author strings ("Family, Given" as printed)."""
    if style == "apa":
        names = [_inverted(a, True) for a in authors]
        return _join(names, "&"), names
    if style == "harvard":
        names = [_inverted(a, True, "") for a in authors]
        return _join(names, "and", serial=False), names
    if style == "chicago":
        printed = [_inverted(authors[0], False)] + [_direct(a, False) for a in authors[1:]]
        return _join(printed, "and"), [_inverted(a, False) for a in authors]
    if style == "mla":
        first = _inverted(authors[0], False)
        if len(authors) >= 3:
            return f"{first}, et al.", [first]
        if len(authors) == 2:
            return f"{first}, and {_direct(authors[1], False)}", [first, _inverted(authors[1], False)]
        return first, [first]
    names = [_direct(a, True) for a in authors]  # ieee
    return _join(names, "and", serial=len(authors) > 2), [_inverted(a, True) for a in authors]


def cite_names(style: str, authors: tuple[Author, ...], narrative: bool = False) -> str:
    """The author part of an author-date or MLA inline citation."""
    fam = [a.name if isinstance(a, Body) else a.family for a in authors]
    amp = "&" if style == "apa" and not narrative else "and"
    if len(fam) == 1:
        return fam[0]
    if len(fam) == 2:
        return f"{fam[0]} {amp} {fam[1]}"
    if len(fam) == 3 and style == "chicago":
        return f"{fam[0]}, {fam[1]}, and {fam[2]}"
    return f"{fam[0]} et al."


# ---- dates -------------------------------------------------------------------------------

def _iso(s: Source, month: bool, day: bool) -> str:
    out = str(s.year)
    if month and s.month:
        out += f"-{s.month:02d}"
        if day and s.day:
            out += f"-{s.day:02d}"
    return out


# ---- entries -----------------------------------------------------------------------------

def reference(style: str, s: Source, number: int | None = None, suffix: str = "") -> Entry:
    """``s`` as an entry of a ``style`` reference list (``number`` for IEEE)."""
    names, gold_authors = authors_text(style, s.authors)
    f: dict[str, Any] = {"type": s.kind, "authors": gold_authors, "title": s.title}
    ids: dict[str, str] = {}
    year = f"{s.year}{suffix}"
    doi_url = f"https://doi.org/{s.doi}" if s.doi else None
    pages = f"{s.pages[0]}–{s.pages[1]}" if s.pages else None
    if s.pages:
        f["pages"] = f"{s.pages[0]}--{s.pages[1]}"
    if s.kind == "article":
        f["container"] = s.journal[1] if style == "ieee" else s.journal[0]
        f["volume"] = s.volume
        if s.issue:
            f["number"] = s.issue
    if s.doi:
        ids["doi"] = s.doi
    if s.un_symbol:
        ids["un_symbol"] = s.un_symbol
    if s.kind == "webpage":
        f["container"] = s.outlet
    number_text = s.un_symbol or (f"No. {s.report_number}" if s.report_number else "")
    f["date"] = _iso(s, month=style == "ieee" and s.kind != "book", day=False)
    if s.kind == "webpage":
        f["date"] = _iso(s, True, True)
    url = s.url

    if style == "apa":
        if s.kind == "article":
            text = (f"{names} ({year}). {s.title}. {I0}{f['container']}{I1}, {I0}{s.volume}{I1}"
                    + (f"({s.issue})" if s.issue else "") + (f", {pages}" if pages else "") + ".")
            url = doi_url
        elif s.kind == "book":
            text = f"{names} ({year}). {I0}{s.title}{I1}. {s.publisher}."
        elif s.kind == "report":
            text = f"{names} ({year}). {I0}{s.title}{I1}" + (f" ({number_text})" if number_text else "") + "."
        else:
            text = f"{names} ({year}, {vocab.MONTHS[s.month - 1]} {s.day}). {s.title}. {I0}{s.outlet}{I1}."
        if url:
            text += f" {url}"
    elif style == "harvard":
        if s.kind == "article":
            text = (f"{names} ({year}) '{s.title}', {I0}{f['container']}{I1}, {s.volume}"
                    + (f"({s.issue})" if s.issue else "") + (f", pp. {pages}" if pages else "") + ".")
            if s.doi:
                text += f" doi:{s.doi}."
            url = None
        elif s.kind == "book":
            text = f"{names} ({year}) {I0}{s.title}{I1}. {s.place}: {s.publisher}."
        elif s.kind == "report":
            text = f"{names} ({year}) {I0}{s.title}{I1}." + (f" {number_text}." if number_text else "")
            text += f" {s.publisher}."
        else:
            text = (f"{names} ({year}) '{s.title}', {I0}{s.outlet}{I1}, {s.day} "
                    f"{vocab.MONTHS[s.month - 1]}.")
        if url:
            text += f" Available at: {url}."
    elif style == "chicago":
        if s.kind == "article":
            text = (f"{names}. {year}. “{s.title}.” {I0}{f['container']}{I1} {s.volume}"
                    + (f" ({s.issue})" if s.issue else "") + (f": {pages}" if pages else "") + ".")
            url = doi_url
        elif s.kind == "book":
            text = f"{names}. {year}. {I0}{s.title}{I1}. {s.place}: {s.publisher}."
        elif s.kind == "report":
            text = f"{names}. {year}. {I0}{s.title}{I1}." + (f" {number_text}." if number_text else "")
            text += f" {s.publisher}."
        else:
            text = (f"{names}. {year}. “{s.title}.” {I0}{s.outlet}{I1}, "
                    f"{vocab.MONTHS[s.month - 1]} {s.day}, {s.year}.")
        if url:
            text += f" {url}."
    elif style == "mla":
        names = names.rstrip(".")
        if s.kind == "article":
            text = (f"{names}. “{s.title}.” {I0}{f['container']}{I1}, vol. {s.volume}"
                    + (f", no. {s.issue}" if s.issue else "") + f", {s.year}"
                    + (f", pp. {s.pages[0]}-{s.pages[1]}" if s.pages else "") + ".")
            url = doi_url
        elif s.kind == "book":
            text = f"{names}. {I0}{s.title}{I1}. {s.publisher}, {s.year}."
        elif s.kind == "report":
            text = f"{names}. {I0}{s.title}{I1}." + (f" {number_text}," if number_text else "")
            text += f" {s.publisher}, {s.year}."
        else:
            text = (f"{names}. “{s.title}.” {I0}{s.outlet}{I1}, {s.day} "
                    f"{vocab.MLA_MONTHS[s.month - 1]} {s.year}.")
            url = url.split("://", 1)[1] if url else None
        if url:
            text += f" {url}."
    else:  # ieee
        month = f"{vocab.MONTHS_ABBR[s.month - 1]} " if s.month else ""
        if s.kind == "article":
            text = (f"[{number}] {names}, \"{s.title},\" {I0}{f['container']}{I1}, vol. {s.volume}"
                    + (f", no. {s.issue}" if s.issue else "") + (f", pp. {pages}" if pages else "")
                    + f", {month}{s.year}" + (f", doi: {s.doi}." if s.doi else "."))
            url = None
        elif s.kind == "book":
            text = f"[{number}] {names}, {I0}{s.title}{I1}. {s.place}: {s.publisher}, {s.year}."
        elif s.kind == "report":
            text = (f"[{number}] {names}, \"{s.title},\" {s.publisher},"
                    + (f" Rep. {number_text}," if number_text else "") + f" {month}{s.year}.")
        else:
            text = (f"[{number}] {names}, \"{s.title},\" {I0}{s.outlet}{I1}, "
                    f"{vocab.MONTHS_ABBR[s.month - 1]} {s.day}, {s.year}.")
        if url:
            text += f" [Online]. Available: {url}"
    if url:
        f["url"] = url
    if s.report_number and not s.un_symbol:
        f["report_number"] = s.report_number
    if ids:
        f["identifiers"] = ids
    return Entry(text, f)


def sort_key(style: str, s: Source) -> tuple:
    first = s.authors[0]
    name = first.name if isinstance(first, Body) else f"{first.family} {first.given}"
    return (name.casefold(), s.year, s.title.casefold())


def inline(style: str, s: Source, *, number: int | None = None, suffix: str = "",
           page: int | None = None, narrative: bool = False, short_title: bool = False) -> str:
    """One single-work inline citation marker."""
    if style == "ieee":
        return f"[{number}]"
    if style == "mla":
        who = cite_names(style, s.authors)
        if short_title:
            words = " ".join(s.title.split()[:3]).rstrip(":,")
            who += f", {words}" if s.kind in ("book", "report") else f", “{words}”"
        return f"({who} {page})" if page and s.kind != "webpage" else f"({who})"
    who = cite_names(style, s.authors, narrative)
    loc = ""
    if page:
        loc = f", {page}" if style == "chicago" else f", p. {page}"
    if narrative:
        return f"{who} ({s.year}{suffix}{loc})"
    sep = " " if style == "chicago" else ", "
    return f"({who}{sep}{s.year}{suffix}{loc})"


def group(style: str, items: list[tuple[Source, int | None, str]]) -> str:
    """A parenthetical citation of several works: ``(A, 2019; B, 2021)`` or ``[2, 5]``."""
    if style == "ieee":
        return "[" + ", ".join(str(n) for _, n, _ in items) + "]"
    sep = " " if style == "chicago" else ", "
    parts = [f"{cite_names(style, s.authors)}{sep}{s.year}{suffix}" for s, _, suffix in items]
    return "(" + "; ".join(parts) + ")"


def label(style: str, s: Source) -> str:
    """What author-date citations print for a work before any a/b suffix."""
    return f"{cite_names(style, s.authors)} {s.year}"
