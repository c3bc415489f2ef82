from citekit.extract.document import extract_document
from citekit.extract.metadata import day_first_signal

from tests.extract.helpers import BODY, doc
from tests.extract.helpers import metadata as _meta


def test_news_header_with_byline_and_spelled_date():
    m = _meta(f"Water Wars Return to the Sahel\n\nBy Jane Doe and John Roe, Staff Writers\n\nMarch 3, 2022\n\n{BODY}\n")
    assert m.title == "Water Wars Return to the Sahel"
    assert [a.display() for a in m.authors] == ["Doe, Jane", "Roe, John"]
    assert m.date == "2022-03-03"


def test_byline_with_role_after_comma_and_published_prefix():
    m = _meta(f"# A Report Title\n\n*By Amara Lind, Senior Fellow for Health*\n\nPublished 12 January 2023\n\n{BODY}\n")
    assert [a.display() for a in m.authors] == ["Lind, Amara"]
    assert m.date == "2023-01-12" and m.title == "A Report Title"


def test_rubric_line_dotted_day_first_date_and_source_line():
    m = _meta(f"Analysis and Events\n05.12.2023\n\nSigns of a long revival of an old group in a new place\n\n{BODY}\n\nSource: Some Institute\n")
    assert m.title == "Signs of a long revival of an old group in a new place"
    assert m.date == "2023-12-05"
    assert m.publisher == "Some Institute"


def test_journal_header_with_volume_issue_pages_doi_and_marked_author():
    m = _meta("## A Study of Things\n\nJournal of Made-Up Studies  \n2021, Vol. 12(3) Pages 45-67\n\n"
              "DOI: <https://doi.org/10.1234/abc.5>\n\n\\*Ana Ruiz<sup>1</sup>\n\n### Introduction\n\n" + BODY + "\n")
    assert m.title == "A Study of Things"
    assert m.container == "Journal of Made-Up Studies"
    assert (m.volume, m.number, m.pages, m.date) == ("12", "3", "45--67", "2021")
    assert m.doi == "10.1234/abc.5"
    assert [a.display() for a in m.authors] == ["Ruiz, Ana"]


def test_author_bio_gives_author_and_outlet_and_no_date_is_invented():
    m = _meta(f"Headline About Events\n\n{BODY} It happened in August 2021.\n\nKim Park is a columnist at The Daily Planet and a novelist.\n")
    assert [a.display() for a in m.authors] == ["Park, Kim"]
    assert m.container == "The Daily Planet"
    assert m.date is None


def test_keywords_line_and_glued_tag_line():
    m = _meta(f"Title of the Paper\n\n{BODY}\n\nKeywords: water; cholera; public health\n")
    assert m.keywords == ["water", "cholera", "public health"]
    glued = _meta(f"What Next for the Delta?\n\n{BODY}\n\nClimateRiversSea-level riseWhat Next for the Delta?\n")
    assert glued.keywords == ["Climate", "Rivers", "Sea-level rise"]


def test_day_first_signal():
    assert day_first_signal("on 22 March 2024 and 5 May 2020") is True
    assert day_first_signal("on March 22, 2024") is False
    assert day_first_signal("no dates") is None


def test_author_block_with_emails_and_affiliations():
    m = _meta("A Study of Verse Lines\n\nAna Ruiz Soto\n\nana@example.org\n\nLab of Poetics, Some University, Spain\n\n"
              f"Karl Weber\n\nkarl@example.de\n\nInstitut für Lyrik, Germany\n\nIntroduction\n\n{BODY}\n")
    assert m.title == "A Study of Verse Lines"
    assert [a.display() for a in m.authors] == ["Soto, Ana Ruiz", "Weber, Karl"]


def test_no_title_rather_than_a_section_heading_or_a_sentence():
    assert _meta(f"1 Introduction\n\n{BODY}\n").title is None
    assert _meta(f"Dr. Smith.\n\nMy Lords, thank you.\n\n{BODY}\n").title is None


def test_byline_and_date_on_one_line_under_a_bold_masthead():
    m = _meta(f"# Why the Tolvern bridge toll will outlast the bond\n\n**Centre for Road Finance — Blog**\n\n"
              f"*Mara Quist, Senior Research Fellow · 11 December 2026*\n\n{BODY}\n")
    assert m.title == "Why the Tolvern bridge toll will outlast the bond"
    assert m.date == "2026-12-11"
    assert [a.display() for a in m.authors] == ["Quist, Mara"]


def test_press_release_masthead_gives_the_publisher_not_the_title():
    m = _meta("PRESS RELEASE\n\nAuthority for Seeds and Soil\n\nFor immediate release: 3 September 2026\n\n"
              f"Authority recalls two seed batches after germination tests fail\n\n{BODY}\n")
    assert m.title == "Authority recalls two seed batches after germination tests fail"
    assert m.date == "2026-09-03"
    assert m.publisher == "Authority for Seeds and Soil"


def test_capitals_masthead_state_line_and_dateline():
    m = _meta("MINISTRY OF HARBOURS AND TRADE\nRepublic of Norland\n\nPRESS STATEMENT\n\n"
              "Ministry response to the harbour review\n\nPortville / Eastmouth, 16 September 2026\n\n" + BODY + "\n")
    assert m.title == "Ministry response to the harbour review"  # 'review' in a headline is no journal
    assert m.publisher == "Ministry of Harbours and Trade"
    assert m.date == "2026-09-16"


def test_the_published_date_beats_the_date_of_the_session():
    m = _meta("STANDING COMMITTEE ON RAIL\n\nThe Harlow junction derailment: evidence from the operator\n\n"
              "Session held on Wednesday 11 August 2027\nSummary published on Friday 13 August 2027\n\n" + BODY + "\n")
    assert m.date == "2027-08-13"
    assert m.title == "The Harlow junction derailment: evidence from the operator"


def test_a_standfirst_between_headline_and_byline_does_not_end_the_header():
    stand = ("*Trams have stopped twice this month over rosters and pay. What is the city proposing, where do "
             "its numbers come from, and is there any room left for a deal before the winter timetable?*")
    m = _meta(f"# Explainer: why the tram drivers are striking\n\n{stand}\n\nBy Ola Brenn · 20 October 2026\n\n{BODY}\n")
    assert m.date == "2026-10-20"
    assert [a.display() for a in m.authors] == ["Brenn, Ola"]


def test_a_short_line_with_a_year_is_no_date_line_and_wire_dates_carry_times():
    m = _meta("CONSUMER FEDERATION OF NORLAND\nStanding up for consumers since 1964\n\nCAMPAIGN UPDATE No. 31\n"
              f"Monday 22 June 2026\n\nSold as savings: why the note holders deserve more\n\n{BODY}\n")
    assert m.date == "2026-06-22"
    assert _meta(f"NORLAND NEWS AGENCY\n16.06.2026 11:05 | Economy\n\nNote holders face losses\n\n{BODY}\n").date == "2026-06-16"
    assert _meta(f"Bank waited too long, review admits\n\nBy Ana Rask\n\nJune 2, 2026 4:41 PM\n\n{BODY}\n").date == "2026-06-02"
    assert _meta(f"Water Supply: Follow-up Audit\n\nReport No. 7/2025\nTabled in Parliament on 16 April 2025\n\n{BODY}\n").date == "2025-04-16"


def test_a_published_line_may_name_the_place_before_the_date():
    m = _meta(f"NORLAND POLICY INSTITUTE\nPolicy Brief No. 9 | May 2026\n\nDeferred Risk\n\nAna Rask and Ole Brenn\n\n"
              f"Published: Tallin, 25 May 2026\n\n{BODY}\n")
    assert m.date == "2026-05-25"


def test_a_record_is_titled_by_its_subject_line_and_dated_by_its_sitting():
    m = _meta("NATIONAL ASSEMBLY OF NORLAND\nStanding Committee on Transport\n\nRECORD OF EVIDENCE\nSession TR/2026/4\n"
              "Wednesday 27 May 2026, Committee Room 4, Tallin\n\nSubject: The Brenn bridge closure of 9 May 2026\n\n"
              f"{BODY}\n")
    assert (m.title, m.date, m.type) == ("The Brenn bridge closure of 9 May 2026", "2026-05-27", "report")


def test_a_blog_name_over_a_post_title_is_the_container():
    m = _meta("# Bridge Notes\n\n## What the closure report tells us\n\n*Ola Brenn, Professor of Structural "
              f"Engineering, University of Tallin*\n*3 June 2026*\n\n---\n\n{BODY}\n")
    assert (m.title, m.container, m.date) == ("What the closure report tells us", "Bridge Notes", "2026-06-03")
    assert [a.display() for a in m.authors] == ["Brenn, Ola"] and m.publisher is None


def test_a_subject_line_naming_a_body_is_still_the_title_and_a_session_symbol_the_number():
    m = _meta("CHAMBER OF DEPUTIES OF NORLAND\nStanding Committee on Health\n\nRECORD OF EVIDENCE\nSession HS/2027/04\n"
              "Wednesday 17 February 2027, Room B12\n\nSubject: Cyberattack on the Norland Health Insurance Fund\n\n"
              "Members present: Viktor Salm (Chair), Hanno Lind, Greta Osei\nWitnesses: Bertil Auk, Director-General\n\n"
              f"{BODY}\n")
    assert (m.title, m.number, m.type) == ("Cyberattack on the Norland Health Insurance Fund", "HS/2027/04", "report")


def test_bylines_named_by_their_genre_or_ended_by_a_separator_or_a_note():
    m = _meta("# Port terms were rewritten\n\n*An investigation by Clara Benavi and Ruben Aliago · The Harbour Ledger · "
              f"14 December 2026*\n\n{BODY}\n")
    assert [a.display() for a in m.authors] == ["Benavi, Clara", "Aliago, Ruben"]
    m = _meta("# Farmers keep highway blocked\n\n*By Wilfredo Apazo. Quotes in Spanish were translated by the "
              f"paper.*\n\n{BODY}\n")
    assert [a.display() for a in m.authors] == ["Apazo, Wilfredo"]
    m = _meta("# Europe Needs a Heat Standard\n\n*Commentary by Oskar Lindahl-Moro, Research Director, Centre for "
              f"Labour Futures*\n\n**8 July 2026**\n\n{BODY}\n")
    assert [a.display() for a in m.authors] == ["Lindahl-Moro, Oskar"]


def test_notice_particulars_are_no_title_and_its_capital_label_is_its_series():
    m = _meta("HARBOUR SAFETY BOARD\nVessels Directorate - Inspections Unit\n\nSAFETY ALERT NOTICE\n"
              "Reference: HSB/SA/2026/07\nDate of issue: 9 June 2026\nRisk level: high\n\n"
              f"Lifting gear on coastal ferries: inspection after two cable failures\n\n{BODY}\n")
    assert m.title == "Lifting gear on coastal ferries: inspection after two cable failures"
    assert (m.type, m.series, m.number, m.date) == ("report", "Safety Alert Notice", "HSB/SA/2026/07", "2026-06-09")
    assert m.publisher == "Harbour Safety Board" and m.container is None


def test_a_title_with_a_colon_set_apart_by_a_blank_line_is_no_form_field():
    m = _meta(f"RESEARCH NOTE No. 4\nReleased: 2 May 2026\n\nFew and far between: rural bus services since 2020\n\n{BODY}\n")
    assert m.title == "Few and far between: rural bus services since 2020"


def test_labelled_report_number_and_symbol_beat_a_series_number():
    m = _meta(f"NATIONAL SEED TESTING LABORATORY\n\nTEST REPORT\nReport number: NSTL/2026/113 (final)\nDate: 4 May 2026\n\n"
              f"Germination of stored barley seed lots\n\n{BODY}\n")
    assert (m.number, m.series, m.publisher) == ("NSTL/2026/113", "Test Report", "National Seed Testing Laboratory")
    m = _meta(f"SITUATION REPORT No. 3\n\nSymbol: RBC/2026/SR/3\nDate of issue: 1 May 2026\n\nFloods in the lower basin\n\n{BODY}\n")
    assert m.number == "RBC/2026/SR/3"


def test_names_then_date_without_by_and_a_byline_with_a_hyphenated_date():
    m = _meta(f"# Waiting Lists Explained\n\n*Ana Ruiz and Tom Berg, 6 April 2026*\n\n{BODY}\n")
    assert [a.display() for a in m.authors] == ["Ruiz, Ana", "Berg, Tom"] and m.date == "2026-04-06"
    m = _meta(f"# Claims about the bridge, checked\n\n*By Eva Lund, Checkpoint, Mirel - 19 April 2026*\n\n{BODY}\n")
    assert [a.display() for a in m.authors] == ["Lund, Eva"] and m.date == "2026-04-19"


def test_podcast_episode_title_show_host_and_publication_date_in_an_italic_note():
    m = _meta('# Field Notes - Episode 12: "Salt in the wells"\n\n*Transcript. Recorded 3 May 2026, published '
              "5 May 2026. Host: Nora Falk. Guest: Dr Ivo Sand, hydrologist at the Coastal Water Institute, who "
              f"has studied the aquifer for a decade.*\n\n{BODY}\n")
    assert (m.title, m.container, m.number, m.date) == ("Salt in the wells", "Field Notes", "12", "2026-05-05")  # (unquoted)
    assert [a.display() for a in m.authors] == ["Falk, Nora"]


def test_figure_source_lines_name_no_publisher():
    m = _meta(f"Prices rise again\n\n{BODY}\n\nSource: Statistics Office, Price Index 2025, table 4.\n")
    assert m.publisher is None


def test_a_wire_dateline_without_a_year_takes_the_year_the_story_names_most():
    m = _meta("Port strike spreads\n\nBy Ana Ruiz\n\nSALTMERE, March 4 (NPA) - Dock workers walked out again, the "
              f"union said in notice PU/2027/12. A 2025 agreement had ended the last strike in 2027 talks.\n\n{BODY}\n")
    assert m.date == "2027-03-04"
    m = _meta(f"Port strike spreads\n\nSALTMERE, March 4 (NPA) - Dock workers walked out again.\n\n{BODY}\n")
    assert m.date is None


def test_a_wire_agency_known_by_its_initials_alone_is_the_container():
    lead = (" - Corrosion that council engineers spotted and reported twice went unchecked for years before a "
            "footbridge in the city collapsed during a festival last September, killing seven people, a public "
            "inquiry said on Wednesday in its interim findings.")
    m = _meta(f"Bridge inquiry reports\n\nBy Ana Ruiz\n\nTAVISTOW, Aldermark, March 12 (CPS){lead}\n\n{BODY}\n")
    assert m.container == "CPS"
    m = _meta(f"CONTINENTAL NEWS SERVICE\n\nBridge inquiry reports\n\nTAVISTOW, March 12 (CNS){lead}\n\n{BODY}\n")
    assert m.container == "Continental News Service"


def test_a_decision_with_our_reference_the_minutes_of_a_body_and_a_press_summary_are_reports():
    m = _meta("HARBOUR AND SHIPPING OMBUDSMAN\n\nFINAL DECISION\n\nOur ref.: HSO/2026/0211\nYour ref.: PA/CS/2026/9\n"
              f"Date of decision: 2 May 2026\n\nDecision on complaint HSO/2026/0211: berth charges\n\n{BODY}\n")
    assert (m.type, m.number, m.publisher) == ("report", "HSO/2026/0211", "Harbour and Shipping Ombudsman")
    m = _meta(f"BANK OF MERIDIA\n\nMinutes of the Monetary Policy Committee meeting held on 3 May 2026\n\n{BODY}\n")
    assert m.type == "report"
    m = _meta(f"HIGH COURT OF MERIDIA\n\nPRESS SUMMARY\n\n4 May 2026\n\nHarbour Ltd v Dock Union\n\n{BODY}\n")
    assert (m.type, m.series, m.date) == ("report", "Press Summary", "2026-05-04")


def test_a_date_line_in_french_spanish_german_or_italian():
    for line, iso in [("ÉCONOMIE | Mercredi 21 avril 2027", "2027-04-21"), ("Madrid, 12 de marzo de 2027", "2027-03-12"),
                      ("Veröffentlicht am 3. März 2027", "2027-03-03"), ("Lunedì 5 aprile 2027", "2027-04-05")]:
        assert _meta(f"Une grève au port\n\n{line}\n\n{BODY}\n").date == iso, line


def test_a_vendor_advisory_header_names_series_number_issuer_and_the_revision_in_hand():
    m = _meta("NORTHWIND MEDICAL SYSTEMS\nProduct Security Incident Response Team (PSIRT)\n\n"
              "Security Advisory NMS-SA-2031-007\nFlowGate: remote code execution in the update service\n\n"
              "Advisory ID:       NMS-SA-2031-007\nRevision:          2.0\nFirst published:   2031-05-02\n"
              "Last updated:      2031-05-09 10:00 UTC\nSeverity:          High\n\n" + BODY + "\n")
    assert m.title == "FlowGate: remote code execution in the update service"
    assert (m.type, m.series, m.number) == ("report", "Security Advisory", "NMS-SA-2031-007")
    assert m.publisher == "Northwind Medical Systems" and m.date == "2031-05-09"


def test_a_last_updated_line_without_a_day_leaves_the_published_date():
    m = _meta("Storm live: rivers rise\n\nTuesday 2 March 2027 · Last updated 19:40\n\n" + BODY + "\n")
    assert m.date == "2027-03-02"


def test_a_body_named_as_the_site_of_its_own_web_page_publishes_it():
    from citekit.extract.metadata import extract_metadata
    from citekit.models import Fields
    from tests.extract.helpers import view
    text = "# Storm damage: your questions answered\n\n" + BODY + "\n"
    v = view(text)
    page = extract_metadata(v, len(v.text), Fields(type="webpage", container="Estorian Water Service"))
    assert (page.publisher, page.container) == ("Estorian Water Service", None)
    news = extract_metadata(v, len(v.text), Fields(type="webpage", container="The Harbour Courier"))
    assert (news.publisher, news.container) == (None, "The Harbour Courier")


def test_a_document_records_its_language():
    from citekit.extract.document import extract_document
    from tests.extract.helpers import doc

    dutch = ("Treinverkeer ligt stil na ontsporing\n\n12 mei 2027\n\n" + "De export van de bedrijven in de regio is "
             "in een moeilijke situatie, en het werd ook bij de haven duidelijk dat er naar een oplossing wordt "
             "gezocht. " * 4)
    assert extract_document(doc(dutch)).meta.language == "nl"
    assert extract_document(doc(f"A Report Title\n\n{BODY} {BODY} {BODY}\n")).meta.language == "en"
    assert extract_document(doc("Figures\n\n2027: 14, 9, 33.\n")).meta.language is None  # too little to tell


def test_a_medical_journal_line_and_authors_with_degrees():
    m = _meta("**Vellish Journal of Oncology Practice** · 2027;14(5):e270158 · doi:10.80412/vjop.2027.0158\n\n"
              "# Radiotherapy delays after a ransomware attack\n\n"
              "**Nadia Kessling, MD, PhD; Marit Oyelowo, MSc; Jonas Haldorsen, MD**\n\n" + BODY)
    assert (m.container, m.volume, m.number, m.pages) == ("Vellish Journal of Oncology Practice", "14", "5", "e270158")
    assert [a.family for a in m.authors] == ["Kessling", "Oyelowo", "Haldorsen"]


def test_dates_addresses_and_rubrics_are_no_bylines():
    for header in ("*Research Letter* · Received 15 April 2027 · Accepted 26 April 2027",
                   "CASTELLANE WEIR LLP\nSolicitors\n14 Chancery Row, Haskeby HK1 3DW",
                   "*The Haskeby Chronicle · Saturday Long Read · 24 April 2027*"):
        m = _meta(header + "\n\n# A title for the document\n\n" + BODY)
        assert not m.authors, header


def test_dutch_and_german_date_lines_and_bylines():
    m = _meta("DE GRENSKOERIER\nBinnenland | woensdag 2 juni 2027\n\nTussenrapport Brackwater: software liet "
              "wissel omlopen\n\nDoor Sanne Hoekstra\n\n" + BODY)
    assert m.date == "2027-06-02" and [(a.given, a.family) for a in m.authors] == [("Sanne", "Hoekstra")]
    m = _meta("Cyberangriff auf Krebszentrum in Kelbridge\n\nVon Lea Hofstätter\nFreitag, 30. April 2027, "
              "17.45 Uhr\n\n" + BODY)
    assert m.date == "2027-04-30"


def test_an_edition_is_not_part_of_a_periodicals_name():
    from citekit.extract.metadata import _drop_edition
    from citekit.models import Fields
    for container in ("El Diario del Aveno (English edition)", "Kessenauer Tagblatt English Edition",
                      "El Correo de la Sierra — English edition"):
        meta = Fields(container=container, publisher="English edition")
        _drop_edition(meta)
        assert meta.container == container.split(" (")[0].split(" English")[0].split(" —")[0] and meta.publisher is None


def test_a_stated_publication_date_beats_one_guessed_from_the_markup():
    from citekit.extract.metadata import extract_metadata
    from citekit.models import Fields
    from tests.extract.helpers import view
    v = view("# Regulator prohibits sequential route release\n\nPublished: 18 May 2027 — Reference: NRR/PR/2027/022\n\n"
             + BODY)
    assert extract_metadata(v, len(v.text), base=Fields(date="2025-02-01")).date == "2027-05-18"


def test_a_short_papers_reference_list_gives_its_header_nothing():
    text = ("Water Governance in Small Island States\nJane Q. Public\nJournal of Island Studies, 2021\n\n"
            "Water is scarce (Smith, 2019). Management is hard (Lee, 2017).\n\nReferences\n\n"
            "Smith, A. (2019). Rain harvesting on atolls. Journal of Hydrology, 12(3), 45–67. "
            "https://doi.org/10.1000/rain.2019\n"
            "Lee, E. (2017). Desalination costs. In F. Editor (Ed.), Book of Water (pp. 3–9). Publisher.\n")
    m = extract_document(doc(text)).meta
    assert (m.container, m.date, m.doi, m.pages) == ("Journal of Island Studies", "2021", None, None)


def test_a_press_releases_dateline_with_its_year_dates_it():
    m = _meta("Harbour Watch - Press release\n\nFOR IMMEDIATE RELEASE\n\n# Nobody called: the port's alarm failed\n\n"
              "**VELMORA, 2 February 2027** - " + BODY + "\n")
    assert m.date == "2027-02-02"


def test_a_doi_a_sentence_cites_is_not_the_documents():
    text = ("Coffee drinkers live longer, study finds\n\nA study in the Annals of Internal Medicine "
            "(doi:10.7326/M21-2977) found that coffee drinkers live longer.\n")
    found = extract_document(doc(text))
    assert found.meta.doi is None
    m = _meta("Journal of Island Studies\nVolume 19, Issue 2, e0412 · https://doi.org/10.5555/jis.2027.0412\n\n"
              "A Title of the Paper\n\n" + BODY + "\n")
    assert m.doi == "10.5555/jis.2027.0412"


def test_an_outlet_under_a_byline_is_the_container_not_an_author():
    for header, author, outlet in (("Por Lucía Fernández García\nEl País", "García", "El País"),
                                   ("Von Klaus-Peter Müller\nFrankfurter Allgemeine Zeitung", "Müller",
                                    "Frankfurter Allgemeine Zeitung"),
                                   ("By Maria Okafor\nReuters", "Okafor", "Reuters")):
        m = _meta("Prices fall\n\n" + header + "\n12 January 2024\n\n" + BODY + "\n")
        assert [a.family for a in m.authors] == [author] and m.container == outlet and m.date == "2024-01-12"


def test_a_capitals_masthead_keeps_a_dotted_acronym():
    from citekit.extract.issuer import title_case
    assert title_case("U.S. DEPARTMENT OF ENERGY") == "U.S. Department of Energy"


def test_a_compact_journal_line_gives_volume_issue_pages_and_year():
    for line in ("Journal of Behavioral Computing, 12(3), 201-219, 2021", "Journal of Behavioral Computing 12(3): 201-219, 2021"):
        m = _meta("Deep Learning for Weather: A Survey\n\nJane Roe\n\n" + line + "\n\n" + BODY + "\n")
        assert (m.container, m.volume, m.number, m.pages, m.date) == \
            ("Journal of Behavioral Computing", "12", "3", "201--219", "2021")


def test_a_series_number_and_date_on_one_line_are_the_series_not_the_title():
    m = _meta("Center for Strategic Futures\n\nPolicy Brief No. 17, June 2023\n\nHydrogen at a Crossroads\n\nJane Roe\n\n"
              + BODY + "\n")
    assert (m.type, m.title, m.series, m.number, m.date) == ("report", "Hydrogen at a Crossroads", "Policy Brief", "17", "2023-06")


def test_a_title_ending_in_review_is_no_journal_and_a_journal_in_capitals_reads_in_title_case():
    m = _meta("Caffeine and Mortality: A Review\n\nJane Roe\n\n" + BODY + "\n")
    assert (m.title, [a.family for a in m.authors], m.container) == ("Caffeine and Mortality: A Review", ["Roe"], None)
    m = _meta("THE MERIDIAN REVIEW\n\nWater Governance\n\nBy Jane Roe\n\n" + BODY + "\n")
    assert (m.title, m.container) == ("Water Governance", "The Meridian Review")


def test_a_proceedings_line_keeps_its_year_in_the_name_and_makes_a_conference_paper():
    m = _meta("Deep Learning for Weather\n\nJane Roe\n\nProceedings of the 2022 International Conference on Acoustics "
              "(ICASSP), pp. 8312-8316\n\n" + BODY + "\n")
    assert (m.type, m.container, m.pages, m.date) == \
        ("paper-conference", "Proceedings of the 2022 International Conference on Acoustics (ICASSP)", "8312--8316", "2022")


def test_a_broadcast_line_dates_a_transcript_and_a_quoted_programme_name_is_its_title():
    m = _meta(f"RADIO PORTVILLE 101.2 FM\n\"Portville at Breakfast\"\nProgramme transcript\nBroadcast: Monday 17 April "
              f"2028, 08:10-08:40\n\n{BODY}\n")
    assert (m.title, m.date) == ("Portville at Breakfast", "2028-04-17")
    quoted = _meta(f"\"We planned for a storm. We did not plan for a week\"\n\nBy Ann Lee\n\nMay 3, 2026\n\n{BODY}\n")
    assert quoted.title == "\"We planned for a storm. We did not plan for a week\""


def test_a_spanish_byline_of_three_words_is_a_first_name_and_two_surnames():
    body = ("El río Aveno sigue cerrado a la pesca y los agricultores de la cuenca no pueden regar sus campos, "
            "según las autoridades de la región, que no saben cuándo se levantará la prohibición. ") * 4
    meta = extract_document(doc(f"Tres semanas sin el río\n\nPor Carmen Ibarra Soto\n\n{body}\n")).meta
    assert meta.language == "es" and [a.display() for a in meta.authors] == ["Ibarra Soto, Carmen"]
    english = extract_document(doc(f"Three weeks without the river\n\nBy Carmen Ibarra Soto\n\n{BODY}\n")).meta
    assert [a.display() for a in english.authors] == ["Soto, Carmen Ibarra"]  # (another language: as written)
    body_pt = ("As exportações das empresas da região estão numa situação que é difícil para os produtores, com perdas "
               "no mercado e também no porto, e não foi possível recuperar uma parte das vendas. ") * 4
    meta = extract_document(doc(f"Ponte reabre aos peões\n\nPor Helena Cordeiro Vaz\n\n{body_pt}\n")).meta
    assert meta.language == "pt" and [a.display() for a in meta.authors] == ["Cordeiro Vaz, Helena"]


def test_a_title_broken_off_at_a_comma_goes_on_to_the_next_line():
    m = _meta("NATIONAL SAFETY AUTHORITY\n\nInterim Report I-2034/02\n\nOverdoses of morphine in children at St Aldric's "
              f"Hospital, Corramore,\n28 February to 8 March 2034\n\nPublished 12 June 2034\n\n{BODY}\n")
    assert m.title == "Overdoses of morphine in children at St Aldric's Hospital, Corramore, 28 February to 8 March 2034"
    assert (m.number, m.date) == ("I-2034/02", "2034-06-12")
    m = _meta(f"Overdoses of morphine in children,\n\nPublished 12 June 2034\n\n{BODY}\n")
    assert m.title == "Overdoses of morphine in children,"  # (a blank line: the next line is not the title's)


def test_a_hard_wrapped_speaker_turn_ends_the_header_and_a_quoted_question_is_the_episodes_title():
    m = _meta('KESTRIAN BROADCASTING CORPORATION\nKBC RADIO ONE - HEALTH DESK\n"St Aldric\'s: Who owns the pump?"\n'
              "Broadcast: Friday 16 June 2034, 12:30-13:00\nPresenter: Oliver Penhallow\n\nTRANSCRIPT\n\n"
              "OLIVER PENHALLOW: Good afternoon. This week the National Patient Safety Investigation Authority\n"
              "published its interim report into the morphine overdoses at St Aldric's Children's Hospital in\n"
              "Corramore. Sixteen children were given up to five times the dose they were prescribed. Two of\n"
              f"them died.\n\n{BODY}\n")
    assert m.title == "St Aldric's: Who owns the pump?"
    # label lines ending in a sentence are no paragraph that ends the header
    m = _meta("DECISION SUMMARY\n\nReference: ODPC/DEC/2027/006\nDate of decision: 3 March 2027\nController: Corvenian "
              "Health Insurance Fund (CHIF), Ardell\nStatus: Provisional. The controller may make representations.\n\n"
              f"Preliminary Enforcement Notice: Corvenian Health Insurance Fund\n\n{BODY}\n")
    assert m.title == "Preliminary Enforcement Notice: Corvenian Health Insurance Fund"


def test_a_wire_storys_agency_is_read_from_a_dateline_the_header_ran_into():
    m = _meta("UPDATE 1-Pump library error behind overdoses, investigators say\n\n* No evidence of nurse error\n\n"
              "By Maja Holt\n\nCORRAMORE, Kestria, June 12 (KNA) - Sixteen children given morphine overdoses at St Aldric's\n"
              "Children's Hospital in March were harmed because the hospital's infusion pumps had been told the\n"
              f"drug was five times weaker than it was, the national patient safety investigator said on Monday.\n\n{BODY}\n")
    assert m.container == "KNA"


def test_a_header_says_its_day_after_posted_submitted_publie_or_as_a_sentence_of_its_own():
    for line, day in (("*Weir Notes, a blog about rivers. Posted by Mara Hale on Wednesday 2 July 2031.*", "2031-07-02"),
                      ("Submitted 8 June 2031", "2031-06-08"),
                      ("Publié le jeudi 14 février 2031 à 06 h 30", "2031-02-14"),
                      ("*A weekly newsletter on weirs, by Mara Hale. Saturday 7 June 2031.*", "2031-06-07"),
                      ("Thursday 27 March 2031, 18:00-18:30 (lead item and headlines)", "2031-03-27")):
        m = _meta(f"# The gates of the Lakeland weir\n\n{line}\n\n{BODY}\n")
        assert m.date == day, line
        assert m.title == "The gates of the Lakeland weir", line


def test_a_podcasts_episode_line_under_the_shows_line_is_the_title_and_the_show_its_container():
    m = _meta(f"THE WEIR — a podcast about rivers and the people who live by them\nEpisode 12: \"Nine days dry\"\n"
              f"Released Thursday 27 March 2031\nHost: Mara Hale\nGuests: Tomas Breck\n\n{BODY}\n")
    assert (m.title, m.container, m.number, m.date) == ("Nine days dry", "The Weir", "12", "2031-03-27")
    assert [a.display() for a in m.authors] == ["Hale, Mara"]
