"""BibTeX from doi.org content negotiation -> a CSL-JSON item (then ``csl.to_fields``).

doi.org's BibTeX (from Crossref's transform endpoint, DataCite, mEDRA) is not always valid,
so it is sanitised before pybtex reads it: leading spaces before ``@``; entry keys that are
URLs (DataCite); unquoted month names that are no BibTeX macro (``month=Sept``, ``June``);
Unicode dashes in ``pages``; ``$\\less$i$\\greater$`` markup.  Values are then decoded from
LaTeX (latexcodec), stripped of braces and of stray HTML entities (``&amp;``, ``&#8211;``).
"""

from __future__ import annotations

import codecs
import html
import re
from typing import Any

import latexcodec  # noqa: F401  (registers the "ulatex" codec)
from pybtex.database import Person, parse_string

MONTHS = {name: i for i, names in enumerate([
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for name in names}
TYPES = {  # BibTeX entry type -> CSL type (csl.TYPES takes it from there)
    "article": "article-journal", "book": "book", "inbook": "chapter", "incollection": "chapter",
    "inproceedings": "paper-conference", "conference": "paper-conference", "techreport": "report",
    "phdthesis": "thesis", "mastersthesis": "thesis", "misc": "misc", "dataset": "dataset",
}
RAW = {"url", "doi", "pages", "isbn", "issn"}  # no LaTeX in them: "%" is no comment, "--" no dash
_HEAD = re.compile(r"^\s*(@\s*\w+\s*[{(])\s*[^,\s]*\s*,", re.MULTILINE)
_BARE = re.compile(r"(\bmonth\s*=\s*)([A-Za-z]+)\.?(?=\s*[,}])", re.IGNORECASE)
_PAGES = re.compile(r"(\bpages\s*=\s*[{\"][^}\"]*)", re.IGNORECASE)
_DASHES = re.compile(r"\s*[\u2010-\u2015\u2212]+\s*")
_MARKUP = {"$\\less$": "<", "$\\greater$": ">", "\\textless": "<", "\\textgreater": ">"}


def sanitise(text: str) -> str:
    """Repair what doi.org's BibTeX is known to get wrong, so that pybtex can read it."""
    text = _HEAD.sub(lambda m: m.group(1) + "doi,", text.lstrip("\ufeff"))

    def month(m: re.Match) -> str:
        number = MONTHS.get(m.group(2).lower())
        return f"{m.group(1)}{{{number}}}" if number else f"{m.group(1)}{{{m.group(2)}}}"

    text = _BARE.sub(month, text)
    text = _PAGES.sub(lambda m: _DASHES.sub("--", m.group(1)), text)
    for latex, char in _MARKUP.items():
        text = text.replace(latex, char)
    return text


def _plain(value: str, latex: bool = True) -> str:
    """LaTeX decoded, braces dropped, HTML entities resolved, spaces collapsed."""
    try:
        value = codecs.decode(value, "ulatex") if latex else value
    except (ValueError, UnicodeError):
        pass
    return " ".join(html.unescape(value.replace("{", "").replace("}", "")).split())


def _person(person: Person) -> dict[str, str]:
    family = _plain(" ".join(person.prelast_names + person.last_names + person.lineage_names))
    given = _plain(" ".join(person.first_names + person.middle_names))
    if not given and person.last_names and str(person).startswith("{"):  # {World Bank}
        return {"literal": family}
    return {"family": family, "given": given} if given else {"literal": family}


def _month(value: str | None) -> int | None:
    if not value:
        return None
    value = value.strip().rstrip(".").lower()
    if value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    return MONTHS.get(value) or MONTHS.get(value[:3])


def to_csl(text: str) -> dict[str, Any] | None:
    """The first entry of a BibTeX answer as a CSL-JSON item, or None when unreadable."""
    try:
        data = parse_string(sanitise(text), "bibtex")
    except Exception:  # pybtex raises several error types for broken input
        return None
    if not data.entries:
        return None
    entry = next(iter(data.entries.values()))
    f = {k.lower(): _plain(v, latex=k.lower() not in RAW) for k, v in entry.fields.items()}
    item: dict[str, Any] = {"type": TYPES.get(entry.type.lower(), "misc")}
    for csl, bib in [("title", "title"), ("container-title", "journal"), ("volume", "volume"),
                     ("issue", "number"), ("page", "pages"), ("publisher", "publisher"),
                     ("publisher-location", "address"), ("URL", "url"), ("DOI", "doi"), ("ISBN", "isbn")]:
        if f.get(bib):
            item[csl] = f[bib]
    if not item.get("container-title") and f.get("booktitle"):
        item["container-title"] = f["booktitle"]
    if not item.get("publisher") and (f.get("institution") or f.get("school")):
        item["publisher"] = f.get("institution") or f.get("school")
    for role in ("author", "editor"):
        if entry.persons.get(role):
            item[role] = [_person(p) for p in entry.persons[role]]
    year = re.match(r"\d{4}", f.get("year", ""))
    if year:
        parts = [int(year.group())]
        if (month := _month(f.get("month"))) is not None:
            parts.append(month)
        item["issued"] = {"date-parts": [parts]}
    return item
