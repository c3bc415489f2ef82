"""Real BibTeX (plain.bst) reads the library without a warning (Debian texlive-binaries)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import ROOT, run_cli

AUX = "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{library}\n"


@pytest.mark.skipif(shutil.which("bibtex") is None, reason="bibtex is not installed (.ci/run installs it)")
def test_plain_bibtex_accepts_the_library_without_warnings(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "docs")
    for doc in (ROOT / "tests" / "golden" / "docs").iterdir():
        shutil.copy(doc, tmp_path / "docs")
    assert run_cli("build", "docs", "--out", "bib", cwd=tmp_path).exit_code == 0
    (tmp_path / "bib" / "paper.aux").write_text(AUX, encoding="utf-8")
    done = subprocess.run(["bibtex", "paper"], cwd=tmp_path / "bib", capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    assert "Warning" not in done.stdout and "error" not in done.stdout.lower(), done.stdout
    assert (tmp_path / "bib" / "paper.bbl").read_text(encoding="utf-8").count("\\bibitem") > 40
