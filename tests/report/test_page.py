"""The page itself, without a browser: escaping, links, link health, truncation, limits."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from citekit.check.models import LinkResult
from citekit.check.store import Store, store_path
from citekit.report import make_report, write_report
from tests.report.conftest import star_library, work, write_library

needs_dot = pytest.mark.skipif(shutil.which("dot") is None or shutil.which("sfdp") is None,
                               reason="Graphviz (dot, sfdp) is not installed (Debian: apt install graphviz)")


class Anchors(HTMLParser):
    """Collects ids, internal hrefs (HTML and SVG) and the scripts/styles/images loaded."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.internal: list[str] = []
        self.loaded: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        href = a.get("href") or a.get("xlink:href")
        if href and href.startswith("#"):
            self.internal.append(href[1:])
        if tag in ("script", "img", "iframe", "link", "image", "use") and (a.get("src") or tag == "link"):
            self.loaded.append(a.get("src") or a.get("href"))


def nasty_library(tmp_path: Path) -> Path:
    text = 'He said: "<b>bold</b>" & more. Then the Agency & Co. <Reports> it.'
    start = text.index("the Agency")
    documents = [{"id": "doc1", "path": "doc1.html", "sha256": None, "key": "a&b", "format": "html",
                  "encoding": "utf-8", "derived_from": [], "text": text}]
    works = [work("a&b", title='Doc <i>one</i> & "two"', document="doc1"),
             work("evil", type="misc", title="<script>alert('x')</script>", authors=["O'Neil & <Sons>"],
                  url="javascript:alert(1)", container='Foo "Bar"', cited_by=["a&b"])]
    mentions = [{"document": "doc1", "start": start, "end": start + 16, "kind": "attribution",
                 "text": text[start:start + 16], "work": "evil", "reference": None, "confidence": 0.8,
                 "cue": "<Reports>", "source_name": "Agency & Co."}]
    return write_library(tmp_path, documents, works, mentions)


@needs_dot
def test_everything_from_the_build_is_escaped(tmp_path):
    page, _ = make_report(nasty_library(tmp_path))
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<i>one</i>" not in page and "Doc &lt;i&gt;one&lt;/i&gt; &amp; &quot;two&quot;" in page
    assert "O&#x27;Neil &amp; &lt;Sons&gt;" in page
    assert 'href="javascript' not in page  # only http(s) links become hrefs
    assert "Then <mark>the Agency &amp; Co.</mark> &lt;Reports&gt; it." in page
    assert page.count("<script>") == 1  # the page's own script only
    # the graph got the same title, escaped by Graphviz, as a tooltip
    assert "alert(" in page.split('id="citation-graph"')[1].split("</svg>")[0]
    assert "<script>alert" not in page.split('id="citation-graph"')[1]


@needs_dot
def test_internal_links_resolve_and_nothing_is_loaded(seed_report):
    parser = Anchors()
    parser.feed(seed_report.read_text(encoding="utf-8"))
    missing = sorted(set(parser.internal) - parser.ids)
    assert not missing, missing
    assert parser.loaded == []


@needs_dot
def test_large_library_graph_keeps_the_most_cited_and_says_what_it_left_out(tmp_path):
    bib = star_library(tmp_path, documents=40, sources=20)
    page, summary = make_report(bib, max_nodes=15)
    assert summary.graph_truncated and summary.graph_nodes == 15
    svg = page.split('id="citation-graph"')[1].split("</svg>")[0]
    keys = re.findall(r'class="node [a-z]+" data-key="([^"]+)"', svg)
    assert len(keys) == 15 and "src0" in keys and "src1" in keys  # the two most cited
    note = re.search(r'<p class="note" id="graph-truncated">(.*?)</p>', page).group(1)
    sources = sum(k.startswith("src") for k in keys)
    assert f"shows the {sources} most-cited sources (of 20)" in note
    assert f"and {15 - sources} of the 40 documents" in note
    assert f"left out: {20 - sources} sources, {40 - (15 - sources)} documents" in note


@needs_dot
def test_small_library_is_drawn_whole(tmp_path):
    page, summary = make_report(star_library(tmp_path, documents=6, sources=3))
    assert not summary.graph_truncated and summary.graph_nodes == 9
    assert 'id="graph-truncated"' not in page


def test_detail_limits_say_what_they_leave_out(tmp_path):
    bib = star_library(tmp_path, documents=30, sources=10)
    page, _ = make_report(bib, graph=False, max_nodes=1, max_details=4, max_mentions=12)
    assert page.count('<article id="s-') == 4 and page.count('<article id="d-') == 4
    assert "4 of the 10 sources have an entry here" in page
    assert "4 of the 30 documents have an entry here" in page
    assert re.search(r"Each shows at most \d+ mentions", page)
    assert "The graph was left out (--no-graph)." in page


def test_mentions_are_shown_in_their_sentence(tmp_path):
    page, _ = make_report(star_library(tmp_path, documents=2, sources=2), graph=False)
    assert "<blockquote><mark>Source 1 said</mark> so.</blockquote>" in page


@needs_dot
def test_link_status_comes_from_the_last_check(seed_build, tmp_path):
    import json

    bib = tmp_path / "bib"
    shutil.copytree(seed_build / "bib", bib)
    works = json.loads((bib / "citations.json").read_text(encoding="utf-8"))["works"]
    linked = [w for w in works if w["url"]]
    dead, alive = linked[0], linked[1]
    with Store(store_path(bib / "library.bib")) as store:
        for w, status in ((dead, "dead"), (alive, "ok")):
            store.add(w["url"], LinkResult(url=w["url"], keys=[w["key"]], status=status, observed=status,
                                           http_status=404 if status == "dead" else 200,
                                           checked_at="2026-01-02T03:04:05+00:00"))
        store.commit()
    page, _ = make_report(bib, graph=False)
    rows = {re.search(r'href="#[sd]-([^"]+)"', row).group(1): row
            for row in re.findall(r"<tr><td>.*?</tr>", page.split("<tbody>")[1])}
    assert 'class="status-dead"' in rows[dead["key"]] and ">dead</td>" in rows[dead["key"]]
    assert 'class="status-ok"' in rows[alive["key"]]
    assert "links last checked 2026-01-02T03:04:05+00:00" in page
    unchecked = next(w for w in linked[2:])
    assert "not checked" in rows[unchecked["key"]]


def test_report_is_written_atomically(tmp_path):
    bib = star_library(tmp_path, documents=3, sources=2)
    out = tmp_path / "site" / "report.html"
    summary = write_report(bib, out, graph=False)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert summary.bytes == out.stat().st_size
    assert [p.name for p in out.parent.iterdir()] == ["report.html"]  # no temporary file left
    assert out.stat().st_mode & 0o044  # readable by others, like any page
