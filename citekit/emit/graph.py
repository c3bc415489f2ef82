"""Corpus -> ``citations.json``: the citation graph (output contract 2 in DESIGN.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from citekit import __version__
from citekit.emit.jsontext import indented_list_chunks, list_item
from citekit.models import Corpus, Document, Mention, Work


def _work_record(work: Work) -> dict:
    f = work.fields
    return {
        "key": work.key,
        "type": f.type,
        "genre": f.genre,  # what kind of document, in words: "press release", "interim review"
        "title": f.title,
        "authors": [a.display() for a in f.authors],
        "editors": [a.display() for a in f.editors],
        "date": f.date,
        "container": f.container,
        "volume": f.volume,
        "number": f.number,
        "pages": f.pages,
        "url": f.url,
        "doi": f.doi,
        "publisher": f.publisher,
        "institution": f.institution,
        "place": f.place,
        "edition": f.edition,
        "series": f.series,
        "report_number": f.report_number,
        "urldate": f.urldate,
        "keywords": f.keywords,
        "language": f.language,
        "identifiers": {"un_symbol": f.un_symbol, "isbn": f.isbn, "arxiv": f.arxiv,
                        "report_number": f.report_number},
        "document": work.document,
        "cited_by": work.cited_by,
        "cites": work.cites,
        "derived_from": work.derived_from,
        "provenance": dict(sorted(work.provenance.items())),
    }


def document_record(d: Document, key: str | None, derived_from: list[str]) -> dict:
    """One document's entry; ``derived_from``: ids of the documents it rewrites."""
    record = {"id": d.id, "path": d.path, "sha256": d.sha256, "key": key, "format": d.format,
              "encoding": d.encoding, "derived_from": derived_from}
    if d.format == "html":
        record["text"] = d.text  # offsets refer to the extracted text, not the HTML file
    return record


def mention_order(m: Mention) -> tuple:
    """Mentions are listed by document, then by place."""
    return m.document, m.start, m.end, m.kind


def mention_record(m: Mention) -> dict:
    record = {"document": m.document, "start": m.start, "end": m.end, "kind": m.kind,
              "text": m.text, "work": m.work, "reference": m.reference if m.kind != "reference" else m.index,
              "confidence": round(m.confidence, 3)}
    if m.kind == "attribution":
        record |= {"cue": m.cue, "source_name": m.source_name}
    return record


def _document_records(corpus: Corpus) -> Iterator[dict]:
    doc_key = {w.document: w.key for w in corpus.works if w.document}
    key_doc = {key: doc for doc, key in doc_key.items()}
    works_by_doc = {w.document: w.derived_from for w in corpus.works if w.document}
    for d in sorted(corpus.documents, key=lambda d: d.id):
        yield document_record(d, doc_key.get(d.id), [key_doc[k] for k in works_by_doc.get(d.id, [])])


def _mention_records(corpus: Corpus) -> Iterator[dict]:
    return map(mention_record, sorted(corpus.mentions, key=mention_order))


def _sections(corpus: Corpus) -> dict[str, object]:
    return {
        "citekit": __version__,
        "documents": _document_records(corpus),
        "works": (_work_record(w) for w in sorted(corpus.works, key=lambda w: w.key)),
        "mentions": _mention_records(corpus),
    }


def citation_graph(corpus: Corpus) -> dict:
    """The graph as one value (``graph_chunks`` writes the same without holding it)."""
    return {name: value if isinstance(value, str) else list(value) for name, value in _sections(corpus).items()}


def graph_chunks(corpus: Corpus) -> Iterator[str]:
    """``citations.json``, piece by piece: the text of ``json.dumps(citation_graph(corpus),
    ensure_ascii=False, indent=1)`` and a newline, without the whole graph or its text in
    memory at once (a quarter of a gigabyte at 10,000 documents)."""
    for n, (name, value) in enumerate(_sections(corpus).items()):
        yield ("{\n " if n == 0 else ",\n ") + json.dumps(name) + ": "
        if isinstance(value, str):
            yield json.dumps(value, ensure_ascii=False)
        else:
            yield from indented_list_chunks(value, level=1)
    yield "\n}\n"


def patch_graph(text: bytes, changes: list[tuple[Document, list[Mention]]]) -> bytes | None:
    """``citations.json`` as :func:`graph_chunks` wrote it (``text``), with each changed
    document's entry and mentions replaced: the document as it is now, keeping its key and
    ``derived_from``, and its mentions (``work`` set), as many as it had.  None when ``text``
    is not laid out as expected or a count differs: the caller then writes the graph anew."""
    sections = [text.find(b'\n "%s": [' % name) for name in (b"documents", b"works", b"mentions")]
    if min(sections) < 0 or sections != sorted(sections):
        return None
    cuts: list[tuple[int, int, bytes]] = []  # (start, end, replacement), in file order
    for doc, mentions in changes:
        name = json.dumps(doc.id, ensure_ascii=False).encode()
        entry = _entries(text, b'\n  {\n   "id": ' + name + b",\n", sections[0], sections[1], 1)
        run = _entries(text, b'\n  {\n   "document": ' + name + b",\n", sections[2], len(text), len(mentions))
        if entry is None or run is None:
            return None
        try:
            old = json.loads(text[entry[0]:entry[1]])
        except ValueError:
            return None
        if not isinstance(old, dict) or old.get("id") != doc.id or "key" not in old or "derived_from" not in old:
            return None
        new = list_item(document_record(doc, old["key"], old["derived_from"]), level=1)
        cuts.append((*entry, new.encode()))
        if mentions:
            items = [list_item(mention_record(m), level=1) for m in sorted(mentions, key=mention_order)]
            cuts.append((*run, ",\n  ".join(items).encode()))
    pieces, at = [], 0
    for start, end, replacement in sorted(cuts):
        pieces += [text[at:start], replacement]
        at = end
    return b"".join(pieces) + text[at:]


def _entries(text: bytes, opening: bytes, start: int, stop: int, count: int) -> tuple[int, int] | None:
    """Where the ``count`` consecutive entries beginning with ``opening`` (the first of them
    after ``start``) lie in ``text``, from the first one's "{" to the last one's "}"; None
    when there are not exactly ``count`` of them before ``stop``.  With ``count`` 0, a
    position where there is none."""
    first = text.find(opening, start, stop)
    if count == 0:
        return (start, start) if first < 0 else None
    if first < 0:
        return None
    at = first
    for _ in range(count):
        if not text.startswith(opening, at):
            return None
        end = text.find(b"\n  }", at, stop)
        if end < 0:
            return None
        at = end + 4
        if text.startswith(b",", at):
            at += 1
    if text.startswith(opening, at):  # one more than expected
        return None
    end = at - 1 if text[at - 1:at] == b"," else at
    return first + 3, end
