"""Read a build folder into a :class:`Library`: ``citations.json``, the documents' texts (for
each mention's sentence) and the link health stored by ``citekit check``."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from pydantic import ValidationError

from citekit.check.links import doi_of
from citekit.check.store import store_path
from citekit.ingest.decode import DecodeError, decode_bytes
from citekit.report.context import mention_context
from citekit.report.model import Citations, Context, DocumentRecord, Library, LinkHealth, MentionRecord, WorkRecord


class ReportError(Exception):
    """The build cannot be reported on; the message is one line for the user, naming the file."""


def load_library(bib_dir: Path) -> Library:
    """``bib_dir/citations.json`` and what goes with it; ReportError when it cannot be read."""
    path = bib_dir / "citations.json"
    citations = read_citations(path)
    health, checked_at = read_link_health(store_path(bib_dir / "library.bib"), citations.works)
    texts: dict[str, str] = {}
    missing: list[str] = []
    for document in citations.documents:
        text = document_text(document, bib_dir)
        if text is None:
            missing.append(document.id)
        else:
            texts[document.id] = text
    return Library(source=str(path), citations=citations, health=health, checked_at=checked_at,
                   texts=texts, missing_texts=missing)


def context_of(library: Library, mention: MentionRecord) -> Context | None:
    """The mention's sentence, when its document's text is at hand and still matches the span."""
    text = library.texts.get(mention.document)
    if text is None or text[mention.start:mention.end] != mention.text:
        return None
    return mention_context(text, mention.start, mention.end)


def read_citations(path: Path) -> Citations:
    """Parse and validate ``citations.json``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReportError(f"{path}: not found; run `citekit build` first") from None
    except OSError as exc:
        raise ReportError(f"{path}: cannot read it: {exc.strerror}") from None
    try:
        return Citations.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid":
            raise ReportError(f"{path}: not valid JSON ({first['msg']})") from None
        where = ".".join(str(p) for p in first["loc"])
        raise ReportError(f"{path}: not a citekit citation graph ({where}: {first['msg']})") from None


def document_text(document: DocumentRecord, bib_dir: Path) -> str | None:
    """The document's text as the build decoded it, or None when the file is gone or changed.

    HTML documents carry their extracted text in ``citations.json``; the others are read again
    from their path (as given to ``build``: relative to where it ran, tried from the current
    folder and from the build folder's parent) and accepted only if the bytes are the same.
    """
    if document.text is not None:
        return document.text
    stored = Path(document.path)
    candidates = [stored] if stored.is_absolute() else [stored, bib_dir.parent / stored, bib_dir / stored]
    for candidate in candidates:
        try:
            data = candidate.read_bytes()
        except OSError:
            continue
        if document.sha256 and hashlib.sha256(data).hexdigest() != document.sha256:
            continue
        try:
            return decode_bytes(data).text
        except DecodeError:
            return None
    return None


def link_ids(work: WorkRecord) -> list[str]:
    """The ids under which ``citekit check`` stores the work's links (see ``check.models.Link.id``)."""
    ids = []
    for value in (work.url, work.doi):
        if not value:
            continue
        doi = doi_of(value)
        ids.append(f"doi:{doi.lower()}" if doi else value)
    return list(dict.fromkeys(ids))


def read_link_health(db: Path, works: list[WorkRecord]) -> tuple[dict[str, list[LinkHealth]], str | None]:
    """Each work's links' last stored check (by key), and the time of the newest check.

    The history database is opened read-only; a missing or unreadable one means "never checked".
    """
    if not db.is_file():
        return {}, None
    latest: dict[str, LinkHealth] = {}
    try:
        connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT link, record FROM checks ORDER BY checked_at, id").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return {}, None
    for link, record in rows:
        try:
            latest[link] = LinkHealth.model_validate_json(record)
        except ValidationError:
            continue
    health = {}
    for work in works:
        found = [latest[i] for i in link_ids(work) if i in latest]
        if found:
            health[work.key] = found
    newest = max((h.checked_at for h in latest.values() if h.checked_at), default=None)
    return health, newest
