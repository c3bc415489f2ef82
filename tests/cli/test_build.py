"""End-to-end: `citekit build` on the seeds and on bad input, as a user runs it."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

OUTPUTS = ("library.bib", "citations.json", "citekit-state.json")


def test_committed_bib_is_current(tmp_path):
    """Rebuilding the committed bib/ from seeds/ (keys pinned, edits kept) changes nothing."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "bib", tmp_path / "bib")
    result = run_cli("build", "seeds", "--out", "bib", "--offline", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    for name in OUTPUTS:
        assert filecmp.cmp(tmp_path / "bib" / name, ROOT / "bib" / name, shallow=False), (
            f"bib/{name} is stale: run `citekit build seeds/ --out bib/ --offline`"
        )


def test_committed_bib_matches_a_build_from_scratch(seed_build):
    """No key in bib/ is a leftover pin: a first build gives the same library."""
    for name in OUTPUTS:
        assert filecmp.cmp(seed_build / "bib" / name, ROOT / "bib" / name, shallow=False), name


def test_rebuild_is_byte_identical_and_reports_no_change(seed_build, tmp_path):
    shutil.copytree(seed_build, tmp_path / "w")
    result = run_cli("build", "seeds", "--out", "bib", "--offline", cwd=tmp_path / "w")
    assert result.exit_code == 0
    assert "(0 files changed)" in result.output
    for name in OUTPUTS:
        assert filecmp.cmp(seed_build / "bib" / name, tmp_path / "w" / "bib" / name, shallow=False)


def test_every_reference_of_the_journal_paper_is_linked_to_it(seed_build):
    graph = json.loads((seed_build / "bib" / "citations.json").read_text(encoding="utf-8"))
    doc_keys = {d["id"]: d["key"] for d in graph["documents"]}
    assert len(doc_keys) == 5 and all(doc_keys.values())
    refs = [m for m in graph["mentions"] if m["kind"] == "reference"]
    citing = {m["document"] for m in refs}
    assert len(citing) == 1
    paper_key = doc_keys[citing.pop()]
    works = {w["key"]: w for w in graph["works"]}
    assert len({m["work"] for m in refs}) == 10
    for m in refs:
        assert works[m["work"]]["cited_by"] == [paper_key]
    assert {m["work"] for m in refs} <= set(works[paper_key]["cites"])  # plus what its prose attributes


def test_manual_edits_survive_a_rebuild(seed_build, tmp_path):
    work = tmp_path / "w"
    shutil.copytree(seed_build, work)
    bib = work / "bib" / "library.bib"
    text = bib.read_text(encoding="utf-8")
    graph = json.loads((work / "bib" / "citations.json").read_text(encoding="utf-8"))
    key = next(w["key"] for w in graph["works"] if w["cited_by"] and w["title"] and w["url"])
    start = text.index("{" + key + ",")
    end = text.index("\n}\n", start)
    entry = text[start:end]
    lines = entry.split("\n")
    title_line = next(line for line in lines if line.strip().startswith("title"))
    url_line = next(line for line in lines if line.strip().startswith("url"))
    edited = entry.replace(title_line, '  title = "A Title Fixed By Hand",')
    edited = edited.replace(url_line, "") + "\n  note = {checked in print},"
    entry_type = text[text.rindex("@", 0, start) + 1:start]
    text = text[:text.rindex("@", 0, start)] + "@unpublished" + edited + text[end:]
    text += "\n@book{mine2020own,\n  author = {Own, My},\n  title = {Added by hand},\n  year = 2020,\n}\n"
    bib.write_text(text, encoding="utf-8")

    result = run_cli("build", "seeds", "--out", "bib", "--offline", cwd=work)
    assert result.exit_code == 0, result.output
    rebuilt = bib.read_text(encoding="utf-8")
    entry = rebuilt[rebuilt.index("{" + key + ","): rebuilt.index("\n}\n", rebuilt.index("{" + key + ","))]
    assert "A Title Fixed By Hand" in entry
    assert entry_type != "unpublished" and f"@unpublished{{{key}," in rebuilt  # the type too
    assert "note" in entry and "checked in print" in entry
    assert "url " not in entry and "url=" not in entry.replace(" ", "")
    assert "@book{mine2020own," in rebuilt and "Added by hand" in rebuilt
    # and a second rebuild keeps them too, without further change
    again = run_cli("build", "seeds", "--out", "bib", "--offline", cwd=work)
    assert "(0 files changed)" in again.output
    assert bib.read_text(encoding="utf-8") == rebuilt


def test_unreadable_existing_library_is_never_overwritten(seed_build, tmp_path):
    work = tmp_path / "w"
    shutil.copytree(seed_build, work)
    bib = work / "bib" / "library.bib"
    bib.write_text("@article{broken, title = {unclosed\n", encoding="utf-8")
    result = run_cli("build", "seeds", "--out", "bib", "--offline", cwd=work)
    assert result.exit_code == 2
    assert "library.bib" in result.output and "Traceback" not in result.output
    assert bib.read_text(encoding="utf-8") == "@article{broken, title = {unclosed\n"


def test_foreign_library_without_state_is_not_overwritten(tmp_path):
    (tmp_path / "docs").mkdir()
    shutil.copy(ROOT / "seeds" / "004_6ce7330dd1e5eceb.txt", tmp_path / "docs")
    (tmp_path / "bib").mkdir()
    (tmp_path / "bib" / "library.bib").write_text("@misc{x, title={mine}}\n", encoding="utf-8")
    result = run_cli("build", "docs", "--out", "bib", cwd=tmp_path)
    assert result.exit_code == 2
    assert "not written by citekit" in result.output


def test_bad_inputs_each_get_one_line_and_the_rest_is_built(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")  # a narrow terminal must not wrap a problem line
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "seeds" / "004_6ce7330dd1e5eceb.txt", docs / "good.txt")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (docs / "legacy.txt").write_bytes("Caf\xe9 report\n\nSome text about na\xefve things.\n".encode("latin-1"))
    with open(docs / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    locked = docs / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    locked.chmod(0)
    result = run_cli("build", "docs", "--out", "bib", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for name in ("empty.txt", "binary.txt", "legacy.txt", "huge.txt"):
        hits = [line for line in lines if name in line]
        assert len(hits) == 1, (name, result.output)
    assert "decoded as cp1252" in next(line for line in lines if "legacy.txt" in line)
    if not os.access(locked, os.R_OK):  # root can read anything
        assert sum("locked.txt" in line for line in lines) == 1
    assert "Traceback" not in result.output
    graph = json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))
    assert {d["id"] for d in graph["documents"]} >= {"good", "legacy"}
    assert not list((tmp_path / "bib").glob("*.tmp"))
    strict = run_cli("build", "docs", "--out", "bib", "--strict", cwd=tmp_path)
    assert strict.exit_code == 1


def test_library_parses_cleanly_with_pybtex_and_bibtexparser(seed_build):
    import warnings

    import bibtexparser
    from pybtex.database import parse_file

    path = seed_build / "bib" / "library.bib"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = parse_file(str(path), "bibtex")
    library = bibtexparser.parse_file(str(path))
    assert not library.failed_blocks
    assert len(library.entries) == len(data.entries) >= 15
    keys = [e.key for e in library.entries]
    assert keys == sorted(keys)


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_dialects(tmp_path, dialect):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    result = run_cli("build", "seeds", "--out", "bib", "--dialect", dialect, cwd=tmp_path)
    assert result.exit_code == 0
    text = (tmp_path / "bib" / "library.bib").read_text(encoding="utf-8")
    if dialect == "biblatex":
        assert "  date " in text and "  year " not in text
    else:
        assert "  year " in text and "  date " not in text
