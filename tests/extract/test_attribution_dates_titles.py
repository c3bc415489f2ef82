"""Dates and titles that let another document's mention of the same work find it (issue #4).
Sentences written for these tests; no name comes from the seeds or the golden texts."""

from __future__ import annotations

import pytest

from citekit.extract.attributions import deps, find_attributions
from citekit.ingest.view import plain_view
from citekit.models import Document, Fields


def attributions(text: str, date: str | None = "2031-03-16", markdown: bool = False):
    doc = Document(id="t", path="t.md" if markdown else "t.txt", sha256="0", text=text,
                   format="markdown" if markdown else "text")
    return find_attributions(doc, plain_view(doc), Fields(date=date))


def test_a_body_reporting_on_a_date_cites_its_report_of_that_date():
    found = attributions("The Lakeland Basin Commission (LBC) reported in February that flows fell by a "
                         "fifth. LBC said that the delta had shrunk.")
    assert [m.fields.type for m in found] == ["report", "report"]
    assert {m.fields.date for m in found} == {"2031-02"}  # the next sentence goes on with that report
    assert found[0].fields.authors[0].literal == "Lakeland Basin Commission"
    # undated findings stay the body's own words
    undated = attributions("The Lakeland Basin Commission reported that flows fell by a fifth.")
    assert undated[0].fields.date is None


def test_relative_months_use_the_texts_own_date_line_when_the_metadata_has_none():
    text = ("River news\n\nRiver Forum | Issue 4 | 15 July 2031\n\nThe Lakeland Basin Commission reported "
            "in May that flows fell by a fifth.\n")
    assert attributions(text, date=None)[0].fields.date == "2031-05"
    assert attributions(text, date="2032-01-10")[0].fields.date == "2031-05"  # (metadata first)


def test_a_source_line_title_keeps_its_edition_year_and_takes_the_set_off_date():
    m = attributions("Source: Lakeland Basin Commission, Basin Water Balance 2030 (February 2031).")[0]
    assert m.fields.title == "Basin Water Balance 2030" and m.fields.date == "2031-02"
    m = attributions("Source: Lakeland Basin Commission, Situation report 61 (2016).")[0]
    assert m.fields.title == "Situation report 61" and m.fields.date == "2016"


def test_in_its_titled_work_published_in_a_month_the_body_found():
    text = ("# Brief\n\nThe best data come from the Lakeland Basin Commission (LBC). In its *Basin Water "
            "Balance 2030*, published in February, the LBC found that flows fell by a fifth.\n")
    m = attributions(text, markdown=True)[0]
    assert m.fields.title == "Basin Water Balance 2030" and m.fields.date == "2031-02"  # not the title's year
    assert m.fields.authors[0].literal == "Lakeland Basin Commission"
    dated = attributions("In its annual report, published on 12 March 2031, the Danube Rivers Institute "
                         "estimated that costs rose.")[0]
    assert dated.fields.type == "report" and dated.fields.date == "2031-03-12"


def test_in_its_or_the_titled_work_with_a_head_noun_the_body_speaks_through_it():
    text = ("The Central Bank of Lakeland raised rates. In its Financial Stability Review 2030, the Bank warned that "
            "lenders were exposed. In the February Monetary Policy Report, the Bank had projected that prices would "
            "fall. Prices rose all the same. In the Senate, Minister Ana Ruiz said nothing new.")
    found = attributions(text)
    assert [(m.fields.title, m.fields.date) for m in found[:2]] == [("Financial Stability Review 2030", None),
                                                                    ("Monetary Policy Report", "2031-02")]
    assert all(m.fields.authors[0].literal == "Central Bank of Lakeland" for m in found[:2])
    assert found[2].fields.title is None  # a chamber is no work


@pytest.mark.skipif(not deps.enabled() or deps.load() is None, reason="needs the dependency parse")
def test_a_title_set_off_between_body_and_verb_is_the_work_it_speaks_through():
    m = attributions("The Lakeland Basin Commission (LBC), in its Basin Water Balance 2030, found that "
                     "flows entering the delta were a fifth below the average.")[0]
    assert m.fields.title == "Basin Water Balance 2030" and m.fields.type == "report"
    assert m.fields.authors[0].literal == "Lakeland Basin Commission"


def test_a_headline_body_with_one_dated_report_in_the_text_points_at_that_report():
    text = ("Coalition passes budget as fiscal watchdog warns on deficit\n\nThe budget passed on Thursday. "
            "The independent Lakeland Fiscal Council warned in its assessment of the draft budget, published "
            "last month, that the deficit would widen.\n")
    found = attributions(text, date="2031-12-03")
    assert len({m.fields.model_dump_json() for m in found}) == 1, [(m.text, m.fields) for m in found]
    assert found[0].fields.type == "report" and found[0].fields.date == "2031-11"
    # two works of the body: the headline stays the body's
    two = text + "The Lakeland Fiscal Council estimated in a 2030 report that debt would rise.\n"
    head = attributions(two, date="2031-12-03")[0]
    assert head.fields.date is None and head.text == "fiscal watchdog warns"


def test_a_second_titled_report_of_one_body_and_year_is_another_work():
    """'A 2030 report by X titled “T2”' after X's 2030 report “T1”: a work has one title."""
    found = attributions("A 2030 report by the Lakeland Basin Commission titled “Flood outlook: situation report "
                         "40” concluded that the levees held. A 2030 report by the Lakeland Basin Commission "
                         "titled “Flood outlook: situation report 39” concluded that they would.")
    assert [m.fields.title for m in found] == ["Flood outlook: situation report 40",
                                               "Flood outlook: situation report 39"]
    # the same title again is the same work
    again = attributions("A 2030 report by the Lakeland Basin Commission titled “Flood outlook” concluded that "
                         "the levees held. A 2030 report by the Lakeland Basin Commission titled “Flood "
                         "outlook” concluded that they would.")
    assert [m.fields.title for m in again] == ["Flood outlook", "Flood outlook"]


def test_a_source_line_title_without_a_set_off_date_and_with_a_locator():
    m = attributions("Source: Lakeland Statistics, Water Accounts 2030 (river basins), Table 4.")[0]
    assert m.fields.title == "Water Accounts 2030" and m.fields.date == "2030"
    assert m.fields.authors[0].literal == "Lakeland Statistics"  # a body, not "Statistics, Lakeland"
    m = attributions("Source: Lakeland Board of Audit, Audit Report No. 7/2031.")[0]
    assert m.fields.title == "Audit Report No. 7/2031"
    m = attributions("Source: Lakeland Basin Commission, Flow and Cost Review (March 2031), Table 4.")[0]
    assert m.fields.title == "Flow and Cost Review" and m.fields.date == "2031-03"


def test_a_quoted_title_after_the_head_names_a_second_survey_not_the_first_again():
    found = attributions("Two years ago the Lakeland Water Alliance's survey \"Dry Fields 2029\" found that 38% had "
                         "no water. The alliance's latest survey, \"Waiting for Rain\", published in May, found that "
                         "22% of farmers had no water.", date="2031-06-16")
    assert [m.fields.title for m in found] == ["Dry Fields 2029", "Waiting for Rain"]
    assert found[1].fields.date == "2031-05"


def test_published_last_week_dates_the_work_by_the_texts_own_date():
    found = attributions("The Lakeland Water Alliance (LWA) urged both sides to talk. In a survey published last "
                         "week, the alliance found that one in five farmers had no water.", date="2031-05-04")
    assert found[-1].fields.type == "report" and found[-1].fields.date == "2031-04"


def test_in_a_report_titled_with_a_long_title_the_body_argued():
    found = attributions("In a report titled “Paying for Rain: Pricing Water in Rich Countries”, published in May, "
                         "the Lakeland Basin Commission argued that rain was underused. The report also found that "
                         "such deals were rare.", date="2031-06-16")
    assert {m.fields.title for m in found} == {"Paying for Rain: Pricing Water in Rich Countries"}
    assert found[0].fields.date == "2031-05"
    plain = attributions("In its report, the Lakeland Basin Commission argued that rain was underused.")[0]
    assert plain.fields.type == "report"  # its report, not its own words


@pytest.mark.skipif(not deps.enabled() or deps.load() is None, reason="needs the dependency parse")
def test_in_its_review_quoted_title_and_set_off_date_then_the_acronym_goes_on():
    found = attributions("The Office for River Value, in its review \"Flow and Cost\" (Report 26/07, March 2031), "
                         "concluded that flows fell. The ORV also noted that few people were old.")
    assert [m.fields.title for m in found] == ["Flow and Cost", "Flow and Cost"]
    assert found[0].fields.date == "2031-03"


def test_a_sentence_of_another_time_does_not_go_on_with_the_work_before():
    found = attributions("The Lakeland Basin Commission's 2031 report on floods estimated that costs rose. Five "
                         "years earlier, in *Working on Rivers*, the Lakeland Basin Commission had projected that "
                         "costs would fall.")
    assert found[1].fields.date != "2031"


def test_a_release_word_after_the_reporting_verb_dates_nothing():
    from citekit.extract.attributions import find_attributions
    from citekit.ingest.view import plain_view
    from citekit.models import Document, Fields
    text = ("A systematic review by Halvorsen and Mensah identified 19 published incidents between 2017 and 2023. "
            "A survey by the Harbour Board published last month found that fees rose.")
    doc = Document(id="d", path="d.txt", sha256="0", text=text)
    found = find_attributions(doc, plain_view(doc), Fields(date="2027-04-28"))
    assert [m.fields.date for m in found] == [None, "2027-03"]


def test_in_its_dated_report_with_an_unquoted_title_the_title_and_year_are_both_kept():
    m = attributions("In its 2029 report Keeping Lakeland Dry, the Lakeland Board of Audit found that dams leaked.")[0]
    assert (m.fields.type, m.fields.title, m.fields.date) == ("report", "Keeping Lakeland Dry", "2029")
    plain = attributions("In its report on Tuesday, the Lakeland Board of Audit found that dams leaked.")[0]
    assert plain.fields.title is None


def test_a_work_set_off_as_dated_takes_that_date_however_the_clause_goes_on():
    m = attributions("The Lakeland Board of Audit's inspection report on the dams, dated November 2029 and published "
                     "in redacted form, recorded that logs were missing.")[0]
    assert (m.fields.type, m.fields.date) == ("report", "2029-11")
