"""Finding gold items (references, markers, quotes) in a document's text.

Searches run on a folded copy of the text with a map back to code-point offsets, in three
levels, each tried only when the previous one finds nothing:

1. white space only: every run of Unicode white space (NBSP included) is one space,
   zero-width characters and soft hyphens are dropped;
2. also case-folded, typographic quotes and dashes made ASCII;
3. also markup ignored: HTML tags, entities, and Markdown ``*``/``_`` emphasis.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from rapidfuzz import fuzz

from .compare import family, fold, is_empty
from .gold import GoldInline, GoldReference

Span = tuple[int, int]

_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
})
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "section",
               "article", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "dd", "dt"}
LEVELS = (1, 2, 3)
FUZZY_LINE_THRESHOLD = 90
MIN_FUZZY_TITLE = 12


@dataclass(frozen=True)
class Folded:
    """A folded text; ``starts[i]``/``ends[i]`` give the original span of folded char i."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original(self, start: int, end: int) -> Span:
        return self.starts[start], self.ends[end - 1]


def fold_text(text: str, level: int) -> Folded:
    """Fold a text at a search level (see the module docstring)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(chars: str, start: int, end: int) -> None:
        for ch in chars:
            if ch in _INVISIBLE:
                continue
            if ch.isspace():
                if out and out[-1] == " ":
                    ends[-1] = end
                    continue
                ch = " "
            elif level >= 2:
                ch = ch.translate(_QUOTES).casefold()
            for c in ch:
                out.append(c)
                starts.append(start)
                ends.append(end)

    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if level >= 3:
            if ch == "<" and (m := _TAG.match(text, i)):
                if m.group(1).lower() in _BLOCK_TAGS:
                    emit(" ", i, m.end())
                i = m.end()
                continue
            if ch == "&" and (m := _ENTITY.match(text, i)):
                emit(html.unescape(m.group()), i, m.end())
                i = m.end()
                continue
            if ch in "*_":
                i += 1
                continue
        emit(ch, i, i + 1)
        i += 1
    return Folded("".join(out), tuple(starts), tuple(ends))


class Locator:
    """Searches one document text; folded copies are built once per level."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: dict[int, Folded] = {}

    def folded(self, level: int) -> Folded:
        if level not in self._folded:
            self._folded[level] = fold_text(self.text, level)
        return self._folded[level]

    def find_at(self, pattern: str, level: int) -> list[Span]:
        """Every occurrence (overlapping ones too) of a pattern at one level."""
        needle = fold_text(pattern, level).text.strip()
        if not needle:
            return []
        hay = self.folded(level)
        spans, pos = [], hay.text.find(needle)
        while pos >= 0:
            spans.append(hay.original(pos, pos + len(needle)))
            pos = hay.text.find(needle, pos + 1)
        return spans

    def find(self, pattern: str, levels: tuple[int, ...] = LEVELS) -> list[Span]:
        """Occurrences at the first level that finds any."""
        for level in levels:
            spans = self.find_at(pattern, level)
            if spans:
                return spans
        return []

    def line(self, span: Span) -> Span:
        """The line(s) containing a span, without surrounding white space."""
        start = self.text.rfind("\n", 0, span[0]) + 1
        end = self.text.find("\n", max(span[1], span[0] + 1) - 1)
        end = len(self.text) if end < 0 else end
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def lines(self) -> list[Span]:
        spans, pos = [], 0
        for raw in self.text.split("\n"):
            if raw.strip():
                spans.append(self.line((pos, pos + len(raw))))
            pos += len(raw) + 1
        return spans


def url_forms(url: str) -> list[str]:
    """The URL as given, percent-decoded, and percent-encoded."""
    raw = url.strip().strip("<>")
    decoded = unquote(raw)
    encoded = quote(decoded, safe=":/?#[]@!$&'()*+,;=%~")
    forms: list[str] = []
    for form in (raw, decoded, encoded):
        if form and form not in forms:
            forms.append(form)
    return forms


def _features(ref: GoldReference, line_text: str) -> int:
    """How many of the reference's other fields the line shows (a tie-breaker)."""
    hay = fold_text(line_text, 3).text
    probes = [ref.date[:4] if ref.date else None, ref.title, ref.container]
    probes += [family(a) for a in ref.authors or []]
    return sum(1 for p in probes if not is_empty(p) and fold_text(p, 3).text.strip() in hay)


def _hits(loc: Locator, ref: GoldReference) -> list[Span]:
    """Where the reference shows: its URL, else its title, else the best fuzzy line."""
    if ref.url:
        hits = [h for form in url_forms(ref.url) for h in loc.find(form)]
        if hits:
            return sorted(set(hits))
    if ref.title:
        hits = loc.find(ref.title)
        if hits:
            return hits
        needle = fold(ref.title)
        if len(needle) >= MIN_FUZZY_TITLE:
            scored = [(fuzz.partial_ratio(needle, fold(loc.text[s:e])), (s, e))
                      for s, e in loc.lines()]
            best = max((score for score, _ in scored), default=0)
            if best >= FUZZY_LINE_THRESHOLD:
                return [span for score, span in scored if score == best]
    return []


def locate_references(loc: Locator, refs: list[GoldReference]) -> dict[str, Span | None]:
    """A span for each gold reference: the line holding its URL or title (None if not found).

    Among several hits the line showing most of the reference's fields wins, then a line
    not yet taken, then the later one (reference lists come last). References that land
    on one shared line split it: each runs from the previous hit's end to its own hit's
    end, the last one to the line's end.
    """
    text = loc.text
    chosen: dict[str, tuple[Span, Span]] = {}
    taken: set[Span] = set()
    for ref in refs:
        options = []
        for hit in _hits(loc, ref):
            line = loc.line(hit)
            options.append(((_features(ref, text[line[0]:line[1]]), line not in taken, hit[0]),
                            hit, line))
        if options:
            _, hit, line = max(options)
            chosen[ref.id] = (hit, line)
            taken.add(line)
    _between_neighbours(loc, refs, chosen)
    spans: dict[str, Span | None] = {ref.id: None for ref in refs}
    by_line: dict[Span, list[tuple[Span, str]]] = {}
    for ref_id, (hit, line) in chosen.items():
        by_line.setdefault(line, []).append((hit, ref_id))
    for line, members in by_line.items():
        members.sort()
        for k, (hit, ref_id) in enumerate(members):
            start = line[0] if k == 0 else members[k - 1][0][1]
            end = line[1] if k == len(members) - 1 else hit[1]
            spans[ref_id] = (start, end)
    return spans


def _between_neighbours(loc: Locator, refs: list[GoldReference],
                        chosen: dict[str, tuple[Span, Span]]) -> None:
    """Place each run of gold references with neither URL nor title to find ("Ibid., 14.", an
    untitled letter) on the lines between its located neighbours, in order, when there are
    exactly as many lines there as references in the run."""
    k = 0
    while k < len(refs):
        if refs[k].id in chosen:
            k += 1
            continue
        end = k
        while end < len(refs) and refs[end].id not in chosen:
            end += 1
        if k > 0 and end < len(refs):
            lo, hi = chosen[refs[k - 1].id][1][1], chosen[refs[end].id][1][0]
            lines = [line for line in loc.lines() if lo <= line[0] and line[1] <= hi]
            if lo < hi and len(lines) == end - k:
                for ref, line in zip(refs[k:end], lines):
                    chosen[ref.id] = (line, line)
        k = end


def locate_markers(loc: Locator, markers: list[GoldInline],
                   exclude: list[Span] = ()) -> list[list[Span]]:
    """The occurrences of each gold marker, in text order.

    Occurrences inside a gold reference span (``exclude``) or strictly inside a longer
    marker's occurrence are dropped. Entries with the same text share its occurrences in
    order: the k-th entry gets the k-th occurrence, the last entry also every extra one.
    """
    found = {m.text: loc.find(m.text) for m in markers}
    every = [span for spans in found.values() for span in spans]

    def keep(span: Span) -> bool:
        if any(s <= span[0] and span[1] <= e for s, e in exclude):
            return False
        return not any(s <= span[0] and span[1] <= e and (s, e) != span for s, e in every)

    pools = {t: [s for s in spans if keep(s)] for t, spans in found.items()}
    counts: dict[str, int] = {}
    for m in markers:
        counts[m.text] = counts.get(m.text, 0) + 1
    seen: dict[str, int] = {}
    result: list[list[Span]] = []
    for m in markers:
        k = seen.get(m.text, 0)
        seen[m.text] = k + 1
        pool = pools[m.text]
        last = k == counts[m.text] - 1
        result.append(pool[k:] if last else pool[k:k + 1])
    return result


def locate_quote(loc: Locator, quote_text: str) -> list[Span]:
    """Every occurrence of an attribution quote (white-space folded first)."""
    return loc.find(quote_text)


def overlap(a: Span, b: Span) -> int:
    """Length of the intersection of two half-open spans (0 when they do not overlap)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
