"""Labelled spans -> Fields: cue words cut, access dates kept, identifiers filled in."""

from __future__ import annotations

from citekit.extract.labeller.fields import fields_from_record, record_from_spans


def test_chapter_spans_become_fields():
    spans = [("author", "Solon, G."), ("date", "(1999)."), ("title", "Intergenerational mobility."),
             ("editor", "In O. Ashenfelter & D. Card (Eds.),"), ("container-title", "Handbook of labor economics"),
             ("volume", "(Vol. 3,"), ("pages", "pp. 1761–1800)."), ("location", "London:"),
             ("publisher", "Elsevier."), ("note", "Retrieved from"), ("url", "http://example.org/x")]
    rec = record_from_spans(spans)
    assert rec["editor"].split() == ["O.", "Ashenfelter", "&", "D.", "Card"]
    assert "note" not in rec
    f = fields_from_record(rec, " ".join(t for _, t in spans))
    assert [a.display() for a in f.authors] == ["Solon, G."]
    assert [a.family for a in f.editors] == ["Ashenfelter", "Card"]
    assert f.date == "1999" and f.volume == "3" and f.pages == "1761--1800"
    assert f.container == "Handbook of labor economics" and f.place == "London" and f.publisher == "Elsevier"
    assert f.type == "chapter" and f.url == "http://example.org/x"


def test_policy_report_with_un_symbol_and_access_date():
    spans = [("author", "United Nations Security Council."), ("date", "(2023, June 16)."),
             ("title", "Letter dated 16 June 2023 from the Chair."), ("genre", "(S/2023/549)."),
             ("note", "Retrieved July 1, 2023, from"), ("url", "https://undocs.org/S/2023/549")]
    rec = record_from_spans(spans)
    f = fields_from_record(rec, " ".join(t for _, t in spans))
    assert [a.literal for a in f.authors] == ["United Nations Security Council"]
    assert f.date == "2023-06-16" and f.urldate == "2023-07-01"
    assert f.un_symbol == "S/2023/549" and f.report_number == "S/2023/549"
    assert f.type == "report"


def test_in_prefix_of_a_container_is_cut():
    rec = record_from_spans([("title", "A paper."), ("container-title", "In: Proceedings of the Workshop,")])
    assert rec["container-title"] == "Proceedings of the Workshop" and rec["_in"] is True
