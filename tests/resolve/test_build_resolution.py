"""End to end: `citekit build --online` against a local server replaying recorded Crossref
answers (and a UN Digital Library record); then the same library from the cache with the
server stopped; the --report of conflicts and rejected candidates."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import run_cli
from tests.resolve.replay import cassette
from tests.resolve.undl import S_2023_370, S_2023_370_TITLE, marcxml

PAPER = """# Stimulants and the ageing brain

Jane Doe

Methylphenidate harms dopamine neurons (Sadasivan et al., 2012), oligomers matter (Tosatto, 2015),
and ecosystems too (Moore, 2018); see also the monitoring team (United Nations Security Council, 2023).

## References

- Moore, J. C. (2018). Ecosystem ecology. In Oxford Bibliographies in Ecology. Oxford University Press.
- Sadasivan, S., Pond, B. B., Pani, A. K., Qu, C., Jiao, Y., & Smeyne, R. J. (2012). Methylphenidate exposure induces dopamine neuron loss. PLoS ONE. https://doi.org/10.1371/journal.pone.0033693
- Tosatto, L. et al. (2015). Single-molecule FRET studies on alpha-synuclein oligomerization. https://doi.org/10.1038/srep16696
- United Nations Security Council. (2023). Fourteenth report of the Analytical Support and Sanctions Monitoring Team (S/2023/370).
"""
NOTE = """# A note on ecosystems

John Roe

Ecosystems are treated at length elsewhere (Moore, 2018).

## References

- Moore, J. C. (2018). Ecosystems: an Oxford Bibliographies entry. https://doi.org/10.1093/obo/9780199830060-0202
"""
MOORE_DOI = "10.1093/obo/9780199830060-0202"


class Recorder:
    """Serves the recordings and remembers every request's path and User-Agent."""

    def __init__(self, server: HTTPServer) -> None:
        self.requests: list[tuple[str, str]] = []
        base = server.url_for("/").rstrip("/")
        one = cassette("works_with_one_id")[0]
        many = {r.path: r for r in cassette("works_with_many_ids")}
        unknown = cassette("works_bad_id")[0]
        search = cassette("works_query")[0]
        cn_unknown = cassette("cn_unknown_doi")[0]
        for rec in [one, many["/works/10.1038/srep16696"]]:
            self.serve(server, rec.path, lambda r=rec: r.response(base))
        self.serve(server, f"/works/{MOORE_DOI}", lambda: unknown.response(base))
        self.serve(server, f"/{MOORE_DOI}", lambda: cn_unknown.response(base))
        self.serve(server, "/works", lambda: search.response(base))
        self.serve(server, "/search", lambda: marcxml(S_2023_370))

    def serve(self, server: HTTPServer, path: str, answer) -> None:
        def handler(request: Request) -> Response:
            self.requests.append((request.full_path, request.headers.get("User-Agent", "")))
            return answer()

        server.expect_request(path).respond_with_handler(handler)


@pytest.fixture
def corpus(tmp_path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "paper.md").write_text(PAPER, encoding="utf-8")
    (tmp_path / "docs" / "note.md").write_text(NOTE, encoding="utf-8")
    return tmp_path


def build(cwd: Path, out: str, base: str, *extra: str):
    result = run_cli("build", "docs", "--out", out, "--online", "--cache", "cache", "--crossref-url", base,
                     "--doi-url", base, "--un-url", base, "--mailto", "tests@example.org", *extra, cwd=cwd)
    assert result.exit_code == 0, result.output
    return result


def test_build_resolves_merges_by_doi_and_rebuilds_from_the_cache(corpus):
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        base = server.url_for("/").rstrip("/")
        recorder = Recorder(server)
        build(corpus, "bib", base)
        first_count = len(recorder.requests)
        assert first_count == 6  # 2 DOIs, Moore's DOI at Crossref and at doi.org, 1 search, 1 UN record
        assert all("mailto:tests@example.org" in ua and ua.startswith("citekit/") for _, ua in recorder.requests)
        build(corpus, "bib2", base)
        assert len(recorder.requests) == first_count, "a second build must be served from the cache"
    finally:
        server.clear()
        server.stop()

    graph = json.loads((corpus / "bib" / "citations.json").read_text(encoding="utf-8"))
    works = {w["doi"] or w["title"]: w for w in graph["works"]}
    sadasivan = works["10.1371/journal.pone.0033693"]
    assert sadasivan["title"] == ("Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of "
                                  "Microglia in the Basal Ganglia of Mice")  # the DOI agrees: Crossref's title
    assert sadasivan["provenance"]["title"] == "crossref"
    assert sadasivan["provenance"]["volume"] == "crossref" and sadasivan["date"] == "2012-03-21"
    assert works["10.1038/srep16696"]["provenance"]["container"] == "crossref"
    # the search hit validated, and gave the DOI the note cites: one work, cited by both documents
    moore = works[MOORE_DOI]
    assert len(moore["cited_by"]) == 2
    assert moore["provenance"]["doi"] in ("crossref", "parsed")
    un = next(w for w in graph["works"] if (w["identifiers"] or {}).get("un_symbol") == "S/2023/370")
    assert un["url"] == "https://undocs.org/S/2023/370"
    assert un["institution"] == "United Nations Security Council" and un["provenance"]["institution"] == "un"
    # the Digital Library's record: a more precise date is taken, its letter title only reported
    assert un["date"] == "2023-06-01" and un["provenance"]["date"] == "un"
    assert un["title"] != S_2023_370_TITLE and un["provenance"].get("title") != "un"

    # the server is gone: online with the cache, and offline with --cache, give the same library
    build(corpus, "bib3", base)
    offline = run_cli("build", "docs", "--out", "bib4", "--offline", "--cache", "cache", "--crossref-url", base,
                      "--doi-url", base, "--un-url", base, cwd=corpus)  # the cache is keyed by service: same URLs
    assert offline.exit_code == 0, offline.output
    for name in ("library.bib", "citations.json"):
        first = (corpus / "bib" / name).read_bytes()
        for again in ("bib2", "bib3", "bib4"):
            assert (corpus / again / name).read_bytes() == first, (again, name)


def test_offline_build_never_opens_a_socket(corpus, monkeypatch, httpserver):
    """--offline with endpoints pointing at a live server: no request arrives, no socket connects."""
    def refuse(*args, **kwargs):
        raise AssertionError("a socket was opened offline")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    base = httpserver.url_for("/").rstrip("/")
    result = run_cli("build", "docs", "--out", "bib", "--offline", "--crossref-url", base, "--doi-url", base,
                     cwd=corpus)
    assert result.exit_code == 0, result.output
    assert len(httpserver.log) == 0
    graph = json.loads((corpus / "bib" / "citations.json").read_text(encoding="utf-8"))
    assert not any(p in ("crossref", "doi", "web") for w in graph["works"] for p in w["provenance"].values())


SOIL = "- Moore, J. C. (2018). Soil ecology. In Oxford Bibliographies in Ecology. Oxford University Press.\n"


def test_report_lists_conflicts_and_rejected_candidates(corpus):
    paper = corpus / "docs" / "paper.md"
    paper.write_text(paper.read_text(encoding="utf-8") + SOIL, encoding="utf-8")
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        base = server.url_for("/").rstrip("/")
        Recorder(server)
        build(corpus, "bib", base, "--report", "report.json")
        to_stdout = build(corpus, "bib2", base, "--report", "-")  # from the cache
    finally:
        server.clear()
        server.stop()
    report = json.loads((corpus / "report.json").read_text(encoding="utf-8"))
    assert json.loads(to_stdout.stdout) == report  # stdout holds only the report
    graph = json.loads((corpus / "bib" / "citations.json").read_text(encoding="utf-8"))
    keys = {w["key"] for w in graph["works"]}
    assert {c["work"] for c in report["conflicts"]} <= keys and {r["work"] for r in report["rejected"]} <= keys

    def conflict(field: str, source: str, parsed: str = "") -> dict:
        return next(c for c in report["conflicts"] if c["field"] == field and c["source"] == source
                    and c["parsed"].startswith(parsed))

    title = conflict("title", "crossref", "Methylphenidate")
    assert title["parsed"] == "Methylphenidate exposure induces dopamine neuron loss"
    assert title["resolved"].startswith("Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation")
    assert title["parsed_from"] == "parsed" and title["decision"] == "replaced"
    un = conflict("title", "un")
    assert un["resolved"] == S_2023_370_TITLE and un["decision"] == "kept"
    [soil] = report["rejected"]
    assert soil["candidate"]["title"] == "Ecosystem Ecology" and soil["source"] == "crossref"
    assert 0 <= soil["confidence"] < 0.9 and "titles differ" in soil["reason"]
    assert soil["query"].startswith("Moore 2018 Soil ecology")
