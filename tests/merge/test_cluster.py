from citekit.merge.cluster import cluster
from citekit.models import Author, Fields


def _f(title, family=None, date=None, **kw):
    return Fields(title=title, authors=[Author(family=family, given="B.")] if family else [], date=date, **kw)


def test_same_work_in_two_styles_merges():
    a = _f("Afghan Taliban and Al Qaeda aiding Pakistani Taliban's insurgency", "Roggio", "2023-06-16")
    b = _f("Afghan Taliban and al-Qaeda Aiding Pakistani Taliban’s Insurgency", "Roggio", "2023")
    assert cluster([a, b]) == [[0, 1]]


def test_same_doi_or_url_merges_even_with_different_titles():
    a = _f("A title", "X", "2020", doi="10.1000/ABC")
    b = _f("Completely other", None, None, doi="10.1000/abc")
    c = _f("Page", url="https://www.example.org/a/b/")
    d = _f("Page again", url="http://example.org/a/b")
    assert cluster([a, b, c, d]) == [[0, 1], [2, 3]]


def test_reports_of_one_series_never_merge():
    thirteenth = _f("Thirteenth report of the Analytical Support and Sanctions Monitoring Team", date="2022")
    fourteenth = _f("Fourteenth report of the Analytical Support and Sanctions Monitoring Team", date="2023")
    fourteenth_undated = _f("Fourteenth report of the Analytical Support and Sanctions Monitoring Team")
    # without an author, an undated title is too weak an identity to merge on
    assert cluster([thirteenth, fourteenth, fourteenth_undated]) == [[0], [1], [2]]


def test_different_years_or_report_numbers_never_merge():
    a = _f("Annual report on drugs", "Office", "2021", un_symbol="S/2021/1")
    b = _f("Annual report on drugs", "Office", "2021", un_symbol="S/2021/2")
    c = _f("Annual report on drugs", "Office", "2022")
    assert cluster([a, b, c]) == [[0], [1], [2]]


def test_a_bridge_record_cannot_join_two_conflicting_clusters():
    a = _f("Global report", "Smith", "2020", doi="10.1000/a")
    b = _f("Global report", "Smith", "2020", doi="10.1000/b")
    bridge = _f("Global report", "Smith", "2020")
    groups = cluster([a, b, bridge])
    assert not any(0 in g and 1 in g for g in groups)


def test_an_edition_published_the_year_after_its_title_year_is_one_work():
    from citekit.merge.identity import conflicts
    body = [Author(literal="Harbour Drainage Agency")]
    dated = Fields(type="report", title="Annual Report 2025", authors=body, date="2026-01")
    titled = Fields(type="report", title="Annual Report 2025", authors=body, date="2025")
    assert cluster([dated, titled]) == [[0, 1]] and not conflicts(dated, titled)
    later = Fields(type="report", title="Annual Report 2025", authors=body, date="2027")
    assert cluster([titled, later]) == [[0], [1]]


def test_records_written_alike_in_one_document_are_one_work_though_nothing_identifies_them():
    title_only = Fields(type="report", title="Management of Rural Water Points")
    assert cluster([title_only, title_only, title_only], documents=["a", "a", "b"]) == [[0, 1], [2]]
    assert cluster([title_only, title_only]) == [[0], [1]]  # across documents, a title alone says too little


def test_a_report_and_a_mention_with_one_document_symbol_merge_and_two_symbols_never_do():
    record = Fields(type="report", title="Preliminary enforcement notice", number="ODPC/DEC/2027/006",
                    publisher="Office of the Data Protection Commissioner", date="2027-03-03")
    source_line = Fields(type="report", title="Decision Summary", authors=[Author(literal="ODPC")],
                         report_number="ODPC/DEC/2027/006", date="2027-03-03")
    other = Fields(type="report", title="Decision Summary", authors=[Author(literal="ODPC")],
                   report_number="ODPC/DEC/2027/007", date="2027-03-03")
    issue = Fields(type="article", title="Weekly letter", number="ODPC/DEC/2027/006")  # an issue number, not a report's
    assert cluster([record, source_line, other, issue]) == [[0, 1], [2], [3]]


def test_one_document_symbol_is_one_work_however_its_titles_and_dates_are_written():
    body = [Author(literal="Harbour Safety Board")]
    notice = Fields(type="report", title="Lifting gear on coastal ferries (inspection of March 2026)", authors=body,
                    date="2026-04-02", report_number="HSB/SA/2026/07")
    cited = Fields(type="report", title="Safety Alert Notice", authors=body, date="2026", report_number="HSB/SA/2026/07")
    other = Fields(type="report", title="Safety Alert Notice", authors=body, date="2026", report_number="HSB/SA/2026/08")
    undated = Fields(type="report", title="Safety Alert Notice", authors=body, date="2025")
    assert cluster([notice, cited, other, undated]) == [[0, 1], [2], [3]]


def test_a_short_title_that_starts_a_long_one_is_compared_with_it():
    body = [Author(literal="Lower Basin Commission")]
    full = Fields(type="report", title="Situation Report No. 5: Floods in the Lower Basin", date="2026-05-14")
    short = Fields(type="report", title="Situation Report No. 5", authors=body, date="2026-05-14")
    assert cluster([full, short]) == [[0, 1]]


def test_a_year_in_one_title_and_the_date_in_the_other_is_one_work_but_two_title_years_are_two():
    bank = [Author(literal="Bank of Vestrenia")]
    listed = Fields(type="report", title="Monetary policy report: February 2027", authors=bank, date="2027")
    cited = Fields(type="report", title="Monetary Policy Report", date="2027-02")
    assert cluster([listed, cited]) == [[0, 1]]
    undated = [Fields(type="report", title=f"Basin Water Balance {year}", authors=bank) for year in (2024, 2025)]
    dated = Fields(type="report", title="Basin Water Balance 2025", authors=bank, date="2026-02")
    assert cluster([*undated, dated]) == [[0], [1, 2]]


def test_a_un_symbol_given_as_a_reports_number_is_that_reports_symbol():
    listed = Fields(type="report", title="Thirty-second report of the Monitoring Team", date="2023",
                    un_symbol="S/2023/549")
    cited = Fields(type="report", authors=[Author(literal="Monitoring Team")], report_number="S/2023/549")
    other = Fields(type="report", authors=[Author(literal="Monitoring Team")], report_number="S/2024/92")
    assert cluster([listed, cited, other]) == [[0, 1], [2]]


def test_a_symbol_a_title_gives_its_own_document_is_its_identity():
    def body(title, **kw):
        return Fields(title=title, authors=[Author(literal="Halvard Signal Systems")], date="2027-05-20", **kw)
    short = body("Technical Bulletin HSS-TB-2027-017")
    long_ = body("Technical Bulletin HSS-TB-2027-017: SentinelLock 4.2.2 — filtering of momentary track section loss")
    numbered = body("SentinelLock 4.2.2 filtering", type="report", report_number="HSS-TB-2027-017")
    other = body("Technical Bulletin HSS-TB-2027-014")
    # a symbol the title refers to, and a name that only looks like one, are no identity
    comment = body("Comments on Technical Bulletin HSS-TB-2027-017")
    virus = [_f("SARS-CoV-2 in wastewater", "Lee", "2020"), _f("SARS-CoV-2 in schools", "Kim", "2020")]
    assert cluster([short, long_, numbered, other, comment, *virus]) == [[0, 1, 2], [3], [4], [5], [6]]


def test_a_sentence_case_kind_before_a_symbol_is_the_titles_own_symbol():
    body = [Author(literal="Patient Safety Authority")]
    listed = Fields(type="report", title="Interim report I-2034/02: Overdoses of morphine in children", authors=body,
                    date="2034")
    numbered = Fields(type="report", title="Overdoses of morphine in children", authors=body, date="2034-06-12",
                      report_number="I-2034/02")
    comment = Fields(type="report", title="Response to report I-2034/02: Overdoses of morphine in children",
                     authors=body, date="2035")
    assert cluster([numbered, listed, comment]) == [[0, 1], [2]]


def test_records_of_one_symbol_join_whatever_the_dates_and_numbers_of_the_ones_without_it():
    body = [Author(literal="Patient Safety Authority")]
    title = "Overdoses of morphine in children at St Aldric's, 28 February to 8 March 2034"
    document = Fields(type="report", title=title, authors=body, date="2034-06-12", report_number="I-2034/02")
    described = Fields(type="report", title=title, authors=body, date="2034-06-12")  # a mention linked to it
    listed = Fields(type="report", title="Interim Report I-2034/02: Overdoses of morphine in children at St Aldric's",
                    authors=body, date="2034")
    other = Fields(type="report", title=title.replace("8 March", "9 March"), authors=body, date="2034-06-12",
                   report_number="I-2034/03")
    assert cluster([document, described, listed, other]) == [[0, 1, 2], [3]]
    # a record without the symbol still joins only when it agrees with one that has it
    later = Fields(type="report", title=title, authors=body, date="2036-05-10")
    assert cluster([document, listed, later]) == [[0, 1], [2]]


def test_what_one_person_said_on_any_day_is_one_source_and_what_they_wrote_is_another():
    def said(date, family="Voss", given="Tamsin", institution=None):
        return Fields(type="misc", authors=[Author(family=family, given=given)], date=date,
                      institution=institution, note="personal communication")
    letter = Fields(type="misc", authors=[Author(family="Voss", given="Tamsin")], date="2027-05-11", note="letter")
    assert cluster([said("2027-05-11"), said("2027-06-01", institution="Rail Safety Inquiry Board"), said(None),
                    said("2026-01-02"), letter, said("2027-05-11", given="Karl")]) == [[0, 1, 2, 3], [4], [5]]


def test_a_body_cited_as_author_is_the_issuer_of_its_staffs_work_of_that_title():
    staff = Fields(type="report", title="Nine Days in February: What the Recall Tells Us", date="2027-04-06",
                   authors=[Author(family="Lindgren", given="Sara")], institution="Velmoran Consumers' Association")
    body = Fields(type="report", title="Nine Days in February", date="2027-04-06",
                  authors=[Author(literal="Velmoran Consumers' Association")])
    other = Fields(type="report", title="Nine Days in February", date="2027-04-06",
                   authors=[Author(literal="Harbour Safety Council")])
    assert cluster([staff, body, other]) == [[0, 1], [2]]


def test_a_misspelt_ordinal_or_volume_is_still_that_number():
    body = [Author(literal="United Nations Security Council")]
    typo = Fields(type="report", title="Fouretenth report of the Analytical Support and Sanctions Monitoring Team",
                  authors=body, date="2021", un_symbol="S/2021/963")
    spelt = Fields(type="report", title="Fourteenth report of the Analytical Support and Sanctions Monitoring Team",
                   authors=body, date="2021", un_symbol="S/2021/963")
    mention = Fields(type="report", title="Fourteenth report of the Analytical Support and Sanctions Monitoring Team",
                     authors=body, date="2021")  # a prose mention, without the symbol
    fifteenth = Fields(type="report", title="Fifteenth report of the Analytical Support and Sanctions Monitoring Team",
                       authors=body, date="2021")
    assert cluster([typo, spelt, mention, fifteenth]) == [[0, 1, 2], [3]]
    volume = _f("Economic Outlook, Voulme 2023 Issue 1", "Office", "2023")
    assert cluster([volume, _f("Economic Outlook, Volume 2023 Issue 1", "Office", "2023"),
                    _f("Economic Outlook, Issue 1", "Office", "2023")]) == [[0, 1], [2]]


def test_a_typo_in_a_word_that_sorts_elsewhere_still_matches_the_title():
    a = _f("When armed group recruitment fails: humanitarian access and husehold welfare in Guatemala", "Fischer", "2005")
    b = _f("When armed group recruitment fails: humanitarian access and household welfare in Guatemala", "Fischer", "2005")
    assert cluster([a, b]) == [[0, 1]]


def test_a_body_written_as_its_initials_gives_way_to_its_name():
    from citekit.merge.precedence import merge_fields
    own = Fields(type="article", title="Rail crash", container="CNS")
    cited = Fields(type="article", title="Rail crash", container="Continental News Service")
    fields, provenance = merge_fields([(own, "metadata", 1.0), (cited, "parsed", 0.9)])
    assert fields.container == "Continental News Service" and provenance["container"] == "parsed"


def test_one_body_s_work_cited_with_and_without_its_legal_form_is_one_work_under_its_full_name():
    from citekit.merge.precedence import merge_fields
    title = "Actuarial Valuation of the Vennmark Public Service Pension Fund as at 31 March 2031"
    full = Fields(type="report", title=title, date="2032-03", authors=[Author(literal="Corbel Actuarial LLP")])
    short = Fields(type="report", title=title.lower(), date="2032", authors=[Author(literal="Corbel Actuarial")])
    assert cluster([short, full]) == [[0, 1]]
    fields, _ = merge_fields([(short, "parsed", 0.9), (full, "parsed", 0.9)])
    assert [a.literal for a in fields.authors] == ["Corbel Actuarial LLP"]


def test_a_long_title_word_for_word_is_one_work_without_authors_or_year():
    headline = "PFAS dans la Saule : Vireloup renforce ses contrôles après les révélations norvanaises"
    assert cluster([_f(headline), _f(headline), _f(headline, date="2036")]) == [[0, 1], [2]]
    assert cluster([_f("Annual report on drugs"), _f("Annual report on drugs")]) == [[0], [1]]  # (short: any year's)
    other = _f(headline, publisher="Le Courrier"), _f(headline, publisher="La Gazette")
    assert cluster(list(other)) == [[0], [1]]  # (two publishers' pieces of one headline)


def test_a_title_without_its_subtitle_is_the_same_work_of_the_same_authors_and_year():
    short = _f("Forever in the tap?", "Haddad-Kemp", "2033")
    full = _f("Forever in the tap? PFAS and Norvane's drinking water standard", "Haddad-Kemp", "2033")
    assert cluster([short, full]) == [[0, 1]]
    assert cluster([short, _f("Forever in the tap? PFAS and Norvane's drinking water standard", "Haddad-Kemp",
                              "2034")]) == [[0], [1]]
    assert cluster([_f("Forever in the", "Haddad-Kemp", "2033"), full]) == [[0, 1]]
    assert cluster([_f("Forever in", "Haddad-Kemp", "2033"), full]) == [[0], [1]]  # (two words name nothing)


def test_the_interim_and_the_final_report_of_one_review_are_two_works():
    body = [Author(literal="Examinations Standards Authority")]
    interim = Fields(type="report", title="Review of the Summer 2037 Marking Incident: Interim Report", authors=body,
                     date="2037-09-15")
    final = Fields(type="report", title="Review of the Summer 2037 Marking Incident: Final Report", authors=body,
                   date="2037-12-03")
    plain = Fields(type="report", title="Review of the Summer 2037 Marking Incident", authors=body, date="2037")
    assert cluster([interim, final]) == [[0], [1]]
    # a record that names no stage may be either, but joins one cluster only, never both
    assert cluster([interim, plain, final]) in ([[0, 1], [2]], [[0], [1, 2]])
    assert cluster([interim, interim.model_copy(update={"date": "2037-09"})]) == [[0, 1]]
