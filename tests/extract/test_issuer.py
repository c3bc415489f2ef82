"""Who issued a document, in which series or periodical, under which number (headers written
for these tests)."""

from __future__ import annotations

from citekit.extract.issuer import body_name
from tests.extract.helpers import BODY
from tests.extract.helpers import metadata as _meta


def test_a_think_tank_series_line_makes_a_report_of_that_series():
    m = _meta(f"# Tides and tariffs\n\n**Harbour Policy Institute · Briefing Paper No. 7**\n\n"
              f"*Jane Doe · 3 May 2026*\n\n## Key points\n\n{BODY}\n")
    assert (m.type, m.series, m.number) == ("report", "Briefing Paper", "7")
    assert m.publisher == m.institution == "Harbour Policy Institute"


def test_a_wire_story_is_an_article_of_the_agency_in_its_dateline():
    m = _meta(f"Port fees to rise, board says\n\nBy Ann Lee\n\nMay 3, 2026\n\nPORTVILLE, May 3 (Harbour News "
              f"Service) – {BODY}\n")
    assert (m.type, m.container) == ("article", "Harbour News Service")
    generic = _meta(f"Port fees to rise\n\nMay 3, 2026\n\nPORTVILLE, May 3 (Wire) – {BODY}\n")
    assert generic.container is None


def test_a_newsletter_issue_names_its_periodical_and_publisher():
    m = _meta(f"HARBOUR HEALTH BRIEFING\nIssue 18 | 30 June 2026\nA fortnightly digest from the Harbour Health "
              f"Network\n\nHot nights and the first alerts of the summer\n\n{BODY}\n")
    assert (m.type, m.container, m.number) == ("article", "Harbour Health Briefing", "18")
    assert m.publisher == "Harbour Health Network" and m.date == "2026-06-30"


def test_a_committee_summary_is_a_report_of_the_assembly_and_its_committee():
    m = _meta(f"NATIONAL ASSEMBLY OF THE REPUBLIC OF ESTORIA\nSTANDING COMMITTEE ON WATER AND ENERGY\n\n"
              f"SUMMARY OF EVIDENCE\n\nThe dry summer: evidence from the regulator\n\n"
              f"Summary published on Friday 13 August 2027\n\n{BODY}\n")
    assert m.type == "report" and m.container is None
    assert m.publisher == "National Assembly of the Republic of Estoria, Standing Committee on Water and Energy"


def test_a_release_is_issued_by_the_name_heading_it():
    m = _meta(f"DELTA FRIENDS\nIndependent conservation group\n\nPRESS RELEASE\nFor immediate release: 9 March 2026"
              f"\n\nLake catch halves, group warns\n\n{BODY}\n")
    assert m.publisher == "Delta Friends" and m.date == "2026-03-09"


def test_an_outlet_in_a_feature_line_and_a_symbol_number():
    m = _meta(f"# The price of a year\n\n*The Portville Review · Health · 6 June 2026 · By Lena Hart*\n\n{BODY}\n")
    assert m.container == "The Portville Review"
    summary = _meta(f"CENTRAL BANK OF ESTORIA\nPress Summary | Monetary Policy Committee | No. 9/2026\n"
                    f"Thursday, 5 November 2026\n\nPolicy rate held at 4.25%\n\n{BODY}\n")
    assert (summary.number, summary.container, summary.publisher) == ("9/2026", None, "Central Bank of Estoria")
    ref = _meta(f"MINISTRY OF PORTS\n\nPRESS RELEASE\nRef: MOP/PR/2026/117\nPortville, 4 June 2026\n\n"
                f"Inquiry into the harbour\n\n{BODY}\n")
    assert (ref.number, ref.publisher) == ("MOP/PR/2026/117", "Ministry of Ports")


def test_report_labels_and_joint_issuers():
    m = _meta(f"CHAMBER OF ACCOUNTS OF THE REPUBLIC OF ESTORIA\nOffice of Public Communication\n\nAUDIT SUMMARY\n\n"
              f"Canal repairs lag behind spending, audit finds\n\nPortville, 10 March 2026\n\n{BODY}\n")
    assert m.type == "report" and m.publisher == "Chamber of Accounts of the Republic of Estoria"
    assert m.container is None
    joint = _meta(f"JOINT NEWS RELEASE\n\nHarbour Health Agency (HHA) | Children's Relief Fund (CRF)\n\n"
                  f"Portville, 1 December 2026\n\nMeasles cases triple in the highlands\n\n{BODY}\n")
    assert joint.publisher == "Harbour Health Agency; Children's Relief Fund"


def test_a_series_line_is_no_byline_and_edited_by_names_editors():
    m = _meta(f"HARBOUR CONSUMERS' FEDERATION\nStanding up for consumers since 1964\n\nCAMPAIGN UPDATE No. 31\n"
              f"Monday 22 June 2026\n\nSold as savings: why note holders deserve more\n\n{BODY}\n")
    assert m.authors == [] and m.number == "31" and m.type == "report"
    letter = _meta(f"THE GAUGE LETTER\nIssue 12 | 3 March 2031\nEdited by Fenna Achterberg\n\nReserve margins after "
                   f"the storm\n\n{BODY}\n")
    assert [e.display() for e in letter.editors] == ["Achterberg, Fenna"] and letter.authors == []


def test_a_decision_is_dated_by_its_adoption():
    m = _meta(f"HARBOUR PRICING AUTHORITY\n\nDECISION SUMMARY\n\nPrice ceiling for Renavol\n\n"
              f"Decision HPA/D/2026/014, adopted by the Pricing Committee on 14 May 2026\n\n{BODY}\n")
    assert (m.date, m.number, m.type, m.publisher) == ("2026-05-14", "HPA/D/2026/014", "report", "Harbour Pricing Authority")


def test_a_research_brief_numbered_by_year_under_a_university_masthead():
    m = _meta(f"UNIVERSITY OF ESTORIA\nCentre for Water Law\n\nRESEARCH BRIEF 4/2027\nPublished 2 May 2027\n\n"
              f"WHEN ADVICE IS NOT A RULE: PUMP STANDARDS AND THE GAP IN ESTORIAN WATER REGULATION\n\n"
              f"Ana Ruiz and Tomas Vedder\n\n{BODY}\n")
    assert (m.type, m.series, m.number) == ("report", "Research Brief", "4/2027")
    assert m.title.startswith("WHEN ADVICE IS NOT A RULE") and [a.family for a in m.authors] == ["Ruiz", "Vedder"]


def test_a_wire_slug_line_and_an_agency_acronym_spelled_out_in_the_masthead():
    m = _meta(f"HARBOUR NEWS SERVICE (HNS)\nHNS Newswire | Ports | 19-Oct-2026 09:52\nUPDATE 2 - adds union comment\n\n"
              f"Port fees to rise after crane failure, board says\n\nFrom Ann Lee in Portville\n\n"
              f"PORTVILLE, 19 October (HNS) - {BODY}\n")
    assert m.title == "Port fees to rise after crane failure, board says"
    assert [a.family for a in m.authors] == ["Lee"] and m.date == "2026-10-19"
    assert m.container == "Harbour News Service"


def test_a_union_circular_under_bold_mastheads_takes_its_markdown_title():
    m = _meta(f"**HWU** · Harbour Workers' Union\n*Affiliated to the Estorian Federation of Trade Unions*\n\n"
              f"**Members' Circular 2027/3**\nDate: 4 May 2027\n\n---\n\n# After the crane failure: what changes\n\n"
              f"{BODY}\n")
    assert m.title == "After the crane failure: what changes"
    assert (m.type, m.series, m.number, m.publisher) == ("report", "Members' Circular", "2027/3", "Harbour Workers' Union")


def test_a_release_with_an_address_line_and_a_newsletter_volume_line():
    m = _meta(f"MINISTRY OF PORTS\nPress Office | 40 Quay Row | Portville 1004\n\nNEWS RELEASE No. 2027/12\n"
              f"Monday 5 October 2026\n\nMinister orders review of crane safety after harbour failure\n\nKEY POINTS\n\n{BODY}\n")
    assert m.title == "Minister orders review of crane safety after harbour failure" and m.authors == []
    n = _meta(f"**QUAYSIDE** | Estorian ports, every Friday\nVol. 6, No. 147 | 9 October 2026 | 7-minute read\n\n"
              f"# Two years of waiting\n\n*Ann Lee*\n\n{BODY}\n")
    assert (n.container, n.volume, n.number) == ("Quayside", "6", "147")


def test_a_committee_record_approved_for_publication_is_dated_by_it():
    m = _meta(f"NATIONAL ASSEMBLY OF ESTORIA\nStanding Committee on Ports\nSession 2026-27 | Paper PT/26/31\n\n"
              f"SUMMARY OF PROCEEDINGS\n\nThe crane failure at Portville\n\n"
              f"Approved for publication on Friday 16 October 2026\n\n{BODY}\n")
    assert (m.date, m.number, m.type) == ("2026-10-16", "PT/26/31", "report")


def test_a_headline_in_mixed_case_beats_a_service_line_in_capitals():
    m = _meta(f"HARBOUR NEWS SERVICE DOMESTIC WIRE FOR SUBSCRIBERS ONLY\nThousands return to the valley as the dam "
              f"crisis eases\n\nBy Ann Lee\n\nPORTVILLE, 19 October (HNS) - {BODY}\n")
    assert m.title == "Thousands return to the valley as the dam crisis eases"
    n = _meta(f"REFILE-Thousands return to the valley as the dam crisis eases\n\nBy Ann Lee\n\n{BODY}\n")
    assert n.title == "Thousands return to the valley as the dam crisis eases"


def test_contact_lines_labels_and_a_wire_desk_line_are_no_title_and_no_byline():
    m = _meta(f"THE HARBOUR INSTITUTE\nIndependent research on ports | Registered charity no. 40917\n\n"
              f"POLICY BRIEF No. 9\nReleased: Wednesday 8 April 2026\n\nThin on the quay: crane inspection after "
              f"Portville\n\nDr Ana Ruiz and Tomas Vedder\n\n{BODY}\n")
    assert m.title == "Thin on the quay: crane inspection after Portville"
    assert [(a.given, a.family) for a in m.authors] == [("Ana", "Ruiz"), ("Tomas", "Vedder")]
    w = _meta(f"HARBOUR WIRE SERVICE\nHWS Business | Consumer Goods | 22.04.2026 | 09:14 CET\n\n"
              f"Crane maker to cut 310 jobs, company says\n\nBy Ann Lee, Portville bureau\n\n"
              f"PORTVILLE (HWS) - {BODY}\n")
    assert [a.family for a in w.authors] == ["Lee"] and w.container == "Harbour Wire Service"
    r = _meta(f"NATIONAL COUNCIL OF ESTORIA\nStanding Committee on Ports\n\nPRT/2026/SR.12\nDistribution: general\n"
              f"Issued: 23 April 2026\n\nSUMMARY RECORD OF THE 12TH MEETING\n\n{BODY}\n")
    assert (r.number, r.type) == ("PRT/2026/SR.12", "report") and r.title != "Distribution: general"


def test_a_title_with_a_colon_is_no_bodys_name():
    from citekit.extract.issuer import body_name
    assert body_name("Harbour Safety Board") and body_name("Pacific Fisheries Alliance (PFA)")
    assert not body_name("Enforcement Notice: Coastal Health Insurance Fund (data breach of May 2026)")


def test_a_work_about_a_body_is_a_title_not_the_body_issuing_it():
    m = _meta(f"HARBOUR INSPECTORATE\n\nREPORT SUMMARY\n\nInspection of Fire Safety and Evacuation at Portville Docks "
              f"Group\n\nPublished: 3 April 2028\n\n1. About this inspection\n\n{BODY}\n")
    assert m.title == "Inspection of Fire Safety and Evacuation at Portville Docks Group"
    assert body_name("Portville Docks Group") and body_name("Inspection Unit")
    assert not body_name("Investigation into Portville Docks Group")


def test_a_series_of_papers_named_inside_a_line_a_session_report_and_a_report_reference_make_reports():
    m = _meta(f"# Deferred, Not Avoided\n\n**Ines Marchetti**\n\nHarbour Institute for Public Infrastructure, "
              f"Working Paper No. 27/04\n\n11 May 2027\n\n## Abstract\n\n{BODY}\n")
    assert (m.type, m.series, m.number) == ("report", "Working Paper", "27/04")
    m = _meta(f"# Marked to Model\n\n*Centre for Pensions Research Working Paper CPR-WP 32/14, November 2032*\n\n"
              f"## Abstract\n\n{BODY}\n")
    assert (m.type, m.number) == ("report", "CPR-WP 32/14")
    m = _meta(f"House of Commons\nEducation Committee\n\nMarked Down: Automated Marking\n\nFifth Report of Session "
              f"2037–38\n\n{BODY}\n")
    assert m.type == "report"
    m = _meta(f"CORRAN STREET FOOTBRIDGE INQUIRY\n\nInterim Findings\n\nReport reference: CSFI/2031/01\n12 March 2031"
              f"\n\n{BODY}\n")
    assert (m.type, m.number) == ("report", "CSFI/2031/01")


def test_a_committees_or_ombudsmans_own_document_is_a_report_but_its_press_release_is_not():
    m = _meta(f"PARLIAMENTARY AND PUBLIC SERVICES OMBUDSMAN\nRepublic of Vastria\n\nDECISION\n\nDate of decision: "
              f"6 October 2033\n\n{BODY}\n")
    assert (m.type, m.publisher) == ("report", "Parliamentary and Public Services Ombudsman")
    m = _meta(f"STANDING COMMITTEE ON HEALTH\nPRESS RELEASE\n\nCommittee demands answers\n\n6 October 2033\n\n{BODY}\n")
    assert m.type != "report"
