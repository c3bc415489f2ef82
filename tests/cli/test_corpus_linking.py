"""A small corpus written for this test: a citation of a corpus document links to it."""

from __future__ import annotations

import json

from tests.conftest import run_cli

BODY = ("Rivers that cross borders carry more than water: they carry the politics of every state "
        "they touch, and the dams built on them change who can farm, fish and trade downstream.")

ARTICLE = f"""# Water and Power in the Sahel

By Jane Doe

5 May 2021

{BODY}
"""

ESSAY = f"""Downstream Politics

Ann Roe

{BODY} As Doe has shown, the dams matter (Doe,\u00a02021). The monitoring reports disagree
(Thirteenth Report of the Monitoring Team, 2022; Fourteenth Report of the Monitoring Team, 2023).

References

Doe, J. (2021, May 5). Water and power in the Sahel. Sahel Review. https://sahel.example.org/water-power
Thirteenth report of the Monitoring Team. (2022). United Nations Security Council. https://un.example.org/s-2022-1
Fourteenth report of the Monitoring Team. (2023). United Nations Security Council. https://un.example.org/s-2023-2
"""


def test_citing_a_corpus_document_links_to_its_entry(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "article.md").write_text(ARTICLE, encoding="utf-8")
    (docs / "essay.txt").write_text(ESSAY, encoding="utf-16")  # with a BOM: offsets stay exact
    result = run_cli("build", "docs", "--out", "bib", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    graph = json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))
    docs_by_id = {d["id"]: d for d in graph["documents"]}
    works = {w["key"]: w for w in graph["works"]}
    article, essay = docs_by_id["article"]["key"], docs_by_id["essay"]["key"]

    assert works[article]["document"] == "article"
    assert works[article]["cited_by"] == [essay]
    assert article in works[essay]["cites"]
    reports = [w for w in graph["works"] if "Monitoring Team" in (w["title"] or "")]
    assert len(reports) == 2 and {w["date"] for w in reports} == {"2022", "2023"}

    text = ESSAY
    inline = [m for m in graph["mentions"] if m["kind"] == "inline-citation"]
    assert [m["work"] for m in inline] == [article, *sorted((w["key"] for w in reports),
                                                            key=lambda k: works[k]["date"])]
    for m in graph["mentions"]:
        if m["document"] == "essay":
            assert text[m["start"]:m["end"]] == m["text"]
