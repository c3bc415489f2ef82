"""The day a body or person spoke, and the name a body goes by in one text (issue #4: the same
statement cited by two documents).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from citekit.extract.attributions import deps, find_attributions
from citekit.extract.attributions.days import spoken_on
from citekit.ingest.view import plain_view
from citekit.models import Document, Fields


def attributions(text: str, date: str | None = "2031-03-14"):  # a Friday
    doc = Document(id="t", path="t.txt", sha256="0", text=text, format="text")
    return find_attributions(doc, plain_view(doc), Fields(date=date))


def test_spoken_on_reads_weekdays_days_and_yesterday_relative_to_the_text():
    assert spoken_on(" reporters on Monday.", "2031-03-14") == "2031-03-10"
    assert spoken_on(" on Friday", "2031-03-14") == "2031-03-14"  # the text's own day
    assert spoken_on(" on March 2, after", "2031-03-14") == "2031-03-02"
    assert spoken_on(" on Mar. 2.", "2031-03-14") == "2031-03-02"
    assert spoken_on(" on 20 December", "2031-03-14") == "2030-12-20"  # still to come: the year before
    assert spoken_on(" yesterday", "2031-03-14") == "2031-03-13"
    assert spoken_on(" that it would act. Then on Monday it did", "2031-03-14") is None  # another sentence
    assert spoken_on(" on Monday", "2031") is None  # no day to count from


def test_a_person_speaking_on_a_weekday_is_dated_that_day():
    found = attributions("“We will stay,” Maren Holloway, who leads the Dock Workers' Guild, told a rally on "
                         "Tuesday. She said the strike would go on.")
    assert found and {m.fields.date for m in found} == {"2031-03-11"}
    undated = attributions("“We will stay,” Maren Holloway told a rally.")
    assert undated[0].fields.date == "2031-03-14"  # the text's own date


def test_a_body_speaking_on_a_day_is_dated_that_day():
    found = attributions("The Harbour Board of Lennick said on March 3 that berths would close.")
    assert [m.fields.date for m in found] == ["2031-03-03"]
    assert attributions("The Harbour Board of Lennick said that berths would close.")[0].fields.date is None


def test_a_work_published_on_a_weekday_is_dated_that_day_and_an_inset_work_is_the_bodys():
    found = attributions("In a report published on Monday, the Harbour Board of Lennick (HBL) rated the "
                         "berths as unsafe.")
    assert [(m.fields.date, m.fields.type) for m in found] == [("2031-03-10", "report")]
    inset = attributions("The Harbour Board of Lennick, in a report published on Tuesday, rated the berths as "
                         "unsafe.")
    assert [(m.fields.date, [a.literal for a in m.fields.authors]) for m in inset] == \
        [("2031-03-11", ["Harbour Board of Lennick"])]


def test_an_article_in_a_periodical_of_a_day_is_dated_that_day():
    found = attributions("An article in yesterday's Lennick Courier stated that berths would close. A report in "
                         "Monday's Financial Times said the port was losing trade. A story in the Lennick Courier on "
                         "Wednesday said the same.")
    assert [(m.fields.type, m.fields.container, m.fields.date) for m in found] == [
        ("article", "Lennick Courier", "2031-03-13"), ("article", "Financial Times", "2031-03-10"),
        ("article", "Lennick Courier", "2031-03-12")]


def test_the_body_a_common_noun_names_is_the_texts_only_body_of_that_head():
    text = ("The Ministry of Coastal Works and Tolls set new fees in May. Traders objected. "
            "The ministry said the fees were fair.")
    found = attributions(text)
    assert found[-1].fields.authors[0].literal == "Ministry of Coastal Works and Tolls"


def test_a_ministry_of_another_name_is_not_shortened_into_the_texts_ministry():
    text = ("The Ministry of Coastal Works and Tolls said fees were fair. "
            "Abroad, Dorland's Ministry of Tolls said it was concerned.")
    names = [m.fields.authors[0].literal for m in attributions(text)]
    assert "Ministry of Tolls" in names


@pytest.mark.skipif(not deps.enabled() or deps.load() is None, reason="needs the dependency parse")
def test_a_body_named_with_and_keeps_its_whole_name():
    found = attributions("A 2030 working paper by the Roads and Harbours Agency of the Northern League on toll "
                         "concessions concluded that such deals fail.")
    assert found[0].fields.authors[0].literal == "Roads and Harbours Agency of the Northern League"


def test_a_common_noun_does_not_name_another_countrys_body():
    text = ("Dorland's Ministry of Tolls confirmed the fees in writing. Traders objected. "
            "The ministry has said it will appeal.")
    names = {a.literal for m in attributions(text) for a in m.fields.authors}
    assert "Dorland's Ministry of Tolls" not in names and "Ministry of Tolls" not in names


def test_a_body_in_its_own_masthead_still_cites_its_earlier_statement():
    text = ("MINISTRY OF HARBOURS AND TRADE\n\nPRESS STATEMENT\n\nMinistry response to the harbour review\n\n"
            "Portville, 14 March 2031\n\nAs the Ministry announced on 2 March, the quay will reopen in June. "
            "The review's findings are accepted in full and will be acted on without delay by every agency.\n")
    doc = Document(id="t", path="t.txt", sha256="0", text=text, format="text")
    meta = Fields(date="2031-03-14", publisher="Ministry of Harbours and Trade")  # as the masthead gives it
    found = find_attributions(doc, plain_view(doc), meta)
    assert any("announced" in (m.cue or "") for m in found)
    outlet = Fields(date="2031-03-14", publisher="Ministry of Harbours and Trade")
    text2 = text + "\nSource: Ministry of Harbours and Trade\n"
    doc2 = Document(id="t", path="t.txt", sha256="0", text=text2, format="text")
    assert not any("announced" in (m.cue or "") for m in find_attributions(doc2, plain_view(doc2), outlet))


def test_an_honorific_makes_a_lone_family_name_a_person_whom_she_can_refer_to():
    found = attributions("Witnesses: Ilse Varnholt, chief executive of the grid authority.\n\n"
                         "Ms Varnholt told the committee that the review was not in dispute. "
                         "She said that the authority had eleven staff working on compliance.\n")
    assert [m.cue for m in found] == ["told", "said"]
    assert all(m.fields.note == "personal communication" for m in found)
    assert found[0].fields.authors == found[1].fields.authors


def test_a_lone_family_name_is_the_person_the_text_named_in_full():
    found = attributions("Tomas Brede has fished out of this harbour for forty years.\n\n"
                         '"My father fished hake," said Brede, 63, whose son left last spring. '
                         "He said he had borrowed 90,000 crowns for a new engine.\n")
    assert [m.cue for m in found] == ["said", "said"]
    assert all(m.fields.authors[0].display() == "Brede, Tomas" for m in found)


def test_a_clause_opener_before_a_company_is_no_given_name():
    found = attributions("Whether Ardent can pay is another matter. Ardent's update to investors of 19 April conceded "
                         "that the wall had failed.")
    assert [a.display() for m in found for a in m.fields.authors] == ["Ardent"]


def test_the_report_of_another_body_is_not_the_report_just_cited():
    found = attributions("Ardent Minerals' annual report, published in March, told shareholders that the dam was "
                         "safe. The fourth situation report of the Aveno River Basin Commission warns that copper "
                         "levels remain high. The report of Ardent Minerals also said the wall was sound.")
    assert [[a.display() for a in m.fields.authors] for m in found] == [
        ["Ardent Minerals"], ["Aveno River Basin Commission"], ["Ardent Minerals"]]
    assert found[0].fields.date == found[2].fields.date == "2031-03"  # the annual report again


def test_the_tail_of_a_compound_is_no_full_name():
    from citekit.extract.attributions.names import Names
    assert Names("one of the senior-most non-Arab Al-Qaeda leaders").named_persons == {}
    assert Names("Tomas Brede has fished here.").named_persons == {"brede": "Tomas Brede"}


def test_a_sentence_opening_on_a_day_dates_the_statement_after_it():
    from citekit.extract.attributions.days import spoken_before
    assert spoken_before("That was true. On 8 May, ", "2031-06-22") == "2031-05-08"
    assert spoken_before("On Monday, ", "2031-03-14") == "2031-03-10"
    assert spoken_before("Meanwhile on the quay, ", "2031-03-14") is None
    found = attributions("On 2 March, the Harbour Board said that the quay would reopen in June.\n")
    assert found[0].fields.date == "2031-03-02"


def test_a_body_speaking_on_two_days_makes_two_statements_and_it_added_keeps_the_day():
    found = attributions("On 2 March, the Harbour Board said that the quay was safe. It added that inspections "
                         "would continue.\n\nThe Harbour Board said today that an inquiry would open.\n")
    assert [m.fields.date for m in found] == ["2031-03-02", "2031-03-02", "2031-03-14"]  # "today": the text's day


def test_the_work_before_which_reports_through_the_verb_after_it():
    found = attributions("Members had before them the Harbour Board's interim review of the July outage, "
                         "which finds that the operator held too little reserve.\n")
    assert [(m.cue, m.fields.type, m.fields.authors[0].literal) for m in found] == [("finds", "report", "Harbour Board")]


def test_a_body_spokesperson_speaks_for_the_body_on_the_day_of_the_text():
    found = attributions("The Harbour Board's 2030 report found that the quay was unsafe. "
                         "A Harbour Board spokesperson told reporters that repairs would start in May.\n")
    assert [m.cue for m in found] == ["found", "told"]
    report, spoken = (m.fields for m in found)
    assert spoken.authors[0].literal == "Harbour Board" and spoken.type == "misc"
    assert spoken.date == "2031-03-14" and report.date == "2030"  # its words that day, not its report


def test_a_statement_before_a_committee_on_a_day_is_dated_that_day():
    (m,) = attributions("Before the harbour committee on 10 March, Deputy Governor Noor Halme acknowledged "
                        "that the checks had lapsed.")
    assert m.fields.date == "2031-03-10" and m.fields.authors[0].family == "Halme"
    (m,) = attributions("At the Assembly's energy committee on 3 March, the regulator's chief executive, "
                        "Ana Ruiz, said the rota was short.")
    assert m.fields.date == "2031-03-03"


def test_a_record_of_proceedings_dates_what_its_witnesses_said_by_the_sitting():
    text = ("STANDING COMMITTEE ON PORTS\n\nSitting of Tuesday 10 March 2031\nApproved for publication on Friday 13 "
            "March 2031\n\nMs Ana Ruiz told the committee that the cranes had been checked. She said six were idle.")
    found = attributions(text, date="2031-03-13")
    assert [m.fields.date for m in found] == ["2031-03-10", "2031-03-10"]


def test_days_in_french_spanish_and_italian_texts():
    assert spoken_on(" dès le 2 mars qu'il n'y aurait", "2027-04-21") == "2027-03-02"
    assert spoken_on(" mardi sa directrice", "2027-04-21") == "2027-04-20"  # the Tuesday before a Wednesday
    assert spoken_on(" el 3 de marzo que", "2027-04-21") == "2027-03-03"
    assert spoken_on(" il 5 maggio che", "2027-04-21") == "2026-05-05"  # a day still to come: last year's
    assert spoken_on(" hier que", "2027-04-21") == "2027-04-20"
    assert spoken_on(" le syndicat", "2027-04-21") is None
