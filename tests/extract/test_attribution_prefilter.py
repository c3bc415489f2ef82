"""The sentence pre-filter of attribution detection only saves time: on every golden document
the hits are exactly those of running every detector on every sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import citekit.extract.attributions as attributions
from citekit.extract import document
from citekit.ingest.files import load_document

GOLDEN = sorted((Path(__file__).parent.parent / "golden" / "docs").glob("*.*"))


def test_cue_words_are_single_words():
    assert all(re.fullmatch(r"\w+", w) for w in attributions._CUE_WORDS)


def test_most_plain_sentences_are_skipped():
    assert not attributions._may_attribute("Prices rose by a third over the winter months.")
    for cue in ("Prices rose, the agency said.", "According to the ministry, prices rose.",
                "In its report, the bank warned of inflation.", "Source: Statistics Office",
                "The bank’s “Outlook” is out.", "Prices rose, as noted by the bank."):
        assert attributions._may_attribute(cue), cue


@pytest.mark.parametrize("path", GOLDEN, ids=[p.name for p in GOLDEN])
def test_prefilter_changes_no_attribution(path: Path, monkeypatch):
    doc, _ = load_document(path)
    detect = attributions._detect
    results = []
    for prefilter in (True, False):
        monkeypatch.setattr(attributions, "_detect",
                            lambda view, meta, regions, p=prefilter: detect(view, meta, regions, prefilter=p))
        found = document.extract_document(doc)
        results.append([m.model_dump_json() for m in found.mentions if m.kind == "attribution"]
                       + [p.message for p in found.problems])
    assert results[0] == results[1]
