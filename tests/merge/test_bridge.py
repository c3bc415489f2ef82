"""Statements stay in their document; an unnamed report joins its body's only titled report."""

from __future__ import annotations

import json

from citekit.merge.bridge import join_unnamed_reports, scoped
from citekit.merge.cluster import cluster
from citekit.models import Author, Fields
from tests.conftest import run_cli


def _body(name: str) -> list[Author]:
    return [Author(literal=name)]


def test_a_statement_is_scoped_to_its_document_but_a_report_is_not():
    said = Fields(type="misc", authors=_body("World Food Programme"))
    assert cluster([scoped(said, "a"), scoped(said, "b")]) == [[0], [1]]
    assert cluster([scoped(said, "a"), scoped(said, "a")]) == [[0, 1]]
    report = Fields(type="report", authors=_body("World Food Programme"), date="2023-06")
    assert scoped(report, "a") is report


def test_an_unnamed_report_joins_the_only_titled_report_of_its_body_and_month():
    unnamed = Fields(type="report", authors=_body("United Nations"), date="2023-06")
    titled = Fields(type="report", title="Fourteenth report of the Monitoring Team",
                    authors=_body("UN"), date="2023-06")
    other_year = Fields(type="report", title="Thirteenth report", authors=_body("United Nations"), date="2022-05")
    assert join_unnamed_reports([[0], [1], [2]], [unnamed, titled, other_year]) == [[0, 1], [2]]
    # a second titled report of that body and month: no way to tell which, so none
    second = Fields(type="report", title="Annual report on children", authors=_body("United Nations"),
                    date="2023-06")
    records = [unnamed, titled, other_year, second]
    assert join_unnamed_reports([[0], [1], [2], [3]], records) == [[0], [1], [2], [3]]
    # a month in the mention needs that month in the report
    year_only = Fields(type="report", title="Some report", authors=_body("United Nations"), date="2023")
    assert join_unnamed_reports([[0], [1]], [unnamed, year_only]) == [[0], [1]]


def test_two_documents_quoting_one_body_cite_two_statements(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.txt").write_text("Harbour News\n\nPrices rose, the World Food Programme said on the radio.\n",
                                  encoding="utf-8")
    (docs / "two.txt").write_text("Valley Post\n\nAccording to the World Food Programme, stocks are low.\n",
                                  encoding="utf-8")
    assert run_cli("build", "docs", "--out", "bib", cwd=tmp_path).exit_code == 0
    graph = json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))
    wfp = [w for w in graph["works"] if w["authors"] == ["World Food Programme"]]
    assert len(wfp) == 2 and all(len(w["cited_by"]) == 1 for w in wfp)
