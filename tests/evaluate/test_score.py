"""Per-document scores of the synthetic corpus: perfect build and single mistakes."""

from __future__ import annotations

import json

from eval_corpus import find, perfect_build, write_build

from citekit.evaluate import evaluate
from citekit.evaluate.score import max_matching


def doc(report, name):
    return next(d for d in report.documents if d.document == name)


def test_perfect_build_scores_everything_right(run):
    report = run()
    t = report.totals
    assert (t.metadata_total.right, t.metadata_total.total) == (11, 11)
    assert t.metadata["absent-ok"].total == 3
    assert (t.references.found, t.references.expected, t.references.predicted) == (2, 2, 2)
    assert {k: (v.right, v.total) for k, v in t.reference_fields.items()} == {
        "type": (2, 2), "authors": (2, 2), "date": (2, 2), "title": (2, 2),
        "container": (1, 1), "url": (1, 1), "publisher": (1, 1)}
    assert (t.inline.correct, t.inline.predicted, t.inline.found, t.inline.expected) == (2, 2, 2, 2)
    a = t.attributions
    assert (a.correct, a.predicted, a.found, a.expected) == (6, 6, 5, 5)
    assert (report.linking.checked, report.linking.correct) == (2, 2)
    assert report.linking.violations == []
    assert all(d.failures == [] and d.problems == [] for d in report.documents)
    assert report.unscored_documents == []


def test_metadata_date_precision(run):
    def year_only(b):
        find(b, key="smith2021widgets")["date"] = "2021"

    report = run(year_only)
    alpha = doc(report, "alpha.txt")
    assert (alpha.metadata["date"].right, alpha.metadata["date"].total) == (0, 1)
    [failure] = alpha.failures
    assert (failure.item, failure.expected, failure.predicted) == ("date", "2021-05", "2021")


def test_metadata_spurious_value_where_gold_is_null(run):
    def spurious_date(b):
        find(b, key="beta2023notes")["date"] = "2023"

    beta = doc(run(spurious_date), "beta.txt")
    assert (beta.metadata["absent-ok"].right, beta.metadata["absent-ok"].total) == (1, 2)
    assert (beta.metadata_total.right, beta.metadata_total.total) == (3, 4)
    assert [f.item for f in beta.failures] == ["date (absent-ok)"]


def test_metadata_authors_are_a_set_of_family_names(run):
    def reorder(b):
        find(b, key="smith2021widgets")["authors"] = ["Doe, Albert", "Smith, Jane"]

    assert doc(run(reorder), "alpha.txt").metadata["authors"].right == 1

    def drop_one(b):
        find(b, key="smith2021widgets")["authors"] = ["Smith, J."]

    assert doc(run(drop_one), "alpha.txt").metadata["authors"].right == 0


def test_reference_authors_alt_is_accepted(run):
    def empty_authors(b):
        find(b, key="gadget2019annual")["authors"] = []

    def wrong_reading(b):
        find(b, key="gadget2019annual")["authors"] = ["Council, Gadget"]

    assert run(empty_authors).totals.reference_fields["authors"].right == 2
    report = run(wrong_reading)
    assert report.totals.reference_fields["authors"].right == 1
    [failure] = doc(report, "alpha.txt").failures
    assert failure.item == "R2.authors"


def test_reference_field_rules(run):
    def sloppy(b):
        w = find(b, key="smith2020widgets")
        w["date"] = "2021"                      # wrong year
        w["container"] = "The Widget Quarterly"  # token-set ratio 100: right
        w["url"] = "https://example.org/wé/1/"  # trailing slash: wrong
        w["title"] = "“Widgets and their uses.”"  # punctuation only: right

    fields = run(sloppy).totals.reference_fields
    assert (fields["date"].right, fields["container"].right, fields["url"].right,
            fields["title"].right) == (1, 1, 0, 2)


def test_missed_and_extra_references(run):
    def drop_r1_add_extra(b):
        b["mentions"].remove(find(b, kind="reference", work="smith2020widgets"))
        b["mentions"].append({"document": "alpha", "start": 0, "end": 18, "kind": "reference",
                              "text": "Widgets Everywhere", "work": None})

    report = run(drop_r1_add_extra)
    refs = report.totals.references
    assert (refs.found, refs.expected, refs.predicted) == (1, 2, 2)
    # The marker of R1 cannot be right when R1 was not found.
    assert (report.totals.inline.correct, report.totals.inline.found) == (1, 1)
    messages = [f.message for f in doc(report, "alpha.txt").failures]
    assert "no predicted reference overlaps it" in messages
    assert any(m.startswith("predicted reference matches no gold") for m in messages)


def test_inline_citation_with_wrong_link(run):
    def wrong_link(b):
        find(b, kind="inline-citation", text="(Smith, 2020)")["work"] = "gadget2019annual"

    inline = run(wrong_link).totals.inline
    assert (inline.correct, inline.predicted, inline.found, inline.expected) == (1, 2, 1, 2)
    assert (inline.precision, inline.recall) == (0.5, 0.5)


def test_inline_duplicate_prediction_is_false(run):
    def duplicate(b):
        b["mentions"].append(dict(find(b, kind="inline-citation", text="(Smith, 2020)")))

    inline = run(duplicate).totals.inline
    assert (inline.correct, inline.predicted, inline.found) == (2, 3, 2)


def test_spurious_attribution_lowers_precision_only(run):
    def spurious(b):
        m = find(b, kind="attribution", work="blogger2023")
        b["mentions"].append({**m, "start": m["start"] + 23, "end": m["start"] + 35,
                              "text": "nobody cares"})

    report = run(spurious)
    a = report.totals.attributions
    assert (a.correct, a.predicted, a.found, a.expected) == (6, 7, 5, 5)
    assert doc(report, "alpha.txt").failures[0].message == "spurious: overlaps no gold quote"


def test_attribution_linked_to_wrong_work(run):
    def wrong(b):
        find(b, kind="attribution", work="fourth2021widget")["work"] = "blogger2023"

    report = run(wrong)
    alpha = doc(report, "alpha.txt").attributions
    assert (alpha.correct, alpha.predicted, alpha.found, alpha.expected) == (2, 3, 1, 2)
    messages = sorted(f.message for f in doc(report, "alpha.txt").failures)
    assert messages == ["overlapping predictions link to other works", "wrong work or duplicate"]


def test_optional_attribution_neither_needed_nor_false(run):
    def drop_optional(b):
        b["mentions"].remove(find(b, kind="attribution", work="blogger2023"))

    a = doc(run(drop_optional), "alpha.txt").attributions
    assert (a.correct, a.predicted, a.found, a.expected) == (2, 2, 2, 2)


def test_document_missing_from_build_counts_everything_missed(run):
    def drop_beta(b):
        b["documents"] = [d for d in b["documents"] if d["id"] != "beta"]
        b["mentions"] = [m for m in b["mentions"] if m["document"] != "beta"]

    report = run(drop_beta)
    beta = doc(report, "beta.txt")
    assert beta.build_id is None
    assert (beta.metadata_total.right, beta.metadata_total.total) == (0, 4)
    assert (beta.attributions.found, beta.attributions.expected) == (0, 3)
    assert beta.problems == ["beta.txt: not in the build"]


def test_unscored_build_documents_are_listed(run):
    def extra_doc(b):
        b["documents"].append({"id": "gamma", "path": "docs/gamma.txt", "sha256": "z"})

    assert run(extra_doc).unscored_documents == ["gamma.txt"]


def test_max_matching_reassigns_to_satisfy_both():
    assert max_matching([[0, 1], [0]], [0, 1]) == {0: 1, 1: 0}
    assert max_matching([[0], [0]], [0, 1]) == {0: 0}


def test_quote_with_two_sources_needs_two_mentions(corpus):
    gold_path = corpus / "gold" / "alpha.gold.json"
    gold = json.loads(gold_path.read_text())
    gold["attributions"].append({"quote": "According to the Global Widget Survey",
                                 "source": "S-fourth", "required": True})
    gold_path.write_text(json.dumps(gold))
    one = evaluate(corpus / "bib", corpus / "gold").documents[0].attributions
    assert (one.correct, one.found, one.expected) == (3, 2, 3)
    build = perfect_build()
    build["mentions"].append({**find(build, work="institute2020global"),
                              "work": "fourth2021widget"})
    write_build(corpus, build)
    two = evaluate(corpus / "bib", corpus / "gold").documents[0].attributions
    assert (two.correct, two.predicted, two.found, two.expected) == (4, 4, 3, 3)


def test_a_work_with_another_document_number_is_not_the_source_whatever_its_name(corpus):
    sources_path = corpus / "gold" / "sources.json"
    sources = json.loads(sources_path.read_text())
    next(s for s in sources if s["id"] == "S-survey")["identifiers"] = {"doc_symbol": "GWS/2020/1"}
    sources_path.write_text(json.dumps(sources))
    build = perfect_build()
    find(build, key="institute2020global")["identifiers"] = {"report_number": "GWS/2020/1"}
    write_build(corpus, build)
    same = evaluate(corpus / "bib", corpus / "gold").documents[0].attributions
    find(build, key="institute2020global")["identifiers"] = {"report_number": "GWS/2019/7"}
    write_build(corpus, build)
    other = evaluate(corpus / "bib", corpus / "gold").documents[0].attributions
    assert (same.found, other.found) == (2, 1)
