"""The kind of document a header says a text is (extract.kind); texts written for these tests."""

from __future__ import annotations

from citekit.extract.document import extract_document
from citekit.extract.kind import document_kind
from citekit.models import Document

TURNS = "".join(f"{who}: {line}\n\n" for who, line in [
    ("HALE", "Good morning."), ("DR OSEI", "Thank you."), ("HALE", "What happened at the weir?"),
    ("DR OSEI", "The gate failed."), ("HALE", "When?"), ("DR OSEI", "In March."), ("HALE", "Thank you.")])


def test_a_press_release_says_so_on_a_line_of_its_own():
    for label in ("PRESS RELEASE", "Press release PR 04/2031", "NEWS RELEASE No. 2031/214",
                  "PRESS RELEASE · FOR IMMEDIATE RELEASE", "Lakeland Law LLP - Press release", "Communiqué de presse",
                  "For immediate release: Monday 12 April 2031"):
        text = f"LAKELAND BASIN COMMISSION\n{label}\nCommission orders repairs to the weir\n\nThe Commission today ..."
        assert document_kind(text) == ("press-release", "press release"), label
    prose = ("Commission orders repairs to the weir\n\nIn a press release of 12 April the Commission said the weir "
             "had failed.\nThe press release is on its website.\n")
    assert document_kind(prose) is None


def test_a_broadcasts_or_a_podcasts_transcript_is_a_broadcast():
    radio = f"LAKELAND RADIO 97.4 FM\nBroadcast: Monday 14 April 2031, 08:10\nPresenter: Mara Hale\n\n{TURNS}"
    assert document_kind(radio) == ("broadcast", "radio broadcast")
    podcast = f"The Weir - Episode 12: \"The gate\"\nA podcast about rivers. Host: Mara Hale\n\n{TURNS}"
    assert document_kind(podcast) == ("podcast", "podcast")
    committee = f"STANDING COMMITTEE ON WATER\nUncorrected transcript of oral evidence\nBroadcast: 14 April 2031\n\n{TURNS}"
    assert document_kind(committee) is None  # a committee's record, however it is broadcast
    assert document_kind("LAKELAND RADIO\nBroadcast: Monday 14 April 2031\n\nThe weir failed in March.\n") is None


def test_a_decision_names_its_parties_and_its_case_number():
    decision = ("WATER TRIBUNAL\nSUMMARY OF DECISION\nCase no. WT/2031/0148\nMara Hale (Claimant)\nv\n"
                "Lakeland Water Ltd (Respondent)\n\n1. The Claimant lives by the weir.\n")
    assert document_kind(decision) == ("legal_case", None)
    cited = "Lakeland Water Ltd (Appellant) v Basin Authority (Respondent)\n[2031] LKCA Civ 21\n\nThe appeal ..."
    assert document_kind(cited) == ("legal_case", None)
    assert document_kind("Hale v the weir: a river's revenge\n\nBy Mara Hale\n\nThe weir failed.\n") is None


def test_the_kind_becomes_the_documents_type_and_genre():
    doc = Document(id="r", path="r.txt", sha256="0",
                   text="LAKELAND BASIN COMMISSION\nPRESS RELEASE\n12 April 2031\n\nCommission orders repairs to the "
                        "weir\n\nThe Lakeland Basin Commission today ordered repairs to the weir.\n")
    meta = extract_document(doc).meta
    assert (meta.type, meta.genre) == ("press-release", "press release")
