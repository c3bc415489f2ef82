"""citekit cite: keys from real .aux/.tex/.bcf files, the subset .bib in the library's own text
(with crossref/xdata parents and @string macros), missing keys with suggestions, exit codes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pybtex.database import parse_string

from citekit.emit.cited import cited_keys
from tests.conftest import run_cli

LIBRARY = r"""% my own library, hand-formatted
@string{pup = "Princeton University Press"}

@Book{Knuth1984,
    author = "Donald E. Knuth",  title = {The {\TeX}book},
    publisher = pup, year = 1984,
}

@inproceedings{part2020,
  author = {Doe, Jane}, title = {A Part}, crossref = {whole2020}, pages = {1--2},
}

@proceedings{whole2020,
  title = {The Whole}, year = {2020}, xdata = {shared},
}

@xdata{shared,
  publisher = {ACM},
}

@article{zahid2024alqaeda,
  author = {Zahid, Farhan}, title = {Al-Qaeda}, journal = {NJIPS}, year = {2024},
}
"""

TEX = r"""\documentclass{article}
\usepackage{natbib}
\begin{document}
As \citet{Knuth1984} says, see \citep[see][p.~3]{ part2020 ,zahid2024alqaeda}
and \citeauthor*{Knuth1984}. % \cite{commented_out}
\nocite{zahid2024alqeada}
\bibliographystyle{plainnat}
\bibliography{library}
\end{document}
"""

BIBLATEX_TEX = r"""\documentclass{article}
\usepackage[backend=biber]{biblatex}
\addbibresource{library.bib}
\begin{document}
\parencite[12]{Knuth1984} \textcite{part2020} \autocite*{zahid2024alqaeda} \footcite{missingkey}
\printbibliography
\end{document}
"""

# What biblatex 3.x writes (texlive 2022/2023), for machines without pdflatex.
HAND_BCF = """<?xml version="1.0" encoding="UTF-8"?>
<bcf:controlfile version="3.10" bltxversion="3.19" xmlns:bcf="https://sourceforge.net/projects/biblatex">
  <bcf:bibdata section="0"><bcf:datasource type="file" datatype="bibtex">library.bib</bcf:datasource></bcf:bibdata>
  <bcf:section number="0">
    <bcf:citekey order="1" intorder="1">Knuth1984</bcf:citekey>
    <bcf:citekey order="2" intorder="1">part2020</bcf:citekey>
    <bcf:citekey order="3" intorder="1">zahid2024alqaeda</bcf:citekey>
    <bcf:citekey order="4" intorder="1">missingkey</bcf:citekey>
  </bcf:section>
</bcf:controlfile>
"""


def _paper(tmp_path: Path, tex: str) -> Path:
    (tmp_path / "library.bib").write_text(LIBRARY, encoding="utf-8")
    paper = tmp_path / "paper.tex"
    paper.write_text(tex, encoding="utf-8")
    return paper


def _pdflatex(tmp_path: Path) -> bool:
    if shutil.which("pdflatex") is None:
        return False
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "paper"], cwd=tmp_path, capture_output=True,
                   text=True, timeout=120, stdin=subprocess.DEVNULL)
    return (tmp_path / "paper.aux").exists()


def test_tex_commands_with_options_stars_lists_and_comments(tmp_path):
    paper = _paper(tmp_path, TEX)
    assert cited_keys(paper) == ["Knuth1984", "part2020", "zahid2024alqaeda", "zahid2024alqeada"]
    (tmp_path / "b.tex").write_text(BIBLATEX_TEX, encoding="utf-8")
    assert cited_keys(tmp_path / "b.tex") == ["Knuth1984", "part2020", "zahid2024alqaeda", "missingkey"]


def test_multicite_commands_and_verbatim(tmp_path):
    paper = tmp_path / "m.tex"
    paper.write_text("A \\cites{he2016deep}{simon1955} and \\parencites[3]{oecd2019}[5]{office} and "
                     "\\footcitetext{zeta}.\n\\begin{verbatim}\n\\cite{inverbatim}\n\\end{verbatim}\n\\cite{plain}\n",
                     encoding="utf-8")
    assert cited_keys(paper) == ["he2016deep", "simon1955", "oecd2019", "office", "zeta", "plain"]


def test_hand_written_aux_with_bibtex_and_biblatex_lines(tmp_path):
    (tmp_path / "ch1.aux").write_text("\\relax\n\\citation{zahid2024alqaeda}\n", encoding="utf-8")
    (tmp_path / "paper.aux").write_text(
        "\\relax\n\\citation{Knuth1984,part2020}\n\\abx@aux@cite{0}{whole2020}\n\\abx@aux@cite{shared}\n"
        "\\@input{ch1.aux}\n\\citation{*}\n", encoding="utf-8")
    assert cited_keys(tmp_path / "paper.aux") == ["Knuth1984", "part2020", "whole2020", "shared",
                                                  "zahid2024alqaeda", "*"]


def test_real_aux_subset_keeps_the_library_text_and_parents(tmp_path):
    _paper(tmp_path, TEX)
    source = "paper.aux" if _pdflatex(tmp_path) else "paper.tex"
    result = run_cli("cite", source, "--library", "library.bib", "-o", "subset.bib", cwd=tmp_path)
    assert result.exit_code == 1  # one key is missing
    assert result.stdout.split() == ["Knuth1984", "part2020", "zahid2024alqaeda"]
    lines = [line for line in result.stderr.splitlines() if "zahid2024alqeada" in line]
    assert len(lines) == 1 and "closest: zahid2024alqaeda" in lines[0]
    subset = (tmp_path / "subset.bib").read_text(encoding="utf-8")
    for key in ("Knuth1984", "part2020", "whole2020", "shared", "zahid2024alqaeda"):
        start = LIBRARY.index("{" + key + ",") - LIBRARY[: LIBRARY.index("{" + key + ",")][::-1].index("@") - 1
        end = LIBRARY.index("\n}", start) + 2
        assert LIBRARY[start:end] in subset  # byte for byte
    assert '@string{pup = "Princeton University Press"}' in subset
    assert subset.index("part2020") < subset.index("{whole2020,")  # parents after children
    data = parse_string(subset, "bibtex")
    assert data.entries["Knuth1984"].fields["publisher"] == "Princeton University Press"


def test_bcf_from_the_real_toolchain_or_by_hand(tmp_path):
    _paper(tmp_path, BIBLATEX_TEX)
    if _pdflatex(tmp_path) and (tmp_path / "paper.bcf").exists():  # biblatex's .aux: \abx@aux@cite{0}{key}
        assert cited_keys(tmp_path / "paper.aux") == ["Knuth1984", "part2020", "zahid2024alqaeda", "missingkey"]
    else:
        (tmp_path / "paper.bcf").write_text(HAND_BCF, encoding="utf-8")
    assert cited_keys(tmp_path / "paper.bcf") == ["Knuth1984", "part2020", "zahid2024alqaeda", "missingkey"]
    result = run_cli("cite", "paper.bcf", "--library", "library.bib", cwd=tmp_path)
    assert result.exit_code == 1 and "missingkey: not in library.bib" in result.stderr


def test_nocite_star_takes_everything_and_keys_ignore_case(tmp_path):
    _paper(tmp_path, "\\nocite{*}\\cite{KNUTH1984}")
    result = run_cli("cite", "paper.tex", "--library", "library.bib", "-o", "all.bib", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.stdout.split() == ["Knuth1984", "part2020", "whole2020", "shared", "zahid2024alqaeda"]
    assert len(parse_string((tmp_path / "all.bib").read_text(encoding="utf-8"), "bibtex").entries) == 5


def test_usage_errors_exit_2_with_one_line(tmp_path):
    _paper(tmp_path, TEX)
    (tmp_path / "paper.pdf").write_bytes(b"%PDF")
    for args in (["paper.pdf", "--library", "library.bib"], ["nosuch.aux", "--library", "library.bib"],
                 ["paper.tex", "--library", "nosuch.bib"]):
        result = run_cli("cite", *args, cwd=tmp_path)
        assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
