"""`citekit build --merge existing.bib`: an existing library's keys and fields survive."""

from __future__ import annotations

import shutil

from pybtex.database import parse_file

from tests.conftest import ROOT, run_cli

EXISTING = r"""@article{RoggioMine,
  author  = {Roggio, Bill},
  title   = {Afghan Taliban and Al Qaeda aiding Pakistani Taliban's insurgency},
  journal = {FDD's Long War Journal},
  year    = {2023},
  url     = {https://www.longwarjournal.org/archives/2023/06/afghan-taliban-and-al-qaeda-aiding-pakistani-talibans-insurgency.php},
  note    = {kept by hand},
}

@book{knuth1984,
  author    = {Knuth, Donald E.},
  title     = {The {\TeX}book},
  publisher = {Addison-Wesley},
  year      = {1984},
}
"""


def test_existing_keys_and_fields_win_and_nothing_is_lost(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "mine.bib").write_text(EXISTING, encoding="utf-8")
    result = run_cli("build", "seeds", "--out", "bib", "--merge", "mine.bib", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    entries = parse_file(str(tmp_path / "bib" / "library.bib")).entries
    mine = entries["RoggioMine"]  # the reference of the journal paper took the existing key
    assert mine.fields["note"] == "kept by hand"
    assert mine.fields["journal"] == "FDD's Long War Journal"
    assert mine.fields["citedby"]  # and still says which document cites it
    assert "knuth1984" in entries  # an entry no document cites is kept as it was
    assert not any(key.startswith("roggio2023afghan") for key in entries)

    # a later rebuild without --merge keeps all of it, the existing file's entry types included
    (tmp_path / "mine.bib").write_text(EXISTING.replace("@article{RoggioMine", "@unpublished{RoggioMine"),
                                       encoding="utf-8")
    assert run_cli("build", "seeds", "--out", "b2", "--merge", "mine.bib", cwd=tmp_path).exit_code == 0
    first = (tmp_path / "b2" / "library.bib").read_text(encoding="utf-8")
    assert "@unpublished{RoggioMine," in first
    assert run_cli("build", "seeds", "--out", "b2", cwd=tmp_path).exit_code == 0
    assert (tmp_path / "b2" / "library.bib").read_text(encoding="utf-8") == first


def test_an_unreadable_merge_file_stops_with_one_line(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "bad.bib").write_text("@article{x, title = {unclosed\n", encoding="utf-8")
    result = run_cli("build", "seeds", "--out", "bib", "--merge", "bad.bib", cwd=tmp_path)
    assert result.exit_code == 2
    assert "bad.bib" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "bib" / "library.bib").exists()
