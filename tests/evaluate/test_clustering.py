"""Merge quality against a known clustering: pairwise P/R/F1 and look-alike merges."""

from __future__ import annotations

import json

import pytest

from citekit.evaluate.clustering import (Truth, evaluate_clustering, match_mentions,
                                         score_clustering)

REFS = {
    "a.md": [("R1", "Smith, J. (2020). Water and power. *World Dev.*, 3(2), 1–9.", "S1"),
             ("R2", "World Bank (2021). Annual Report 2020.", "S2")],
    "b.txt": [("R1", "[1] J. Smith, \"Water and powre,\" World Dev., vol. 3, 2020.", "S1"),
              ("R2", "[2] World Bank, \"Annual Report 2021,\" World Bank, 2022.", "S3")],
    "c.html": [("R1", "Smith, J. 2020. “Water and power.” World Development 3 (2): 1–9.", "S1")],
}


def truth() -> Truth:
    return Truth.model_validate({
        "seed": 1,
        "documents": [{"document": doc, "mentions": [
            {"id": rid, "kind": "reference", "text": text, "source": src}
            for rid, text, src in refs]} for doc, refs in REFS.items()]
        + [{"document": "d.md", "mentions": [
            {"id": "A1", "kind": "attribution", "text": "according to a May 2022 World Bank report",
             "source": "S3"}]}],
        "sources": [{"id": "S1", "kind": "article", "title": "Water and power"},
                    {"id": "S2", "kind": "report", "title": "Annual Report 2020", "series": "G1"},
                    {"id": "S3", "kind": "report", "title": "Annual Report 2021", "series": "G1"}]})


def citations(works: dict[tuple[str, str], str | None]) -> dict:
    """A citations.json whose mentions carry the truth texts (with markup) and given works."""
    docs = [{"id": doc.split(".")[0], "path": f"corpus/{doc}"} for doc in [*REFS, "d.md"]]
    mentions = []
    for doc, refs in REFS.items():
        for i, (rid, text, _) in enumerate(refs):
            mentions.append({"document": doc.split(".")[0], "start": i * 100, "end": i * 100 + 50,
                             "kind": "reference", "text": text.replace("*", "_"),
                             "work": works.get((doc, rid))})
    mentions.append({"document": "d", "start": 10, "end": 70, "kind": "attribution",
                     "text": "According to a May 2022 World Bank report, prices rose",
                     "work": works.get(("d.md", "A1"))})
    mentions.append({"document": "d", "start": 0, "end": 5, "kind": "inline-citation",
                     "text": "(World Bank, 2021)", "work": "other"})
    return {"documents": docs, "works": [], "mentions": mentions}


RIGHT = {("a.md", "R1"): "smith2020", ("b.txt", "R1"): "smith2020", ("c.html", "R1"): "smith2020",
         ("a.md", "R2"): "wb2021", ("b.txt", "R2"): "wb2022", ("d.md", "A1"): "wb2022"}


def test_right_clustering_scores_one():
    t = truth()
    found = match_mentions(t, citations(RIGHT))
    assert found == RIGHT
    score = score_clustering(t, found)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert score.true_pairs == 4 and score.lookalike_pairs == 0 and score.mixed_works == 0
    assert (score.sources, score.works) == (3, 3)


def test_split_costs_recall_only():
    t = truth()
    split = {**RIGHT, ("b.txt", "R1"): "smith2020b"}  # the typo version kept apart
    score = score_clustering(t, match_mentions(t, citations(split)))
    assert score.precision == 1.0
    assert score.correct_pairs == 2 and score.recall == 0.5


def test_merging_look_alikes_is_counted_and_costs_precision():
    t = truth()
    merged = {**RIGHT, ("a.md", "R2"): "wb", ("b.txt", "R2"): "wb", ("d.md", "A1"): "wb"}
    score = score_clustering(t, match_mentions(t, citations(merged)))
    assert score.lookalike_pairs == 1 and score.mixed_works == 1
    assert score.lookalike_examples == ["wb: S2 + S3"]
    assert score.precision == pytest.approx(4 / 6, abs=1e-4)
    assert score.recall == 1.0


def test_unfound_mentions_are_singletons_and_kinds_filter():
    t = truth()
    found = match_mentions(t, citations({**RIGHT, ("d.md", "A1"): None}))
    assert found[("d.md", "A1")] is None
    score = score_clustering(t, found)
    assert score.recall == pytest.approx(3 / 4, abs=1e-4) and score.precision == 1.0
    refs_only = score_clustering(t, found, ("reference",))
    assert refs_only.mentions == 5 and refs_only.recall == 1.0


def test_text_that_matches_nothing_is_not_matched():
    t = truth()
    cites = citations(RIGHT)
    for m in cites["mentions"]:
        if m["document"] == "c":
            m["text"] = "Entirely different entry about something else, 1999."
    found = match_mentions(t, cites)
    assert ("c.html", "R1") not in found


def test_a_mention_holding_the_truths_words_is_taken_before_a_near_one():
    # "The Crisis Group said" comes first and is near the truth's words, but the later mention
    # holds them: the truth mention is that one, and the statement matches nothing
    t = Truth.model_validate({"seed": 1, "sources": [{"id": "S1", "kind": "report", "title": "Housing"}],
                              "documents": [{"document": "e.md", "mentions": [
                                  {"id": "A1", "kind": "attribution", "source": "S1",
                                   "text": "A 2010 report by the International Crisis Group titled Housing"}]}]})
    mentions = [{"document": "e", "start": start, "end": start + 40, "kind": "attribution", "text": text,
                 "work": work} for start, text, work in [
                     (10, "The International Crisis Group said", "icg"),
                     (90, "A 2010 report by the International Crisis Group titled Housing concluded", "icg2010")]]
    found = match_mentions(t, {"documents": [{"id": "e", "path": "e.md"}], "works": [], "mentions": mentions})
    assert found == {("e.md", "A1"): "icg2010"}


def test_of_two_mentions_alike_the_one_whose_work_has_the_truths_year_is_taken():
    # the build's mention text is only the cue ("The Council said"): an earlier statement of the
    # Council without date is not the truth's "in its August 2021 report"
    t = Truth.model_validate({"seed": 1, "sources": [{"id": "S1", "kind": "report", "title": "Fourteenth report"}],
                              "documents": [{"document": "e.md", "mentions": [
                                  {"id": "A1", "kind": "attribution", "source": "S1",
                                   "text": "The Security Council said in its August 2021 report"}]}]})
    mentions = [{"document": "e", "start": start, "end": start + 30, "kind": "attribution",
                 "text": "The Security Council said", "work": work} for start, work in [(10, "unsc"), (90, "unsc2021")]]
    works = [{"key": "unsc", "date": None}, {"key": "unsc2021", "date": "2021-08"}]
    found = match_mentions(t, {"documents": [{"id": "e", "path": "e.md"}], "works": works, "mentions": mentions})
    assert found == {("e.md", "A1"): "unsc2021"}


def test_evaluate_clustering_reads_files(tmp_path):
    (tmp_path / "truth.json").write_text(truth().model_dump_json())
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "citations.json").write_text(json.dumps(citations(RIGHT)))
    scores = evaluate_clustering(tmp_path / "truth.json", tmp_path / "out")
    assert scores["all"].f1 == 1.0 and scores["references"].mentions == 5
