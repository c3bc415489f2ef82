"""Extraction, merging and emission never raise, and every span points into the text,
whatever the input (random documents built from tricky pieces, fixed seed)."""

from __future__ import annotations

import random

from citekit.emit.bibtex import format_entry, to_entry
from citekit.extract.document import extract_document
from citekit.merge import merge
from citekit.models import Corpus

from tests.extract.helpers import doc

PIECES = [
    "(", ")", "[", "]", "[1]", "[2–4]", "(Smith, 2020)", "(Smith & Lee, 2019a; Roe 2018, 45)",
    "References", "## References", "Works Cited", "Sources", "\n", "\n\n", "- ", "* ", "1. ",
    "**", "*", "_", "\\", "\\*", "<sup>1</sup>", "<https://x.org/a_b?c=1&d=2>", "[t](https://y.org/p)",
    "2020", "June 2023", "05.12.2023", "Smith, J.", "et al.", "“", "”", "\"", "'", "—", "\u00a0",
    "\u202f", "¹", "doi:10.1000/xyz", "S/2023/370", "ISBN 978-0-306-40615-7", "By Jane Doe",
    "Keywords: a; b", "Source: Агентство", "Vol. 7(1) Pages 95-98", "———.", "(38)", "(ICG)",
    "word", "Word", "Title Case Words", "sentence ends.", "?", "&amp;", "<br>", "#", "# ", "`code`",
]


def test_random_documents_never_break_extraction():
    rng = random.Random(20261122)
    for n in range(300):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(1, 120)))
        document = doc(text, id=f"r{n}")
        result = extract_document(document)
        for m in result.mentions:
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start:m.end] == m.text
        document.meta = result.meta
        for work in merge(Corpus(documents=[document], mentions=result.mentions)).works:
            assert format_entry(to_entry(work)) and format_entry(to_entry(work, "biblatex"))


def test_classic_mac_line_ends_read_as_line_ends():
    lf = ("Harbour Study\n\nAccording to the World Health Organization, cases rose (Smith, 2019).\n\n"
          "References\n\nSmith, J. (2019). A title of a work. Journal of Things, 3(2), 1-10.\n")
    found = [extract_document(doc(text)) for text in (lf, lf.replace("\n", "\r"))]
    assert [e.meta.title for e in found] == ["Harbour Study", "Harbour Study"]
    assert [[m.fields.title for m in e.mentions if m.kind == "reference"] for e in found] == [["A title of a work"]] * 2


def test_a_narrative_citation_speaking_is_its_reference_even_with_a_second_author_named():
    text = ("Embeddings\n\nBy Jane Roe\n\nVan der Maaten and Hinton (2008) showed that t-SNE preserves local "
            "structure.\n\nReferences\n\nvan der Maaten, L., & Hinton, G. (2008). Visualizing data using t-SNE. "
            "Journal of Machine Learning Research, 9, 2579-2605.\n")
    found = extract_document(doc(text))
    (said,) = [m for m in found.mentions if m.kind == "attribution"]
    assert said.fields.title == "Visualizing data using t-SNE"


def test_a_bold_volume_in_a_markdown_reference_is_the_volume():
    text = ("# Tunguska event\n\nAn explosion in 1908.[1]\n\n## References\n\n1. Chyba, Christopher F.; Thomas, Paul J. "
            "(1993). \"The 1908 Tunguska explosion\". *Nature*. **361** (6407): 40–44.\n")
    (ref,) = [m for m in extract_document(doc(text)).mentions if m.kind == "reference"]
    assert (ref.fields.container, ref.fields.volume, ref.fields.number, ref.fields.publisher) == \
        ("Nature", "361", "6407", None)


def test_a_body_announcing_today_in_its_own_release_is_the_release_itself():
    text = ("U.S. DEPARTMENT OF ENERGY\n\nPRESS RELEASE\n\nDOE Announces $7 Billion for Hydrogen Hubs\n\nMarch 14, 2023\n\n"
            "WASHINGTON, D.C. - The U.S. Department of Energy (DOE) today announced $7 billion to launch seven regional "
            "clean hydrogen hubs. According to the Energy Information Administration, demand will double.\n")
    found = extract_document(doc(text))
    announced = [m for m in found.mentions if m.cue == "announced"]
    assert announced and all(m.fields == found.meta for m in announced)


def test_a_parser_bug_on_one_reference_loses_neither_it_nor_the_others(monkeypatch):
    import citekit.extract.document as document_module

    real = document_module.parse_reference

    def failing(text):
        if "Broken" in text:
            raise ValueError("boom")
        return real(text)

    monkeypatch.setattr(document_module, "parse_reference", failing)
    text = ("Body text (Smith, 2020).\n\nReferences\n\nSmith, J. (2020). A title. Journal, 1(2), 3-4.\n\n"
            "Broken, B. (2021). Another title. Press.\n\nLee, K. (2019). Third title. Press.\n")
    result = extract_document(doc(text, id="one-bad-entry"))
    refs = [m for m in result.mentions if m.kind == "reference"]
    assert len(refs) == 3 and refs[1].fields.note.startswith("Broken, B. (2021)")
    assert refs[0].fields.title == "A title" and refs[2].fields.title == "Third title"
    assert any("reference 2: parser failed: ValueError: boom" in p.message and p.severity == "warning"
               for p in result.problems)
