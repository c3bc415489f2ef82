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


def _entry(text: str, key: str) -> str:
    start = text.index("{" + key + ",")
    return text[text.rindex("@", 0, start):text.index("\n}\n", start) + 3]


def test_a_renamed_key_and_a_deleted_entry_stay_so(seed_build, tmp_path):
    work = tmp_path / "w"
    shutil.copytree(seed_build, work)
    bib = work / "bib" / "library.bib"
    graph = json.loads((work / "bib" / "citations.json").read_text(encoding="utf-8"))
    keys = [w["key"] for w in graph["works"] if w["cited_by"] and w["title"] and not w["document"]]
    renamed, deleted = keys[0], keys[1]
    text = bib.read_text(encoding="utf-8")
    text = text.replace("{" + renamed + ",\n", "{MyOwnKey2023,\n  note = {renamed by hand},\n")
    text = text.replace(_entry(text, deleted), "")
    bib.write_text(text, encoding="utf-8")

    assert run_cli("build", "seeds", "--out", "bib", "--offline", cwd=work).exit_code == 0
    rebuilt = bib.read_text(encoding="utf-8")
    assert "{" + renamed + "," not in rebuilt and "renamed by hand" in _entry(rebuilt, "MyOwnKey2023")
    assert deleted not in rebuilt  # the entry, and the other entries' cites of it
    cited = next(w["cited_by"][0] for w in graph["works"] if w["key"] == renamed)
    assert "MyOwnKey2023" in _entry(rebuilt, cited)  # the citing document cites the new key
    graph = json.loads((work / "bib" / "citations.json").read_text(encoding="utf-8"))
    assert {"MyOwnKey2023", deleted} <= {w["key"] for w in graph["works"]}
    again = run_cli("build", "seeds", "--out", "bib", "--offline", cwd=work)
    assert "(0 files changed)" in again.output


def test_edits_of_a_source_come_back_with_its_document(seed_build, tmp_path):
    work = tmp_path / "w"
    shutil.copytree(seed_build, work)
    bib = work / "bib" / "library.bib"
    graph = json.loads((work / "bib" / "citations.json").read_text(encoding="utf-8"))
    documents = {w["key"]: w["document"] for w in graph["works"] if w["document"]}
    key, citing = next((w["key"], w["cited_by"][0]) for w in graph["works"]
                       if len(w["cited_by"]) == 1 and w["title"] and not w["document"])
    bib.write_text(bib.read_text(encoding="utf-8").replace("{" + key + ",\n", "{" + key + ",\n  note = {by hand},\n"),
                   encoding="utf-8")
    path = next(p for p in (work / "seeds").iterdir() if p.stem == documents[citing])
    path.rename(tmp_path / path.name)
    assert run_cli("build", "seeds", "--out", "bib", "--offline", cwd=work).exit_code == 0
    assert "{" + key + "," not in bib.read_text(encoding="utf-8")
    (tmp_path / path.name).rename(path)
    assert run_cli("build", "seeds", "--out", "bib", "--offline", cwd=work).exit_code == 0
    assert "by hand" in _entry(bib.read_text(encoding="utf-8"), key)


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


def test_a_copy_of_a_document_is_skipped_with_one_line(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    seed = next((ROOT / "seeds").glob("001_*.txt"))
    shutil.copy(seed, docs / "a.txt")
    shutil.copy(seed, docs / "b.txt")
    result = run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path)
    assert result.exit_code == 0 and result.stdout.startswith("1 documents")
    assert "docs/b.txt: skipped: the same file as docs/a.txt" in result.stderr
    graph = json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))
    assert len(graph["documents"]) == 1


def test_size_limits_and_an_out_that_is_a_file_get_clear_messages(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Harbour Study\n\n" + "The port grew. " * 1000 + "\n", encoding="utf-8")
    result = run_cli("build", "docs", "--out", "bib", "--offline", "--max-bytes", "9000", cwd=tmp_path)
    assert "a.txt: 15.0 kB is larger than the 9.0 kB limit (--max-bytes)" in result.stderr
    assert run_cli("build", "docs", "--out", "bib", "--offline", "--max-bytes", "-1", cwd=tmp_path).exit_code == 2
    (tmp_path / "afile").write_text("", encoding="utf-8")
    result = run_cli("build", "docs", "--out", "afile", "--offline", cwd=tmp_path)
    assert result.exit_code == 2 and result.stderr.strip() == "citekit: afile: exists and is not a folder " \
        "(--out names the folder of the outputs)"
    assert "(4 files changed)" in run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path).stdout
    bib = tmp_path / "bib" / "library.bib"
    bib.write_text(bib.read_text(encoding="utf-8").replace(",\n", ",\n  note = {mine},\n", 1), encoding="utf-8")
    assert "(1 file changed)" in run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path).stdout


def test_a_sentence_of_a_million_characters_is_read_without_the_parse(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "long.txt").write_text("Long\n\nThe ministry said " + "word " * 220_000 + ".\n", encoding="utf-8")
    result = run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path)
    assert result.exit_code == 0 and result.stderr == "", result.stderr
