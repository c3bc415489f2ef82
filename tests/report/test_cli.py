"""``citekit report`` on the command line: output, and one-line errors with exit status 2."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import run_cli
from tests.report.conftest import star_library


def _one_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_missing_citations_json_is_one_line_exit_2(tmp_path):
    result = run_cli("report", str(tmp_path / "nowhere"), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2
    line = _one_line(result)
    assert "citations.json: not found" in line and "citekit build" in line
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("content, says", [("{not json", "not valid JSON"),
                                           ('{"documents": [], "works": 3, "mentions": []}', "works"),
                                           ("[]", "not a citekit citation graph")])
def test_unreadable_citations_json_is_one_line_exit_2(tmp_path, content, says):
    (tmp_path / "citations.json").write_text(content, encoding="utf-8")
    result = run_cli("report", str(tmp_path), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2
    line = _one_line(result)
    assert str(tmp_path / "citations.json") in line and says in line


def test_missing_graphviz_is_one_line_exit_2(tmp_path, monkeypatch):
    bib = star_library(tmp_path, documents=3, sources=2)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    result = run_cli("report", str(bib), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2
    line = _one_line(result)
    assert "Graphviz" in line and "`dot`" in line and "--no-graph" in line
    result = run_cli("report", str(bib), "-o", str(tmp_path / "r.html"), "--no-graph")
    assert result.exit_code == 0 and (tmp_path / "r.html").exists()


def test_bad_limits_are_usage_errors(tmp_path):
    bib = star_library(tmp_path, documents=3, sources=2)
    result = run_cli("report", str(bib), "--max-nodes", "0")
    assert result.exit_code == 2 and "--max-nodes must be at least 1" in _one_line(result)


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's `dot` is not installed")
def test_report_of_the_seeds_summary_line(seed_build):
    result = run_cli("report", "-o", "summary.html", cwd=seed_build)  # BIB_DIR defaults to bib/
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.output and "summary.html" in result.output
    assert (seed_build / "summary.html").stat().st_size > 10_000
