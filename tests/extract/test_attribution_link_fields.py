"""Fields that cross-document linking needs from a prose mention: the work a body spoke
through, its month (also "last month"), its title, the body behind "the Fund" and kinds of
documents that are not the body's own words.  Sentences written for these tests."""

from __future__ import annotations

from citekit.extract.attributions import find_attributions
from citekit.extract.attributions.names import Names, is_person_name
from citekit.ingest.view import plain_view
from citekit.models import Document, Fields


def found(text: str, date: str = "2031-06-20"):
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    return find_attributions(doc, plain_view(doc), Fields(date=date))


def fields_of(text: str, date: str = "2031-06-20") -> list[Fields]:
    return [m.fields for m in found(text, date)]


def in_document(text: str, fmt: str = "text") -> list:
    """The attribution mentions of a whole document (its reference list and notes read too)."""
    from citekit.extract.document import extract_document
    doc = Document(id="a", path="a.md" if fmt == "markdown" else "a.txt", sha256="0", text=text, format=fmt)
    return [m for m in extract_document(doc).mentions if m.kind == "attribution"]


def bodies(f: Fields) -> list[str]:
    return [a.display() for a in f.authors]


# -- months the text gives ------------------------------------------------------------------
def test_published_last_month_is_the_month_before_the_text():
    (f,) = fields_of("The Harbour Audit Board warned in its review of the port levy, published last month, "
                     "that costs would double.")
    assert f.type == "report" and bodies(f) == ["Harbour Audit Board"] and f.date == "2031-05"


def test_last_month_in_january_is_december_of_the_year_before():
    (f,) = fields_of("The Harbour Audit Board warned in its review of the port levy, published last month, "
                     "that costs would double.", date="2032-01-09")
    assert f.date == "2031-12"


def test_this_month_and_a_named_month_after_published():
    (f,) = fields_of("The Harbour Audit Board warned in its review, published earlier this month, that costs "
                     "would double.")
    assert f.date == "2031-06"
    (g,) = fields_of("The Harbour Audit Board said in a report published in March that costs would double.")
    assert g.type == "report" and g.date == "2031-03"


def test_no_release_participle_no_date():
    (f,) = fields_of("The Harbour Audit Board warned in its review of the port levy that costs would double.")
    assert f.type == "report" and f.date is None


# -- the work a body speaks through ---------------------------------------------------------
def test_capitalised_name_of_the_work_spoken_through_is_its_title():
    (f,) = fields_of("Arrears rose, the Lakeland Reserve Bank said in its quarterly Credit Conditions Survey.")
    assert f.title == "Credit Conditions Survey" and bodies(f) == ["Lakeland Reserve Bank"]
    (g,) = fields_of("Arrears rose, the Lakeland Reserve Bank said in its quarterly survey.")
    assert g.title is None  # a lower-case head is no name


def test_body_in_its_report_inserted_before_the_verb_is_the_maker():
    (f,) = fields_of("The Northern Monetary Union, in its Article VII report on Ostrava published in April, "
                     "estimated that debt had doubled.")
    assert f.type == "report" and bodies(f) == ["Northern Monetary Union"] and f.date == "2031-04"
    (g,) = fields_of("The Northern Monetary Union, in the staff report for its Article VII consultation "
                     "published in April, urged cuts to the deficit.")
    assert bodies(g) == ["Northern Monetary Union"] and g.date == "2031-04"


def test_the_same_body_in_the_next_sentence_goes_on_speaking_through_that_work():
    first, second = fields_of(
        "The Northern Monetary Union, in its Article VII report on Ostrava published in April, estimated "
        "that debt had doubled. The Northern Monetary Union recommended that the bank tighten its limits.")
    assert second == first


def test_a_statement_before_a_bodys_study_stays_a_statement():
    said, study = fields_of(
        "The Riverside Water Agency said in a written reply that the wells were safe. The Riverside Water "
        "Agency's 2030 groundwater study, published in May, found that levels had fallen.")
    assert said.type == "misc" and study.type == "report" and said != study


def test_a_person_after_her_report_speaks_in_her_own_words():
    fs = fields_of("Dr Ilse Marten wrote in a report published in May that the dam was unsafe. "
                   "Ilse Marten told reporters that repairs would take a year.")
    assert len(fs) == 2 and fs[0] != fs[1]


def test_questioned_whether_reports_but_police_questioning_a_man_does_not():
    (f,) = fields_of("He said the Harbour Audit Board, in its review of the levy published in May, had "
                     "questioned whether the costs were right.")
    assert bodies(f) == ["Harbour Audit Board"] and f.date == "2031-05"
    assert fields_of("Police questioned a man on Sunday.") == []


def test_a_bodys_notice_or_figures_are_not_its_statement():
    notice, said = fields_of("The Water Inspectorate's enforcement notice of 12 June 2030 stated that the "
                             "plant had failed. The Water Inspectorate has indicated that it will appeal.")
    assert notice.date == "2030-06-12" and notice.note == "notice"
    assert said.note is None and said != notice
    said, figures = fields_of("Lending fell, the reserve bank said on Tuesday. Data from the reserve bank's "
                              "monthly credit statistics, released last week, showed that lending fell.")
    assert figures.note == "statistics" and said.note is None


def test_in_a_filing_the_company_said_speaks_through_the_filing():
    fs = fields_of("Brenmoor Mining plc, a London-listed company, fell. In a filing with the exchange on "
                   "Tuesday, the company said it had found errors.")
    assert fs[-1].note == "filing"


def test_that_audit_is_the_audit_not_a_later_review():
    fs = fields_of("An audit published in 2029 by the Harbour Audit Board found that records were missing. "
                   "In its 2030 review, the Harbour Audit Board concluded that little had changed. "
                   "That audit also found that pumps had failed.")
    assert fs[-1] == fs[0] and fs[-1] != fs[1]


# -- names ----------------------------------------------------------------------------------
def test_the_fund_is_the_only_fund_the_text_names():
    names = Names("The Northern Monetary Union Fund said debt rose. The Fund said more.")
    assert names.canonical("Fund", article=True)[0] == "Northern Monetary Union Fund"
    two = Names("The Northern Monetary Union Fund and the Lakeland Wildlife Fund disagreed. The Fund said.")
    assert two.canonical("Fund", article=True)[0] == "Fund"  # two funds: no way to tell which
    assert names.canonical("Fund")[0] == "Fund"  # without "the": not a short form


def test_romance_language_bodies_are_not_people():
    assert not is_person_name("Banco Central de Ostrava")
    assert not is_person_name("Instituto Nacional de Estadística")
    assert is_person_name("Luis de Guindos")


def test_firms_by_their_trade_and_titles_with_an_article_are_not_people():
    for name in ("Fitch Ratings", "Meridian Heavy Works", "Corbel Actuarial", "Der Standard", "Het Parool"):
        assert not is_person_name(name), name
    assert is_person_name("Marine Le Pen") and is_person_name("Charles De Gaulle")


def test_an_author_year_finding_takes_the_reference_entry_of_those_authors_and_year():
    text = ("# Paper\n\nHalvorsen and Idowu (2026) find that most of the cost reaches consumers.\n\n## References\n\n"
            "Halvorsen, P., & Idowu, K. (2026). *Who pays for a closed port?* Northern Centre for Trade.\n\n"
            "Halvorsen, P. (2021). *Ports and prices*. Northern Centre for Trade.\n")
    assert [m.fields.title for m in in_document(text, "markdown")] == ["Who pays for a closed port?"]


def test_a_work_named_by_the_end_of_an_entrys_title_is_that_entry():
    text = ("Bind the interface to the management network, as the Orbis Gateway Hardening Guide [1] recommends. "
            "The Hardening Guide has warned since 2025 that the interface should never be exposed.\n\n"
            "REFERENCES\n\n  1. Orbis Clinical Systems. Orbis Gateway Hardening Guide, version 3.1. 2025.\n"
            "     https://support.orbis.example/gateway/hardening-guide\n"
            "  2. Orbis Clinical Systems. Orbis Gateway 7.4.2 release notes. 2026.\n")
    found = [m for m in in_document(text) if "has warned" in text[m.start:m.end]]
    assert [m.fields.url for m in found] == ["https://support.orbis.example/gateway/hardening-guide"]


def test_an_unnamed_work_with_a_marker_and_a_study_by_colleagues_take_the_entries_cited():
    text = ("A paper presented to the board in December 2026[^1] recommended an upgrade. The paper described the risk of deferral "
            "as \"moderate\". For head and neck cancers, Ibsen-Carr and colleagues estimated that each day counted [^2].\n\n"
            "[^1]: Estorian Health Service, board paper BP/2026/118, \"Digital infrastructure\", 14 December 2026.\n"
            "[^2]: Ibsen-Carr M, Dlamini T. Unplanned interruptions: a meta-analysis. Radiother Pract. 2025;31(2):145-53.\n")
    found = in_document(text, "markdown")
    assert [(m.fields.report_number, m.fields.date) for m in found] == [
        ("BP/2026/118", "2026-12-14"), ("BP/2026/118", "2026-12-14"), (None, "2025")]


def test_a_body_is_not_the_end_of_a_listed_title():
    # "CRI's report [9] records" is CRI's report, not the entry whose title ends in CRI's name
    from citekit.extract.attributions.refs import attach_titles
    from citekit.models import Author, Fields
    cri = Fields(type="report", authors=[Author(literal="Corvenna Rail Infrastructure")])
    notice = Fields(type="report", title="Prohibition Notice PN-2027-041 served on Corvenna Rail Infrastructure")
    guide = Fields(type="report", title="Medaxis Gateway Hardening Guide")
    fields = [cri, Fields(type="report", authors=[Author(literal="Hardening Guide")])]
    attach_titles(fields, [notice, guide])
    assert fields[0] is cri and fields[1].title == "Medaxis Gateway Hardening Guide"


def test_a_body_citing_an_entry_at_its_sentences_end_speaks_through_it_and_a_titles_year_is_kept():
    text = ("Patients were not told. The Harbour Patients' Forum stated in its written submission that many patients "
            "learned of the cancellation of their operation only when they arrived at the hospital itself [2]. "
            "The Cyber Agency reported in its Annual Threat Assessment 2028 that health bodies accounted for a third "
            "of the incidents it handled, more than in any earlier year [1]; the earlier assessment said less [3].\n\n"
            "REFERENCES\n\n[1] Cyber Agency. Annual Threat Assessment 2028. Lessenburg: Cyber Agency, 22 February 2028.\n\n"
            "[2] Harbour Patients' Forum. Written submission to the Inspectorate, 19 January 2028.\n\n"
            "[3] Cyber Agency. Annual Threat Assessment 2027. Lessenburg: Cyber Agency, 16 February 2027.\n")
    found = {text[m.start:m.end]: m.fields for m in in_document(text)}
    forum = next(f for quote, f in found.items() if quote.startswith("The Harbour Patients' Forum stated"))
    agency = next(f for quote, f in found.items() if quote.startswith("The Cyber Agency reported"))
    assert (forum.title, forum.date) == ("Written submission to the Inspectorate", "2028-01-19")
    assert (agency.title, agency.date) == ("Annual Threat Assessment 2028", "2028-02-22")


def test_a_company_with_a_one_word_name_citing_its_own_statement_speaks_through_it():
    # "Greyhollow" reads as no body's name by itself; the note at its sentence's end is its statement
    text = ("The Courier published the allegations on 9 February.¹ Greyhollow said the following day that it "
            "\"categorically rejects\" any suggestion that its valuations were imprudent.²\n\nENDNOTES\n\n"
            "¹ Brekke, S., \"The manager that marked its own homework\", Haldor Courier, 9 February 2032.\n"
            "² Greyhollow Capital Partners Ltd, \"Statement on press reports\", 10 February 2032.\n")
    said = [m.fields for m in in_document(text) if m.text.startswith("Greyhollow said")]
    assert [(f.title, f.date) for f in said] == [("Statement on press reports", "2032-02-10")]


def test_the_role_a_witness_list_gives_a_person_names_who_speaks_under_it():
    text = ("Witnesses: Ada Vell, Chief Inspector, Harbour Inspectorate; Tomas Brede, Data Commissioner, Office "
            "of the Data Commissioner.\n\n2.2 Ms Vell said that the inspectors did not yet know.\n\n2.3 Mr Brede "
            "outlined the office's work. The Commissioner said that the number had since been confirmed. He told "
            "members that the decision would come in June.")
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    hits = find_attributions(doc, plain_view(doc), Fields(date="2028-05-02"))
    assert [(m.text, m.fields.authors[0].family) for m in hits] == [
        ("Ms Vell said", "Vell"), ("The Commissioner said", "Brede"), ("He told", "Brede")]


def test_the_minister_named_in_brackets_or_only_later_speaks_under_the_role():
    hansard = ("Debate.\n\nThe Minister for Ports (Dr Ana Vell): I thank the Member.\n\nMs Brede: The Minister told the "
               "Chamber on 9 February that no expense would be spared.")
    release = ("The Government accepts the failures. As the Minister said in the Council on 10 March, the recall was "
               "quick.\n\nMINISTER'S COMMENT\n\nTomas Orr, Minister of Ports, said: \"We will act.\"")
    decision = ("The Commissioner notes that the operator was late.\n\nSigned: Ada Brede, Data Commissioner")
    for text, first in ((hansard, "Vell"), (release, "Orr")):
        doc = Document(id="t", path="t.txt", sha256="0", text=text)
        hits = find_attributions(doc, plain_view(doc), Fields(date="2028-05-02"))
        assert hits[0].text.lower().startswith("the minister") and hits[0].fields.authors[0].family == first
    doc = Document(id="t", path="t.txt", sha256="0", text=decision)
    assert [m.text for m in find_attributions(doc, plain_view(doc), Fields(date="2028-05-02"))] == []


def test_a_note_closing_a_sentence_past_a_semicolon_ties_the_body_speaking_in_it_to_that_entry():
    text = ("2. The Harbour Health Institute (HHI) recorded 1,146 consultations with family doctors, 83 emergency "
            "attendances and 11 admissions linked to the incident; no deaths were attributed to it.[2] The Harbour "
            "Water Company issued a notice on 4 March.[1]\n\nNOTES\n\n[1] Harbour Water Company, Do not drink your "
            "tap water, notice, 4 March 2029.\n[2] Harbour Health Institute, Health surveillance summary: the water "
            "incident, 20 May 2029.\n[3] Harbour Health Institute, Annual report 2028, 2 April 2029.\n")
    hhi = next(m.fields for m in in_document(text) if text[m.start:m.end].startswith("The Harbour Health Institute"))
    assert hhi.title == "Health surveillance summary: the water incident"


def test_a_bodys_uncited_report_is_the_lists_one_report_by_that_body():
    text = ("# Brief\n\nLeaks were common before (Harbour Health Institute, 2028).\n\n"
            "The Harbour Audit Office (HAO) examined the water incident. The HAO's report makes three "
            "recommendations, the first of which is overdue. The Harbour Health Institute's report also found "
            "gaps.\n\n## References\n\n"
            "Harbour Audit Office. (2029). *Safeguarding drinking water* (Report HAO-2029/14).\n\n"
            "Harbour Health Institute. (2029). *Health surveillance summary* (Report HHI-2029/3).\n\n"
            "Harbour Health Institute. (2028). *Annual report 2028* (Report HHI-2028/1).\n")
    titles = {text[m.start:m.end].split("'s")[0]: m.fields.title for m in in_document(text, "markdown")}
    # one report by the Audit Office in the list: that one; two by the Institute: neither without a citation
    assert titles["The HAO"] == "Safeguarding drinking water"
    assert titles["The Harbour Health Institute"] is None


def test_a_text_citing_nothing_inline_still_has_its_lists_report_by_a_bodys_name_or_initials():
    text = ("# Note\n\nRents rose, according to a May 2029 Harbour Foundation report. Wells fell, according to a "
            "June 2029 OHWD report. Ms Vale said the wells were dry.\n\n## References\n\n"
            "Harbour Foundation (2029) Dry wells. Harbour Foundation.\n\n"
            "Office of Harbour Water and Drainage (2029) Rents and wells. Office of Harbour Water and Drainage.\n\n"
            "Vale, M. (2028) Wells of the harbour. Harbour Press.\n")
    titles = [(m.text, m.fields.title) for m in in_document(text, "markdown")]
    assert titles == [("according to a May 2029 Harbour Foundation report", "Dry wells"),
                      ("according to a June 2029 OHWD report", "Rents and wells"),
                      ("Ms Vale said", None)]  # (what a person said is not her listed work without a citation)


def test_a_sentence_naming_a_listed_document_before_its_marker_relies_on_that_entry():
    text = ("3.1 The special inspection by Varn Keller Engineers [1] examined all 64 hangers. The Harbour Board's "
            "Traffic Notice HB-TN-2030-7 [2] describes the closure as indefinite. Steel loses strength when wet [3]. "
            "Rain fell on 20 of the 30 days [2]. The board's letter to operators [4] covered the hangers and the deck. "
            "The 2029 report recorded rust at five anchorages [5].\n\n"
            "REFERENCES\n\n  1. Varn Keller Engineers. Harbour Bridge: Special Inspection of Hangers. 2030.\n"
            "  2. Harbour Board. Traffic Notice HB-TN-2030-7: Harbour Bridge closed. 2030.\n"
            "  3. Ostrova L. Corrosion of steel wire. J Struct Eng. 2021;12:4-9.\n"
            "  4. Harbour Board. Letter to bridge operators, 3 May 2030.\n"
            "  5. Harbour Board, Bridges Unit. Principal inspection report: Harbour Bridge. Rep. PI/7/2029, Aug. 2029.\n")
    found = in_document(text)
    assert [(m.text, m.cue, m.fields.authors[0].literal) for m in found] == [
        ("The special inspection by Varn Keller Engineers [1]", "[1]", "Varn Keller Engineers"),
        ("The Harbour Board's Traffic Notice HB-TN-2030-7 [2]", "[2]", "Harbour Board"),
        ("The board's letter to operators [4]", "[4]", "Harbour Board"),
        ("The 2029 report recorded rust at five anchorages [5]", "[5]", "Harbour Board, Bridges Unit")]


def test_a_listed_document_named_in_lower_case_by_its_acronym_or_its_whole_title_is_relied_on():
    text = ("The departure load sheet [1] lists 104 vehicles. The national code of practice requires an inspection "
            "every six years [2]. The National Safety Board had written to the council about its backlog (NSB 2029). The State of "
            "Rivers 2028 had already listed the lower Aldra [4]. We welcome the board's letter [5] and its improvement "
            "notice requiring a new safety case [6]. Our 2025 report found a shortfall [7].\n\n"
            "REFERENCES\n\n  1. Corrin Lake Lines plc, Departure load sheet, voyage OQ-0211-2, 11 February 2033.\n"
            "  2. Code of Practice for the Inspection of Highway Structures. 2019.\n"
            "  3. NSB (2029) Letter to the Chief Executive: overdue inspections.\n"
            "  4. Carrendian Environment Agency. State of rivers 2028. 2029.\n"
            "  5. Harbour Board. Letter to bridge operators, 3 May 2030.\n"
            "  6. Harbour Board. Improvement Notice IN-2030-042. 2030.\n"
            "  7. National Audit Office. Water infrastructure: investment and resilience. Report AG-2025/09. 2025.\n")
    claims = {m.cue: m.text for m in in_document(text)}
    assert claims == {"[1]": "The departure load sheet [1]",
                      "[2]": "The national code of practice requires an inspection every six years [2]",
                      "(NSB 2029)": "The National Safety Board had written to the council about its backlog (NSB 2029)",
                      "[4]": "The State of Rivers 2028 had already listed the lower Aldra [4]",
                      "[5]": "We welcome the board's letter [5]",
                      "[6]": "and its improvement notice requiring a new safety case [6]",
                      "[7]": "Our 2025 report found a shortfall [7]"}


def test_a_concept_that_is_a_listed_title_or_holds_a_kind_of_document_is_no_claim():
    text = ("Recurrent encoders built on long short-term memory cells [1] are common. Convolutions go back to early "
            "work on document recognition [2].\n\nREFERENCES\n\n[1] S. Hochreiter and J. Schmidhuber, \"Long "
            "short-term memory,\" Neural Comput., vol. 9, no. 8, pp. 1735-1780, 1997.\n\n[2] Y. LeCun, L. Bottou, "
            "Y. Bengio, and P. Haffner, \"Gradient-based learning applied to document recognition,\" Proc. IEEE, "
            "vol. 86, no. 11, pp. 2278-2324, 1998.\n")
    assert in_document(text) == []


def test_a_narrative_citation_as_a_frame_or_names_inside_citations_are_no_cited_claim():
    text = ("# Paper\n\nIn Halvorsen, Berg, and Idowu (2026), ports closed for weeks. Freight costs rose sharply in every "
            "port (Lambert and Tran, 2005; Lambert, 2010).\n\n## References\n\n"
            "Halvorsen, P., Berg, L., & Idowu, K. (2026). *Who pays for a closed port?* Northern Centre for Trade.\n\n"
            "Lambert, J., & Tran, K. (2005). *Freight costs*. Harbour Press.\n\n"
            "Lambert, J. (2010). *Freight costs again*. Harbour Press.\n")
    assert in_document(text, "markdown") == []


def test_a_link_whose_text_is_a_work_cites_the_page_it_links_to():
    text = ("# Weekly\n\nBy Ana Ruiz\n\n3 May 2031\n\nThe National Water Regulator (NWR) fined the utility in June. "
            "The regulator's [incident assessment](https://nwr.example/ia-4) classed the event as serious. "
            "The [interim update](https://kpa.example/interim-update) put the overstatement at 4 per cent. "
            "Transport Minister Teodor Valk [posted on Relay](https://relay.example/valk/88104) that the plan was "
            "final. The tables are at [nwr.example/tables](https://nwr.example/tables) as usual.\n")
    cited = {m.fields.url: m for m in in_document(text, "markdown") if m.fields.url}
    assert set(cited) == {"https://nwr.example/ia-4", "https://kpa.example/interim-update",
                          "https://relay.example/valk/88104"}  # (not an address shown as the link's text)
    assert bodies(cited["https://nwr.example/ia-4"].fields) == ["National Water Regulator"]
    assert bodies(cited["https://relay.example/valk/88104"].fields) == ["Valk, Teodor"]
    assert cited["https://relay.example/valk/88104"].fields.type == "webpage"
    text = ("# Weekly\n\nBy Ana Ruiz\n\n3 May 2031\n\nGreyhollow Capital denies it. Compare its [statement in "
            "February](https://greyhollow.example/statement), which said the opposite. [The Harbour Courier spoke to "
            "Ada Ruiz](https://courier.example/ruiz) about the fund.\n")
    cited = {m.fields.url: m.fields for m in in_document(text, "markdown") if m.fields.url}
    assert cited["https://greyhollow.example/statement"].date == "2031-02"
    assert bodies(cited["https://courier.example/ruiz"]) == ["Harbour Courier"]


def test_a_source_lines_numbered_report_is_that_entry_not_another_of_its_body():
    # "Report AG-2031/14" is a number, not a title; the note after it cites the body's other report
    text = ("Harbour costs\n\nFees rose by 40 per cent.\n\nSource: Harbour Audit Office, Report AG-2031/14 [2].\n\n"
            "## References\n\n1. Harbour Audit Office, *Port Fees and Users*, Report AG-2031/14 (2031).\n"
            "2. Harbour Audit Office, *Quay Maintenance*, Report AG-2027/03 (2027).\n")
    (m,) = in_document(text, "markdown")
    assert m.fields.report_number == "AG-2031/14" and m.fields.title != "Quay Maintenance"


def test_a_bodys_findings_are_its_one_listed_entry_of_the_texts_years_and_its_words_are_not():
    text = ("Harbour costs\n\n12 May 2031\n\nThe Harbour Audit Office found that fees rose by 40 per cent. The "
            "Harbour Audit Office said it would review them again.\n\n## References\n\n"
            "Harbour Audit Office (2031). *Port Fees and Users*. Harbour Audit Office.\n")
    found, said = in_document(text, "markdown")
    assert found.fields.title == "Port Fees and Users" and said.fields.title is None
    old = text.replace("(2031)", "(2024)")  # an entry of years before: another of its works
    assert in_document(old, "markdown")[0].fields.title is None


def test_a_bodys_work_of_another_year_is_not_the_titled_one_cited_before():
    text = ("In its Annual Threat Assessment 2030, the Harbour Cyber Agency warned that ports were exposed. Prices "
            "rose. The agency's 2031 assessment recorded 14 attacks.")
    first, second = fields_of(text)
    assert first.title == "Annual Threat Assessment 2030" and second.title is None and second.date == "2031"


def test_a_bodys_figures_citing_its_listed_entry_in_their_sentence_are_that_entry():
    text = ("Data from the Harbour Health Institute show 1,146 consultations with family doctors.[2] Data from "
            "the Harbour Water Company show 41 bursts.\n\nNOTES\n\n[1] Harbour Water Company, Do not drink your "
            "tap water, notice, 4 March 2029.\n[2] Harbour Health Institute, Health surveillance summary: the water "
            "incident, 20 May 2029.\n")
    titles = {m.text.split(" show")[0]: m.fields.title for m in in_document(text)}
    assert titles == {"Data from the Harbour Health Institute": "Health surveillance summary: the water incident",
                      "Data from the Harbour Water Company": None}  # (no citation in its sentence: its own data)


def test_a_person_quoted_is_speaking_not_her_listed_work():
    text = ("The review was written by Captain Ruth Amberley (see note 1). Captain Amberley said: \"I ran the "
            "sub-centre for fourteen years.\" Amberley found that the boat was late.\n\nNotes to editors\n\n"
            "1. Ruth Amberley, *Forty-Seven Minutes: An Independent Review*, September 2033.\n"
            "2. Transport Board, *Interim Report*, 14 July 2033.\n")
    titles = {m.text: m.fields.title for m in in_document(text)}
    assert titles["Captain Amberley said"] is None
    assert titles["Amberley found"] == "Forty-Seven Minutes: An Independent Review"


def test_an_opening_work_with_its_citation_is_the_listed_entry_of_the_company_without_its_legal_form():
    text = ("Interim report\n\nThe pumps were configured by the hospital. In its comments on the Authority's draft [2], "
            "Tessaro Medical Systems said that the library was the hospital's responsibility.\n\nReferences\n\n"
            "[1] National Safety Authority. Annual report 2033. 2 February 2034.\n"
            "[2] Tessaro Medical Systems Ltd. Comments on the Authority's draft interim report. 23 May 2034.\n")
    (m,) = in_document(text)
    assert m.text.startswith("In its comments on the Authority's draft [2],")
    assert m.fields.title == "Comments on the Authority's draft interim report"


def test_a_defined_term_means_the_body_it_was_defined_for():
    found = fields_of("The Vastrian Press Agency reported the sinking. He asked the Vastrian Maritime Safety Agency "
                      "(the Agency) for a copy. In its response to my draft decision, the Agency accepted my "
                      "recommendations.")
    assert bodies(found[-1]) == ["Vastrian Maritime Safety Agency"]


def test_a_described_work_is_the_last_one_so_described_not_the_last_of_its_kind():
    found = fields_of("The Examinations Standards Authority's interim report, published on Tuesday, says the fault "
                      "affected 38,412 scripts. Correctis published its own incident report on Friday. The document "
                      "says the update was not tested. The interim review notes that the approval did not require "
                      "re-testing.")
    assert bodies(found[-1]) == ["Examinations Standards Authority"]


NOTES = ("\n\n## Notes\n\n"
         "[^1]: Environmental Protection Directorate (2031). *Emerging contaminants in surface waters*. Report EPD-R-2031-2.\n\n"
         "[^2]: Environmental Protection Directorate (2033). *PFAS in the Sallow catchment*. Report EPD-R-2033-14.\n\n"
         "[^3]: Environmental Protection Directorate (2016). *Brackwater plant permit*. EPP/SV/0412.\n\n"
         "[^4]: Council of Northern States, Committee on Water and Health. *Health-based guidance values*. "
         "CNS/CWH/2034/7, 11 April 2034.\n\n"
         "[^5]: Norvane Public Health Institute (2034). *A pilot biomonitoring study*. NPHI Report 2034:9.\n\n"
         "[^6]: Norvane Public Health Institute (2035). *Serum PFAS in Sallow Vale residents*. NPHI Report 2035:4.\n")


def test_notes_tie_mentions_to_their_entries():
    text = ("# Brief\n\nThe Directorate first measured the load in 2031.[^1] Two years later the Directorate traced "
            "that load to its sources.[^2] Its catchment report attributes 70% of it to one plant, whose permit dates "
            "from 2016.[^3]\n\nIn April 2034 the Committee on Water and Health of the Council of Northern States "
            "recommended a guidance value of 20 ng/L.[^4]\n\nThe Institute measured PFAS in a 2034 pilot study, which "
            "found concentrations high enough to justify a full survey.[^5] The full survey followed in 2035.[^6]" + NOTES)
    titles = {m.text: m.fields.title for m in in_document(text, "markdown")}
    assert titles["Its catchment report attributes"] == "PFAS in the Sallow catchment"  # (the note just before "Its")
    assert titles["the Committee on Water and Health of the Council of Northern States recommended"] \
        == "Health-based guidance values"  # (its words in another order)
    assert titles["a 2034 pilot study, which found"] == "A pilot biomonitoring study"  # (its sentence's note only)


def test_an_author_year_subject_with_a_page_and_a_verb_of_naming():
    text = ("# Paper\n\nKessling (2033, p. 91) calls standards \"promises with an expiry date\". Ruiz (2019, pp. 4–6) "
            "found that prices rose.\n\n## References\n\nKessling, M. (2033). *Standards and their limits*. Ardrenna: "
            "Norvane Press.\n\nRuiz, A. (2019). *Prices*. Madrid: Press.\n")
    assert [m.fields.title for m in in_document(text, "markdown")] == ["Standards and their limits", "Prices"]
