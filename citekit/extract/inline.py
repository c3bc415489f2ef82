"""Inline citation markers: where a text cites its reference list (linking is in link.py).

Author–year: ``(Smith, 2023)``, ``(Smith & Lee, 2023)``, ``(Okafor et al., 2022)``,
``(A, 2020; B, 2021a)``, ``(A 2020, 45)``, ``Smith (2023)``, and title-as-author markers such as
``("Short Title," 2021)``.  MLA: ``(Smith 45)``, ``("Short Title")``.  Numeric: ``[1]``,
``[2–4]``, ``[1, 3]``, ``[3]–[5]`` and superscripts, when the list is numbered.  A marker
without a year is kept only when it links to an entry; one with a year is kept and reported
when it does not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from citekit.extract.identifiers import normalize_url
from citekit.extract.normalize.fold import fold
from citekit.ingest.view import TextView
from citekit.models import Fields

YEAR = r"(?:1[5-9]|20)\d{2}[a-z]?"
PAREN_RE = re.compile(r"\(([^()\n]{2,400})\)")
AUTHOR_YEAR_RE = re.compile(
    rf"^(?P<names>.*?\S)[,\s]\s*(?P<year>{YEAR}|n\.\s?d\.)(?:[,:]\s*(?P<loc>.{{1,40}}))?$"
)
MLA_RE = re.compile(
    r"^(?P<names>.*?\S)(?:,?\s+(?P<loc>(?:pp?\.\s*)?\d+(?::\s*[\dxvilc]+)?(?:\s*[-–]\s*\d+)?))?$"
)
_AFTER_A_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+[ \t]*$")  # "… Lior Haddad-Kemp " before "("
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&-]{1,9}s?$")  # "(ICG)" defines an abbreviation
NARRATIVE_RE = re.compile(
    rf"\b(?P<names>[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?)\s+"
    rf"\((?P<year>{YEAR})(?:,\s*[^()\n]{{1,40}})?\)"
)
# a locator after the number: "[2, Sec. 4]", "[3, Annex B]", "[5, p. 9]", "[6, para. 7]", "[3, Table B1]"
_LOCATOR = r"(?:,\s*(?i:pp?\.|pages?|sec(?:t(?:ion)?)?\.?|ch(?:ap(?:ter)?)?\.?|paras?\.?|paragraphs?|annex|appendix|app\.|" \
           r"table|tab\.|fig(?:ure)?\.?|§|art\.|article|note|vol\.)\s*[\w.–-]{1,12}(?:\s*[-–]\s*[\w.]{1,6})?)"
NUMERIC_RE = re.compile(r"\[(\d{1,4}(?:\s*[-–—,]\s*\d{1,4})*)" + _LOCATOR + r"?\](?:\s*[-–—]\s*\[(\d{1,4})\])?")
FOOTNOTE_RE = re.compile(r"\[\^(\d{1,4})\](?!:)")  # a Markdown footnote's marker, not its definition
NOTE_RE = re.compile(r"\((?:see\s+)?notes?\s+(\d{1,3}(?:\s*(?:,|and|&|[-–])\s*\d{1,3})*)\)", re.I)  # "(see note 4)"
SUPERSCRIPT_RE = re.compile(r"(?<=[\w.,;:)\]”\"’])([¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,‐-–][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)")
_EXPONENT_BASE_RE = re.compile(r"(?:\b10|\b(?:[kcmµnd]?m|ft|mi|yd|kg)|\bm/s)$")  # "10³", a unit: not "June 2025²"
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰‐", "1234567890-")
_PARTICLE_START_RE = re.compile(r"(?:(?:van|von|de|der|den|du|la|le|da|di|del|dos|das|ten|ter|al|el|bin|ibn)\s+)+[A-Z]")
_LEAD_RE = re.compile(r"^(?:see also|see|e\.g\.,?|cf\.|i\.e\.,?|for example,?|quoted in)\s+", re.I)
_MONTHS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2},?)?$", re.I
)


@dataclass
class Marker:
    """One citation found in text: span (view coordinates), cited names/year, linked entry."""

    start: int
    end: int
    names: str
    year: str | None
    reference: int | None = None  # 1-based index into the reference list
    score: float = 0.0
    requires_link: bool = False


def _author_year_parts(text: str, start: int, inner: str) -> list[Marker]:
    markers = []
    offset = start + 1
    for part in inner.split(";"):
        stripped = part.strip()
        lead = _LEAD_RE.match(stripped)
        body = stripped[lead.end():] if lead else stripped
        pstart = offset + part.find(body) if body else offset
        offset += len(part) + 1
        if not body or not (body[0].isupper() or body[0] in "\"'“‘" or body[0].isdigit() or _PARTICLE_START_RE.match(body)):
            continue  # (but "van der Maaten & Hinton, 2008", "de la Cruz et al., 2019")
        m = AUTHOR_YEAR_RE.match(body)
        if m and not _MONTHS.match(m.group("names")) and re.search(r"[^\W\d]", m.group("names")):
            names = m.group("names").strip(" ,")
            markers.append(Marker(pstart, pstart + len(body), names, m.group("year")))
            more = m.group("loc") or ""
            if re.fullmatch(rf"{YEAR}(?:,\s*{YEAR})*", more):  # "(Snow 1849, 1855)": one author, two works
                markers.extend(Marker(pstart, pstart + len(body), names, y) for y in re.split(r",\s*", more))
            continue
        m = MLA_RE.match(body)
        if m and ACRONYM_RE.match(body):
            continue
        if m and not m.group("loc") and _AFTER_A_NAME.search(text, max(0, start - 60), start):
            continue  # "Dr Lior Haddad-Kemp (Clearwater Institute)": a person's affiliation, not a citation
        if m and re.search(r"[^\W\d]", m.group("names")) and len(m.group("names")) <= 80:
            markers.append(Marker(pstart, pstart + len(body), m.group("names").strip(" ,"), None,
                                  requires_link=True))
    if len(markers) == 1 and inner.count(";") == 0:
        markers[0].start, markers[0].end = start, start + len(inner) + 2  # the whole "( … )"
    return markers


def find_author_year(text: str, regions: list[tuple[int, int]]) -> list[Marker]:
    """Parenthetical and narrative author–year (and MLA author–page) markers in the regions."""
    found: list[Marker] = []
    for rs, re_ in regions:
        parens = [(m.start(), m.end()) for m in PAREN_RE.finditer(text, rs, re_)]
        for ps, pe in parens:
            found.extend(_author_year_parts(text, ps, text[ps + 1 : pe - 1]))
        for m in NARRATIVE_RE.finditer(text, rs, re_):
            if not any(ps <= m.start() and m.end() <= pe for ps, pe in parens):
                found.append(Marker(m.start(), m.end(), m.group("names"), m.group("year"), requires_link=True))
    _expand_group_abbreviations(found)
    return sorted(found, key=lambda k: (k.start, -k.end))


_GROUP_ABBREVIATION_RE = re.compile(r"^(?P<name>.+?)\s*\[(?P<short>[A-Z][A-Za-z&.]{1,12})\]$")


def _expand_group_abbreviations(markers: list[Marker]) -> None:
    """APA's group author abbreviated at first citation, "(Food and Agriculture Organization of the
    United Nations [FAO], 2022)", then "(FAO, 2020)": both name the group in full."""
    full: dict[str, str] = {}
    for marker in sorted(markers, key=lambda k: k.start):
        if (m := _GROUP_ABBREVIATION_RE.match(marker.names)) is not None:
            full[m.group("short")] = marker.names = m.group("name")
        elif marker.names in full:
            marker.names = full[marker.names]


PAGE_ONLY_RE = re.compile(r"\((?:pp?\.\s*)?(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\)")
NAME_RE = re.compile(r"\b[A-Z][\w'’-]+")


def find_page_only(text: str, regions: list[tuple[int, int]], entries: list[Fields]) -> list[Marker]:
    """MLA ``(38)``: a page locator whose author the same sentence has just named."""
    families = {fold(a.family): i for i, f in reversed(list(enumerate(entries, start=1)))
                for a in (f.authors or f.editors)[:1] if a.family}
    out = []
    for rs, re_ in regions:
        for m in PAGE_ONLY_RE.finditer(text, rs, re_):
            if re.fullmatch(YEAR, m.group(1)):
                continue
            sentence_start = max(text.rfind(". ", rs, m.start()), text.rfind("\n", rs, m.start()), rs)
            names = [fold(n.group()) for n in NAME_RE.finditer(text, sentence_start, m.start())]
            hit = next((families[n] for n in reversed(names) if n in families), None)
            if hit:
                out.append(Marker(m.start(), m.end(), text[m.start():m.end()], None, hit, 0.8))
    return out


def _expand(spec: str) -> list[int]:
    numbers: list[int] = []
    for piece in re.split(r"\s*,\s*", spec):
        bounds = re.split(r"\s*[-–—]\s*", piece)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            lo, hi = int(bounds[0]), int(bounds[1])
            numbers.extend(range(lo, hi + 1) if 0 < hi - lo < 50 else [lo, hi])
        elif piece.isdigit():
            numbers.append(int(piece))
    return numbers


def find_numeric(text: str, regions: list[tuple[int, int]], labels: dict[int, int]) -> list[Marker]:
    """``[n]`` style, superscript, Markdown footnote (``[^n]``) and "(see note n)" markers;
    ``labels`` maps printed numbers to entry indices."""
    out = []
    for rs, re_ in regions:
        for pattern in (NUMERIC_RE, SUPERSCRIPT_RE, FOOTNOTE_RE, NOTE_RE):
            for m in pattern.finditer(text, rs, re_):
                if pattern is SUPERSCRIPT_RE and _EXPONENT_BASE_RE.search(text, max(0, m.start() - 4), m.start()):
                    continue  # "2,150 km²", "10³ years": a power, not a note
                spec = re.sub(r"\s*(?:and|&)\s*", ",", m.group(1).translate(_SUPERSCRIPT))
                if pattern is NUMERIC_RE and m.group(2):
                    spec = f"{spec}-{m.group(2)}"
                for number in _expand(spec):
                    if number in labels:
                        out.append(Marker(m.start(), m.end(), str(number), None, labels[number], 1.0))
    return sorted(out, key=lambda k: (k.start, k.reference or 0))


_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\(<?(https?://[^)\s>]+)>?\)")


def find_links(original: str, view: TextView, regions: list[tuple[int, int]], entries: list[Fields]) -> list[Marker]:
    """Markdown links in the text whose address is a listed entry's ("… has [applied for judicial
    review](https://…)" over a "Sources" list giving that address): citations of that entry."""
    listed: dict[str, int] = {}
    for n, f in enumerate(entries, 1):
        if f.url and (url := normalize_url(f.url)):
            listed.setdefault(url, n)
    if not listed or "](" not in original:
        return []
    markers = []
    for m in _MD_LINK.finditer(original):
        n = listed.get(normalize_url(m.group(2).rstrip(".,;:!?)]»’'\"")) or "")
        start, end = bisect_left(view.source, m.start(1)), bisect_left(view.source, m.end(1))
        if n is not None and end > start and any(a <= start and end <= b for a, b in regions):
            markers.append(Marker(start, end, "", None, reference=n, score=1.0))
    return markers
