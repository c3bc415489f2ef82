"""Notes that repeat an earlier note: "Ibid.", the short form and "op. cit." are that note's work."""

import pytest

from citekit.extract.document import extract_document
from citekit.extract.notes import repeated_note
from citekit.extract.refparse import parse_reference
from citekit.merge import merge
from citekit.models import Corpus

from tests.extract.helpers import doc

FULL = [
    "National Audit Office, Safeguarding Drinking Water: The Contamination of the River Aldra in March 2029, "
    "Report AG-2029/14 (Mirhaven: National Audit Office, 2029), 4.",
    'Tom Rensch, "Water Company Was Warned of Aldra Spill Risk Three Years before Contamination," '
    "Aldra Valley Courier, September 18, 2029.",
    "National Drinking Water Regulator, Incident Assessment IA/2029/004 (Mirhaven: NDWR, June 12, 2029), 11–12.",
]
EARLIER = [parse_reference(text).fields for text in FULL]


@pytest.mark.parametrize("note, repeats", [
    ("Ibid.", 2), ("Ibid., 14.", 2), ("ibidem, pp. 3–4.", 2), ("Id. at 5.", 2), ("Ebd., S. 12.", 2),
    ("NAO, Safeguarding Drinking Water, 9.", 0),  # the author by its initials
    ("National Audit Office, Safeguarding Drinking Water, table 2.", 0),
    ("Safeguarding Drinking Water, 9.", 0),  # the title alone
    ('Rensch, "Water Company Was Warned," 3.', 1), ("Rensch, “Water Company Was Warned,” 3–4.", 1),
    ("Rensch, op. cit., 3.", 1),
    ("National Drinking Water Regulator, Incident Assessment, 14.", 2),
])
def test_a_note_that_cites_an_earlier_one_again_is_found(note, repeats):
    assert repeated_note(note, EARLIER) == repeats


@pytest.mark.parametrize("note", [
    'Jones, "Water Company Was Warned," 3.',  # another author's title
    "NAO, Water Infrastructure, 9.",  # a title no earlier note starts with
    "National Audit Office, Water Infrastructure: Investment and Resilience, Report AG-2025/09 "
    "(Mirhaven: National Audit Office, 2025), 22.",  # a work in full
    "Smith, J. (2020). Safeguarding drinking water. Oxford University Press.",
    "Idris, K. (2020). Water.", "Ibsen, Henrik. A Doll's House. 1879.",
    "Jones, op. cit., 3.",  # no earlier note by Jones
    "NAO, Safeguarding, 9.",  # a one-word short title says too little
])
def test_a_note_of_its_own_repeats_nothing(note):
    assert repeated_note(note, EARLIER) is None


def test_nothing_before_the_first_note():
    assert repeated_note("Ibid., 3.", []) is None


TEXT = """Brenholt's water was declared safe on 21 March.¹ The audit found the warning was never passed on.² \
The regulator's assessment concedes it was not told.³ It adds that the plant had no phenol monitor.⁴ \
The audit's recommendations are sound.⁵

NOTES

1. National Audit Office, Safeguarding Drinking Water: The Contamination of the River Aldra in March 2029, \
Report AG-2029/14 (Mirhaven: National Audit Office, 2029), 4.
2. National Drinking Water Regulator, Incident Assessment IA/2029/004 (Mirhaven: NDWR, June 12, 2029), 11–12.
3. Ibid., 14.
4. Ibid., 15.
5. NAO, Safeguarding Drinking Water, 9.
"""


def test_repeated_notes_are_one_work_with_the_note_they_repeat():
    document = doc(TEXT)
    result = extract_document(document)
    refs = [m for m in result.mentions if m.kind == "reference"]
    assert [m.text.split(",")[0] for m in refs] == ["National Audit Office", "National Drinking Water Regulator",
                                                   "Ibid.", "Ibid.", "NAO"]
    corpus = merge(Corpus(documents=[document.model_copy(update={"meta": result.meta})], mentions=result.mentions))
    work_of = [m.work for m in corpus.mentions if m.kind == "reference"]
    assert work_of[0] == work_of[4] and work_of[1] == work_of[2] == work_of[3] and work_of[0] != work_of[1]
    assert not any("ibid" in w.key or (w.fields.title or "").lower().startswith("ibid") for w in corpus.works)
    markers = {m.text: m.work for m in corpus.mentions if m.kind == "inline-citation"}
    assert markers["⁵"] == work_of[0] and markers["⁴"] == work_of[1]
