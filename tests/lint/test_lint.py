"""citekit lint on a deliberately broken library: every problem on its own line with the
right line number, errors exit 1, warnings alone exit 0, a citekit build lints clean."""

from __future__ import annotations

import shutil

from citekit.lint import lint_text
from citekit.lint.values import check_isbn, check_pages
from tests.conftest import ROOT, run_cli

BROKEN = r"""@article{dup2020,
  author  = {Doe, Jane},
  title   = {Peace & Stability},
  journal = {J},
  year    = {2020},
  doi     = {10.1000/abc},
}

@article{Dup2020,
  author = {Roe, Ann},
  title  = {Second},
  year   = {2021},
  doi    = {https://doi.org/10.1000/ABC},
  pages  = {12-15},
  month  = {June},
}

@book{isbn2019,
  author    = {Poe, Edgar},
  title     = {Tales},
  publisher = {P},
  year      = {2019},
  isbn      = {978-3-16-148410-1},
  url       = {www.example.org/no scheme},
}

@online{site,
  title = {Citekit \& friends},
  url   = {https://example.org/a_b?x=1&y=2},
  date  = {2024},
}

@report{rep,
  author = {UN}, title = {Report},
}

@misc{broken,
  title = {Never {closed},
  year  = {2020},
}

@misc{badoi,
  title = {Zürich},
  doi   = {doi:11.1/x},
  month = 13,
}
"""


def test_every_problem_is_found_at_its_line():
    problems = lint_text(BROKEN)
    found = {(p.line, p.key): p for p in problems}
    assert found[(3, "dup2020")].message.startswith("title: unescaped '&'")
    assert any(p.line == 9 and p.message == "duplicate key (first: dup2020, line 1)" for p in problems)
    assert any(p.line == 9 and "same DOI as dup2020" in p.message for p in problems)
    assert any(p.line == 9 and p.message == "@article without journal/journaltitle" for p in problems)
    assert found[(14, "Dup2020")].message == "pages '12-15': a page range takes '--'"
    assert found[(15, "Dup2020")].message.startswith("month {June}: write the bare macro jun")
    assert "invalid ISBN" in found[(23, "isbn2019")].message
    assert "malformed URL" in found[(24, "isbn2019")].message
    assert not [p for p in problems if p.key == "site"]  # \& escaped, & in a URL is fine
    assert {p.message for p in problems if p.key == "rep"} == {
        "@report without type", "@report without institution", "@report without year/date"}
    assert any(p.key == "broken" and p.line == 37 and "unbalanced braces" in p.message for p in problems)
    assert any(p.key == "badoi" and "malformed DOI" in p.message for p in problems)
    assert any(p.key == "badoi" and "month '13'" in p.message for p in problems)
    assert not [p for p in problems if "non-ASCII" in p.message]
    assert [p for p in lint_text(BROKEN, ascii_only=True) if "non-ASCII 'ü'" in p.message][0].line == 43
    severities = {p.message.split(" ")[0]: p.severity for p in problems}
    assert severities["duplicate"] == "error" and severities["same"] == "warning"


def test_value_checks():
    assert check_isbn("978-3-16-148410-0") is None and check_isbn("0-306-40615-2") is None
    assert check_isbn("0-8044-2957-X") is None and check_isbn("0-306-40615-3")
    assert check_isbn("978-0-306-40615-7, 0-306-40615-2") is None
    assert check_pages("95--98") is None and check_pages("e1234") is None and check_pages("xii--xv") is None
    assert check_pages("12, 15--17") is None and check_pages("43+") is None and check_pages("p. 3 ff")


def test_cli_output_and_exit_codes(tmp_path):
    (tmp_path / "broken.bib").write_text(BROKEN, encoding="utf-8")
    result = run_cli("lint", "broken.bib", cwd=tmp_path)
    assert result.exit_code == 1
    assert "broken.bib:9: Dup2020: error: duplicate key (first: dup2020, line 1)" in result.stdout.splitlines()
    assert all(line.startswith("broken.bib:") for line in result.stdout.splitlines())
    (tmp_path / "warn.bib").write_text("@misc{a,\n  title = {T},\n  month = {May},\n}\n", encoding="utf-8")
    warned = run_cli("lint", "warn.bib", cwd=tmp_path)
    assert warned.exit_code == 0 and warned.stdout.startswith("warn.bib:3: a: warning: month {May}")
    assert run_cli("lint", "missing.bib", cwd=tmp_path).exit_code == 2


def test_a_citekit_build_lints_clean(seed_build):
    result = run_cli("lint", "bib/library.bib", cwd=seed_build)
    assert result.exit_code == 0 and result.stdout == "", result.stdout


def test_a_build_with_schemeless_urls_and_a_regulations_subsections_lints_clean(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("mla_works_cited.txt", "01_ombudsman_interim_report_2027_1.txt"):
        shutil.copy(ROOT / "tests" / "golden" / "docs" / name, docs / name)
    assert run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path).exit_code == 0
    library = (tmp_path / "bib" / "library.bib").read_text(encoding="utf-8")
    assert "= {https://www.themorgan.org/" in library
    result = run_cli("lint", "bib/library.bib", cwd=tmp_path)
    assert result.exit_code == 0 and result.stdout == "", result.stdout
