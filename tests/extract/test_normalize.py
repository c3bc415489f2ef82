"""The small normalisers: dates, names, organisations, pages, titles, volume, edition, the pipeline."""

from __future__ import annotations

import pytest

from citekit.extract.normalize import normalize_record
from citekit.extract.normalize.dates import find_dates, fuller_date, parse_date
from citekit.extract.normalize.edition import normalize_edition_text
from citekit.extract.normalize.names import looks_like_organisation, name_list_end, parse_names, parse_person
from citekit.extract.normalize.pages import normalize_pages
from citekit.extract.normalize.titles import clean_title
from citekit.extract.normalize.urls import trim_url
from citekit.extract.normalize.volume import split_volume

# ------------------------------------------------------------------ dates


@pytest.mark.parametrize("text,iso", [
    ("22 March 2024", "2024-03-22"), ("March 22, 2024", "2024-03-22"), ("Mar. 2019", "2019-03"),
    ("Sept. 2020", "2020-09"), ("2024-03-22", "2024-03-22"), ("2023, June 16", "2023-06-16"),
    ("(2023, June 16)", "2023-06-16"), ("June 2023", "2023-06"), ("2021", "2021"), ("2021a", "2021"),
    ("05.12.2023", "2023-12-05"), ("3 Mar. 2020", "2020-03-03"), ("Jan. 5, 2021", "2021-01-05"),
    ("5 декабря 2023", "2023-12-05"), ("5. März 2023", "2023-03-05"), ("12 de marzo de 2020", "2020-03-12"),
    ("1er janvier 2020", "2020-01-01"), ("15 août 2019", "2019-08-15"), ("2019 Mar 5", "2019-03-05"),
    ("Spring 2020", "2020"), ("(2022, September 29)", "2022-09-29"), ("1985/1983", "1985"),
    ("13/05/2023", "2023-05-13"), ("12/05/2023", "2023-12-05"), ("2023-06", "2023-06"),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_parse_date_day_first_and_undated():
    assert parse_date("12/05/2023", day_first=True) == "2023-05-12"
    assert parse_date("12/05/2023", day_first=False) == "2023-12-05"
    for text in ("n.d.", "(n.d.)", "no date", "", None, "Press"):
        assert parse_date(text) is None
    assert parse_date("31 February 2020") == "2020-02"  # an impossible day falls back to the month


def test_find_dates_spans():
    text = "published 3 Mar. 2020, accessed 2021-01-05; S/2023/549"
    found = find_dates(text)
    assert [v for _, _, v in found] == ["2020-03-03", "2021-01-05"]
    s, e, _ = found[0]
    assert text[s:e] == "3 Mar. 2020"


# ------------------------------------------------------------------ names

def names(text: str, hint: str | None = None) -> list[str]:
    return [a.display() for a in parse_names(text, hint)]


@pytest.mark.parametrize("text,expected", [
    ("Liptak, K., Atwood, K., Bertrand, N., & Walsh, N. P.", ["Liptak, K.", "Atwood, K.", "Bertrand, N.", "Walsh, N. P."]),
    ("Roggio, B., & Weiss, C.", ["Roggio, B.", "Weiss, C."]),
    ("Smith, John, and Jane Doe", ["Smith, John", "Doe, Jane"]),
    ("A. B. Author, C. Author, and D. Author", ["Author, A. B.", "Author, C.", "Author, D."]),
    ("Smith, J. and Jones, K.", ["Smith, J.", "Jones, K."]),
    ("Lynne O'Donnell and John Smith", ["O'Donnell, Lynne", "Smith, John"]),
    ("van der Berg, J.", ["van der Berg, J."]),
    ("Jan van der Berg", ["van der Berg, Jan"]),
    ("Ayman al-Zawahiri", ["al-Zawahiri, Ayman"]),
    ("Juan de la Cruz", ["de la Cruz, Juan"]),
    ("Beethoven, Ludwig van", ["van Beethoven, Ludwig"]),
    ("King, Martin Luther, Jr.", ["King, Martin Luther Jr."]),
    ("Martin Luther King Jr.", ["King, Martin Luther Jr."]),
    ("Hans-Jakob Schindler", ["Schindler, Hans-Jakob"]),
    ("Smith JA, Jones K, Brown B", ["Smith, J. A.", "Jones, K.", "Brown, B."]),
    ("Kamangu, E.N., Chatté, A., Hayette, M.-P.", ["Kamangu, E.N.", "Chatté, A.", "Hayette, M.-P."]),
    ("Лилия Илиева, Петко Петков", ["Илиева, Лилия", "Петков, Петко"]),
    ("Devlin, J., Chang, M.-W., Lee, K., & Toutanova, K.", ["Devlin, J.", "Chang, M.-W.", "Lee, K.", "Toutanova, K."]),
    ("Shaffer, C. D., Reinke, C., … Elgin, S. C. R.", ["Shaffer, C. D.", "Reinke, C.", "Elgin, S. C. R."]),
])
def test_parse_names(text, expected):
    assert names(text) == expected


def test_et_al_is_flagged_and_listed_authors_kept():
    r = parse_names("Vaswani, A., Shazeer, N., et al.")
    assert [a.display() for a in r] == ["Vaswani, A.", "Shazeer, N."] and r.et_al
    assert parse_names("Smith, John, et al.").et_al
    assert not parse_names("Smith, J.").et_al


def test_organisations_become_literals():
    for org in ("United Nations Security Council", "World Bank", "CNN", "Human Rights Watch",
                "Department of Health, Education, and Welfare", "Orbis Clinical Systems", "Kestrel Labs",
                "Northfield Vulnerability Database"):
        r = parse_names(org)
        assert len(r) == 1 and r[0].literal == org and r.form == "organisation", org
    mixed = parse_names("Smith, J., & World Health Organization")
    assert [a.display() for a in mixed] == ["Smith, J.", "World Health Organization"]


@pytest.mark.parametrize("text,expected", [
    ("ILO (International Labour Organization) and UNDP (United Nations Development Programme)",
     ["International Labour Organization", "United Nations Development Programme"]),
    ("International Labour Organization (ILO) & World Bank", ["International Labour Organization", "World Bank"]),
    ("Organisation for Economic Co-operation and Development (OECD) and Asian Development Bank (ADB)",
     ["Organisation for Economic Co-operation and Development", "Asian Development Bank"]),
    ("UNHCR, IOM and WFP", ["UNHCR", "IOM", "WFP"]),
    ("European Investment Bank and International Finance Corporation",
     ["European Investment Bank", "International Finance Corporation"]),
])
def test_several_organisations_are_split(text, expected):
    r = parse_names(text)
    assert [a.literal for a in r] == expected and r.form == "organisation" and r.complete


@pytest.mark.parametrize("text", [
    "Food and Agriculture Organization", "Bill & Melinda Gates Foundation", "Department of Health and Social Care",
    "National Science and Technology Council", "Taylor & Francis Group", "International Labour Organization (ILO)",
    "Ministry of Health, Labour and Welfare",
])
def test_one_organisation_with_a_joiner_stays_whole(text):
    r = parse_names(text)
    assert [a.literal for a in r] == [text]


def test_people_are_not_split_as_organisations():
    assert all(a.literal is None for a in parse_names("Smith JA, Lee KB"))
    assert all(a.literal is None for a in parse_names("J. Smith and K. Lee"))
    assert all(a.literal is None for a in parse_names("Smith, J., & Lee, K."))


@pytest.mark.parametrize("text,yes", [
    ("United Nations Security Council", True), ("The Soufan Center", True), ("RAND Corporation", True),
    ("Texas National Security Review", True), ("NATO", True), ("John Smith", False), ("Smith, J.", False),
    ("Martin Luther King Jr.", False), ("2022 UN Afghanistan Annual Results Report", False),
    ('IntelBrief: "Quoted": Title', False),
    # companies named by their trade
    ("Harlan Brede Engineers", True), ("Corvenna Rail Infrastructure", True), ("Nordhaven Line", True),
    ("Sonatek Structural Monitoring", True), ("Line, J.", False),
    ("Laboratório Nacional de Engenharia Estrutural", True), ("Veldrechtse Raad voor Spoorveiligheid", True),
    # utilities, by the last word only
    ("Aldra Valley Water", True), ("Norrhaven Energi", True), ("National Grid", True),
    ("Safeguarding Drinking Water", False), ("Water, M.", False), ("Samantha Power", False),
    ("Karslund Energy", True), ("Pacific Gas and Electric", True), ("Deutsche Bahn", True), ("Energy, M.", False),
    ("Sallow Vale Clean Water Action", True), ("Action, J.", False),
    # a branch of government with three words or more; not a person of that name
    ("Structural Failures Investigation Branch", True), ("Taylor Branch", False),
])
def test_looks_like_organisation(text, yes):
    assert looks_like_organisation(text) is yes


def test_parse_person():
    assert parse_person("Lynne O'Donnell").display() == "O'Donnell, Lynne"
    assert parse_person("Walsh, N. P.").display() == "Walsh, N. P."
    assert parse_person("Smith JA").display() == "Smith, J. A."
    assert parse_person("the annual report") is None
    assert parse_person("Van Aalst").family == "Van Aalst"  # a family name with its particle, no given name
    assert parse_person("Joris van Aalst").display() == "van Aalst, Joris"


@pytest.mark.parametrize("text,end", [
    ("G.K. Sukandi, T.D.K. Wungu and F. Iskandar, First Principle Calculation of X", "F. Iskandar"),
    ("Allen, G., The cerebellum in autism. Clinical", "Allen, G."),
    ("Rodin, R. Scott, The Steward Leader: Transforming", "Rodin, R. Scott"),
    ("Wynne, C. Do Animals Think? Princeton", "Wynne, C."),
    ("Bergen, Doris L. Twisted Cross: The German", "Bergen, Doris L."),
    ("Kettrup, B., et al., Chicxulub impactites", "Kettrup, B., et al."),
    ("H. Lu, S. Dwarkadas, A. Cox, and W. Zwaenepoel. Message passing", "W. Zwaenepoel"),
    ("The social life of things: commodities", ""),
])
def test_name_list_end(text, end):
    e, _ = name_list_end(text)
    assert text[:e].endswith(end) if end else e == 0


# ------------------------------------------------------------------ pages, titles, volume, edition, urls

@pytest.mark.parametrize("text,expected", [
    ("95-98", "95--98"), ("pp. 45–67", "45--67"), ("p. 5", "5"), ("e1234", "e1234"), ("45–7", "45--47"),
    ("133-38", "133--138"), ("1234–56", "1234--1256"), ("Pages 138-146", "138--146"), ("pp 286-289", "286--289"),
    ("S117-S132", "S117--S132"), ("xii–xv", "xii--xv"), ("pp. 1, 5", "1, 5"), ("", None), ("95--98", "95--98"),
])
def test_normalize_pages(text, expected):
    assert normalize_pages(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Attention is all you need,"', "Attention is all you need"),
    ("“The Causes of Terrorism.”", "The Causes of Terrorism"),
    ("'Encoding/decoding'", "Encoding/decoding"),
    ('"Al Qaeda Leader" Killed in Helmand: NDS.', '"Al Qaeda Leader" Killed in Helmand: NDS'),
    ('IntelBrief: "I Can\'t Quit You Baby": Strong.', 'IntelBrief: "I Can\'t Quit You Baby": Strong'),
    ("*Thinking, fast and slow*.", "Thinking, fast and slow"),
    ("The Clash of Civilizations?", "The Clash of Civilizations?"),
    ("  Deep   learning. ", "Deep learning"),
    ("Policy in the U.S.", "Policy in the U.S."),
    ("‘Taliban’s rise’,", "Taliban’s rise"),
])
def test_clean_title(text, expected):
    assert clean_title(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("12(3)", ("12", "3")), ("vol. 5, no. 2", ("5", "2")), ("Volume 1112", ("1112", None)),
    ("66:", ("66", None)), ("2000;355(9222):", ("355", "9222")), ("v. 13", ("13", None)),
])
def test_split_volume(text, expected):
    assert split_volume(text) == expected


@pytest.mark.parametrize("text,expected", [("2nd ed.", "2"), ("3rd edn", "3"), ("Revised edition", "Revised"),
                                           ("second", "2"), ("7th ed", "7")])
def test_edition(text, expected):
    assert normalize_edition_text(text) == expected


def test_trim_url_keeps_balanced_parentheses():
    assert trim_url("https://en.wikipedia.org/wiki/Foo_(bar))") == "https://en.wikipedia.org/wiki/Foo_(bar)"
    assert trim_url("<https://x.org/a>.") == "https://x.org/a"


def test_normalize_record_pipeline():
    f = normalize_record({"author": "Smith, J. and Jones, K.", "date": "(2018)", "title": "'Title',",
                          "journal": "Journal,", "volume": "12(3)", "pages": "pp. 45-7.", "url": "https://x.org/a)."})
    assert [a.display() for a in f.authors] == ["Smith, J.", "Jones, K."]
    assert (f.date, f.title, f.container, f.volume, f.number, f.pages, f.url, f.type) == (
        "2018", "Title", "Journal", "12", "3", "45--47", "https://x.org/a", "article")
    assert normalize_record({"title": "A Book", "publisher": "MIT Press", "location": "Cambridge, MA"}).type == "book"
    assert normalize_record({"title": "X", "genre": "PhD thesis"}).type == "thesis"
    assert normalize_record({"title": "X", "url": "https://x.org"}).type == "webpage"


@pytest.mark.parametrize("title,number,kept", [
    ("Regional Threat Assessment 2026 (NA-TA-2026-02)", "NA-TA-2026-02", "Regional Threat Assessment 2026"),
    ("Alert NA-AL-2026-004: Active exploitation of a gateway flaw", "NA-AL-2026-004", None),
    ("Security Advisory OCS-SA-2026-011: Session token disclosure", "OCS-SA-2026-011", None),
    ("Board paper (BP/2026/118)", "BP/2026/118", "Board paper"),
    ("Living with COVID-19 (part 2)", None, None), ("Tracking SARS-CoV-2 variants", None, None),
])
def test_a_number_printed_in_a_title_is_the_report_number(title, number, kept):
    f = normalize_record({"author": "National Agency", "title": title, "date": "2026"})
    assert (f.report_number, f.title) == (number, kept or title)
    assert normalize_record({"title": title, "report_number": "R-7"}).report_number == "R-7"


def test_a_year_dated_reference_takes_the_one_fuller_date_it_prints_outside_its_title():
    assert fuller_date("Tavistow Police, statement on casualties, 16 September 2030; Day 2 transcript.", "2030") \
        == "2030-09-16"
    assert fuller_date("NSSA (2030) Direction to Highway Authorities, NSSA/DIR/2030/004, 1 October.", "2030") \
        == "2030-10-01"
    assert fuller_date("Smith, J. (2020). Title. Retrieved 3 May 2020, from https://x.org", "2020") is None
    assert fuller_date("Smith (2020) On 5 May the polls closed. Journal 3, 5.", "2020",
                       title="On 5 May the polls closed") is None
    assert fuller_date("Doe (2019). Title. Journal, 12 May and 2 June.", "2019") is None  # two: neither


def test_a_long_body_name_may_hold_one_lower_case_word_but_a_sentence_is_no_name():
    from citekit.extract.normalize.names import capitalised_name

    assert capitalised_name("Kestrian Medicines and Healthcare products Agency")  # (as the MHRA writes its name)
    assert capitalised_name("Corrin Lake Lines plc") and capitalised_name("Ministry of Energy and Infrastructure")
    assert not capitalised_name("The Bureau's report") and not capitalised_name("The state of food security in the Agency")
