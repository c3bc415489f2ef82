"""The scale benchmark's helpers (no timing is asserted: the bench only prints figures)."""

from __future__ import annotations

import os
import sys

from bench import scale


def test_tree_rss_counts_this_process():
    assert scale._tree_rss(os.getpid()) > 1_000_000


def test_run_measured_reports_exit_memory_and_last_line(tmp_path):
    code = "import sys; b = bytearray(60_000_000); print('first'); print('done'); sys.exit(3)"
    result = scale.run_measured([sys.executable, "-c", code], dict(os.environ), tmp_path / "log")
    assert result["exit"] == 3
    assert result["summary"] == "done"
    assert result["peak_mb"] >= 60


def test_touch_one_changes_the_first_document_once(tmp_path):
    (tmp_path / "doc000000.md").write_text("# T\n\nOne. Two. Three.\n", encoding="utf-8")
    (tmp_path / "doc000001.md").write_text("# U\n\nFour. Five.\n", encoding="utf-8")
    path, original = scale.touch_one(tmp_path)
    assert path.name == "doc000000.md"
    assert path.read_text() == "# T\n\nOne. This sentence was added to measure a rebuild. Two. Three.\n"
    assert original == b"# T\n\nOne. Two. Three.\n"
    assert (tmp_path / "doc000001.md").read_text() == "Four. Five.\n".join(["# U\n\n", ""])


def test_build_options_lists_long_options():
    assert "--out" in scale.build_options()
