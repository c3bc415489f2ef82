"""Early cutoff: a rebuild whose changed documents cite what they cited before patches
citations.json instead of merging again, and writes exactly what a full build writes."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from citekit.merge import reuse
from tests.conftest import run_cli
from tests.engine.conftest import same_outputs, write_corpus

PATCHED = "merge kept, citations.json patched"
FP_ARTICLE = "000_bcb501490ba0b9a9.txt"  # the seed article that another seed's attribution is linked to


@pytest.fixture
def large(monkeypatch):
    """Corpora count as large (reuse judged on sketches), as the cutoff requires."""
    monkeypatch.setattr(reuse, "EXACT_UP_TO", 0)


def _build(cwd: Path, *extra: str) -> str:
    result = run_cli("build", "docs", "--out", "bib", "--offline", "--jobs", "1", "-v", *extra, cwd=cwd)
    assert result.exit_code == 0, result.output
    return result.output


def _built_twice(tmp_path: Path) -> tuple[Path, Path]:
    """The same corpus built with its cache (``cached``), and a copy to build without one."""
    cached = tmp_path / "cached"
    write_corpus(cached / "docs")
    _build(cached)
    uncached = tmp_path / "uncached"
    shutil.copytree(cached / "docs", uncached / "docs")
    return cached, uncached


def _insert(path: Path, after: str, text: str) -> None:
    old = path.read_text(encoding="utf-8")
    assert after in old
    path.write_text(old.replace(after, after + text, 1), encoding="utf-8")


HTML = "business_arvelo_warning.html"

EDITS = {  # what is inserted where, and whether the rebuild patches
    "sentences citing nothing": ([("wire_floods.txt", ". ", "This sentence was added later. "),
                                  (FP_ARTICLE, "old tricks in Afghanistan. ", "It is not new. "),
                                  ("06_headwater_notes_interim_report.md", ". ", "Nor here. "),
                                  (HTML, "<p>", "A sentence added at the start of a paragraph. ")], True),
    "a citation": ([("wire_floods.txt", ". ", "According to a 2021 WHO report, rains fell. ")], False),
    # the seed article another seed is linked to by the facts they share: a rare word more in it
    # could change that link
    "a rare word in an article linked by its facts": (
        [(FP_ARTICLE, "old tricks in Afghanistan. ", "Kandahar-Zabulistan is quiet. ")], False),
}


@pytest.mark.parametrize("edits, patched", EDITS.values(), ids=list(EDITS))
def test_a_rebuild_after_an_edit_writes_what_a_full_build_writes(tmp_path, large, edits, patched):
    cached, uncached = _built_twice(tmp_path)
    for work in (cached, uncached):
        for name, after, text in edits:
            _insert(work / "docs" / name, after, text)
    assert (PATCHED in _build(cached)) == patched
    _build(uncached, "--no-cache")
    assert same_outputs(cached / "bib", uncached / "bib") == []
    assert "0 files changed" in _build(cached)  # the rebuild was recorded as complete
    graph = (cached / "bib" / "citations.json").read_text(encoding="utf-8")
    assert all(text.strip() in graph for name, _, text in edits if name.endswith(".html"))  # HTML: its new text


def _prose(seed: int, words: int = 1500) -> str:
    """Lower-case prose naming nothing: no figures, names or places, so no facts."""
    vocabulary = ("river water field harvest village market road bridge season rain dry wet small large old "
                  "new farm well pump crop seed soil tree forest hill valley path house roof wall door gate "
                  "boat net fish shore sand stone clay brick fire smoke wind cloud storm flood drought grain "
                  "rice bean goat cow sheep herd fence barn mill").split()
    rng = random.Random(seed)
    return " ".join(rng.choice(vocabulary) for _ in range(words)) + "."


def test_an_edit_that_makes_one_text_rewrite_another_is_merged_again(tmp_path, large):
    """Text reuse reads the texts: an edit that cites nothing new can still make a rewrite."""
    cached, uncached = _built_twice(tmp_path)
    for work in (cached, uncached):
        (work / "docs" / "plain_notes.txt").write_text(f"Plain notes\n\n{_prose(1)}\n", encoding="utf-8")
    _build(cached)
    edited = cached / "docs" / "wire_floods.txt"
    with edited.open("a", encoding="utf-8") as handle:
        handle.write(f"\n{_prose(2)}\n")
    assert PATCHED in _build(cached)  # prose that repeats no other text: patched
    shutil.copy(edited, uncached / "docs" / "wire_floods.txt")
    for work in (cached, uncached):
        with (work / "docs" / "wire_floods.txt").open("a", encoding="utf-8") as handle:
            handle.write(f"\n{_prose(1)}\n")
    assert PATCHED not in _build(cached)  # the notes' prose: now one text rewrites the other
    _build(uncached, "--no-cache")
    assert same_outputs(cached / "bib", uncached / "bib") == []
    graph = json.loads((cached / "bib" / "citations.json").read_text(encoding="utf-8"))
    assert any(d["derived_from"] for d in graph["documents"] if d["id"] in ("plain_notes", "wire_floods"))


def test_a_small_corpus_is_merged_again(tmp_path):
    cached, _ = _built_twice(tmp_path)
    _insert(cached / "docs" / "wire_floods.txt", ". ", "This sentence was added later. ")
    assert PATCHED not in _build(cached)  # reuse judged on whole texts, which the cache does not keep
