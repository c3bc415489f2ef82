"""Attribution cue families added for recall on unseen text (issue #4); sentences written for
these tests (no name comes from the seeds or the golden documents)."""

from __future__ import annotations

import pytest

from citekit.extract.attributions import find_attributions
from citekit.extract.attributions.names import described_bodies
from citekit.ingest.view import plain_view
from citekit.models import Document, Fields


def attributions(text: str, date: str | None = "2025-05-14"):
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    return find_attributions(doc, plain_view(doc), Fields(date=date))


def authors(m) -> list[str]:
    return [a.literal or a.family for a in m.fields.authors]


# -- prepositional frames ----------------------------------------------------------------------
def test_an_office_the_text_never_names_is_the_source_it_calls_so_without_a_date():
    (m,) = attributions("The deputy minister told the Chamber on 9 February that the clinic would open.")
    assert m.text == "The deputy minister told" and authors(m) == ["the deputy minister"]
    assert m.fields.date is None  # (one text's: bridge.is_statement keeps it there)
    (m,) = attributions("The master told the Board that the cargo had shifted.")  # (a ship's)
    assert authors(m) == ["the master"]
    # a body known only by its kind, the same way ("The utility" of a text that names none)
    (m,) = attributions("Aguas de Villalmar runs the plant. The utility has informed the Secretariat that the "
                        "intake stays shut.")
    assert authors(m) == ["the utility"] and m.fields.date is None
    (m,) = attributions("Earlier this month the regulator concluded that margins were thin.")  # (a time opens it)
    assert authors(m) == ["the regulator"]
    # the present is the document's own office speaking ("The Commissioner notes", in a decision)
    assert attributions("The Commissioner notes that the fund was late.") == []


@pytest.mark.parametrize("text, cue", [
    ("The Harbour Board's guidelines make clear that night loading is banned.", "make"),
    ("The Harbour Board's annual report made clear that the quay was unsafe.", "made"),
    ("The Harbour Board claimed only that the quay was closed.", "claimed"),
    ("The Harbour Board has ruled out raising the fees.", "ruled"),
    ("The Harbour Board's review set out how the quay could reopen.", "set"),
])
def test_light_verb_phrases_and_a_hedged_that_report(text, cue):
    (m,) = attributions(text)
    assert m.cue == cue and authors(m) == ["Harbour Board"]


def test_a_pronoun_before_the_verb_is_its_subject_not_the_work_before_it():
    found = attributions("The Harbour Board said in a statement that it accepted the findings.")
    assert [m.text for m in found] == ["The Harbour Board said"]


def test_a_bodys_work_named_by_its_title_reports_through_which():
    (m,) = attributions("The figures come from the Harbour Board's Annual Report 2025, which records that 40 "
                        "cranes failed.")
    assert m.text == "the Harbour Board's Annual Report 2025, which records"
    assert authors(m) == ["Harbour Board"] and m.fields.title == "Annual Report 2025"
    (m,) = attributions("Few read the Harbour Board's Summer Readiness Assessment, which says that margins are tight.")
    assert authors(m) == ["Harbour Board"]  # (a title ending in "Assessment" is nobody's name)


@pytest.mark.parametrize("minister, ministry", [
    ("Piet Varo, the transport minister,", "Ministry of Transport"),
    ("Harbours and Fisheries Minister Piet Varo", "Ministry of Harbours and Fisheries"),
    ("The Minister for Health, Piet Varo,", "Ministry of Health"),
])
def test_the_ministry_of_a_text_that_names_only_its_minister(minister, ministry):
    found = attributions(f"{minister} told the Assembly that he trusted the regulator. Prices rose. "
                         "His ministry insists that the two positions are consistent.")
    assert authors(found[-1]) == [ministry] and found[-1].text == "His ministry insists"


def test_set_after_a_comma_is_a_participle_not_a_report():
    found = attributions("The Harbour Board's response, set out in a letter on 3 May, was brief.")
    assert [m.cue for m in found] != ["set"]


def test_frame_figures_compiled_by_a_body_with_a_plural_possessive_name():
    (m,) = attributions("Sales fell 4 percent, according to figures compiled by the Nordic Bakers' Federation.")
    assert m.source_name == "Nordic Bakers' Federation" and authors(m) == ["Nordic Bakers' Federation"]


def test_frame_data_from_a_countrys_agency_are_the_agencys():
    (m,) = attributions("Data from Lunmark's Coastal Survey Agency show that the dunes moved 40 metres.")
    assert authors(m) == ["Coastal Survey Agency"]
    (m,) = attributions("A study by Orlen's Harbour Institute found that the dunes moved.")
    assert authors(m) == ["Harbour Institute"]


def test_frame_release_of_a_named_body_is_a_new_work():
    (m,) = attributions("Rents rose 3%, according to the quarterly housing release of the Harbour Statistics "
                        "Board, published on 4 April.")
    assert m.text.endswith("Harbour Statistics Board") and authors(m) == ["Harbour Statistics Board"]
    assert m.fields.date == "2025-04-04"


def test_frame_possessive_owner_with_a_joiner():
    (m,) = attributions("Ten wells failed, according to the Ministry of Water's weekly bulletin.")
    assert authors(m) == ["Ministry of Water"] and m.fields.type == "report"


def test_frame_described_outlet_and_described_body():
    (m,) = attributions("Two lenders froze repayments, as reported by the financial daily Corriere Nordico.")
    assert m.source_name == "Corriere Nordico" and m.fields.note != "personal communication"
    (m,) = attributions("Roads were closed, according to the regional police, who gave no figure.")
    assert m.text == "according to the regional police"


def test_frame_definite_body_refers_back():
    found = attributions("The Baltic Fisheries Institute counted the boats. According to the institute, "
                         "half were idle.")
    assert [authors(m) for m in found] == [["Baltic Fisheries Institute"]]
    assert found[0].text == "According to the institute"


def test_work_maker_after_a_dated_participle():
    found = attributions("Most workers skipped breaks, according to a report published today by Fair Harvest, "
                         "a charity for farm workers. The report found that shade was rare.")
    assert found and all(authors(m) == ["Fair Harvest"] for m in found)
    (m,) = attributions("Admissions rose, according to a study published on Monday in *The Annals of Sleep*.")
    assert m.fields.container == "The Annals of Sleep"


# -- headlines -----------------------------------------------------------------------------------
def test_headline_with_a_bare_body_takes_the_body_named_later():
    found = attributions("Harbour repairs \"far too slow\", committee warns\n"
                         "The Coastal Affairs Committee published its findings on Monday.")
    assert found[0].text == "committee warns" and authors(found[0]) == ["Coastal Affairs Committee"]


def test_headline_with_a_bare_work_takes_the_work_named_later():
    found = attributions("Night shifts raise injury risk, new study finds\n"
                         "Injuries rose by a fifth, according to a study by the Lakeland Institute.")
    assert found[0].text == "new study finds"
    assert authors(found[0]) == authors(found[1]) == ["Lakeland Institute"]


def test_headline_with_a_bare_work_and_no_such_work_named_later_is_the_work_of_the_body_named_after_it():
    found = attributions("Harbour company was warned of the risk, audit finds\n"
                         "The company knew of the risk in 2026, the Harbour Audit Office said on Tuesday. According "
                         "to the audit, the alarm was never fitted.")
    assert [(m.text, authors(m), m.fields.type) for m in found] == [
        ("audit finds", ["Harbour Audit Office"], "report"), ("the Harbour Audit Office said", ["Harbour Audit Office"],
                                                              "misc"),
        ("According to the audit", ["Harbour Audit Office"], "report")]
    assert authors(attributions("Harbour company was warned, audit finds\nThe Harbour Port Office said on Tuesday "
                                "that it knew.")[0]) == []


def test_headline_hedges_and_body_sentences_are_not_headlines():
    assert attributions("Prices will keep rising, analysts say") == []
    assert attributions("Prices will keep rising in the spring, mostly in the cities.") == []


# -- names read as bodies, roles referring back --------------------------------------------------
def test_a_name_the_text_describes_as_a_body_is_no_person():
    text = "Fair Harvest, a charity for farm workers, released its survey of 300 pickers on 2 June."
    assert "fair harvest" in described_bodies(text)
    assert "aino salo" not in described_bodies("Aino Salo, a ferry operator, spoke.")  # a person may be one
    (m,) = attributions(text)
    assert m.cue == "released" and authors(m) == ["Fair Harvest"]


def test_capitalised_role_refers_to_the_person_named_with_it():
    text = ("The Minister of Fisheries, Tomas Keller, opened the harbour. The weather was fine. Boats were "
            "decorated. A band played.\nAsked about costs, the Minister said that the budget was met.")
    (m,) = attributions(text)
    assert m.text == "the Minister said" and m.fields.authors[0].family == "Keller"


# -- subjects set off by commas ------------------------------------------------------------------
def test_age_apposition_between_name_and_verb():
    (m,) = attributions("Her neighbour, Pavel Dorn, 71, said in Czech that the well had dried up.")
    assert m.fields.authors[0].family == "Dorn"


def test_outlet_named_in_apposition_to_its_description():
    (m,) = attributions("In 2021 a local newspaper, the Lakeside Courier, reported that the plant had leaked.")
    assert m.source_name == "Lakeside Courier"


def test_naming_verb_with_a_quoted_object():
    (m,) = attributions('Clean Rivers Trust, a campaign group, called the ruling "a disgrace."')
    assert m.cue == "called" and authors(m) == ["Clean Rivers Trust"]
    assert attributions('To tell the cases apart, Moreau calls them "overflow".') == []  # a term, not a report


def test_participle_after_a_named_apposition():
    (m,) = attributions('The President of the Dock Workers Union, Rosa Velez, welcomed the plan, saying it '
                        'was "long overdue".')
    assert m.cue == "saying" and m.fields.authors[0].family == "Velez"


# -- works cited by author and year --------------------------------------------------------------
def test_author_year_subject_in_prose():
    found = attributions("Abel and Brandt (2015) showed that debt matters. Costa, Dias and Evans (2018) reached "
                         "a similar conclusion. Closer to home, Fox and Gale (2022), in a working paper for the "
                         "treasury, estimate that it does. Hale et al. (2020) argue otherwise.")
    assert [(authors(m), m.fields.date) for m in found] == [
        (["Abel", "Brandt"], "2015"), (["Costa", "Dias", "Evans"], "2018"), (["Fox", "Gale"], "2022"),
        (["Hale"], "2020")]


def test_author_year_subject_with_a_long_aside_naming_the_study():
    # the study the aside names is theirs; one family name is an author too, with its year
    found = attributions("Moreno and Baptiste (2021), in a study of 318 engine service bulletins issued between "
                         "2005 and 2019, found that most were late. Delacroix-Amani (2019), in a study of 74 port "
                         "concessions in small open economies, showed that fees rose. Ruiz (2017) found less.")
    assert [(authors(m), m.fields.date) for m in found] == [(["Moreno", "Baptiste"], "2021"),
                                                            (["Delacroix-Amani"], "2019"), (["Ruiz"], "2017")]


def test_a_team_led_by_a_person_speaks_through_their_work():
    found = attributions("A team led by Dr Halina Varga at the University of Tarvenna's Geochemistry Group estimates, "
                         "in a preprint, that copper loads tripled. Researchers led by Professor Tom Reed of Aldmoor "
                         "University reported that the fish died. The group led by the ministry said nothing.")
    assert [(m.cue, authors(m), m.fields.type) for m in found[:2]] == [("estimates", ["Varga"], "report"),
                                                                       ("reported", ["Reed"], "report")]
    assert all("ministry" not in m.text for m in found)


@pytest.mark.parametrize("role", ["actuary", "liquidator", "coroner"])
def test_the_role_a_person_was_named_with_is_that_person(role):
    found = attributions(f"The scheme's {role}, Tomas Bell of Corbel Partners, values the fund every year. The {role} "
                         "now says the fund is 91 per cent funded.")
    assert [(m.text, m.fields.authors[0].family) for m in found] == [(f"The {role} now says", "Bell")]


def test_author_year_needs_a_reporting_verb():
    assert attributions("Ibsen (1964) performed the first count of the lines.") == []


@pytest.mark.parametrize("sentence, cue", [
    ("The Harbour Fund's determination of 20 May found that the notes were investments.", "found"),
    ("The Ministry of Finance's announcement of 4 June said that the fund would open in July.", "said"),
    ("The Board's own post-mortem concluded that its inspectors had hesitated.", "concluded"),
])
def test_more_document_nouns_as_subjects(sentence, cue):
    found = attributions(sentence)
    assert [m.cue for m in found] == [cue]


@pytest.mark.parametrize("sentence, cue", [
    ("Members had the Harbour Fund's determination of 20 May, which holds that the notes were investments.", "holds"),
    ("The Ministry of Finance's announcement of 4 June commits the Government to a guarantee.", "commits"),
    ("The Grid Authority's Summer Readiness Assessment, published on 12 May, judged the margins adequate.", "judged"),
    ("The committee read the Central Bank's letter of 18 March, which gave the lender until June.", "gave"),
])
def test_verbs_that_report_of_a_document_subject(sentence, cue):
    found = attributions(sentence)
    assert [m.cue for m in found] == [cue] and found[0].fields.authors


@pytest.mark.parametrize("sentence", [
    "The Harbour Fund gave the lender until June to raise capital.",
    "The ministry accepted the offer on Tuesday.",
    "The Fund holds 12% of the notes.",
])
def test_document_verbs_do_not_report_of_a_body(sentence):
    assert attributions(sentence) == []


def test_its_report_with_words_the_last_titled_work_lacks_is_not_that_work():
    found = attributions("The Bank's Financial Stability Report had found the system resilient. Harlow Bank's own "
                         "figures gave little warning. Its annual report for 2025 reported a profit.")
    assert [m.fields.title for m in found] == ["Financial Stability Report", None]
    assert authors(found[1]) == ["Harlow Bank"]  # "its": the body owning the last sentence's subject


def test_a_memo_keeps_its_kind_as_the_note():
    (m,) = attributions("A Vellmark Grid memo dated 9 March 2026, which the paper has seen, records the delay.")
    assert m.fields.note == "memo" and m.fields.type == "report"


def test_a_document_verb_through_the_work_an_opening_names():
    (m,) = attributions("In its determination of 2 May, the Harbour Fund reasoned that the notes were investments.")
    assert m.cue == "reasoned" and authors(m) == ["Harbour Fund"] and m.fields.date == "2025-05-02"
    assert attributions("On Tuesday, the Harbour Fund reasoned with its creditors.") == []


@pytest.mark.parametrize("sentence, title, start", [
    ("Section 31(2) of the Water Resources Act 2015 provides that licences lapse.", "Water Resources Act 2015",
     "Section"),
    ("The Civil Aviation (Investigation of Accidents) Act 2011 requires that reports be published.",
     "Civil Aviation (Investigation of Accidents) Act 2011", "The"),
])
def test_a_law_as_the_subject_of_a_reporting_verb(sentence, title, start):
    (m,) = attributions(sentence)
    assert m.fields.title == title and m.text.startswith(start) and m.fields.date == title[-4:]


def test_the_act_refers_back_only_to_an_act_named_before():
    found = attributions("A report by the Harbour Office found delays. The Act also requires that fees be published.")
    assert [m.cue for m in found] == ["found"]
    found = attributions("The Ports Act 2011 states that the minister sets fees. The Act also requires that "
                         "reports be published.")
    assert [m.fields.title for m in found] == ["Ports Act 2011", "Ports Act 2011"]


def test_a_role_given_after_a_name_without_an_article_as_in_a_witness_list():
    found = attributions("Witnesses: Jon Stark, Chief Executive, Valgrid plc; Teodora Linde, Minister of Energy. "
                         "Mr Stark said that Valgrid was short of reserve. The Minister told the committee that "
                         "the plan had been accepted.")
    assert [(m.cue, m.fields.authors[0].family) for m in found] == [("said", "Stark"), ("told", "Linde")]


@pytest.mark.parametrize("text, name", [
    ("The Bank of Meravia raised rates in May. Inflation fell, the central bank said.", "Bank of Meravia"),
    ("The Energy Regulation Authority opened an inquiry. The regulator said the operator had failed.",
     "Energy Regulation Authority"),
    ("The Ministry of Finance set out its plans. The finance ministry said revenue was up.", "Ministry of Finance"),
    ("The National Structures Safety Authority ordered inspections. Of 63 bridges, three were closed, the "
     "regulator said.", "National Structures Safety Authority"),
])
def test_a_body_described_in_lower_case_is_the_one_the_text_names(text, name):
    assert [authors(m) for m in attributions(text)][-1] == [name]


def test_the_regulator_of_a_text_naming_two_authorities_is_neither():
    found = attributions("The National Dam Safety Authority and the Port Authority met. Three dams were closed, "
                         "the regulator said.")
    assert not any(authors(m) in (["National Dam Safety Authority"], ["Port Authority"]) for m in found)


def test_writing_in_a_journal_names_one_article_of_all_its_authors():
    (m,) = attributions("Writing in the *Journal of Water Research* (vol. 9, no. 2, 2025), Madina Norlan and "
                        "Pavel Reshov estimated that glaciers have lost 18% of their area.")
    assert (authors(m), m.fields.type, m.fields.container, m.fields.date) == (
        ["Norlan", "Reshov"], "article", "Journal of Water Research", "2025")


def test_an_abbreviation_after_a_bracket_ends_no_sentence():
    from citekit.extract.attributions.text import sentences
    text = "It appeared in the journal (vol. 9, no. 2). Then it was cited (approx. 40 times)."
    assert [text[a:b] for a, b in sentences(text)] == [
        "It appeared in the journal (vol. 9, no. 2).", "Then it was cited (approx. 40 times)."]


def test_a_notes_marker_after_a_full_stop_ends_the_sentence():
    from citekit.extract.attributions.text import sentences
    text = ("Few were contacted.¹⁰ Data from the Harbour Institute show 1,146 visits. No one died.[2] The company "
            "issued a notice.[3][4] It was late.[^5] Then it rained.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "Few were contacted.", "Data from the Harbour Institute show 1,146 visits.", "No one died.",
        "The company issued a notice.", "It was late.", "Then it rained."]
    (m,) = attributions("Few were contacted.¹⁰ Data from the Harbour Institute show 1,146 visits.")
    assert m.text == "Data from the Harbour Institute show" and authors(m) == ["Harbour Institute"]


@pytest.mark.parametrize("sentence, family, given", [
    ("Deputy Governor Noor Valtonen, who oversees supervision, told reporters the review was fair.", "Valtonen", "Noor"),
    ("Auditor-General Ilona Marsh-Adeyemi told reporters that staff could not verify it.", "Marsh-Adeyemi", "Ilona"),
])
def test_a_capitalised_role_before_a_name_is_no_part_of_it(sentence, family, given):
    (m,) = attributions(sentence)
    assert (m.fields.authors[0].family, m.fields.authors[0].given) == (family, given)


def test_a_statement_dated_after_its_head_and_last_month_of_the_same_name():
    (m,) = attributions("The Ministry of Ports set out a plan. Later the ministry's statement of 8 May, which "
                        "insisted on calm, was published.", date="2025-10-14")
    assert m.fields.date == "2025-05-08" and authors(m) == ["Ministry of Ports"]
    (m,) = attributions("The Grid Agency's World Outlook 2024, published last October, warned that queues grow.",
                        date="2025-10-14")
    assert m.fields.date == "2024-10"


def test_a_family_name_after_an_honorific_is_the_person_named_in_full_in_a_list():
    found = attributions("Witnesses: Rosalind Ekwueme, Chief Executive, Grid Authority. Ms Ekwueme told the "
                         "committee that the rule was old. She said it would change.")
    assert [m.fields.authors[0].display() for m in found] == ["Ekwueme, Rosalind"] * 2


def test_a_title_set_off_after_a_document_noun_names_that_work():
    (m,) = attributions("The Grid Workers' Union's survey of control-room staff, Running Hot, reported that "
                        "58% had worked short shifts.")
    assert (m.fields.title, authors(m)) == ("Running Hot", ["Grid Workers' Union"])
    (m,) = attributions("In a commentary on the paper, Ingrid Haugen, a marine ecologist, wrote that the survey "
                        "showed the value of volunteers.")
    assert m.fields.title is None and m.fields.authors[0].family == "Haugen"


def test_a_time_phrase_before_a_name_is_not_part_of_it():
    found = attributions("In January the Pensions Advisory Council, an independent body, published a review of "
                         "the regimes. The council said it was costly.")
    assert [authors(m) for m in found] == [["Pensions Advisory Council"]] * 2


@pytest.mark.parametrize("line, type_, title, date", [
    ("Source: Harbour Authority, interim review of the 21 July 2027 outage, annex B", "report", None, None),
    ("Source: Bank of Estoria, Lessons from the failure of Harlow Bank, annex C", "misc",
     "Lessons from the failure of Harlow Bank", None),
    ("Source: Deposit Fund, Annual Report 2025, pp. 14-16", "report", "Annual Report 2025", "2025"),
    ("Source: Port Authority, annual report for 2025, table 2.1", "report", None, "2025"),
])
def test_a_source_line_names_the_work_after_its_body(line, type_, title, date):
    (m,) = attributions(line)
    assert (m.fields.type, m.fields.title, m.fields.date) == (type_, title, date)


def test_a_number_with_thousands_separators_is_one_token():
    (m,) = attributions("The Harbour Consumers' Federation's survey of 1,412 customers suggests that most waited.")
    assert authors(m) == ["Harbour Consumers' Federation"] and m.fields.type == "report"


def test_a_capitalised_document_name_is_a_title_and_our_titled_survey_is_the_issuers():
    (m,) = attributions("Critics noted that the Financial Stability Report of November 2025 had called the system "
                        "resilient.")
    assert (m.fields.title, m.fields.authors, m.fields.date) == ("Financial Stability Report", [], "2025-11")
    doc = Document(id="t", path="t.txt", sha256="0", text="Many members wrote to us. Our survey Locked Out, "
                   "published on 28 May, found that most customers waited.")
    (m,) = find_attributions(doc, plain_view(doc), Fields(date="2026-06-22", publisher="Harbour Federation"))
    assert (authors(m), m.fields.title, m.fields.date) == (["Harbour Federation"], "Locked Out", "2026-05-28")


def test_the_issuer_speaking_in_the_present_in_its_own_document_is_the_document():
    text = ("The Harbour Pricing Authority opened the file in March. The Authority finds that the price is too "
            "high. On 3 May the Harbour Pricing Authority said it would wait.")
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    meta = Fields(type="report", title="Price ceiling for Renavol", date="2026-05-14",
                  publisher="Harbour Pricing Authority")
    found = find_attributions(doc, plain_view(doc), meta)
    assert [(m.cue, m.fields.title) for m in found] == [("finds", "Price ceiling for Renavol"), ("said", None)]


@pytest.mark.parametrize("sentence, date", [
    ("The Ministry of Ports set out a plan. Later the ministry's statement of 8 May, which insisted on calm, "
     "was published.", "2025-05-08"),
    ("The Harbour Bank supervises lenders. Members read the Harbour Bank's letter to Harlow Bank of 18 March, "
     "which gave the lender until June.", "2025-03-18"),
    ("The Ministry of Ports set out a plan. Later the ministry's statement of 20 June, which insisted on calm, "
     "was published.", "2024-06-20"),
])
def test_a_day_and_month_date_the_work_in_the_texts_year(sentence, date):
    (m,) = attributions(sentence)
    assert m.fields.date == date


def test_the_countrys_body_so_described_is_the_one_the_text_names():
    found = attributions("PORTVILLE, July 21 (Harbour Wire) - A cable fault caused the blackout, the country's energy "
                         "regulator said on Tuesday. In an interim review, the Estorian Energy Regulation Authority "
                         "found that reserves were short.")
    assert [authors(m) for m in found] == [["Estorian Energy Regulation Authority"]] * 2


def test_the_makers_of_the_work_cited_last_speak_for_it():
    found = attributions("In a value-for-money review, the Office of the Harbour Auditor concluded that the fee was "
                         "too low. The auditors also warned that the terms were secret.")
    assert [m.cue for m in found] == ["concluded", "warned"] and found[1].fields == found[0].fields


def test_the_company_is_the_one_company_the_text_names_and_analysts_estimate():
    found = attributions("Talvik Port Holdings runs the terminal. In a statement issued within hours of the review, "
                         "the company said it had paid the fee. Analysts at Northbay Bank estimate that the fee "
                         "will rise. The agency report was late.")
    assert [(m.cue, authors(m)) for m in found] == [("said", ["Talvik Port Holdings"]),
                                                     ("estimate", ["Northbay Bank"])]


def test_writing_in_a_journal_set_off_after_the_authors():
    (m,) = attributions("Sorbe and Mensah, writing in the *Harbour Journal of Maritime Economics* in 2024, found "
                        "that fees fall.")
    assert (authors(m), m.fields.type, m.fields.container, m.fields.date) == (
        ["Sorbe", "Mensah"], "article", "Harbour Journal of Maritime Economics", "2024")


def test_he_is_the_person_opening_the_sentence_before_though_not_cited():
    found = attributions("Members present: Kwame Asante-Ruiz, Ingeborg Fell. Mr Julian Starke said the company was "
                         "sorry. Mr Asante-Ruiz pointed to the review commissioned in 2025. He said that the company "
                         "had known for months.")
    assert [m.fields.authors[0].display() for m in found] == ["Starke, Julian", "Asante-Ruiz, Kwame"]
    found = attributions("Mr Julian Starke said the company was sorry. Members had read a note by Kwame Asante-Ruiz. "
                         "He said that the company had known for months.")
    assert [m.fields.authors[0].family for m in found] == ["Starke", "Starke"]  # named, but not as the subject


def test_called_on_someone_to_act_reports_of_a_source_cited_before():
    found = attributions("Ann Lee, the union's chair, said staff were tired. She called on the board to hire more "
                         "engineers. The minister called on the village on Tuesday.")
    assert [m.cue for m in found] == ["said", "called"]


def test_the_review_refers_back_to_a_review_named_where_nothing_was_said_of_it():
    found = attributions("What the review found\n\nThe Government welcomes the candour of the Bank of Harlow's review. "
                         "The review concludes that the supervisors were slow. The committee read the Bank of "
                         "Harlow's letter of 18 March, which gave the lender a month.")
    assert [(m.cue, authors(m), m.fields.note) for m in found] == [
        ("concludes", ["Bank of Harlow"], None), ("gave", ["Bank of Harlow"], "letter")]


def test_its_authors_named_in_apposition_speak_for_the_work():
    found = attributions("A report by the Harbour Policy Forum, published in May, found that food prices rose. Its "
                         "authors, Thandiwe Ndlovu and Ama Mensah, estimate that the rise will last.")
    assert [m.cue for m in found] == ["found", "estimate"] and found[1].fields == found[0].fields


# -- what a work is called, and verbs of relying on one ------------------------------------------
def test_a_work_keeps_what_the_text_calls_it_as_its_genre():
    (m,) = attributions("The Tidewater Grid Authority's interim review found that reserves were short.")
    assert m.fields.genre == "interim review" and m.fields.type == "report"
    (m,) = attributions("The Harbour Workers' Union's survey of crane drivers, Long Shifts, reported fatigue.")
    assert m.fields.genre == "survey" and m.fields.title == "Long Shifts"
    (m,) = attributions("A report by the Tidewater Grid Authority found that reserves were short.")
    assert m.fields.genre is None  # "report" says no more than the type


def test_a_survey_by_a_body_published_last_month_is_dated():
    (m,) = attributions("A survey by the Harbour Workers' Union published last month found that shifts were longer.")
    assert authors(m) == ["Harbour Workers' Union"] and m.fields.date == "2025-04"


def test_a_capitalised_title_right_after_the_head_is_the_works_title():
    (m,) = attributions("The minister ignored the Harbour Workers' Union's survey Long Shifts, which found fatigue.")
    assert m.fields.title == "Long Shifts" and authors(m) == ["Harbour Workers' Union"]


def test_citing_or_drawing_on_a_document_is_an_attribution_to_it():
    (m,) = attributions("Senator Okafor cited the Harbour Workers' Union's survey, in which most drivers said "
                        "they worked unpaid hours.")
    assert m.cue == "cited" and authors(m) == ["Harbour Workers' Union"] and m.fields.genre == "survey"
    (m,) = attributions("The bill draws on a 2024 review by the Tidewater Law Commission.")
    assert authors(m) == ["Tidewater Law Commission"] and m.fields.date == "2024"
    (m,) = attributions("The paper cited a blog post by the security firm Ostrava Labs.")
    assert authors(m) == ["Ostrava Labs"]


def test_citing_a_concern_or_a_person_is_no_document():
    assert attributions("She cited concerns about the timetable. He pointed to the need for speed.") == []
    assert attributions("The opposition pointed to the minister's record on housing.") == []


def test_the_report_of_a_named_body_is_a_new_work_even_after_a_participle_aside():
    (m,) = attributions("The preliminary report of the Marsh Rail Safety Board, published on 1 April, finds that "
                        "a signal failed.")
    assert authors(m) == ["Marsh Rail Safety Board"] and m.fields.date == "2025-04-01"
    assert m.fields.genre == "preliminary report"


def test_a_firm_named_like_a_person_is_a_firm():
    (m,) = attributions("Ostrander Dynamics said the blade was sound.")
    assert m.fields.authors[0].literal == "Ostrander Dynamics"
    (m,) = attributions("The internal Kelvar Technics memo of November 2024 suggests the change was deferred.")
    assert authors(m) == ["Kelvar Technics"] and m.fields.date == "2024-11" and m.fields.genre == "memo"


def test_the_survey_is_no_earlier_memo():
    found = attributions("The Kelvar Technics memo of 18 November 2024 states that checks were deferred. "
                         "Senator Okafor drew on the survey in her questions.")
    assert [authors(m) for m in found] == [["Kelvar Technics"]]


def test_a_role_after_a_bodys_acronym_or_a_domain_is_no_part_of_the_name():
    found = attributions("Harbour operates the cranes. HPA Director General Ana Ruiz told reporters that the "
                         "cranes were safe. She said six were idle.")
    assert [authors(m) for m in found] == [["Ruiz"], ["Ruiz"]] and found[0].fields.authors[0].given == "Ana"
    (m,) = attributions("Transport Minister Tomas Vedder said the line would reopen.")
    assert m.fields.authors[0].given == "Tomas"


def test_who_said_after_a_person_is_that_persons_statement():
    (m,) = attributions("Transport Minister Tomas Vedder, who said last month that he trusted the regulator, "
                        "is due to speak on Monday.")
    assert authors(m) == ["Vedder"] and m.cue == "said"


def test_brokers_at_a_firm_speak_for_it_and_traders_are_a_hedge():
    (m,) = attributions("Brokers at Harrow Securities estimated that the grounding cost 40 million.")
    assert authors(m) == ["Harrow Securities"]
    assert attributions("Traders say the shares may fall further.") == []
    (m,) = attributions("Aviation consultancy Altimeter Advisory reckons that the figure will be higher.")
    assert authors(m) == ["Altimeter Advisory"]


def test_a_witness_with_a_bracketed_role_apologised_and_accepted_that():
    found = attributions("Ms Halme (Chief Executive, Harbour Foods plc) apologised to the families. "
                         "She accepted that the checks had been late.")
    assert [(authors(m), m.cue) for m in found] == [(["Halme"], "apologised"), (["Halme"], "accepted")]
    assert attributions("The court accepted the appeal.") == []


def test_a_spokeswoman_for_the_company_or_for_a_rival_speaks_for_it():
    (m,) = attributions("Harbour Foods plc makes pies. A spokeswoman for the company said on Monday that "
                        "it was cooperating.")
    assert authors(m) == ["Harbour Foods"] and m.fields.date == "2025-05-12"
    found = attributions("Corbel Foods makes pies. A spokesman for rival Corbel said it had no comment.")
    assert [authors(m) for m in found] == [["Corbel"]]


def test_as_the_paper_revealed_needs_no_that():
    found = attributions("As the Harbour Ledger revealed three weeks ago, the report was critical.")
    assert [authors(m) for m in found] == [["Harbour Ledger"]]


# -- pronouns after quoted speech ----------------------------------------------------------------
def test_a_pronoun_after_the_speakers_quoted_sentences_is_the_speaker():
    text = ('"We moved as fast as we could," said Marta Ilves, the port director. "The tide was against '
            'us. The cranes were down. Nobody could have loaded a ship that night."\n\n'
            'She added: "We will publish the log."')
    found = attributions(text)
    assert [m.text for m in found] == ["said Marta Ilves, the port director", "She added"]
    assert authors(found[1]) == ["Ilves"]


def test_a_quotation_over_several_paragraphs_is_quoted_speech():
    text = ('Jonas Pell, the fisheries minister, said:\n\n'
            '"The stocks are lower than anyone expected. The boats will stay in port until June, and '
            'the fund will pay the crews.\n\n'
            '"The scientists told us what they found. We listened to them."\n\n'
            'He added: "The quotas will be reviewed in the autumn."')
    found = attributions(text)
    assert [m.text for m in found] == ["Jonas Pell, the fisheries minister, said", "He added"]
    assert authors(found[1]) == ["Pell"]


def test_a_pronoun_after_an_opening_phrase_is_the_person_named_before():
    (m,) = attributions("Dr Mara Velt spoke first. In a speech to the Chamber of Commerce on Thursday, she said "
                        "the port would be sold.")
    assert m.text == "she said" and authors(m) == ["Velt"]


def test_a_pronoun_finds_a_person_named_after_a_role_and_given_name():
    (m,) = attributions("Harbour Minister Elias Brandvold defended the tender last week. He said the process "
                        "had been open.")
    assert m.text == "He said" and authors(m) == ["Brandvold"]


# -- bodies cited together, speaking again -----------------------------------------------------
def test_the_agencies_after_two_bodies_cited_together_is_their_joint_source():
    found = attributions("The Harbour Health Agency and the Coastal Met Office said nights were warmer. "
                         "The agencies added that kidney admissions rose.")
    assert found[-1].text == "The agencies added" and authors(found[-1]) == ["Harbour Health Agency"]


def test_the_agencies_without_bodies_cited_together_is_no_attribution():
    found = attributions("The Harbour Health Agency said nights were warmer. The agencies added that kidney "
                         "admissions rose.")
    assert [m.text for m in found] == ["The Harbour Health Agency said"]


# -- "put … at" of a work ----------------------------------------------------------------------
def test_a_works_put_at_is_a_figure_it_reports():
    (m,) = attributions("The Coastal Health Agency's revised figures, published last Thursday, put the toll at 212.")
    assert m.text.endswith("put") and authors(m) == ["Coastal Health Agency"]


def test_put_without_at_is_no_attribution_but_a_body_putting_a_figure_at_a_value_estimates_it():
    assert attributions("The Coastal Health Agency's figures put pressure on the ministry.") == []
    (m,) = attributions("The Coastal Health Agency put the toll at 212 workers on the site.")
    assert authors(m) == ["Coastal Health Agency"]


def test_it_does_not_refer_back_to_figures():
    found = attributions("The Coastal Water Board's Storm Review found that the drains were blocked. "
                         "The Coastal Met Office's data show that 212 mm fell. It notes that the dam held.")
    assert found[-1].text == "It notes" and found[-1].fields.type == "report"
    assert authors(found[-1]) == ["Coastal Water Board"]


def test_a_time_phrase_without_a_comma_may_open_the_clause_of_a_release():
    found = attributions("In late January the Harbour Pensions Council published a review of the port "
                         "pensions. The report concluded that the scheme was short of money.")
    assert [m.text for m in found] == ["the Harbour Pensions Council published a review", "The report concluded"]
    assert authors(found[1]) == ["Harbour Pensions Council"]


def test_a_place_phrase_without_a_comma_is_no_clause_opening():
    assert attributions("In Harbour Town the Harbour Pensions Council published a review of the pensions.") == []


# -- source lines with a document's symbol -------------------------------------------------------
@pytest.mark.parametrize("line, body, title", [
    ("Source: HDPO Decision Summary HDPO/DEC/2027/006 (3 March 2027).", "HDPO", "Decision Summary"),
    ("Source: HDPO, Decision Summary HDPO/DEC/2027/006 (3 March 2027).", "HDPO", "Decision Summary"),
])
def test_a_source_line_keeps_a_documents_symbol_as_its_number(line, body, title):
    (m,) = attributions(f"The fine is large.\n\n{line}\n\nMore text.\n", date="2027-03-05")
    assert (authors(m), m.fields.title, m.fields.report_number, m.fields.date) == \
        ([body], title, "HDPO/DEC/2027/006", "2027-03-03")


def test_a_source_line_naming_a_record_by_its_symbol_is_that_record():
    (m,) = attributions("The hearing was long.\n\nSource: Committee record HS/2027/04.\n\nMore text.\n")
    assert m.fields.type == "report" and m.fields.report_number == "HS/2027/04"


# -- headlines ----------------------------------------------------------------------------------
def test_a_colon_headline_is_its_body_speaking_through_the_work_named_next():
    found = attributions("### 2. HWSA: nobody read the alarms\n\nThe Harbour Water Safety Agency (HWSA) published "
                         "its report on Friday. The report found that alarms went unread for six hours.\n")
    assert [m.text for m in found][0] == "HWSA:"
    assert found[0].fields.type == "report" and authors(found[0]) == ["Harbour Water Safety Agency"]


@pytest.mark.parametrize("line", ["Update: the river is open again", "HWSA: Annual Report 2026",
                                  "Regulator: The Harbour Water Safety Agency", "DOI: https://doi.org/10.1000/xyz",
                                  "Q: what did the survey find about the river"])
def test_a_label_or_a_title_after_a_colon_is_no_headline_claim(line):
    assert attributions(f"{line}\n\nThe river reopened on Monday.\n") == []


def test_a_think_tank_or_an_auditor_ending_a_headline_is_its_source():
    (m,) = attributions("Inspectors stretched too thin, think tank says\n\nThe inspectors are few.\n")
    assert m.text == "think tank says"


# -- "its" works -------------------------------------------------------------------------------
def test_its_document_is_the_last_subject_bodys_and_a_supplementary_one_has_the_same_maker():
    found = attributions("The Harbour Fund said it had done nothing wrong. The Fund notified the Office on "
                         "2 February. Its notification stated that no data had been copied. A supplementary "
                         "notification of 7 February confirmed that data had been copied.", date="2027-03-03")
    notes = [m for m in found if "notification" in m.text]
    assert [authors(m) for m in notes] == [["Harbour Fund"], ["Harbour Fund"]]
    assert [m.fields.date for m in notes] == [None, "2027-02-07"]


def test_its_titled_report_is_the_bodys():
    found = attributions("The Harbour Security Agency said it had warned the fund. Its Threat Landscape Report "
                         "2026 had already named supplier accounts as the main risk.")
    assert authors(found[-1]) == ["Harbour Security Agency"] and found[-1].fields.title == "Threat Landscape Report"


def test_a_report_published_by_the_named_body_is_that_bodys():
    found = attributions("A technical report published by the Harbour Information Security Agency found that "
                         "the route was open.")
    assert {tuple(authors(m)) for m in found} == {("Harbour Information Security Agency",)}


# -- verbs with an audience, works that ask, relative clauses after a dated insertion ------------
def test_informed_the_audience_that_reports_and_informed_the_police_does_not():
    found = attributions("The Harbour Fund said on Monday there was no theft. The Fund has informed the Ministry "
                         "that 3.1 million members were affected.")
    assert found[-1].text == "The Fund has informed" and authors(found[-1]) == ["Harbour Fund"]
    assert attributions("The Harbour Fund informed the police on Monday.") == []


def test_a_document_that_asks_reports_what_it_asks():
    (m,) = attributions("The Harbour Security Agency's advisory of 8 February asks every public body to check "
                        "its supplier accounts.")
    assert authors(m) == ["Harbour Security Agency"] and m.fields.note == "advisory"


def test_which_said_after_a_dated_insertion_is_the_work_before_it():
    (m,) = attributions("The Harbour Fund's first public statement, on 3 February, which said there was no "
                        "evidence of access, was wrong.")
    assert m.text.endswith("which said") and authors(m) == ["Harbour Fund"]


def test_a_body_before_which_said_is_the_source_and_a_body_acting_is_not():
    (m,) = attributions("The breach made the front page of The Harbour Herald, which reported on Saturday that the "
                        "account had no second factor.")
    assert authors(m) == ["Harbour Herald"] and m.text.endswith("which reported")
    (m,) = attributions("The breach was revealed by The Harbour Herald, which reported on Saturday that the account "
                        "had no second factor.")  # (one mention: the Herald revealing it)
    assert authors(m) == ["Harbour Herald"]
    assert attributions("The dam was built by Harbour Logistics, which owns the port.") == []


def test_a_bodys_researchers_speak_for_it():
    found = attributions("The Lanthorn Foundation said the fund ignored warnings. The foundation's researchers found "
                         "that 40 hospitals used the same software.")
    assert found[-1].text == "The foundation's researchers found" and authors(found[-1]) == ["Lanthorn Foundation"]
    (m,) = attributions("The Lanthorn Foundation's researchers found that 40 hospitals used the same software.")
    assert authors(m) == ["Lanthorn Foundation"]


def test_the_report_by_a_named_body_is_a_new_work_of_that_body():
    (m,) = attributions("The report by the Harbour Fund said that the records had been copied.")
    assert authors(m) == ["Harbour Fund"] and m.fields.type == "report"


def test_a_counted_time_phrase_may_open_the_clause_of_a_release():
    found = attributions("Two days later The Harbour Herald published “Records offered for sale on a forum”, "
                         "reporting that the records were on sale.")
    assert found and authors(found[0]) == ["Harbour Herald"]


@pytest.mark.parametrize("text, cue", [
    ("The Harbour Dam Authority's interim report, published on Tuesday, pins the blame on blocked drains.", "pins"),
    ("The Harbour Energy Regulator's investigators also established that the relay failed.", "established"),
])
def test_more_verbs_of_works_and_their_makers(text, cue):
    (m,) = attributions(text)
    assert m.cue == cue


def test_a_headline_ending_in_regulator_rules():
    (m,) = attributions("Jets cleared to fly with blade checks every 1,000 flights, regulator rules\n\nThe jets flew.\n")
    assert m.text == "regulator rules"


# -- refusals and negations -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Harbour Fund said it was safe. Prosecutors have not said whether charges will follow.",
    "The Harbour Fund said it was safe. The report does not say how the password was obtained.",
    "The Harbour Fund said it was safe. It did not say when the review would end.",
    "The Harbour Fund said it was safe. Corvane Systems had not responded to requests for comment.",
])
def test_a_negated_or_refused_statement_is_no_attribution(text):
    assert [m.text for m in attributions(text)] == ["The Harbour Fund said"]


@pytest.mark.parametrize("text", ["Neighbours say the house was empty.", "Fishermen in Harl say the catch has halved.",
                                  "Brokers say the fee is too low."])
def test_a_bare_plural_noun_with_a_plural_verb_is_a_hedge(text):
    assert attributions(text) == []


def test_a_named_body_or_its_officials_still_speak():
    assert [m.text for m in attributions("Harbour Logistics says the fee is too low.")] == ["Harbour Logistics says"]
    assert authors(attributions("Officials at Harbour Bank say the fee is too low.")[0]) == ["Harbour Bank"]


def test_a_present_tense_publication_is_a_listing_not_an_attribution():
    assert attributions("On Thursday the Harbour Energy Centre publishes a briefing on grid reserves.") == []
    (m,) = attributions("On Thursday the Harbour Energy Centre published a briefing on grid reserves.")
    assert authors(m) == ["Harbour Energy Centre"]


def test_her_ministry_is_the_texts_ministry_and_a_person_of_a_body_is_the_person():
    found = attributions("Health Minister Carmen Ortiz of the Ministry of Health wrote on X that help was coming. "
                         "Her ministry said in a statement on Wednesday that 40 nurses were sent.")
    assert [authors(m) for m in found] == [["Ortiz"], ["Ministry of Health"]]
    assert found[0].fields.note == "personal communication"


def test_this_brief_after_another_kind_of_work_is_the_text_itself():
    found = attributions("The Harbour Institute of Public Health's rapid assessment of 2 April found 12 cases. "
                         "This brief asks why the plant was inspected only once.")
    assert [m.text for m in found] == ["The Harbour Institute of Public Health's rapid assessment of 2 April found"]


def test_a_body_that_argues_is_not_paraphrased_through_its_plan():
    found = attributions("The Harbour Fund accepted both recommendations. Its action plan of January 2025 gave June as "
                         "the completion date. The Fund argues that the contractor should share the blame.")
    assert found[-1].text == "The Fund argues" and found[-1].fields.note != "plan"


def test_this_investigation_produced_by_a_firm_is_the_report_before_it():
    found = attributions("An unpublished report circulating among diplomats says the group has grown. This "
                         "investigation, produced by a London-based private firm, names 14 affiliates.")
    assert len(found) >= 2 and found[-1].text.startswith("This investigation")


def test_a_work_issued_by_a_body_the_text_describes_is_that_bodys():
    found = attributions("The Kestrian Highways Agency closed the bridge on Monday. A traffic notice issued by the "
                         "agency describes the closure as indefinite. According to a service bulletin issued by the "
                         "crane's manufacturer, Tovald Lifting Systems, the bolts were weak.")
    assert [authors(m) for m in found if m.cue == "issued by"] == [["Kestrian Highways Agency"],
                                                                   ["Tovald Lifting Systems"]]
    (m,) = attributions("A traffic notice issued by the agency describes the closure as indefinite.")
    assert not m.fields.authors  # no agency named: none guessed


@pytest.mark.parametrize("text, cue", [("The letter was first made public by the Harbour Ledger on 5 May.", "made public by"),
                                       ("The flaw was disclosed by Greyfin Labs on Monday.", "disclosed by")])
def test_made_public_or_disclosed_by_a_source(text, cue):
    (m,) = attributions(text)
    assert m.cue == cue


@pytest.mark.parametrize("cue", ["saying", "telling shippers"])
def test_a_participle_after_a_clause_whose_subject_takes_the_article(cue):
    (m,) = attributions(f"The Harbour Authority closed the port on Monday, {cue} that the channel was unsafe.")
    assert authors(m) == ["Harbour Authority"] and m.cue == cue.split()[0]


def test_a_release_keeps_its_symbol_and_opening_day_and_takes_no_later_quotation_as_title():
    found = attributions('The Harbour Security Agency (HSA) was told on 6 February. On 8 February the Agency issued '
                         'a security advisory to all public bodies (HSA-SA-2027-03), warning that supplier accounts '
                         'were "a primary route of intrusion" and asking bodies to act.', date="2027-02-11")
    (m,) = [m for m in found if "advisory" in m.text]
    assert (m.fields.title, m.fields.date, m.fields.report_number) == (None, "2027-02-08", "HSA-SA-2027-03")


def test_a_bodys_annual_report_is_not_its_letter_cited_before():
    found = attributions("Brandt read from the Bank's letter to Harlow of 18 March 2026, which gave the lender until "
                         "June. The bank's annual report for 2025 found that liquidity was strong.")
    assert found[0].fields.note == "letter"
    assert all(m.fields.note != "letter" for m in found if "annual report" in m.text)


def test_put_is_a_release_only_as_put_out():
    (m,) = attributions("The Harbour Institute put out a report on Monday that found the port was losing money.")
    assert authors(m) == ["Harbour Institute"]
    assert attributions("Rep. Ilse Brandt put it to him that the annual report had been signed early.") == []


def test_the_figures_released_by_a_body_in_an_insertion_are_its_figures():
    found = attributions("The figures, released by the Harbour Statistics Office on Tuesday, show that exports fell.")
    assert found and all(authors(m) == ["Harbour Statistics Office"] for m in found)


def test_the_report_by_a_body_in_commas_and_a_writer_in_a_periodical():
    (m,) = attributions("The report, by the Harbour Institute, found that the berth was unsafe.")
    assert authors(m) == ["Harbour Institute"] and m.fields.type == "report"
    (m,) = attributions('"The berth is unsafe," writes Anna Berg in the Harbour Review.')
    assert authors(m) == ["Berg"]


def test_a_body_in_a_place_is_the_body():
    (m,) = attributions("The Harbour Bank of Norland in Tallin said rates would rise.")
    assert authors(m) == ["Harbour Bank of Norland"]


# -- a work named by its symbol --------------------------------------------------------------------
def test_a_work_named_by_its_kind_and_symbol_is_a_work_of_that_number():
    found = attributions("The Coastal Water Laboratory (CWL) tested the wells. The preliminary report CWL/2026/17-P "
                         "recorded nitrate in four of them. The report CWL/2026/17-P also said that two were unsafe.")
    assert [m.fields.report_number for m in found] == ["CWL/2026/17-P", "CWL/2026/17-P"]
    assert authors(found[0]) == ["Coastal Water Laboratory"] and found[0].fields.type == "report"


def test_symbols_in_apposition_and_with_their_date_tell_two_alerts_apart():
    found = attributions("The first alert, PFA 2026.0311, had named only two ports. Pacific Fisheries Alliance alert "
                         "PFA 2026.0347 (10 March) listed four more.")
    assert [m.fields.report_number for m in found] == ["PFA 2026.0311", "PFA 2026.0347"]
    assert authors(found[1]) == ["Pacific Fisheries Alliance"] and found[1].fields.date == "2025-03-10"


def test_a_symbol_after_another_work_is_a_new_work_of_the_kind_it_names():
    found = attributions("The ministry's notice said the wells would close. The report S/2024/512 found that "
                         "attacks rose.")
    assert found[-1].fields.report_number == "S/2024/512" and found[-1].fields.type == "report"
    assert found[-1].fields.authors == []


def test_an_office_named_without_its_holder_is_a_body_not_a_person():
    (m,) = attributions("The Chief Medical Officer said that three infants were ill.")
    assert authors(m) == ["Chief Medical Officer"] and m.fields.note != "personal communication"
    (m,) = attributions("Chief Inspector Jana Holm said that three infants were ill.")
    assert authors(m) == ["Holm"]


def test_an_office_after_its_portfolio_or_body_is_no_part_of_the_holders_name():
    found = attributions("Fisheries and Coastal Affairs Minister Tomas Vell said the quota would hold. "
                         "Harbour Bank of Lunmark Governor Ines Dorr said rates would stay. She told the committee so.")
    assert [(a.given, a.family) for m in found for a in m.fields.authors] == [
        ("Tomas", "Vell"), ("Ines", "Dorr"), ("Ines", "Dorr")]


def test_a_laboratory_or_cooperative_named_before_speaks_as_the_laboratory():
    found = attributions("The Coastal Water Laboratory tested the wells. The laboratory said that two were unsafe.")
    assert authors(found[-1]) == ["Coastal Water Laboratory"] and found[-1].text == "The laboratory said"


def test_a_second_verb_after_and_keeps_the_first_verbs_subject():
    found = attributions("The Coastal Water Laboratory found nitrate. On Monday, Harbour Foods accepted the "
                         "laboratory's findings and said that it would close the plant.")
    assert authors(found[-1]) == ["Harbour Foods"]


def test_denials_and_estimates_put_at_a_value():
    (m,) = attributions("Harbour Foods disputed that it had held anything back.")
    assert authors(m) == ["Harbour Foods"]
    (m,) = attributions("Analysts at Kelso Securities put the cost of the recall at 40 million euros.")
    assert authors(m) == ["Kelso Securities"]
    assert attributions("The minister put pressure on the agency.") == []
    assert attributions("Welch disputes that. He wants a recount.") == []


def test_an_occupation_before_a_name_is_a_role_and_a_body_named_after_what_it_is_speaks():
    (m,) = attributions("Microbiologist Tomas Brandt argued that the dryer was the source.")
    assert [a.display() for a in m.fields.authors] == ["Brandt, Tomas"]
    (m,) = attributions("Harbour Foods' insurer, Aldby Mutual, confirmed that it had been notified.")
    assert authors(m) == ["Aldby Mutual"]


def test_a_newspapers_report_is_an_article_in_that_newspaper():
    found = attributions("The Harwick Herald reported on 9 May that the plant was closed. Three days later, "
                         "as reported by the Harwick Herald, it reopened.")
    assert {m.fields.type for m in found} == {"article"}
    assert {m.fields.container for m in found} == {"Harwick Herald"}


def test_said_in_a_notice_or_a_ruling_speaks_through_that_document():
    found = attributions("The Harbour Safety Board said in a recall notice issued late on Wednesday that the "
                         "ferries must stay in port. According to the notice, two cables had failed.")
    assert len(found) == 2 and found[0].fields.note == "notice" and authors(found[1]) == ["Harbour Safety Board"]


def test_a_study_by_two_people_has_two_authors_but_a_firm_named_x_and_y_is_one():
    (m,) = attributions("Prices rose, according to a 2025 study by Mbeki and Tran.")
    assert [a.family for a in m.fields.authors] == ["Mbeki", "Tran"]
    (m,) = attributions("A report by Marks and Spencer found that sales fell.")
    assert authors(m) == ["Marks and Spencer"]


def test_a_symbol_in_brackets_after_a_work_names_that_work():
    found = attributions("The Harbour Safety Board closed the quay. The Board's preliminary report on the failure "
                         "(HSB/ENG/2026/03, 9 March) records that the brake was worn.")
    assert (found[-1].fields.report_number, found[-1].fields.date) == ("HSB/ENG/2026/03", "2025-03-09")
    (m,) = attributions("The Monitoring Team's latest report (S/2024/512) found that attacks rose.")
    assert m.fields.report_number == "S/2024/512"
    assert attributions("The ministry's plan (2025) found nothing.") == []


@pytest.mark.parametrize("text, who", [
    ('"The paper was right," said committee chair Ines Varga after the hearing.', "Varga"),
    ('"Nobody told us," said mother-of-three Lena Holt, whose sons walk to school.', "Holt"),
    ('"Nobody told us," said the local councillor, Lena Holt.', "Holt"),
    ('"The wards are safe," said the Ministry of Health.', "Ministry of Health"),
    ('The panel\'s chair, Owen Pryce MP, said: "We will report in June."', "Pryce"),  # letters after a name
])
def test_inverted_speech_after_a_description_and_post_nominal_letters(text, who):
    (m,) = attributions(text)
    assert authors(m) == [who], text


def test_told_the_committee_names_the_audience_not_the_source():
    found = attributions("Ana Ruiz, the agency's deputy director, told the Committee on 16 March that farms "
                         "would get half their water.")
    assert [authors(m) for m in found] == [["Ruiz"]]


def test_in_its_work_the_body_reports_whatever_verb_follows():
    (m,) = attributions("In its annual report, the Data Standards Authority recorded a 38% rise in complaints.")
    assert authors(m) == ["Data Standards Authority"] and m.fields.type == "report"
    (m,) = attributions("In its response on Wednesday, the Ministry of Fisheries accepted the new quota.")
    assert authors(m) == ["Ministry of Fisheries"]
    assert attributions("The Data Standards Authority recorded a 38% rise in complaints.") == []  # no work, no clause


def test_in_its_work_the_opening_without_its_comma():
    (m,) = attributions("In its statement of 17 March the Harbour Food Cooperative said that it would pay.")
    assert authors(m) == ["Harbour Food Cooperative"] and m.cue == "said"
    (m,) = attributions("In its 2 May bulletin the Harbour Health Agency reported 214 deaths.")
    assert authors(m) == ["Harbour Health Agency"]
    for text in ("In its first year the Harbour Mining Company grew fast.",
                 "In its statement of 17 March the Harbour Mining Company set aside 300 million crowns."):
        assert attributions(text) == [], text


@pytest.mark.parametrize("text, body", [
    ("The food workers' union said in March that the night crew had been cut.", "food workers' union"),
    ("The Varnholt public prosecutor's office said on Tuesday that it had named three suspects.",
     "Varnholt public prosecutor's office"),
    ("The regional prosecutor’s office said on Tuesday that it had named three suspects.",
     "regional prosecutor’s office"),
])
def test_a_body_described_with_a_possessive(text, body):
    (m,) = attributions(text)
    assert authors(m) == [body], text


def test_it_is_the_subject_of_the_sentence_before_not_its_last_name():
    found = attributions("The Audit Office of Varnia said on Monday that, according to the Ministry of Water, "
                         "records were lost. It added that the losses began in 2023.")
    assert [(m.text, authors(m)) for m in found][-1] == ("It added", ["Audit Office of Varnia"])


def test_the_makers_of_a_work_speak_for_it_in_the_plural():
    text = ("A study published on Monday in the Journal of Coastal Health found that heat raised admissions. "
            + "The team analysed 2.3 million admissions. " * 3
            + "The authors write that dehydration is the likely cause. The authors call for cooling centres.")
    found = attributions(text)
    assert [m.text for m in found][-2:] == ["The authors write", "The authors call"]
    assert found[-1].fields == found[0].fields  # the study's makers: the study


def test_we_is_the_issuer_citing_what_it_said_on_an_earlier_day():
    doc = Document(id="t", path="t.txt", sha256="0", text=(
        "The ministry welcomes the interim report. As we said in our first statement on 12 May, the line "
        "will stay closed. We warned on 1 March that the budget was short. We said that the line was safe."))
    found = find_attributions(doc, plain_view(doc), Fields(date="2027-05-20", publisher="Ministry of Water and Rail"))
    ministry = ["Ministry of Water and Rail"]
    assert [(m.text, authors(m), m.fields.date) for m in found] == [
        ("we said", ministry, "2027-05-12"), ("We warned", ministry, "2027-03-01")]
    news = find_attributions(doc, plain_view(doc), Fields(date="2027-05-20", publisher="The Pellridge Courier"))
    assert news == []  # a newspaper's "we" is its reporters, no earlier statement


def test_speech_in_straight_single_quotes():
    found = attributions("'It is far too early to speculate,' said Tamsin Vole, the chief inspector. "
                         "'We will know more next week,' she said. The workers' union said it would strike.")
    assert [(m.text, authors(m)) for m in found] == [
        ("said Tamsin Vole, the chief inspector", ["Vole"]), ("she said", ["Vole"]),
        ("The workers' union said", ["workers' union"])]


@pytest.mark.parametrize("text, who", [
    # a person named opening a live blog's timed entry, then "She said"
    ("Live updates.\n\n**10:05** — Station Manager Kerry Dunmore of the fire service has given an update at the "
     "scene. She said crews had released 14 people.", "Dunmore"),
    # named with a possessive description ("Stennock's mayor, Hugh Lattimer,")
    ("Stennock's mayor, Hugh Lattimer, has been speaking to us at the scene. He says people were evacuated.",
     "Lattimer"),
    # a date line just before the name is no quantity ("1,3 Terabyte Daten")
    ("12 May 2027\n\nKerry Dunmore has given an update at the scene. She said that crews had released 14 people.",
     "Dunmore"),
])
def test_pronoun_for_a_person_named_opening_an_earlier_sentence(text, who):
    (m,) = attributions(text)
    assert (m.text.split()[0].lower(), authors(m)) in (("she", [who]), ("he", [who]))


def test_an_agent_that_confirms_is_the_source():
    (m,) = attributions("The train left the rails at 40 km/h, an account confirmed by the Harbour Fire Service.")
    assert (m.cue, authors(m)) == ("confirmed by", ["Harbour Fire Service"])
    (m,) = attributions("This was corroborated by the Ministry of Transport on Tuesday.")
    assert authors(m) == ["Ministry of Transport"]
    assert not attributions("The death was confirmed by two witnesses.")  # nobody named


def test_the_documents_own_outlet_on_an_earlier_day():
    text = "THE HARBOUR COURIER\n\nSaturday 5 June 2027\n\nAs this newspaper reported on 13 May, the cranes had failed before."
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    (m,) = find_attributions(doc, plain_view(doc), Fields(date="2027-06-05", container="The Harbour Courier"))
    assert (m.text, authors(m), m.fields.date) == ("this newspaper reported", ["The Harbour Courier"], "2027-05-13")
    doc = Document(id="t", path="t.txt", sha256="0", text="As this newspaper reported, the cranes had failed.")
    assert not find_attributions(doc, plain_view(doc), Fields(date="2027-06-05", container="The Harbour Courier"))
    # after another source, and dated to a month: still the outlet's own earlier story
    text = ("A spokesperson for Lennick Ports told the station it was too early. Yet this newspaper reported in "
            "March 2027 that the cranes had failed.")
    doc = Document(id="t", path="t.txt", sha256="0", text=text)
    found = find_attributions(doc, plain_view(doc), Fields(date="2027-06-05", container="The Harbour Courier"))
    assert [(authors(m), m.fields.date) for m in found] == [(["Lennick Ports"], None),
                                                            (["The Harbour Courier"], "2027-03")]


@pytest.mark.parametrize("text", ["At 11:30 a spokesperson for Lennick Ports told the station it was too early.",
                                  "At 11:30, a spokesperson for Lennick Ports told the station it was too early.",
                                  "Later, a spokesperson for Lennick Ports told the station it was too early."])
def test_a_time_before_the_subject_opens_its_clause(text):
    (m,) = attributions(text)
    assert authors(m) == ["Lennick Ports"]


@pytest.mark.parametrize("text", ["The Office for National Statistics said prices rose.",
                                  "The Bureau of Labor Statistics said prices rose."])
def test_a_body_whose_name_ends_in_a_work_noun_is_the_body(text):
    (m,) = attributions(text)
    assert authors(m) == [text.split(" said")[0].removeprefix("The ")]


def test_a_work_whose_maker_the_text_only_describes():
    text = ("The monitoring contractor's quarterly report for the last three months of 2026 recorded three "
            "wire breaks. Later the contractor's quarterly report found that eleven more had broken.")
    first, second = attributions(text)
    assert first.source_name == "The monitoring contractor's quarterly report" and first.cue == "recorded"
    assert first.fields.authors == [] and first.fields.institution == "monitoring contractor"
    assert first.fields.note == "quarterly report by monitoring contractor"
    assert second.fields == first.fields  # the same maker described again, in fewer words


@pytest.mark.parametrize("text", [
    "The Office for Clinical Value (OCV), the bloc's health technology assessment agency, estimated that "
    "prices would fall.",  # an apposition describing a named body, not a work of "the bloc"
    "Last year's report found that prices rose.",  # a time, not a maker
])
def test_no_described_maker_outside_a_clause_subject(text):
    assert all(m.fields.institution not in ("bloc", "last year") for m in attributions(text))


def test_a_clause_is_no_body_name():
    # "the carrier" stands for no name here: "Nordhaven Line is a carrier" is a sentence, not a name
    found = attributions("Nordhaven Line is a carrier. In an advisory to customers, the carrier said the suspension "
                         "would last.")
    assert all("is a" not in a for m in found for a in authors(m))
    (m,) = attributions("The United Nations refugee agency will cut jobs, the agency said.")
    assert authors(m) == ["United Nations refugee agency"]


@pytest.mark.parametrize("name", ["Nordhaven Line", "Harlan Brede Engineers", "Cordillera Minerals",
                                  "Halloran Dynamics"])
def test_a_company_named_by_its_trade_is_a_body(name):
    (m,) = attributions(f"{name} said on Tuesday that the work would take ten days.")
    assert authors(m) == [name] and m.fields.note is None  # (not "personal communication" of a Mr {name})


def test_a_relative_clause_gives_a_persons_affiliation():
    (m, again) = attributions('"We are not against the port," Brid Tallon, who chairs the Ardmere Fishers\' '
                              "Cooperative, told the crowd. She said the blockade would go on.")
    assert m.fields.institution == again.fields.institution == "Ardmere Fishers' Cooperative"


@pytest.mark.parametrize("outlet", ["El Diario del Aveno", "Diário do Orvel", "De Grenskoerier", "Kessenauer Tagblatt",
                                    "Corriere Continentale"])
def test_an_outlet_named_in_another_language(outlet):
    (m,) = attributions(f"{outlet} reported on Tuesday that the bridge was closed.")
    assert m.fields.type == "article" and m.fields.container == outlet and authors(m) == [outlet]


def test_a_weekday_is_no_maker():
    (m,) = attributions("Wednesday's policy brief from the Halden Institute finds that inspections lag.")
    assert authors(m) == ["Halden Institute"]


def test_a_body_named_by_its_head_releases_a_work():
    (m,) = attributions("The Kestrian Highways Agency runs the bridge. The agency published its reopening plan on 3 May.")
    assert authors(m) == ["Kestrian Highways Agency"] and m.cue == "published"


def test_an_inquiry_named_before_speaks_as_the_inquiry():
    found = attributions("The Corran Street Footbridge Inquiry published its interim findings on Monday. The inquiry "
                         "found the work was scheduled for 2031.")
    assert [(m.text, authors(m)) for m in found][-1] == ("The inquiry found", ["Corran Street Footbridge Inquiry"])


@pytest.mark.parametrize("text, title, author", [
    ("According to the OECD's Pensions at a Glance 2023, the replacement rate is 50 percent.",
     "Pensions at a Glance 2023", "Organisation for Economic Co-operation and Development"),
    ("According to Germany's Federal Statistical Office, prices rose.", None, "Federal Statistical Office"),
    ("According to Spain's National Statistics Institute (INE), prices rose.", None, "National Statistics Institute"),
])
def test_a_title_or_a_body_after_a_makers_possessive_in_a_frame(text, title, author):
    (m,) = attributions(text)
    assert (m.fields.title, authors(m)) == (title, [author])


@pytest.mark.parametrize("text, maker", [
    ("A survey of 412 members of the Kaldrian Institution of Civil Engineers (KICE), published in March, found that "
     "half were overworked.", ["Kaldrian Institution of Civil Engineers"]),
    ("A poll of 2,000 staff of the Royal Mail by YouGov found that half were overworked.", ["YouGov"]),
    ("A survey of 30 ports found that half were congested.", []),
])
def test_a_survey_of_a_bodys_members_is_the_bodys_unless_another_made_it(text, maker):
    (m,) = attributions(text)
    assert authors(m) == maker


def test_police_speak_though_the_text_also_writes_police_in_lower_case():
    found = attributions("Norrhaven was dark. Police confirmed six deaths as temperatures fell.\n\n\"We expect more,\" "
                         "police spokesman Ole Rasten told reporters.")
    assert [(m.text, authors(m)) for m in found][0] == ("Police confirmed", ["Police"])


def test_the_business_is_the_company_the_notice_named():
    found = attributions("The Lindqvale Dairy Cooperative has informed the Agency that it stopped production on 2 "
                         "March. The business has told the Agency that its own release testing found nothing.")
    assert ("The business has told", ["Lindqvale Dairy Cooperative"]) in [(m.text, authors(m)) for m in found]


@pytest.mark.parametrize("text, quote, maker", [
    ("The human cost is spelled out in figures from the National Institute of Public Health (NIPH) that the "
     "auditors reproduce.", "figures from the National Institute of Public Health (NIPH)", "National Institute of Public Health"),
    ("Using landings data from Statistics Kestria, the institute estimates losses of 40 million.",
     "data from Statistics Kestria", "Statistics Kestria"),
    ("Data from the Oficina Nacional de Estadística point the same way.",
     "Data from the Oficina Nacional de Estadística", "Oficina Nacional de Estadística"),
])
def test_a_bodys_numbers_whatever_verb_follows(text, quote, maker):
    (m,) = attributions(text)
    assert (m.text, authors(m)) == (quote, [maker])


@pytest.mark.parametrize("text, quote, maker", [
    ("Figures supplied to the Ministry by the Deposit Guarantee Fund show that 97% were repaid.",
     "Figures supplied to the Ministry by the Deposit Guarantee Fund", "Deposit Guarantee Fund"),
    ("Data compiled by the WHO/UNICEF Joint Monitoring Programme for its 2021 progress report show that 60 percent "
     "lack water.", "Data compiled by the WHO/UNICEF Joint Monitoring Programme", "WHO/UNICEF Joint Monitoring Programme"),
])
def test_a_bodys_numbers_given_by_it_after_a_participle(text, quote, maker):
    (m,) = attributions(text)
    assert (m.text, authors(m)) == (quote, [maker])


@pytest.mark.parametrize("text", [
    "We had an acknowledgement from the board secretary. After that, nothing that I saw. I'm told it was discussed, "
    "but I've never seen a minute that says so.",
    "## Competing interests\n\nNone declared.",
    "Contacts in the shipping industry had told the Committee that rates were rising."])
def test_contractions_none_and_contacts_are_no_source(text):
    from citekit.extract.document import extract_document
    doc = Document(id="t", path="t.md", sha256="0", text=text, format="markdown")
    assert [m.text for m in extract_document(doc).mentions if m.kind == "attribution"] == []


def test_figures_opening_a_sentence_are_no_ones_name():
    found = attributions("Figures the Authority gave in answer to a parliamentary question in June show that staff fell.")
    assert not any("Figures" in authors(m) for m in found)


@pytest.mark.parametrize("text", ["He asked for figures from his staff.", "We used data from 2020.",
                                  "Using data from German cities, the authors fit a model."])
def test_numbers_from_no_named_body_are_no_source(text):
    assert attributions(text) == []


def test_she_after_a_spokeswoman_for_a_body_is_that_body_but_a_person_named_since_is_nearer():
    text = ("A spokeswoman for the VFSA confirmed that the agency received the letter on 24 February. She said a "
            "presumptive result was not a confirmed finding.")
    assert [authors(m) for m in attributions(text)] == [["VFSA"], ["VFSA"]]
    text = ("A spokeswoman for the VFSA confirmed that the agency received the letter. Anna Berg, a farmer, was "
            "angry. She said the result was wrong.")
    assert [authors(m) for m in attributions(text)][-1] == ["Berg"]


def test_a_released_work_titled_before_its_kind():
    (m,) = attributions("The Power and Utility Workers' Union published Running Hot, its survey of 212 staff.")
    assert m.fields.title == "Running Hot" and m.fields.genre == "survey"


@pytest.mark.parametrize("text, maker", [
    ("Members have before them a brief published on Monday by the Halvard Institute for Infrastructure Policy.",
     "Halvard Institute for Infrastructure Policy"),
    ("A working paper published on Tuesday by the Halden Institute goes further.", "Halden Institute"),
])
def test_a_work_published_by_a_body_is_cited_whatever_the_sentence_says(text, maker):
    (m,) = attributions(text)
    assert authors(m) == [maker] and m.cue == "published by"


def test_she_after_a_quote_is_the_person_named_after_a_long_title_not_the_byline():
    found = attributions("Bridge shut\n\nBy Jonas Pelletier\n\nKestrian Infrastructure Minister Beatriz Valadares was "
                         'more blunt on Tuesday. "We understand that safety comes first. But a bridge cannot be '
                         'closed," she said.')
    assert [authors(m) for m in found] == [["Valadares"]]


@pytest.mark.parametrize("text", ["Traffic was diverted via Ravensholm.", "Dial-in details", "Bank details: account 1234.",
                                  "The company lost money last year. It expects to finish the work by May."])
def test_no_source_in_a_route_a_heading_or_a_bodys_plans(text):
    assert attributions(text) == []


def test_via_an_outlet_is_still_a_source():
    (m,) = attributions("Prices rose, according to figures obtained via Reuters.")
    assert authors(m) == ["Reuters"]


def test_the_writers_byline_is_no_one_quoted():
    assert attributions('Bridge shut\n\nBy Jonas Pelletier\n\n"We are not against the port," she said.') == []


def test_a_currency_letter_is_no_source():
    found = attributions("The ministry's support fund (K 24 million, announced 20 May) opened on Monday.")
    assert all(authors(m) != ["K"] for m in found)


@pytest.mark.parametrize("text,maker", [
    ("Research by the Grattan Institute found that fans fail.", "Grattan Institute"),
    ("New research by Ruth Sefton of the University of Brenhaven found that fans fail.", "Sefton"),
    ("Polling by YouGov shows that most voters disagree.", "YouGov"),
    ("Analysis published by the Harbour Institute shows that fans fail.", "Harbour Institute"),
])
def test_a_mass_noun_work_is_its_makers_not_a_body_called_research(text, maker):
    (m,) = attributions(text)
    assert authors(m) == [maker] and m.fields.type == "report"


@pytest.mark.parametrize("text", ["Research shows that fans fail.",
                                  "Greyhook's head of threat research, Orla Kinsella, said the flaw was new."])
def test_research_alone_or_in_a_role_is_no_source_of_its_own(text):
    assert all(authors(m) not in (["Research"], ["Greyhook"]) for m in attributions(text))


def test_research_ending_a_bodys_name_is_no_work_head():
    (m,) = attributions("A 2023 study by the Geneva Centre for Displacement Research found that camps grew.")
    assert authors(m) == ["Geneva Centre for Displacement Research"] and m.fields.date == "2023"


def test_a_study_in_a_journal_published_by_researchers_is_their_article_in_it():
    (m,) = attributions("A multi-country study in The Lancet Planetary Health, published in May by researchers at "
                        "NOVA University Lisbon, found that nights were hotter.")
    assert m.fields.type == "article" and m.fields.container == "Lancet Planetary Health"
    assert authors(m) == ["NOVA University Lisbon"] and m.fields.date == "2025-05"


@pytest.mark.parametrize("text,container", [
    ("A 2025 study of past port disruptions in eleven economies published in the Journal of Maritime Economics, "
     "suggested that prices would rise.", "Journal of Maritime Economics"),
    ("A 2023 study in *Science*, drawing on 51,000 observations by volunteers, found that the sky was brightening.",
     "Science"),
])
def test_the_journal_a_study_appeared_in_is_its_container(text, container):
    (m,) = attributions(text)
    assert m.fields.container == container and m.fields.type == "article" and authors(m) == []


def test_a_work_carried_out_on_a_day_by_a_body_is_that_bodys():
    (m,) = attributions("A rapid community assessment carried out in October by the Harbour Institute found 40 cases.")
    assert authors(m) == ["Harbour Institute"]


def test_a_study_in_a_place_is_no_article():
    (m,) = attributions("A study in Kenya found that nights were hotter.")
    assert m.fields.container is None and m.fields.type == "report"


def test_provisions_of_regulations_cite_them_and_later_provisions_the_last_law_named():
    found = attributions("Regulation 21 of the Electricity Supply (Quality and Compensation) Regulations 2019 "
                         "requires a company to keep a register. Regulation 14 requires a company to pay 500 marks. "
                         "Section 16(1) provides that nothing is owed for storms.")
    assert [m.text.split()[0] for m in found] == ["Regulation", "Regulation", "Section"]
    assert {m.fields.title for m in found} == {"Electricity Supply (Quality and Compensation) Regulations 2019"}


def test_a_provision_with_no_law_named_before_cites_nothing():
    assert attributions("Regulation 14 requires a company to pay.") == []


@pytest.mark.parametrize("text,source", [
    ("Counsel for the Respondent, Mr Pal Eriksen, submitted that the Respondent had no control.", "Eriksen"),
    ("Tarvenet, in written submissions, agreed that the failure was outside its control.", "Tarvenet"),
    ("The Tarvenian Meteorological Institute issued a red warning for freezing rain on 13 January.",
     "Tarvenian Meteorological Institute"),
])
def test_submissions_agreement_and_a_warning_issued(text, source):
    (m,) = attributions(text)
    assert authors(m) == [source]


@pytest.mark.parametrize("text", ["The minister agreed to pay the fine.", "The company submitted its accounts late.",
                                  '"Costs will rise," the report says, a warning that comes too late.'])
def test_agreeing_to_act_submitting_papers_and_a_warning_described_are_no_sources(text):
    assert all(m.cue not in ("agreed", "submitted") and "warning" not in (m.fields.note or "")
               for m in attributions(text))


@pytest.mark.parametrize("text,found", [("Police confirmed six deaths as temperatures fell.", ["Police"]),
                                        ("Police confirmed at least 12 deaths.", ["Police"]),
                                        ("The ministry confirmed the appointment.", [])])
def test_a_count_confirmed_or_recorded_is_reported(text, found):
    assert [authors(m)[0] for m in attributions(text)] == found


@pytest.mark.parametrize("text,source", [
    ("Hedda Brun chairs the fund. Brun's view was that the fund had failed.", "Brun"),
    ("The Ministry of Energy said little. The ministry's position remains that the outage was unforeseeable.",
     "Ministry of Energy"),
])
def test_an_owners_stated_position_is_what_it_says(text, source):
    assert authors(attributions(text)[-1]) == [source] and attributions(text)[-1].cue in ("view", "position")


def test_a_problem_is_that_names_no_one():
    assert attributions("The problem is that the system failed.") == []


def test_a_link_after_a_works_words_is_its_address_and_no_words_of_the_sentence():
    (m,) = attributions("The Courier's story https://x.example/news/a-1 of 17 January found that the line failed.")
    assert m.fields.url == "https://x.example/news/a-1" and authors(m) == ["Courier"] and m.fields.date == "2025-01-17"
    found = attributions("A report https://www.tarvenet.example/r.pdf, published by Tarvenet, shows that the diesel failed.")
    assert found and all(m.fields.url == "https://www.tarvenet.example/r.pdf" and authors(m) == ["Tarvenet"]
                         for m in found)


def test_a_doi_inside_a_works_mention_is_its_doi():
    (m,) = attributions("A study in the Annals of Internal Medicine (doi:10.7326/M21-2977) found that coffee helps.")
    assert m.fields.doi == "10.7326/M21-2977" and m.fields.container == "Annals of Internal Medicine"


@pytest.mark.parametrize("text", ["History shows that heatwaves kill more people than floods.",
                                  "Experience tells us that the dam will hold.",
                                  "Evidence suggests that the dam will hold."])
def test_an_abstract_noun_showing_or_telling_is_no_body(text):
    assert attributions(text) == []


def test_a_long_title_with_small_words_and_a_colon_after_an_owners_name():
    (m,) = attributions("According to the Energy Department's Pathways to Commercial Liftoff: Clean Hydrogen report, "
                        "published in March 2023, costs will fall.")
    assert m.fields.title == "Pathways to Commercial Liftoff: Clean Hydrogen" and authors(m) == ["Energy Department"]
    assert m.fields.date == "2023-03"


def test_the_report_titled_in_apposition_is_the_report_just_cited():
    first, second = attributions('Hunger is spreading, according to a new report by the UN Office for the Coordination '
                                 'of Humanitarian Affairs (OCHA). The report, "Horn of Africa Drought: Regional '
                                 'Humanitarian Overview", says 23 million people are hungry.')
    assert first.fields == second.fields and first.fields.title == "Horn of Africa Drought: Regional Humanitarian Overview"


@pytest.mark.parametrize("text", ['"Hydrogen is the future," said U.S. Secretary of Energy Jennifer M. Granholm.',
                                  "U.S. Secretary of Energy Jennifer Granholm said hydrogen is the future."])
def test_a_countrys_secretary_of_a_portfolio_is_the_person_named_after(text):
    (m,) = attributions(text)
    assert [a.family for a in m.fields.authors] == ["Granholm"] and m.fields.note == "personal communication"


# -- session 27: subjects after a fronted time, in apposition, described, or inside a clause of time --
def test_a_release_after_weeks_ago_and_a_release_by_a_name_in_apposition():
    found = attributions("Harbour Nurses' Association (HNA) members went on strike. Two weeks ago the Harbour Ports "
                         "Inspectorate published its report on the berths. The nurses' association, the HNA, "
                         "published a survey in March on unpaid hours.")
    assert [(authors(m), m.cue) for m in found] == [(["Harbour Ports Inspectorate"], "published"),
                                                    (["Harbour Nurses' Association"], "published")]


def test_a_bodys_described_auditors_speak_for_it():
    (m,) = attributions("Westmere Docks Group (WDG) runs the port. WDG's internal auditors reported in March 2025 "
                        "that the backups had never been tested.")
    assert authors(m) == ["Westmere Docks Group"] and m.fields.date == "2025-03"


def test_a_work_inside_a_clause_of_time_is_not_the_subject_of_the_main_verb():
    found = attributions("The Harbour Ports Inspectorate published its report on Monday. The union's reply after "
                         "the report came out said that members would strike.")
    assert [m.text for m in found] == ["The Harbour Ports Inspectorate published its report"]
    (m,) = attributions("The school closed after a structural survey found cracked concrete panels.")
    assert m.text == "a structural survey found"


def test_a_numbered_paragraphs_sentence_starts_after_its_number():
    found = attributions("The hearing went on.\n\n2.1 Ms Halloran summarised the inspectors' findings.\n\n"
                         "2.4 Dr Vance said that the agency had warned the operators. In response to Mr Lund, she "
                         "accepted that the warning had gone to technical staff only.", date="2027-05-12")
    assert [(m.text, authors(m)) for m in found] == [("Ms Halloran summarised", ["Halloran"]),
                                                    ("Dr Vance said", ["Vance"]), ("she accepted", ["Vance"])]


def test_a_bodys_release_of_another_day_is_another_work_and_a_release_is_dated_after_its_object():
    found = attributions("3.1 The Harbour Water Authority (HWA) published its first technical report on the spill on "
                         "30 April (HWA/TR/2027/07). The report estimates the volume released.\n\n3.2 HWA's weekly "
                         "data release of 11 May shows copper at 12 micrograms per litre.", date="2027-05-12")
    assert [(m.fields.date, m.fields.report_number) for m in found] == [
        ("2027-04-30", "HWA/TR/2027/07"), ("2027-04-30", "HWA/TR/2027/07"), ("2027-05-11", None)]


def test_a_back_reference_closing_its_sentence_is_a_mention():
    found = attributions("The Harbour Ports Inspectorate published its report on Monday. Delays probably contributed "
                         "to harm in four cases, the report said. \"The gateway was never patched,\" the report says. "
                         "The report, the inspectors said, was late.")
    assert [m.text for m in found][:3] == ["The Harbour Ports Inspectorate published its report", "the report said",
                                           "the report says"]
    assert len({id(m.fields) for m in found[:3]}) == 3 and found[1].fields == found[0].fields == found[2].fields


def test_a_countrys_described_body_is_the_body_the_text_names_so():
    found = attributions("The Harbour Ports Inspectorate (HPI) regulates the docks. The operator left a flaw unfixed, "
                         "Lenmark's ports inspectorate said on Monday.")
    assert [(m.text, authors(m)) for m in found] == [("Lenmark's ports inspectorate said",
                                                      ["Harbour Ports Inspectorate"])]


def test_said_in_findings_without_a_determiner_speaks_through_them():
    found = attributions("The union's survey found that staff were tired. Data on 2.1 million people were exposed, "
                         "the Harbour Data Office said in preliminary findings published in January. The findings "
                         "also said the port had been slow to tell people.")
    assert [(m.text, m.fields.type, authors(m)) for m in found][1:] == [
        ("the Harbour Data Office said", "report", ["Harbour Data Office"]),
        ("The findings also said", "report", ["Harbour Data Office"])]
    assert found[1].fields.date == "2025-01"
    assert [m.fields.type for m in attributions("The Harbour Data Office said in January that data were lost.")] == [
        "misc"]


def test_a_spokesperson_of_a_body_described_by_its_head_speaks_for_the_body_the_text_names():
    found = attributions("The Saltmere Police were called. A police spokesperson told the magazine that no one was hurt. "
                         "A company spokesman said the plant was safe.")
    assert [(m.text, authors(m)) for m in found] == [("A police spokesperson told", ["Saltmere Police"])]


def test_a_times_possessive_is_a_determiner_and_dates_the_work():
    found = attributions("Friday 5 June 2026\n\nLast week's review by the Harbour Audit Office (Report No. 9/2026) "
                         "estimated that the fee was too low. Thursday's announcement from the Ministry of Ports sets "
                         "out a hardship fund.", date="2026-06-05")
    assert [(m.text.split()[0], authors(m), m.fields.date) for m in found] == [
        ("Last", ["Harbour Audit Office"], "2026-05"), ("Thursday's", ["Ministry of Ports"], "2026-06-04")]


def test_a_times_possessive_without_a_maker_is_the_work_of_that_kind_just_cited():
    found = attributions("The Harbour Statistics Board published its annual report in May. This year's report also "
                         "records a fall in arrivals.", date="2026-06-05")
    assert [m.text for m in found][-1] == "This year's report also records"
    assert found[-1].fields == found[0].fields


def test_a_bodys_statement_of_another_day_is_not_its_announcement():
    found = attributions("The Ministry of Ports's announcement of 4 June commits money to the fund. Compare that with "
                         "the ministry's statement of 8 May, which insisted that nothing would be spent.",
                         date="2026-06-05")
    assert [m.fields.date for m in found] == ["2026-06-04", "2026-05-08"]


def test_a_work_after_a_preposition_in_a_frames_phrase_is_not_its_object():
    found = attributions("The Harbour Audit Office's review estimated that the fee was low. The same office had "
                         "already warned, in *Port Investment* (Report No. 7/2023), that the ministry relied on its "
                         "counterparties for commercial advice.")
    assert not any("relied" in m.text for m in found)


def test_a_person_described_as_a_bodys_role_speaks_and_her_reported_clause_is_no_new_source():
    found = attributions("The Harbour Board spokesperson Jan Lund told the paper that the board accepts the findings. "
                         "Helena Voss, HWC's chief executive, said in an emailed statement that she had asked the "
                         "board to act.")
    assert [(m.text, authors(m)) for m in found][1:] == [("Helena Voss, HWC's chief executive, said", ["Voss"])]
    found = attributions("Ada Lind, the agency's director, said on Monday that she had warned the board in a letter "
                         "in 2025 that the cables were failing.")
    assert [m.text for m in found] == ["Ada Lind, the agency's director, said", "she had warned"]


def test_a_participles_aside_between_a_source_and_its_verb_is_skipped():
    found = attributions("The Port Statistics Office (PSO) counts ships. The Harbour Board, citing PSO figures, said on "
                         "Thursday that traffic fell.")
    assert [(m.text, authors(m)) for m in found] == [
        ("The Harbour Board, citing PSO figures, said", ["Harbour Board"]), ("citing PSO", ["Port Statistics Office"])]


def test_a_reporting_verb_after_and_speaks_for_the_sentences_subject():
    found = attributions("The Minister, Ruth Kallen, stood up in the Assembly on 12 March and said the government would "
                         "examine every link.")
    assert [(m.cue, authors(m)) for m in found] == [("said", ["Kallen"])]
    assert attributions("The Minister, Ruth Kallen, ordered a review and announced a fund for the families.") == []
    assert attributions("The port closed and said nothing.") == []


def test_a_bodys_title_ending_in_a_year_is_its_work_not_a_body():
    found = attributions("The Harbour Agency's State of Rivers 2028 also lists the lower Aldra among four rivers.")
    assert [(m.fields.title, authors(m), m.fields.date) for m in found] == [
        ("State of Rivers 2028", ["Harbour Agency"], "2028")]


def test_a_work_that_points_out_or_whose_words_are_read_out_reports():
    found = attributions("The Harbour Water Company's press release of 19 September points out that the money went on "
                         "pipes. Ms Lund's post on X on 5 March read: \"The station is empty again.\"")
    assert [(m.cue, m.fields.type) for m in found] == [("points", "misc"), ("read", "webpage")]
    assert attributions("The department kept no record of which water points were working.") == []
    assert attributions("The Harbour Board's sign read closed for most of the year.") == []


def test_a_source_that_makes_recommendations_or_a_point_says_them():
    assert [m.text for m in attributions("The Harbour Audit Office makes three main recommendations.")] == [
        "The Harbour Audit Office makes"]
    assert [m.text for m in attributions("Lindqvist (2023) makes a similar point about the harbour.")] == [
        "Lindqvist (2023) makes"]
    for text in ("The Harbour Board made a profit of 3 million.", "The audit makes no such finding.",
                 "She asked what assessment he has made of the findings of the Harbour Board."):
        assert attributions(text) == [], text


def test_a_second_report_of_the_same_year_by_another_body_is_that_bodys():
    found = attributions("A 2024 report by the Harbour Institute concluded that rents rose. A 2024 report by the "
                         "Coastal Water Board titled “Dry Years” concluded that wells fell. A 2024 report also found "
                         "that prices rose.")  # (the last: the latest 2024 report)
    assert [(authors(m), m.fields.title) for m in found] == [
        (["Harbour Institute"], None), (["Coastal Water Board"], "Dry Years"), (["Coastal Water Board"], "Dry Years")]


def test_a_bodys_name_starting_with_a_work_noun_is_a_name_in_a_frame():
    found = attributions("The Harbour Board published its report in May. Two million people were hit, according to "
                         "the Data Commissioner. Prices rose, according to the Statistics Office.")
    assert [(m.text, authors(m)) for m in found][1:] == [
        ("according to the Data Commissioner", ["Data Commissioner"]),
        ("according to the Statistics Office", ["Statistics Office"])]
    found = attributions("Prices rose, according to the Data Protection Commission's annual report.")
    assert [(authors(m), m.fields.type) for m in found] == [(["Data Protection Commission"], "report")]


def test_a_role_of_two_words_or_after_a_time_adverb_is_the_person_named_with_it():
    found = attributions("The chief executive, Tom Ray, said the harbour was safe. The chief executive said he was "
                         "sorry. The Minister of Transport, Anna Berg, said the rescue worked. Later the Minister told "
                         "the Assembly that it was fine.")
    assert [(m.text, authors(m)) for m in found] == [
        ("The chief executive, Tom Ray, said", ["Ray"]), ("The chief executive said", ["Ray"]),
        ("The Minister of Transport, Anna Berg, said", ["Berg"]), ("the Minister told", ["Berg"])]


# -- hard-wrapped text ----------------------------------------------------------------------------
WRAPPED = """Harbour notes

The Port Authority has not waited for the regulations to change, whatever the ministry may say.
Harbourmaster Oskar Fenn
told the committee on Thursday that every freight vehicle has been weighed at Terminal 2 since
June, and the duty officer confirmed that the weighbridge had been repaired by the contractor in
the second week of that month, at a cost the Authority has not published and will not discuss.

- The Authority's annual report for 2032, published in March,
- and the ministry's circular of 4 May
JANE OSK: The families were told nothing.
"""


def test_a_hard_wrapped_paragraph_reads_as_prose_across_its_line_breaks():
    from citekit.extract.attributions.text import unwrap

    flat = unwrap(WRAPPED)
    assert len(flat) == len(WRAPPED)
    assert "Oskar Fenn\ntold" in flat  # (a short line: a break of its own, not the wrap width)
    assert "Terminal 2 since June" in flat and "repaired by the contractor in the second" in flat
    assert "Harbour notes\n\nThe Port" in flat  # a heading and a blank line stay
    assert "March,\n- and" in flat and "4 May\nJANE OSK:" in flat  # list items and a speaker's label
    assert unwrap("short\nlines\n" * 10) == "short\nlines\n" * 10  # nothing wrapped at a width of 5
    long_lines = ("A paragraph on one line that runs on and on " * 5 + "\n") * 10
    assert unwrap(long_lines) == long_lines  # lines that are paragraphs


def test_a_source_and_its_verb_on_two_lines_of_a_wrapped_paragraph_are_one_attribution():
    text = ("To be fair again: the Port Authority has not waited for the regulations. Harbourmaster Oskar Fenn\n"
            "told the committee on Thursday that every freight vehicle has been weighed at Terminal 2 since\n"
            "June, whatever the regulations say, and that the weighbridge had been repaired by its contractor.\n"
            "The ministry has said nothing about it since the committee met, and the Authority has not\n"
            "published the figures it gave the committee, which the families have asked to see in full.\n") * 2
    assert [(m.text, authors(m)) for m in attributions(text)][:1] == [("Harbourmaster Oskar Fenn\ntold", ["Fenn"])]


# -- promises and kinds of body ----------------------------------------------------------------
def test_a_promise_of_a_person_or_body_is_what_they_said():
    (m,) = attributions("Ilka Varden has promised a remediation plan for the harbour by June.")
    assert m.cue == "promised" and authors(m) == ["Varden"]
    (m,) = attributions("The Tessaly Ports Authority promised on 2 March a fund for the families.")
    assert authors(m) == ["Tessaly Ports Authority"]


def test_the_ministry_is_not_the_different_body_cited_just_before():
    found = attributions("The Orlen Energy Policy Centre has estimated that costs would rise. "
                         "Later, the ministry said it would act.")
    assert [authors(m) for m in found] == [["Orlen Energy Policy Centre"], ["the ministry"]]  # (only so described)
    found = attributions("The Harbour Statistics Board has estimated that costs would rise. "
                         "Later, the agency said it would act.")  # any body may be called "the agency"
    assert [authors(m) for m in found] == [["Harbour Statistics Board"]] * 2


def test_a_complaint_that_is_what_was_said():
    (m,) = attributions("Ms Varga complains that the council never replied to her letters.")
    assert m.cue == "complains" and authors(m) == ["Varga"]
    assert attributions("Ms Varga complained of pain in her knee.") == []


def test_opened_by_saying_that_is_what_the_subject_said():
    (m,) = attributions("Mr Ostler opened by saying that the fund stood by its valuations.")
    assert m.cue == "saying" and authors(m) == ["Ostler"]
    assert attributions("Mr Ostler made his name by saying little.") == []


def test_a_role_after_a_bodys_name_is_that_bodys_person_or_the_body():
    (m,) = attributions("The Carrow Water chief executive said on 8 March that the plant was safe.")
    assert authors(m) == ["Carrow Water"]
    found = attributions("Lena Ashby, chief executive of Carrow Water, visited the plant. "
                         "The Carrow Water chief executive said on 8 March that the plant was safe.")
    assert [authors(m) for m in found] == [["Ashby"]]


def test_said_on_a_day_in_a_report_speaks_through_that_report():
    found = attributions("Assets were overstated by 4 million, the Orlen Pensions Authority (OPA) said on "
                         "Wednesday, in a report that also found that members were mis-sold. "
                         "The inquiry report concluded that the trustees failed.")
    assert found and all(m.fields.type == "report" and authors(m) == ["Orlen Pensions Authority"] for m in found)


# -- headlines and bullets opening with their bare source ----------------------------------------
WIRE = ("UPDATE 2-Regulator finds Orlen pension fund overstated assets by KM 40 mln\n\n"
        "* Interim report finds weighbridge broken for four months\n"
        "* Ferry sailed overloaded, investigators find\n\n"
        "HALDOR, Sept 15 (KPS) - Assets were overstated, the Orlen Pensions Regulatory Authority said on "
        "Wednesday in an interim report.\n")


def test_a_headline_or_bullet_opening_with_its_bare_source_is_resolved_forward():
    found = attributions(WIRE)
    by_text = {m.text: m for m in found}
    assert by_text["Interim report finds"].fields.authors == by_text[
        "the Orlen Pensions Regulatory Authority said"].fields.authors
    assert "investigators find" in by_text


def test_a_headline_atop_the_issuers_own_release_is_its_own_voice():
    text = "Council accepts inquiry findings in full\n\nTavistow City Council today accepted the findings.\n"
    doc = Document(id="t", path="t.html", sha256="0", text=text)
    found = find_attributions(doc, plain_view(doc), Fields(date="2025-05-14", publisher="Tavistow City Council"))
    assert not any(m.text.startswith("Council accepts") for m in found)


def test_he_told_me_after_the_person_the_writer_spoke_to():
    (m,) = attributions("When I spoke to Dr Amos Feldt, the chief inspector, last Tuesday, he told me that "
                        "enforcement action was under active consideration.")
    assert authors(m) == ["Feldt"]
    assert attributions("Ministers met the families of Amos Feldt on Monday. He told me that nothing changed.") == []


def test_read_in_a_periodical_is_its_article():
    (m,) = attributions("I read in the Harbour Courier in August that the advisers got a bonus.")
    assert m.text == "read in the Harbour Courier"
    assert attributions("The bill was read in Parliament on Monday and passed.") == []


def test_the_agency_is_the_one_whose_work_the_text_cited_last():
    found = attributions("Its findings were reported by the Tarvonian Press Agency. The National Cyber Resilience "
                         "Agency (NCRA) had warned in its Annual Threat Assessment 2027 that hospitals were targets. "
                         "The agency's 2028 assessment recorded that hospitals made up 31 per cent of incidents.")
    assert authors(found[-1]) == ["National Cyber Resilience Agency"]


def test_a_bodys_work_of_another_kind_is_not_its_alert():
    found = attributions("In a Rapid Outbreak Assessment, the National Institute of Public Health (NIPH) said all "
                         "31 patients had the same strain. The institute's first alert, on March 4, had put the "
                         "count at 12. The NIPH assessment recommends that inspectors take swabs.")
    alert, assessment = found[-2], found[-1]
    assert authors(assessment) == ["National Institute of Public Health"] and assessment.fields != alert.fields


@pytest.mark.parametrize("inserted", ["carried out by engineers from Halden Partnership on behalf of the council",
                                      "conducted by Halden Partnership", "prepared by Halden Partnership"])
def test_a_work_whose_maker_an_inserted_participle_names(inserted):
    found = attributions(f"A structural survey found cracks. The survey, {inserted}, found that the roof was unsafe.")
    assert authors(found[-1]) == ["Halden Partnership"]


def test_an_outlet_named_after_what_it_is_reports_under_its_name():
    (m,) = attributions("A trade publication, Boxline Weekly, reported on 9 April that shippers were complaining.")
    assert (m.text, authors(m)) == ("A trade publication, Boxline Weekly, reported", ["Boxline Weekly"])


def test_has_written_reports_with_what_the_letter_confirms():
    (m,) = attributions("The Governor, Anselm Drechsler, has written to the Minister confirming that the bank agrees.")
    assert m.text == "The Governor, Anselm Drechsler, has written"
    assert attributions("The union has written to the Commissioner about staff data.") == []
    assert attributions("The letter was written by the Minister's office last week.") == []


def test_a_name_ending_a_line_is_a_name_of_the_text():
    found = attributions("Defendant: Vestrenian Union of Dock and Harbour Workers\n\nThe Act requires a union to give "
                         "notice. The Union argues that the first notice complied.")
    assert authors(found[-1]) == ["Vestrenian Union of Dock and Harbour Workers"]


def test_the_company_is_one_company_with_or_without_its_legal_form():
    found = attributions("Applicant: Halvorsen Pharma ASA\n\nHalvorsen Pharma applied for a price in October. In its "
                         "application, the company claimed that the drug would save money.")
    assert authors(found[-1]) == ["Halvorsen Pharma ASA"]


def test_last_years_edition_is_the_year_before_and_this_years_report_the_one_just_cited():
    found = attributions("The agency's Global Trends report for 2024, published on 12 June, notes that the total "
                         "doubled. Last year's edition, Global Trends 2023, had counted 117.3 million. This year's "
                         "report also records some good news.", date="2025-06-20")
    assert [(m.fields.title, m.fields.date) for m in found] == [
        ("Global Trends", "2025-06-12"), ("Global Trends 2023", "2024"), ("Global Trends", "2025-06-12")]


def test_a_work_by_two_people_each_with_their_affiliation_has_both_authors():
    (m,) = attributions("Research by Greta Varga of the University of Tessholm and Jonas Lindholm of the Estrelmark "
                        "School of Economics found that deposits fled.")
    assert authors(m) == ["Varga", "Lindholm"]
    (m,) = attributions("A study by Greta Varga of the University of Science and Technology found that deposits fled.")
    assert authors(m) == ["Varga"]


def test_a_titled_work_with_its_year_then_a_description_in_apposition_is_the_subject():
    (m,) = attributions("ENISA's Threat Landscape 2024, the EU cybersecurity agency's annual report, ranked "
                        "ransomware among the most serious threats.")
    assert (authors(m), m.fields.title) == (["ENISA"], "Threat Landscape 2024")


def test_a_work_an_inserted_participle_says_another_body_made_is_not_the_one_before():
    found = attributions("The Haldor Courier published an investigation of its valuations on 9 February. The "
                         "actuarial valuation as at 31 March 2031, prepared by Corbel Actuarial LLP, put the funding "
                         "level at 97 per cent.")
    assert authors(found[-1]) == ["Corbel Actuarial LLP"]


def test_a_definite_work_of_one_kind_is_not_the_last_work_of_another_kind():
    found = attributions("The Haldor Courier published an investigation on 9 February. The valuation put the funding "
                         "level at 97 per cent.")
    assert not any(m.text == "The valuation put" and authors(m) == ["Haldor Courier"] for m in found)
    found = attributions("A paper by Greta Varga found that deposits fled. The study put the outflow at 9 per cent.")
    assert authors(found[-1]) == ["Varga"]  # (a study is what the paper is)


def test_the_company_is_the_firm_named_by_its_business_not_a_ministry():
    found = attributions("Tovald Lifting Systems made the cranes. Brightwater Terminals, which runs the quay, says no ship "
                         "was worked. In a statement, the company said it had offered a pay rise.")
    assert [authors(m) for m in found] == [["Brightwater Terminals"], ["Brightwater Terminals"]]
    found = attributions("The Ministry of Trade and Industries agreed. Talvik Port Holdings rejected the audit. In a "
                         "statement, the company said the figure was wrong.")
    assert authors(found[-1]) == ["Talvik Port Holdings"]


def test_a_work_titled_in_apposition_before_which_reports_through_it():
    found = attributions("The Schools Estate Inspectorate (SEI) surveys schools. That figure is far higher than the one "
                         "in the SEI's 2023 thematic review, Under the Roof, which counted 1,120 blocks.")
    assert (authors(found[-1]), found[-1].fields.title) == (["Schools Estate Inspectorate"], "Under the Roof")


@pytest.mark.parametrize("text", ["Cuts announced by several large donors since January will deepen that gap.",
                                  "Bank details of about 240,000 members may also have been taken.",
                                  "Hospital San Judas admitted 46 children with measles in the past seven days."])
def test_a_passive_participle_or_a_noun_that_looks_like_a_verb_reports_nothing(text):
    assert attributions(text) == []
    assert [m.text for m in attributions("The company confirmed by email that the plant was closed.")] == [
        "The company confirmed"]  # (the means, not the agent)


def test_a_countrys_people_described_by_their_work_speak_for_the_body_so_described():
    found = attributions("The Transport Accident Investigation Board (TAIB) opened an inquiry. Vastria's accident "
                         "investigators said the ferry had listed.")
    assert authors(found[-1]) == ["Transport Accident Investigation Board"]
    found = attributions("The Lanthorn Foundation's researchers found that rents rose.")
    assert authors(found[-1]) == ["Lanthorn Foundation"]


def test_a_one_word_aside_between_a_name_and_its_verb():
    (m,) = attributions("Dr Marquand, recalled, said that the Authority had failed.")
    assert (m.text, authors(m)) == ("Dr Marquand, recalled, said", ["Marquand"])


def test_a_time_phrase_with_this_before_the_subject():
    found = attributions("This week the Patient Safety Authority published its interim report into the overdoses. "
                         "The report found that the pumps had been loaded with a faulty library.")
    assert [(m.text, authors(m)) for m in found] == [
        ("the Patient Safety Authority published its interim report", ["Patient Safety Authority"]),
        ("The report found", ["Patient Safety Authority"])]


def test_a_wire_bullet_ends_in_its_source_after_a_dash_or_opens_with_a_report_and_a_colon():
    found = attributions("UPDATE 1-Pump library error behind overdoses, investigators say\n\n"
                         "* Interim report: new syringes five times stronger than pumps assumed\n"
                         "* No evidence nurses mis-programmed pumps -NPSIA\n\nBy Maja Holt\n\n"
                         "CORRAMORE, June 12 (KNA) - In an interim report, the National Patient Safety Investigation "
                         "Authority (NPSIA) said on Monday that the pumps had been told the wrong strength.")
    texts = [m.text for m in found]
    assert "Interim report:" in texts and "NPSIA" in texts
    assert authors(found[texts.index("NPSIA")]) == ["National Patient Safety Investigation Authority"]
    # a masthead's dash and a headline's last words are no source
    assert attributions("KALDRIA PRESS AGENCY (KPA) - DOMESTIC NEWS WIRE\n\nThe river rose.") == []
    assert attributions("Pump library error - what we know so far\n\nThe river rose.") == []


def test_a_work_says_past_a_short_aside_what_follows():
    found = attributions("The Authority published its interim report on Monday. The report notes, however, that no "
                         "alert was raised.")
    assert [m.text for m in found] == ["The Authority published its interim report", "The report notes"]
    found = attributions("The Authority published its interim report on Monday. The report says, for instance.")
    assert [m.text for m in found] == ["The Authority published its interim report"]


def test_the_trust_is_the_health_trust_the_text_names_even_where_it_writes_trust_in_lower_case():
    found = attributions("Corramore and Westfold Health Trust runs the hospital. Patients lost trust in the pumps.\n\n"
                         "The Trust said in March that it would support its staff.")
    assert [(m.text, authors(m)) for m in found] == [("The Trust said", ["Corramore and Westfold Health Trust"])]


def test_a_subject_after_an_opening_work_and_its_day_is_the_voice_not_the_work():
    found = attributions("Tessaro Medical Systems makes the pumps. In a statement on Monday the company said its "
                         "software could have done more.")
    assert [(m.text, authors(m)) for m in found] == [("In a statement on Monday the company said",
                                                      ["Tessaro Medical Systems"])]


def test_an_opening_of_undetermined_findings_names_the_work_the_report_then_means():
    found = attributions("In interim findings published six months after the disaster, inquiry chair Dame Corinna "
                         "Haverill said the bridge failed. The report found that council engineers recorded rust.")
    assert [m.text for m in found][-1] == "The report found" and authors(found[-1]) == ["Haverill"]
    assert found[0].text.startswith("In interim findings")


def test_giving_evidence_that_reports_what_follows():
    found = attributions("The claim was heard in May. The lead claimant, Amani Okafor, gave evidence that her answer had "
                         "been cut off.")
    assert [(m.text, authors(m)) for m in found] == [("The lead claimant, Amani Okafor, gave", ["Okafor"])]
    assert attributions("The court gave evidence of its own to nobody. Witnesses gave evidence in May.") == []


def test_a_time_phrase_without_a_comma_before_a_body_the_text_named():
    found = attributions("The Northgate Examinations Board said there was no problem. A week later the board admitted "
                         "that its software had failed.")
    assert [(m.text, authors(m)) for m in found][-1] == ("the board admitted", ["Northgate Examinations Board"])


def test_a_person_with_a_role_in_apposition_releases_a_work():
    (m,) = attributions("Dr Priya Venkataraman, head of data at the Riverside Learning Trust, published an analysis "
                        "showing that long answers scored lower.")
    assert (m.fields.type, authors(m)) == ("report", ["Venkataraman"])


def test_a_dated_document_opening_a_sentence_is_the_work_its_subject_acts_through():
    found = attributions("By a note of 5 May, the Republic of Calvera notified the Commission, under Article 14 of the "
                         "Convention, of a claim for damage. By a letter dated 3 March 2027, the Ministry of Finance "
                         "informed the committee that the fund was empty.")
    assert [(m.text, authors(m), m.fields.type, m.fields.date) for m in found] == [
        ("By a note of 5 May, the Republic of Calvera notified", ["Republic of Calvera"], "misc", "2025-05-05"),
        ("By a letter dated 3 March 2027, the Ministry of Finance informed", ["Ministry of Finance"], "misc",
         "2027-03-03")]


def test_notifying_someone_reports_only_what_follows_that():
    found = attributions("The Republic of Calvera notified the Commission that it would seek damages.")
    assert [m.text for m in found] == ["The Republic of Calvera notified"]
    assert attributions("The bank notified the police of the theft. The Fund notified its members.") == []


def test_a_provision_of_a_law_the_text_only_named_cites_that_law():
    found = attributions("Calvera notified the Commission under Article 14 of the Convention on the Protection of the "
                         "Aveno River (Aveno Convention). Article 14(1) of the Convention requires each Party to take "
                         "all measures. Article 14(3) provides that disputes go first to consultations.")
    assert [(m.text, m.fields.title) for m in found] == [
        ("Article 14(1) of the Convention requires", "Aveno Convention"), ("Article 14(3) provides", "Aveno Convention")]
    # a law the text cited goes first: "the AI Act" named later may be its short name
    found = attributions("The Artificial Intelligence Act 2024 states that bans apply from February. Firms under the "
                         "AI Act must register. The Act requires a technical file.")
    assert [m.fields.title for m in found] == ["Artificial Intelligence Act 2024"] * 2


def test_under_a_provision_of_a_law_the_sentence_states_what_it_says():
    found = attributions("The Food Hygiene (Infant and Specialist Foods) Regulations 2019 set a limit. Under "
                         "regulation 9 of the same Regulations, food that does not meet it must be withdrawn. Under "
                         "section 71 of the Data Protection Act 2021, a person who suffers damage may seek redress.")
    assert [(m.text, m.fields.title, m.fields.date) for m in found] == [
        ("Under regulation 9 of the same Regulations", "Food Hygiene (Infant and Specialist Foods) Regulations 2019",
         "2019"),
        ("Under section 71 of the Data Protection Act 2021", "Data Protection Act 2021", "2021")]
    assert attributions("Under pressure from donors, the ministry changed course. Under the plan, fees rise.") == []


def test_a_law_before_which_reports_and_is_never_they():
    found = attributions("The Claimants contend that the notices failed to meet the requirements of section 34(2) of "
                         "the Industrial Relations Act 2019, which requires a union to list the workers. They also "
                         "argue that the balance of convenience favours them.")
    assert [(m.text, authors(m) or m.fields.title) for m in found] == [
        ("The Claimants contend", ["Claimants"]),
        ("section 34(2) of the Industrial Relations Act 2019, which requires", "Industrial Relations Act 2019"),
        ("They also argue", ["Claimants"])]


def test_the_makers_of_a_work_the_text_names_speak_for_it():
    found = attributions("A 2024 study by Mbeki and Tran said wages fell. The authors of that study had found that "
                         "pay fell. The Halden Review found that rents rose. The review's authors note that rents rose.")
    assert [(m.text, m.fields.title or authors(m)) for m in found][1::2] == [
        ("The authors of that study had found", ["Mbeki", "Tran"]), ("The review's authors note", "Halden Review")]
    assert attributions("The review's authors note that pay fell.") == []  # no review named before


def test_according_to_a_bodys_work_named_by_its_possessive_is_that_work():
    found = attributions("According to Lockwell's security advisory, the flaw is critical. According to UNHCR's "
                         "Global Trends report, more people were displaced.")
    assert [(m.text, m.fields.type, authors(m)) for m in found] == [
        ("According to Lockwell's security advisory", "report", ["Lockwell"]),
        ("According to UNHCR's Global Trends report", "report", ["United Nations High Commissioner for Refugees"])]


def test_a_firm_named_networks_is_a_body_and_the_vendor_its_later_name():
    found = attributions("Lockwell Networks said it had fixed the routers. According to the vendor's security "
                         "advisory, published on 4 November, the flaw is critical.")
    assert [(m.text, m.fields.type, authors(m)) for m in found] == [
        ("Lockwell Networks said", "misc", ["Lockwell Networks"]),
        ("According to the vendor's security advisory", "report", ["Lockwell Networks"])]


def test_its_work_after_a_firm_or_an_acronym_that_cited_nothing_is_theirs():
    found = attributions("Corvane Systems was hacked on Monday. Its statement said the incident was minor.")
    assert [(m.text, authors(m)) for m in found] == [("Its statement said", ["Corvane Systems"])]
    found = attributions("4.1 ARHS shut down its clinical systems on 7 March. Its first public statement, issued later "
                         "that morning, described the incident as \"a technical problem\".")
    assert [(m.text, authors(m)) for m in found] == [
        ("Its first public statement, issued later that morning, described", ["ARHS"])]


def test_a_warning_is_a_kind_of_document_of_its_own():
    found = attributions("The Tarvenian Meteorological Institute issued a red warning for freezing rain.")
    assert [(m.fields.type, m.fields.genre) for m in found] == [("report", "warning")]


def test_an_opening_note_names_the_work_its_subject_speaks_through():
    found = attributions("Halden & Rusk Maritime Consultants advises shippers. In a note to clients on Monday, the "
                         "consultancy put the extra cost at 2 million.")
    assert [m.text for m in found] == ["In a note to clients on Monday, the consultancy put"]
    assert [m.text for m in attributions("In a note of caution, the minister said that prices may rise.")] == [
        "the minister said"]


def test_a_works_makers_after_a_quotation_speak_for_it():
    found = attributions("An internal report by the Supreme Audit Office found that costs rose. \"The authority accepted "
                         "the estimates without checking,\" the auditors concluded.")
    assert [(m.text, authors(m)) for m in found][-1] == ("the auditors concluded", ["Supreme Audit Office"])


def test_as_set_out_in_a_work_cites_it():
    found = attributions("The Ministry of Health announced the plan on Monday. The plan, as set out in the ministry's "
                         "press release, covers all hospitals. The cap applies from May, as stated in the Commission's "
                         "decision.")
    assert [m.text for m in found][1:] == ["as set out in the ministry's press release",
                                           "as stated in the Commission's decision"]
    assert attributions("As set out in March, the plan covers all hospitals.") == []  # no work named


def test_demanded_that_and_held_that_report_what_was_said():
    (m,) = attributions("In a statement on Thursday, the union demanded that the board withdraw the rules.")
    assert m.cue == "demanded" and authors(m) == ["the union"]
    (m,) = attributions("The judge held that the council had acted unlawfully.")
    assert m.cue == "held"
    assert attributions("The union demanded an inquiry. If Corbel held that line, costs would fall.") == []


def test_a_dated_reply_opening_the_sentence_is_the_work_its_subject_answers_through():
    found = attributions("My investigator wrote to the Hessvik regional prosecutor's office. In its reply of 22 August "
                         "2033, the office told me that it had no objection.")
    assert [(m.text, authors(m), m.fields.date) for m in found] == [
        ("In its reply of 22 August 2033, the office told", ["Hessvik regional prosecutor's office"], "2033-08-22")]
    (m,) = attributions("Prices rose. After the meeting, the ministry said that it had no objection.")
    assert m.text == "the ministry said"


def test_a_work_by_a_described_body_is_that_bodys():
    found = attributions("The Port Authority closed the port. A report by the authority found that fees were low.")
    assert [authors(m) for m in found] == [["Port Authority"]]
    found = attributions("The Comptroller General's Office audited the port. An earlier special audit of port "
                         "concessions by the same office, released in 2023, found that fees were low.")
    assert [(authors(m), m.fields.date) for m in found] == [(["Comptroller General's Office"], "2023")]
    (m,) = attributions("Prices rose. A report by the Comptroller General's Office found that fees were low.")
    assert authors(m) == ["Comptroller General's Office"]  # (a body: "Comptroller" is no honorific here)


def test_people_of_a_described_firm_speak_for_it():
    (m,) = attributions("Prices rose. Economists at the insolvency firm Pemberton Ashe said that assets were low.")
    assert authors(m) == ["Pemberton Ashe"]
    found = attributions("In their first report to creditors, the joint liquidators from the insolvency firm Pemberton Ashe "
                         "put the bank's assets at 10.6 billion. \"Recoveries will be slow,\" the report says. The "
                         "liquidators added that a sale would bring in 3.4 billion.")
    assert [(m.fields.type, authors(m)) for m in found] == [("report", ["Pemberton Ashe"])] * 3


def test_a_bodys_staff_speak_for_it_and_was_revealed_by_is_the_revealer():
    assert [authors(m) for m in attributions("Prices rose. ARHS staff told us they had not been aware of it.")] == [["ARHS"]]
    assert [authors(m) for m in attributions("Prices rose. Ministry of Health officials said the water was clean.")] == [
        ["Ministry of Health"]]
    assert attributions("Prices rose. Chinese officials said the water was clean.") == []  # (no body named)
    (m,) = attributions("Prices rose. Its existence was revealed by the Lisgard Courier on 24 September.")
    assert authors(m) == ["Lisgard Courier"]


def test_numbers_a_body_recorded_or_its_laboratory_produced_are_its():
    (m,) = attributions("Prices rose. Rainfall recorded by the Kaldrian Meteorological Office reached 212 mm.")
    assert authors(m) == ["Kaldrian Meteorological Office"]
    (m,) = attributions("Prices rose. Results from the laboratory of Aguas de Villalmar, shared through the Commission, "
                        "show that arsenic remained high.")
    assert authors(m) == ["Aguas de Villalmar"]
    assert attributions("Prices rose. The goal was recorded by Smith. The song recorded by Adele was a hit.") == []


def test_numbered_works_and_plural_possessives():
    (m,) = attributions("Prices rose. NPHI Report 2035:4 found a median serum concentration of 41 ng/mL.")
    assert (authors(m), m.fields.report_number) == (["NPHI"], "2035:4")
    (m,) = attributions("Prices rose. The Clearwater Institute's Policy Brief No. 17 recommends that the limit be cut.")
    assert (authors(m), m.fields.title) == (["Clearwater Institute"], "Policy Brief")
    (m,) = attributions("Prices rose. The Council of Northern States' guidance, CNS/CWH/2034/7, recommends 20 ng/L.")
    assert authors(m) == ["Council of Northern States"]
    (m,) = attributions("Prices rose. The Consumers' Ombudsman report found that fees rose.")
    assert authors(m) == ["Consumers Ombudsman"]  # (a name with an apostrophe, no possessive)


def test_a_person_addressed_is_not_the_subject():
    found = attributions("Prices rose. Dr Kallaway, NPHI Report 2035:4 found a median serum concentration of PFOS and "
                         "PFOA of 41 ng/mL.")
    assert "Kallaway" not in [a for m in found for a in authors(m)]


def test_quoted_as_saying_is_the_outlet_and_the_person_it_quotes():
    found = attributions("Prices rose. Reuters quoted Jane Doe, a spokeswoman, as saying the plant was safe.")
    assert [(m.text, authors(m)) for m in found] == [("Reuters quoted", ["Reuters"]),
                                                     ("Jane Doe, a spokeswoman, as saying", ["Doe"])]
    assert attributions("Prices rose. He quoted Churchill at length.") == []


def test_an_outlet_running_a_feature_or_story_publishes_it():
    (m,) = attributions("Prices rose. The Sallow Vale Examiner ran a big feature at the weekend.")
    assert (m.fields.type, authors(m)) == ("article", ["Sallow Vale Examiner"])
    assert attributions("Prices rose. The company ran a test of the new feature. The Daily Ledger ran the numbers.") == []


def test_a_symbol_in_the_words_of_a_parsed_subject_numbers_its_work():
    (m,) = attributions("Prices rose. The Council of Northern States' guidance, CNS/CWH/2034/7, recommends 20 ng/L.")
    assert (authors(m), m.fields.report_number) == (["Council of Northern States"], "CNS/CWH/2034/7")


def test_quantified_reports_a_finding():
    (m,) = attributions("Prices rose. The Joint Basin Commission quantified the load crossing into Aumerie at 4 kg a year.")
    assert m.cue == "quantified" and authors(m) == ["Joint Basin Commission"]


def test_a_quotation_after_another_verb_is_no_title_of_the_work():
    found = attributions("Prices rose. The DWSA's own guidance to water suppliers, Information Letter 07/2034, asked them "
                         "to \"assess and, where practicable, reduce\" concentrations, but stated that enforcement "
                         "would follow only a breach.")
    assert found and all(m.fields.title != "assess and, where practicable, reduce" for m in found)


def test_a_time_between_a_verb_and_its_that():
    (m,) = attributions("Prices rose. Tamsett Chemicals responded at the time that it had complied with its permit.")
    assert m.cue == "responded" and authors(m) == ["Tamsett Chemicals"]
    assert attributions("Prices rose. Tamsett Chemicals responded this week.") == []


def test_a_wire_ledes_investigators_are_the_investigating_body_speaking():
    (m,) = attributions("The engine had failed twice before the crash, the country's air accident investigators "
                        "said on Thursday.")
    assert m.text == "the country's air accident investigators said" and m.fields.type == "misc"
    (m,) = attributions("Three patients were given the wrong dose, the national patient safety investigator said.")
    assert m.source_name == "the national patient safety investigator"
    assert attributions("Three patients were given the wrong dose, investigators said.") == []  # (no one named)
