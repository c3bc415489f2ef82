"""Locating gold items in document text: folding, offsets, reference lines, markers."""

from __future__ import annotations

from citekit.evaluate.gold import GoldInline, GoldReference
from citekit.evaluate.locate import Locator, fold_text, locate_markers, locate_references


def test_white_space_folding_maps_back_to_original_offsets():
    text = "Intro.\nThe  report\u00a0\n  said so."
    [(start, end)] = Locator(text).find("The report said")
    assert (start, end) == (7, 26)
    assert text[start:end] == "The  report\u00a0\n  said"


def test_quotes_case_and_dashes_fold_at_level_two():
    text = "He wrote “Letter to America” in 2002–2003."
    loc = Locator(text)
    assert loc.find_at('"letter to america"', 1) == []
    [(start, end)] = loc.find('"letter to america" in 2002-2003')
    assert text[start:end] == "“Letter to America” in 2002–2003"


def test_markup_is_ignored_only_as_a_last_resort():
    text = "- Smith (2020). *Widgets &amp; gadgets*. <b>Press</b>."
    [(start, end)] = Locator(text).find("Widgets & gadgets. Press")
    assert text[start:end] == "Widgets &amp; gadgets*. <b>Press"
    assert fold_text("a\u200bb", 1).text == "ab"


def test_reference_found_by_percent_encoded_url_and_by_title():
    text = ("Body cites (Widgets and their uses, 2020).\n\nReferences\n"
            "Smith, J. (2020). Widgets and their uses. <https://x.org/w%C3%A9/1>\n"
            "Doe, A. (2019). Gadgets and their uses. Gadget Press.\n")
    refs = [GoldReference(id="R1", url="https://x.org/wé/1", title="Nothing like it"),
            GoldReference(id="R2", title="Gadgets and Their Uses", authors=["Doe, A."],
                          date="2019")]
    spans = locate_references(Locator(text), refs)
    assert text[slice(*spans["R1"])].startswith("Smith, J. (2020)")
    assert text[slice(*spans["R2"])] == "Doe, A. (2019). Gadgets and their uses. Gadget Press."


def test_reference_title_in_body_and_list_prefers_the_list_line():
    text = ("As (Widgets and their uses, 2020) shows.\n"
            "Smith, J. (2020). Widgets and their uses. Press.\n")
    spans = locate_references(Locator(text), [GoldReference(
        id="R1", title="Widgets and their uses", authors=["Smith, J."], date="2020")])
    assert spans["R1"] == (41, len(text) - 1)


def test_reference_fuzzy_line_fallback_and_not_found():
    text = "Smith, J. (2020). Widgets and there uses in practise. Press.\n"
    refs = [GoldReference(id="R1", title="Widgets and their uses in practice"),
            GoldReference(id="R2", title="Something else entirely, not here")]
    spans = locate_references(Locator(text), refs)
    assert spans == {"R1": (0, len(text) - 1), "R2": None}


def test_references_sharing_one_line_split_it():
    text = "A. (2020). First title. https://a.org/1 B. (2021). Second title. https://b.org/2"
    refs = [GoldReference(id="R1", url="https://a.org/1"),
            GoldReference(id="R2", url="https://b.org/2")]
    spans = locate_references(Locator(text), refs)
    cut = text.index(" B.")
    assert spans == {"R1": (0, cut), "R2": (cut, len(text))}


def test_markers_share_occurrences_in_order_and_skip_longer_markers_and_references():
    text = ("(Roe, 2020) and (Roe, 2020) and (Roe, 2020; Doe, 2019).\n"
            "Refs: Roe (2020) (Roe, 2020).")
    ref_line = (text.index("Refs"), len(text))
    markers = [GoldInline(text="(Roe, 2020)", refs=["R1"]),
               GoldInline(text="(Roe, 2020; Doe, 2019)", refs=["R1", "R2"])]
    assert locate_markers(Locator(text), markers, [ref_line]) == [
        [(0, 11), (16, 27)], [(32, 54)]]
    two = [GoldInline(text="(Roe, 2020)", refs=["R1"]), GoldInline(text="(Roe, 2020)",
                                                                     refs=["R1"])]
    assert locate_markers(Locator(text), two, [ref_line]) == [[(0, 11)], [(16, 27)]]


def test_references_with_nothing_to_find_take_the_lines_between_their_neighbours():
    text = ("1. Smith, J. (2020). Widgets and their uses. Press.\n"
            "2. Ibid., 14.\n"
            "3. Letter from the union to the minister, 9 March 2027.\n"
            "4. Doe, A. (2019). Gadgets and their uses. Press.\n")
    refs = [GoldReference(id="R1", title="Widgets and their uses"), GoldReference(id="R2", pages="14"),
            GoldReference(id="R3", authors=["Union"], date="2027-03-09"),
            GoldReference(id="R4", title="Gadgets and their uses"), GoldReference(id="R5", pages="3")]
    spans = locate_references(Locator(text), refs)
    assert text[slice(*spans["R2"])] == "2. Ibid., 14."
    assert text[slice(*spans["R3"])].startswith("3. Letter from the union")
    assert spans["R5"] is None  # (no neighbour after it: nothing to place it by)
    fewer = Locator(text.replace("2. Ibid., 14.\n", ""))  # two entries, one line: neither placed
    assert [locate_references(fewer, refs)[r] for r in ("R2", "R3")] == [None, None]
