"""The acceptance bar of issue #2, checked on a fresh offline build, per document.

For the seeds (against ../shared/gold when present) and for our own golden documents in
other styles (tests/golden/): every document title and every metadata field the gold gives;
every reference found, with authors, date, title and url right for all and each other field
right for at least 90% of the references that have it; every inline citation linked to the
right reference and none spurious.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from citekit.evaluate import evaluate
from tests.conftest import ROOT, SHARED_GOLD, run_cli

GOLDEN = ROOT / "tests" / "golden"
# The golden documents written for this bar.  The six prose texts added later for issue #4
# (audit_rural_water, wire_geneva_refugees, …) are a blind measure of the attribution extractor;
# their scores are reported in tests/golden/README.md, and they do not all meet this bar yet.
GATED = {"chicago_author_date.md", "ieee_numbered.txt", "markdown_sources.md", "ministry_vaccines.txt",
         "mla_works_cited.txt", "ngo_sahel_update.md", "thinktank_housing.md", "wire_floods.txt"}
STRICT_FIELDS = ("authors", "date", "title", "url")


def _bar(report, only: set[str] | None = None) -> list[str]:
    misses = []
    for doc in report.documents:
        if only is not None and Path(doc.document).name not in only:
            continue
        for field, tally in doc.metadata.items():
            if tally.right != tally.total:
                misses.append(f"{doc.document}: metadata {field} {tally.right}/{tally.total}")
        if doc.references.found != doc.references.expected:
            misses.append(f"{doc.document}: references {doc.references.found}/{doc.references.expected}")
        for field, tally in doc.reference_fields.items():
            if field.startswith("identifiers.un_symbol"):
                continue  # not printed in the references: resolving it is a later issue's bonus
            need = tally.total if field in STRICT_FIELDS else 0.9 * tally.total
            if tally.right < need:
                misses.append(f"{doc.document}: reference {field} {tally.right}/{tally.total}")
        inline = doc.inline
        if inline.correct != inline.predicted or inline.found != inline.expected:
            misses.append(f"{doc.document}: inline {inline.correct} right of {inline.predicted} "
                          f"predicted, {inline.found}/{inline.expected} found")
    return misses


def test_seed_build_meets_the_bar(seed_build):
    if not SHARED_GOLD.is_dir():
        pytest.skip("../shared/gold is not here")
    report = evaluate(seed_build / "bib", SHARED_GOLD, seed_build)
    assert len(report.documents) == 5
    assert _bar(report) == []
    # the one rewrite among the seeds is found, and no other pair is flagged
    assert (report.reuse.correct, report.reuse.predicted, report.reuse.expected) == (1, 1, 1)


def test_golden_documents_in_other_styles_meet_the_same_bar(tmp_path):
    shutil.copytree(GOLDEN / "docs", tmp_path / "docs")
    result = run_cli("build", "docs", "--out", "bib", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    report = evaluate(tmp_path / "bib", GOLDEN / "gold", tmp_path)
    assert GATED <= {Path(doc.document).name for doc in report.documents}
    assert _bar(report, GATED) == []
    assert report.reuse.predicted == 0
