"""An HTML article (written for this test) goes through the whole pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import run_cli

PAGE = Path(__file__).resolve().parent.parent / "data" / "river_review.html"


def test_html_article_metadata_references_and_citations(tmp_path):
    shutil.copy(PAGE, tmp_path / "page.html")
    result = run_cli("build", "page.html", "--out", "bib", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    graph = json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))
    doc = graph["documents"][0]
    works = {w["key"]: w for w in graph["works"]}
    own = works[doc["key"]]
    assert (own["title"], own["authors"], own["date"], own["doi"]) == (
        "Dams and Drought in the Mekong", ["Tran, Minh"], "2022-04-11", "10.5555/rr.2022.11")
    assert own["container"] == "River Review"
    assert len(own["cites"]) == 2
    inline = [m for m in graph["mentions"] if m["kind"] == "inline-citation"]
    assert [works[m["work"]]["authors"][0] for m in inline] == ["Smith, A.", "Mekong River Commission"]
    for m in graph["mentions"]:  # offsets point into the extracted text the graph carries
        assert doc["text"][m["start"]:m["end"]] == m["text"]
    assert "Home | About" not in doc["text"]  # navigation is not part of the document
