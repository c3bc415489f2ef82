"""Statements stay in their document; an unnamed report joins its body's only titled report."""

from __future__ import annotations

import json

from citekit.merge.bridge import ambiguous_dates, join_unnamed_reports, scoped
from citekit.merge.cluster import cluster
from citekit.models import Author, Fields
from tests.conftest import run_cli


def _body(name: str) -> list[Author]:
    return [Author(literal=name)]


def test_a_statement_is_scoped_to_its_document_but_a_report_is_not():
    said = Fields(type="misc", authors=_body("World Food Programme"))
    assert cluster([scoped(said, "a"), scoped(said, "b")]) == [[0], [1]]
    assert cluster([scoped(said, "a"), scoped(said, "a")]) == [[0, 1]]
    report = Fields(type="report", authors=_body("World Food Programme"), date="2023-06")
    assert scoped(report, "a") is report


def test_what_a_person_said_is_not_scoped_dated_or_not():
    # "Rune Halsteen said" in a text of no known date and "Halsteen told" in one of 12 February
    said = Fields(type="misc", authors=[Author(family="Halsteen", given="Rune")], note="personal communication")
    dated = said.model_copy(update={"date": "2027-02-12"})
    assert scoped(said, "a") is said
    assert cluster([scoped(dated, "a"), scoped(said, "b")]) == [[0, 1]]


def test_an_unnamed_report_joins_the_only_titled_report_of_its_body_and_month():
    unnamed = Fields(type="report", authors=_body("United Nations"), date="2023-06")
    titled = Fields(type="report", title="Fourteenth report of the Monitoring Team",
                    authors=_body("UN"), date="2023-06")
    other_year = Fields(type="report", title="Thirteenth report", authors=_body("United Nations"), date="2022-05")
    assert join_unnamed_reports([[0], [1], [2]], [unnamed, titled, other_year]) == [[0, 1], [2]]
    # a second titled report of that body and month: no way to tell which, so none
    second = Fields(type="report", title="Annual report on children", authors=_body("United Nations"),
                    date="2023-06")
    records = [unnamed, titled, other_year, second]
    assert join_unnamed_reports([[0], [1], [2], [3]], records) == [[0], [1], [2], [3]]
    # a month in the mention needs that month in the report, or a report known only by its year
    year_only = Fields(type="report", title="Some report", authors=_body("United Nations"), date="2023")
    assert join_unnamed_reports([[0], [1]], [unnamed, year_only]) == [[0, 1]]
    # … and not a web page of that year
    page = year_only.model_copy(update={"type": "webpage"})
    assert join_unnamed_reports([[0], [1]], [unnamed, page]) == [[0], [1]]
    # … nor when unnamed reports of that body in two months of the year are cited: it could be either
    may = unnamed.model_copy(update={"date": "2023-05"})
    assert join_unnamed_reports([[0], [1], [2]], [unnamed, year_only, may]) == [[0], [1], [2]]


def test_a_report_of_that_very_month_is_taken_before_one_known_only_by_its_year():
    unnamed = Fields(type="report", authors=_body("Harbour Refugee Council"), date="2007-11")
    november = Fields(type="report", title="Crop insurance in the delta", authors=_body("Harbour Refugee Council"),
                      date="2007-11")
    year_only = Fields(type="report", title="Local governance", authors=_body("Harbour Refugee Council"), date="2007")
    assert join_unnamed_reports([[0], [1], [2]], [unnamed, november, year_only]) == [[0, 1], [2]]


def test_an_unnamed_report_of_a_month_with_two_titled_reports_stays_in_its_document():
    """'Its March 2031 report' in two documents, when the body published two that month: the
    mentions may be of two reports, so neither merges across documents nor joins a titled one."""
    unnamed = Fields(type="report", authors=_body("Lakeland Water Agency"), date="2031-03")
    first = Fields(type="report", title="Groundwater Outlook", authors=_body("Lakeland Water Agency"), date="2031-03")
    second = first.model_copy(update={"title": "Reservoir Safety Review"})
    again = first.model_copy(update={"title": "Groundwater outlook"})  # the same title, written otherwise
    assert ambiguous_dates([unnamed, first, again]) == set()
    ambiguous = ambiguous_dates([unnamed, first, second])
    assert ambiguous == {("lakeland water agency", "2031"), ("lakeland water agency", "2031-03")}
    seen = [scoped(unnamed, "a", ambiguous), scoped(unnamed, "b", ambiguous), first, second]
    assert join_unnamed_reports(cluster(seen), seen) == [[0], [1], [2], [3]]
    # one titled report that month: the mentions are one work, that report
    seen = [scoped(unnamed, "a", ambiguous_dates([first])), scoped(unnamed, "b", ambiguous_dates([first])), first]
    assert join_unnamed_reports(cluster(seen), seen) == [[0, 1, 2]]
    # a mention dated by its year alone is ambiguous when the year has two titled reports
    yearly = unnamed.model_copy(update={"date": "2031"})
    assert scoped(yearly, "a", ambiguous) is not yearly
    # other bodies' records and titled records are never scoped this way
    assert scoped(first, "a", ambiguous) is first
    other = unnamed.model_copy(update={"authors": _body("Lakeland Basin Commission")})
    assert scoped(other, "a", ambiguous) is other


def test_one_unnamed_report_written_two_ways_is_one_work():
    # "the IUBC reported in February" (the body also its institution) and "a February report by the IUBC"
    found = Fields(type="report", authors=_body("Lakeland Basin Commission"),
                   institution="Lakeland Basin Commission", date="2031-02")
    report = Fields(type="report", authors=_body("Lakeland Basin Commission"), date="2031-02")
    assert join_unnamed_reports([[0], [1]], [found, report]) == [[0, 1]]
    # another month, another type or another body: apart
    for other in (report.model_copy(update={"date": "2031-03"}), report.model_copy(update={"type": "misc"}),
                  report.model_copy(update={"authors": _body("Lakeland Water Agency")})):
        assert join_unnamed_reports([[0], [1]], [found, other]) == [[0], [1]]
    # undated (scoped statements) and titled records are not joined this way
    undated = [found.model_copy(update={"date": None}), report.model_copy(update={"date": None})]
    assert join_unnamed_reports([[0], [1]], undated) == [[0], [1]]
    titled = [found.model_copy(update={"title": "Water Balance 2030"}),
              report.model_copy(update={"title": "Water Balance 2029"})]
    assert join_unnamed_reports([[0], [1]], titled) == [[0], [1]]


def test_two_documents_quoting_one_body_cite_two_statements(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "one.txt").write_text("Harbour News\n\nPrices rose, the World Food Programme said on the radio.\n",
                                  encoding="utf-8")
    (docs / "two.txt").write_text("Valley Post\n\nAccording to the World Food Programme, stocks are low.\n",
                                  encoding="utf-8")
    assert run_cli("build", "docs", "--out", "bib", cwd=tmp_path).exit_code == 0
    graph = json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))
    wfp = [w for w in graph["works"] if w["authors"] == ["World Food Programme"]]
    assert len(wfp) == 2 and all(len(w["cited_by"]) == 1 for w in wfp)


def test_an_office_two_documents_do_not_name_is_two_sources(tmp_path):
    graph = _build(tmp_path, {
        "one.txt": "Harbour News\n\nThe deputy minister told reporters on 9 May that the port would open.\n",
        "two.txt": "Valley Post\n\nThe deputy minister said on 9 May that rents would fall.\n"})
    ministers = [w for w in graph["works"] if w["authors"] == ["the deputy minister"]]
    assert len(ministers) == 2 and all(len(w["cited_by"]) == 1 for w in ministers)


def test_an_untitled_undated_report_is_scoped_like_a_statement():
    # "the EEA, in its annual assessment, reported" in two documents: nothing says it is one report
    report = Fields(type="report", authors=_body("Lakeland Environment Agency"))
    assert cluster([scoped(report, "a"), scoped(report, "b")]) == [[0], [1]]
    dated = report.model_copy(update={"date": "2031-05"})
    assert scoped(dated, "a") is dated and cluster([scoped(dated, "a"), scoped(dated, "b")]) == [[0, 1]]
    titled = report.model_copy(update={"title": "Air Quality in Lakeland"})
    assert scoped(titled, "a") is titled


def _build(tmp_path, texts: dict[str, str]) -> dict:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    assert run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path).exit_code == 0
    return json.loads((tmp_path / "bib" / "citations.json").read_text(encoding="utf-8"))


def test_one_assessment_cited_by_two_documents_is_one_work(tmp_path):
    graph = _build(tmp_path, {
        "wire.txt": "Budget passes\n\nBy Ana Ruiz\n\nDecember 3, 2031\n\nThe budget passed on Tuesday. The "
                    "independent Lakeland Budget Council warned in its assessment of the draft budget, "
                    "published last month, that the deficit would widen.\n",
        "summary.txt": "Minister presents port plan\n\n10 December 2031\n\nThe minister spoke for an hour. He "
                       "acknowledged that the Lakeland Budget Council, in its assessment of the draft budget "
                       "published in November, had questioned whether the plan was costed.\n",
    })
    council = [w for w in graph["works"] if w["authors"] == ["Lakeland Budget Council"]]
    assert len(council) == 1 and len(council[0]["cited_by"]) == 2 and council[0]["date"] == "2031-11"


def test_two_months_reports_of_one_body_stay_two_works(tmp_path):
    graph = _build(tmp_path, {
        "wire.txt": "Budget passes\n\nBy Ana Ruiz\n\nDecember 3, 2031\n\nThe budget passed on Tuesday. The "
                    "independent Lakeland Budget Council warned in its assessment of the draft budget, "
                    "published last month, that the deficit would widen.\n",
        "summary.txt": "Minister presents port plan\n\n10 December 2031\n\nThe minister spoke for an hour. He "
                       "acknowledged that the Lakeland Budget Council, in its long-term report published in "
                       "July, had questioned whether the plan was costed.\n",
    })
    council = [w for w in graph["works"] if w["authors"] == ["Lakeland Budget Council"]]
    assert sorted(w["date"] for w in council) == ["2031-07", "2031-11"]
    assert all(len(w["cited_by"]) == 1 for w in council)


def test_an_unnamed_undated_report_keeps_a_plain_identity_unless_two_documents_cite_one(tmp_path):
    text = ("Valley Post\n\nThe Lakeland Environment Agency, in its yearly review of air quality, has "
            "reported that smoke is rising.\n")
    one = tmp_path / "one"
    one.mkdir()
    graph = _build(one, {"a.txt": text})
    state = json.loads((one / "bib" / "citekit-state.json").read_text(encoding="utf-8"))
    ids = [i for entry in state["entries"].values() for i in entry.get("identity", [])
           if "lakeland environment agency" in i]
    assert ids and not ids[0].startswith("in:")  # pinned as before the scoping, its document's scope after
    two = tmp_path / "two"
    two.mkdir()
    graph = _build(two, {"a.txt": text, "b.txt": text.replace("Valley Post", "Harbour News")})
    agency = [w for w in graph["works"] if w["authors"] == ["Lakeland Environment Agency"]]
    assert len(agency) == 2 and len({w["key"] for w in agency}) == 2


def _keys(out) -> dict[str, list[str]]:
    """Each work's key -> the documents citing it, from a build's citations.json."""
    graph = json.loads((out / "bib" / "citations.json").read_text(encoding="utf-8"))
    return {w["key"]: w["cited_by"] for w in graph["works"]}


def test_a_report_keeps_its_key_and_edits_when_a_new_document_cites_another_of_its_body(tmp_path):
    text = ("Valley Post\n\nThe Lakeland Environment Agency, in its yearly review of air quality, has "
            "reported that smoke is rising.\n")
    _build(tmp_path, {"a.txt": text})
    (key,) = [k for k in _keys(tmp_path) if k.startswith("lakeland")]
    bib = tmp_path / "bib" / "library.bib"
    bib.write_text(bib.read_text(encoding="utf-8").replace("{" + key + ",\n", "{" + key + ",\n  note = {read in print},\n"),
                   encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(text.replace("Valley Post", "Harbour News"), encoding="utf-8")
    assert run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path).exit_code == 0
    keys = _keys(tmp_path)
    assert keys[key] == ["valleypost"] and len([k for k in keys if k.startswith("lakeland")]) == 2
    assert "read in print" in bib.read_text(encoding="utf-8")
    (tmp_path / "docs" / "b.txt").unlink()  # and back: alone again, the same key
    assert run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path).exit_code == 0
    assert [k for k in _keys(tmp_path) if k.startswith("lakeland")] == [key]


def test_a_renamed_document_keeps_the_keys_of_the_statements_it_cites(tmp_path):
    _build(tmp_path, {"a.txt": "Valley Post\n\nThe Lakeland Environment Agency said smoke was rising.\n",
                      "b.txt": "Harbour News\n\nThe Lakeland Environment Agency said the air was clean.\n"})
    before = _keys(tmp_path)
    (tmp_path / "docs" / "a.txt").rename(tmp_path / "docs" / "renamed.txt")
    assert run_cli("build", "docs", "--out", "bib", "--offline", cwd=tmp_path).exit_code == 0
    after = _keys(tmp_path)
    statements = {k for k in before if k.startswith("lakeland")}
    assert len(statements) == 2 and statements == {k for k in after if k.startswith("lakeland")}


def test_an_undated_report_of_another_document_joins_its_bodys_only_known_report():
    undated = Fields(type="report", authors=_body("Lakeland Kidney Registry"))
    titled = Fields(type="report", title="Annual Report 2030", authors=_body("Lakeland Kidney Registry"), date="2030")
    assert join_unnamed_reports([[0], [1]], [undated, titled], ["a", "b"]) == [[0, 1]]
    # one document citing both kept them apart; two known reports leave it open
    assert join_unnamed_reports([[0], [1]], [undated, titled], ["a", "a"]) == [[0], [1]]
    scan = Fields(type="report", title="Horizon Scan 2029", authors=_body("Lakeland Kidney Registry"), date="2029")
    assert join_unnamed_reports([[0], [1], [2]], [undated, titled, scan], ["a", "b", "c"]) == [[0], [1], [2]]
    # the body's findings ("the registry estimates") are its words, not a report
    findings = Fields(type="report", authors=_body("Lakeland Kidney Registry"), institution="Lakeland Kidney Registry")
    assert join_unnamed_reports([[0], [1]], [findings, titled], ["a", "b"]) == [[0], [1]]
    # a number of its own ("the fourth situation report (LKR/2030/SR/4)") makes it another report
    numbered = undated.model_copy(update={"report_number": "LKR/2030/SR/4"})
    assert join_unnamed_reports([[0], [1]], [numbered, titled], ["a", "b"]) == [[0], [1]]


def test_a_report_dated_by_its_year_alone_needs_a_closer_dated_work():
    unnamed = Fields(type="report", authors=_body("Lakeland Bank"), date="2030")
    year_only = Fields(type="report", title="Water in a Dry Basin", authors=_body("Lakeland Bank"), date="2030")
    assert join_unnamed_reports([[0], [1]], [unnamed, year_only]) == [[0], [1]]
    dated = Fields(type="report", title="Water in a Dry Basin", authors=_body("Lakeland Bank"), date="2030-05")
    assert join_unnamed_reports([[0], [1]], [unnamed, dated]) == [[0, 1]]


def test_an_untitled_record_of_a_kind_joins_only_a_work_of_that_kind():
    """"A Vellmark memo" is not Vellmark's only known report, nor is "the union's survey" its bulletin."""
    memo = Fields(type="report", authors=_body("Vellmark Grid"), note="memo", genre="memo")
    report = Fields(type="report", title="Preliminary Technical Report", authors=_body("Vellmark Grid"), date="2031-07")
    assert join_unnamed_reports([[0], [1]], [memo, report], ["a", "b"]) == [[0], [1]]
    dated_memo = Fields(type="report", authors=_body("Vellmark Grid"), date="2030-03-09", note="memo", genre="memo")
    assert join_unnamed_reports([[0], [1], [2]], [memo, report, dated_memo], ["a", "b", "c"]) == [[1], [0, 2]]
    survey = Fields(type="report", authors=_body("Grid Workers' Union"), date="2031-08", note="survey", genre="survey")
    bulletin = Fields(type="report", title="Bulletin 12", authors=_body("Grid Workers' Union"), date="2031-08")
    assert join_unnamed_reports([[0], [1]], [survey, bulletin], ["a", "b"]) == [[0], [1]]


def test_a_work_called_a_kind_of_document_joins_one_called_so_or_titled_with_it():
    """"The union's survey" is its survey Running Hot, not its Annual Review; "EURA's interim
    review" is the review another text dates, not the body's Summer Outlook."""
    survey = Fields(type="report", authors=_body("Grid Workers' Union"), date="2031-08", genre="survey")
    running_hot = Fields(type="report", title="Running Hot", authors=_body("Grid Workers' Union"), date="2031-08-05",
                         genre="survey")
    review = Fields(type="report", title="Annual Review 2031", authors=_body("Grid Workers' Union"), date="2031-08")
    assert join_unnamed_reports([[0], [1], [2]], [survey, running_hot, review], ["a", "b", "c"]) == [[0, 1], [2]]
    household = Fields(type="report", title="Household Survey 2031", authors=_body("Grid Workers' Union"),
                       date="2031-08")
    assert join_unnamed_reports([[0], [1]], [survey, household], ["a", "b"]) == [[0, 1]]
    undated = Fields(type="report", authors=_body("Grid Authority"), genre="interim review")
    dated = Fields(type="report", authors=_body("Grid Authority"), date="2031-08-03", genre="review")
    outlook = Fields(type="report", title="Summer Outlook 2031", authors=_body("Grid Authority"), date="2031-05",
                     genre="outlook")
    assert join_unnamed_reports([[0], [1], [2]], [undated, dated, outlook], ["a", "b", "c"]) == [[0, 1], [2]]
    # a review is not taken for a report known by nothing else
    plain = Fields(type="report", authors=_body("Grid Authority"), date="2031-08-03")
    assert join_unnamed_reports([[0], [1]], [undated, plain], ["a", "b"]) == [[0], [1]]
    # nor an annual review for an interim one
    annual = Fields(type="report", authors=_body("Grid Authority"), date="2031-08-03", genre="annual review")
    assert join_unnamed_reports([[0], [1]], [undated, annual], ["a", "b"]) == [[0], [1]]


def test_one_bodys_unnamed_report_cited_by_its_month_and_by_its_day_is_one_work():
    by_month = Fields(type="report", authors=_body("Harbour Monetary Fund"), date="2031-10")
    by_day = Fields(type="report", authors=_body("Harbour Monetary Fund"), date="2031-10-13")
    assert join_unnamed_reports([[0], [1]], [by_month, by_day]) == [[0, 1]]
    said = [f.model_copy(update={"type": "misc"}) for f in (by_month, by_day)]  # statements of two days stay two
    assert join_unnamed_reports([[0], [1]], said) == [[0], [1]]


def test_no_join_puts_two_corpus_documents_in_one_work():
    # two files of one untitled report, and a mention that titles it: each file stays its own work
    untitled = Fields(type="report", authors=_body("Harbour Safety Board"), date="2026-03")
    titled = Fields(type="report", title="Lifting gear on coastal ferries", authors=_body("Harbour Safety Board"),
                    date="2026-03")
    records = [untitled, untitled, titled]
    assert join_unnamed_reports([[0], [1], [2]], records, [None, None, "c.txt"]) == [[1], [0, 2]]
    assert join_unnamed_reports([[0], [1], [2]], records) == [[0, 1, 2]]  # (records of mentions: one work)


def test_an_unnamed_notice_joins_the_only_notice_of_its_body_known_by_its_series():
    body = _body("Harbour Safety Board")
    notice = Fields(type="report", authors=body, date="2026-03-03", note="notice", genre="notice")
    document = Fields(type="report", title="Lifting gear on coastal ferries", institution="Harbour Safety Board",
                      date="2026-03-03", series="Safety Alert Notice")
    review = Fields(type="report", title="Annual review", authors=body, date="2026-03-20")
    groups = [[0], [1]]
    assert join_unnamed_reports(groups, [document, notice], [None, "b.txt"]) == [[0, 1]]
    assert join_unnamed_reports([[0], [1], [2]], [document, notice, review], [None, "b.txt", "c.txt"]) == [[0, 1], [2]]


def test_a_study_known_by_its_authors_and_year_joins_their_only_work_of_that_year():
    def people(*families):
        return [Author(family=f, given="A.") for f in families]
    study = Fields(type="report", authors=people("Mbeki", "Tran"), date="2025")
    listed = Fields(type="article", title="Strikes at the gate", authors=people("Mbeki", "Tran"), date="2025")
    other = Fields(type="article", title="Port labour since 1990", authors=people("Mbeki", "Tran"), date="2024")
    assert join_unnamed_reports([[0], [1], [2]], [study, listed, other], ["a.txt", "b.txt", "b.txt"]) == [[0, 1], [2]]
    second = Fields(type="article", title="Ports and prices", authors=people("Mbeki", "Tran"), date="2025")
    assert join_unnamed_reports([[0], [1], [2]], [study, listed, second], ["a.txt", "b.txt", "b.txt"]) == \
        [[0], [1], [2]]  # two works of theirs that year: either
    alone = Fields(type="article", title="Strikes at the gate", authors=people("Mbeki"), date="2025")
    assert join_unnamed_reports([[0], [1]], [study, alone], ["a.txt", "b.txt"]) == [[0], [1]]


def test_one_bodys_works_of_one_day_are_one_work_unless_titles_or_numbers_differ():
    said = Fields(type="misc", authors=_body("Harbour Guarantee Fund"), date="2031-06-12")
    figures = Fields(type="report", authors=_body("Harbour Guarantee Fund"), date="2031-06-12")
    release = Fields(type="report", title="Payouts reach 400 million", authors=_body("Harbour Guarantee Fund"),
                     date="2031-06-12")
    assert join_unnamed_reports([[0], [1], [2]], [said, figures, release], ["a", "b", "c"]) == [[0, 1, 2]]
    other = release.model_copy(update={"title": "Annual report 2030"})  # two titled works of that day: two
    assert join_unnamed_reports([[0], [1]], [release, other], ["a", "b"]) == [[0], [1]]
    numbered = [figures.model_copy(update={"report_number": n}) for n in ("HGF-2031-04", "HGF-2031-05")]
    assert join_unnamed_reports([[0], [1]], numbered, ["a", "b"]) == [[0], [1]]
    person = Fields(type="misc", authors=[Author(family="Ruiz", given="Ana")], institution="Harbour Guarantee Fund",
                    date="2031-06-12")
    assert join_unnamed_reports([[0], [1]], [said, person], ["a", "b"]) == [[0], [1]]  # her words are hers
    next_day = said.model_copy(update={"date": "2031-06-13"})
    assert join_unnamed_reports([[0], [1]], [said, next_day], ["a", "b"]) == [[0], [1]]


def test_a_work_of_a_maker_only_described_stays_in_its_document(tmp_path):
    # "the vendor's security advisory" in two texts about two vendors: two works, one per text;
    # said twice in one text, one work
    advisory = ("The vendor's security advisory warned that all versions were affected. Patches came "
                "later. The vendor's security advisory also said that no data was lost.\n")
    graph = _build(tmp_path, {"one.txt": "Router flaw\n\nBy Ana Ruiz\n\n3 May 2031\n\n" + advisory,
                              "two.txt": "Camera flaw\n\nBy Li Wen\n\n9 June 2031\n\n" + advisory})
    described = [w for w in graph["works"] if w["institution"] == "vendor"]
    assert len(described) == 2 and all(len(w["cited_by"]) == 1 for w in described)
    counts = sorted(sum(m["work"] == w["key"] for m in graph["mentions"]) for w in described)
    assert counts == [2, 2]


def test_a_work_whose_maker_is_not_given_stays_in_its_document(tmp_path):
    # "a structural survey found" in two texts, no maker in either: two surveys, not one work
    # cited by both texts
    graph = _build(tmp_path, {
        "one.txt": "Ceilings closed\n\nBy Ana Ruiz\n\n3 May 2031\n\nA structural survey found cracked panels.\n",
        "two.txt": "Bridge shut\n\nBy Li Wen\n\n9 June 2031\n\nA structural survey found rusted cables.\n"})
    anonymous = [w for w in graph["works"] if not (w["authors"] or w["title"] or w["institution"] or w["document"])]
    assert len(anonymous) == 2 and all(len(w["cited_by"]) == 1 for w in anonymous)


def test_two_people_of_one_family_name_are_two_makers():
    greta = Fields(type="report", authors=[Author(family="Varga", given="Greta")], date="2025")
    tomas = Fields(type="article", title="Danube towns brace", authors=[Author(family="Varga", given="Tomas")],
                   date="2025-06-04")
    assert join_unnamed_reports([[0], [1]], [greta, tomas], ["a", "b"]) == [[0], [1]]
    varga = Fields(type="report", title="Danube towns brace", authors=[Author(family="Varga")], date="2025-06-04")
    assert join_unnamed_reports([[0], [1]], [greta, varga], ["a", "b"]) == [[0, 1]]  # (no given name: may be her)
    halina = Fields(type="report", authors=[Author(family="Varga", given="Halina")])
    assert join_unnamed_reports([[0], [1]], [halina, greta], ["a", "b"]) == [[0], [1]]


def test_an_unnamed_report_of_an_ambiguous_month_is_the_one_its_own_document_cites():
    """'The ICG said in its December 2010 report' where the body has two titled reports of that
    month: in a text that cites one of them it is that one; in a text citing neither (or both)
    it stays unnamed."""
    body = _body("International Crisis Group")
    housing = Fields(type="report", title="Housing markets in Ukraine", authors=body, date="2010-12")
    police = Fields(type="report", title="Police reform in Libya", authors=body, date="2010-12")
    unnamed = Fields(type="report", authors=body, date="2010-12")
    records = [housing, police, unnamed, unnamed, police, unnamed, housing, police]
    documents = ["a", "b", "a", "b", "c", "c", "d", "d"]
    groups = [[0, 6], [1, 4, 7], [2, 3, 5]]
    assert join_unnamed_reports(groups, records, documents) == [[0, 2, 6], [1, 3, 4, 5, 7]]
    # in a document citing both, or neither, the mention stays unnamed
    documents = ["a", "b", "x", "y", "c", "c", "a", "a"]
    assert join_unnamed_reports(groups, records, documents) == [[0, 6], [1, 4, 5, 7], [2, 3]]


def test_a_mention_dated_to_the_day_is_not_taken_for_another_work_of_its_month():
    """'The Authority's preliminary report, published on 9 March' in a text that cites the
    Authority's March statistics is not those statistics (whose title calls them something
    else) but the Authority's preliminary report the corpus knows, dated to the day or to the
    month (in a group that also holds a mention of 10 March, so no same-day rule joins them)."""
    body = _body("Saltmere Port Authority")
    statistics = Fields(type="report", title="Port Statistics", authors=body, date="2027-03")
    preliminary = Fields(type="report", title="Preliminary report on the crane failure", authors=body, date="2027")
    ninth = Fields(type="report", authors=body, date="2027-03-09", report_number="SPA/ENG/2027/03")
    tenth = ninth.model_copy(update={"date": "2027-03-10"})
    unnamed = Fields(type="report", authors=body, date="2027-03-09", genre="preliminary report")
    records = [statistics, preliminary, ninth, tenth, unnamed]
    groups = [[0], [1, 2, 3], [4]]
    documents = ["a", "b", "c", "d", "a"]
    assert join_unnamed_reports(groups, records, documents) == [[0], [1, 2, 3, 4]]
    records[4] = unnamed.model_copy(update={"date": "2027-03"})
    assert join_unnamed_reports(groups, records, documents) == [[0], [1, 2, 3, 4]]
    # a report the text calls by no kind is still the one its document cites
    records[4] = unnamed.model_copy(update={"date": "2027-03", "genre": None})
    assert join_unnamed_reports(groups, records, documents) == [[0, 4], [1, 2, 3]]


def test_a_preliminary_report_is_no_work_its_title_calls_statistics_or_a_bulletin():
    preliminary = Fields(type="report", authors=_body("Lakeland Port Authority"), date="2031-03-09",
                         genre="preliminary report")
    for title in ("Port Statistics", "Port bulletin: February 2031"):
        other = Fields(type="report", authors=_body("Lakeland Port Authority"), date="2031-03", title=title)
        assert join_unnamed_reports([[0], [1]], [preliminary, other]) == [[0], [1]], title
    report = Fields(type="report", authors=_body("Lakeland Port Authority"), date="2031-03",
                    title="Failure of crane STS-07 at Gannet Basin")
    assert join_unnamed_reports([[0], [1]], [preliminary, report]) == [[0, 1]]
