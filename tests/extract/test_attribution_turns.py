"""Speaker turns of transcripts (issue #4): whom each speaker speaks for, and "our survey" in a turn;
texts written for these tests."""

from __future__ import annotations

from citekit.extract.attributions import find_attributions
from citekit.extract.attributions.names import defined_acronyms
from citekit.extract.attributions.turns import find_turns
from citekit.ingest.view import plain_view
from citekit.models import Document, Fields

TRANSCRIPT = """THE MONEY HOUR
Presenter: Carys Wendle
Guests: Bram Achter, General Secretary, Retired Workers' Union; Dr Lise Holm, professor of economics at the University of Orlen

CARYS WENDLE: Good afternoon. Bram, are pensions safe?

BRAM ACHTER: We don't know exactly, but our survey in May found that most members thought the option was guaranteed.

DR LISE HOLM: Our 2024 study found that such options rarely are.

**Mira Osk (OQFA):** We were never told.
"""


def test_the_turns_of_a_transcript_and_whom_each_speaker_speaks_for():
    turns = find_turns(TRANSCRIPT, defined_acronyms(TRANSCRIPT + " Ostrel Queen Families' Association (OQFA)"))
    assert [(t.speaker, t.body) for t in turns] == [
        ("Carys Wendle", None), ("Bram Achter", "Retired Workers' Union"), ("Dr Lise Holm", None),
        ("Mira Osk", "Ostrel Queen Families' Association")]  # (a scholar speaks for no body)
    assert find_turns("Presenter: Carys Wendle\nDate: 4 May 2030\n", {}) == []  # a header's fields


def test_our_survey_in_a_turn_is_the_speakers_bodys():
    doc = Document(id="t", path="t.txt", sha256="0", text=TRANSCRIPT)
    found = find_attributions(doc, plain_view(doc), Fields(date="2032-09-17"))
    (m,) = [m for m in found if m.text.lower().startswith("our survey")]
    assert m.fields.authors[0].literal == "Retired Workers' Union" and m.fields.date == "2032-05"


def test_in_our_submission_we_set_out_that_is_the_speakers_bodys_submission():
    text = TRANSCRIPT + "\nBRAM ACHTER: In our submission to the inquiry we set out that the fund had no valuer.\n"
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    found = find_attributions(doc, plain_view(doc), Fields(date="2032-09-17"))
    (m,) = [m for m in found if m.text.startswith("In our submission")]
    assert m.fields.authors[0].literal == "Retired Workers' Union" and m.fields.genre == "submission"
    text = TRANSCRIPT + "\n**Mira Osk (OQFA):** In our review we set out that the rescue came late.\n"
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    (m,) = [m for m in find_attributions(doc, plain_view(doc), Fields()) if m.text.startswith("In our review")]
    assert m.fields.genre == "review"


def test_a_hyphenated_speaker_is_found_where_the_text_describes_her():
    text = ("Guests: Ana Moreau-Bell, chair, Harbour Users' Association\n\n"
            "HOST: Welcome.\n\nANA MOREAU-BELL: Our survey found that most users waited.\n\n"
            "ANA MOREAU-BELL: Some for days.\n")
    assert [(t.speaker, t.body) for t in find_turns(text, {})] == [
        ("Ana Moreau-Bell", "Harbour Users' Association")] * 2  # (HOST is a header's field, no speaker)
