from citekit.extract.sections import find_sections, split_entries

from tests.extract.helpers import view


def _entries(text):
    v = view(text)
    sections = find_sections(v)
    assert len(sections) == 1
    return [(e.label, e.text) for e in split_entries(v, sections[0])]


def test_markdown_bulleted_list_under_a_heading_ends_at_the_next_heading():
    text = "# Paper\n\nBody.\n\n## References\n\n- Alpha, A. (2020). One.\n- Beta, B. (2021). Two\n  continued.\n\n## Appendix\n\n- not a ref\n"
    assert _entries(text) == [(None, "Alpha, A. (2020). One."), (None, "Beta, B. (2021). Two\n  continued.")]


def test_numbered_bracket_list_in_plain_text_with_blank_lines():
    text = "Body text [1].\n\nREFERENCES\n\n[1] A. Author, \"T,\" J., 2019.\n\n[2] B. Author, \"U,\"\nJ. X, 2020.\n"
    assert _entries(text) == [(1, 'A. Author, "T," J., 2019.'), (2, 'B. Author, "U,"\nJ. X, 2020.')]


def test_hanging_list_one_entry_per_line_with_wrapped_continuations():
    text = ("Essay.\n\nWorks Cited\nSmith, John. Title One. Press, 2001.\nJones, Ann, and Bob Lee. A Long Title\n"
            "    that wraps. Press, 2002.\n\"Web Page.\" Site, 3 Mar. 2020, www.example.org/x.\n")
    got = _entries(text)
    assert [label for label, _ in got] == [None, None, None]
    assert got[1][1].startswith("Jones") and got[1][1].endswith("wraps. Press, 2002.")
    assert got[2][1].startswith('"Web Page."')


def test_paragraph_separated_hanging_entries():
    text = "# T\n\nText.\n\nBibliography\n\nDoe, Jane. 2019. *A Book*.\nNew York: Press.\n\nRoe, Rick. 2020. \"Art.\" *J* 1 (2): 3–4.\n"
    got = _entries(text)
    assert len(got) == 2 and got[0][1] == "Doe, Jane. 2019. A Book.\nNew York: Press."


def test_back_matter_heading_ends_a_plain_text_section():
    text = "Text.\n\nReferences\nA, B. (2020). One.\n\nAcknowledgements\nWe thank C.\n"
    assert _entries(text) == [(None, "A, B. (2020). One.")]


def test_no_section_no_entries():
    assert find_sections(view("Just a news story.\nSource: Agency\n")) == []


def test_headings_that_name_what_was_cited():
    for heading in ("Reports cited", "Documents consulted", "Publications referenced", "Works consulted"):
        text = (f"# Brief\n\nText.\n\n## {heading}\n\n- World Bank. 2026. *Pulse*. Washington, DC: World Bank.\n"
                "- IMF. 2025. *Outlook*. Washington, DC: IMF.\n")
        assert [e for _, e in _entries(text)] == ["World Bank. 2026. Pulse. Washington, DC: World Bank.",
                                                  "IMF. 2025. Outlook. Washington, DC: IMF."], heading
    assert find_sections(view("# Brief\n\nText.\n\n## Reports\n\n- Monthly update.\n")) == []


def test_markdown_footnote_definitions_are_a_numbered_list_with_or_without_a_heading():
    prose = "The commission reported a rise.[^1] The survey found losses.[^2]\n\n"
    notes = ("[^1]: Delta Basin Commission, *Annual Salinity Report 2025* (2026), p. 14.\n"
             "[^2]: Ministry of Agriculture, Rice Harvest Survey 2025, https://example.org/s.\n"
             "    A second paragraph of the same note.\n")
    for text in (f"# Title\n\n{prose}{notes}", f"# Title\n\n{prose}## Notes\n\n{notes}"):
        v = view(text)
        entries = [e for s in find_sections(v) for e in split_entries(v, s)]
        assert [e.label for e in entries] == [1, 2]
        assert entries[0].text.startswith("Delta Basin") and entries[1].text.endswith("same note.")


def test_footnote_definitions_between_paragraphs_leave_the_prose_between_them_alone():
    text = ("# T\n\nFirst paragraph cites a report.[^1]\n\n[^1]: Delta Basin Commission, Report 2025.\n\n"
            "Second paragraph, which is prose.[^2]\n\n[^2]: Ministry of Agriculture, Survey 2025.\n    Continued.\n\n"
            "Last paragraph.\n")
    v = view(text)
    sections = find_sections(v)
    assert [[(e.label, e.text) for e in split_entries(v, s)] for s in sections] == [
        [(1, "Delta Basin Commission, Report 2025.")], [(2, "Ministry of Agriculture, Survey 2025.\n    Continued.")]]
    assert not any(s.start <= v.text.index("Second paragraph") < s.end for s in sections)


def test_a_ruled_capitalised_heading_ends_a_numbered_list_with_wrapped_entries():
    rule = "-" * 40
    text = (f"Body [1] and [2].\n\n{rule}\nREFERENCES\n{rule}\n\n"
            "  1. National Agency. Alert NA-AL-2026-004: Active exploitation of a\n"
            "     gateway flaw. 3 May 2026.\n     https://www.example.gov/alerts/na-al-2026-004\n"
            "  2. Vendor Ltd. Gateway 4.2 release notes. 5 May 2026.\n"
            "     https://support.example.com/notes/4.2\n\n"
            f"{rule}\nCONTACT\n{rule}\n\nPSIRT: psirt@example.com\n")
    got = _entries(text)
    assert [label for label, _ in got] == [1, 2]
    assert got[0][1].startswith("National Agency.") and got[0][1].endswith("na-al-2026-004")
    assert got[1][1].endswith("notes/4.2")



def test_a_reading_list_is_a_reference_section_when_it_is_a_list():
    listed = ("# Weekly\n\nText.\n\n## Reading list\n\n- Harbour Board: Quay Report 2027 (PDF)\n"
              "- Lenn Institute: Tide tables, 22 January\n\nThat's it for this week. Reply to this email.\n")
    assert _entries(listed) == [(None, "Harbour Board: Quay Report 2027 (PDF)"),
                                (None, "Lenn Institute: Tide tables, 22 January")]
    prose = view("# Weekly\n\nText.\n\n### Reading list\n\nFor the nerds: Lund (2004) showed that returns are smoothed.\n")
    assert find_sections(prose) == []


def test_notes_to_editors_are_a_reference_section_for_the_notes_that_cite_a_work():
    listed = ("Fund sets out its plan\n\nThe Fund published its plan (see note 1).\n\nNotes to editors\n\n"
              "1. Karsland Pensions Authority, *Inquiry into Valuation*, Report KPA/INQ/2032/03, 15 September 2032.\n"
              "2. Corbel Actuarial LLP, *Funding Update as at 30 June 2032*, 19 August 2032.\n"
              "3. The Fund is the pension scheme for employees of the Regional Council, founded in 1971.\n")
    assert [label for label, _ in _entries(listed)] == [1, 2]
    prose = view("Ministry reviews flights\n\nText.\n\nNOTES TO EDITORS\n\n"
                 "1. The Bureau's preliminary report, AI-2026-031, can be downloaded from its website.\n"
                 "2. The terms of reference of the review will be published on 12 October 2026.\n")
    assert find_sections(prose) == []


def test_a_references_line_in_the_table_of_contents_is_no_section():
    text = ("RESPONSE TO CONSULTATION\n\nContents\n1 Introduction\n2 Next steps\nReferences\n\n1 Introduction\n\n"
            "We consulted on four conditions [1].\n\n2 Next steps\n\nWe will publish guidance.\n\nReferences\n\n"
            "[1] Standards Authority (2037) Automated Marking. Consultation document.\n"
            "[2] Standards Authority (2037) Review of the incident. Interim report.\n")
    assert _entries(text) == [(1, "Standards Authority (2037) Automated Marking. Consultation document."),
                              (2, "Standards Authority (2037) Review of the incident. Interim report.")]


def test_footnotes_numbered_without_a_full_stop_keep_their_numbers():
    text = ("The interim report found that only the opening part was marked.[9] The board denied it.[10]\n\n"
            "Footnotes\n\n9 Standards Authority, Review of the Incident: Interim Report, 15 September 2037\n"
            "10 Ibid., para 2.6\n11 Northgate Board, \"Statement on results\", 21 August 2037\n")
    assert [label for label, _ in _entries(text)] == [9, 10, 11]
    assert _entries(text)[0][1].startswith("Standards Authority, Review")
    # numbers that do not count up are no labels ("2019 Annual report", "2021 Survey")
    text = "Body.\n\nReferences\n\n2019 Annual report of the Board.\n2023 Survey of members.\n"
    assert [label for label, _ in _entries(text)] == [None, None]


def test_a_release_a_podcasts_show_notes_and_a_newsletters_line_of_sources_list_works():
    text = ("Body.\n\n## Documents referred to in this release\n\n1. Water Authority. Enforcement notice EN/2036/003. "
            "12 February 2036.\n2. Water Industry Act 2014, section 52.\n\n## About us\n\nWe regulate water.\n")
    assert [label for label, _ in _entries(text)] == [1, 2]
    text = ("JOSH: See you in two weeks.\n\nSHOW NOTES: SOURCES AND LINKS\n\n1. Clearwater Institute, Below the "
            "limit, Policy Brief No. 17, 22 January 2036.\n2. Tobias Quayle, \"Memo shows\", The Ledger, 5 February "
            "2036.\n")
    assert len(_entries(text)) == 2
    text = ("Diary: webinar on 8 July.\n\nSources: Carvalho I, et al. Hot nights and admissions. The Lancet, May 2026. "
            "| Equal Ground. Too Hot to Work. 16 June 2026. | WHO Regional Office for Europe, statement, 22 June 2026."
            "\n\nYou are receiving this briefing as a member.\n")
    assert [t for _, t in _entries(text)] == [
        "Carvalho I, et al. Hot nights and admissions. The Lancet, May 2026.",
        "Equal Ground. Too Hot to Work. 16 June 2026.", "WHO Regional Office for Europe, statement, 22 June 2026."]
    text = ("Thanks for listening.\n\n*Show notes:* Meridian Wire, \"Bridge shut\", 21 April 2027. — Highways Agency, "
            "press release KHA-PR-2027-041, 3 May 2027.\n")
    assert len(_entries(text)) == 2


def test_a_source_line_naming_one_source_is_no_reference_list():
    assert find_sections(view("Prices rose.\n\nSource: Institute of Middle East Studies, 2024.\n")) == []
