"""Document -> its metadata and mentions: reference entries, inline citations, attributions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citekit.extract.attributions import find_attributions
from citekit.extract.inline import Marker, find_author_year, find_links, find_numeric, find_page_only
from citekit.extract.language import language
from citekit.extract.link import link
from citekit.extract.metadata import extract_metadata
from citekit.extract.normalize.names import two_surnames
from citekit.extract.notes import repeated_note
from citekit.extract.refparse import ParsedReference, parse_reference
from citekit.extract.sections import FOOTNOTES, find_sections, split_entries
from citekit.ingest.view import TextView, plain_view
from citekit.models import Document, Fields, Mention, Problem


SAME_AUTHOR_RE = re.compile(r"^\s*(?:[—―–-]{2,}|_{3,})\s*[.,]")


@dataclass
class Extraction:
    """What one document yields; independent of every other document."""

    meta: Fields
    mentions: list[Mention] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _regions(length: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[0, length) minus the holes (reference sections)."""
    regions, pos = [], 0
    for start, end in sorted(holes):
        if start > pos:
            regions.append((pos, start))
        pos = max(pos, end)
    if pos < length:
        regions.append((pos, length))
    return regions


def _mention(doc: Document, view: TextView, start: int, end: int, **data) -> Mention:
    s, e = view.to_source(start, end)
    return Mention(document=doc.id, start=s, end=e, text=doc.text[s:e], **data)


def _attributions(result: Extraction, doc: Document, view: TextView, regions: list[tuple[int, int]],
                  markers: list[Marker] | None = None, entries: list[Fields] | None = None) -> None:
    """Prose attributions; a failure there is reported and keeps the rest of the document."""
    try:
        result.mentions += find_attributions(doc, view, result.meta, regions, markers, entries)
    except Exception as exc:  # noqa: BLE001 - one extractor's bug must not lose the references
        result.problems.append(Problem(path=doc.path, severity="error",
                                       message=f"attribution extraction failed: {type(exc).__name__}: {exc}"))


def _parse_entry(text: str) -> ParsedReference:
    """One reference entry parsed; a parser bug on it loses neither it (kept as printed) nor the
    document's other entries."""
    try:
        return parse_reference(text)
    except Exception as exc:  # noqa: BLE001 - one entry's bug must not lose the document
        return ParsedReference(fields=Fields(), problems=[f"parser failed: {type(exc).__name__}: {exc}"])


def extract_document(doc: Document) -> Extraction:
    """Metadata, reference entries and inline citations of one document."""
    view = plain_view(doc)
    sections = find_sections(view)
    body_end = min((s.start for s in sections if s.name != FOOTNOTES), default=len(view.text))  # (notes may sit mid-text)
    html_meta = doc.meta if doc.format == "html" else None
    result = Extraction(meta=extract_metadata(view, body_end, html_meta))
    result.meta.language = language(view.text)
    if result.meta.language in ("es", "pt"):  # a byline's three words: a first name and two surnames
        result.meta.authors = [two_surnames(a) for a in result.meta.authors]

    entries: list[Fields] = []
    raws: list[str] = []
    labels: dict[int, int] = {}
    for section in sections:
        for entry in split_entries(view, section):
            parsed = _parse_entry(view.with_emphasis(entry.start, entry.end))
            if SAME_AUTHOR_RE.match(entry.text) and entries:  # "———. 1855. Title": as above
                parsed.fields.authors = list(entries[-1].authors)
            if (again := repeated_note(entry.text, entries)) is not None:
                parsed.fields = entries[again].model_copy(deep=True)  # "Ibid., 14.": that note's work
            f = parsed.fields
            if not (f.title or f.authors or f.url or f.doi):
                f.note = " ".join(entry.text.split())  # unparsed: keep it as printed, lose nothing
            entries.append(parsed.fields)
            raws.append(entry.text)
            index = len(entries)
            if entry.label is not None:
                labels.setdefault(entry.label, index)
            result.mentions.append(
                _mention(doc, view, entry.start, entry.end, kind="reference", fields=parsed.fields,
                         confidence=parsed.confidence, index=index)
            )
            for message in parsed.problems:
                result.problems.append(Problem(path=doc.path, message=f"reference {index}: {message}",
                                               severity="warning" if message.startswith("parser failed") else "info"))
    regions = _regions(len(view.text), [(s.start, s.end) for s in sections])
    if not entries:
        _attributions(result, doc, view, regions)
        return result

    markers: list[Marker] = find_numeric(view.text, regions, labels) if labels else []
    if not labels:
        markers += find_page_only(view.text, regions, entries)
    markers += find_links(doc.text, view, regions, entries)
    linked: dict[tuple[str, str | None], tuple[int | None, float]] = {}  # the same citation, cited again
    for marker in find_author_year(view.text, regions):
        if (marker.names, marker.year) not in linked:
            link(marker, entries, raws)
            linked[(marker.names, marker.year)] = marker.reference, marker.score
        marker.reference, marker.score = linked[(marker.names, marker.year)]
        if marker.reference is None and marker.requires_link:
            continue
        markers.append(marker)
    cited = set()
    for marker in sorted(markers, key=lambda m: (m.start, m.reference or 0)):
        mention = _mention(doc, view, marker.start, marker.end, kind="inline-citation",
                           reference=marker.reference, confidence=marker.score)
        result.mentions.append(mention)
        if marker.reference is None:
            result.problems.append(Problem(path=doc.path, severity="info",
                                           message=f"citation {mention.text!r} matches no reference entry"))
        cited.add(marker.reference)
    _attributions(result, doc, view, regions, markers, entries)
    uncited = [str(i) for i in range(1, len(entries) + 1) if i not in cited]
    if uncited:
        result.problems.append(Problem(path=doc.path, severity="info",
                                       message=f"reference entries never cited in the text: {', '.join(uncited)}"))
    return result
