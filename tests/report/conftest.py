"""Fixtures for the report tests: the seeds' report, and small hand-made citation graphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="session")
def seed_report(seed_build: Path) -> Path:
    """``citekit report`` of a fresh offline build of the seeds (skipped without Graphviz)."""
    import shutil

    if shutil.which("dot") is None:
        pytest.skip("Graphviz's `dot` is not installed (Debian: apt install graphviz)")
    result = run_cli("report", "bib", "-o", "out/report.html", cwd=seed_build)
    assert result.exit_code == 0, result.output
    return seed_build / "out" / "report.html"


def work(key: str, **fields) -> dict:
    return {"key": key, "type": "article", "title": None, "authors": [], "date": None, "container": None,
            "url": None, "doi": None, "publisher": None, "institution": None, "identifiers": {}, "document": None,
            "cited_by": [], "cites": [], "derived_from": [], **fields}


def write_library(folder: Path, documents: list[dict], works: list[dict], mentions: list[dict]) -> Path:
    """A citations.json in ``folder/bib``; returns that build folder."""
    bib = folder / "bib"
    bib.mkdir(parents=True, exist_ok=True)
    (bib / "citations.json").write_text(json.dumps({"citekit": "test", "documents": documents, "works": works,
                                                    "mentions": mentions}), encoding="utf-8")
    return bib


def star_library(folder: Path, documents: int, sources: int) -> Path:
    """Document i cites sources 0..i % sources (so low-numbered sources are the most cited),
    each document's text stored (as for HTML inputs) with one sentence per mention."""
    docs, works, mentions = [], [], []
    citers: dict[int, list[str]] = {}
    for d in range(documents):
        text, spans = [], []
        for s in range(d % sources + 1):
            sentence = f"Source {s} said so. "
            start = sum(len(t) for t in text)
            spans.append((start, start + len("Source {s} said".format(s=s)), s))
            text.append(sentence)
            citers.setdefault(s, []).append(f"doc{d}")
        docs.append({"id": f"d{d}", "path": f"d{d}.html", "sha256": None, "key": f"doc{d}", "format": "html",
                     "encoding": "utf-8", "derived_from": [], "text": "".join(text)})
        works.append(work(f"doc{d}", title=f"Document {d}", document=f"d{d}"))
        mentions += [{"document": f"d{d}", "start": a, "end": b, "kind": "attribution", "text": "".join(text)[a:b],
                      "work": f"src{s}", "reference": None, "confidence": 0.9, "cue": "said",
                      "source_name": f"Source {s}"} for a, b, s in spans]
    works += [work(f"src{s}", type="report", title=f"Report {s}", cited_by=citers.get(s, [])) for s in range(sources)]
    return write_library(folder, docs, works, mentions)
