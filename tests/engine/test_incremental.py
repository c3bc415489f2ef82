"""Incremental builds: the cache changes how much work a rebuild does, never what it writes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from citekit.engine.extract import DocumentEngine, EngineOptions
from citekit.merge import reuse
from tests.conftest import SEEDS, run_cli
from tests.engine.conftest import GOLDEN_DOCS, OUTPUTS, same_outputs, write_corpus

CACHE = ".citekit-cache.sqlite"


def _build(cwd: Path, *extra: str):
    result = run_cli("build", "docs", "--out", "bib", "--offline", "--jobs", "1", *extra, cwd=cwd)
    assert result.exit_code == 0, result.output
    return result


def _todo(cwd: Path) -> list[str]:
    """The documents a build in ``cwd`` would extract (not found in its cache)."""
    old = Path.cwd()
    os.chdir(cwd)
    try:
        engine = DocumentEngine([Path("docs")], options=EngineOptions(cache=Path("bib") / CACHE))
        try:
            return [f.shown for f in engine.scan().todo]
        finally:
            engine.close()
    finally:
        os.chdir(old)


def _change_the_corpus(docs: Path) -> None:
    """One document edited, one removed, one added."""
    edited = docs / "wire_floods.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAccording to a 2021 WHO report, rains fell.\n",
                      encoding="utf-8")
    (docs / "mla_works_cited.txt").unlink()
    paper = (GOLDEN_DOCS / "ieee_numbered.txt").read_text(encoding="utf-8")
    (docs / "ieee_numbered_again.txt").write_text(
        paper.replace("Robust Reference-String Parsing", "Fast Reference-String Parsing", 1), encoding="utf-8")


def test_an_incremental_rebuild_writes_what_a_build_without_cache_writes(tmp_path):
    cached = tmp_path / "cached"
    write_corpus(cached / "docs")
    _build(cached)
    assert (cached / "bib" / CACHE).exists()
    assert _todo(cached) == []
    uncached = shutil.copytree(cached, tmp_path / "uncached")
    (uncached / "bib" / CACHE).unlink()
    for work in (cached, uncached):
        _change_the_corpus(work / "docs")
    assert sorted(_todo(cached)) == ["docs/ieee_numbered_again.txt", "docs/wire_floods.txt"]
    _build(cached)
    _build(uncached, "--no-cache")
    assert not (uncached / "bib" / CACHE).exists()
    assert same_outputs(cached / "bib", uncached / "bib") == []


def test_removing_a_document_removes_what_only_it_cited_and_keeps_every_other_key(tmp_path):
    write_corpus(tmp_path / "docs")
    _build(tmp_path)
    before = json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))
    gone = "mla_works_cited"
    (tmp_path / "docs" / f"{gone}.txt").unlink()
    _build(tmp_path)
    after = json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))
    only_gone = {w["key"] for w in before["works"] if w["document"] == gone or (
        w["cited_by"] and set(w["cited_by"]) <= {d["key"] for d in before["documents"] if d["id"] == gone})}
    assert only_gone, "the removed document cited works of its own"
    after_keys = {w["key"] for w in after["works"]}
    assert only_gone.isdisjoint(after_keys)
    assert {w["key"] for w in before["works"]} - only_gone == after_keys  # nothing renamed, nothing new


def test_an_untouched_rebuild_stops_early_and_says_the_same(tmp_path):
    write_corpus(tmp_path / "docs")
    first = _build(tmp_path, "-v")
    stamps = {name: (tmp_path / "bib" / name).stat().st_mtime_ns for name in OUTPUTS}
    again = _build(tmp_path, "-v")
    assert again.output.replace("(0 files changed)", "") == first.output.replace("(4 files changed)", "")
    assert {name: (tmp_path / "bib" / name).stat().st_mtime_ns for name in OUTPUTS} == stamps


def test_a_touched_file_with_the_same_bytes_is_not_extracted_again(tmp_path):
    write_corpus(tmp_path / "docs")
    _build(tmp_path)
    doc = tmp_path / "docs" / "wire_floods.txt"
    os.utime(doc, ns=(doc.stat().st_atime_ns, doc.stat().st_mtime_ns + 10**9))
    assert _todo(tmp_path) == []


def test_manual_edits_are_kept_when_nothing_else_changed(tmp_path):
    write_corpus(tmp_path / "docs")
    _build(tmp_path)
    bib = tmp_path / "bib" / "library.bib"
    text = bib.read_text(encoding="utf-8")
    key_line = next(line for line in text.splitlines() if line.startswith("@"))
    bib.write_text(text.replace(key_line, key_line + "\n  note     = {checked by hand},", 1), encoding="utf-8")
    _build(tmp_path)
    assert "checked by hand" in bib.read_text(encoding="utf-8")


def test_a_damaged_cache_is_replaced_and_a_foreign_file_is_refused(tmp_path):
    write_corpus(tmp_path / "docs")
    (tmp_path / "bib").mkdir()
    (tmp_path / "bib" / CACHE).write_bytes(b"SQLite format 3\0" + b"\xff" * 200)
    _build(tmp_path)
    foreign = tmp_path / "notes.txt"
    foreign.write_text("my notes", encoding="utf-8")
    result = run_cli("build", "docs", "--out", "bib", "--offline", "--build-cache", str(foreign), cwd=tmp_path)
    assert result.exit_code == 2
    assert "not a citekit build cache" in result.output
    assert foreign.read_text(encoding="utf-8") == "my notes"


def test_a_build_too_large_to_keep_texts_writes_what_a_small_build_writes(tmp_path, monkeypatch):
    """Beyond ``reuse.EXACT_UP_TO`` documents a build keeps no plain texts: the link to the
    outlet's article and the rewrite among the seeds come from facts and sketches instead."""
    for where in ("small", "large"):
        shutil.copytree(SEEDS, tmp_path / where / "docs")
    _build(tmp_path / "small")
    monkeypatch.setattr(reuse, "EXACT_UP_TO", 0)
    _build(tmp_path / "large")
    assert same_outputs(tmp_path / "small" / "bib", tmp_path / "large" / "bib") == []
    graph = json.loads((tmp_path / "large" / "bib" / "citations.json").read_text(encoding="utf-8"))
    assert any(d["derived_from"] for d in graph["documents"]), "the rewrite is found"
