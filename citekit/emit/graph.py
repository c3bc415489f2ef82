"""Corpus -> ``citations.json``: the citation graph (output contract 2 in DESIGN.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from citekit import __version__
from citekit.emit.jsontext import indented_list_chunks
from citekit.models import Corpus, Work


def _work_record(work: Work) -> dict:
    f = work.fields
    return {
        "key": work.key,
        "type": f.type,
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
        "identifiers": {"un_symbol": f.un_symbol, "isbn": f.isbn, "arxiv": f.arxiv,
                        "report_number": f.report_number},
        "document": work.document,
        "cited_by": work.cited_by,
        "cites": work.cites,
        "derived_from": work.derived_from,
        "provenance": dict(sorted(work.provenance.items())),
    }


def _document_records(corpus: Corpus) -> Iterator[dict]:
    doc_key = {w.document: w.key for w in corpus.works if w.document}
    key_doc = {key: doc for doc, key in doc_key.items()}
    works_by_doc = {w.document: w.derived_from for w in corpus.works if w.document}
    for d in sorted(corpus.documents, key=lambda d: d.id):
        record = {"id": d.id, "path": d.path, "sha256": d.sha256, "key": doc_key.get(d.id),
                  "format": d.format, "encoding": d.encoding,
                  "derived_from": [key_doc[k] for k in works_by_doc.get(d.id, [])]}
        if d.format == "html":
            record["text"] = d.text  # offsets refer to the extracted text, not the HTML file
        yield record


def _mention_records(corpus: Corpus) -> Iterator[dict]:
    for m in sorted(corpus.mentions, key=lambda m: (m.document, m.start, m.end, m.kind)):
        record = {"document": m.document, "start": m.start, "end": m.end, "kind": m.kind,
                  "text": m.text, "work": m.work, "reference": m.reference if m.kind != "reference" else m.index,
                  "confidence": round(m.confidence, 3)}
        if m.kind == "attribution":
            record |= {"cue": m.cue, "source_name": m.source_name}
        yield record


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
