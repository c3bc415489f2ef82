"""Small corpora for the engine tests: the seeds and golden documents, and copies of them."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from tests.conftest import ROOT, SEEDS

GOLDEN_DOCS = ROOT / "tests" / "golden" / "docs"
OUTPUTS = ("library.bib", "citations.json", "citekit-state.json", "citekit.dbx")


def real_documents() -> list[Path]:
    return sorted(SEEDS.iterdir()) + sorted(GOLDEN_DOCS.iterdir())


def write_corpus(folder: Path, copies: int = 1) -> list[Path]:
    """The seeds and golden documents, ``copies`` times over (copy n gets its own file name
    and a line naming it, so every file has its own bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(copies):
        for doc in real_documents():
            target = folder / (f"{doc.stem}_{n}{doc.suffix}" if copies > 1 else doc.name)
            text = doc.read_text(encoding="utf-8")
            if copies > 1:
                text = text.replace("\n", f"\nFiled as copy {n}.\n", 1) if doc.suffix != ".html" else text
            target.write_text(text, encoding="utf-8")
            written.append(target)
    return written


def same_outputs(a: Path, b: Path) -> list[str]:
    """Names of the outputs whose bytes differ between two output folders."""
    return [name for name in OUTPUTS if not filecmp.cmp(a / name, b / name, shallow=False)]


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
