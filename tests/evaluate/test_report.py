"""The report (JSON and rich table) and reading the build and its texts."""

from __future__ import annotations

import json
import shutil

from eval_corpus import ALPHA, find, perfect_build, write_build
from rich.console import Console

from citekit.evaluate import evaluate, render_table


def test_json_report_lists_failures_with_expected_and_predicted(run):
    def wrong(b):
        find(b, kind="inline-citation", text="(Smith, 2020)")["work"] = "gadget2019annual"

    data = json.loads(run(wrong).to_json())
    assert data["totals"]["inline"] == {"correct": 1, "predicted": 2, "found": 1,
                                        "expected": 2, "precision": 0.5, "recall": 0.5}
    assert data["linking"]["checked"] == 2
    failures = data["documents"][0]["failures"]
    assert [(f["category"], f["expected"], f["predicted"], f["message"]) for f in failures] == [
        ("inline", "smith2020widgets", ["gadget2019annual"],
         "no prediction links it to the reference's work"),
        ("inline", None, "gadget2019annual", "wrong work or duplicate")]


def test_table_totals_and_verbose_failures(run):
    def spurious_date(b):
        find(b, key="beta2023notes")["date"] = "2023"

    console = Console(record=True, width=160)
    render_table(run(spurious_date), console, verbose=True)
    out = console.export_text()
    assert "metadata fields" in out and "10/11" in out
    assert "references found" in out and "2/2" in out
    assert "cross-document linking" in out
    assert "date (absent-ok)" in out and "predicted 2023" in out


def test_texts_found_under_docs_root_by_base_name(corpus):
    build = perfect_build()
    for d in build["documents"]:
        d["path"] = "elsewhere/" + d["path"].split("/")[-1]
    write_build(corpus, build)
    assert all(not d.text_found for d in evaluate(corpus / "bib", corpus / "gold").documents)
    report = evaluate(corpus / "bib", corpus / "gold", docs_root=corpus / "docs")
    assert all(d.text_found for d in report.documents)
    assert report.totals.attributions.found == 5


def test_missing_text_counts_items_missed(corpus):
    shutil.rmtree(corpus / "docs")
    report = evaluate(corpus / "bib", corpus / "gold")
    alpha = report.documents[0]
    assert alpha.problems == ["alpha.txt: text not found (docs/alpha.txt)"]
    assert (alpha.references.found, alpha.inline.found, alpha.attributions.correct) == (0, 0, 0)
    assert alpha.metadata_total.right == 7  # metadata needs no text


def test_utf8_bom_does_not_shift_offsets(corpus):
    (corpus / "docs" / "alpha.txt").write_bytes(b"\xef\xbb\xbf" + ALPHA.encode("utf-8"))
    assert evaluate(corpus / "bib", corpus / "gold").totals.references.found == 2


def test_marker_with_two_references_counts_once_per_reference(corpus):
    text = "As shown (Smith, 2020; Annual gadget review, 2019).\n" + ALPHA.split("\n\n", 1)[1]
    (corpus / "docs" / "alpha.txt").write_text(text, encoding="utf-8")
    gold = json.loads((corpus / "gold" / "alpha.gold.json").read_text())
    gold["inline_citations"] = [{"text": "(Smith, 2020; Annual gadget review, 2019)",
                                 "refs": ["R1", "R2"]}]
    gold["attributions"] = []
    (corpus / "gold" / "alpha.gold.json").write_text(json.dumps(gold))
    build = perfect_build()
    marker = "(Smith, 2020; Annual gadget review, 2019)"
    start = text.index(marker)
    lines = text.splitlines()
    build["mentions"] = [
        {"document": "alpha", "start": text.index(lines[-2]), "end": text.index(lines[-2]) +
         len(lines[-2]), "kind": "reference", "text": lines[-2], "work": "smith2020widgets"},
        {"document": "alpha", "start": text.index(lines[-1]), "end": text.index(lines[-1]) +
         len(lines[-1]), "kind": "reference", "text": lines[-1], "work": "gadget2019annual"},
        {"document": "alpha", "start": start + 1, "end": start + 13, "kind": "inline-citation",
         "text": "Smith, 2020", "work": "smith2020widgets"},
    ]
    write_build(corpus, build)
    inline = evaluate(corpus / "bib", corpus / "gold").documents[0].inline
    assert (inline.correct, inline.predicted, inline.found, inline.expected) == (1, 1, 1, 2)


def test_unknown_attribution_source_is_reported(corpus):
    gold = json.loads((corpus / "gold" / "beta.gold.json").read_text())
    gold["attributions"][0]["source"] = "S-nowhere"
    (corpus / "gold" / "beta.gold.json").write_text(json.dumps(gold))
    report = evaluate(corpus / "bib", corpus / "gold")
    assert "beta.txt: unknown attribution source 'S-nowhere'" in report.documents[1].problems
    assert report.documents[1].attributions.found == 2


def test_malformed_mention_is_dropped_and_reported(corpus):
    build = perfect_build()
    build["mentions"].append({"document": "alpha", "start": None, "end": 3, "kind": "reference"})
    write_build(corpus, build)
    report = evaluate(corpus / "bib", corpus / "gold")
    assert report.problems == ["citations.json mentions[10] dropped: start: "
                               "Input should be a valid integer"]
    assert report.totals.references.found == 2


def update_beta_gold(corpus, **metadata) -> None:
    """Change fields of the beta document's gold metadata."""
    gold_path = corpus / "gold" / "beta.gold.json"
    gold = json.loads(gold_path.read_text())
    gold["metadata"].update(metadata)
    gold_path.write_text(json.dumps(gold))


def test_metadata_from_extra_fields_and_nested_identifiers(corpus):
    update_beta_gold(corpus, volume="7", identifiers={"un_symbol": "S/2023/370"})
    build = perfect_build()
    find(build, key="beta2023notes").update(fields={"volume": 7},
                                            identifiers={"un_symbol": "s/2023/370"})
    write_build(corpus, build)
    beta = evaluate(corpus / "bib", corpus / "gold").documents[1]
    assert (beta.metadata["volume"].right, beta.metadata["identifiers.un_symbol"].right) == (1, 1)


def test_a_gold_document_number_under_any_of_its_names_is_the_report_number(corpus):
    update_beta_gold(corpus, identifiers={"doc_symbol": "BP/2026/118", "advisory_id": "X-SA-2026-002"})
    build = perfect_build()
    find(build, key="beta2023notes").update(identifiers={"report_number": "BP/2026/118"})
    write_build(corpus, build)
    beta = evaluate(corpus / "bib", corpus / "gold").documents[1]
    assert (beta.metadata["identifiers.doc_symbol"].right, beta.metadata["identifiers.advisory_id"].right) == (1, 0)


def test_a_document_printed_number_scores_as_its_report_number(corpus):
    """A document's own report number sits in the build's ``number`` (BibTeX's field for a
    report's number); the gold calls it ``identifiers.report_number``."""
    update_beta_gold(corpus, identifiers={"report_number": "HSI/IR/2028/07"})
    build = perfect_build()
    find(build, key="beta2023notes").update(number="HSI/IR/2028/07")
    write_build(corpus, build)
    assert evaluate(corpus / "bib", corpus / "gold").documents[1].metadata["identifiers.report_number"].right == 1
    find(build, key="beta2023notes").update(number="HSI/IR/2028/08")
    write_build(corpus, build)
    assert evaluate(corpus / "bib", corpus / "gold").documents[1].metadata["identifiers.report_number"].right == 0


def test_a_gold_issue_is_the_builds_number_and_a_notice_number_its_document_number(corpus):
    update_beta_gold(corpus, issue="3", identifiers={"notice_number": "IN-2027-03"})
    build = perfect_build()
    find(build, key="beta2023notes").update(number="3", identifiers={"report_number": "IN-2027-03"})
    write_build(corpus, build)
    beta = evaluate(corpus / "bib", corpus / "gold").documents[1]
    assert (beta.metadata["issue"].right, beta.metadata["identifiers.notice_number"].right) == (1, 1)
