"""Cross-document linking: shared sources, corpus documents, merges of distinct sources."""

from __future__ import annotations

import json

from eval_corpus import find

from citekit.evaluate.gold import GoldReference
from citekit.evaluate.link import _repeats


def check(report, source):
    return next(c for c in report.linking.checks if c.source == source)


def test_checked_sources_are_the_multi_document_ones(run):
    report = run()
    assert [c.source for c in report.linking.checks] == ["S-alpha", "S-survey"]
    assert check(report, "S-alpha").works == ["smith2021widgets"]
    assert check(report, "S-survey").documents == ["alpha.txt", "beta.txt"]


def test_merge_of_two_distinct_sources_is_flagged(run):
    def merge(b):
        b["works"].append({**find(b, key="fourth2021widget"), "key": "report2021widget",
                           "title": "Widget Report", "cited_by": ["smith2021widgets",
                                                                  "beta2023notes"]})
        find(b, kind="attribution", work="fourth2021widget")["work"] = "report2021widget"
        find(b, kind="attribution", work="third2020widget")["work"] = "report2021widget"

    report = run(merge)
    # Both attributions still name a matching work ...
    assert report.totals.attributions.found == 5
    # ... but one work now stands for two gold sources.
    [violation] = report.linking.violations
    assert (violation.category, violation.item) == ("merge", "report2021widget")
    assert violation.predicted == ["S-fourth", "S-third"]
    assert report.linking.merges == 1


def test_reference_and_source_sharing_a_work_is_a_merge(run):
    def merge(b):
        find(b, kind="attribution", work="institute2020global")["work"] = "smith2020widgets"
        find(b, key="smith2020widgets")["title"] = "Global Widget Survey"

    report = run(merge)
    merges = [v for v in report.linking.violations if v.category == "merge"]
    assert [v.predicted for v in merges] == [["S-survey", "alpha.txt R1"]]


def test_split_source_fails_its_check(run):
    def split(b):
        b["works"].append({**find(b, key="institute2020global"), "key": "survey2",
                           "cited_by": ["beta2023notes"]})
        find(b, kind="attribution", document="beta", work="institute2020global")["work"] = \
            "survey2"

    report = run(split)
    survey = check(report, "S-survey")
    assert not survey.ok
    assert survey.problems == ["split over 2 works"]
    assert (report.linking.checked, report.linking.correct) == (2, 1)


def test_cited_by_must_list_exactly_the_citing_documents(run):
    def missing(b):
        find(b, key="institute2020global")["cited_by"] = ["smith2021widgets"]

    def extra(b):
        find(b, key="third2020widget")["cited_by"] = ["beta2023notes", "smith2021widgets"]
        find(b, key="institute2020global")["cited_by"].append("someone2020else")

    survey = check(run(missing), "S-survey")
    assert survey.problems == [
        "cited_by ['smith2021widgets'] should be ['beta2023notes', 'smith2021widgets']"]
    assert not check(run(extra), "S-survey").ok


def test_optional_only_citing_document_may_be_in_cited_by(run):
    def also_beta(b):
        find(b, key="blogger2023")["cited_by"] = ["smith2021widgets"]

    assert run(also_beta).linking.correct == 2


def test_citation_of_a_corpus_document_must_link_to_its_work(run):
    def separate_work(b):
        b["works"].append({**find(b, key="smith2021widgets"), "key": "alphapaper",
                           "document": None, "cited_by": ["beta2023notes"]})
        find(b, kind="attribution", document="beta", work="smith2021widgets")["work"] = \
            "alphapaper"

    report = run(separate_work)
    # The title matches, so the attribution itself counts ...
    assert report.totals.attributions.found == 5
    alpha = check(report, "S-alpha")
    assert alpha.problems == ["should link to the corpus document's work smith2021widgets"]
    assert (report.linking.checked, report.linking.correct) == (2, 1)


def test_source_without_matched_mentions_fails(run):
    def drop(b):
        b["mentions"] = [m for m in b["mentions"] if m.get("work") != "institute2020global"]

    assert check(run(drop), "S-survey").problems == ["no matched mention"]


def test_a_source_listing_a_reference_is_that_reference(run, corpus):
    def merge(b):
        find(b, kind="attribution", work="institute2020global")["work"] = "smith2020widgets"
        find(b, key="smith2020widgets")["title"] = "Global Widget Survey"

    sources = json.loads((corpus / "gold" / "sources.json").read_text())
    next(s for s in sources if s["id"] == "S-survey")["references"] = ["alpha.txt#R1"]
    (corpus / "gold" / "sources.json").write_text(json.dumps(sources))
    assert not [v for v in run(merge).linking.violations if v.category == "merge"]


def test_an_ibid_entry_is_the_entry_before_it():
    before = GoldReference(id="R7", authors=["Regulator"], date="2029-06-12", title="Incident Assessment")
    assert _repeats(GoldReference(id="R8", pages="14"), before)
    assert _repeats(GoldReference(id="R8", authors=["Regulator"], date="2029-06-12"), before)
    assert not _repeats(GoldReference(id="R8", authors=["Regulator"], date="2029-06-20"), before)
    assert not _repeats(GoldReference(id="R8", title="Annual Report"), before)
