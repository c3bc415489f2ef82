"""The seeds' and the golden documents' libraries through real LaTeX toolchains: pdflatex + bibtex (plain, plainnat) and
pdflatex + biber (biblatex with citekit.dbx).  Skipped when the programs are missing (.ci/run
installs them)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

TOOLS = ("pdflatex", "bibtex", "biber", "kpsewhich")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                reason="pdflatex/bibtex/biber not installed (.ci/run installs them)")

CLASSIC = r"""\documentclass{article}
\usepackage{url}%(natbib)s
\begin{document}
\nocite{*}
\bibliographystyle{%(style)s}
\bibliography{ascii}
\end{document}
"""
BIBLATEX = r"""\documentclass{article}
\usepackage[backend=biber,datamodel=citekit]{biblatex}
\addbibresource{ascii.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""
LATEX_PROBLEMS = re.compile(r"^!|Citation .* undefined|There were undefined references|Warning: Empty"
                            r"|Please \(re\)run Biber|Please rerun LaTeX|datamodel", re.M)


def _run(cwd: Path, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)


CORPORA = {"seeds": ROOT / "seeds", "golden": ROOT / "tests" / "golden" / "docs"}


def _library(tmp_path: Path, dialect: str, corpus: str) -> Path:
    """A fresh build of a corpus, exported as ASCII BibTeX (pdfLaTeX has no Cyrillic fonts)."""
    docs = tmp_path / "docs"
    if not docs.exists():
        shutil.copytree(CORPORA[corpus], docs)
    out = tmp_path / dialect
    assert run_cli("build", "docs", "--out", dialect, "--offline", "--dialect", dialect, cwd=tmp_path).exit_code == 0
    assert run_cli("export", f"{dialect}/library.bib", "--format", "bibtex", "--ascii",
                   "-o", f"{dialect}/ascii.bib", cwd=tmp_path).exit_code == 0
    assert (out / "ascii.bib").read_text(encoding="utf-8").isascii()
    return out


def _latex(cwd: Path) -> str:
    done = _run(cwd, "pdflatex", "-interaction=nonstopmode", "-halt-on-error", "paper")
    assert done.returncode == 0, done.stdout[-3000:]
    return (cwd / "paper.log").read_text(encoding="latin-1")


@pytest.mark.parametrize("corpus", sorted(CORPORA))
@pytest.mark.parametrize("style", ["plain", "plainnat"])
def test_pdflatex_and_bibtex_without_a_warning(tmp_path, style, corpus):
    out = _library(tmp_path, "bibtex", corpus)
    natbib = "\n\\usepackage{natbib}" if style == "plainnat" else ""
    (out / "paper.tex").write_text(CLASSIC % {"natbib": natbib, "style": style}, encoding="utf-8")
    _latex(out)
    bibtex = _run(out, "bibtex", "paper")
    assert bibtex.returncode == 0 and "Warning" not in bibtex.stdout, bibtex.stdout
    _latex(out)
    log = _latex(out)
    assert not LATEX_PROBLEMS.findall(log), LATEX_PROBLEMS.findall(log)
    assert (out / "paper.bbl").read_text(encoding="utf-8").count("\\bibitem") >= 15


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_pdflatex_and_biber_with_the_citekit_data_model(tmp_path, corpus):
    out = _library(tmp_path, "biblatex", corpus)
    assert (out / "citekit.dbx").exists()  # the build writes it beside library.bib
    (out / "paper.tex").write_text(BIBLATEX, encoding="utf-8")
    _latex(out)
    biber = _run(out, "biber", "paper")
    assert biber.returncode == 0, biber.stdout
    assert not [line for line in biber.stdout.splitlines() if line.startswith(("WARN", "ERROR"))], biber.stdout
    _latex(out)
    log = _latex(out)
    assert not LATEX_PROBLEMS.findall(log), LATEX_PROBLEMS.findall(log)
    bbl = (out / "paper.bbl").read_text(encoding="utf-8")
    assert bbl.count("\\entry{") >= 15 and "\\field{citedby}" in bbl  # the dbx made it a field
    # biber's data-model check: the link fields are known, every field is valid for its type,
    # untitled and undated works are described ("[Report]", date XXXX), never invented
    checked = _run(out, "biber", "--validate-datamodel", "paper")
    assert not [line for line in checked.stdout.splitlines() if line.startswith(("WARN", "ERROR"))], \
        checked.stdout
